"""The reviewers' scoring screen: one reviewer scores each criterion of each nomination of a program, and the
ranking shows the weighted totals by the core's rules (scores normalised by each criterion's maximum, missing
scores left out and flagged).

Every score is saved at once as an undoable step through the award service. The reviewer's name is typed once
and remembered (QSettings), with the names that have already scored the program offered first.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.services.awards import RankingRow
from mitake_desktop.core.text import display_width
from mitake_desktop.gui import commands, dialogs, formatting, settings
from mitake_desktop.gui.context import AppContext
from mitake_desktop.gui.operations import ScoreCommand

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_ROLE = Qt.ItemDataRole.UserRole + 3
REVIEWERS_KEY = "awards/reviewers"
LAST_REVIEWER_KEY = "awards/last_reviewer"
MAX_REMEMBERED = 20
UNSCORED = QColor("#fff4e0")
WARN = QColor("#8a5300")
# What a person may type while scoring: digits (either width), a sign, one decimal point.
_NUMBERISH = re.compile(r"[+-]?\d*(?:\.\d*)?")


def parse_score(text: str) -> float | None:
    """The number typed into a score cell (full-width digits too), or None when it is no number."""
    folded = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    try:
        return float(folded)
    except ValueError:
        return None


def remembered_reviewers() -> list[str]:
    value = settings.app_settings().value(REVIEWERS_KEY, [])
    if isinstance(value, str):  # QSettings returns a one-element list as a plain string
        value = [value]
    if not isinstance(value, list):
        return []
    return [str(v) for v in value if str(v).strip()]


def remember_reviewer(name: str) -> None:
    names = [name] + [n for n in remembered_reviewers() if n != name]
    settings.put(REVIEWERS_KEY, names[:MAX_REMEMBERED])
    settings.put(LAST_REVIEWER_KEY, name)


class ScoreGridModel(QAbstractTableModel):
    """Nominations × criteria: one reviewer's scores, editable, each save undoable."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id: str | None = None
        self.reviewer = ""
        self.nominations: list[dict[str, Any]] = []
        self.criteria: list[dict[str, Any]] = []
        self.sheet: dict[tuple[str, str], dict[str, Any]] = {}
        ctx.bus.changed.connect(self._on_data_changed)
        ctx.bus.reset.connect(self.reload)

    def set_program(self, program_id: str | None) -> None:
        self.program_id = program_id
        self.reload()

    def set_reviewer(self, reviewer: str) -> None:
        self.reviewer = " ".join(reviewer.split())
        self.reload()

    def reload(self) -> None:
        awards = self.ctx.services.awards
        pid = self.program_id
        noms = sorted(awards.nominations(pid), key=lambda n: (str(n.get("title") or ""), n["id"])) if pid else []
        crits = awards.criteria(pid) if pid else []
        sheet = awards.score_sheet(pid, self.reviewer) if pid and self.reviewer else {}
        same = ([n["id"] for n in noms] == [n["id"] for n in self.nominations]
                and [c["id"] for c in crits] == [c["id"] for c in self.criteria])
        if same:
            self.nominations, self.criteria, self.sheet = noms, crits, sheet
            if noms and crits:
                self.dataChanged.emit(self.index(0, 0), self.index(len(noms) - 1, len(crits) - 1))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(crits) - 1)
            return
        self.beginResetModel()
        self.nominations, self.criteria, self.sheet = noms, crits, sheet
        self.endResetModel()

    def _on_data_changed(self, type_name: str, _ids: list[str]) -> None:
        if type_name in ("nomination_score", "nomination", "award_criterion"):
            self.reload()

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.nominations)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.criteria)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.criteria):
            c = self.criteria[section]
            if role == DISPLAY:
                return self.tr("{name}\n×{weight} · max {max}").format(
                    name=c["name"], weight=formatting.format_float(c.get("weight")), max=c.get("max_score"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return c.get("description") or None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.nominations) and role == DISPLAY:
            return str(self.nominations[section].get("title") or "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.reviewer else base

    def entry(self, index: Index) -> dict[str, Any] | None:
        if not index.isValid():
            return None
        return self.sheet.get((self.nominations[index.row()]["id"], self.criteria[index.column()]["id"]))

    def max_score(self, column: int) -> int:
        return int(self.criteria[column].get("max_score") or 1)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.nominations)
                                       and 0 <= index.column() < len(self.criteria)):
            return None
        entry = self.entry(index)
        score = entry.get("score") if entry else None
        if role == DISPLAY:
            if score is None:
                return "—"
            text = formatting.format_float(score)
            return f"{text} ✎" if entry and entry.get("comment") else text
        if role == EDIT:
            return score
        if role == MAX_ROLE:
            return self.max_score(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and score is None:
            return QBrush(UNSCORED)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("Not scored yet") if score is None else
                     self.tr("{score} of {max}").format(score=formatting.format_float(score),
                                                        max=self.max_score(index.column()))]
            if entry and entry.get("comment"):
                lines.append(str(entry["comment"]))
            return "\n".join(lines)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or not self.reviewer:
            return False
        score: float | None
        if value in (None, ""):
            score = None
        else:
            limit = self.max_score(index.column())
            score = value if isinstance(value, (int, float)) else parse_score(str(value))
            if score is None or not 0 <= score <= limit:
                dialogs.error(self.ctx.window, self.tr("Scores of “{criterion}” go from 0 to {max}.").format(
                    criterion=self.criteria[index.column()]["name"], max=limit))
                return False
        entry = self.entry(index)
        if (entry.get("score") if entry else None) == score:
            return True
        return self._save(index, score, None)

    def set_comment(self, index: Index, comment: str) -> bool:
        """The comment of a score already given (a comment without a score would not count)."""
        entry = self.entry(index)
        if entry is None or not self.reviewer:
            return False
        if (entry.get("comment") or "") == comment:
            return True
        return self._save(index, float(entry["score"]), comment)

    def _save(self, index: Index, score: float | None, comment: str | None) -> bool:
        nom = self.nominations[index.row()]
        crit = self.criteria[index.column()]
        text = self.tr("Score {criterion} of {title}").format(criterion=crit["name"], title=nom.get("title") or "")
        command = ScoreCommand(self.ctx, text, nom["id"], crit["id"], self.reviewer, score, comment)
        try:
            commands.run(self.ctx, command)  # the bus reloads the grid and the ranking
        except MitakeError as exc:
            dialogs.error(self.ctx.window, exc.message)
            return False
        return True


class ScoreSpinBox(QDoubleSpinBox):
    """A spin box that keeps a typed number even when it is out of range (or typed in full width).

    A plain QDoubleSpinBox drops the keystroke that would leave its range, so "12" on a 0–5 criterion
    silently became 1 and "9" left the old value: the typed text is kept instead and judged on commit,
    where an out-of-range number is refused in a sentence and the score stays as it was.
    """

    def validate(self, text: str, pos: int) -> Any:
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid and _NUMBERISH.fullmatch(unicodedata.normalize("NFKC", text).strip()):
            return QValidator.State.Intermediate, text, pos
        return result

    def typed_value(self) -> float | str | None:
        """The value to save: the number when the text is in range, else the text as typed (refused later);
        None when the text is empty."""
        if self.hasAcceptableInput():
            self.interpretText()
            return self.value()
        text = self.cleanText().strip()
        return text or None


class ScoreDelegate(QStyledItemDelegate):
    """A spin box bounded by the criterion's maximum score; a number out of range is refused, never clipped."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = ScoreSpinBox(parent)
        spin.setDecimals(1)
        spin.setSingleStep(1.0)
        spin.setRange(0.0, float(index.data(MAX_ROLE) or 1))
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setProperty("touched", False)
        spin.valueChanged.connect(lambda _v: spin.setProperty("touched", True))
        line = spin.lineEdit()
        assert line is not None
        line.textEdited.connect(lambda _t: spin.setProperty("touched", True))  # a typed "0" is a score too
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        value = index.data(EDIT)
        editor.blockSignals(True)
        editor.setValue(float(value) if value is not None else 0.0)
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, ScoreSpinBox)
        value = editor.typed_value()
        if value is None:
            return  # the text was cleared: the score stays as it was (Delete in the grid clears a score)
        if isinstance(value, float) and index.data(EDIT) is None and not editor.property("touched"):
            return  # opened and left without a value: still "not scored", not 0
        model.setData(index, value, EDIT)  # the model refuses a number out of range in a sentence


class ScoreGridView(QTableView):
    """Delete clears a score (back to "not scored", which is not 0)."""

    CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def event(self, e: QEvent) -> bool:
        # Delete is also the window's "delete record" shortcut: in the grid it means "clear this score".
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and e.key() in self.CLEAR_KEYS:
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in self.CLEAR_KEYS and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid():
                self.model().setData(index, None, EDIT)
                return
        super().keyPressEvent(e)


class RankingModel(QAbstractTableModel):
    """The program's nominations by weighted total (the core's ranking), with scores missing flagged."""

    FIXED = ("rank", "title", "total")
    TAIL = ("scores", "status")

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id: str | None = None
        self.rows: list[RankingRow] = []
        self.criteria: list[dict[str, Any]] = []
        ctx.bus.changed.connect(self._on_data_changed)
        ctx.bus.reset.connect(self.reload)

    def set_program(self, program_id: str | None) -> None:
        self.program_id = program_id
        self.reload()

    def reload(self) -> None:
        awards = self.ctx.services.awards
        pid = self.program_id
        try:
            rows = awards.ranking(pid) if pid else []
            criteria = awards.criteria(pid) if pid else []
        except MitakeError:  # the program was deleted meanwhile
            rows, criteria = [], []
        self.beginResetModel()
        self.rows, self.criteria = rows, criteria
        self.endResetModel()

    def _on_data_changed(self, type_name: str, _ids: list[str]) -> None:
        if type_name in ("nomination_score", "nomination", "award_criterion", "award_program"):
            self.reload()

    def columns(self) -> list[str]:
        return [*self.FIXED, *(f"c:{c['id']}" for c in self.criteria), *self.TAIL]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.FIXED) + len(self.criteria) + len(self.TAIL)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        cols = self.columns()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(cols):
            return None
        key = cols[section]
        if role == DISPLAY:
            if key.startswith("c:"):
                return break_label(str(self.criteria[section - len(self.FIXED)]["name"]))
            return break_label({"rank": self.tr("Rank"), "title": self.tr("Nomination"),
                                "total": self.tr("Total (of 100)"), "scores": self.tr("Scores"),
                                "status": self.tr("Status")}[key])
        if role == Qt.ItemDataRole.ToolTipRole and key == "total":
            return self.tr("Each score is divided by its criterion's maximum, averaged over the reviewers who gave "
                           "it, and weighted by the criterion's weight. A criterion nobody scored counts 0.")
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        cols = self.columns()
        if not 0 <= index.column() < len(cols):
            return None
        row = self.rows[index.row()]
        key = cols[index.column()]
        if key.startswith("c:"):
            result = row.criteria[index.column() - len(self.FIXED)]
            if role == DISPLAY:
                if result.mean is None:
                    return "—"
                return f"{result.mean:.1f} / {result.max_score}"
            if role == SORT_ROLE:
                return result.value if result.value is not None else -1.0
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{n} reviewer(s) scored this").format(n=result.n_scores)
            return None
        if key == "scores":
            missing = row.expected - row.scored
            if role == DISPLAY:
                text = f"{row.scored} / {row.expected}"
                return text + " " + self.tr("(missing {n})").format(n=missing) if missing > 0 else text
            if role == Qt.ItemDataRole.DecorationRole and missing > 0:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ForegroundRole and missing > 0:
                return QBrush(WARN)
            if role == Qt.ItemDataRole.ToolTipRole and missing > 0:
                return self.tr("Scores are missing: the total may still change. Scores not given are left out of "
                               "the averages; a criterion nobody scored counts 0.")
            if role == SORT_ROLE:
                return row.scored - row.expected
            return None
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return row.title  # the column elides a long title
        if role == DISPLAY:
            if key == "rank":
                return str(row.rank)
            if key == "title":
                return row.title
            if key == "total":
                return f"{row.total:.1f}"
            if key == "status":
                return reference.label("nomination_status", row.status)
        if role == SORT_ROLE:
            return {"rank": row.rank, "title": row.title, "total": row.total, "status": row.status}[key]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rank", "total"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.nomination_id
        return None


class ScoringView(QWidget):
    """The reviewer's name, the score grid with a comment line, and the ranking."""

    reviewer_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reviewer = QComboBox(self)
        self.reviewer.setEditable(True)
        self.reviewer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reviewer.setMinimumContentsLength(16)
        self.reviewer.setAccessibleName(self.tr("Reviewer"))
        line = self.reviewer.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Your name"))
        line.editingFinished.connect(self._reviewer_entered)
        self.reviewer.activated.connect(lambda _i: self._reviewer_entered())
        reviewer_label = QLabel(self.tr("Reviewer"), self)
        reviewer_label.setBuddy(self.reviewer)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        self.grid = ScoreGridModel(ctx, self)
        self.grid_view = ScoreGridView(self)
        self.grid_view.setModel(self.grid)
        self.grid_view.setAccessibleName(self.tr("Scores"))
        self._delegate = ScoreDelegate(self.grid_view)
        self.grid_view.setItemDelegate(self._delegate)
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid_view.horizontalHeader().setMinimumSectionSize(90)
        self.grid_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid_view.verticalHeader().setMaximumWidth(320)
        self.grid_view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid_view.selectionModel().currentChanged.connect(lambda _c, _p: self._show_comment())
        self.grid.modelReset.connect(self._show_comment)
        self.grid.dataChanged.connect(lambda *_a: self._show_comment())

        self.comment_label = QLabel(self.tr("Comment"), self)
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("Comment on the selected score"))
        self.comment.setMaxLength(2000)
        self.comment.editingFinished.connect(self.save_comment)  # Return, or leaving the line
        self.comment_label.setBuddy(self.comment)
        self.comment_button = QPushButton(self.tr("Save comment"), self)
        self.comment_button.clicked.connect(self.save_comment)

        self.ranking = RankingModel(ctx, self)
        self.ranking_proxy = QSortFilterProxyModel(self)
        self.ranking_proxy.setSourceModel(self.ranking)
        self.ranking_proxy.setSortRole(SORT_ROLE)
        self.ranking_view = QTableView(self)
        self.ranking_view.setModel(self.ranking_proxy)
        self.ranking_view.setAccessibleName(self.tr("Ranking"))
        self.ranking_view.setSortingEnabled(True)
        self.ranking_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ranking_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking_view.verticalHeader().hide()
        self.ranking_view.setAlternatingRowColors(True)
        self.ranking_view.setWordWrap(False)
        self.ranking_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter
                                                                 | Qt.TextFlag.TextWordWrap)
        self.ranking_view.horizontalHeader().setMinimumHeight(2 * self.fontMetrics().height() + 10)
        self.ranking.modelReset.connect(self._size_ranking)

        top = QHBoxLayout()
        top.addWidget(reviewer_label)
        top.addWidget(self.reviewer)
        top.addWidget(self.hint, 1)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment_label)
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.comment_button)
        upper = QWidget(self)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        ul.addWidget(self.grid_view, 1)
        ul.addLayout(comment_row)
        lower = QWidget(self)
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        self.ranking_title = QLabel(self.tr("Ranking (all reviewers)"), self)
        font = self.ranking_title.font()
        font.setBold(True)
        self.ranking_title.setFont(font)
        ll.addWidget(self.ranking_title)
        ll.addWidget(self.ranking_view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setSizes([380, 260])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(split)
        self._fill_reviewers()
        last = settings.get_str(LAST_REVIEWER_KEY)
        if last:
            self.set_reviewer(last)
        self._show_hint()

    # -- program and reviewer ---------------------------------------------------------------------

    @property
    def program_id(self) -> str | None:
        return self.grid.program_id

    def set_program(self, program_id: str | None) -> None:
        self.grid.set_program(program_id)
        self.ranking.set_program(program_id)
        self._fill_reviewers()
        self._show_hint()

    def _fill_reviewers(self) -> None:
        """Names remembered on this computer first, then the others who scored the program."""
        current = self.reviewer.currentText()
        names = remembered_reviewers()
        if self.grid.program_id:
            names += [n for n in self.ctx.services.awards.reviewers(self.grid.program_id) if n not in names]
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        self.reviewer.addItems(names)
        self.reviewer.setEditText(current)
        self.reviewer.blockSignals(False)

    def set_reviewer(self, name: str) -> None:
        name = " ".join(name.split())
        self.reviewer.setEditText(name)
        self._reviewer_entered()

    def _reviewer_entered(self) -> None:
        name = " ".join(self.reviewer.currentText().split())
        if name == self.grid.reviewer:
            return
        self.grid.set_reviewer(name)
        if name:
            remember_reviewer(name)
        self._show_hint()
        self.reviewer_changed.emit(name)

    def _show_hint(self) -> None:
        if not self.grid.program_id:
            self.hint.setText(self.tr("Choose a program above."))
        elif not self.grid.reviewer:
            self.hint.setText(self.tr("Type your name as the reviewer to give scores."))
        else:
            self.hint.setText(self.tr("Double-click a cell (or type a number) to score; Delete clears a score. "
                                      "Each score is saved at once and can be undone."))

    # -- comments ---------------------------------------------------------------------------------

    def _show_comment(self) -> None:
        entry = self.grid.entry(self.grid_view.currentIndex())
        self.comment.setText(str((entry or {}).get("comment") or ""))
        enabled = entry is not None
        self.comment.setEnabled(enabled)
        self.comment_button.setEnabled(enabled)
        self.comment.setPlaceholderText("" if enabled else self.tr("Give a score first, then a comment"))

    def save_comment(self) -> bool:
        return self.grid.set_comment(self.grid_view.currentIndex(), self.comment.text().strip())

    def _size_ranking(self) -> None:
        """The nomination takes the room; every other column is as wide as its cells and its header's widest line
        (a long header is broken into two lines at a natural place first: :func:`break_label`)."""
        view = self.ranking_view
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        title = self.ranking.columns().index("title")
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        em = metrics.horizontalAdvance("あ")
        style = header.style()
        # The label's margins as the style draws them, and half an em of air (a header exactly as wide as its
        # line would word-wrap the last character). Room for the sort arrow only where it is: the nomination
        # needs the room more.
        chrome = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + em // 2
        for column in range(self.ranking.columnCount()):
            if column == title:
                continue
            label = str(self.ranking.headerData(column, Qt.Orientation.Horizontal) or "")
            heading = max(metrics.horizontalAdvance(line) for line in label.split("\n")) + chrome
            if column == header.sortIndicatorSection():  # the rank, at first
                heading += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
            # A name with no place to break and longer than 12 characters wraps (or elides) rather than
            # taking the nomination's room.
            view.setColumnWidth(column, max(view.sizeHintForColumn(column), min(heading, 12 * em)))

    def score_at(self, row: int, column: int) -> Any:
        return self.grid.data(self.grid.index(row, column), EDIT)


_BREAK_AFTER = "・、，,/／"
_BREAK_BEFORE = "（(［[「"


def break_label(text: str, *, longer_than: int = 10) -> str:
    """A column label on two lines, broken where a reader would break it (after 「・」, before an opening bracket, at
    a space), the two lines as even as can be. A label of ``longer_than`` display columns or fewer, or one with no
    such place, stays whole: Qt's word wrap would otherwise break Japanese between any two characters."""
    if "\n" in text or display_width(text) <= longer_than:
        return text
    best: tuple[int, str] | None = None
    for i, ch in enumerate(text):
        if ch.isspace():
            first, second = text[:i], text[i + 1:]
        elif ch in _BREAK_AFTER:
            first, second = text[:i + 1], text[i + 1:]
        elif ch in _BREAK_BEFORE:
            first, second = text[:i], text[i:]
        else:
            continue
        first, second = first.rstrip(), second.lstrip()
        if first and second:
            cost = max(display_width(first), display_width(second))
            if best is None or cost < best[0]:
                best = (cost, f"{first}\n{second}")
    return best[1] if best else text


def ranking_titles(model: QSortFilterProxyModel) -> list[str]:
    """The titles in the order the ranking view shows them (tests, screenshots)."""
    return [str(model.index(r, 1).data()) for r in range(model.rowCount())]

