"""The participant import dialog: columns → preview with an error row and a duplicate → decisions → one undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from mitake_desktop.core.events.participant_import import MERGE, SKIP
from mitake_desktop.core.events.tabular import read_sheet
from mitake_desktop.core.services import Filter, Services
from mitake_desktop.gui.events.import_dialog import ParticipantImportDialog, start_import
from mitake_desktop.gui.events.models import CHOICES_ROLE, EDIT

from .helpers import trigger


def write_csv(tmp_path: Path, existing: dict[str, Any]) -> Path:
    rows = [
        "受付番号,お客様,ふりがな,会社名,メール",  # お客様 (the name) is not a header Mitake knows
        f"1,{existing['name']},{existing['reading']},,",  # someone already known: same name and reading
        "2,新規 一郎,しんき いちろう,新規商事株式会社,shinki@example.jp",
        "3,誤記 次郎,ごき じろう,,not-an-address",  # an error: the e-mail
        "4,新人 花子,しんじん はなこ,,hanako.new@example.jp",
    ]
    path = tmp_path / "参加者名簿.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))  # as Excel saves "CSV" in Japan
    return path


def test_import_wizard_from_columns_to_undo(qtbot: QtBot, window: Any, demo_services: Services,
                                            dialog_answers: Any, tmp_path: Path) -> None:
    s = demo_services
    existing = next(p for p in s.records.list("person", limit=200) if p["reading"])
    path = write_csv(tmp_path, existing)
    people_before, orgs_before = s.records.count("person"), s.records.count("organisation")
    seen: dict[str, Any] = {}

    def drive(dialog: ParticipantImportDialog) -> bool:
        assert dialog.current_kind() == "people"  # from the People page: people, no event
        mapping = dialog.mapping_model
        # Step 1: the columns Mitake recognised, the one it did not, and the Next button held back.
        assert dialog.mapping() == {2: "reading", 3: "organisation", 4: "email"}
        assert not dialog.next_button.isEnabled() and dialog.mapping_problems.text()
        name_cell = mapping.index(1, mapping.column_of("target"))
        assert ("氏名", "name") in mapping.data(name_cell, CHOICES_ROLE)
        assert mapping.setData(name_cell, "name", EDIT)
        assert dialog.mapping()[1] == "name" and dialog.next_button.isEnabled()
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        # Step 2: the preview marks the error row and the duplicate; nothing is written yet.
        preview = dialog.preview_model
        assert dialog.steps.currentIndex() == 1 and preview.rowCount() == 4
        check = {preview.row_at(i).number: preview.text(preview.row_at(i), "check")  # type: ignore[arg-type]
                 for i in range(4)}
        assert check == {2: "重複の可能性", 3: "OK", 4: "エラー", 5: "OK"}
        assert "メールアドレス" in preview.data(preview.index(2, preview.column_of("detail")))
        assert preview.decisions[2].action == MERGE and preview.decisions[2].person_id == existing["id"]
        assert s.records.count("person") == people_before
        assert not dialog.import_button.isEnabled()  # the error row must be fixed or skipped first
        seen["summary"] = dialog.summary.text()
        # Decisions: row 5 is skipped by hand, the error row with the bulk button.
        assert dialog.set_decision(5, SKIP)
        qtbot.mouseClick(dialog.skip_errors, Qt.MouseButton.LeftButton)
        assert preview.decisions[4].action == SKIP and dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # written on the worker
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
        return True

    dialog_answers.answer("open_file", path)
    dialog_answers.answer("exec_dialog", drive)
    trigger(window, "page_people")
    trigger(window, "import_participants")
    assert "1" in seen["summary"]
    report_text = dialog_answers.messages()[-1]
    assert "新規作成 1 件" in report_text and "統合 1 件" in report_text and "スキップ 2 件" in report_text
    assert s.records.count("person") == people_before + 1
    assert s.records.count("organisation") == orgs_before + 1
    assert s.records.list("person", [Filter("name", "=", "新規 一郎")])[0]["email"] == "shinki@example.jp"
    # The mapping is remembered for the next file with these headers.
    mapping, remembered = s.events.imports.suggest_mapping("people", read_sheet(path).headers)
    assert remembered and mapping[1] == "name"
    # Edit → Undo takes the whole import back in one step; Redo brings it back with the same records.
    new_id = s.records.list("person", [Filter("name", "=", "新規 一郎")])[0]["id"]
    assert "新規" not in window.undo_action.text() and "参加者名簿.csv" in window.undo_action.text()
    trigger(window, "undo")
    assert s.records.count("person") == people_before and s.records.count("organisation") == orgs_before
    trigger(window, "redo")
    assert s.records.count("person") == people_before + 1
    assert s.records.get("person", new_id)["email"] == "shinki@example.jp"
    trigger(window, "undo")
    assert s.records.count("person") == people_before


def test_registrations_for_the_selected_event(qtbot: QtBot, window: Any, demo_services: Services,
                                              dialog_answers: Any, tmp_path: Path) -> None:
    s = demo_services
    event = next(e for e in s.events.list() if e.status == "planned" and e.capacity)
    path = tmp_path / "申込者.csv"
    path.write_text("氏名,よみがな,メールアドレス\r\n申込 太郎,もうしこみ たろう,taro.m@example.jp\r\n",
                    encoding="utf-8-sig")
    page = window.show_page("events")
    assert page.show_participants(event.id)

    def drive(dialog: ParticipantImportDialog) -> bool:
        assert dialog.current_kind() == "registrations" and dialog.next_button.isEnabled()
        assert dialog.go_preview()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
        return True

    dialog_answers.answer("open_file", path)
    dialog_answers.answer("exec_dialog", drive)
    qtbot.mouseClick(page.participants.import_button, Qt.MouseButton.LeftButton)
    assert not dialog_answers.answers["exec_dialog"]  # the dialog was shown (and driven)
    names = [p.name for p in s.events.registrations.participants(event.id)]
    assert "申込 太郎" in names
    trigger(window, "undo")
    assert "申込 太郎" not in [p.name for p in s.events.registrations.participants(event.id)]


def test_a_file_that_cannot_be_read_is_one_sentence(qtbot: QtBot, window: Any, demo_services: Services,
                                                    dialog_answers: Any, tmp_path: Path) -> None:
    path = tmp_path / "名簿.csv"
    path.write_bytes(b"\x00\x01\x02\xff\xfe\xfa" * 20)
    dialog_answers.answer("open_file", path)
    assert start_import(window.ctx, window) is None
    assert len(dialog_answers.called("error")) == 1 and "Traceback" not in dialog_answers.messages()[0]


def test_every_reason_of_a_row_is_shown_in_full(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    """A row refused for two reasons says both, one a line, in a row tall enough to read them."""
    path = tmp_path / "名簿.csv"
    path.write_text("氏名,よみがな,メールアドレス,電話番号\r\n"
                    "正常 太郎,せいじょう たろう,taro@example.jp,\r\n"
                    ",ふめい,no-domain@,\r\n", encoding="utf-8-sig")  # no name and a broken e-mail
    dialog = ParticipantImportDialog(window.ctx, read_sheet(path), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.go_preview()
    model, view = dialog.preview_model, dialog.preview_view
    row = next(i for i in range(model.rowCount()) if model.row_at(i).problems)  # type: ignore[union-attr]
    plain = next(i for i in range(model.rowCount()) if i != row)
    problems = model.row_at(row).problems  # type: ignore[union-attr]
    assert len(problems) == 2
    detail = model.index(row, model.column_of("detail"))
    text = model.data(detail)
    assert text.splitlines() == [p.message for p in problems]  # all of them, not the first only
    assert model.data(detail, Qt.ItemDataRole.ToolTipRole) == text
    # The reason column reaches the dialog's edge and wraps; the row grows to show every line.
    assert view.horizontalHeader().stretchLastSection() and detail.column() == model.columnCount() - 1
    delegate = view.itemDelegateForColumn(detail.column())

    def fits() -> bool:
        needed = delegate.sizeHint(QStyleOptionViewItem(), detail).height()
        return view.rowHeight(row) >= needed >= 2 * view.fontMetrics().height()

    qtbot.waitUntil(fits)
    assert view.rowHeight(row) > view.rowHeight(plain)
    # A wider dialog, a wider column: the long message no longer wraps and the row fits the two lines again.
    before = view.rowHeight(row)
    dialog.resize(2000, dialog.height())
    qtbot.waitUntil(lambda: view.rowHeight(row) < before)
    assert fits() and view.rowHeight(row) > view.rowHeight(plain)
