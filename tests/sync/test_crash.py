"""Crash safety: an import killed (SIGKILL, as a power cut) at several points leaves a database that
passes its integrity check and holds exactly the state before or after the import; a retry succeeds."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mitake_desktop.core import demo
from mitake_desktop.core.services import Services
from mitake_desktop.core.sync import ExportOptions
from mitake_desktop.core.sync.merge import CRASH_ENV

POINTS = [("after_backup", "before"), ("after_blobs", "before"), ("mid_merge", "before"),
          ("before_commit", "before"), ("after_commit", "after")]


def _copy_db(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    attachments = src.with_name(src.stem + "-attachments")
    if attachments.exists():
        shutil.copytree(attachments, dst.with_name(dst.stem + "-attachments"))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_import_killed_at_any_point_leaves_before_or_after(tmp_path: Path) -> None:
    source = tmp_path / "source.sqlite3"
    with Services.open(str(source)) as s:
        demo.generate(s, size=400, seed=3, anchor=date(2026, 6, 1))
        bundle = tmp_path / "all.mitake"
        s.sync.export(bundle, ExportOptions())
    template = tmp_path / "template.sqlite3"
    with Services.open(str(template)) as t:
        t.records.create("organisation", {"name": "もとからある組織", "kind": "sme"})
    with Services.open(str(template)) as t:
        before = list(t.dump_lines())
    reference = tmp_path / "reference.sqlite3"
    _copy_db(template, reference)
    with Services.open(str(reference)) as r:
        r.sync.import_bundle(bundle, trust=True)
        after = list(r.dump_lines())
    assert before != after

    for point, expected in POINTS:
        db = tmp_path / f"crash-{point}.sqlite3"
        _copy_db(template, db)
        env = os.environ | {CRASH_ENV: point, "QT_QPA_PLATFORM": "offscreen"}
        proc = subprocess.run([sys.executable, "-m", "mitake_desktop", "--db", str(db), "bundle", "import",
                               str(bundle), "--trust"], env=env, capture_output=True, timeout=120)
        assert proc.returncode == -signal.SIGKILL, (point, proc.returncode, proc.stderr[-500:])
        with Services.open(str(db)) as s:
            assert s.check() == [], point
            state = list(s.dump_lines())
            assert state == (before if expected == "before" else after), point
            retry = s.sync.import_bundle(bundle, trust=True)
            assert list(s.dump_lines()) == after, point
            assert s.check() == []
            if expected == "before":
                assert retry.get("added") > 0
            else:
                assert retry.get("added") == 0
