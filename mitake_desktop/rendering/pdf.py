"""HTML → PDF (A4) through QTextDocument and QPdfWriter, with Japanese fonts embedded.

Works headless: when no QGuiApplication exists, one is created on the offscreen platform.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from mitake_desktop.rendering.fonts import japanese_font

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts; make an offscreen one when running headless."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


def html_to_pdf(html: str, target: Path, *, title: str = "", margins_mm: float = 15.0, font_pt: float = 10.0,
                resolution: int = 300) -> Path:
    """Write ``html`` as an A4 PDF at ``target`` (written to a temporary file, then renamed)."""
    ensure_gui_application()
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # A temporary name beside the target (not mkstemp: the file should get the usual permissions).
    tmp = target.with_name(f".tmp-{uuid.uuid4().hex}.pdf")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(resolution)
        writer.setTitle(title)
        writer.setCreator("Mitake Desktop")
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                             QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm), QPageLayout.Unit.Millimeter)
        writer.setPageLayout(layout)
        doc = QTextDocument()
        doc.setDefaultFont(japanese_font(font_pt))
        doc.setHtml(html)
        paint = writer.pageLayout().paintRectPixels(resolution)
        doc.setPageSize(QSizeF(paint.width(), paint.height()))
        doc.print_(writer)
        del writer  # finishes the file
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
