"""Database maintenance: ``db check`` and ``db backup``."""

from __future__ import annotations

import argparse
from pathlib import Path

from mitake_desktop.cli import open_services, tr
from mitake_desktop.core.i18n import msg


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help=tr("データベースの検査とバックアップ", "database check and backup"))
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    c = dbsub.add_parser("check", help=tr("整合性と外部キーの検査", "integrity and foreign-key checks"))
    c.set_defaults(func=cmd_check)
    b = dbsub.add_parser("backup", help=tr("一貫性のあるコピーを作成", "write a consistent copy"))
    b.add_argument("out", nargs="?", type=Path,
                   help=tr("保存先（省略時はバックアップ用フォルダー）", "where to write it (default: the backups folder)"))
    b.set_defaults(func=cmd_backup)


def cmd_check(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        problems = services.check()
    if problems:
        import sys

        print(msg("db_check_failed", detail="; ".join(problems[:20])), file=sys.stderr)
        return 1
    print(msg("db_check_ok"))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_services(args) as services:
        path = services.backup(args.out)
    print(msg("db_backup_done", path=path))
    return 0
