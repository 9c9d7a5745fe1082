"""Every modal interaction of the app goes through this module, so tests patch one place.

Messages are plain sentences; an unexpected error is logged with its traceback and shown with a
"Copy details" button, never as a traceback on screen. Tests replace these functions (see
``tests/gui/conftest.py``): a real modal dialog would block the test run.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from mitake_desktop import APP_NAME
from mitake_desktop.core.errors import MitakeError

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

log = logging.getLogger(__name__)



def exec_dialog(dialog: QDialog) -> bool:
    """Run a dialog modally; True when accepted. The one place a QDialog is exec'd."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def information(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.information(parent, title or APP_NAME, text)


def error(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.warning(parent, title or APP_NAME, text)


def confirm(parent: QWidget | None, text: str, *, title: str = "", ok_text: str = "") -> bool:
    """Ask before something destructive (delete). The safe answer (Cancel) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title or APP_NAME, text, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(ok_text or QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_unsaved(parent: QWidget | None, what: str = "") -> str:
    """``save``, ``discard`` or ``cancel`` for a form with changes not saved yet."""
    text = QCoreApplication.translate("Dialogs", "Save your changes?") if not what else QCoreApplication.translate("Dialogs", "Save your changes to “{what}”?").format(what=what)
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.question(parent, APP_NAME, text, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def unexpected(parent: QWidget | None, message: str, details: str) -> None:
    """An unexpected failure: a plain message, the details one click away (copied, not shown by default)."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.Close, parent)
    copy = box.addButton(QCoreApplication.translate("Dialogs", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # an action button would close the box; copying should not
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException, details: str | None = None) -> None:
    """A known error as its own sentence; anything else logged and shown as 'unexpected'."""
    if isinstance(exc, MitakeError):
        error(parent, exc.message)
        return
    from mitake_desktop.core import logs

    path = logs.setup()  # before logging: the file handler must exist to receive the record
    text = details or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error: %s", text)
    unexpected(parent, QCoreApplication.translate("Dialogs", "Something went wrong. The details were written to the log file {log}.").format(log=path),
               text)


def open_file(parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(name) if name else None


def open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return [Path(n) for n in names]


def save_file(parent: QWidget | None, title: str, suggested: str = "", name_filter: str = "") -> Path | None:
    """Where to write a file (``suggested``: a file name or path to start from); None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    """A folder to write into (the dialog can make a new one); None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


def ask_passphrase(parent: QWidget | None, text: str) -> str | None:
    """A passphrase typed once, hidden (to open an encrypted bundle); None when cancelled. Never stored."""
    value, ok = QInputDialog.getText(parent, APP_NAME, text, QLineEdit.EchoMode.Password)
    return value if ok and value else None


def confirm_open_link(parent: QWidget | None, url: QUrl) -> bool:
    """Links in Markdown open in the browser only after the user says so."""
    text = QCoreApplication.translate("Dialogs", "Open this link in your web browser?\n\n{url}").format(url=url.toDisplayString())
    answer = QMessageBox.question(parent, APP_NAME, text,
                                  QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Open


def pick_records(parent: QWidget | None, services: Services, type_name: str, *, multi: bool = False,
                 exclude: Sequence[str] = ()) -> list[str] | None:
    """Choose one (or several) records of ``type_name`` from a searchable list; None when cancelled."""
    from mitake_desktop.gui.picker import RecordPickerDialog

    dialog = RecordPickerDialog(services, type_name, multi=multi, exclude=exclude, parent=parent)
    try:
        if not exec_dialog(dialog):
            return None
        return dialog.selected_ids()
    finally:
        dialog.deleteLater()
