"""The first-run page, shown while the database is empty: start empty, load demo data, or import a bundle."""

from __future__ import annotations

import importlib.util
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from mitake_desktop.gui import dialogs
from mitake_desktop.gui.pages import Page, PageInfo, register_page

if TYPE_CHECKING:
    from mitake_desktop.gui.context import AppContext

DEMO_SIZE = 2000
# Set by the sync part of the app: ``fn(window, on_finished=None) -> None`` that asks for a bundle and imports
# it on a worker, then calls ``on_finished(imported: bool)``.
bundle_importer: Any = None


def bundle_import_available() -> bool:
    """Bundle import needs ``mitake_desktop.core.sync`` (detected at run time) and a GUI importer for it."""
    return importlib.util.find_spec("mitake_desktop.core.sync") is not None and bundle_importer is not None


class WelcomePage(Page):
    finished = Signal()  # the user chose; the window moves on to the dashboard

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        title = QLabel(self.tr("Welcome to Mitake"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Mitake keeps your communities, people, events and success stories on this computer, "
            "and shares them with other computers as bundle files. The database is empty: how would you "
            "like to start?"), self)
        intro.setWordWrap(True)
        self.start_empty = QCommandLinkButton(self.tr("Start empty"), self.tr(
            "Begin with an empty database and add your own communities and people."), self)
        self.load_demo = QCommandLinkButton(self.tr("Load demo data"), self.tr(
            "Fill the database with realistic sample communities, events and case studies to try things out."),
            self)
        self.import_bundle = QCommandLinkButton(self.tr("Import a bundle…"), self.tr(
            "Load the data a colleague exported from their Mitake."), self)
        for button in (self.start_empty, self.load_demo, self.import_bundle):
            button.setAccessibleName(button.text())
        self.start_empty.clicked.connect(self.finished)
        self.load_demo.clicked.connect(self.start_demo)
        self.import_bundle.clicked.connect(self.start_import)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addWidget(self.start_empty)
        layout.addWidget(self.load_demo)
        layout.addWidget(self.import_bundle)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def start_demo(self) -> None:
        services = self.ctx.services
        anchor = date.today()

        def work(progress: Any, cancelled: Any) -> int:
            from mitake_desktop.core import demo

            return demo.generate(services, size=DEMO_SIZE, seed=1, anchor=anchor, progress=progress,
                                 cancel=cancelled)

        def done(_count: int) -> None:
            self.ctx.bus.reset.emit()
            self.finished.emit()

        def failed(exc: BaseException) -> None:
            from mitake_desktop.core.demo import Cancelled

            if not isinstance(exc, Cancelled):  # cancelling is not an error: nothing was written
                dialogs.show_error(self, exc)

        self.ctx.tasks.start(work, parent=self.window(), label=self.tr("Creating demo data…"), on_done=done,
                             on_failed=failed)

    def start_import(self) -> None:
        if not bundle_import_available():
            dialogs.information(self, self.tr(
                "Importing bundles is not available in this version yet. Start empty or load demo data for now."))
            return
        bundle_importer(self.window(), on_finished=self._import_finished)

    def _import_finished(self, imported: bool) -> None:
        # The importer has already told the pages (bus.reset); only a bundle that brought records moves on.
        if imported and not self.ctx.services.records.is_empty():
            self.finished.emit()


def register() -> None:
    register_page(PageInfo("welcome", lambda: QCoreApplication.translate("Pages", "Welcome"), WelcomePage,
                           order=0, sidebar=False))
