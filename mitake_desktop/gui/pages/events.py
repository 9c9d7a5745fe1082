"""The Events page: the record lists of ``pages/records`` plus what running events needs.

Under the selected event, beside its form and related lists: **Participants** (registrations with
status, capacity and waitlist; check-in mode, import, register, cancel, finish, satisfaction and
comments, follow-ups, the report PDF and the attendance CSV) and, for a 商談会, the **Schedule** of
meetings. A last tab lists the **overdue follow-ups** of every event (also Go → Overdue follow-ups).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.gui.pages import PageInfo, register_page
from mitake_desktop.gui.pages.records import RecordsPage

if TYPE_CHECKING:
    from mitake_desktop.gui.context import AppContext

TYPES = ("event", "registration", "matching_meeting", "follow_up")


class EventsPage(RecordsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from mitake_desktop.gui.events.panels import OverdueFollowUpsPanel, ParticipantsPanel, SchedulePanel

        super().__init__(ctx, "events", TYPES, parent)
        self.event_panel = self.panels["event"]
        tabs = self.event_panel.tabs
        assert tabs is not None and self.tabs is not None
        # Appended after the related lists: the record panel knows those by their tab index.
        self.participants = ParticipantsPanel(ctx, tabs)
        self.participants_index = tabs.addTab(self.participants, self.tr("Participants"))
        self.schedule = SchedulePanel(ctx, tabs)
        self.schedule_index = tabs.addTab(self.schedule, self.tr("Matching schedule"))
        tabs.setTabVisible(self.schedule_index, False)
        self.overdue = OverdueFollowUpsPanel(ctx, self.tabs)
        self.overdue_index = self.tabs.addTab(self.overdue, self.tr("Overdue follow-ups"))
        self.participants.open_checkin.connect(self.open_checkin)
        self.participants.import_requested.connect(self.import_participants)
        self.event_panel.selection_changed.connect(self._event_selected)
        ctx.bus.changed.connect(self._data_changed)

    def current_event_id(self) -> str | None:
        """The selected event (File → Import participants registers people for it)."""
        if self.tabs is not None and self.tabs.currentWidget() is not self.event_panel:
            return None
        return self.event_panel.current_id

    def _data_changed(self, type_name: str, _ids: list[str]) -> None:
        if type_name == "event":  # its kind may have changed: the schedule tab comes or goes
            self._event_selected(self.event_panel.current_id)

    def _event_selected(self, event_id: str | None) -> None:
        self.participants.set_event(event_id)
        self.schedule.set_event(event_id)
        kind = None
        if event_id is not None:
            try:
                kind = self.ctx.services.records.get("event", event_id)["kind"]
            except MitakeError:
                kind = None
        tabs = self.event_panel.tabs
        assert tabs is not None
        tabs.setTabVisible(self.schedule_index, kind == "business_matching")

    def show_participants(self, event_id: str) -> bool:
        """Select the event and show its participants."""
        if not self.open_record("event", event_id):
            return False
        tabs = self.event_panel.tabs
        assert tabs is not None
        tabs.setCurrentIndex(self.participants_index)
        return True

    def show_schedule(self, event_id: str) -> bool:
        if not self.open_record("event", event_id):
            return False
        tabs = self.event_panel.tabs
        assert tabs is not None
        tabs.setCurrentIndex(self.schedule_index)
        return True

    def show_overdue(self) -> None:
        assert self.tabs is not None
        self.tabs.setCurrentIndex(self.overdue_index)

    def open_checkin(self, event_id: str) -> None:
        window = self.ctx.window
        show_page = getattr(window, "show_page", None)
        if show_page is not None:
            show_page("checkin").set_event(event_id)

    def import_participants(self, event_id: str) -> None:
        from mitake_desktop.gui.events.import_dialog import start_import

        start_import(self.ctx, self, event_id=event_id)


def register() -> None:
    register_page(PageInfo("events", lambda: QCoreApplication.translate("Pages", "Events"), EventsPage, order=50,
                           types=TYPES, shortcut="Ctrl+5"))
