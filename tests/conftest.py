"""Test isolation: offscreen Qt, a private MITAKE_HOME per test, Japanese by default, demo databases."""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MITAKE_DB", None)

import pytest

from mitake_desktop.core import i18n
from mitake_desktop.core.services import Services

DEMO_ANCHOR = date(2026, 6, 1)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp: Any) -> Any:
    """pytest-qt's QApplication, made first: code that renders PDFs headless would otherwise create a bare
    QGuiApplication, and no widget could be made in the same test run after it."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MITAKE_HOME", str(home))
    monkeypatch.delenv("MITAKE_DB", raising=False)
    monkeypatch.delenv("MITAKE_LANG", raising=False)
    i18n.set_language("ja")
    yield home
    i18n.set_language("ja")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "mitake.sqlite3"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    s = Services.open(str(db_path))
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per test session; tests get copies (generating is the slow part)."""
    from mitake_desktop.core import demo

    home = tmp_path_factory.mktemp("demo-home")
    old = os.environ.get("MITAKE_HOME")
    os.environ["MITAKE_HOME"] = str(home)
    try:
        path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
        with Services.open(str(path)) as s:
            demo.generate(s, size=1200, seed=7, anchor=DEMO_ANCHOR)
        con = sqlite3.connect(path)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
    finally:
        if old is None:
            os.environ.pop("MITAKE_HOME", None)
        else:
            os.environ["MITAKE_HOME"] = old
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, target)
    attachments = demo_template.with_name(demo_template.stem + "-attachments")
    if attachments.exists():
        shutil.copytree(attachments, target.with_name(target.stem + "-attachments"))
    return target


@pytest.fixture
def demo_services(demo_path: Path) -> Iterator[Services]:
    s = Services.open(str(demo_path))
    yield s
    s.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database (dropped afterwards), made from the server database that
    MITAKE_TEST_POSTGRES_URL names (``.ci/run`` starts a throwaway cluster); the test is skipped without it."""
    admin_url = os.environ.get("MITAKE_TEST_POSTGRES_URL")
    if not admin_url:
        pytest.skip("MITAKE_TEST_POSTGRES_URL is not set")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"mitake_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
