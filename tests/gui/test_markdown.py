"""Markdown: raw HTML is text, images come only from the attachment store, links open only after asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from mitake_desktop.core.services import Services
from mitake_desktop.gui.markdown_view import MarkdownEditor, MarkdownField, MarkdownViewer, render_markdown


def test_raw_html_is_escaped() -> None:
    html = render_markdown('# 見出し\n\n<script>alert("x")</script>\n\n<img src=x onerror=alert(1)> <b>太字</b>')
    assert "<h1>見出し</h1>" in html
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "<b>" not in html


def test_only_attachment_images_and_web_links_survive() -> None:
    sha = "a" * 64
    html = render_markdown(
        f"![写真](attachment:{sha}) ![ローカル](file:///etc/passwd) ![共有](\\\\server\\share\\x.png) "
        "![外部](https://example.com/x.png) ![相対](images/x.png) "
        "[ウェブ](https://example.jp) [危険](javascript:alert(1)) [ファイル](file:///c:/x)")
    assert html.count("<img") == 1 and f'src="attachment:{sha}"' in html
    assert "[ローカル]" in html and "[外部]" in html and "[共有]" in html and "[相対]" in html
    assert 'href="https://example.jp"' in html
    assert "javascript" not in html and "file:" not in html


def test_viewer_loads_images_from_the_store_and_nothing_else(qtbot: QtBot, services: Services,
                                                             png_image: Path, tmp_path: Path) -> None:
    record = services.attachments.add(png_image.read_bytes(), "photo.png")
    viewer = MarkdownViewer(services)
    qtbot.addWidget(viewer)
    viewer.set_markdown_text(f"![写真](attachment:{record['id']})")
    image = viewer.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                       QUrl(f"attachment:{record['id']}"))
    assert isinstance(image, QImage) and image.width() == 24
    # Even HTML set directly (not through our renderer) cannot make the viewer read a file or URL.
    secret = tmp_path / "secret.png"
    secret.write_bytes(png_image.read_bytes())
    for src in (secret.as_uri(), str(secret), "https://example.com/x.png", "\\\\server\\share\\x.png",
                "attachment:" + "0" * 64):
        assert viewer.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src)) is None
        assert src in viewer.refused or QUrl(src).toString() in viewer.refused


def test_links_open_only_after_the_user_confirms(qtbot: QtBot, services: Services, dialog_answers: Any,
                                                 monkeypatch: Any) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())))
    viewer = MarkdownViewer(services)
    qtbot.addWidget(viewer)
    dialog_answers.answer("confirm_open_link", False, True)
    viewer.anchorClicked.emit(QUrl("https://example.jp/a"))
    assert opened == []
    viewer.anchorClicked.emit(QUrl("https://example.jp/b"))
    assert opened == ["https://example.jp/b"]
    viewer.anchorClicked.emit(QUrl("file:///etc/passwd"))  # not a web link: not even asked
    assert opened == ["https://example.jp/b"] and len(dialog_answers.called("confirm_open_link")) == 2


def test_dropping_an_image_on_the_editor_attaches_it(qtbot: QtBot, services: Services, png_image: Path) -> None:
    editor = MarkdownEditor(services)
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png_image))])
    with qtbot.waitSignal(editor.attached) as blocker:
        assert editor.attach_from_mime(mime)
    sha = blocker.args[0]
    assert editor.toPlainText() == f"![photo](attachment:{sha})"
    assert services.attachments.read(sha) == png_image.read_bytes()
    pasted = QMimeData()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    pasted.setImageData(image)
    editor.insertFromMimeData(pasted)  # a pasted screenshot is attached the same way
    assert editor.toPlainText().count("attachment:") == 2


def test_live_preview_follows_the_text(qtbot: QtBot, services: Services) -> None:
    field = MarkdownField(services)
    qtbot.addWidget(field)
    field.set_value("最初")
    assert "最初" in field.preview.toPlainText()
    field.editor.setPlainText("## 成果\n\n- 残業が**半分**に")
    qtbot.waitUntil(lambda: "成果" in field.preview.toPlainText())
    assert "<b>" not in field.preview.toPlainText() and field.value() == "## 成果\n\n- 残業が**半分**に"


def test_tables_are_drawn_with_a_grid(qtbot: QtBot) -> None:
    """A Markdown table previews as a table with borders and padded cells, not as loose words."""
    from PySide6.QtGui import QTextTable, QTextTableCellFormat

    viewer = MarkdownViewer()
    qtbot.addWidget(viewer)
    viewer.set_markdown_text("| a | b |\n|---|---|\n| 1 | 2 |\n\n<table border=0><tr><td>x</td></tr></table>")
    frames = viewer.document().rootFrame().childFrames()
    tables = [f for f in frames if isinstance(f, QTextTable)]
    assert len(tables) == 1  # the raw HTML table stays text
    table = tables[0]
    assert (table.rows(), table.columns()) == (2, 2)
    assert table.format().border() >= 1 and table.format().borderCollapse()
    for row in range(2):
        for column in range(2):
            cell = table.cellAt(row, column).format().toTableCellFormat()
            assert isinstance(cell, QTextTableCellFormat)
            assert cell.leftPadding() > 0 and cell.topPadding() > 0, (row, column)
            assert cell.leftBorder() >= 1 and cell.bottomBorder() >= 1, (row, column)
    assert "&lt;table" in render_markdown("<table border=0></table>")  # raw HTML is still off
