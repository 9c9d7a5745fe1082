"""Forms generated from the specs: an editor per kind, labels in the current language, messages by the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mitake_desktop.core.schema import ENTITIES, Kind
from mitake_desktop.core.services import Services
from mitake_desktop.gui.fields import ChoiceField, ChoicesField, RefField, RefsField
from mitake_desktop.gui.forms import RecordForm
from mitake_desktop.gui.picker import RecordPickerDialog

from .helpers import fill, trigger, type_into


def test_every_record_type_gets_a_form_with_an_editor_per_field(qtbot: QtBot, services: Services) -> None:
    for entity in ENTITIES:
        form = RecordForm(services, entity.type)
        qtbot.addWidget(form)
        assert set(form.editors) == set(entity.field_names)
        for name, editor in form.editors.items():
            assert editor.accessibleName() == str(entity.field(name).label)


def test_choices_show_labels_in_the_current_language(qtbot: QtBot, services: Services) -> None:
    from mitake_desktop.gui import translation

    form = RecordForm(services, "community")
    qtbot.addWidget(form)
    status = form.editors["status"]
    assert isinstance(status, ChoiceField)
    assert [status.combo.itemText(i) for i in range(1, 4)] == ["立ち上げ中", "活動中", "休止中"]
    translation.install("en")
    english = RecordForm(services, "community")
    qtbot.addWidget(english)
    status_en = english.editors["status"]
    assert isinstance(status_en, ChoiceField)
    assert status_en.combo.itemText(2) == "Active"
    prefectures = english.editors["prefectures"]
    assert isinstance(prefectures, ChoicesField)
    assert prefectures.items.item(12).text() == "Tokyo"


def test_validation_messages_appear_next_to_their_fields(qtbot: QtBot, window: Any, dialog_answers: Any) -> None:
    panel = window.show_page("people").current_panel()
    trigger(window, "new")
    fill(qtbot, panel.form, {"email": "not-an-address", "reading": "Yamada"}, dialog_answers)
    trigger(window, "save")
    form = panel.form
    assert form.is_new and form.is_dirty  # nothing saved, nothing lost
    assert "氏名" in form.problem_text("name")
    assert "メールアドレス" in form.problem_text("email")
    assert "ひらがな" in form.problem_text("reading")
    assert form.problem_text("title") == ""
    assert form.editors["name"].accessibleDescription() == form.problem_text("name")
    assert not window.undo.canUndo()
    # Fixing the fields clears the messages on the next save.
    fill(qtbot, form, {"name": "山田 花子", "email": "hanako@example.jp", "reading": "やまだ はなこ"}, dialog_answers)
    trigger(window, "save")
    assert not form.is_new and form.problem_text("email") == ""


def test_references_are_picked_from_a_searchable_list(qtbot: QtBot, demo_services: Services) -> None:
    dialog = RecordPickerDialog(demo_services, "organisation")
    qtbot.addWidget(dialog)
    target = demo_services.records.list("organisation", limit=5)[-1]
    type_into(qtbot, dialog.search, target["name"])
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter searches at once and accepts the first hit
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.selected_ids()[0] == target["id"]
    multi = RecordPickerDialog(demo_services, "person", multi=True)
    qtbot.addWidget(multi)
    multi.view.selectAll()
    assert len(multi.selected_ids()) == multi.model.rowCount() == demo_services.records.count("person")


def test_reference_fields_show_titles_and_never_take_typing(qtbot: QtBot, demo_services: Services,
                                                            dialog_answers: Any) -> None:
    form = RecordForm(demo_services, "event")
    qtbot.addWidget(form)
    form.set_record(None)
    community = demo_services.records.list("community", limit=1)[0]
    people = demo_services.records.list("person", limit=2)
    fill(qtbot, form, {"community_id": community["id"], "speaker_ids": [p["id"] for p in people]}, dialog_answers)
    ref = form.editors["community_id"]
    assert isinstance(ref, RefField) and ref.display.isReadOnly()
    assert ref.display.text() == community["name"] and ref.value() == community["id"]
    refs = form.editors["speaker_ids"]
    assert isinstance(refs, RefsField)
    assert [refs.items.item(i).text() for i in range(2)] == [p["name"] for p in people]
    refs.view.selectAll()
    refs.remove_selected()
    assert refs.value() == []
    qtbot.mouseClick(ref.clear, Qt.MouseButton.LeftButton)
    assert ref.value() is None


def test_nominee_is_picked_from_the_type_the_nomination_names(qtbot: QtBot, demo_services: Services,
                                                              dialog_answers: Any) -> None:
    form = RecordForm(demo_services, "nomination")
    qtbot.addWidget(form)
    form.set_record(None)
    person = demo_services.records.list("person", limit=1)[0]
    fill(qtbot, form, {"nominee_type": "person"}, dialog_answers)
    dialog_answers.answer("pick_records", lambda _parent, _services, type_name, **kw: (
        [person["id"]] if type_name == "person" else None))
    nominee = form.editors["nominee_id"]
    assert isinstance(nominee, RefField)
    nominee.pick()
    assert nominee.display.text() == person["name"] and nominee.value() == person["id"]


def test_each_kind_gets_its_editor(qtbot: QtBot, services: Services) -> None:
    from mitake_desktop.gui import fields

    expected = {
        Kind.TEXT: fields.LineField, Kind.KANA: fields.LineField, Kind.EMAIL: fields.LineField,
        Kind.PHONE: fields.LineField, Kind.URL: fields.LineField, Kind.INT: fields.LineField,
        Kind.FLOAT: fields.LineField, Kind.DATETIME: fields.LineField, Kind.DATE: fields.DateField,
        Kind.BOOL: fields.BoolField, Kind.CHOICE: fields.ChoiceField, Kind.CHOICES: fields.ChoicesField,
        Kind.REF: fields.RefField, Kind.REFS: fields.RefsField, Kind.SHA256S: fields.AttachmentsField,
        Kind.MARKDOWN: fields.MarkdownEditorField, Kind.JSON: fields.JsonField,
    }
    assert set(expected) == set(Kind)
    for e in ENTITIES:
        form = RecordForm(services, e.type)
        qtbot.addWidget(form)
        for f in e.fields:
            want = fields.RefField if (e.type, f.name) in fields.DYNAMIC_TARGETS else expected[f.kind]
            assert type(form.editors[f.name]) is want, (e.type, f.name)


def test_attachments_are_added_from_files(qtbot: QtBot, demo_services: Services, dialog_answers: Any,
                                          png_image: Any, tmp_path: Any) -> None:
    form = RecordForm(demo_services, "case_study")
    qtbot.addWidget(form)
    form.set_record(demo_services.records.list("case_study", limit=1)[0])
    photos = form.editors["photo_ids"]
    before = list(photos.value())
    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("hello", encoding="utf-8")
    dialog_answers.answer("open_files", [png_image, not_an_image])
    qtbot.mouseClick(photos.add, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    added = [sha for sha in photos.value() if sha not in before]
    assert len(added) == 1 and demo_services.records.get("attachment", added[0])["original_name"] == "photo.png"
    assert any("添付できません" in m for m in dialog_answers.messages())  # the text file was refused, plainly
    assert form.is_dirty


def test_forms_take_japanese_era_dates(qtbot: QtBot, window: Any, dialog_answers: Any) -> None:
    from mitake_desktop.gui.fields import DateField

    panel = window.show_page("people").current_panel()
    trigger(window, "new")
    fill(qtbot, panel.form, {"name": "和暦 太郎", "consent_date": "平成31年5月1日"}, dialog_answers)
    trigger(window, "save")
    assert panel.form.is_new  # refused, the typing kept
    assert "この日は令和元年5月1日です" in panel.form.problem_text("consent_date")
    editor = panel.form.editors["consent_date"]
    assert isinstance(editor, DateField)
    type_into(qtbot, editor.edit, "令和元年5月1日")
    editor._sync_calendar()  # the calendar opens on the day typed
    assert editor.calendar.selectedDate().toString("yyyy-MM-dd") == "2019-05-01"
    trigger(window, "save")
    assert not panel.form.is_new and panel.form.problem_text("consent_date") == ""
    assert window.ctx.services.records.get("person", panel.form.record_id)["consent_date"] == "2019-05-01"
