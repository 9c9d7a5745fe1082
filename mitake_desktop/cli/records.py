"""Record commands: demo, stats, search, dump, set, delete."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mitake_desktop.cli import UsageError, known_type, open_services, positive_int, tr
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import join_list, msg
from mitake_desktop.core.schema import BY_TYPE, SEARCHABLE_TYPES
from mitake_desktop.core.services.tx import Tx
from mitake_desktop.core.storage.tables import history
from mitake_desktop.core.text import display_width, pad

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help=tr("デモデータを作成（空のデータベースに）", "fill an empty database with demo data"))
    p.add_argument("--size", type=positive_int, default=2000, metavar="N",
                   help=tr("おおよその総件数（既定 2000、最大 100万程度）", "about how many records (default 2000)"))
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help=tr("乱数の種（同じ種なら同じデータ）", "random seed: same seed, same data"))
    p.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("stats", help=tr("種類ごとの件数", "record counts per type"))
    p.add_argument("--json", action="store_true", help=tr("JSON で出力", "print JSON"))
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("search", help=tr("全体検索", "global search"))
    p.add_argument("text")
    p.add_argument("--type", choices=SEARCHABLE_TYPES, action="append", dest="types",
                   help=tr("種類で絞り込み（複数可）", "restrict to a record type (repeatable)"))
    p.add_argument("--limit", type=positive_int, default=20, help=tr("種類ごとの最大件数", "at most this many per type"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("dump", help=tr("全レコードを正規化した JSON Lines で出力",
                                       "every live record as canonical JSON Lines"))
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("set", help=tr("項目を変更: mitake set TYPE ID FIELD=VALUE …",
                                      "change fields: mitake set TYPE ID FIELD=VALUE …"))
    p.add_argument("type", metavar="TYPE", help=", ".join(BY_TYPE))
    p.add_argument("id", metavar="ID")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE",
                   help=tr("空の値で消去。一覧は JSON 配列かカンマ区切り", "empty value clears; lists as JSON or a,b,c"))
    p.set_defaults(func=cmd_set)

    p = sub.add_parser("delete", help=tr("レコードを削除（同期される削除）", "delete a record (a tombstone that syncs)"))
    p.add_argument("type", metavar="TYPE", help=", ".join(BY_TYPE))
    p.add_argument("id", metavar="ID")
    p.add_argument("--force", action="store_true",
                   help=tr("ほかの記録から参照されていても削除する", "delete even when other records refer to it"))
    p.set_defaults(func=cmd_delete)


def cmd_demo(args: argparse.Namespace) -> int:
    from mitake_desktop.core import demo

    with open_services(args) as services:
        count = demo.generate(services, size=args.size, seed=args.seed, anchor=args.today)
    print(msg("demo_done", count=count))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        counts = services.records.counts()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        width = max(display_width(str(BY_TYPE[t].plural)) for t in counts)
        for type_name, n in counts.items():
            print(f"{pad(str(BY_TYPE[type_name].plural), width)}  {n:>9,}  ({type_name})")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if not args.text.strip():  # "" would search for nothing and say 該当なし, as if the data lacked it
        raise UsageError(msg("search_empty"))
    with open_services(args) as services:
        hits = services.search(args.text, types=args.types, limit_per_type=args.limit)
    if args.json:
        print(json.dumps([{"type": h.type, "id": h.id, "title": h.title} for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(msg("no_results"))
        return 0
    current = None
    for h in hits:
        if h.type != current:
            current = h.type
            print(f"[{BY_TYPE[h.type].plural}]")
        print(f"  {h.title}  ({h.id})")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    out = sys.stdout.buffer
    with open_services(args) as services:
        for line in services.dump_lines():
            out.write(line.encode("utf-8") + b"\n")
    out.flush()
    return 0


def parse_assignments(items: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(msg("bad_assignment", text=item))
        values[name.strip()] = value
    return values


def _print_done(tx: Tx, type_name: str, record_id: str) -> None:
    """Say what a write brought with it (a freed seat given to the waitlist) and how to undo it all."""
    moved = len(tx.changed.get("registration", set()) - ({record_id} if type_name == "registration" else set()))
    if moved:
        print(msg("waitlist_moved_up", n=moved))
    print(msg("undo_hint", batch=tx.batch_id))


def cmd_set(args: argparse.Namespace) -> int:
    known_type(args.type)
    values = parse_assignments(args.assignments)
    # One batch per command, so `history undo` takes it back with whatever it brought (promotions).
    with open_services(args) as services, services.transactions.begin(
            batch_kind="set", batch_label=f"{args.type} {args.id}") as tx:
        record = services.records.update(args.type, args.id, values, tx=tx)
        over = _over_capacity(services, tx, args.type, record)
        # The same values again: no change (and the transaction leaves no empty batch behind).
        changed = tx.conn.execute(select(history.c.seq).where(history.c.batch_id == tx.batch_id).limit(1)).first()
    if changed is None:
        print(msg("set_unchanged", type=str(BY_TYPE[args.type].label), id=args.id))
        return 0
    print(msg("set_done", type=str(BY_TYPE[args.type].label), id=args.id))
    if over:  # accepted (a smaller room is the organiser's call), but said
        print(msg("over_capacity_note", n=over))
    _print_done(tx, args.type, args.id)
    return 0


def _over_capacity(services: Services, tx: Tx, type_name: str, record: dict[str, Any]) -> int:
    """Registrations beyond the capacity of the event an event or registration write touched."""
    from mitake_desktop.core.events.registrations import over_capacity

    if type_name not in ("event", "registration"):
        return 0
    event_id = record["id"] if type_name == "event" else record["event_id"]
    return over_capacity(tx.conn, services.records.get_in(tx.conn, "event", str(event_id)))


def cmd_delete(args: argparse.Namespace) -> int:
    entity = known_type(args.type)
    label = str(entity.label)
    with open_services(args) as services:
        if services.records.get(args.type, args.id, include_deleted=True)["deleted"]:
            raise MitakeError(msg("already_deleted", type=label, id=args.id))
        dependents = services.records.dependents(args.type, args.id)
        if dependents and not args.force:
            what = join_list(f"{BY_TYPE[t].plural} {n}" for t, n in dependents.items())
            raise MitakeError(msg("has_dependents", type=label, id=args.id, what=what))
        with services.transactions.begin(batch_kind="delete", batch_label=f"{args.type} {args.id}") as tx:
            services.records.delete(args.type, args.id, tx=tx)
    print(msg("delete_done", type=label, id=args.id))
    _print_done(tx, args.type, args.id)
    return 0
