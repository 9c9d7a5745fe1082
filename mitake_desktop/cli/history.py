"""History commands: a record's changes, the batches (imports, merges, demo data) and undoing one."""

from __future__ import annotations

import argparse
import json

from mitake_desktop.cli import keyed, known_type, local_time, open_services, tr
from mitake_desktop.core import display
from mitake_desktop.core.errors import MitakeError, NotFoundError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.schema import BY_TYPE


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("history", help=tr("変更履歴と一括操作の取り消し", "change history and undoing a batch"))
    hsub = p.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    r = hsub.add_parser("record", help=tr("レコードの変更履歴（新しい順）", "a record's changes, newest first"))
    r.add_argument("type", metavar="TYPE", help=", ".join(BY_TYPE))
    r.add_argument("id", metavar="ID")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_record)
    b = hsub.add_parser("batches", help=tr("一括操作（取り込み・同期・デモデータ）の一覧",
                                           "batches: imports, merges, demo data"))
    b.add_argument("--kind", help=tr("種類で絞り込み（import_csv, merge, demo など）", "only this kind (import_csv, merge, demo…)"))
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_batches)
    u = hsub.add_parser("undo", help=tr("一括操作をまとめて取り消す（その後の変更は残す）",
                                        "undo a batch in one step (later changes are kept)"))
    u.add_argument("batch", metavar="BATCH_ID")
    u.set_defaults(func=cmd_undo)


def cmd_record(args: argparse.Namespace) -> int:
    known_type(args.type)
    with open_services(args) as services:
        services.records.get(args.type, args.id, include_deleted=True)  # a plain message when it does not exist
        entries = services.history.for_record(args.type, args.id)
    if args.json:
        print(json.dumps([{"seq": e.seq, "at": e.at, "device": e.device_name or e.device_id, "actor": e.actor,
                           "action": e.action, "field": e.field, "old": e.old, "new": e.new, "batch": e.batch_id}
                          for e in entries], ensure_ascii=False, indent=2))
        return 0
    entity = known_type(args.type)
    fields = {e.field: entity.field(e.field) for e in entries if e.field and entity.has_field(e.field)}
    with open_services(args) as services:  # references are named by their records' titles
        titles = display.titles_for(services.records, [(fields[e.field], v) for e in entries
                                                        if e.field in fields for v in (e.old, e.new)])
    for e in entries:
        action = keyed("history_action", e.action)
        f = fields.get(e.field or "")
        if e.field is None:
            what = action
        elif e.field == "deleted":  # a bundle applied or lifted a deletion
            what = f"{action}: {keyed('history_action', 'delete' if e.new else 'restore')}"
        elif f is None:  # a field this version no longer has
            what = f"{action} {e.field}: {_short(_raw(e.old))} → {_short(_raw(e.new))}"
        else:
            old, new = (_short(display.value_text(f, v, titles)) for v in (e.old, e.new))
            what = f"{action} {f.label.get()}: {old} → {new}"
        print(f"{local_time(e.at)}  {e.actor}@{e.device_name or e.device_id[:8]}  {what}")
    return 0


def _raw(value: object) -> str:
    return "—" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _short(text: str) -> str:
    text = " ".join(text.split())  # one change, one line (notes have line breaks)
    return text if len(text) <= 40 else text[:39] + "…"


def cmd_batches(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        batches = services.history.batches(args.kind)
        if args.json:
            print(json.dumps([b.__dict__ for b in batches], ensure_ascii=False, indent=2))
            return 0
        known = {b.id: b for b in batches}

        def undone(batch_id: str) -> tuple[str, str] | None:
            b = known.get(batch_id) or services.history.batch(batch_id)
            return None if b is None else (b.kind, b.label)

        for b in batches:
            mark = tr("（取り消し済み）", " (undone)") if b.undone else ""
            label = display.batch_label_text(services.records, b.kind, b.label, undone)
            print(f"{b.id}  {local_time(b.at)}  {display.batch_kind_text(b.kind)}  {label}{mark}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        found = {b.id: b for b in services.history.batches(limit=100_000)}
        batch = found.get(args.batch)
        if batch is None:
            raise NotFoundError(msg("not_found", type=tr("一括操作", "batch"), id=args.batch))
        if batch.undone:
            raise MitakeError(msg("batch_already_undone", id=args.batch))
        summary = services.history.undo_batch(args.batch)
    counts = summary.counts
    print(msg("batch_undone", id=args.batch, deleted=counts.get("deleted", 0), reverted=counts.get("reverted", 0),
              restored=counts.get("restored", 0), skipped=counts.get("skipped", 0), kept=counts.get("kept", 0),
              referenced=counts.get("kept_referenced", 0)))
    return 0
