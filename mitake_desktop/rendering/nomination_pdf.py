"""One nomination of a packet as an A4 PDF: a cover page, the firm, the sections, the figures, the photos.

Input is the packet data of :mod:`mitake_desktop.core.exports.nomination_packet`, already redacted by
consent. Every piece of user text is HTML-escaped before it goes into the page; Markdown in sections
is rendered from the escaped text, so no raw HTML of a user's reaches Qt, and images are loaded only
from the attachment bytes passed in (``mitake-att:<sha256>``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import markdown
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QTextBlock, QTextDocument, QTextFrame, QTextTable

from mitake_desktop.core.i18n import Text

# The writer and document set-up of pdf.py, so that the layout measured here is the one that prints.
from mitake_desktop.rendering.pdf import a4_document, a4_writer, ensure_gui_application, html_to_pdf

RESOLUTION = 300  # dpi of the PDF writer
FONT_PT = 10.0
CSS_DPI = 96  # HTML and CSS pixels are logical pixels at 96 dpi, whatever the writer's resolution
MARGIN_MM = 18.0
CONTENT_WIDTH_MM = 210 - 2 * MARGIN_MM
IMAGE_SCHEME = "mitake-att:"

_L = {
    "document": Text("推薦書", "Nomination"),
    "program": Text("アワード", "Award program"),
    "organiser": Text("主催", "Organiser"),
    "deadline": Text("締切", "Deadline"),
    "nominee_type": Text("推薦対象の種類", "Nominee type"),
    "nominee": Text("推薦対象", "Nominee"),
    "firm": Text("事業者", "Firm"),
    "prefecture": Text("都道府県", "Prefecture"),
    "industry": Text("業種", "Industry"),
    "employees": Text("従業員規模", "Employees"),
    "capital": Text("資本金", "Capital"),
    "leader": Text("オピニオンリーダー", "Opinion leader"),
    "community": Text("コミュニティ", "Community"),
    "supporters": Text("支援機関", "Supporting organisations"),
    "written": Text("作成日", "Written on"),
    "profile": Text("個人情報の扱い", "Personal data"),
    "overview": Text("事業者と取組の概要", "The firm and the project"),
    "overview_person": Text("推薦対象者の所属", "The nominee's organisation"),
    "overview_community": Text("コミュニティの概要", "The community"),
    "tools": Text("導入したITツール", "IT tools introduced"),
    "tool": Text("ツール", "Tool"),
    "vendor": Text("提供元", "Vendor"),
    "category": Text("分類", "Category"),
    "subsidy_category": Text("IT導入補助金", "IT subsidy"),
    "cost": Text("導入費用", "Cost"),
    "subsidy": Text("活用した補助金", "Subsidy used"),
    "consent": Text("事例公開の同意", "Consent to publish"),
    "metric": Text("指標", "Metric"),
    "unit": Text("単位/期間", "Unit/period"),
    "before": Text("導入前", "Before"),
    "after": Text("導入後", "After"),
    "change": Text("変化率", "Change"),
    "verdict": Text("評価", "Verdict"),
    "figures": Text("導入前後の数値", "Before/after figures"),
    "no_figures": Text("指標はまだありません。", "No figures yet."),
    "photos": Text("写真", "Photos"),
    "empty": Text("（未記入）", "(not written yet)"),
    "yes": Text("あり", "Yes"),
    "no": Text("なし", "No"),
    "yen": Text("{n}円", "¥{n}"),
    "eligible": Text("対象", "eligible"),
    "lower": Text("少ないほど良い", "lower is better"),
    "higher": Text("多いほど良い", "higher is better"),
}

STYLE = """
body { color: #1a1a1a; }
h1 { font-size: 20pt; font-weight: bold; margin-top: 0px; margin-bottom: 14px; }
h2 { font-size: 13pt; font-weight: bold; color: #0b4f8a; margin-top: 26px; margin-bottom: 8px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 8px; line-height: 135%; }
li { margin-bottom: 3px; line-height: 135%; }
td, th { vertical-align: top; }
th { background-color: #e8eef5; font-weight: bold; }
.kicker { font-size: 12pt; color: #0b4f8a; margin-bottom: 6px; }
.program { font-size: 11pt; color: #444444; margin-bottom: 28px; }
.note { font-size: 8.5pt; color: #555555; }
.muted { color: #777777; }
.good { color: #1b5e20; }
.bad { color: #b71c1c; }
"""


def px(mm: float) -> int:
    """Millimetres as HTML pixels."""
    return max(1, round(mm * CSS_DPI / 25.4))


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


def markdown_html(text: str) -> str:
    """Markdown of a user's text as HTML: escaped first (raw HTML stays text), images dropped, tables styled."""
    body = markdown.markdown(html.escape(text, quote=False), extensions=["tables", "sane_lists"],
                             output_format="html")
    body = _IMG.sub("", body)  # a Markdown image could point at a file or URL: never loaded
    return body.replace("<table>", _table_open())


def _table_open(width: str = "100%") -> str:
    return (f'<table width="{width}" border="1" cellspacing="0" cellpadding="{px(1.6)}" '
            'style="border-collapse: collapse; border-style: solid; border-color: #9aa7b4;">')


def number(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    v = float(value)
    return f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def _kv_table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><th width="28%" align="left">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in rows if v)
    return _table_open() + cells + "</table>"


def nomination_html(packet: Mapping[str, Any], nom: Mapping[str, Any]) -> str:
    """The HTML of one nomination's document (escaped user text; images as ``mitake-att:`` names)."""
    lang = str(packet["lang"])

    def t(key: str) -> str:
        return _L[key].get(lang)

    program = packet["program"]
    firm = nom.get("firm") or {}
    case = nom.get("case_study") or {}
    parts = [f"<html><head><style>{STYLE}</style></head><body>"]
    # -- cover -----------------------------------------------------------------------------------
    parts.append(f'<p class="kicker">{esc(t("document"))}</p>')
    parts.append(f"<h1>{esc(nom['title'])}</h1>")
    parts.append(f'<p class="program">{esc(program["name"])}</p>')
    cover = [
        (t("program"), program["name"]),
        (t("organiser"), program.get("organiser") or ""),
        (t("deadline"), program.get("deadline_text") or ""),
        (t("nominee_type"), nom["nominee_type_label"]),
        (t("nominee"), nom["nominee"]),
        (t("firm"), firm.get("name", "")),
        (t("prefecture"), firm.get("prefecture", "")),
        (t("leader"), nom.get("leader") or ""),
        (t("community"), case.get("community", "")),
        (t("written"), packet["generated_on_text"]),
    ]
    parts.append(_kv_table(cover))
    parts.append(f'<p class="note" style="margin-top: {px(6)}px;"><b>{esc(t("profile"))}:</b> '
                 f'{esc(packet["profile_note"])}</p>')
    # -- the firm and the project -------------------------------------------------------------------
    heading = {"person": "overview_person", "community": "overview_community"}.get(nom["nominee_type"], "overview")
    parts.append(f'<h2 style="page-break-before: always; margin-top: 0px;">{esc(t(heading))}</h2>')
    consent = case.get("publication_consent")
    cost = case.get("cost_yen")
    sep = "、" if lang == "ja" else ", "
    date_note = f"（{case.get('consent_date_text')}）" if lang == "ja" else f" ({case.get('consent_date_text')})"
    overview = [
        (t("firm"), firm.get("name", "")),
        (t("prefecture"), firm.get("prefecture", "") or sep.join(case.get("prefectures") or [])),
        (t("industry"), firm.get("industry", "")),
        (t("employees"), firm.get("employees", "")),
        (t("capital"), firm.get("capital", "")),
        (t("leader"), nom.get("leader") or ""),
        (t("supporters"), sep.join(case.get("supporters") or [])),
        (t("community"), case.get("community", "")),
        (t("cost"), "" if cost is None else _L["yen"].get(lang).format(n=f"{int(cost):,}")),
        (t("subsidy"), case.get("subsidy", "")),
        (t("consent"), "" if consent is None else (
            f"{t('yes')}{date_note}" if consent and case.get("consent_date_text")
            else t("yes") if consent else t("no"))),
    ]
    parts.append(_kv_table(overview))
    tools = case.get("it_tools") or []
    if tools:
        parts.append(f"<h3>{esc(t('tools'))}</h3>")
        rows = "".join(
            f"<tr><td>{esc(x['name'])}</td><td>{esc(x['vendor'])}</td><td>{esc(x['category'])}</td>"
            f"<td>{esc(x['subsidy_category'] or (t('eligible') if x['subsidy_eligible'] else '—'))}</td></tr>"
            for x in tools)
        parts.append(_table_open() + f"<thead><tr><th align='left'>{esc(t('tool'))}</th><th align='left'>"
                     f"{esc(t('vendor'))}</th><th align='left'>{esc(t('category'))}</th><th align='left'>"
                     f"{esc(t('subsidy_category'))}</th></tr></thead>" + rows + "</table>")
    # -- sections -----------------------------------------------------------------------------------
    for sec in nom["sections"]:
        parts.append(f"<h2>{esc(sec['title'])}</h2>")
        text = sec.get("text") or ""
        parts.append(markdown_html(text) if text.strip() else f'<p class="muted">{esc(t("empty"))}</p>')
    # -- figures ------------------------------------------------------------------------------------
    parts.append(f"<h2>{esc(nom.get('figures_title') or t('figures'))}</h2>")
    figures = nom.get("figures") or []
    if figures:
        head = "".join(f"<th align='{a}' width='{w}'>{esc(t(k))}</th>" for k, a, w in (
            ("metric", "left", "34%"), ("unit", "left", "16%"), ("before", "right", "13%"), ("after", "right", "13%"),
            ("change", "right", "12%"), ("verdict", "left", "12%")))
        body = []
        for f in figures:
            verdict_class = "good" if f.get("improved") is True else "bad" if f.get("improved") is False else ""
            kind = f'<br/><span class="note">{esc(f["kind_label"])}</span>' if f.get("kind_label") else ""
            note = f'<br/><span class="note">{esc(f["note"])}</span>' if f.get("note") else ""
            unit = "/".join(x for x in (f.get("unit"), f.get("period")) if x)
            body.append(
                f"<tr><td>{esc(f['metric'])}{kind}{note}</td><td>{esc(unit)}</td>"
                f"<td align='right'>{esc(number(f.get('before'), lang))}</td>"
                f"<td align='right'>{esc(number(f.get('after'), lang))}</td>"
                f"<td align='right'>{esc(f.get('change_text') or '')}</td>"
                f"<td class='{verdict_class}'>{esc(f.get('verdict') or '')}</td></tr>")
        # <thead>: Qt repeats the header row at the top of each page the table continues on.
        parts.append(_table_open() + f"<thead><tr>{head}</tr></thead>" + "".join(body) + "</table>")
    else:
        parts.append(f'<p class="muted">{esc(t("no_figures"))}</p>')
    # -- photos -------------------------------------------------------------------------------------
    photos = [a for a in nom.get("attachments") or [] if not a.get("missing")
              and str(a.get("media_type", "")).startswith("image/")]
    if photos:
        parts.append(f"<h2>{esc(t('photos'))}</h2>")
        width = px((CONTENT_WIDTH_MM - 8) / 2)
        cells = [f'<td width="50%" align="center"><img src="{IMAGE_SCHEME}{esc(a["sha256"])}" width="{width}"/>'
                 f'<br/><span class="note">{esc(a.get("original_name") or "")}</span></td>' for a in photos]
        photo_rows = ["<tr>" + "".join(cells[i:i + 2]) + ("<td></td>" if len(cells[i:i + 2]) == 1 else "") + "</tr>"
                      for i in range(0, len(cells), 2)]
        parts.append(f'<table width="100%" cellspacing="{px(2)}" cellpadding="0">' + "".join(photo_rows) + "</table>")
    parts.append("</body></html>")
    return "".join(parts)


# -- keeping headings with what follows them ------------------------------------------------------
# QTextDocument ignores "page-break-after: avoid" (it knows only breaks that are always made), so a heading
# can end a page with its text on the next one. The document is laid out exactly as it prints, each heading
# whose following content starts on a later page gets "page-break-before: always", and the layout is redone
# (a break moves everything after it) until no heading is left at a page's foot.

_HEADING_TAG = re.compile(r"<h[1-6]\b(?P<attrs>[^>]*)>", re.IGNORECASE)
_BREAK = "page-break-before: always; margin-top: 0px;"


@contextmanager
def _laid_out(html: str, images: Mapping[str, bytes] | None) -> Iterator[QTextDocument]:
    """``html`` laid out on A4 pages exactly as :func:`render_nomination_pdf` prints it (nothing is written)."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, margins_mm=MARGIN_MM, resolution=RESOLUTION)
    try:
        yield a4_document(html, writer, font_pt=FONT_PT, resolution=RESOLUTION, images=images)
    finally:
        del writer
        buffer.close()


def _headings(doc: QTextDocument) -> list[QTextBlock]:
    found = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append(block)
        block = block.next()
    return found


def orphaned_headings(html: str, images: Mapping[str, bytes] | None = None) -> list[int]:
    """Indexes (in document order, counting every <h1>–<h6>) of the headings whose following content starts
    on a later page than the heading itself."""
    with _laid_out(html, images) as doc:
        layout = doc.documentLayout()
        page = doc.pageSize().height()
        orphans = []
        for i, block in enumerate(_headings(doc)):
            following = block.next()
            if not following.isValid():
                continue
            top = layout.blockBoundingRect(block).top()
            at_page_top = top - (top // page) * page < 1.0  # a break would only add an empty page
            if not at_page_top and layout.blockBoundingRect(following).top() // page > top // page:
                orphans.append(i)
        return orphans


def with_breaks(html: str, before: set[int]) -> str:
    """``html`` with a page break before the headings numbered in ``before`` (document order)."""
    count = -1

    def tag(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count not in before:
            return m.group(0)
        attrs = m.group("attrs")
        style = re.search(r'style="([^"]*)"', attrs)
        if style:
            attrs = attrs.replace(style.group(0), f'style="{style.group(1).rstrip("; ")}; {_BREAK}"')
        else:
            attrs += f' style="{_BREAK}"'
        return m.group(0)[:3] + attrs + ">"

    return _HEADING_TAG.sub(tag, html)


def keep_headings_with_content(html: str, images: Mapping[str, bytes] | None = None) -> str:
    """``html`` with page breaks before headings that would otherwise be the last line of a page."""
    before: set[int] = set()
    for _ in range(len(_HEADING_TAG.findall(html))):
        orphans = [i for i in orphaned_headings(with_breaks(html, before), images) if i not in before]
        if not orphans:
            break
        before.add(orphans[0])  # one at a time: each break moves everything after it
    return with_breaks(html, before)


# -- keeping table rows whole ---------------------------------------------------------------------
# Qt splits a table row across pages line by line (a figure's name on one page, its numbers on the next) and
# has no "page-break-inside: avoid". Like headings: lay out as it prints, and end the table before the first
# row that would be split; the rest continues in a copy of the table (same columns, same <thead>) that starts
# a new page. Tables are never nested here (ours and Markdown's), so the n-th QTextTable is the n-th <table>.

_TABLE = re.compile(r"(?P<open><table\b[^>]*>)(?P<body>.*?)</table>", re.IGNORECASE | re.DOTALL)
_THEAD = re.compile(r"<thead\b[^>]*>.*?</thead>", re.IGNORECASE | re.DOTALL)
_TR = re.compile(r"<tr\b", re.IGNORECASE)


def _tables(doc: QTextDocument) -> list[QTextTable]:
    found: list[QTextTable] = []

    def walk(frame: QTextFrame) -> None:
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            walk(child)

    walk(doc.rootFrame())
    return found


def split_rows(html: str, images: Mapping[str, bytes] | None = None) -> list[tuple[int, int]]:
    """(table, row) of each body row whose content starts on one page and ends on a later one (tables and rows
    in document order, rows counted from the table's first <tr>, header rows included). A row taller than a
    page, or one already starting a page, is not listed: a break before it would not help."""
    with _laid_out(html, images) as doc:
        layout = doc.documentLayout()
        page = doc.pageSize().height()
        found = []
        for ti, table in enumerate(_tables(doc)):
            for r in range(table.format().headerRowCount(), table.rows()):
                cells = [table.cellAt(r, c) for c in range(table.columns())]
                tops = [layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells if c.isValid()]
                bottoms = [layout.blockBoundingRect(c.lastCursorPosition().block()).bottom()
                           for c in cells if c.isValid()]
                if not tops:
                    continue
                top, bottom = min(tops), max(bottoms)
                # A page top holds the repeated header row first: "near the top" is anywhere in the first tenth.
                near_page_top = top - (top // page) * page < page / 10
                if bottom // page > top // page and not near_page_top and bottom - top < page * 0.8:
                    found.append((ti, r))
        return found


def with_row_break(html: str, table: int, row: int) -> str:
    """``html`` with table number ``table`` ended before its row ``row``, which starts a copy of the table on
    a new page (the copy repeats the <thead>)."""
    m = list(_TABLE.finditer(html))[table]
    open_tag, body = m.group("open"), m.group("body")
    rows = list(_TR.finditer(body))
    if row >= len(rows):
        return html
    style = re.search(r'style="([^"]*)"', open_tag)
    new_open = (open_tag.replace(style.group(0), f'style="{style.group(1).rstrip("; ")}; {_BREAK}"') if style
                else open_tag[:-1] + f' style="{_BREAK}">')
    head = _THEAD.search(body)
    thead_end = head.end() if head else 0
    if not any(r.start() >= thead_end for r in rows[:row]):  # its first row: the whole table moves
        heading = _heading_just_before(html, m.start())
        if heading is not None:  # with the heading over it (a break on the table would strand the heading)
            return with_breaks(html, {heading})
        return html[:m.start()] + new_open + body + "</table>" + html[m.end():]
    cut = rows[row].start()
    split = body[:cut] + "</table>" + new_open + (head.group(0) if head else "") + body[cut:]
    return html[:m.start()] + open_tag + split + "</table>" + html[m.end():]


def _heading_just_before(html: str, pos: int) -> int | None:
    """The number (document order) of the heading that ends right before ``pos``, if one does."""
    closes = list(re.finditer(r"</h[1-6]>", html[:pos], re.IGNORECASE))
    if not closes or html[closes[-1].end():pos].strip():
        return None
    return len(_HEADING_TAG.findall(html[:closes[-1].start()])) - 1


def keep_together(html: str, images: Mapping[str, bytes] | None = None) -> str:
    """``html`` with page breaks so that no heading ends a page and no table row is split across two."""
    for _ in range(200):  # each round fixes the first problem; a break moves everything after it
        html = keep_headings_with_content(html, images)
        split = split_rows(html, images)
        if not split:
            break
        moved = with_row_break(html, *split[0])
        if moved == html:  # nothing left to move (cannot happen with well-formed tables; never loop on it)
            break
        html = moved
    return html


def render_nomination_pdf(packet: Mapping[str, Any], nom: Mapping[str, Any], images: Mapping[str, bytes],
                          target: Path) -> None:
    """The :data:`~mitake_desktop.core.exports.nomination_packet.PdfRenderer` the CLI and the GUI use."""
    named = {f"{IMAGE_SCHEME}{sha}": data for sha, data in images.items()}
    html = keep_together(nomination_html(packet, nom), named)
    html_to_pdf(html, target, title=str(nom["title"]), margins_mm=MARGIN_MM, font_pt=FONT_PT,
                resolution=RESOLUTION, images=named)
