"""Award nominations from the command line: programs, a program's ranking, a checklist, the packet export."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from mitake_desktop.cli import open_services, tr
from mitake_desktop.core import i18n
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.reference import label
from mitake_desktop.core.text import display_width, fit, rfit
from mitake_desktop.core.wareki import ERAS_SUPPORTED


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("nominations", help=tr("アワードの推薦（一覧・順位・チェック・書類の出力）",
                                              "award nominations (programs, ranking, checklist, packet export)"))
    nsub = p.add_subparsers(dest="nominations_command", metavar="ACTION", required=True)

    c = nsub.add_parser("programs", help=tr("アワードの一覧", "list the award programs"))
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_programs)

    c = nsub.add_parser("ranking", help=tr("推薦の順位（重み付きの総合点）", "nominations ranked by weighted total"))
    c.add_argument("--program", required=True, metavar="ID")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_ranking)

    c = nsub.add_parser(
        "checklist", help=tr("推薦に不足している項目", "what a nomination still lacks"),
        description=tr("✓ は満たしている項目、✗ は提出前に直す必要がある項目、! は確認を勧める項目です。"
                       "終了コード: 0 = ✗ がない（提出できる）、1 = ✗ が一つ以上ある、2 = 使い方の誤り。",
                       "✓ is met, ✗ must be fixed before submitting, ! is worth a look. "
                       "Exit code: 0 = no ✗ (ready to submit), 1 = at least one ✗, 2 = usage error."))
    c.add_argument("nomination", metavar="NOMINATION_ID")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_checklist)

    c = nsub.add_parser(
        "export", help=tr("推薦書類一式（推薦ごとの PDF、CSV、JSON、添付ファイル）をフォルダーに出力",
                          "write the nomination packet (a PDF per nomination, CSV, JSON, attachments) to a folder"),
        description=tr("個人情報は「公開」プロファイルで出力します（公開に同意していない人は役割のみ）。"
                       "事業者の公開の同意がない事例の推薦は含めず、その名前を表示します。"
                       "出力する推薦が一件もないときは何も書かずに終了コード 1 で終わります。"
                       "出力先は新しいフォルダーか空のフォルダーにしてください。",
                       "Personal data follows the “public” profile (people without consent appear by role only). "
                       "Case-study nominations without the firm's publication consent are left out and named. "
                       "With no nomination to write, nothing is written and the exit code is 1. "
                       "The output folder must be new or empty."))
    c.add_argument("--program", required=True, metavar="ID", help=tr("アワードの ID", "the award program's id"))
    c.add_argument("--out", required=True, type=Path, metavar="DIR", help=tr("出力先フォルダー", "output folder"))
    # Not "--lang": that is the global option, and a sub-command default would overwrite it.
    c.add_argument("--lang", dest="packet_lang", choices=i18n.LANGUAGES,
                   help=tr("書類の言語（既定: 表示言語）", "language of the documents (default: the messages' language)"))
    c.add_argument("--era", choices=ERAS_SUPPORTED,
                   help=tr("日付: wareki（令和）または seireki（西暦）。既定は日本語なら和暦",
                           "dates: wareki (Reiwa era) or seireki (Gregorian); default wareki for Japanese"))
    c.add_argument("--status", action="append", dest="statuses", metavar="STATUS",
                   choices=["draft", "submitted", "shortlisted", "awarded", "not_selected"],
                   help=tr("この状態の推薦だけ（複数可）", "only nominations with this status (repeatable)"))
    c.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    c.set_defaults(func=cmd_export)


def cmd_programs(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        programs = services.awards.programs()
        counts = {p["id"]: len(services.awards.nominations(p["id"])) for p in programs}
    if args.json:
        print(json.dumps([{"id": p["id"], "name": p["name"], "year": p.get("year"), "deadline": p.get("deadline"),
                           "nominations": counts[p["id"]]} for p in programs], ensure_ascii=False, indent=2))
        return 0
    if not programs:
        print(msg("no_programs"))
        return 0
    # A header row names the columns (a bare "(2026-12-29, 2)" said nothing); widths by display width.
    name_w = min(40, max(display_width(tr("アワード名", "Program")), *(display_width(p["name"]) for p in programs)))
    print(f"{fit(tr('アワード名', 'Program'), name_w)}  {fit(tr('締切', 'Deadline'), 10)}  "
          f"{rfit(tr('推薦数', 'Nominations'), 11)}  ID")
    for p in programs:
        print(f"{fit(p['name'], name_w)}  {fit(p.get('deadline') or '—', 10)}  {rfit(str(counts[p['id']]), 11)}  "
              f"{p['id']}")
    return 0


def cmd_ranking(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        rows = services.awards.ranking(args.program)
    if args.json:
        print(json.dumps([{"rank": r.rank, "id": r.nomination_id, "title": r.title, "status": r.status,
                           "total": r.total, "scored": r.scored, "expected": r.expected,
                           # 2 decimals like the total (a mean of three scores is 4.333…)
                           "criteria": {c.name: None if c.mean is None else round(c.mean, 2) for c in r.criteria}}
                          for r in rows],
                         ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(msg("no_results"))
        return 0
    # Labelled columns: "12/12" alone did not say it counts the scores given of those expected.
    status_w = max(display_width(tr("状態", "Status")), *(display_width(label("nomination_status", r.status))
                                                        for r in rows))
    print(f"{rfit(tr('順位', 'Rank'), 4)}  {rfit(tr('総合点', 'Total'), 6)}  {rfit(tr('採点数/必要数', 'Scores/needed'), 13)}  "
          f"{fit(tr('状態', 'Status'), status_w)}  {tr('推薦', 'Nomination')}")
    for r in rows:
        print(f"{rfit(str(r.rank), 4)}  {r.total:6.1f}  {rfit(f'{r.scored}/{r.expected}', 13)}  "
              f"{fit(label('nomination_status', r.status), status_w)}  {r.title}  ({r.nomination_id})")
    return 0


def cmd_checklist(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        checklist = services.awards.checklist(args.nomination)
    if args.json:
        print(json.dumps({"ready": checklist.ready, "items": [
            {"key": i.key, "ok": i.ok, "blocking": i.blocking, "message": i.message} for i in checklist.items]},
            ensure_ascii=False, indent=2))
    else:
        for i in checklist.items:
            mark = "✓" if i.ok else ("✗" if i.blocking else "!")
            print(f"{mark} {i.message}")
    if checklist.ready:
        return 0
    print(msg("checklist_not_ready", n=len(checklist.blocking)), file=sys.stderr)
    return 1


def cmd_export(args: argparse.Namespace) -> int:
    from mitake_desktop.core.exports.nomination_packet import export_packet, result_message
    from mitake_desktop.rendering.nomination_pdf import render_nomination_pdf  # Qt: loaded only here

    with open_services(args) as services:
        result = export_packet(services, args.program, args.out, renderer=render_nomination_pdf,
                               lang=args.packet_lang, era=args.era, today=args.today, statuses=args.statuses)
    print(result_message(result))
    return 0
