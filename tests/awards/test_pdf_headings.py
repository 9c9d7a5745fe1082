"""The nomination PDF never leaves a section heading alone at the foot of a page (its content on the next)."""

from __future__ import annotations

import copy
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from mitake_desktop.core.exports.nomination_packet import build_packet
from mitake_desktop.core.services import Services
from mitake_desktop.rendering.nomination_pdf import (
    IMAGE_SCHEME,
    _laid_out,
    _tables,
    keep_headings_with_content,
    keep_together,
    nomination_html,
    orphaned_headings,
    render_nomination_pdf,
    split_rows,
)
from tests.awards.helpers import make_case, make_program
from tests.pdf_helpers import squeeze


def _pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", unicodedata.normalize("NFKC", p.extract_text() or "")) for p in PdfReader(path).pages]


def _variants(s: Services) -> tuple[dict[str, Any], dict[str, bytes], list[dict[str, Any]]]:
    """One nomination with its last section one paragraph longer each time: the figures and photos headings
    walk down the page and, in some variants, reach its foot."""
    ids = make_case(s, photos=1)
    program = make_program(s)
    s.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    packet, images = build_packet(s, program["id"], today=date(2026, 6, 1))
    nom = packet["nominations"][0]
    variants = []
    for n in range(0, 40):
        v = copy.deepcopy(nom)
        v["sections"][-1]["text"] = "\n\n".join(["成果の説明がここに続く。" * 3] * n)
        variants.append(v)
    return packet, images, variants


def test_headings_stay_with_their_content(services: Services, tmp_path: Path) -> None:
    packet, images, variants = _variants(services)
    named = {f"{IMAGE_SCHEME}{sha}": data for sha, data in images.items()}
    orphaned = []
    for i, nom in enumerate(variants):
        html = nomination_html(packet, nom)
        if orphaned_headings(html, named):
            orphaned.append(i)
        assert orphaned_headings(keep_headings_with_content(html, named), named) == [], i
    assert orphaned, "no variant put a heading at a page's foot: the test no longer tests anything"

    # The printed PDF of such a variant: each heading shares its page with the first thing under it.
    nom = variants[orphaned[0]]
    target = tmp_path / "n.pdf"
    render_nomination_pdf(packet, nom, images, target)
    pages = _pages(target)
    pairs = [(nom["figures_title"] or "導入前後の数値", nom["figures"][0]["metric"]), ("写真", "photo-0.png")]
    for heading, first in pairs:
        on = [i for i, text in enumerate(pages) if squeeze(first) in text]
        assert on and squeeze(heading) in pages[on[0]], (heading, on)


def _figure_variants(s: Services) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Six figures, each with a three-line note, after a last section one paragraph longer each time: in some
    variants a row of the figures table reaches a page's foot."""
    ids = make_case(s, photos=0)
    program = make_program(s)
    s.awards.nominate(program["id"], "case_study", ids["case"]["id"])
    packet, _images = build_packet(s, program["id"], lang="en", today=date(2026, 6, 1))
    nom = packet["nominations"][0]
    template = nom["figures"][0]
    figures = [dict(template, metric=f"metricno{i}", note="measured monthly from the ledger " * 8 + f"endno{i}")
               for i in range(6)]
    variants = []
    for n in range(0, 24, 2):
        v = copy.deepcopy(nom)
        v["figures"] = figures
        v["sections"][-1]["text"] = "\n\n".join(["The results went on and on here. " * 6] * n)
        variants.append(v)
    return packet, variants


def test_figure_rows_stay_whole_and_the_header_repeats(services: Services, tmp_path: Path) -> None:
    packet, variants = _figure_variants(services)
    html = nomination_html(packet, variants[0])
    with _laid_out(html, None) as doc:  # <thead> is what makes Qt repeat the header row on each page
        assert [t.format().headerRowCount() for t in _tables(doc)][-1] == 1
    split = [i for i, nom in enumerate(variants) if split_rows(nomination_html(packet, nom))]
    assert split, "no variant split a figure row: the test no longer tests anything"
    for i in split:
        assert split_rows(keep_together(nomination_html(packet, variants[i]))) == [], i

    # The printed PDF of such a variant: each figure's row on one page, under the table's header.
    nom = variants[split[0]]
    target = tmp_path / "n.pdf"
    render_nomination_pdf(packet, nom, {}, target)
    pages = _pages(target)
    for f in nom["figures"]:
        on = [i for i, text in enumerate(pages) if squeeze(f["metric"]) in text]
        assert len(on) == 1 and squeeze(f["note"]) in pages[on[0]], f["metric"]
        assert "Metric" in pages[on[0]] and "Before" in pages[on[0]], f["metric"]
    assert len({i for f in nom["figures"] for i, text in enumerate(pages) if squeeze(f["metric"]) in text}) >= 2
