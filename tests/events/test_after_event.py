"""After the event: finishing, satisfaction, follow-ups, the overdue list, the report and the CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from mitake_desktop.cli import main
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.services import Services
from mitake_desktop.core.text import display_width
from tests.events.conftest import World
from tests.pdf_helpers import embedded_fonts, pdf_text, squeeze


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def event_day(world: World) -> tuple[str, dict[str, str]]:
    """A seminar run through its day: ten check-ins, a walk-in, one check-in undone, feedback, finished."""
    services = world.services
    event = world.event(capacity=20, speaker_ids=[world.people[8]])
    regs = services.events.registrations
    extra = [world.person(n, r) for n, r in (("青木 光", "あおき ひかる"), ("石井 学", "いしい まなぶ"),
                                              ("上野 愛", "うえの あい"), ("江口 誠", "えぐち まこと"))]
    people = world.people[:9] + extra
    reg_ids = {p: regs.register(event, p)["id"] for p in people}
    regs.cancel(reg_ids[extra[3]])
    desk = services.events.checkin(event)
    for query in ("やまだ", "やました", "さとう", "しみず", "たかはし", "たなか", "なかむら", "こばやし", "おおの", "aoki"):
        hit = desk.search(query)[0]
        desk.check_in(hit.registration_id)
    desk.add_walk_in("当日 来場", reading="とうじつ らいじょう", organisation="株式会社山田商店")
    desk.undo_check_in(desk.search("こばやし")[0].registration_id)
    counters = desk.counters()
    assert (counters.attended, counters.walk_ins, counters.waiting) == (9, 1, 3)
    feedback = services.events.followups
    feedback.record_feedback(reg_ids[world.people[0]], satisfaction=5, comment="事例が具体的で参考になった。")
    feedback.record_feedback(reg_ids[world.people[1]], satisfaction=4, comment=None)
    feedback.record_feedback(reg_ids[world.people[2]], satisfaction=4, comment="=HYPERLINK(\"x\")")
    result = feedback.finish_event(event)
    assert result.no_shows == 3
    return event, reg_ids


def test_finishing_marks_no_shows_in_one_undoable_batch(world: World) -> None:
    services = world.services
    event, _ = event_day(world)
    counts = services.events.registrations.counts(event)
    assert (counts.registered, counts.attended, counts.walk_ins, counts.no_shows, counts.cancelled) == (12, 9, 1, 3, 1)
    assert services.records.get("event", event)["status"] == "held"
    batch = services.history.batches("finish_event")[0]
    services.history.undo_batch(batch.id)
    counts = services.events.registrations.counts(event)
    assert (counts.no_shows, counts.waiting) == (0, 3) and services.records.get("event", event)["status"] == "planned"


def test_an_event_whose_day_has_not_come_cannot_be_finished(world: World) -> None:
    services = world.services
    event = world.event(capacity=20)  # 2026-06-10
    reg = services.events.registrations.register(event, world.people[0])
    followups = services.events.followups
    with pytest.raises(MitakeError) as refused:
        followups.finish_event(event, today=date(2026, 6, 9))
    assert "2026-06-10" in refused.value.message and "\n" not in refused.value.message
    # Nothing was written: still planned, nobody marked as a no-show, no batch left behind.
    assert services.records.get("event", event)["status"] == "planned"
    assert services.records.get("registration", reg["id"])["status"] == "registered"
    assert services.history.batches("finish_event") == []
    assert followups.finish_event(event, today=date(2026, 6, 10)).no_shows == 1  # on the day itself it can
    # Finished is finished: a second run is refused and writes nothing (no empty batch either).
    with pytest.raises(MitakeError) as again:
        followups.finish_event(event, today=date(2026, 6, 10))
    assert again.value.message == msg("event_already_finished") and "\n" not in again.value.message
    assert len(services.history.batches("finish_event")) == 1


def test_follow_ups_in_bulk_and_the_overdue_list(world: World) -> None:
    services = world.services
    event, reg_ids = event_day(world)
    followups = services.events.followups
    owner = world.person("事務局 担当", "じむきょく たんとう")
    bulk = followups.create_for_attendees(event, title="導入状況の確認", owner_id=owner, due_on=date(2026, 6, 30),
                                          topic="it_management")
    assert len(bulk.created) == 10 and bulk.skipped == 0  # nine attended and one walk-in
    assert {f["organisation_id"] for f in bulk.created if f["person_id"] == world.people[0]} == {world.orgs[0]}
    again = followups.create_for_attendees(event, title="導入状況の確認", owner_id=owner, due_on="2026-06-30")
    assert again.created == [] and again.skipped == 10
    one = followups.create({"title": "補助金申請の相談", "person_id": world.people[7], "owner_id": owner,
                            "due_on": "2026-06-20", "event_id": event})
    assert one["organisation_id"] is None
    followups.set_status(bulk.created[0]["id"], "done", outcome="導入済み")
    followups.set_status(bulk.created[1]["id"], "cancelled")
    overdue = followups.overdue(today=date(2026, 7, 5))
    assert len(overdue) == 9 and overdue[0].title == "補助金申請の相談" and overdue[0].days_overdue == 15
    assert all(r.status in ("open", "in_progress") for r in overdue)
    assert followups.overdue(today=date(2026, 6, 20)) == []  # due today is not overdue yet
    # The bulk creation is one batch: undone in one step, except the two follow-ups worked on since.
    summary = services.history.undo_batch(bulk.batch_id or "")
    assert summary.counts == {"deleted": 8, "kept": 2}
    left = {f.id for f in followups.for_event(event)}
    assert left == {one["id"], bulk.created[0]["id"], bulk.created[1]["id"]}


def test_report_counts_satisfaction_and_breakdowns(world: World) -> None:
    services = world.services
    event, _ = event_day(world)
    owner = world.person("事務局 担当", "じむきょく たんとう")
    services.events.followups.create_for_attendees(event, title="導入状況の確認", owner_id=owner, due_on="2026-05-01")
    report = services.events.report(event, today=date(2026, 6, 11))
    c = report.counts
    assert (c.registered, c.attended, c.walk_ins, c.no_shows, c.cancelled, c.present) == (12, 9, 1, 3, 1, 10)
    assert report.satisfaction == {1: 0, 2: 0, 3: 0, 4: 2, 5: 1} and report.responses == 3
    assert report.satisfaction_average == pytest.approx(13 / 3)
    # By the person's organisation: 山田商店 (I, 6–20) ×4 incl. the walk-in, 山下製作所 (E, ≤5) ×2, 佐藤食堂 (M, ≤5) ×2.
    assert dict(report.by_industry) == {"卸売業，小売業": 4, "製造業": 2, "宿泊業，飲食サービス業": 2, "不明": 2}
    assert report.by_employees == [("5人以下", 4), ("6〜20人", 4), ("不明", 2)]
    assert report.topics == ["ITを活用した経営力強化", "販路拡大・販促支援"] and report.speakers == ["大野 直人"]
    assert len(report.follow_ups) == 10 and all(f.days_overdue == 41 for f in report.follow_ups)
    assert report.follow_up_status == [("未着手", 10)]


def test_report_pdf_has_the_title_and_counts_on_one_a4_page(world: World, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from mitake_desktop.rendering.event_report import render_event_report

    event, _ = event_day(world)
    report = world.services.events.report(event, today=date(2026, 6, 11))
    target = render_event_report(report, tmp_path / "report.pdf")
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert abs(float(reader.pages[0].mediabox.width) - 595) < 2
    text = pdf_text(target)
    assert squeeze("身の丈IT 活用セミナー") in text and "長野市産業支援センター" in text and "販路拡大・販促支援" in text
    for label, value in (("申込", 12), ("出席", 9), ("当日参加", 1), ("欠席", 3), ("取消", 1), ("参加者計", 10)):
        assert f"{label}{value}" in text, label
    assert "平均4.3（回答3件）" in text and "卸売業，小売業" in text
    assert embedded_fonts(target)


def test_a_comment_several_people_wrote_is_listed_once_with_how_many(world: World, tmp_path: Path) -> None:
    from mitake_desktop.rendering.event_report import render_event_report

    event, reg_ids = event_day(world)
    feedback = world.services.events.followups
    # Two more people write what 山田 wrote (one with a full-width space and a trailing blank).
    feedback.record_feedback(reg_ids[world.people[4]], satisfaction=5, comment="事例が具体的で参考になった。")
    feedback.record_feedback(reg_ids[world.people[5]], satisfaction=5, comment="事例が具体的で参考になった。　")
    feedback.record_feedback(reg_ids[world.people[6]], satisfaction=3, comment="もう少し時間が欲しかった。")
    report = world.services.events.report(event, today=date(2026, 6, 11))
    assert report.comments == ["事例が具体的で参考になった。（3名）", "=HYPERLINK(\"x\")", "もう少し時間が欲しかった。"]
    text = pdf_text(render_event_report(report, tmp_path / "report.pdf"))
    assert text.count(squeeze("事例が具体的で参考になった。")) == 1 and squeeze("参考になった。（3名）") in text
    assert text.count(squeeze("もう少し時間が欲しかった。")) == 1


def test_attendance_csv_opens_in_japanese_excel(world: World, tmp_path: Path) -> None:
    event, _ = event_day(world)
    target = tmp_path / "出席者.csv"
    n = world.services.events.write_attendance_csv(event, target)
    data = target.read_bytes()
    assert n == 10 and data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["氏名", "よみがな", "所属組織", "役職", "参加区分", "状態", "受付日時", "満足度", "感想",
                       "メールアドレス", "電話番号"]
    assert len(rows) == 11 and {r[5] for r in rows[1:]} == {"出席", "当日参加"}
    taro = next(r for r in rows if r[0] == "山田 太郎")
    assert (taro[2], taro[7], taro[8]) == ("株式会社山田商店", "5", "事例が具体的で参考になった。")
    formula = next(r for r in rows if r[0] == "佐藤 一郎")
    assert formula[8] == "'=HYPERLINK(\"x\")"  # a comment cannot become a formula in Excel
    assert formula[10] == "06-3333-4444"
    everyone = world.services.events.write_attendance_csv(event, tmp_path / "all.csv", include_all=True)
    assert everyone == 14


def test_events_command_line(world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(world.services.db.path)
    event, _ = event_day(world)
    upcoming = world.event(title="来月の商談会", kind="business_matching", starts_at="2026-07-10T13:00",
                           ends_at="2026-07-10T16:00", capacity=24)
    code, out, _ = run(capsys, "--db", db, "events", "list", "--json")
    items = json.loads(out)
    assert code == 0 and [i["id"] for i in items] == [upcoming, event]
    assert items[1]["counts"]["attended"] == 9 and items[1]["counts"]["present"] == 10
    code, out, _ = run(capsys, "--db", db, "events", "list", "--upcoming", "--now", "2026-06-11")
    assert code == 0 and "来月の商談会" in out and "活用セミナー" not in out
    header, row = out.splitlines()
    assert header.split() == ["開始", "種類", "イベント名", "席/定員", "参加者", "ID"] and row.endswith(upcoming)
    assert display_width(header[:header.index("ID")]) == display_width(row[:row.index(upcoming)])  # aligned
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "events", "list")
    assert out.splitlines()[0].split() == ["Starts", "Kind", "Title", "Seats", "Present", "ID"]
    # A long title is cut with … by display width; the longest kind fits; every column starts where its header does.
    long_title = "高知 ITで働き方改革の会 交流会と事例発表と個別相談とまだまだ続く長い名前"
    meeting = world.event(title=long_title, kind="community_meeting", starts_at="2026-07-11T13:00",
                          ends_at="2026-07-11T16:00")
    for lang, kind in (("ja", "コミュニティ会合"), ("en", "Community meeting")):
        code, out, _ = run(capsys, "--db", db, "--lang", lang, "events", "list")
        lines = out.splitlines()
        row = next(line for line in lines if line.endswith(meeting))
        assert f"  {kind}  高知 ITで働き方改革の会" in row and long_title not in row and "…" in row
        cut = row.split("  ")[2]
        assert display_width(cut) <= 40 and long_title.startswith(cut.rstrip().rstrip("…"))
        assert len({display_width(line[:line.rindex("  ")]) for line in lines}) == 1  # the ID column lines up
    pdf = tmp_path / "out" / "report.pdf"
    # A folder that does not exist is refused in one sentence and never created (a typo would litter the disk).
    for args, lang, expected in ((["report", event, "--out", str(pdf)], "ja", f"フォルダー {pdf.parent} がありません。"),
                                 (["attendance", event, "--out", str(tmp_path / "a" / "b" / "x.csv")], "en",
                                  f"The folder {tmp_path / 'a' / 'b'} does not exist.")):
        code, out, err = run(capsys, "--db", db, "--lang", lang, "events", *args)
        assert (code, out, err) == (1, "", expected + "\n")
    assert not (tmp_path / "out").exists() and not (tmp_path / "a").exists()
    (tmp_path / "out").mkdir()
    code, out, _ = run(capsys, "--db", db, "events", "report", event, "--out", str(pdf), "--today", "2026-06-11")
    assert code == 0 and pdf.exists() and "参加者計10" in pdf_text(pdf)
    code, out, err = run(capsys, "--db", db, "events", "report", event, "--out", str(tmp_path / "out"))  # a folder
    assert code == 1 and err.count("\n") == 1 and str(tmp_path / "out") in err and "Traceback" not in err
    csv_path = tmp_path / "attendance.csv"
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "events", "attendance", event, "--out", str(csv_path))
    assert code == 0 and "Attendance list (10 people) written" in out
    assert csv_path.read_bytes().decode("utf-8-sig").startswith("Name,Reading (kana),Organisation")
    code, out, err = run(capsys, "--db", db, "events", "report", "no-such-event", "--out", str(pdf))
    assert code == 1 and "見つかりません" in err and "Traceback" not in err
    code, out, err = run(capsys, "--db", db, "events", "finish", upcoming, "--today", "2026-06-11")
    assert code == 1 and "2026-07-10" in err and "Traceback" not in err  # its day has not come
    code, out, _ = run(capsys, "--db", db, "events", "finish", upcoming, "--today", "2026-07-10")
    assert code == 0 and "欠席 0 人" in out
    # A second time is refused: the event is held already (one sentence, ja and en).
    code, out, err = run(capsys, "--db", db, "events", "finish", upcoming, "--today", "2026-07-10")
    assert (code, out, err) == (1, "", "このイベントはすでに終了しています。\n")
    code, out, err = run(capsys, "--db", db, "--lang", "en", "events", "finish", upcoming, "--today", "2026-07-10")
    assert (code, out, err) == (1, "", "This event has already been finished.\n")
    code, out, _ = run(capsys, "--db", db, "events", "overdue", "--today", "2026-06-11")
    assert code == 0 and out.strip() == "該当する記録はありません。"


def test_demo_report_renders_for_every_kind_of_event(demo_services: Services, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from mitake_desktop.rendering.event_report import render_event_report

    held = [e for e in demo_services.events.list() if e.status == "held"]
    by_kind = {e.kind: e for e in held}
    for kind, summary in sorted(by_kind.items()):
        report = demo_services.events.report(summary.id, today=date(2026, 6, 1))
        assert report.counts == summary.counts
        target = render_event_report(report, tmp_path / f"{kind}.pdf")
        assert len(PdfReader(target).pages) == 1, kind
        assert squeeze(report.title) in pdf_text(target)


def test_a_crowded_report_still_fits_one_page_in_both_languages(world: World, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from mitake_desktop.core import i18n, reference
    from mitake_desktop.rendering.event_report import render_event_report

    services = world.services
    records = services.records
    orgs = [records.create("organisation", {"name": f"株式会社とても長い名前の事業者{i}番ホールディングス", "kind": "sme",
                                            "industry": c.key})["id"] for i, c in enumerate(reference.choices("industry"))]
    event = world.event(title="令和8年度 中小企業・小規模事業者のための身の丈IT活用と販路開拓・業務効率化をテーマにした"
                              "合同商談会・個別相談会・展示会・交流会（第3回）",
                        venue="長野県長野市若里1丁目18番1号 長野市ものづくり支援センター 大会議室A・B（2階）" * 2,
                        topics=[c.key for c in reference.choices("topic")])
    comment = "とても参考になりました。特にクラウド会計の導入事例と補助金の申請手順の説明が具体的で、自社でもすぐに取り組めそうだと感じました。" * 3
    with services.transactions.begin() as tx:
        for i in range(40):
            person = records.create("person", {"name": f"参加者 {i}", "organisation_id": orgs[i % len(orgs)]}, tx=tx)
            reg = services.events.registrations.register(event, person["id"], tx=tx)
            records.update("registration", reg["id"], {"status": "attended", "satisfaction": 1 + i % 5,
                                                       "comment": comment[: 2000]}, tx=tx)
    services.events.followups.create_for_attendees(event, title="導入状況の確認と次回の個別相談の日程調整" * 3,
                                                   due_on="2026-05-20")
    for lang in ("ja", "en"):
        i18n.set_language(lang)
        target = render_event_report(services.events.report(event, today=date(2026, 6, 1)), tmp_path / f"{lang}.pdf")
        assert len(PdfReader(target).pages) == 1, lang
        text = pdf_text(target)
        if lang == "ja":
            assert "参加者計40" in text and re.search(r"ほか\d+件", text)  # the follow-up list is cut, and says so
        else:
            assert "Present40" in text and re.search(r"\d+more", text) and "Follow-ups(Open40)" in text
