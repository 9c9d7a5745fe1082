"""Conflict commands: ``conflicts list`` and ``conflicts resolve``."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from mitake_desktop.cli import keyed, open_services, tr
from mitake_desktop.core import display
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.schema import BY_TYPE, FieldSpec
from mitake_desktop.core.sync.conflicts import choice_text
from mitake_desktop.core.text import display_width, pad

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services
    from mitake_desktop.core.sync.conflicts import Conflict


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("conflicts", help=tr("同時に行われた編集（競合）の確認と解決", "review and resolve concurrent edits"))
    csub = p.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    lst = csub.add_parser("list", help=tr("競合の一覧（既定は未解決のみ）", "list conflicts (open ones by default)"))
    lst.add_argument("--json", action="store_true", help=tr("JSON の配列で出力", "print a JSON list"))
    lst.add_argument("--all", action="store_true", help=tr("解決済み・保存のみも含める", "include resolved and kept ones"))
    lst.set_defaults(func=cmd_list)
    res = csub.add_parser("resolve", help=tr("競合を解決する", "resolve a conflict"))
    res.add_argument("id", metavar="ID", help=tr("競合の ID（一意に決まれば先頭の一部でも可）",
                                                 "the conflict's id (or a unique beginning of it)"))
    group = res.add_mutually_exclusive_group(required=True)
    group.add_argument("--keep", choices=("mine", "theirs"),
                       help=tr("mine: こちらの値 / theirs: 相手の値", "mine: your value / theirs: the other value"))
    group.add_argument("--value", metavar="VALUE", help=tr("新しい値を入力して解決", "resolve with a new value"))
    res.set_defaults(func=cmd_resolve)


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if display_width(text) <= width else text[: width // 2] + "…"


def _field(conflict: Conflict) -> FieldSpec | None:
    entity = BY_TYPE.get(conflict.type)
    return entity.field(conflict.field) if entity and entity.has_field(conflict.field) else None


def value_text(services: Services, conflict: Conflict, value: Any) -> str:
    """A side's value as people read it: labels for choices and yes/no, titles for references."""
    f = _field(conflict)
    if f is None:  # a delete against an edit: the side either deletes or keeps the record
        return msg("conflict_deleted_yes" if value else "conflict_deleted_no")
    return display.field_value_text(services.records, f, value)


def status_text(conflict: Conflict) -> str:
    if conflict.status == "resolved" and conflict.resolution:
        return f"{keyed('conflict_status', conflict.status)}: {choice_text(conflict)}"
    return keyed("conflict_status", conflict.status)


def cmd_list(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        found = services.sync.conflicts.list(None if args.all else "open")
        if args.json:
            print(json.dumps([c.as_json() for c in found], ensure_ascii=False, indent=2))
            return 0
        if not found:
            print(msg("conflict_none"))
            return 0
        for c in found:
            # What the record holds now (a resolution or a later edit changes it), not what the merge applied.
            winner = msg({"mine": "conflict_winner_mine", "theirs": "conflict_winner_theirs"}.get(
                c.applied, "conflict_applied_other"))
            mine, theirs = _short(value_text(services, c, c.mine)), _short(value_text(services, c, c.theirs))
            print(f"{c.id}  {pad(c.record_title[:20], 20)}  {c.field_label}  "
                  f"{tr('こちら', 'mine')}: {mine}  {tr('相手', 'theirs')}: {theirs}  [{winner}; {status_text(c)}]")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        if args.value is not None:
            c = services.sync.conflicts.resolve(args.id, "edit", args.value)
        else:
            c = services.sync.conflicts.resolve(args.id, args.keep)
    print(msg("conflict_resolved", id=c.id, choice=choice_text(c)))
    return 0
