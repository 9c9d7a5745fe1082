"""HTML → PDF (A4) through QTextDocument and QPdfWriter, with Japanese fonts embedded.

Works headless: when no QGuiApplication exists, one is created on the offscreen platform.
"""

from __future__ import annotations

import errno
import logging
import os
import uuid
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg
from mitake_desktop.rendering.fonts import japanese_font
from mitake_desktop.rendering.text_layer import DocumentText, fix_text_layer

log = logging.getLogger(__name__)

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts; make an offscreen one when running headless."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


class _ResourceDocument(QTextDocument):
    """A document that loads images only from the mapping it was given (no files, no network)."""

    def __init__(self, images: Mapping[str, bytes]) -> None:
        super().__init__()
        self._images = images

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002 - Qt's signature
        data = self._images.get(name.toString() if isinstance(name, QUrl) else name)
        if type == QTextDocument.ResourceType.ImageResource.value and data is not None:
            image = QImage.fromData(data)
            return None if image.isNull() else image
        return None


def a4_writer(device: str | QIODevice, *, margins_mm: float, resolution: int) -> QPdfWriter:
    """A portrait A4 PDF writer; shared by every PDF and by layouts that measure pages as they print."""
    writer = QPdfWriter(device)
    writer.setResolution(resolution)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
                                     QPageLayout.Unit.Millimeter))
    return writer


def a4_document(html: str, writer: QPdfWriter, *, font_pt: float, resolution: int,
                images: Mapping[str, bytes] | None) -> QTextDocument:
    """``html`` laid out on ``writer``'s pages, as it prints."""
    doc = _ResourceDocument(images or {})
    # Lay out at the writer's resolution: the page size below is in its pixels, and without this
    # fonts are measured at screen resolution and print about a third of their point size.
    doc.documentLayout().setPaintDevice(writer)
    font = japanese_font(font_pt)
    # Noto Sans CJK's Japanese "locl" substitutes Latin digits with glyphs outside its cmap, which
    # Qt's PDF text layer cannot map back: "1 July 2026" would copy (and extract) as "July".
    font.setFeature(QFont.Tag("locl"), 0)
    doc.setDefaultFont(font)
    # Long URLs or numbers without spaces must wrap rather than run off the page.
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    paint = writer.pageLayout().paintRectPixels(resolution)
    doc.setPageSize(QSizeF(paint.width(), paint.height()))
    return doc


def page_count(html: str, *, margins_mm: float = 15.0, font_pt: float = 10.0, resolution: int = 300,
               images: Mapping[str, bytes] | None = None) -> int:
    """Pages ``html`` takes when :func:`html_to_pdf` writes it with the same settings (nothing is written)."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, margins_mm=margins_mm, resolution=resolution)
    pages = a4_document(html, writer, font_pt=font_pt, resolution=resolution, images=images).pageCount()
    del writer
    buffer.close()
    return pages


def html_to_pdf(html: str, target: Path, *, title: str = "", margins_mm: float = 15.0, font_pt: float = 10.0,
                resolution: int = 300, images: Mapping[str, bytes] | None = None) -> Path:
    """Write ``html`` as an A4 PDF at ``target`` (written to a temporary file, then renamed).

    ``images`` maps names used in ``<img src="…">`` to image bytes: the document loads images only
    from there, never from a path or URL. HTML lengths in px are device pixels at ``resolution``.
    The text layer is corrected (:mod:`~mitake_desktop.rendering.text_layer`) so the PDF copies and
    searches as the text it shows. A place that cannot be written raises :class:`MitakeError`.
    """
    ensure_gui_application()
    target = Path(target)
    # A temporary name beside the target (not mkstemp: the file should get the usual permissions).
    tmp = target.with_name(f".tmp-{uuid.uuid4().hex}.pdf")
    try:
        # Checked before rendering, by opening the file ourselves: Qt would only print a QPainter
        # warning and write nothing.
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        if target.parent.exists() and not target.parent.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target.parent))
        if not target.parent.exists():  # a mistyped folder is refused, never created (like --db)
            raise MitakeError(msg("db_no_dir", path=target.parent))
        out = open(tmp, "xb")  # noqa: SIM115 - closed below, after rendering
    except OSError as exc:
        raise _unwritable(target, exc) from None
    try:
        with out:
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            writer = a4_writer(buffer, margins_mm=margins_mm, resolution=resolution)
            writer.setTitle(title)
            writer.setCreator("Mitake Desktop")
            doc = a4_document(html, writer, font_pt=font_pt, resolution=resolution, images=images)
            doc.print_(writer)
            del writer  # finishes the PDF
            out.write(_with_text_layer_fixed(bytes(buffer.data().data()), doc))
            buffer.close()
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _unwritable(target, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _unwritable(target: Path, exc: OSError) -> MitakeError:
    return MitakeError(msg("file_error", path=target, detail=exc.strerror or exc))


def _with_text_layer_fixed(pdf: bytes, doc: QTextDocument) -> bytes:
    """``pdf`` with its ToUnicode CMaps corrected; Qt's own bytes when that fails (the PDF itself is fine)."""
    try:
        return fix_text_layer(pdf, DocumentText(doc.defaultFont(), doc.toPlainText()))
    except Exception:
        log.warning("could not correct the text layer of a PDF; writing it as Qt made it", exc_info=True)
        return pdf
