"""Reading back the PDFs Mitake writes, for assertions."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader


def wrong_code_points(text: str) -> list[str]:
    """Characters a PDF's text layer must not carry: radicals standing in for ideographs, ligatures, tabs.

    Qt reverse-maps glyphs to the lowest code point, so without Mitake's correction 日 reads as ⽇
    (KANGXI RADICAL SUN), 長 as ⻑ (CJK RADICAL LONG ONE), "fi" as ﬁ and the space as a tab.
    """
    names = ("KANGXI RADICAL ", "CJK RADICAL ", "LATIN SMALL LIGATURE ")
    return sorted({ch for ch in text if ch == "\t" or unicodedata.name(ch, "").startswith(names)})


def pdf_text(path: Path) -> str:
    """The text of every page without whitespace, exactly as the PDF's text layer has it (no normalisation).

    Fails the caller's test when the text layer carries a radical, a ligature or a tab instead of the text.
    """
    reader = PdfReader(path)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert not wrong_code_points(text), (wrong_code_points(text), text)
    return squeeze(text)


def pdftotext(path: Path) -> str:
    """The text poppler's ``pdftotext`` reads from the PDF (layout kept), as another reader would."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([exe, "-layout", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")


def squeeze(text: str) -> str:
    """``text`` without whitespace, as :func:`pdf_text` compares it (Qt breaks runs into lines)."""
    return re.sub(r"\s+", "", text)


def embedded_fonts(path: Path) -> set[str]:
    """Base names of the fonts embedded in the PDF (fails the caller's test if one is not embedded)."""
    reader = PdfReader(path)
    names: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            f = font.get_object()
            descendants = f.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else f).get("/FontDescriptor")
            if descriptor is not None:
                d = descriptor.get_object()
                if any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(f["/BaseFont"]))
    return names
