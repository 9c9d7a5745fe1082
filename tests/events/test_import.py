"""Participant lists from Excel: encodings, CSV edge cases, .xlsx, errors per row, duplicates, undo."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from mitake_desktop.cli import main
from mitake_desktop.core import i18n
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.events.participant_import import CREATE, MERGE, SKIP, ImportRefused, RowDecision
from mitake_desktop.core.events.tabular import read_sheet
from mitake_desktop.core.services import Services
from tests.events.conftest import World

# As Excel writes it: CRLF between rows, a line break inside a quoted cell, a quoted comma,
# full-width digits and spaces, half-width katakana, an empty row in the middle.
LIST_ROWS = [
    "氏名,フリガナ,会社名,業種,従業員数,メールアドレス,電話番号,備考",
    '"山本 一郎",ヤマモト イチロウ,"株式会社ＡＢＣ商事, 本社",小売業,１２,ichiro@abc.example.jp,０９０−１２３４−５６７８,"1行目\n2行目"',
    ",,,,,,,",
    "鈴木　花子,すずき　はなこ,鈴木商店,製造業,3人,ｈａｎａｋｏ@suzuki.example.jp,,",
    "ﾀﾅｶ ｹﾝｼﾞ,ﾀﾅｶ ｹﾝｼﾞ,,医療，福祉,,,03(1234)5678,㈱の顧客",
]
LIST_TEXT = "\r\n".join(LIST_ROWS) + "\r\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("encoding", "expected"), [("cp932", "cp932"), ("utf-8-sig", "utf-8-sig"),
                                                    ("utf-8", "utf-8")])
def test_excel_csv_in_each_encoding_is_read_normalised_and_imported(
        services: Services, tmp_path: Path, encoding: str, expected: str) -> None:
    path = write(tmp_path, f"名簿-{encoding}.csv", LIST_TEXT.encode(encoding))
    sheet = read_sheet(path)
    assert sheet.encoding == expected
    assert [r.number for r in sheet.rows] == [2, 4, 5] and sheet.empty_rows == 1
    assert sheet.rows[0].cells[7] == "1行目\n2行目"
    imports = services.events.imports
    preview = imports.preview("people", sheet)
    assert preview.mapping == {0: "name", 1: "reading", 2: "organisation", 3: "industry", 4: "employees",
                               5: "email", 6: "phone", 7: "notes"}
    assert preview.mapping_problems == [] and preview.error_rows == []
    first, second, third = preview.rows
    assert first.person == {"name": "山本 一郎", "reading": "ヤマモト イチロウ", "email": "ichiro@abc.example.jp",
                            "phone": "090-1234-5678", "notes": "1行目\n2行目"}
    assert first.organisation == "株式会社ABC商事, 本社"
    assert first.org_values == {"industry": "I", "employees_band": "6_20"}  # 小売業 → 卸売業，小売業; １２ → 6–20
    assert second.person["name"] == "鈴木 花子" and second.person["reading"] == "すずき はなこ"
    assert second.person["email"] == "hanako@suzuki.example.jp" and second.org_values == {
        "industry": "E", "employees_band": "le5"}
    assert third.person["name"] == "タナカ ケンジ" and third.person["phone"] == "03(1234)5678"
    assert third.person["notes"] == "㈱の顧客"  # free text keeps its characters
    report = imports.commit(preview)
    assert (report.created, report.merged, report.skipped, report.organisations_created) == (3, 0, 0, 2)
    people = {p["name"]: p for p in services.records.list("person")}
    org = services.records.get("organisation", people["山本 一郎"]["organisation_id"])
    assert (org["name"], org["industry"], org["employees_band"]) == ("株式会社ABC商事, 本社", "I", "6_20")


def test_missing_required_column_marks_every_row_and_writes_nothing(
        services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "no-name.csv", "フリガナ,メール\r\nやまだ,a@example.jp\r\nさとう,b@example.jp\r\n".encode("cp932"))
    preview = services.events.imports.preview("people", read_sheet(path))
    assert preview.mapping_problems == ["「氏名」の列がありません。列の対応付けで指定してください。"]
    assert [(r.number, [p.message for p in r.problems]) for r in preview.rows] == [
        (2, ["「氏名」を入力してください。"]), (3, ["「氏名」を入力してください。"])]
    before = services.records.counts()
    with pytest.raises(ImportRefused):
        services.events.imports.commit(preview)
    assert services.records.counts() == before and services.history.batches("import_csv") == []
    db = str(services.db.path)
    code, out, err = run(capsys, "--db", db, "import-csv", "people", str(path))
    assert code == 1 and "2 行目: 「氏名」を入力してください。" in out and "3 行目" in out
    assert err.strip() == "取り込みを中止しました。エラーが 3 件あるため、何も書き込んでいません。"
    assert services.records.counts() == before


def test_invalid_cells_are_reported_per_row_before_anything_is_written(
        services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        "氏名,ふりがな,メール,電話,業種",
        "正しい 人,ただしい ひと,ok@example.jp,03-1111-2222,製造業",
        "メール 誤り,めーる あやまり,not-an-address,,",
        "電話 誤り,でんわ あやまり,,電話してください,",
        "読み 誤り,読み方,,,",
        "業種 誤り,ぎょうしゅ あやまり,,,宇宙開発",
        ",なまえ なし,nameless@example.jp,,",
    ]
    path = write(tmp_path, "errors.csv", ("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
    preview = services.events.imports.preview("people", read_sheet(path))
    problems = {r.number: [p.message for p in r.problems] for r in preview.rows if r.problems}
    assert problems == {
        3: ["「メールアドレス」はメールアドレスの形式ではありません。"],
        4: ["「電話番号」は電話番号の形式ではありません（数字・ハイフン・括弧・+ のみ）。"],
        5: ["「よみがな」はひらがな・カタカナで入力してください。"],
        6: [problems[6][0]],
        7: ["「氏名」を入力してください。"],
    }
    assert problems[6][0].startswith("「業種」に「宇宙開発」は選べません")
    before = services.records.counts()
    code, out, _err = run(capsys, "--db", str(services.db.path), "--lang", "en", "import-csv", "people", str(path))
    assert code == 1 and "Row 5: Reading (kana) must be written in hiragana or katakana." in out
    assert services.records.counts() == before
    # Skipping the bad rows imports the good one.
    code, out, _err = run(capsys, "--db", str(services.db.path), "import-csv", "people", str(path), "--skip-invalid")
    assert code == 0 and "新規作成 1 件" in out and "スキップ 5 件" in out
    assert [p["name"] for p in services.records.list("person")] == ["正しい 人"]


def test_xlsx_with_numbers_dates_and_empty_rows_imports_registrations_with_waitlist(
        world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = world.event(capacity=2)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["No.", "姓", "名", "セイ", "メイ", "会社名", "従業員数", "申込日時", "関心のある分野", "電話番号"])
    ws.append([1, "森", "大輔", "モリ", "ダイスケ", "森工務店", 8, datetime(2026, 5, 1, 10, 30), "会計・POSレジ",
               "0261-22-3333"])
    ws.append([])
    ws.append([2, "林", "香織", "ハヤシ", "カオリ", None, 45.0, datetime(2026, 5, 2), "crm", None])
    ws.append([3, "池田", "誠", "イケダ", "マコト", "池田農園", None, "2026/5/3 9:00", None, None])
    path = tmp_path / "申込者.xlsx"
    wb.save(path)
    sheet = read_sheet(path)
    assert sheet.encoding == "xlsx" and [r.number for r in sheet.rows] == [2, 4, 5] and sheet.empty_rows == 1
    assert sheet.rows[0].cells[6] == "8" and sheet.rows[0].cells[7] == "2026-05-01T10:30"
    code, out, err = run(capsys, "--db", str(world.services.db.path), "import-csv", "registrations", str(path),
                         "--event", event)
    assert code == 0, out + err
    assert "新規作成 3 件" in out and "参加登録: 新規 3 件、更新 0 件、変更なし 0 件（うちキャンセル待ち 1 件）。" in out
    regs = world.services.events.registrations.participants(event)
    by_name = {p.name: p for p in regs}
    assert set(by_name) == {"森 大輔", "林 香織", "池田 誠"}
    assert by_name["森 大輔"].reading == "モリ ダイスケ" and by_name["森 大輔"].registered_at == "2026-05-01T10:30:00"
    assert by_name["池田 誠"].status == "waitlisted"  # registered last, beyond the capacity of 2
    reg = world.services.records.get("registration", by_name["森 大輔"].registration_id)
    assert reg["interests"] == ["accounting", "pos"]
    org = world.services.records.get("organisation", world.services.records.get("person", by_name["森 大輔"].person_id)[
        "organisation_id"])
    assert org["employees_band"] == "6_20"
    # Registrations need an event: a usage error.
    code, _out, err = run(capsys, "--db", str(world.services.db.path), "import-csv", "registrations", str(path))
    assert code == 2 and "--event" in err


def test_duplicates_are_offered_for_merge_and_the_import_undoes_in_one_step(world: World, tmp_path: Path) -> None:
    services = world.services
    rows = [
        "氏名,よみがな,会社名,役職,メール,電話",
        "山田 太郎,やまだ たろう,,,,",  # same name and reading, nothing contradicting
        "佐藤一郎,,,,ichiro.new@example.jp,06-3333-4444",  # same name and phone (another e-mail: still him)
        "清水 恵,,山田商店,店長,,",  # same name and organisation (legal form ignored)
        "田中 次郎,たなか じろう,,,shota@example.jp,",  # same e-mail only: a weak match
        "小林 健,こばやし たけし,,,,",  # same name, another reading: a weak match
        "新人 花子,しんじん はなこ,,,hanako.new@example.jp,",
        "新人　花子,シンジン ハナコ,,,hanako.new@example.jp,",  # the same person twice in the file
    ]
    path = write(tmp_path, "dups.csv", ("\r\n".join(rows) + "\r\n").encode("cp932"))
    imports = services.events.imports
    preview = imports.preview("people", read_sheet(path))
    decided = {r.number: (r.decision.action, r.decision.person_id, r.decision.file_row) for r in preview.rows}
    p = world.people
    assert decided == {2: (MERGE, p[0], None), 3: (MERGE, p[2], None), 4: (MERGE, p[3], None),
                       5: (CREATE, None, None), 6: (CREATE, None, None), 7: (CREATE, None, None),
                       8: (MERGE, None, 7)}
    assert preview.row(2).candidates[0].reasons == ("name", "reading")
    assert preview.row(3).candidates[0].reasons == ("name", "phone")
    assert preview.row(3).candidates[0].differs == ("email",)
    assert preview.row(4).candidates[0].reasons == ("name", "organisation")
    weak = preview.row(5).candidates[0]
    assert weak.person_id == p[5] and weak.reasons == ("email",) and not weak.strong
    assert not preview.row(6).candidates[0].strong
    dry = imports.report_for(preview)
    assert (dry.created, dry.merged) == (3, 4) and [n for n, _ in dry.possible_duplicates] == [5, 6]
    # Headless policies: skip everything that resembles someone, or create regardless.
    skip = imports.import_file("people", path, dry_run=True, duplicates=SKIP)
    assert (skip.created, skip.merged, skip.skipped) == (1, 0, 6)
    create = imports.import_file("people", path, dry_run=True, duplicates=CREATE)
    assert (create.created, create.merged, create.skipped) == (7, 0, 0)
    # The user overrides two rows: row 5 is the existing 田中 after all; row 6 is skipped.
    persons_before = services.records.count("person")
    report = imports.commit(preview, {5: RowDecision(MERGE, p[5]), 6: RowDecision(SKIP)})
    assert (report.created, report.merged, report.skipped) == (1, 5, 1) and report.written
    assert services.records.count("person") == persons_before + 1
    ichiro = services.records.get("person", p[2])
    assert ichiro["email"] == "ichiro@sato.example.jp"  # a merge never overwrites …
    megumi = services.records.get("person", p[3])
    assert megumi["title"] == "店長"  # … it fills what was empty
    new = [x for x in services.records.list("person") if x["name"] == "新人 花子"]
    assert len(new) == 1 and new[0]["email"] == "hanako.new@example.jp"
    # One step back: the new person is gone, the merged people are as they were.
    batch = services.history.batches("import_csv")[0]
    assert batch.id == report.batch_id and batch.label == "people: dups.csv"
    services.history.undo_batch(batch.id)
    assert services.records.count("person") == persons_before
    assert services.records.get("person", p[3])["title"] is None
    assert services.records.get("person", p[5])["reading"] == "たなか しょうた"


def test_the_mapping_is_remembered_per_header_signature(services: Services, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    text = "受付番号,お客様,カナ,連絡用メール\r\n1,上田 亮,うえだ りょう,ueda@example.jp\r\n"
    first = write(tmp_path, "first.csv", text.encode("utf-8"))
    imports = services.events.imports
    mapping, remembered = imports.suggest_mapping("people", read_sheet(first).headers)
    assert mapping == {2: "reading", 3: "email"} and not remembered  # お客様 is not recognised
    db = str(services.db.path)
    code, out, _ = run(capsys, "--db", db, "import-csv", "people", str(first), "--dry-run")
    assert code == 1 and services.records.count("person") == 0  # no name column: refused
    code, out, _ = run(capsys, "--db", db, "import-csv", "people", str(first), "--mapping", "お客様=name", "--dry-run")
    assert code == 0 and out.strip().splitlines()[-1] == "試行のみ: データベースには何も書き込んでいません。"
    assert "取り込むと: 新規作成 1 件" in out and services.records.count("person") == 0
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "import-csv", "people", str(first), "--mapping",
                       "お客様=name", "--dry-run")
    assert code == 0 and "Importing would create 1," in out and "Dry run: nothing was written" in out
    code, out, _ = run(capsys, "--db", db, "import-csv", "people", str(first), "--mapping", "2=name")
    assert code == 0 and services.records.count("person") == 1
    # Another file with the same headers (spacing and width differ) gets the remembered mapping.
    second = write(tmp_path, "second.csv", "受付番号, お客様 ,カナ,連絡用メール\r\n2,下田 翼,しもだ つばさ,s@example.jp\r\n"
                   .encode("cp932"))
    mapping, remembered = imports.suggest_mapping("people", read_sheet(second).headers)
    assert remembered and mapping == {1: "name", 2: "reading", 3: "email"}
    code, out, _ = run(capsys, "--db", db, "import-csv", "people", str(second))
    assert code == 0 and services.records.count("person") == 2
    with pytest.raises(MitakeError):
        imports.import_file("people", second, overrides=["お客様=shoe_size"])


def test_other_file_shapes_are_read_or_refused_plainly(tmp_path: Path) -> None:
    tsv = write(tmp_path, "unicode.txt", "氏名\tよみがな\r\n岡 直子\tおか なおこ\r\n".encode("utf-16"))
    sheet = read_sheet(tsv)
    assert sheet.encoding == "utf-16" and sheet.headers == ("氏名", "よみがな") and sheet.rows[0].cells[0] == "岡 直子"
    with pytest.raises(MitakeError, match="文字コード"):
        read_sheet(write(tmp_path, "broken.csv", b"name\r\n\x80\x80\xff\r\n"))
    with pytest.raises(MitakeError, match=".xls"):
        read_sheet(write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100))
    with pytest.raises(MitakeError, match="見出し行"):
        read_sheet(write(tmp_path, "empty.csv", b"\r\n,,\r\n"))
    with pytest.raises(MitakeError, match="Excel"):
        read_sheet(write(tmp_path, "fake.xlsx", b"PK\x03\x04 not really a workbook"))
    with pytest.raises(MitakeError):
        read_sheet(tmp_path / "missing.csv")


def test_an_unclosed_quote_refuses_the_file_naming_its_line(services: Services, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    # Line 2-3 is one row with a line break in a quoted cell; the quote opened on line 4 never closes,
    # which a lenient reader turns into one cell holding every row after it.
    rows = ["氏名,よみがな,メールアドレス", '"岡 直子",おか なおこ,"本社\n2階"', '"森 健,もり けん,mori@example.jp',
            "林 優,はやし ゆう,hayashi@example.jp", "原 誠,はら まこと,hara@example.jp"]
    broken = write(tmp_path, "broken.csv", ("\r\n".join(rows) + "\r\n").encode("utf-8"))
    with pytest.raises(MitakeError, match="4 行目") as refused:
        read_sheet(broken)
    assert "\n" not in refused.value.message
    db = str(tmp_path / "m.db")
    before = services.records.count("person")
    code, out, err = run(capsys, "--db", db, "--lang", "en", "import-csv", "people", str(broken))
    assert code == 1 and "line 4" in err and "nothing was imported" in err and "Traceback" not in err
    code, out, err = run(capsys, "--db", db, "import-csv", "people", str(broken), "--dry-run")
    assert code == 1 and "4 行目" in err
    with Services.open(db) as s:
        assert s.records.count("person") == 0 and s.history.batches() == []
    assert services.records.count("person") == before
    # Text after a closing quote is refused the same way (a lenient reader drops the quotes silently).
    stray = write(tmp_path, "stray.csv", '氏名,よみがな\n"森" 健,もり けん\n'.encode())
    with pytest.raises(MitakeError, match="2 行目"):
        read_sheet(stray)


def test_interest_labels_with_a_middle_dot_stay_whole() -> None:
    from mitake_desktop.core.events.participant_import import _interest_parts

    assert _interest_parts("給与・労務,販促・SNS") == ["給与・労務", "販促・SNS"]
    assert _interest_parts("会計・POSレジ") == ["会計", "POSレジ"]


def test_registration_days_in_japanese_era_form_are_taken_as_dates(world: World, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    event = world.event(capacity=10)
    text = "氏名,フリガナ,申込日\n森 大輔,モリ ダイスケ,令和8年5月3日\n林 香織,ハヤシ カオリ,R8.5.4\n池田 誠,イケダ マコト,2026/5/5\n"
    path = write(tmp_path, "申込.csv", text.encode("cp932"))
    code, out, err = run(capsys, "--db", str(world.services.db.path), "import-csv", "registrations", str(path),
                         "--event", event)
    assert code == 0, out + err
    days = {p.name: p.registered_at for p in world.services.events.registrations.participants(event)}
    assert days == {"森 大輔": "2026-05-03T00:00:00", "林 香織": "2026-05-04T00:00:00",
                    "池田 誠": "2026-05-05T00:00:00"}


def test_a_namesake_whose_contacts_or_firm_differ_is_created_and_every_merge_is_listed(
        world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services, p = world.services, world.people
    event = world.event(capacity=30)
    rows = [
        "氏名,よみがな,メール,電話,会社名",
        "山田 太郎,やまだ たろう,taro2@example.jp,090-9999-8888,山田工業株式会社",  # a namesake: all else differs
        "山田 太郎,やまだ たろう,TARO@yamada.example.jp,,別の会社",  # his e-mail: him, though the firm differs
        "山田　太郎,,,03-1111-2222,,",  # his name and phone: him
        "清水 恵,しみず めぐみ,,,佐藤食堂",  # name and reading alike, another firm: not merged
    ]
    path = write(tmp_path, "sj.csv", ("\r\n".join(rows) + "\r\n").encode("cp932"))
    preview = services.events.imports.preview("registrations", read_sheet(path), event_id=event)
    decided = {r.number: (r.decision.action, r.decision.person_id) for r in preview.rows}
    assert decided == {2: (CREATE, None), 3: (MERGE, p[0]), 4: (MERGE, p[0]), 5: (CREATE, None)}
    namesake = preview.row(2).candidates[0]
    assert namesake.person_id == p[0] and not namesake.strong  # still offered, but not merged by default
    assert namesake.differs == ("email", "phone", "organisation")
    assert namesake.why == "氏名・よみがなが一致、メールアドレス・電話番号・所属組織が異なる"
    assert preview.row(5).candidates[0].person_id == p[3] and preview.row(5).candidates[0].differs == (
        "organisation",)
    db = str(services.db.path)
    code, out, err = run(capsys, "--db", db, "import-csv", "registrations", str(path), "--event", event)
    assert code == 0, out + err
    assert ("2 行目は新規作成（似た人: 山田 太郎（株式会社山田商店）: 氏名・よみがなが一致、"
            "メールアドレス・電話番号・所属組織が異なる）。") in out
    assert (f"3 行目 → 山田 太郎（株式会社山田商店） [ID {p[0]}] に統合しました"
            "（氏名・よみがな・メールアドレスが一致、所属組織が異なる）。") in out
    assert f"4 行目 → 山田 太郎（株式会社山田商店） [ID {p[0]}] に統合しました（氏名・電話番号が一致）。" in out
    assert out.count("に統合しました") == 2 and "既存の人に統合 2 件" in out  # no merge goes unlisted
    assert "参加登録: 新規 3 件、更新 0 件、変更なし 1 件" in out
    # The namesake is a new person with their own new firm; the firm given on a merged row is not created
    # (he keeps his), so no organisation is left linked to nobody.
    taros = [x for x in services.records.list("person") if x["name"] == "山田 太郎"]
    assert len(taros) == 2
    new_taro = next(x for x in taros if x["id"] != p[0])
    assert new_taro["email"] == "taro2@example.jp"
    assert services.records.get("organisation", new_taro["organisation_id"])["name"] == "山田工業株式会社"
    assert "組織を 1 件新規作成しました。" in out
    assert not [o for o in services.records.list("organisation") if o["name"] == "別の会社"]
    assert services.records.get("person", p[0])["email"] == "taro@yamada.example.jp"
    registered = {x.person_id for x in services.events.registrations.participants(event)}
    assert p[0] in registered and new_taro["id"] in registered and p[3] not in registered
    # English says the same.
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "import-csv", "registrations", str(path), "--event",
                       event, "--dry-run")
    assert code == 0 and f"Row 4 → would be merged into 山田 太郎（株式会社山田商店） [ID {p[0]}] (same name, phone)." in out


def test_a_later_row_is_compared_with_the_person_an_earlier_row_merged_into(world: World, tmp_path: Path) -> None:
    rows = ["氏名,よみがな,メール", "山田 太郎,やまだ たろう,", "山田 太郎,やまだ たろう,other@example.jp"]
    path = write(tmp_path, "twice.csv", ("\r\n".join(rows) + "\r\n").encode())
    preview = world.services.events.imports.preview("people", read_sheet(path))
    assert preview.row(2).decision == RowDecision(MERGE, world.people[0])
    # Row 3 is not merged through row 2: row 2 became 山田 太郎 of taro@yamada.example.jp.
    assert preview.row(3).decision.action == CREATE
    assert {c.file_row for c in preview.row(3).candidates} == {None, 2}
    assert all(c.differs == ("email",) for c in preview.row(3).candidates)


def test_importing_the_same_registrations_again_counts_them_unchanged(
        world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = world.event(capacity=30)
    db = str(world.services.db.path)
    text = "氏名,フリガナ,満足度,感想\n森 大輔,モリ ダイスケ,4,よかった\n林 香織,ハヤシ カオリ,5,\n"
    path = write(tmp_path, "申込.csv", text.encode("cp932"))
    code, out, _ = run(capsys, "--db", db, "import-csv", "registrations", str(path), "--event", event)
    assert code == 0 and "参加登録: 新規 2 件、更新 0 件、変更なし 0 件" in out
    for dry in (["--dry-run"], []):
        code, out, _ = run(capsys, "--db", db, "import-csv", "registrations", str(path), "--event", event, *dry)
        assert code == 0 and "新規 0 件、更新 0 件、変更なし 2 件" in out, out
    changed = write(tmp_path, "申込2.csv", text.replace("5,", "3,").encode("cp932"))
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "import-csv", "registrations", str(changed), "--event",
                       event)
    assert code == 0 and "Registrations: 0 new, 1 updated, 1 unchanged" in out
    scores = {x.name: world.services.records.get("registration", x.registration_id)["satisfaction"]
              for x in world.services.events.registrations.participants(event)}
    assert scores == {"森 大輔": 4, "林 香織": 3}


def test_a_repeated_header_is_named_and_a_ragged_row_is_refused_with_its_extra_values(
        services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    imports = services.events.imports
    repeated = write(tmp_path, "repeated.csv", "氏名,氏名,メール\r\n佐藤,花子,hanako@example.jp\r\n".encode("cp932"))
    preview = imports.preview("people", read_sheet(repeated))
    assert preview.mapping == {0: "name", 2: "email"}
    assert preview.mapping_warnings == [
        "見出し「氏名」が複数の列（1列目、2列目）にあります。2列目は取り込みません（取り込むときは列の対応付けで項目を指定してください）。"]
    db = str(services.db.path)
    code, out, _ = run(capsys, "--db", db, "import-csv", "people", str(repeated), "--dry-run")
    assert code == 0 and "注意: 見出し「氏名」が複数の列" in out
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "import-csv", "people", str(repeated), "--dry-run")
    assert "Note: The header “氏名” appears in several columns (Column 1, Column 2). Column 2 is not imported" in out
    # Mapped to a field, the second column is no longer left out; both mapped to the name is refused.
    assert imports.preview("people", read_sheet(repeated), {0: "family_name", 1: "given_name", 2: "email"}
                           ).mapping_warnings == []
    i18n.set_language("ja")  # the command line above chose English for this process
    twice = imports.preview("people", read_sheet(repeated), {0: "name", 1: "name", 2: "email"})
    assert twice.mapping_problems == ["「氏名」に複数の列（氏名（1列目）、氏名（2列目））が対応付けられています。"]
    with pytest.raises(ImportRefused):
        imports.commit(twice)
    # A row with more cells than headers: an unquoted comma shifted it, so it is refused, naming the extras.
    ragged = write(tmp_path, "ragged.csv",
                   "氏名,メール\r\n岡 直子,oka@example.jp,本社, 2階\r\n林 優,hayashi@example.jp,,\r\n".encode("cp932"))
    sheet = read_sheet(ragged)
    assert [r.extra for r in sheet.rows] == [("本社", "2階"), ()]
    preview = imports.preview("people", sheet)
    assert [p.message for p in preview.row(2).problems] == [
        "見出しより 2 個多い値があります（「本社」、「2階」）。セルの中のコンマを引用符（\"）で囲んでいないと列がずれます。"
        "ファイルを直すか、この行をスキップしてください。"]
    assert preview.row(3).problems == []
    code, out, _ = run(capsys, "--db", db, "import-csv", "people", str(ragged))
    assert code == 1 and "2 行目: 見出しより 2 個多い値があります（「本社」、「2階」）" in out
    assert services.records.count("person") == 0
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "import-csv", "people", str(ragged), "--skip-invalid")
    assert code == 0 and "Row 2 skipped: The row has 2 more values than there are headers (“本社”, “2階”)" in out
    assert [x["name"] for x in services.records.list("person")] == ["林 優"]
