"""Reading back the PDFs Mitake writes, for assertions."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """The text of every page, NFKC-normalised and without whitespace.

    Qt's PDF writer maps some CJK glyphs to their Kangxi-radical code points (⾝ for 身) and breaks
    runs into lines; NFKC folds those radicals back and the whitespace removal joins the runs.
    """
    reader = PdfReader(path)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def squeeze(text: str) -> str:
    """What :func:`pdf_text` would make of ``text``."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


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
