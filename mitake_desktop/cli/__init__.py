"""The ``mitake`` command: headless access to everything, and the desktop app when run bare.

Exit codes: 0 done; 1 refused input or failed check (one plain line on stderr); 2 usage error.
Each command group lives in its own module and registers itself in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from mitake_desktop import APP_NAME, __version__
from mitake_desktop.cli import argparse_ja
from mitake_desktop.core import clock, i18n, logs
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import Text, msg

if TYPE_CHECKING:
    from mitake_desktop.core.schema import EntitySpec
    from mitake_desktop.core.services import Services

log = logging.getLogger(__name__)

# Modules with ``register(subparsers)``; each sub-command sets ``func(args) -> int``.
COMMAND_MODULES = [
    "mitake_desktop.cli.records",
    "mitake_desktop.cli.db",
    "mitake_desktop.cli.history",
    "mitake_desktop.cli.nominations",
    "mitake_desktop.cli.events",
    "mitake_desktop.cli.screenshot",
    "mitake_desktop.cli.bundle",
    "mitake_desktop.cli.conflicts",
    "mitake_desktop.cli.device",
]


class UsageError(MitakeError):
    """The command was written wrong (a TYPE that does not exist, FIELD without =): exit 2, one plain line."""

    exit_code = 2


def known_type(type_name: str) -> EntitySpec:
    """The spec of a TYPE argument; a type that does not exist is a usage error (exit 2), like a bad option."""
    from mitake_desktop.core.errors import UnknownTypeError
    from mitake_desktop.core.schema import spec

    try:
        return spec(type_name)
    except UnknownTypeError as exc:
        raise UsageError(exc.message) from None


def tr(ja: str, en: str) -> str:
    """A help or output string in the command line's language."""
    return Text(ja, en).get()


def keyed(prefix: str, key: object) -> str:
    """A stored key (a trust level, a profile, a status) as people read it: the message ``prefix_key``."""
    from mitake_desktop.core.messages import MESSAGES

    name = f"{prefix}_{key}"
    return msg(name) if name in MESSAGES else str(key)


def local_time(stamp: str | None) -> str:
    """A stored UTC time stamp (2026-06-01T01:30:00.000Z) as this computer's wall clock, to the second."""
    moment = clock.local_moment(stamp)
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else (stamp or "-")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (a size or limit of 0 or less means nothing)."""
    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(tr(f"1以上の整数を指定してください（「{text}」は使えません）",
                                            f"give a whole number of 1 or more (not “{text}”)"))
    return value


def _prescan_lang(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def choose_language(explicit: str | None) -> str:
    lang = explicit or os.environ.get("MITAKE_LANG") or i18n.system_language()
    return lang if lang in i18n.LANGUAGES else "ja"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mitake",
        description=tr(
            f"{APP_NAME}: 身の丈ITコミュニティのためのオフライン・デスクトップアプリ。"
            "サブコマンドなしで起動するとウィンドウが開きます。",
            f"{APP_NAME}: the offline desktop app for regional right-sized-IT communities. "
            "Run without a sub-command to open the window.",
        ),
        epilog=tr(
            "終了コード: 0 成功 / 1 入力の拒否・検査の失敗（理由は標準エラーに1行）/ 2 使い方の誤り。"
            " データベースの場所: --db、環境変数 MITAKE_DB、MITAKE_HOME の順に優先。",
            "Exit codes: 0 done; 1 refused input or failed check (one line on stderr); 2 usage error. "
            "Database location: --db, else MITAKE_DB, else the user data folder (MITAKE_HOME moves it).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=tr("バージョンを表示して終了", "show the version and exit"))
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help=tr("データベースのファイルまたは SQLAlchemy URL", "database file or SQLAlchemy URL"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=tr("表示言語", "language of messages"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(name).register(sub)
    return parser


def open_services(args: argparse.Namespace) -> Services:
    """The services over the database the user chose (imported lazily: ``--help`` stays fast)."""
    from mitake_desktop.core.services import Services

    if args.db is not None and not args.db.strip():
        raise MitakeError(msg("db_empty_arg"))
    return Services.open(args.db)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(choose_language(_prescan_lang(argv)))
    argparse_ja.install(i18n.language())  # before the parser is built: argparse translates some words then
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):  # not a real console stream
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    parser = build_parser()
    args = parser.parse_args(argv)
    log_path = logs.setup()
    if args.command is None:
        from mitake_desktop.gui.app import run

        return run(args)
    try:
        return int(args.func(args) or 0)
    except MitakeError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(msg("cancelled"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a folder given for a file, no permission, a full disk: one sentence, no traceback
        log.info("file error in %s: %s", args.command, exc)
        print(msg("file_error", path=exc.filename or "", detail=exc.strerror or str(exc)), file=sys.stderr)
        return 1
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(msg("unexpected", log=log_path), file=sys.stderr)
        return 1
