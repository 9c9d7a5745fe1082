"""The one-page event report as an A4 PDF (Japanese fonts embedded), drawn from plain report data.

The figures come from :func:`mitake_desktop.core.events.report.event_report`; this module only lays
them out. Lists are capped (industries, comments, follow-ups, long texts) by a :class:`Budget`; the
report is laid out with the generous budget first and with tighter ones until it fits one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from mitake_desktop.core.events.report import EventReport
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.schema import spec
from mitake_desktop.rendering.pdf import html_to_pdf, page_count

MARGINS_MM = 14.0
FONT_PT = 9.0
RESOLUTION = 300
ACCENT = "#1e6fb8"
BAR = "#5b9bd5"
MUTED = "#666666"


@dataclass(frozen=True)
class Budget:
    """How much of each list and text the page shows."""

    bars: int = 7
    follow_ups: int = 8
    comments: int = 4
    comment_chars: int = 60
    text_chars: int = 120  # title, venue, topics


BUDGETS = (Budget(), Budget(6, 6, 3, 45, 90), Budget(5, 4, 2, 35, 70), Budget(4, 3, 1, 30, 50),
           Budget(3, 2, 0, 0, 40))


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: max(1, n - 1)] + "…"


def _when(report: EventReport) -> str:
    start = report.starts_at.replace("T", " ")[:16]
    if report.ends_at:
        end = report.ends_at.replace("T", " ")[:16]
        end = end[11:] if end[:10] == start[:10] else end
        return f"{start}〜{end}"
    return start


def _bars(items: list[tuple[str, int]], budget: Budget) -> str:
    if not items:
        return f"<p style='color:{MUTED}'>{escape(msg('report_none'))}</p>"
    shown = items[:budget.bars]
    rest = sum(n for _, n in items[budget.bars:])
    if rest:
        shown.append((msg("report_others"), rest))
    biggest = max(n for _, n in shown) or 1
    rows = []
    for label, n in shown:
        # A bar is a two-cell table whose first cell takes the bar's share of the width (QTextDocument
        # honours column percentages, not the width of a nested table).
        width = round(100 * n / biggest)
        cells = (f"<td width='{width}%' bgcolor='{BAR}' style='font-size:6pt'>&nbsp;</td>" if width else "") + (
            f"<td width='{100 - width}%' style='font-size:6pt'>&nbsp;</td>" if width < 100 else "")
        rows.append(
            f"<tr><td width='42%' style='font-size:8pt'>{escape(label)}</td>"
            f"<td width='46%'><table width='100%' cellspacing='0' cellpadding='0'><tr>{cells}</tr></table></td>"
            f"<td width='12%' align='right' style='font-size:8pt'>{n}</td></tr>")
    return f"<table width='100%' cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def _count_cell(label: str, value: int | str, strong: bool = False) -> str:
    colour = ACCENT if strong else "#222222"
    return (f"<td align='center' width='14%' style='border:1px solid #cccccc'>"
            f"<span style='font-size:8pt;color:{MUTED}'>{escape(label)}</span><br/>"
            f"<span style='font-size:16pt;font-weight:bold;color:{colour}'>{value}</span></td>")


def report_html(report: EventReport, budget: Budget = BUDGETS[0]) -> str:
    """The report as the HTML subset QTextDocument understands."""
    b = budget
    c = report.counts
    rate = f"{round(100 * c.attended / c.registered)}%" if c.registered else "-"
    details = [
        (msg("report_when"), _when(report)),
        (msg("report_venue"), _cut(report.venue, b.text_chars) or "-"),
        (msg("report_kind"), msg("report_kind_format", kind=report.kind_label, format=report.format_label)),
        (msg("report_community"), report.community or "-"),
        (msg("report_organiser"), report.organiser or "-"),
        (msg("report_capacity"), str(report.capacity) if report.capacity is not None else "-"),
    ]
    detail_rows = "".join(
        f"<tr><td width='18%' style='color:{MUTED}'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in details)
    counts = "".join([
        _count_cell(msg("report_registered"), c.registered),
        _count_cell(msg("report_attended"), c.attended, strong=True),
        _count_cell(msg("report_walk_ins"), c.walk_ins, strong=True),
        _count_cell(msg("report_no_shows"), c.no_shows),
        _count_cell(msg("report_cancelled"), c.cancelled),
        _count_cell(msg("report_present"), c.present, strong=True),
        _count_cell(msg("report_attendance_rate"), rate),
    ])
    sections: list[str] = []
    sections.append(
        f"<table width='100%' cellspacing='0' cellpadding='4'><tr>"
        f"<td width='50%' valign='top'><h3>{escape(msg('report_by_industry'))}</h3>"
        f"{_bars(report.by_industry, b)}</td>"
        f"<td width='50%' valign='top'><h3>{escape(msg('report_by_employees'))}</h3>"
        f"{_bars(report.by_employees, b)}</td></tr></table>")
    join = msg("report_list_join")
    topics = _cut(join.join(report.topics), b.text_chars) if report.topics else msg("report_none")
    speakers = _cut(join.join(report.speakers), b.text_chars) if report.speakers else msg("report_none")
    # One labelled row each (as the details above): run together on one line, the speakers read as
    # the last topic.
    sections.append(
        "<table width='100%' cellspacing='0' cellpadding='2' style='font-size:9pt'>"
        + "".join(f"<tr><td width='18%' valign='top'><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
                  for label, value in ((msg("report_topics"), topics), (msg("report_speakers"), speakers)))
        + "</table>")
    satisfaction = [(f"{'★' * s}", report.satisfaction.get(s, 0)) for s in range(5, 0, -1)]
    if report.satisfaction_average is not None:
        average = msg("report_average", avg=f"{report.satisfaction_average:.1f}", n=report.responses)
    else:
        average = msg("report_no_answers")
    comments = "".join(f"<li>{escape(_cut(' '.join(text.split()), b.comment_chars))}</li>"
                       for text in report.comments[:b.comments])
    right = (f"<h3>{escape(msg('report_comments'))}</h3><ul style='font-size:8pt'>{comments}</ul>" if comments
             else "")
    if report.meeting_outcomes:
        right += f"<h3>{escape(msg('report_meetings'))}</h3>{_bars(report.meeting_outcomes, b)}"
    sections.append(
        f"<table width='100%' cellspacing='0' cellpadding='4'><tr>"
        f"<td width='50%' valign='top'><h3>{escape(msg('report_satisfaction'))}</h3>"
        f"<p style='font-size:9pt'>{escape(average)}</p>"
        f"{_bars(satisfaction, b)}</td>"
        f"<td width='50%' valign='top'>{right}</td></tr></table>")
    fu = spec("follow_up")
    status_text = join.join(f"{label} {n}" for label, n in report.follow_up_status) or msg("report_none")
    fu_rows = "".join(
        f"<tr><td>{escape(_cut(r.title, 30))}</td><td>{escape(_cut(r.person_name or '-', 16))}</td>"
        f"<td>{escape(_cut(r.owner_name or '-', 12))}</td>"
        f"<td>{escape(r.due_on or '-')}</td><td>{escape(_status(r.status))}"
        f"{(' ' + escape(msg('report_overdue', days=r.days_overdue))) if r.days_overdue else ''}</td></tr>"
        for r in report.follow_ups[:b.follow_ups])
    more = len(report.follow_ups) - b.follow_ups
    header = "".join(f"<th align='left' bgcolor='#eef3f8'>{escape(str(fu.field(n).label))}</th>"
                     for n in ("title", "person_id", "owner_id", "due_on", "status"))
    fu_table = (f"<table width='100%' cellspacing='0' cellpadding='2' style='font-size:8pt'>"
                f"<tr>{header}</tr>{fu_rows}</table>") if fu_rows else ""
    if more > 0:
        fu_table += f"<p style='font-size:8pt;color:{MUTED}'>{escape(msg('report_more', n=more))}</p>"
    sections.append(f"<h3>{escape(msg('report_follow_ups', detail=status_text))}</h3>{fu_table}")
    return (
        "<html><body style='font-size:9pt'>"
        f"<p style='font-size:9pt;color:{MUTED}'>{escape(msg('report_heading'))}</p>"
        # A paragraph, not <h1>: QTextDocument keeps its own heading size whatever the style says.
        f"<p style='font-size:{17 if len(report.title) <= 30 else 13}pt;font-weight:bold;color:{ACCENT}'>"
        f"{escape(_cut(report.title, b.text_chars))}</p>"
        f"<table width='100%' cellspacing='0' cellpadding='1' style='font-size:9pt'>{detail_rows}</table>"
        f"<h3>{escape(msg('report_counts'))}</h3>"
        f"<table width='100%' cellspacing='0' cellpadding='4'><tr>{counts}</tr></table>"
        + "".join(sections)
        + f"<p align='right' style='font-size:7pt;color:{MUTED}'>"
        f"{escape(msg('report_footer', date=report.generated_on))}</p></body></html>"
    )


def _status(key: str) -> str:
    from mitake_desktop.core.reference import label

    return label("follow_up_status", key)


def render_event_report(report: EventReport, target: Path) -> Path:
    """Write the report as a one-page A4 PDF at ``target`` (lists shortened until it fits)."""
    html = report_html(report, BUDGETS[0])
    for budget in BUDGETS[1:]:
        if page_count(html, margins_mm=MARGINS_MM, font_pt=FONT_PT, resolution=RESOLUTION) <= 1:
            break
        html = report_html(report, budget)
    return html_to_pdf(html, Path(target), title=report.title, margins_mm=MARGINS_MM, font_pt=FONT_PT,
                       resolution=RESOLUTION)
