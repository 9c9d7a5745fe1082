"""Every table model of the event screens passes QAbstractItemModelTester, with rows and after changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from mitake_desktop.core.events.participant_import import SKIP
from mitake_desktop.core.events.tabular import read_sheet
from mitake_desktop.core.services import Services
from mitake_desktop.gui.events.models import (
    CHOICES_ROLE,
    EDIT,
    CheckinResultsModel,
    ColumnMappingModel,
    EventParticipantsModel,
    FollowUpsModel,
    ImportPreviewModel,
    MappedColumn,
    MeetingScheduleModel,
)
from tests.conftest import DEMO_ANCHOR


def test_check_in_participants_and_follow_up_models(qtmodeltester: Any, demo_services: Services) -> None:
    s = demo_services
    event = next(e for e in s.events.list() if e.status == "held" and e.counts.present)
    participants = s.events.registrations.participants(event.id)
    desk = s.events.checkin(event.id)
    results = CheckinResultsModel()
    qtmodeltester.check(results)
    results.set_rows(desk.search("さ"))
    qtmodeltester.check(results)
    assert results.rowCount() > 0 and results.data(results.index(0, 0), Qt.ItemDataRole.UserRole + 1)
    everyone = EventParticipantsModel()
    everyone.set_rows(participants)
    qtmodeltester.check(everyone)
    row = next(i for i, p in enumerate(participants) if p.status == "attended")
    satisfaction = everyone.index(row, everyone.column_of("satisfaction"))
    assert everyone.flags(satisfaction) & Qt.ItemFlag.ItemIsEditable
    assert [v for _l, v in everyone.data(satisfaction, CHOICES_ROLE)] == [None, 5, 4, 3, 2, 1]
    assert not everyone.setData(satisfaction, 3)  # without an editor callback nothing is written
    follow_ups = FollowUpsModel()
    follow_ups.set_rows(s.events.followups.overdue(today=DEMO_ANCHOR))
    qtmodeltester.check(follow_ups)
    assert follow_ups.rowCount() > 0


def test_schedule_model(qtmodeltester: Any, demo_services: Services) -> None:
    s = demo_services
    event = next(e for e in s.events.list() if e.kind == "business_matching" and s.events.matching.meetings(e.id))
    model = MeetingScheduleModel()
    model.slots = [(x.start, x.end) for x in s.events.matching.slots_for(s.records.get("event", event.id))]
    model.set_rows(s.events.matching.meetings(event.id))
    qtmodeltester.check(model)
    times = model.data(model.index(0, model.column_of("slot_start")), CHOICES_ROLE)
    assert len(times) >= len(model.slots) and model.rows()[0].slot_start in [v for _l, v in times]


def test_import_models(qtmodeltester: Any, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("氏名,かな,メール\r\n上田 亮,うえだ りょう,bad\r\n上田 亮,うえだ りょう,\r\n", encoding="utf-8")
    sheet = read_sheet(path)
    mapping = ColumnMappingModel("people")
    mapping.set_rows([MappedColumn(i, h, (), None) for i, h in enumerate(sheet.headers)])
    qtmodeltester.check(mapping)
    target = mapping.index(0, mapping.column_of("target"))
    assert mapping.setData(target, "name", EDIT) and mapping.mapping() == {0: "name"}
    assert mapping.setData(mapping.index(1, 2), "name", EDIT) and mapping.mapping() == {1: "name"}  # moved
    assert mapping.setData(target, "reading", EDIT) and mapping.setData(mapping.index(2, 2), "email", EDIT)
    mapping.set_kind("registrations")
    qtmodeltester.check(mapping)
    preview = services.events.imports.preview("people", sheet, {0: "name", 1: "reading", 2: "email"})
    model = ImportPreviewModel()
    model.set_preview(preview)
    qtmodeltester.check(model)
    assert [model.text(r, "check") for r in model.rows()] == ["エラー", "重複の可能性"]  # row 3 repeats row 2
    decision = model.index(1, model.column_of("decision"))
    keys = [v for _l, v in model.data(decision, CHOICES_ROLE)]
    assert keys == ["create", "merge:0", "skip"] and model.data(decision, EDIT) == "merge:0"
    assert model.setData(decision, "skip", EDIT) and model.decisions[3].action == SKIP
    assert not model.setData(decision, "merge:7", EDIT)  # no such candidate
    qtmodeltester.check(model)
