"""The page registry: every page of the main window by name, so other parts of the app add their own.

A page module has ``register()`` which calls :func:`register_page`; its name goes in :data:`PAGE_MODULES`
(like the command line's ``COMMAND_MODULES``). Registering a name again replaces the page, so a later
module can supply the real ``sync`` or ``conflicts`` page in place of the placeholder here. Titles are
callables, translated when the sidebar is built (the language can change while the app runs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services
    from mitake_desktop.gui.context import AppContext
    from mitake_desktop.gui.record_panel import RecordListPanel

# Modules with ``register()``; later ones replace pages of the same name.
PAGE_MODULES = [
    "mitake_desktop.gui.pages.welcome",
    "mitake_desktop.gui.pages.dashboard",
    "mitake_desktop.gui.pages.records",
    "mitake_desktop.gui.pages.sync",
    "mitake_desktop.gui.pages.events",
    "mitake_desktop.gui.pages.checkin",
    "mitake_desktop.gui.pages.case_studies",
    "mitake_desktop.gui.pages.awards",
]


class Page(QWidget):
    """Base of the pages. Everything has a sensible default, so a page overrides only what it needs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activated(self) -> None:
        """The page was shown (refresh what may be stale)."""

    def open_record(self, type_name: str, record_id: str) -> bool:
        """Show a record of a type this page lists; False if it cannot."""
        return False

    def active_panel(self) -> RecordListPanel | None:
        """The list the Edit menu acts on (New, Save, Delete, Find)."""
        return None

    def is_dirty(self) -> bool:
        return False

    def save_state(self) -> None:
        """Remember splitters, column widths… (QSettings)."""

    def restore_state(self) -> None:
        pass

    def prepare_screenshot(self) -> None:
        """Put the page in a state worth a picture (a record selected)."""

    def views(self) -> tuple[str, ...]:
        """Names of the parts of the page ``show_view`` can bring forward (``--page awards:scoring``)."""
        return ()

    def show_view(self, view: str) -> bool:
        """Bring one part of the page forward (a tab); False when the page has no such part."""
        return False


@dataclass(frozen=True)
class PageInfo:
    name: str  # stable: settings, ``mitake screenshot --page``
    title: Callable[[], str]  # translated when called
    factory: Callable[[AppContext], Page]
    order: int = 100  # position in the sidebar
    sidebar: bool = True
    types: tuple[str, ...] = ()  # record types it opens (global search results go there)
    shortcut: str = ""  # e.g. "Ctrl+1"
    # A number shown beside the title in the sidebar when not 0 (open conflicts); kept current on data changes.
    badge: Callable[[Services], int] | None = None


_REGISTRY: dict[str, PageInfo] = {}
_loaded = False


def register_page(info: PageInfo) -> None:
    _REGISTRY[info.name] = info


def load_pages() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in PAGE_MODULES:
        import_module(name).register()


def all_pages() -> list[PageInfo]:
    """Registered pages in sidebar order."""
    load_pages()
    return sorted(_REGISTRY.values(), key=lambda p: (p.order, p.name))


def page_info(name: str) -> PageInfo | None:
    load_pages()
    return _REGISTRY.get(name)


def page_names() -> list[str]:
    return [p.name for p in all_pages()]


def page_for_type(type_name: str) -> PageInfo | None:
    return next((p for p in all_pages() if type_name in p.types), None)
