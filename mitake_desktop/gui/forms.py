"""A record's form, generated from its spec: one editor per field, the service's messages next to each field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mitake_desktop.core.errors import FieldProblem
from mitake_desktop.core.schema import FieldSpec, Kind, spec
from mitake_desktop.gui.fields import FieldEditor, make_editor

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

ERROR_STYLE = "color: #b3261e;"


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """The layout of a record form's fields: editors grow, labels right-aligned at the top of their row."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return form


class RecordForm(QScrollArea):
    """Edits one record (or a new one). Knows nothing of saving: the panel sends values to the services."""

    dirty_changed = Signal(bool)

    def __init__(self, services: Services, type_name: str, *, fixed: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.type_name = type_name
        self.entity = spec(type_name)
        self.fixed: dict[str, Any] = dict(fixed or {})
        self.record: dict[str, Any] | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._baseline: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        self.is_blank = False  # cleared: no record and not a new one either (see clear())

        body = QWidget(self)
        self.general_error = QLabel(body)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self._build(body)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields shrink instead
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("{type} form").format(type=self.entity.label))

    # -- building (subclasses lay the fields out their own way: the case-study editor) ------------

    def _build(self, body: QWidget) -> None:
        """Every field in one column (Markdown fields across the whole width)."""
        outer = QVBoxLayout(body)
        outer.addWidget(self.general_error)
        form = form_layout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.add_rows(form, [f.name for f in self.entity.fields], body)

    def add_rows(self, form: QFormLayout, names: Iterable[str], parent: QWidget) -> None:
        """A row in ``form`` for each field of ``names`` that is not fixed."""
        for name in names:
            if name in self.fixed:
                continue
            label, cell = self.add_field(name, parent)
            if self.entity.field(name).kind is Kind.MARKDOWN:  # wide: the label above, editor and preview across
                form.addRow(label)
                form.addRow(cell)
            else:
                form.addRow(label, cell)

    def make_editor(self, f: FieldSpec, parent: QWidget) -> FieldEditor:
        return make_editor(self.type_name, f, self.services, self._sibling, parent)

    def add_field(self, name: str, parent: QWidget) -> tuple[QLabel, QWidget]:
        """Make the editor of field ``name`` with its label and the place for its messages: (label, cell)."""
        f = self.entity.field(name)
        editor = self.make_editor(f, parent)
        error = QLabel(parent)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(parent)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        box.addWidget(error)
        text = str(f.label) + (" *" if f.required else "")
        label = QLabel(text, parent)
        label.setBuddy(editor)
        if f.help is not None:
            label.setToolTip(str(f.help))
            editor.setToolTip(str(f.help))
        if f.kind is Kind.BOOL:
            label.setText("")
        editor.changed.connect(self._on_changed)
        self.editors[f.name] = editor
        self.errors[f.name] = error
        self.labels[f.name] = label
        return label, cell

    # -- loading ---------------------------------------------------------------------------------

    def _sibling(self, name: str) -> Any:
        if name in self.fixed:
            return self.fixed[name]
        editor = self.editors.get(name)
        return editor.value() if editor is not None else None

    @property
    def record_id(self) -> str | None:
        return self.record["id"] if self.record else None

    @property
    def is_new(self) -> bool:
        return self.record is None

    def set_record(self, record: Mapping[str, Any] | None) -> None:
        """Show ``record`` (None: a blank form for a new record, with the fields' defaults)."""
        self._loading = True
        if self.is_blank:
            for editor in self.editors.values():
                editor.show_blank(False)
            self.is_blank = False
        self.record = dict(record) if record is not None else None
        for name, editor in self.editors.items():
            if record is not None:
                value = record.get(name)
            else:
                default = self.entity.field(name).default
                value = list(default) if isinstance(default, list) else default
            editor.set_value(value)
        self._loading = False
        self.clear_problems()
        self._baseline = self._current()
        self._set_dirty(False)

    def clear(self) -> None:
        """Nothing selected: every field empty (no defaults, no examples in grey); New brings the defaults."""
        self.set_record(None)
        self._loading = True
        for editor in self.editors.values():
            editor.show_blank(True)
        self._loading = False
        self.is_blank = True
        self._baseline = self._current()
        self._set_dirty(False)

    def set_fixed(self, fixed: Mapping[str, Any]) -> None:
        self.fixed.update(fixed)

    def preset(self, values: Mapping[str, Any]) -> None:
        """Fill some fields of a new record (a filter's community, say) without marking the form changed."""
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)
        self._baseline = self._current()
        self._set_dirty(False)

    # -- values ----------------------------------------------------------------------------------

    def _current(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def values(self) -> dict[str, Any]:
        """Every value for creating a record: what the form shows plus the fixed fields."""
        out = {k: v for k, v in self._current().items() if v not in (None, "", [])}
        return out | self.fixed

    def changes(self) -> dict[str, Any]:
        """The fields the user changed since the record was loaded."""
        current = self._current()
        return {k: v for k, v in current.items() if v != self._baseline.get(k)}

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def _on_changed(self) -> None:
        if not self._loading:
            self._set_dirty(bool(self.changes()))

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- problems --------------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            self.editors[name].setAccessibleDescription("")
        self.general_error.clear()
        self.general_error.hide()

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        """Each message under its field (and the first bad field focused); others at the top."""
        self.clear_problems()
        general: list[str] = []
        first: FieldEditor | None = None
        for p in problems:
            label = self.errors.get(p.field)
            if label is None:
                general.append(p.message)
                continue
            label.setText((label.text() + "\n" if label.text() else "") + p.message)
            label.show()
            editor = self.editors[p.field]
            editor.setAccessibleDescription(p.message)
            if first is None:
                first = editor
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(first)

    def problem_text(self, field_name: str) -> str:
        label = self.errors.get(field_name)
        return label.text() if label is not None and label.isVisibleTo(self) else ""
