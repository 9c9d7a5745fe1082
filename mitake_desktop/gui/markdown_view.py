"""Markdown for descriptions, stories, notes and case studies: safe rendering, a viewer and an editor.

Rendering uses the ``markdown`` package with raw HTML off (tags are shown as text, never interpreted).
Images may only come from the attachment store, written ``![caption](attachment:<sha256>)``; any other
source (a file path, a UNC path, an http URL) is dropped at rendering and refused again by the viewer,
which loads nothing itself. Links open in the browser only after the user confirms.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.gui import dialogs

if TYPE_CHECKING:
    import markdown

    from mitake_desktop.core.services import Services

log = logging.getLogger(__name__)

SCHEME = "attachment"
_SHA = re.compile(r"^[0-9a-f]{64}$")
LINK_SCHEMES = ("http", "https", "mailto")
MAX_IMAGE_WIDTH = 480

_md: markdown.Markdown | None = None

# What Qt's rich text understands of CSS: a grid for Markdown tables, with air in the cells.
STYLE_SHEET = """
table { border-collapse: collapse; border: 1px solid #9a9a9a; margin-top: 4px; margin-bottom: 4px; }
th, td { border: 1px solid #9a9a9a; padding: 3px 8px; }
th { background-color: #eeeeee; font-weight: bold; }
"""


def _processor() -> markdown.Markdown:
    """One Markdown instance, built on first use (the import is not needed before the first paint)."""
    global _md
    if _md is None:
        from mitake_desktop.gui.markdown_safe import safe_markdown

        _md = safe_markdown()
    return _md


def render_markdown(text: str | None) -> str:
    """HTML for ``text`` with raw HTML escaped and unsafe images and links removed."""
    md = _processor()
    md.reset()
    return md.convert(text or "")


def attachment_hash(url: str | QUrl) -> str | None:
    """The SHA-256 in an ``attachment:<sha256>`` URL, or None for anything else."""
    text = url.toString() if isinstance(url, QUrl) else str(url)
    if not text.lower().startswith(SCHEME + ":"):
        return None
    sha = text[len(SCHEME) + 1:].strip().lower()
    return sha if _SHA.match(sha) else None


class MarkdownViewer(QTextBrowser):
    """Shows rendered Markdown; loads images from the attachment store only, never a path or URL."""

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setOpenLinks(False)  # we decide, after asking
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.refused: list[str] = []  # what was asked for and not loaded (tests and logs)
        self.document().setDefaultStyleSheet(STYLE_SHEET)

    def set_markdown_text(self, text: str | None) -> None:
        self.setHtml(render_markdown(text))

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's name
        url = name if isinstance(name, QUrl) else QUrl(name)
        sha = attachment_hash(url)
        if type == QTextDocument.ResourceType.ImageResource.value and sha and self.services is not None:
            try:
                image = QImage.fromData(self.services.attachments.read(sha))
            except (OSError, ValueError, MitakeError):
                image = QImage()
            if not image.isNull():
                if image.width() > MAX_IMAGE_WIDTH:
                    image = image.scaledToWidth(MAX_IMAGE_WIDTH)
                return image
        self.refused.append(url.toString())
        return None  # never QTextBrowser's own loader: it would read files and search paths

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme().lower() not in LINK_SCHEMES:
            return
        if dialogs.confirm_open_link(self, url):
            QDesktopServices.openUrl(url)


class MarkdownEditor(QPlainTextEdit):
    """Plain-text Markdown editing; an image dropped or pasted on it is stored and linked as an attachment."""

    attached = Signal(str)  # sha256 of a newly attached image

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setTabChangesFocus(True)  # Tab moves on to the next field (keyboard use)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.attach_from_mime(source):
            return
        super().insertFromMimeData(source)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() or e.mimeData().hasImage():
            e.acceptProposedAction()
            return
        super().dragEnterEvent(e)

    def dropEvent(self, e: QDropEvent) -> None:
        if self.attach_from_mime(e.mimeData()):
            e.acceptProposedAction()
            return
        super().dropEvent(e)

    def attach_from_mime(self, source: QMimeData) -> bool:
        """Attach the images in ``source`` (local image files or image data); True if it held any."""
        payloads: list[tuple[bytes, str]] = []
        if source.hasUrls():
            for url in source.urls():
                if not url.isLocalFile():
                    continue  # the user's own files only; nothing is downloaded
                path = url.toLocalFile()
                try:
                    with open(path, "rb") as fh:
                        payloads.append((fh.read(), path))
                except OSError as exc:
                    dialogs.error(self, str(exc))
        elif source.hasImage():
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice

            image = QImage(source.imageData())
            encoded = QByteArray()
            buffer = QBuffer(encoded)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
            payloads.append((bytes(encoded.data()), "image.png"))
        if not payloads:
            return False
        for payload, name in payloads:
            self.attach_bytes(payload, name)
        return True

    def attach_bytes(self, data: bytes, name: str) -> str | None:
        """Store ``data`` as an attachment and insert its Markdown image at the cursor."""
        if self.services is None:
            return None
        try:
            record = self.services.attachments.add(data, name)
        except MitakeError as exc:
            dialogs.error(self, exc.message)
            return None
        from pathlib import PurePath

        caption = PurePath(name).stem.replace("]", "")
        self.insertPlainText(f"![{caption}]({SCHEME}:{record['id']})")
        self.attached.emit(record["id"])
        return str(record["id"])


class MarkdownField(QWidget):
    """An editor with a live preview beside it."""

    changed = Signal()
    PREVIEW_DELAY_MS = 200

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = MarkdownEditor(services, self)
        self.preview = MarkdownViewer(services, self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.insert_image = QToolButton(self)
        self.insert_image.setText(self.tr("Insert image…"))
        self.insert_image.setToolTip(self.tr("Attach an image file and show it here (or drop an image on the text)"))
        self.insert_image.clicked.connect(self._choose_image)
        split = QSplitter(self)
        split.addWidget(self.editor)
        split.addWidget(self.preview)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(split)
        layout.addWidget(self.insert_image)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._update_preview)
        self.editor.textChanged.connect(self._timer.start)
        self.editor.textChanged.connect(self.changed)
        self.setFocusProxy(self.editor)

    def _update_preview(self) -> None:
        self.preview.set_markdown_text(self.editor.toPlainText())

    def value(self) -> str | None:
        return self.editor.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.editor.setPlainText(str(value) if value else "")
        self._timer.stop()
        self._update_preview()

    def _choose_image(self) -> None:
        path = dialogs.open_file(self, self.tr("Insert image"), self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"))
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            dialogs.error(self, str(exc))
            return
        self.editor.attach_bytes(data, path.name)
