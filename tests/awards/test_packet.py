"""The nomination packet: PDFs with Japanese text, CSV for Excel, JSON, attachments, consent, atomic writing."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.exports.nomination_packet import excel_safe, export_packet, result_message, safe_filename
from mitake_desktop.core.exports.redaction import Redactor
from mitake_desktop.core.services import Services
from mitake_desktop.rendering.nomination_pdf import nomination_html, render_nomination_pdf
from tests.awards.helpers import make_case, make_program, text
from tests.pdf_helpers import embedded_fonts, pdf_text, squeeze

TODAY = date(2026, 6, 1)
SECRETS = ["山田太郎", "山田 太郎", "やまだたろう", "ヤマダタロウ", "山田さん", "山田社長", "taro.yamada@example.jp",
           "027-123-4567", "0271234567", "鈴木花子", "すずきはなこ", "hanako@example.jp", "090-1111-2222"]


def _story_with_names(s: Services) -> dict[str, Any]:
    """A nominated case study whose leader (internal consent) is named all over its story."""
    ids = make_case(s, leader_scope="internal")
    story = ("代表の山田太郎さんが旗を振った。山田社長は毎朝数字を見る。やまだ たろう（ヤマダ タロウ）とも書く。"
             "連絡先は taro.yamada@example.jp、電話は 027-123-4567（0271234567）。") * 2
    s.records.update("case_study", ids["case"]["id"], {"story_team": story})
    ids["program"] = make_program(s)
    ids["nomination"] = s.awards.nominate(ids["program"]["id"], "case_study", ids["case"]["id"])
    # The nominator writes the name in full width in another section: still found.
    s.awards.set_section(ids["nomination"]["id"], "summary", "推薦者から: 山田　太郎 氏（ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ）の取組。" * 3)
    return ids


def _add_people(s: Services, ids: dict[str, Any]) -> None:
    firm = ids["firm"]["id"]
    hanako = s.records.create("person", {"name": "鈴木 花子", "reading": "すずき はなこ", "organisation_id": firm,
                                         "title": "専務", "email": "hanako@example.jp", "phone": "090-1111-2222",
                                         "consent_scope": "joint_use"})
    ichiro = s.records.create("person", {"name": "佐藤 一郎", "organisation_id": ids["chamber"]["id"],
                                         "title": "経営指導員", "email": "ichiro@example.jp",
                                         "consent_scope": "public"})
    ids["hanako"] = s.awards.nominate(ids["program"]["id"], "person", hanako["id"])  # title: her name
    ids["ichiro"] = s.awards.nominate(ids["program"]["id"], "person", ichiro["id"])


def _files_text(out: Path) -> dict[str, str]:
    texts = {}
    for path in out.rglob("*"):
        if path.suffix == ".pdf":
            texts[path.name] = pdf_text(path)
        elif path.suffix in (".csv", ".json", ".txt"):
            texts[path.name] = path.read_bytes().decode("utf-8-sig")
    return texts


def test_a_person_without_consent_appears_nowhere_but_by_role(services: Services, tmp_path: Path) -> None:
    ids = _story_with_names(services)
    _add_people(services, ids)
    # The data itself is full of the secrets: only the export keeps them out.
    source = services.records.get("nomination", ids["nomination"]["id"])["sections"]
    assert "山田太郎さん" in source["team"] and "ｔａｒｏ．ｙａｍａｄａ" in source["summary"]
    result = export_packet(services, ids["program"]["id"], tmp_path / "packet", renderer=render_nomination_pdf,
                           today=TODAY)
    texts = _files_text(result.path)
    assert len([n for n in texts if n.endswith(".pdf")]) == 3
    for name, content in texts.items():
        for secret in SECRETS:
            assert secret not in content and squeeze(secret) not in squeeze(content), (secret, name)
    for path in result.path.rglob("*"):
        assert not any(squeeze(secret) in squeeze(path.name) for secret in SECRETS), path.name
    role = "オピニオンリーダー（株式会社テスト製作所 代表取締役）"
    case_pdf = next(t for n, t in texts.items() if "クラウド会計" in n)
    assert squeeze(role) in case_pdf and role in texts["nominations.csv"]
    assert squeeze("推薦対象者（株式会社テスト製作所 専務）") in "".join(texts.values())
    # A person who consented to publication is named (but never with contacts).
    assert "佐藤 一郎（前橋商工会議所 経営指導員）" in texts["nominations.csv"]
    assert "ichiro@example.jp" not in "".join(texts.values())
    packet = json.loads(texts["nominations.json"])
    assert packet["profile"] == "public" and "役割のみ" in packet["profile_note"]
    # The README names the profile in the packet's language, not by its key.
    assert "個人情報のプロファイル: 「公開」" in texts["README.txt"] and "public" not in texts["README.txt"]


def test_the_pdf_holds_the_japanese_title_sections_and_figures(services: Services, tmp_path: Path) -> None:
    ids = make_case(services, leader_scope="public")
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    result = export_packet(services, program["id"], tmp_path / "p", renderer=render_nomination_pdf, today=TODAY)
    pdf = result.path / json.loads((result.path / "nominations.json").read_text("utf-8"))["nominations"][0]["pdf"]
    text = pdf_text(pdf)
    for needle in (nom["title"], "推薦書", "身の丈IT 地域アワード 2026", "取組の概要", "課題", "方策", "推進体制", "成果",
                   "導入前後の数値", "経理作業時間", "-70.0%", "改善", "令和8年6月1日", "令和8年7月1日", "山田 太郎"):
        assert squeeze(needle) in text, needle
    fonts = embedded_fonts(pdf)
    assert any(k in f.lower() for f in fonts for k in ("cjkjp", "gothic", "meiryo", "hiragino")), fonts
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2  # a cover page, then the content
    assert abs(float(reader.pages[0].mediabox.width) - 595) < 2 and abs(float(reader.pages[0].mediabox.height) - 842) < 2
    assert pdf.name.startswith("01_テスト製作所、クラウド会計で経理の時間を70%削減")


def test_english_and_western_dates(services: Services, tmp_path: Path) -> None:
    ids = make_case(services)
    program = make_program(services)
    services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    result = export_packet(services, program["id"], tmp_path / "en", renderer=render_nomination_pdf, today=TODAY,
                           lang="en", era="seireki")
    rows = list(csv.reader(io.StringIO((result.path / "nominations.csv").read_bytes().decode("utf-8-sig"))))
    assert rows[0][:4] == ["No.", "Title", "Nominee type", "Nominee"]
    assert rows[1][9] == "Opinion leader (株式会社テスト製作所 代表取締役)"
    pdf = next(result.path.glob("*.pdf"))
    text = pdf_text(pdf)
    assert squeeze("1 June 2026") in text and squeeze("Before/after figures") in text and "令和" not in text


def test_csv_is_for_excel_and_json_holds_the_same_nominations(demo_services: Services, tmp_path: Path) -> None:
    program = next(p for p in demo_services.awards.programs() if "身の丈" in p["name"])
    result = export_packet(demo_services, program["id"], tmp_path / "demo", renderer=lambda *a: a[3].write_bytes(b""),
                           today=TODAY)
    raw = (result.path / "nominations.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    packet = json.loads((result.path / "nominations.json").read_text("utf-8"))
    assert rows[0][1] == "推薦名" and len(rows) - 1 == len(packet["nominations"]) == result.nominations
    assert len(packet["nominations"]) == len(demo_services.awards.nominations(program["id"]))
    for row, nom in zip(rows[1:], packet["nominations"], strict=True):
        assert row[1] == nom["title"] and row[-1] == nom["pdf"] and (result.path / nom["pdf"]).is_file()
        assert row[15] == str(nom["score"]["rank"])
    ranks = [n["score"]["rank"] for n in packet["nominations"]]
    assert ranks == sorted(ranks)
    # Attachments are copied once each, named by their hash, with the bytes of the store.
    copied = {a["file"]: a["sha256"] for n in packet["nominations"] for a in n["attachments"]}
    for file, sha in copied.items():
        assert (result.path / file).read_bytes() == demo_services.attachments.read(sha)
        assert Path(file).name.startswith(sha[:16])


def test_statuses_filter(services: Services, tmp_path: Path) -> None:
    ids = make_case(services)
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    services.awards.set_status(nom["id"], "submitted")
    services.awards.nominate(program["id"], "community", ids["community"]["id"])
    result = export_packet(services, program["id"], tmp_path / "s", renderer=lambda *a: a[3].write_bytes(b""),
                           today=TODAY, statuses=["submitted"])
    assert result.nominations == 1


def test_case_studies_without_publication_consent_stay_out(services: Services, tmp_path: Path) -> None:
    """A public packet goes outside: a story whose firm has not consented is left out everywhere (PDF, CSV, JSON,
    README, photos) and named to the person exporting; the checklist says so before."""
    program = make_program(services)
    shown = make_case(services, title="公開できる事例、会計の見える化")
    hidden = make_case(services, consent=False, title="同意のない事例、秘密の取組", photos=2,
                       story_issue=text(160, "秘密"))
    ok = services.awards.nominate(program["id"], "case_study", shown["case"]["id"])
    held = services.awards.nominate(program["id"], "case_study", hidden["case"]["id"])
    consent = next(i for i in services.awards.checklist(held["id"], lang="ja").items if i.key == "consent")
    assert not consent.ok and consent.blocking and "含まれません" in consent.message

    result = export_packet(services, program["id"], tmp_path / "p", renderer=render_nomination_pdf, today=TODAY)
    assert result.nominations == 1 and result.left_out == (held["title"],)
    packet = json.loads((result.path / "nominations.json").read_text("utf-8"))
    assert [n["id"] for n in packet["nominations"]] == [ok["id"]]
    everything = "".join(_files_text(result.path).values())
    assert "秘密" not in everything and squeeze("秘密") not in everything
    assert not any(p.name.startswith(hidden["photos"][1][:16]) for p in result.path.rglob("*"))
    message = result_message(result)
    assert "含めていません" in message and held["title"] in message and "「公開」プロファイル" in message

    # Only non-consenting stories left: refused in a sentence naming them, nothing written.
    services.records.update("case_study", shown["case"]["id"], {"status": "draft"})
    services.records.update("case_study", shown["case"]["id"], {"publication_consent": False})
    with pytest.raises(MitakeError) as refused:
        export_packet(services, program["id"], tmp_path / "none", renderer=render_nomination_pdf, today=TODAY)
    assert "同意" in refused.value.message and held["title"] in refused.value.message
    assert not (tmp_path / "none").exists()


def test_no_matching_nominations_writes_nothing(services: Services, tmp_path: Path) -> None:
    program = make_program(services)
    with pytest.raises(MitakeError) as empty:
        export_packet(services, program["id"], tmp_path / "out" / "a", renderer=render_nomination_pdf, today=TODAY)
    assert "推薦がありません" in empty.value.message
    ids = make_case(services)
    services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    with pytest.raises(MitakeError) as none_awarded:
        export_packet(services, program["id"], tmp_path / "out" / "b", renderer=render_nomination_pdf, today=TODAY,
                      statuses=["awarded", "shortlisted"])
    assert "状態が「受賞、一次選考通過」の推薦はありません" in none_awarded.value.message
    assert not (tmp_path / "out").exists()  # not even the parent folder


def test_a_failure_leaves_no_half_packet(services: Services, tmp_path: Path) -> None:
    ids = make_case(services)
    program = make_program(services)
    services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    services.awards.nominate(program["id"], "community", ids["community"]["id"])
    calls = []

    def failing(packet: Any, nom: Any, images: Any, target: Path) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        target.write_bytes(b"%PDF-")

    parent = tmp_path / "exports"
    parent.mkdir()
    out = parent / "out"
    with pytest.raises(MitakeError, match="書き込めません"):
        export_packet(services, program["id"], out, renderer=failing, today=TODAY)
    assert not out.exists() and list(parent.iterdir()) == []
    out.mkdir()  # an existing empty folder is fine, and stays untouched on failure
    calls.clear()
    with pytest.raises(MitakeError):
        export_packet(services, program["id"], out, renderer=failing, today=TODAY)
    assert out.is_dir() and list(out.iterdir()) == [] and list(parent.iterdir()) == [out]
    export_packet(services, program["id"], out, renderer=lambda *a: a[3].write_bytes(b""), today=TODAY)
    assert (out / "nominations.csv").is_file()


def test_refused_targets(services: Services, tmp_path: Path) -> None:
    program = make_program(services)
    services.awards.nominate(program["id"], "case_study", make_case(services)["case"]["id"])
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(MitakeError, match="空ではありません"):
        export_packet(services, program["id"], tmp_path / "full", renderer=render_nomination_pdf)
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(MitakeError, match="書き込めません"):
        export_packet(services, program["id"], tmp_path / "a-file" / "packet", renderer=render_nomination_pdf)
    with pytest.raises(MitakeError, match="フォルダー .*typo がありません"):  # a mistyped path is never created
        export_packet(services, program["id"], tmp_path / "typo" / "packet", renderer=render_nomination_pdf)
    assert not (tmp_path / "typo").exists()


def test_user_text_cannot_inject_html_or_load_files(services: Services) -> None:
    ids = make_case(services)
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    services.awards.set_section(nom["id"], "issue", '<img src="/etc/passwd"> <b>太字</b> ![写真](file:///C:/x.png) & 〈〉')
    from mitake_desktop.core.exports.nomination_packet import build_packet

    packet, _images = build_packet(services, program["id"], today=TODAY)
    page = nomination_html(packet, packet["nominations"][0])
    assert '<img src="/etc/passwd"' not in page and '&lt;img src="/etc/passwd"&gt;' in page
    assert "<b>太字</b>" not in page and "&lt;b&gt;太字&lt;/b&gt;" in page
    assert "file:///C:/x.png" not in page and "&amp; 〈〉" in page


@pytest.mark.parametrize(("text", "name"), [
    ('a<b>:c"d/e\\f|g?h*i', "a_b__c_d_e_f_g_h_i"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("末尾の点. ", "末尾の点"),
    ("", "nomination"),
    ("x" * 100, "x" * 60),
    ("改行\nと\tタブ", "改行 と タブ"),
])
def test_safe_filenames(text: str, name: str) -> None:
    assert safe_filename(text) == name


def test_redactor_forms() -> None:
    r = Redactor()
    r.hide({"id": "1", "name": "山田 太郎", "reading": "やまだ たろう", "email": "Taro@Example.jp",
            "phone": "027-123-4567", "postal_code": "371-0023", "address": "前橋市本町1-2-3"}, "［代表］")
    text = ("山田太郎、山田　太郎、山田 太郎さん、山田さん、山田社長、ヤマダタロウ、ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ、taro@example.jp、"
            "027 123 4567、(027)123-4567、０２７－１２３－４５６７、〒371-0023 前橋市本町1-2-3。山田商店は残る。")
    out = r.text(text)
    assert out == ("［代表］、［代表］、［代表］さん、［代表］、［代表］、［代表］、［代表］、［代表］、［代表］、(［代表］、［代表］、"
                   "〒［代表］ ［代表］。山田商店は残る。")
    assert r.walk({"a": [text], "n": 1}) == {"a": [out], "n": 1}


def test_csv_cells_never_run_as_excel_formulas() -> None:
    assert excel_safe('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert excel_safe("@SUM(A1)") == "'@SUM(A1)" and excel_safe("+81 を超える") == "'+81 を超える"
    assert excel_safe("-12.5") == "-12.5" and excel_safe("72.0") == "72.0" and excel_safe("推薦名") == "推薦名"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_csv_keeps_blocking_items_apart_from_warnings_and_readme_lists_only_folders_there(
        services: Services, tmp_path: Path, lang: str) -> None:
    ids = make_case(services, leader_scope="internal", photos=0)  # a leader shown by role only: a warning
    program = make_program(services)
    nom = services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    services.awards.set_section(nom["id"], "summary", "")  # an empty section: blocking
    checklist = services.awards.checklist(nom["id"], lang=lang, today=TODAY)
    blocking = [i.message for i in checklist.blocking]
    warnings = [i.message for i in checklist.missing if not i.blocking]
    assert blocking and any("role" in w or "役割" in w for w in warnings), (blocking, warnings)
    result = export_packet(services, program["id"], tmp_path / "p", renderer=lambda *a: a[3].write_bytes(b""),
                           today=TODAY, lang=lang)
    rows = list(csv.reader(io.StringIO((result.path / "nominations.csv").read_bytes().decode("utf-8-sig"))))
    head = {"ja": ("不足項目", "要確認"), "en": ("Missing", "To check")}[lang]
    missing, to_check = (rows[1][rows[0].index(h)] for h in head)
    assert missing == " / ".join(blocking) and to_check == " / ".join(warnings)
    checklist_json = json.loads((result.path / "nominations.json").read_text("utf-8"))["nominations"][0]["checklist"]
    assert checklist_json["missing"] == blocking and checklist_json["to_check"] == warnings
    # No photos: no attachments folder, and the README does not name one.
    assert not (result.path / "attachments").exists()
    assert "attachments/" not in (result.path / "README.txt").read_text("utf-8-sig")


def test_readme_lists_the_attachments_folder_when_it_is_there(services: Services, tmp_path: Path) -> None:
    ids = make_case(services, photos=1)
    program = make_program(services)
    services.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    result = export_packet(services, program["id"], tmp_path / "p", renderer=lambda *a: a[3].write_bytes(b""),
                           today=TODAY)
    assert (result.path / "attachments").is_dir()
    assert "- attachments/: " in (result.path / "README.txt").read_text("utf-8-sig")
