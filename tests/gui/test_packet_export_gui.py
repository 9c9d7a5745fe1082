"""The nomination packet from the GUI: the dialog (folder through gui.dialogs), the worker, the report."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services
from mitake_desktop.gui.packet_export import ExportPacketDialog
from mitake_desktop.gui.pages.awards import AwardsPage


def awards_page(window: Any, s: Services) -> tuple[AwardsPage, dict[str, Any]]:
    page = window.show_page("awards")
    assert isinstance(page, AwardsPage)
    program = next(p for p in s.awards.programs() if "身の丈" in p["name"])
    page.set_program(program["id"])
    return page, program


def test_export_from_the_gui_writes_the_packet(qtbot: QtBot, window: Any, demo_services: Services,
                                              dialog_answers: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    s = demo_services
    page, program = awards_page(window, s)
    # The real renderer, watched: it runs in the worker thread (Qt warnings would fail this test).
    from mitake_desktop.rendering import nomination_pdf

    threads: list[threading.Thread] = []
    real = nomination_pdf.render_nomination_pdf

    def watched(*args: Any) -> None:
        threads.append(threading.current_thread())
        real(*args)

    monkeypatch.setattr(nomination_pdf, "render_nomination_pdf", watched)
    target = tmp_path / "packet"
    seen: dict[str, Any] = {}

    def fill(dialog: ExportPacketDialog) -> bool:
        seen["program"] = dialog.program_id()
        dialog.era.setCurrentIndex(dialog.era.findData("seireki"))
        dialog.choose.click()  # the folder comes from gui.dialogs (answered below)
        seen["folder"] = dialog.folder.text()
        return True

    dialog_answers.answer("exec_dialog", fill)
    dialog_answers.answer("choose_folder", target)
    task = page.export_packet()
    assert task is not None
    qtbot.waitUntil(lambda: bool(dialog_answers.called("information")), timeout=60_000)
    assert seen == {"program": program["id"], "folder": str(target)}
    n = len(s.awards.nominations(program["id"]))
    pdfs = sorted(target.glob("*.pdf"))
    assert len(pdfs) == n and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert len(threads) == n and threading.main_thread() not in threads
    assert (target / "nominations.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    data = json.loads((target / "nominations.json").read_text(encoding="utf-8"))
    assert data["era"] == "seireki" and len(data["nominations"]) == n
    message = dialog_answers.messages()[-1]
    assert str(target) in message and "推薦書類を作成しました" in message


def test_a_folder_with_files_gets_a_new_folder_inside(qtbot: QtBot, window: Any, demo_services: Services,
                                                     tmp_path: Path, dialog_answers: Any) -> None:
    page, program = awards_page(window, demo_services)
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "memo.txt").write_text("x", encoding="utf-8")
    dialog = ExportPacketDialog(window.ctx, program["id"], window)
    qtbot.addWidget(dialog)
    dialog_answers.answer("choose_folder", busy)
    dialog.choose.click()
    chosen = Path(dialog.folder.text())
    assert chosen.parent == busy and program["name"].split()[0] in chosen.name and not chosen.exists()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.problem.isVisibleTo(dialog)
    # Typed by hand: a folder with files is refused in words before anything is written.
    dialog.folder.setText(str(busy))
    assert dialog.problem.isVisibleTo(dialog) and "空ではありません" in dialog.problem.text()
    assert not ok.isEnabled()


def test_export_failure_is_one_plain_sentence(qtbot: QtBot, window: Any, demo_services: Services,
                                             dialog_answers: Any, tmp_path: Path) -> None:
    page, program = awards_page(window, demo_services)
    target = tmp_path / "later"

    def fill(dialog: ExportPacketDialog) -> bool:
        dialog.folder.setText(str(target))
        # Something else writes into the folder between the dialog and the export.
        target.mkdir()
        (target / "x.txt").write_text("written meanwhile", encoding="utf-8")
        return True

    dialog_answers.answer("exec_dialog", fill)
    page.export_packet()
    qtbot.waitUntil(lambda: bool(dialog_answers.called("error")), timeout=60_000)
    assert "空ではありません" in dialog_answers.messages()[-1]
    assert sorted(p.name for p in target.iterdir()) == ["x.txt"]
