"""Event commands: ``events list|report|attendance|finish|overdue`` and ``import-csv``."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from mitake_desktop.cli import open_services, tr
from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.text import display_width, fit, rfit


class UsageError(MitakeError):
    exit_code = 2


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text) if "T" in text or " " in text else datetime.combine(
        date.fromisoformat(text), datetime.min.time())


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("events", help=tr("イベント: 一覧・報告書・出席者名簿・終了処理・期限切れフォロー",
                                         "events: list, report, attendance list, finish, overdue follow-ups"))
    events = p.add_subparsers(dest="events_command", metavar="COMMAND", required=True)

    q = events.add_parser("list", help=tr("イベントの一覧", "list events"))
    q.add_argument("--upcoming", action="store_true", help=tr("これから開催されるものだけ（近い順）",
                                                              "only events not yet over, soonest first"))
    q.add_argument("--json", action="store_true", help=tr("JSON で出力", "print JSON"))
    q.add_argument("--now", type=_moment, default=None, help=argparse.SUPPRESS)
    q.set_defaults(func=cmd_list)

    q = events.add_parser("report", help=tr("1ページの開催報告書（PDF）", "the one-page event report (PDF)"))
    q.add_argument("event_id", metavar="EVENT_ID")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    q.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    q.set_defaults(func=cmd_report)

    q = events.add_parser("attendance", help=tr("出席者名簿（Excel で開ける CSV、UTF-8 BOM 付き）",
                                                "the attendance list as CSV for Excel (UTF-8 with BOM)"))
    q.add_argument("event_id", metavar="EVENT_ID")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    q.add_argument("--all", action="store_true", dest="include_all",
                   help=tr("欠席・取消を含む全登録者", "every registration, not only those present"))
    q.set_defaults(func=cmd_attendance)

    q = events.add_parser("finish", help=tr("イベントを終了（未受付の登録を欠席に）",
                                            "finish an event (registered but not checked in become no-shows)"))
    q.add_argument("event_id", metavar="EVENT_ID")
    q.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    q.set_defaults(func=cmd_finish)

    q = events.add_parser("overdue", help=tr("期限を過ぎたフォローアップ", "follow-ups past their due date"))
    q.add_argument("--json", action="store_true")
    q.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    q.set_defaults(func=cmd_overdue)

    p = sub.add_parser("import-csv", help=tr("参加者名簿（CSV・Excel）を取り込む", "import a participant list (CSV or Excel)"),
                       description=tr(
                           "文字コード（UTF-8・BOM付きUTF-8・CP932/Shift_JIS）は自動判別。エラーがあれば何も書き込まず終了コード 1。"
                           "取り込みは一括で取り消せます。",
                           "The encoding (UTF-8, UTF-8 with BOM, CP932/Shift_JIS) is detected. With errors nothing is "
                           "written and the exit code is 1. An import can be undone in one step."))
    p.add_argument("kind", choices=("people", "registrations"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--event", metavar="ID", help=tr("参加登録の取り込み先イベント", "the event registrations are for"))
    p.add_argument("--mapping", action="append", default=[], metavar="COL=field",
                   help=tr("列の対応付け（列名または列番号=項目、空で無視）。繰り返し可",
                           "map a column (header or number) to a field; empty to ignore it; repeatable"))
    p.add_argument("--dry-run", action="store_true", help=tr("確認だけして書き込まない", "check only, write nothing"))
    p.add_argument("--duplicates", choices=("merge", "skip", "create"), default="merge",
                   help=tr("既存の人と一致した行: merge 統合（既定）/ skip スキップ / create 新規作成",
                           "rows matching an existing person: merge (default), skip, or create"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=tr("エラーのある行だけ飛ばして残りを取り込む", "skip rows with errors and import the rest"))
    p.set_defaults(func=cmd_import)


def cmd_list(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        items = services.events.list(upcoming=args.upcoming, now=args.now)
    if args.json:
        print(json.dumps([asdict(e) | {"counts": asdict(e.counts) | {"present": e.counts.present}} for e in items],
                         ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(msg("no_results"))
        return 0
    # Columns by display width (a kanji takes two terminal columns), two spaces apart; the kind column is as
    # wide as the longest kind in this language, a long title is cut with ….
    kind_w = max(display_width(str(c.label)) for c in reference.choices("event_kind"))
    title_w = 40
    print(f"{fit(tr('開始', 'Starts'), 16)}  {fit(tr('種類', 'Kind'), kind_w)}  {fit(tr('イベント名', 'Title'), title_w)}  "
          f"{rfit(tr('席/定員', 'Seats'), 8)}  {rfit(tr('参加者', 'Present'), 7)}  ID")
    for e in items:
        seats = f"{e.seats_taken}/{e.capacity}" if e.capacity is not None else str(e.seats_taken)
        print(f"{fit(e.starts_at[:16].replace('T', ' '), 16)}  {fit(e.kind_label, kind_w)}  {fit(e.title, title_w)}  "
              f"{rfit(seats, 8)}  {rfit(str(e.counts.present), 7)}  {e.id}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        report = services.events.report(args.event_id, today=args.today)
    from mitake_desktop.rendering.event_report import render_event_report  # Qt only for this command

    path = render_event_report(report, args.out)
    print(msg("event_report_written", path=path))
    return 0


def cmd_attendance(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        n = services.events.write_attendance_csv(args.event_id, args.out, include_all=args.include_all)
    print(msg("attendance_written", n=n, path=args.out))
    return 0


def cmd_finish(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        result = services.events.followups.finish_event(args.event_id, today=args.today)
    print(msg("event_finished", n=result.no_shows))
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        rows = services.events.followups.overdue(today=args.today)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(msg("no_results"))
        return 0
    for r in rows:
        print(msg("overdue_line", due=r.due_on, days=r.days_overdue, title=r.title, person=r.person_name or "-",
                  owner=r.owner_name or "-"))
    return 0


def _check_mapping(kind: str, items: list[str]) -> None:
    """--mapping written wrong (no =, a field that does not exist) is a usage error, found before the file is read.

    A column the file does not have is the file's business: the import refuses it (exit 1).
    """
    from mitake_desktop.core.events.participant_import import targets

    allowed = {t.key for t in targets(kind)}
    for item in items:
        col, sep, key = item.rpartition("=")
        if not sep or not col.strip():
            raise UsageError(msg("import_bad_mapping", text=item))
        if key.strip() not in allowed | {"", "-"}:
            raise UsageError(msg("import_unknown_target", field=key.strip(), choices=", ".join(sorted(allowed))))


def cmd_import(args: argparse.Namespace) -> int:
    from mitake_desktop.core.events.participant_import import ImportRefused

    if args.kind == "registrations" and not args.event:
        raise UsageError(msg("import_needs_event"))
    _check_mapping(args.kind, args.mapping)
    with open_services(args) as services:
        try:
            report = services.events.imports.import_file(
                args.kind, args.file, event_id=args.event, overrides=args.mapping, dry_run=args.dry_run,
                duplicates=args.duplicates, skip_invalid=args.skip_invalid)
        except ImportRefused as exc:
            for line in exc.report.lines():
                print(line)
            raise
    for line in report.lines():
        print(line)
    return 0
