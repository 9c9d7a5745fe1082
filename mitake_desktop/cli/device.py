"""``mitake device name [NEW]``: show or change this database's device name (shown in history and sync)."""

from __future__ import annotations

import argparse

from mitake_desktop.cli import open_services, tr
from mitake_desktop.core.i18n import msg


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("device", help=tr("この端末（データベース）の名前の確認と変更", "show or change this device's name"))
    dsub = p.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    n = dsub.add_parser("name", help=tr("名前を表示、NEW を指定すれば変更（履歴と相手の端末に表示される名前）",
                                        "show the name, or change it to NEW (as history and other computers show it)"))
    n.add_argument("new", nargs="?", metavar="NEW")
    n.set_defaults(func=cmd_name)


def cmd_name(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        if args.new is not None:
            print(msg("device_renamed", name=services.sync.rename_local_device(args.new)))
            return 0
        me = next(d for d in services.sync.devices() if d.is_local)
    print(msg("device_name_is", name=me.name, id=me.id, fingerprint=me.fingerprint or "-"))
    return 0
