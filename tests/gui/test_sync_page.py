"""The Sync page driven as a user would: export on the worker, import with the summary before the commit,
the trust question, refused bundles in one sentence, passphrases, known devices, and the welcome page's import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from mitake_desktop.core.services import Services
from mitake_desktop.core.storage.tables import device
from mitake_desktop.core.sync import ExportOptions
from mitake_desktop.gui.sync import texts
from mitake_desktop.gui.sync.flows import ImportFlow, ImportSummaryDialog
from mitake_desktop.gui.sync.texts import trust_label

from .conftest import make_window
from .helpers import trigger, type_into


def wait_idle(qtbot: QtBot, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)


def run_import(qtbot: QtBot, window: Any, start: Callable[[], None]) -> bool:
    """Start an import (a button, a menu) and wait until its flow has finished; True when committed."""
    before = set(window.findChildren(ImportFlow))  # a finished flow may wait for its deferred delete
    start()
    started = [f for f in window.findChildren(ImportFlow) if f not in before]
    assert len(started) == 1, "no import started"
    flow = started[0]
    with qtbot.waitSignal(flow.finished, timeout=60_000) as blocker:
        pass
    wait_idle(qtbot, window)
    return bool(blocker.args[0])


def summary_checker(seen: dict[str, Any], services: Services, *, answer: bool = True) -> Callable[[Any], bool]:
    """An answer for the summary dialog that records what it showed, and proves nothing was written yet."""

    def check(dialog: Any) -> bool:
        assert isinstance(dialog, ImportSummaryDialog)
        seen["dump_before_commit"] = list(services.dump_lines())
        seen["added"] = dialog.outcome_values["added"].text()
        seen["conflicts"] = dialog.outcome_values["conflicts"].text()
        seen["signer"] = dialog.signer_label.text()
        seen["fingerprint"] = dialog.fingerprint_label.text()
        seen["types"] = dialog.types.rowCount()
        return answer

    return check


def dump(s: Services) -> list[str]:
    return list(s.dump_lines())


def fingerprint_of(s: Services) -> str:
    return next(d.fingerprint for d in s.sync.devices() if d.is_local)


@pytest.fixture
def bundle(demo_services: Services, tmp_path: Path) -> Path:
    """A full bundle of the demo database, written by the core (the export GUI has its own test)."""
    path = tmp_path / "demo.mitake"
    demo_services.sync.export(path, ExportOptions())
    return path


def test_export_on_one_computer_import_on_another(qtbot: QtBot, window: Any, empty_window: Any,
                                                   demo_services: Services, services: Services,
                                                   dialog_answers: Any, tmp_path: Path) -> None:
    page = window.show_page("sync")
    assert page.export_panel.profile.currentData() == "internal"  # our own laptops, by default
    out = tmp_path / "to-b"  # no suffix typed: .mitake is added
    dialog_answers.answer("save_file", out)
    page.export_panel.export_button.click()
    wait_idle(qtbot, window)
    written = tmp_path / "to-b.mitake"
    assert written.exists()
    told = dialog_answers.messages()[-1]
    assert str(written) in told and f"{demo_services.records.counts()['community']}" in told
    assert page.exchanges.rowCount() == 1 and page.exchanges.data(page.exchanges.index(0, 1)) == "書き出し"

    # The other computer: its welcome page imports the bundle.
    assert empty_window.current_page == "welcome"
    welcome = empty_window.current()
    seen: dict[str, Any] = {}
    dialog_answers.answer("open_file", written)
    dialog_answers.answer("exec_dialog", summary_checker(seen, services))
    dialog_answers.answer("confirm", True)  # a device never seen: trust it (after the fingerprint check)
    with qtbot.waitSignal(welcome.finished, timeout=60_000):
        assert run_import(qtbot, empty_window, welcome.import_bundle.click)
    assert seen["dump_before_commit"] == []  # the summary came before anything was written
    total = sum(demo_services.records.counts().values())
    assert seen["added"] == f"{total:,}" and seen["conflicts"] == "0" and seen["types"] > 10
    assert seen["fingerprint"] == fingerprint_of(demo_services)
    assert dump(services) == dump(demo_services)  # the data is there, field for field
    assert empty_window.current_page == "dashboard"
    dashboard = empty_window.current()
    n = services.records.count("community")
    qtbot.waitUntil(lambda: dashboard.cards["community"].number.text() == str(n))
    assert "取り込みました" in dialog_answers.messages()[-1]


def test_an_unknown_signer_is_asked_about(qtbot: QtBot, empty_window: Any, services: Services,
                                          demo_services: Services, bundle: Path, dialog_answers: Any) -> None:
    # A list open before the import re-counts after it (the pages follow the change signal).
    communities = empty_window.show_page("communities").active_panel()
    assert communities.model.rowCount() == 0
    empty_window.show_page("sync")

    seen: dict[str, Any] = {}
    dialog_answers.answer("open_file", bundle)
    dialog_answers.answer("exec_dialog", summary_checker(seen, services))
    dialog_answers.answer("confirm", False)  # the fingerprint does not match: cancel
    assert not run_import(qtbot, empty_window, lambda: trigger(empty_window, "import_bundle"))
    question = dialog_answers.called("confirm")[-1][1]
    assert fingerprint_of(demo_services) in question and "信頼" in question
    assert services.records.is_empty() and services.sync.exchanges() == []
    assert not any(d.trusted for d in services.sync.devices() if not d.is_local)
    work = Path(str(services.db.path)).with_name(Path(str(services.db.path)).stem + "-sync")
    assert not work.exists() or not any(work.iterdir())  # the working copy is gone

    dialog_answers.answer("open_file", bundle)
    dialog_answers.answer("exec_dialog", summary_checker(seen, services))
    dialog_answers.answer("confirm", True)
    assert run_import(qtbot, empty_window, lambda: trigger(empty_window, "import_bundle"))
    assert dump(services) == dump(demo_services)
    signer = next(d for d in services.sync.devices() if d.id == demo_services.device_id)
    assert signer.trusted and signer.fingerprint == fingerprint_of(demo_services)
    qtbot.waitUntil(lambda: communities.model.rowCount() == services.records.count("community"))

    # The same bundle again: a trusted signer is not asked about, and nothing changes.
    dialog_answers.answer("open_file", bundle)
    dialog_answers.answer("exec_dialog", summary_checker(seen, services))
    confirms = len(dialog_answers.called("confirm"))
    assert run_import(qtbot, empty_window, lambda: trigger(empty_window, "import_bundle"))
    assert len(dialog_answers.called("confirm")) == confirms and seen["added"] == "0"
    assert dump(services) == dump(demo_services)

    # Known devices: the signer is listed, trusted; stop trusting and forget its key, each after a question.
    page = empty_window.show_page("sync")
    row = page.devices.row_of(demo_services.device_id)
    assert row is not None and page.devices.data(page.devices.index(row, 2)) == "はい"
    page.device_view.selectRow(row)
    assert page.distrust_button.isEnabled() and not page.trust_button.isEnabled()
    dialog_answers.answer("confirm", False)
    page.distrust_button.click()
    assert next(d for d in services.sync.devices() if d.id == demo_services.device_id).trusted
    dialog_answers.answer("confirm", True)
    page.distrust_button.click()
    assert not next(d for d in services.sync.devices() if d.id == demo_services.device_id).trusted
    dialog_answers.answer("confirm", True)
    page.device_view.selectRow(page.devices.row_of(demo_services.device_id) or 0)
    page.forget_button.click()
    assert next(d for d in services.sync.devices() if d.id == demo_services.device_id).fingerprint is None


def test_a_damaged_bundle_is_refused_in_one_sentence(qtbot: QtBot, window: Any, demo_services: Services,
                                                     bundle: Path, tmp_path: Path, dialog_answers: Any) -> None:
    damaged = tmp_path / "damaged.mitake"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the middle of the content
    damaged.write_bytes(bytes(data))
    before = dump(demo_services)
    exchanges = demo_services.sync.exchanges()
    window.show_page("sync")
    dialog_answers.answer("open_file", damaged)
    assert not run_import(qtbot, window, window.current().import_button.click)
    message = dialog_answers.messages()[-1]
    assert "書き出し直して" in message and "Traceback" not in message and "\n" not in message
    assert dialog_answers.called("unexpected") == [] and dialog_answers.called("exec_dialog") == []
    assert dump(demo_services) == before and demo_services.sync.exchanges() == exchanges


def test_a_changed_key_for_a_known_device_is_refused(qtbot: QtBot, empty_window: Any, services: Services,
                                                     demo_services: Services, bundle: Path,
                                                     dialog_answers: Any) -> None:
    services.sync.import_bundle(bundle, trust=True)
    with services.db.write() as conn:  # the same device id now presents another key
        conn.execute(update(device).where(device.c.id == demo_services.device_id).values(public_key="ab" * 32))
    before = dump(services)
    dialog_answers.answer("open_file", bundle)
    assert not run_import(qtbot, empty_window, lambda: trigger(empty_window, "import_bundle"))
    assert "なりすまし" in dialog_answers.messages()[-1]
    assert dialog_answers.called("exec_dialog") == [] and dump(services) == before


def test_an_encrypted_bundle_asks_for_its_passphrase(qtbot: QtBot, window: Any, empty_window: Any,
                                                     services: Services, demo_services: Services,
                                                     dialog_answers: Any, tmp_path: Path) -> None:
    page = window.show_page("sync")
    panel = page.export_panel
    type_into(qtbot, panel.passphrase, "sakura-2026")
    type_into(qtbot, panel.passphrase_again, "sakura-2025")
    panel.export_button.click()  # the two differ: said plainly, nothing asked, nothing written
    assert "パスフレーズ" in dialog_answers.messages()[-1] and not dialog_answers.called("save_file")
    type_into(qtbot, panel.passphrase_again, "sakura-2026")
    out = tmp_path / "secret.mitake"
    dialog_answers.answer("save_file", out)
    panel.export_button.click()
    assert panel.passphrase.text() == "" and panel.passphrase_again.text() == ""  # never kept
    wait_idle(qtbot, window)
    assert demo_services.sync.exchanges()[0].encrypted and "暗号化" in dialog_answers.messages()[-1]

    dialog_answers.answer("open_file", out)
    dialog_answers.answer("ask_passphrase", "wrong", "sakura-2026")
    dialog_answers.answer("exec_dialog", True)
    dialog_answers.answer("confirm", True)
    assert run_import(qtbot, empty_window, lambda: trigger(empty_window, "import_bundle"))
    asked = [args[1] for args in dialog_answers.called("ask_passphrase")]
    assert "暗号化" in asked[0] and "違います" in asked[1]  # the second time says the first was wrong
    assert dump(services) == dump(demo_services)


def test_export_a_subset_with_a_profile(qtbot: QtBot, window: Any, demo_services: Services, dialog_answers: Any,
                                        tmp_path: Path) -> None:
    page = window.show_page("sync")
    panel = page.export_panel
    chosen = [c["id"] for c in demo_services.records.list("community", limit=2)]
    dialog_answers.answer("pick_records", chosen)
    panel.choose_communities.click()
    assert all(t in panel.community_label.text() for t in demo_services.records.titles("community", chosen).values())
    explanations = set()
    for profile in ("internal", "member", "redacted", "public"):
        panel.profile.setCurrentIndex(panel.profile.findData(profile))
        explanations.add(panel.profile_help.text())
    assert len(explanations) == 4 and all(explanations)
    panel.profile.setCurrentIndex(panel.profile.findData("redacted"))
    out = tmp_path / "roster.mitake"
    dialog_answers.answer("save_file", out)
    panel.export_button.click()
    wait_idle(qtbot, window)
    logged = demo_services.sync.exchanges()[0]
    assert logged.profile == "redacted" and sorted(logged.communities) == sorted(chosen)
    assert set(logged.counts["records"]) <= {"community", "membership", "person"}
    assert page.exchanges.data(page.exchanges.index(0, 3)) == "氏名のみ"
    assert panel.profile.currentText() in page.exchanges.data(page.exchanges.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    panel.all_communities.click()
    assert panel.communities == []


def test_models_pass_the_model_tester(qtmodeltester: Any, demo_services: Services, services: Services,
                                      bundle: Path) -> None:
    from mitake_desktop.gui.sync.models import ConflictTableModel, DeviceTableModel, ExchangeTableModel

    services.sync.import_bundle(bundle, trust=True)
    exchanges = ExchangeTableModel()
    qtmodeltester.check(exchanges)
    exchanges.set_rows(services.sync.exchanges() + demo_services.sync.exchanges())
    qtmodeltester.check(exchanges)
    assert exchanges.rowCount() == 2
    assert exchanges.data(exchanges.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    devices = DeviceTableModel()
    devices.set_rows(services.sync.devices())
    qtmodeltester.check(devices)
    conflicts = ConflictTableModel()
    qtmodeltester.check(conflicts)
    assert conflicts.headerData(0, Qt.Orientation.Horizontal) == "記録"


def test_the_file_menu_imports_from_any_page(qtbot: QtBot, services: Services, demo_services: Services,
                                             bundle: Path, dialog_answers: Any) -> None:
    w = make_window(qtbot, services, page="dashboard")
    dialog_answers.answer("open_file", bundle)
    dialog_answers.answer("exec_dialog", False)  # the summary: cancel
    assert not run_import(qtbot, w, lambda: trigger(w, "import_bundle"))
    assert services.records.is_empty() and dialog_answers.called("confirm") == []


def test_importing_from_the_file_menu_leaves_the_welcome_page(qtbot: QtBot, empty_window: Any, services: Services,
                                                              bundle: Path, dialog_answers: Any) -> None:
    assert empty_window.current_page == "welcome"
    dialog_answers.answer("open_file", bundle)
    dialog_answers.answer("exec_dialog", True)
    dialog_answers.answer("confirm", True)
    assert run_import(qtbot, empty_window, lambda: trigger(empty_window, "import_bundle"))
    assert empty_window.current_page == "dashboard" and not services.records.is_empty()


@pytest.mark.parametrize("trust", ["local", "trusted", "untrusted", "unknown", "key_changed"])
def test_every_trust_state_an_inspection_gives_has_a_label(qapp: Any, trust: str) -> None:
    label = trust_label(trust)
    assert label and label != trust


def test_people_entered_on_both_computers_get_a_note_after_the_import(qapp: Any) -> None:
    assert "look_alikes" in texts.NOTED
    note = texts.outcome_note("look_alikes", 2)
    assert "2" in note and "人物ページ" in note
    assert texts.outcome_note("look_alikes", 0) == ""
