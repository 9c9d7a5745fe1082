"""The main window: a sidebar of pages, menus with every action and its shortcut, undo/redo, settings kept.

Pages come from the registry (``gui/pages``) and are built the first time they are shown, so start-up
builds only the page the user sees. Switching the language rebuilds the window's widgets in place (the
undo stack, the services and the current record stay).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget

from mitake_desktop import APP_NAME, __version__
from mitake_desktop.core import i18n
from mitake_desktop.gui import dialogs, formatting, settings, translation
from mitake_desktop.gui.context import AppContext, DataBus
from mitake_desktop.gui.pages import Page, all_pages, page_for_type, page_info
from mitake_desktop.gui.workers import TaskRunner

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

FIRST_PAGE = "dashboard"


class MainWindow(QMainWindow):
    """The window. Made without services it paints its frame (menus, sidebar) at once; :meth:`attach`
    brings the data once the database is open, so start-up shows a window before SQLAlchemy and the
    migrations have even been imported."""

    first_painted = Signal()
    attached = Signal()
    page_changed = Signal(str)

    def __init__(self, services: Services | None, *, persist: bool = True, location: str = "") -> None:
        self._painted = False  # before anything: child events reach event() during construction
        super().__init__()
        self.persist = persist  # the screenshot command leaves the user's settings alone
        self.location = services.db.location if services is not None else location
        self.undo = QUndoStack(self)
        self.bus = DataBus(self)
        self.tasks = TaskRunner(self)
        self._services: Services | None = None
        self._ctx: AppContext | None = None
        self.pages: dict[str, Page] = {}
        self.exit_code = 0  # set when the window closes because the database could not be opened
        self.current_page = ""
        self._search: Any = None
        self.setObjectName("MainWindow")
        # Sidebar numbers (open conflicts) follow data changes, counted once per burst of changes.
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.timeout.connect(self.update_badges)
        self.bus.changed.connect(lambda *_args: self._badge_timer.start())
        self.bus.reset.connect(lambda: self._badge_timer.start())
        self.bus.editing_changed.connect(self._update_modified)
        self.tasks.busy_changed.connect(self._busy_changed)
        self._build()
        geometry = settings.app_settings().value("window/geometry") if persist else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if services is not None:
            self.attach(services)

    @property
    def has_database(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        assert self._services is not None, "the database is not open yet"
        return self._services

    @property
    def ctx(self) -> AppContext:
        assert self._ctx is not None, "the database is not open yet"
        return self._ctx

    def attach(self, services: Services) -> None:
        """The database is open: pages can be built."""
        self._services = services
        self._ctx = AppContext(services, self.undo, self.bus, self.tasks, self, open_record=self.open_record)
        self.location = services.db.location
        self.db_label.setText(self.location)
        self.sidebar.setEnabled(True)
        for a in self._data_actions:
            a.setEnabled(True)
        self.undo_action.setEnabled(self.undo.canUndo())
        self.redo_action.setEnabled(self.undo.canRedo())
        self._badge_timer.start()  # after the first paint: counting may load the sync module
        self.attached.emit()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        for a in self.actions():  # a rebuild (language switch) must not leave the old shortcuts behind
            self.removeAction(a)
            a.deleteLater()
        self.menuBar().clear()
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setMinimumWidth(120)
        self.sidebar.setMaximumWidth(260)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 1110])
        old = self.centralWidget()
        self.setCentralWidget(self.splitter)
        if old is not None:
            old.deleteLater()
        self.pages.clear()
        for info in all_pages():
            if not info.sidebar:
                continue
            item = QListWidgetItem(info.title(), self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            if info.shortcut:
                item.setToolTip(QKeySequence(info.shortcut).toString(QKeySequence.SequenceFormat.NativeText))
        self.sidebar.currentItemChanged.connect(self._sidebar_changed)
        self._build_menus()
        for old_label in (getattr(self, "db_label", None), getattr(self, "busy_label", None)):
            if old_label is not None:  # a rebuild (language switch) replaces the status-bar labels, not adds
                self.statusBar().removeWidget(old_label)
                old_label.deleteLater()
        self.db_label = QLabel(self.location, self)
        # Until the database is open nothing can be shown or edited.
        attached = self._services is not None
        self.sidebar.setEnabled(attached)
        self._data_actions = [a for a in self.actions() if a.objectName() not in ("quit", "about")
                              and not a.objectName().startswith(("language_", "era_"))]
        for a in self._data_actions:
            a.setEnabled(attached and a not in (self.undo_action, self.redo_action))
        if attached:
            self.undo_action.setEnabled(self.undo.canUndo())
            self.redo_action.setEnabled(self.undo.canRedo())
        self.busy_label = QLabel(self)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        if self.persist:
            state = settings.app_settings().value("window/splitter")
            if state is not None:
                self.splitter.restoreState(state)
        if attached:
            self.update_badges()

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None, *, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        self.addAction(action)  # reachable even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(file, self.tr("Import bundle…"), self.import_bundle, "Ctrl+I",
                                          name="import_bundle")
        self.import_participants_action = self._action(
            file, self.tr("Import participants…"), self.import_participants, "Ctrl+Shift+I",
            name="import_participants")
        file.addSeparator()
        self._action(file, self.tr("Quit"), self.close, "Ctrl+Q", name="quit")

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setObjectName("undo")
        self.redo_action = self.undo.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("redo")
        for a in (self.undo_action, self.redo_action):
            edit.addAction(a)
            self.addAction(a)
        edit.addSeparator()
        self.new_action = self._action(edit, self.tr("New record"), lambda: self._panel_do("new_record"), "Ctrl+N",
                                       name="new")
        self.save_action = self._action(edit, self.tr("Save"), lambda: self._panel_do("save"), "Ctrl+S",
                                        name="save")
        self.revert_action = self._action(edit, self.tr("Revert changes"), lambda: self._panel_do("revert"),
                                          "Ctrl+R", name="revert")
        self.delete_action = self._action(edit, self.tr("Delete…"), lambda: self._panel_do("delete_selected"),
                                          "Del", name="delete")
        edit.addSeparator()
        self._action(edit, self.tr("Find in list"), lambda: self._panel_do("focus_search"), "Ctrl+F", name="find")
        self.search_action = self._action(edit, self.tr("Search everything…"), self.open_search, "Ctrl+K",
                                          name="search")

        go = bar.addMenu(self.tr("&Go"))
        for info in all_pages():
            if info.sidebar:
                self._action(go, info.title(), lambda _c=False, n=info.name: self.show_page(n),
                             info.shortcut or None, name=f"page_{info.name}")
        go.addSeparator()
        self._action(go, self.tr("Overdue follow-ups"), self.show_overdue_follow_ups, name="overdue_follow_ups")

        view = bar.addMenu(self.tr("&View"))
        languages = view.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for lang in i18n.LANGUAGES:
            a = QAction(translation.LANGUAGE_NAMES[lang], self)
            a.setCheckable(True)
            a.setChecked(lang == translation.current_language())
            a.setObjectName(f"language_{lang}")
            a.triggered.connect(lambda _c=False, code=lang: self.set_language(code))
            group.addAction(a)
            languages.addAction(a)
        dates = view.addMenu(self.tr("Dates"))
        era_group = QActionGroup(self)
        for era, label in ((formatting.WESTERN, self.tr("Western calendar (2026)")),
                           (formatting.JAPANESE, self.tr("Japanese era (令和8年)"))):
            a = QAction(label, self)
            a.setCheckable(True)
            a.setChecked(formatting.era() == era)
            a.setObjectName(f"era_{era}")
            a.triggered.connect(lambda _c=False, e=era: self.set_era(e))
            era_group.addAction(a)
            dates.addAction(a)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About Mitake"), self.about, name="about")

    # -- pages ----------------------------------------------------------------------------------

    def initial_page(self) -> str:
        if self.services.records.is_empty():
            return "welcome"
        last = settings.get_str("window/last_page") if self.persist else ""
        info = page_info(last) if last else None
        return last if info is not None and info.sidebar else FIRST_PAGE

    def page(self, name: str) -> Page:
        """The page ``name``, built on first use."""
        page = self.pages.get(name)
        if page is None:
            info = page_info(name)
            if info is None:
                raise KeyError(name)
            page = info.factory(self.ctx)
            self.pages[name] = page
            self.stack.addWidget(page)
            finished = getattr(page, "finished", None)
            if finished is not None:
                finished.connect(lambda: self.show_page(FIRST_PAGE))
            if self.persist:
                page.restore_state()
        return page

    def show_page(self, name: str) -> Page:
        if self._services is None:
            raise RuntimeError("show_page before the database is open")
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        self.current_page = name
        self.sidebar.blockSignals(True)
        for i in range(self.sidebar.count()):
            item = self.sidebar.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.sidebar.setCurrentItem(item)
                break
        else:
            self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(False)
        info = page_info(name)
        # Pages outside the sidebar (the welcome page) take the whole window; an unselected sidebar would
        # also select its first page as soon as it got the focus.
        self.sidebar.setVisible(info is None or info.sidebar)
        # A database this user cannot write opens read-only; the title says so before a save is refused.
        read_only = self.tr(" (read-only)") if self._services.read_only else ""
        self.setWindowTitle(f"{APP_NAME} — {info.title() if info else name}{read_only}[*]")
        page.activated()
        self.page_changed.emit(name)
        return page

    def update_badges(self) -> None:
        """Titles in the sidebar with their page's number (``PageInfo.badge``), e.g. 競合 (2)."""
        if self._services is None:
            return
        for i in range(self.sidebar.count()):
            item = self.sidebar.item(i)
            info = page_info(item.data(Qt.ItemDataRole.UserRole))
            if info is None or info.badge is None:
                continue
            n = info.badge(self._services)
            item.setText(f"{info.title()} ({n:,})" if n else info.title())

    def _sidebar_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None and self._services is not None:
            self.show_page(current.data(Qt.ItemDataRole.UserRole))

    def open_record(self, type_name: str, record_id: str) -> bool:
        info = page_for_type(type_name)
        if info is None:
            return False
        return self.show_page(info.name).open_record(type_name, record_id)

    def show_search_results(self, type_name: str, query: str) -> None:
        """The list of ``type_name`` searched for ``query`` (the global search's "show all" row)."""
        info = page_for_type(type_name)
        if info is None:
            return
        page = self.show_page(info.name)
        show_type = getattr(page, "show_type", None)
        if show_type is None:
            return
        panel = show_type(type_name)
        panel.filter_bar.search.setText(query)
        panel.filter_bar.apply_now()

    def current(self) -> Page | None:
        return self.pages.get(self.current_page)

    def _panel_do(self, method: str) -> None:
        if self._services is None:
            return
        page = self.current()
        panel = page.active_panel() if page is not None else None
        if panel is None:
            return
        if self.tasks.busy and method in ("new_record", "save", "delete_selected"):
            return  # one writer at a time: edits wait for the running task
        getattr(panel, method)()

    # -- actions --------------------------------------------------------------------------------

    def open_search(self) -> None:
        if self._search is None:
            from mitake_desktop.gui.search_dialog import GlobalSearchDialog

            self._search = GlobalSearchDialog(self.ctx, self)
            self._search.opened.connect(self.open_record)
            self._search.show_all.connect(self.show_search_results)
        self._search.start()

    @property
    def search_dialog(self) -> Any:
        return self._search

    def import_bundle(self) -> None:
        from mitake_desktop.gui.pages import welcome

        if not welcome.bundle_import_available():
            dialogs.information(self, self.tr("Importing bundles is not available in this version yet."))
            return
        # Runs on a worker; it refreshes the pages (bus.reset) once imported.
        welcome.bundle_importer(self, on_finished=self._bundle_imported)

    def _bundle_imported(self, imported: bool) -> None:
        if imported and self.current_page == "welcome" and not self.services.records.is_empty():
            self.show_page(FIRST_PAGE)  # the database is not empty any more

    def import_participants(self) -> None:
        """A participant list from CSV or Excel: registrations for the event on screen, else people."""
        if self._services is None or self.tasks.busy:
            return
        from mitake_desktop.gui.events.import_dialog import start_import

        page = self.current()
        event_id = getattr(page, "current_event_id", lambda: None)()
        start_import(self.ctx, self, event_id=event_id)

    def show_overdue_follow_ups(self) -> None:
        if self._services is None:
            return
        page = self.show_page("events")
        getattr(page, "show_overdue", lambda: None)()

    def about(self) -> None:
        dialogs.information(self, self.tr(
            "{app} {version}\nThe offline desktop app for regional right-sized-IT (身の丈IT) communities.").format(
            app=APP_NAME, version=__version__))

    def set_era(self, era: str) -> None:
        formatting.set_era(era)
        if self.persist:
            settings.put(formatting.ERA_KEY, era)
        self.bus.reset.emit()

    def set_language(self, lang: str) -> None:
        """Switch languages now: Qt translators, core messages, and every widget rebuilt in the new language."""
        if lang == translation.current_language():
            return
        if not self._settle_unsaved():
            self._check_language_action()
            return
        page_name = self.current_page or FIRST_PAGE
        page = self.current()
        panel = page.active_panel() if page is not None else None
        record = (panel.type_name, panel.current_id) if panel is not None and panel.current_id else None
        self._save_state()
        translation.install(lang)
        if self.persist:
            translation.remember_language(lang)
        for old in list(self.pages.values()):
            old.hide()
        self._build()
        self.show_page(page_name)
        if record is not None:
            self.open_record(*record)
        if self._search is not None:
            self._search.deleteLater()
            self._search = None

    def _check_language_action(self) -> None:
        for lang in i18n.LANGUAGES:
            a = self.findChild(QAction, f"language_{lang}")
            if a is not None:
                a.setChecked(lang == translation.current_language())

    # -- unsaved work, modified mark, closing ----------------------------------------------------

    def is_dirty(self) -> bool:
        return any(p.is_dirty() for p in self.pages.values())

    def _update_modified(self) -> None:
        self.setWindowModified(self.is_dirty())

    def _settle_unsaved(self) -> bool:
        """Save or drop unsaved forms (the user decides); False when the user cancels."""
        if not self.is_dirty():
            return True
        answer = dialogs.ask_unsaved(self)
        if answer == "cancel":
            return False
        from mitake_desktop.gui.record_panel import RecordListPanel

        for page in self.pages.values():
            for panel in page.findChildren(RecordListPanel):
                if not panel.form.is_dirty:
                    continue
                if answer == "save":
                    if not panel.save():
                        return False
                else:
                    panel.revert()
        return True

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")
        for a in (self.new_action, self.save_action, self.delete_action, self.undo_action, self.redo_action,
                  self.import_action, self.import_participants_action):
            a.setEnabled(not busy)
        if not busy:  # QUndoStack re-enables its own actions only when the stack changes
            self.undo_action.setEnabled(self.undo.canUndo())
            self.redo_action.setEnabled(self.undo.canRedo())

    def _save_state(self) -> None:
        if not self.persist:
            return
        s = settings.app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        if self.current_page and self.current_page != "welcome":
            s.setValue("window/last_page", self.current_page)
        for page in self.pages.values():
            page.save_state()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._settle_unsaved():
            event.ignore()
            return
        self._save_state()
        self.tasks.wait()
        if self._search is not None:
            self._search.close()
        event.accept()

    def event(self, e: QEvent) -> bool:
        result = super().event(e)
        if not self._painted and e.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return result


def build_window(services: Services, *, persist: bool = True, page: str | None = None) -> MainWindow:
    """The main window over ``services``, on ``page`` (default: the welcome page or the last one)."""
    window = MainWindow(services, persist=persist)
    window.show_page(page or window.initial_page())
    return window
