"""The text layer of Mitake's PDFs reads as the text they show (copy, search, machine-reading)."""

from __future__ import annotations

import logging
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage, QRawFont

from mitake_desktop.core.errors import MitakeError
from mitake_desktop.rendering import pdf as pdf_module
from mitake_desktop.rendering.fonts import japanese_font
from mitake_desktop.rendering.pdf import ensure_gui_application, html_to_pdf
from mitake_desktop.rendering.text_layer import DocumentText, fallback_char, rewrite_to_unicode
from tests.pdf_helpers import pdf_text, pdftotext, squeeze, wrong_code_points

# Each of these copied as something else before the correction (with Noto Sans CJK JP): 日 人 年 長 民 西 青
# 黄 as radicals, 戸 as ⼾ (whose NFKC form is 戶, another character), ・ as ‧, ～ as 〜, "fi" as ﬁ.
# 𠮷 (beyond the BMP) gets no text from Qt at all; it is here so the correction copes with it.
LINES = ["日本人 事業 年度", "代表取締役社長 長野 民子", "西青黄 神戸 江戸 戸田", "販路拡大・販促支援 10時～12時",
         "Before/after figures, a file", "𠮷野 一郎"]
READABLE = LINES[:-1] + ["野 一郎"]


def _noto() -> bool:
    ensure_gui_application()
    return QRawFont.fromFont(japanese_font()).familyName() == "Noto Sans CJK JP"


def _html() -> str:
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return f"<html><body><p style='font-size:16pt;font-weight:bold'>{LINES[0]} {LINES[1]}</p>{body}</body></html>"


def test_pdftotext_reads_the_ideographs_not_radicals(tmp_path: Path) -> None:
    target = html_to_pdf(_html(), tmp_path / "text.pdf", title="テキスト")
    text = pdftotext(target)
    radicals = [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2EFF or 0x2F00 <= ord(ch) <= 0x2FDF]
    assert not radicals and not wrong_code_points(text), (radicals, text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0] == f"{LINES[0]} {LINES[1]}"  # the bold heading: its own font and CMap
    for line in READABLE:
        assert line in lines, (line, lines)
    assert "戶" not in text  # 戸 is what the document has, not the NFKC form of ⼾
    # pypdf, another reader, agrees (and pdf_text fails on a radical, ligature or tab itself).
    assert squeeze("".join(LINES[:-1])) in pdf_text(target)
    assert "\t" not in "".join(page.extract_text() for page in PdfReader(target).pages)


def test_the_corrected_pdf_still_renders(tmp_path: Path) -> None:
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    target = html_to_pdf(_html(), tmp_path / "page.pdf")
    done = subprocess.run([exe, "-png", "-r", "40", "-f", "1", "-l", "1", str(target), str(tmp_path / "page")],
                          capture_output=True, timeout=60)
    assert done.returncode == 0 and not done.stderr, done.stderr
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull() and image.width() > 300
    # Ink in the top part of the page, where the text is (the rest is white paper).
    dark = sum(1 for y in range(0, image.height() // 4, 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 100


def test_document_characters_win_over_the_lowest_code_point() -> None:
    if not _noto():
        pytest.skip("these glyph pairs are Noto Sans CJK JP's")
    fix = DocumentText(japanese_font(), "神戸の会長・日本\t𠮷")
    assert [fix(ch) for ch in "⼾⻑‧⽇本\t"] == ["戸", "長", "・", "日", "本", " "]
    without = DocumentText(japanese_font(), "abc")  # not in the document: the NFKC fallback
    assert [without(ch) for ch in "⼾⽇ﬁ⺠"] == ["戶", "日", "fi", "⺠"]  # ⺠ has no NFKC form: kept


def test_fallback_folds_radicals_only_to_unified_ideographs() -> None:
    for cp in [*range(0x2E80, 0x2F00), *range(0x2F00, 0x2FE0)]:
        ch = chr(cp)
        new = fallback_char(ch)
        assert new == ch or (new == unicodedata.normalize("NFKC", ch)
                             and unicodedata.name(new).startswith("CJK UNIFIED IDEOGRAPH")), hex(cp)
    assert fallback_char("⽇") == "日" and fallback_char("A") == "A" and fallback_char("ﬃ") == "ffi"


CMAP = b"""/CIDInit /ProcSet findresource begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfchar
<0001> <2F47>
<0002> <0041>
endbfchar
3 beginbfrange
<0010> <0012> <2F46>
<0020> <0022> <0061>
<0030> <0031> [<FB01> < 4E 00 >]
endbfrange
endcmap
"""


def test_cmap_rewrite_touches_only_destinations_that_need_it() -> None:
    new = rewrite_to_unicode(CMAP, fallback_char)
    assert new is not None
    head, tail = CMAP.split(b"2 beginbfchar")
    assert new.startswith(head + b"2 beginbfchar")  # the code space and everything else kept as it was
    assert b"<0001> <65E5>" in new and b"<0002> <0041>" in new
    # A linear range with a radical in it becomes an array of the same length: ⽆ ⽇ ⽈ → 无 日 曰.
    assert b"<0010> <0012> [<65E0> <65E5> <66F0>]" in new
    assert b"<0020> <0022> <0061>" in new  # a's range needs nothing: still linear
    assert b"<0030> <0031> [<00660069> <4E00>]" in new  # "fi" is two characters; spaces inside hex are fine
    assert new.count(b"beginbfrange") == 1 and b"3 beginbfrange" in new
    assert rewrite_to_unicode(new, fallback_char) is None  # nothing left to correct
    with pytest.raises(ValueError):
        rewrite_to_unicode(b"1 beginbfchar\n<0001> /Oops\nendbfchar", fallback_char)


def test_a_failed_correction_keeps_qts_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    def broken(pdf: bytes, fix: object) -> bytes:
        raise ValueError("a CMap this code does not understand")

    monkeypatch.setattr(pdf_module, "fix_text_layer", broken)
    with caplog.at_level(logging.WARNING, logger="mitake_desktop.rendering.pdf"):
        target = html_to_pdf(_html(), tmp_path / "kept.pdf")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "事業" in text and "could not correct the text layer" in caplog.text
    if _noto():
        assert "⽇" in text  # Qt's own text layer: the PDF is written all the same
    assert [p.name for p in tmp_path.iterdir()] == ["kept.pdf"]


@pytest.mark.parametrize("where", ["a folder", "below a file", "a name too long"])
def test_an_unwritable_target_is_one_plain_sentence(tmp_path: Path, where: str) -> None:
    if where == "a folder":
        target = tmp_path / "report.pdf"
        target.mkdir()
        (target / "keep.txt").write_text("mine")
    elif where == "below a file":
        (tmp_path / "file").write_text("mine")
        target = tmp_path / "file" / "report.pdf"
    else:
        target = tmp_path / ("長" * 200 + ".pdf")  # 600 bytes in UTF-8: longer than any file system allows
    with pytest.raises(MitakeError) as caught:
        html_to_pdf(_html(), target)
    message = caught.value.message
    assert str(target) in message and "\n" not in message and "Traceback" not in message
    assert not list(tmp_path.rglob(".tmp-*"))
    if where == "a folder":
        assert (target / "keep.txt").read_text() == "mine"
    elif where == "below a file":
        assert (tmp_path / "file").read_text() == "mine"
