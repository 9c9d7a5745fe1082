from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from mitake_desktop.rendering.pdf import html_to_pdf
from tests.pdf_helpers import embedded_fonts, pdf_text, squeeze


def test_japanese_pdf_has_text_and_embedded_japanese_font(tmp_path: Path) -> None:
    html = "<h1>身の丈IT 地域アワード</h1><p>経営課題に基づく計画。直角・骨格（日本の字形）。</p>" + "<p>行</p>" * 120
    (tmp_path / "out").mkdir()  # a missing folder is refused, not created
    target = html_to_pdf(html, tmp_path / "out" / "report.pdf", title="テスト")
    reader = PdfReader(target)
    assert len(reader.pages) >= 2  # long content flows onto more A4 pages
    text = pdf_text(target)
    assert squeeze("身の丈IT 地域アワード") in text and squeeze("経営課題に基づく計画") in text
    fonts = embedded_fonts(target)
    assert any(k in name.lower() for name in fonts for k in ("cjkjp", "gothic", "meiryo", "hiragino")), fonts
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4 in points
    assert not list(target.parent.glob(".tmp-*"))
