"""Columns of the event screens wide enough for their words in Japanese and English (no "キャンセル…")."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services
from mitake_desktop.gui import clock
from mitake_desktop.gui.models import RowsModel
from mitake_desktop.gui.pages.checkin import CheckinPage
from mitake_desktop.gui.pages.events import EventsPage

pytestmark = pytest.mark.usefixtures("demo_day")  # the GUI's day is the demo's (tests/gui/conftest.py)


def clipped(view: QTableView, model: RowsModel[Any], keys: tuple[str, ...]) -> list[tuple[str, str, int, int]]:
    """The cells of ``keys`` whose text needs more room than their column has (as the delegate measures it)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    out = []
    for key in keys:
        column = model.column_of(key)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
            if needed > view.columnWidth(column):
                out.append((key, str(model.data(index)), needed, view.columnWidth(column)))
    return out


def test_status_and_role_fit_in_both_languages(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    s = demo_services
    full = next(e for e in s.events.list(upcoming=True, now=clock.now()) if e.counts.waitlisted)
    held = next(e for e in s.events.list() if e.status == "held" and e.counts.present and e.counts.cancelled)
    for lang in ("ja", "en"):
        window.set_language(lang)
        page = window.show_page("events")
        assert isinstance(page, EventsPage)
        statuses = set()
        for event in (full, held):  # waitlisted and registered; attended, walk-ins, no-shows, cancelled
            assert page.show_participants(event.id)
            panel = page.participants
            ids = {p.registration_id for p in s.events.registrations.participants(event.id)}
            qtbot.waitUntil(lambda panel=panel, ids=ids: {p.registration_id for p in panel.model.rows()} == ids)
            statuses |= {p.status for p in panel.model.rows()}
            assert clipped(panel.view, panel.model, ("status", "participant_role", "registered_at",
                                                     "checked_in_at", "satisfaction")) == [], lang
        assert {"waitlisted", "registered", "attended", "cancelled"} <= statuses
        # The check-in desk's status column (in its big type) too.
        desk = window.show_page("checkin")
        assert isinstance(desk, CheckinPage)
        desk.set_event(full.id)
        assert "waitlisted" in {p.status for p in desk.results_model.rows()}
        assert clipped(desk.results, desk.results_model, ("status",)) == [], lang


def test_the_desk_shows_status_and_time_on_a_small_screen(qtbot: QtBot, window: Any, demo_services: Services) -> None:
    """At 1024×700 the organisation gives way (elided, tooltip whole): status and time stay in view."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    window.resize(1024, 700)
    for lang in ("ja", "en"):
        window.set_language(lang)
        desk = window.show_page("checkin")
        assert isinstance(desk, CheckinPage)
        qtbot.waitUntil(lambda desk=desk: desk.results_model.rowCount() > 0)
        view, model = desk.results, desk.results_model
        # A check-in gives the time column something to show.
        desk.check_in_row(0)
        assert any(model.text(p, "checked_in_at") for p in model.rows())
        qtbot.waitUntil(lambda view=view: 700 < view.viewport().width() < 900)  # laid out at 1024
        header = view.horizontalHeader()
        for key in ("status", "checked_in_at"):
            column = model.column_of(key)
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert header.sectionViewportPosition(column) >= 0 and right <= view.viewport().width(), (lang, key)
        assert header.length() <= view.viewport().width(), lang  # nothing behind a horizontal scrollbar
        assert clipped(view, model, ("status", "checked_in_at")) == [], lang
        org = model.column_of("organisation")
        assert header.sectionResizeMode(org) == QHeaderView.ResizeMode.Stretch
        assert view.textElideMode() == Qt.TextElideMode.ElideRight
        named = next(r for r in range(model.rowCount()) if model.text(model.rows()[r], "organisation"))
        index = model.index(named, org)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
