"""``mitake screenshot OUT.png``: a page of the real main window rendered offscreen, for the README and checks."""

from __future__ import annotations

import argparse
import os
import re
from datetime import date
from pathlib import Path

from mitake_desktop.cli import open_services, tr
from mitake_desktop.core import i18n
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg

MAX_SIDE = 8000


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not m or not (200 <= int(m[1]) <= MAX_SIDE and 200 <= int(m[2]) <= MAX_SIDE):
        raise argparse.ArgumentTypeError(tr("幅x高さ（例: 1280x800）で指定してください",
                                            "give WIDTHxHEIGHT, e.g. 1280x800"))
    return int(m[1]), int(m[2])


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr("日付は YYYY-MM-DD（例: 2026-06-01）で指定してください",
                                            "give the date as YYYY-MM-DD, e.g. 2026-06-01")) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("screenshot", help=tr("画面を PNG に保存（ウィンドウなしで描画）",
                                             "render a page of the window to a PNG (offscreen)"))
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument("--page", default="dashboard",
                   help=tr("ページ名（welcome, dashboard, communities, people, …）。awards:scoring のように表示も指定できます",
                           "page name (welcome, dashboard, communities, people, …), optionally with a view: "
                           "awards:scoring"))
    p.add_argument("--lang", dest="page_lang", choices=i18n.LANGUAGES, help=tr("表示言語", "language"))
    p.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH",
                   help=tr("ウィンドウの大きさ（既定 1280x800）", "window size (default 1280x800)"))
    # The day the page believes it is (the next event, what is overdue), for pictures of dated demo data.
    p.add_argument("--today", type=_day, default=None, metavar="YYYY-MM-DD",
                   help=tr("画面が今日とみなす日付（既定: 今日）。`mitake demo --today` で作ったデータを撮るときに",
                           "the day the page takes as today (default: today), for data made with "
                           "`mitake demo --today`"))
    p.set_defaults(func=cmd_screenshot)


def cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from mitake_desktop.gui.pages import page_names

    names = page_names()
    name, _, view = args.page.partition(":")
    if name not in names:
        raise MitakeError(msg("screenshot_unknown_page", name=name, choices=", ".join(names)))
    lang = args.page_lang or args.lang or i18n.language()
    from mitake_desktop.gui.screenshot import render_page

    with open_services(args) as services:
        render_page(services, name, args.out, lang=lang, size=args.size, today=args.today, view=view or None)
    print(msg("screenshot_done", path=args.out))
    return 0
