"""Where things land on the event report's page (what text extraction alone cannot tell)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mitake_desktop.core import i18n
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.services import Services
from tests.pdf_helpers import wrong_code_points


def text_runs(path: Path) -> list[tuple[str, float, float]]:
    """Each text run of the first page with its x and y on the page, as the text layer has it (no folding)."""
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        assert not wrong_code_points(text), text
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return runs


def find(runs: list[tuple[str, float, float]], text: str) -> tuple[float, float]:
    """Where the run that starts ``text`` (or ends a run its beginning completes) begins."""
    for i, (run, x, y) in enumerate(runs):
        if run.startswith(text) or (text.startswith(run) and i + 1 < len(runs)
                                    and (run + runs[i + 1][0]).startswith(text)):
            return x, y
    raise AssertionError(f"{text!r} not on the page: {[r for r, _x, _y in runs]}")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_topics_and_speakers_are_separate_labelled_rows(demo_services: Services, tmp_path: Path, lang: str) -> None:
    from mitake_desktop.rendering.event_report import render_event_report

    s = demo_services
    event = next(e for e in s.events.list() if e.status == "held"
                 and (r := s.events.report(e.id, today=date(2026, 6, 1))).topics and r.speakers)
    previous = i18n.language()
    i18n.set_language(lang)
    try:
        report = s.events.report(event.id, today=date(2026, 6, 1))
        runs = text_runs(render_event_report(report, tmp_path / "report.pdf"))
        topics_label, speakers_label = msg("report_topics"), msg("report_speakers")
    finally:
        i18n.set_language(previous)
    tx, ty = find(runs, topics_label)
    sx, sy = find(runs, speakers_label)
    assert sy < ty - 5 and abs(sx - tx) < 2  # one label under the other, not side by side
    speaker_x, speaker_y = find(runs, report.speakers[0].split()[0])
    assert abs(speaker_y - sy) < 2 and speaker_x > sx + 40  # the name on its label's row, in the value column
