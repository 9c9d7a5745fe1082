"""``mitake screenshot``: a page of the real window as a PNG, offscreen; an unknown page is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from mitake_desktop.cli import main


def test_screenshot_of_a_page(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "shots" / "people-en.png"
    code = main(["--db", str(demo_path), "screenshot", str(out), "--page", "people", "--lang", "en",
                 "--size", "900x600"])
    assert code == 0, capsys.readouterr().err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert len({image.pixel(x, y) for x in range(0, 900, 30) for y in range(0, 600, 30)}) > 5  # not blank


def test_unknown_page_lists_the_pages(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(demo_path), "screenshot", str(tmp_path / "x.png"), "--page", "nope"])
    err = capsys.readouterr().err
    assert code == 1 and "welcome" in err and "case_studies" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_bad_size_is_a_usage_error(demo_path: Path, tmp_path: Path, capsys: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(demo_path), "screenshot", str(tmp_path / "x.png"), "--size", "big"])
    assert exc.value.code == 2


def test_welcome_page_even_over_data(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "welcome.png"
    assert main(["--db", str(demo_path), "screenshot", str(out), "--page", "welcome"]) == 0
    assert QImage(str(out)).width() == 1280


def test_a_view_of_a_page(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "scoring.png"
    code = main(["--db", str(demo_path), "screenshot", str(out), "--page", "awards:scoring", "--size", "900x600"])
    assert code == 0, capsys.readouterr().err
    assert QImage(str(out)).width() == 900


def test_unknown_view_lists_the_views(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(demo_path), "screenshot", str(tmp_path / "x.png"), "--page", "case_studies:nope"])
    err = capsys.readouterr().err
    assert code == 1 and "figures" in err and "story" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(("lang", "words"), [("ja", "今日とみなす日付"), ("en", "the day the page takes as today")])
def test_help_documents_today(capsys: Any, lang: str, words: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--lang", lang, "screenshot", "--help"])
    out = capsys.readouterr().out
    assert exc.value.code == 0 and "--today YYYY-MM-DD" in out and words in " ".join(out.split())


def test_bad_today_is_a_usage_error_in_plain_words(demo_path: Path, tmp_path: Path, capsys: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(demo_path), "--lang", "en", "screenshot", str(tmp_path / "x.png"), "--today", "6/1"])
    assert exc.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
