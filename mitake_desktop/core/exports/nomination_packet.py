"""The nomination packet of an award program: one PDF per nomination, a CSV and a JSON summary, attachments.

Layout of the packet folder::

    README.txt                 what the packet is, the date, the personal-data profile used
    nominations.csv            one row per nomination (UTF-8 with BOM and CRLF, for Excel)
    nominations.json           the same data and more (sections, figures, scores), UTF-8
    01_<title>.pdf …           one A4 document per nomination (rendered by the function passed in)
    attachments/<sha>.<ext>    each attachment once, named by its hash (never by a user's file name); the
                               folder (and its line in README.txt) only when some nomination has attachments

The packet is built from one data structure (:func:`build_packet`) that has passed through the
consent redaction (:mod:`.redaction`) as a whole, so the PDF, the CSV, the JSON and the file names
all show the same, redacted data. It is written into a temporary folder beside the target and renamed
into place at the end: a failure or a cancel leaves no half packet. The target must be a new or an
empty folder.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import logging
import os
import re
import shutil
import unicodedata
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mitake_desktop import __version__
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.exports.redaction import PROFILE, Redactor, strip_name
from mitake_desktop.core.i18n import Text, join_list, language, msg, msg_in
from mitake_desktop.core.reference import label
from mitake_desktop.core.services.awards import RankingRow, figure_summary
from mitake_desktop.core.services.case_studies import text_chars
from mitake_desktop.core.services.records import Filter
from mitake_desktop.core.wareki import ERAS_SUPPORTED, format_date

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

log = logging.getLogger(__name__)

FORMAT = "mitake-nomination-packet"
FORMAT_VERSION = 1
CSV_NAME = "nominations.csv"
JSON_NAME = "nominations.json"
README_NAME = "README.txt"
ATTACHMENTS_DIR = "attachments"

# (packet, nomination, images by sha256, target path) -> writes the PDF at target.
PdfRenderer = Callable[[Mapping[str, Any], Mapping[str, Any], Mapping[str, bytes], Path], None]

_EXT = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp", "application/pdf": "pdf"}
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(text: str, *, max_len: int = 60, fallback: str = "nomination") -> str:
    """A file-name stem Windows, macOS and Linux all accept: no <>:"/\\|?* or control characters,
    no trailing dot or space, not a reserved device name, at most ``max_len`` characters."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]', "_", text)
    text = text[:max_len].rstrip(" .")
    if not text or text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"_{text}" if text else fallback
    return text


# Column keys of the CSV, with their headings in both languages.
CSV_COLUMNS: tuple[tuple[str, Text], ...] = (
    ("no", Text("No.", "No.")),
    ("title", Text("推薦名", "Title")),
    ("nominee_type", Text("推薦対象の種類", "Nominee type")),
    ("nominee", Text("推薦対象", "Nominee")),
    ("status", Text("状態", "Status")),
    ("firm", Text("事業者", "Firm")),
    ("prefecture", Text("都道府県", "Prefecture")),
    ("industry", Text("業種", "Industry")),
    ("employees", Text("従業員規模", "Employees")),
    ("leader", Text("オピニオンリーダー", "Opinion leader")),
    ("it_tools", Text("ITツール", "IT tools")),
    ("cost_yen", Text("導入費用（円）", "Cost (yen)")),
    ("subsidy", Text("活用した補助金", "Subsidy used")),
    ("publication_consent", Text("公開の同意", "Publication consent")),
    ("total", Text("総合点（100点満点）", "Total (of 100)")),
    ("rank", Text("順位", "Rank")),
    ("scores", Text("採点数", "Scores given")),
    ("missing", Text("不足項目", "Missing")),
    ("to_check", Text("要確認", "To check")),
    ("pdf", Text("PDFファイル", "PDF file")),
)


@dataclass(frozen=True)
class PacketResult:
    path: Path
    nominations: int
    files: tuple[str, ...]  # relative paths inside the packet, sorted
    left_out: tuple[str, ...] = ()  # titles of nominations left out for want of publication consent


def result_message(result: PacketResult) -> str:
    """What the person who exported is told: where the packet went, and what it left out (never written into the
    packet itself: the jury need not learn which stories were held back)."""
    lines = [msg("packet_done", path=result.path, n=result.nominations, profile=msg("packet_profile_public"))]
    if result.left_out:
        lines.append(msg("packet_left_out", n=len(result.left_out), titles=join_list(result.left_out)))
    return "\n".join(lines)


def _role(lang: str, role_key: str, org: str | None, title: str | None) -> str:
    detail = " ".join(x for x in (org, title) if x)
    role = msg_in(lang, role_key)
    if lang == "ja":
        return f"{role}（{detail}）" if detail else role
    role = role[:1].upper() + role[1:]
    return f"{role} ({detail})" if detail else role


class _Builder:
    def __init__(self, services: Services, lang: str, era: str, today: date) -> None:
        self.s = services
        self.lang = lang
        self.era = era
        self.today = today
        # person id -> (person, replacement, specific): a specific role (leader, nominee) beats "関係者".
        self._hidden: dict[str, tuple[Mapping[str, Any], str, bool]] = {}
        self.orgs: dict[str, dict[str, Any]] = {}

    def lab(self, list_name: str, key: str | None) -> str:
        return label(list_name, key, self.lang) if key else ""

    def date(self, value: str | None) -> str:
        return format_date(value, self.era, self.lang) if value else ""

    def org(self, org_id: str | None) -> dict[str, Any] | None:
        if not org_id:
            return None
        if org_id not in self.orgs:
            found = self.s.records.get_many("organisation", [org_id]).get(org_id)
            if found is None:
                return None
            self.orgs[org_id] = found
        return self.orgs[org_id]

    def person(self, person_id: str | None, role_key: str) -> dict[str, Any] | None:
        """How a person appears: by name when they consented to publication, else by role."""
        if not person_id:
            return None
        p = self.s.records.get_many("person", [person_id]).get(person_id)
        if p is None:
            return None
        org = self.org(p.get("organisation_id"))
        org_name = org["name"] if org else None
        public = p.get("consent_scope") == PROFILE
        if public:
            detail = " ".join(x for x in (org_name, p.get("title")) if x)
            shown = (f"{p['name']}（{detail}）" if self.lang == "ja" else f"{p['name']} ({detail})") if detail else p[
                "name"]
        else:
            shown = _role(self.lang, role_key, strip_name(p, org_name or "") or None, p.get("title"))
            self._hide(p, shown, specific=True)
        return {"display": shown, "name_shown": public}

    def _hide(self, p: Mapping[str, Any], replacement: str, *, specific: bool) -> None:
        known = self._hidden.get(p["id"])
        if known is None or (specific and not known[2]):
            self._hidden[p["id"]] = (p, replacement, specific)

    def redactor(self) -> Redactor:
        redactor = Redactor()
        for person, replacement, _specific in self._hidden.values():
            redactor.hide(person, replacement)
        return redactor

    def hide_related(self, org_ids: Sequence[str], community_ids: Sequence[str]) -> None:
        """Everyone around the nomination who did not consent: the firm's and supporters' people, members."""
        people: dict[str, dict[str, Any]] = {}
        ids = [o for o in org_ids if o]
        for i in range(0, len(ids), 500):
            for p in self.s.records.list("person", [Filter("organisation_id", "in", ids[i:i + 500])]):
                people[p["id"]] = p
        for cid in (c for c in community_ids if c):
            member_ids = [m["person_id"] for m in self.s.records.list("membership", [Filter("community_id", "=", cid)])]
            people.update(self.s.records.get_many("person", member_ids))
        for p in people.values():
            if p.get("consent_scope") != PROFILE and p["id"] not in self._hidden:
                org = self.org(p.get("organisation_id"))
                self._hide(p, _role(self.lang, "role_person", strip_name(p, org["name"]) if org else None,
                                    p.get("title")), specific=False)


def select_nominations(services: Services, program_id: str, statuses: Sequence[str] | None = None,
                       ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The nominations a public packet holds, and those it leaves out: a case study whose firm has not consented
    to publication never goes outside (the checklist flags it as blocking; the packet must not send it anyway)."""
    chosen = [n for n in services.awards.nominations(program_id) if statuses is None or n["status"] in statuses]
    case_ids = [n["nominee_id"] for n in chosen if n["nominee_type"] == "case_study"]
    cases = services.records.get_many("case_study", case_ids)
    included: list[dict[str, Any]] = []
    left_out: list[dict[str, Any]] = []
    for n in chosen:
        case = cases.get(n["nominee_id"]) if n["nominee_type"] == "case_study" else None
        (left_out if case is not None and not case.get("publication_consent") else included).append(n)
    return included, left_out


def build_packet(services: Services, program_id: str, *, lang: str | None = None, era: str | None = None,
                 today: date | None = None, statuses: Sequence[str] | None = None,
                 ) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The redacted packet data and the attachment bytes it refers to (by SHA-256)."""
    lang = lang or language()
    era = era or ("wareki" if lang == "ja" else "seireki")
    if era not in ERAS_SUPPORTED:
        raise MitakeError(msg("packet_bad_era", era=era, choices=", ".join(ERAS_SUPPORTED)))
    today = today or date.today()
    b = _Builder(services, lang, era, today)
    awards = services.awards
    program = services.records.get("award_program", program_id)
    criteria = awards.criteria(program_id)
    sections = program.get("required_sections") or []
    ranking: dict[str, RankingRow] = {r.nomination_id: r for r in awards.ranking(program_id)}
    nominations, _left_out = select_nominations(services, program_id, statuses)
    # Ranked order (the order the staff see), unscored ones by title.
    nominations.sort(key=lambda n: (ranking[n["id"]].rank, str(n.get("title") or ""), n["id"]))
    images: dict[str, bytes] = {}
    out_noms: list[dict[str, Any]] = []
    for no, nom in enumerate(nominations, start=1):
        out_noms.append(_nomination(b, no, nom, sections, ranking[nom["id"]], images))
    packet: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "generated_on": today.isoformat(), "generated_on_text": b.date(today.isoformat()),
        "lang": lang, "era": era, "profile": PROFILE, "profile_label": msg_in(lang, "packet_profile_public"),
        "profile_note": msg_in(lang, "packet_profile_note"),
        "program": {
            "id": program["id"], "name": program["name"], "year": program.get("year"),
            "organiser": program.get("organiser") or "", "deadline": program.get("deadline"),
            "deadline_text": b.date(program.get("deadline")), "eligibility": program.get("eligibility") or "",
            "description": program.get("description") or "",
            "criteria": [{"name": c["name"], "weight": c.get("weight"), "max_score": c.get("max_score"),
                          "description": c.get("description") or ""} for c in criteria],
            "sections": [{"key": s["key"], "title": awards.section_title(s, lang), "source": s.get("source"),
                          "min_chars": s.get("min_chars") or 0, "required": bool(s.get("required", True))}
                         for s in sections],
        },
        "nominations": out_noms,
    }
    packet = b.redactor().walk(packet)
    # File names come from the redacted titles, so a hidden name cannot reach a file name either.
    used: set[str] = set()
    for n in packet["nominations"]:
        stem = f"{n['no']:02d}_{safe_filename(n['title'] or n['nominee'])}"
        while stem.casefold() in used:  # Windows and macOS compare file names without case
            stem += "_"
        used.add(stem.casefold())
        n["pdf"] = f"{stem}.pdf"
    return packet, images


def _nomination(b: _Builder, no: int, nom: Mapping[str, Any], sections: Sequence[Mapping[str, Any]],
                rank: RankingRow, images: dict[str, bytes]) -> dict[str, Any]:
    s, lang = b.s, b.lang
    ntype = nom["nominee_type"]
    nominee = s.records.get_many(ntype, [nom["nominee_id"]]).get(nom["nominee_id"])
    firm: dict[str, Any] | None = None
    leader: dict[str, Any] | None = None
    case: dict[str, Any] = {}
    nominee_display = ""
    if ntype == "case_study" and nominee is not None:
        cs = nominee
        org = b.org(cs.get("organisation_id"))
        # The leader first, so free text names them by their own role rather than a generic one.
        leader = b.person(cs.get("leader_id"), "role_opinion_leader")
        b.hide_related([cs.get("organisation_id") or "", *(cs.get("supporter_org_ids") or [])],
                       [cs.get("community_id") or ""])
        firm = {
            "name": org["name"] if org else "",
            "prefecture": b.lab("prefecture", cs.get("prefecture") or (org or {}).get("prefecture")),
            "industry": b.lab("industry", cs.get("industry") or (org or {}).get("industry")),
            "employees": b.lab("employees_band", cs.get("employees_band") or (org or {}).get("employees_band")),
            "capital": b.lab("capital_band", cs.get("capital_band") or (org or {}).get("capital_band")),
        }
        tools = s.records.get_many("it_tool", list(cs.get("it_tool_ids") or []))
        community = s.records.titles("community", [cs["community_id"]]).get(cs["community_id"], "") if cs.get(
            "community_id") else ""
        case = {
            "title": cs["title"], "community": community,
            "supporters": [o["name"] for o in (b.org(i) for i in cs.get("supporter_org_ids") or []) if o],
            "it_tools": [{"name": t["name"], "vendor": t.get("vendor") or "",
                          "category": b.lab("it_tool_category", t.get("category")),
                          "subsidy_eligible": bool(t.get("subsidy_eligible")),
                          "subsidy_category": b.lab("subsidy_program", t.get("subsidy_program"))}
                         for t in (tools[i] for i in cs.get("it_tool_ids") or [] if i in tools)],
            "cost_yen": cs.get("cost_yen"), "subsidy": b.lab("subsidy_program", cs.get("subsidy_program")),
            "publication_consent": bool(cs.get("publication_consent")),
            "consent_date": cs.get("consent_date"), "consent_date_text": b.date(cs.get("consent_date")),
            "status": b.lab("case_status", cs.get("status")),
        }
        nominee_display = cs["title"]
    elif ntype == "person" and nominee is not None:
        role = "role_opinion_leader" if s.records.count(
            "opinion_leader_profile", [Filter("person_id", "=", nominee["id"])]) else "role_nominee"
        shown = b.person(nominee["id"], role)
        b.hide_related([nominee.get("organisation_id") or ""], [])
        nominee_display = shown["display"] if shown else ""
        org = b.org(nominee.get("organisation_id"))
        if org:
            firm = {"name": org["name"], "prefecture": b.lab("prefecture", org.get("prefecture")),
                    "industry": b.lab("industry", org.get("industry")),
                    "employees": b.lab("employees_band", org.get("employees_band")),
                    "capital": b.lab("capital_band", org.get("capital_band"))}
    elif ntype == "community" and nominee is not None:
        b.hide_related([nominee.get("coordinating_org_id") or ""], [nominee["id"]])
        nominee_display = nominee["name"]
        case = {"community": nominee["name"],
                "prefectures": [b.lab("prefecture", p) for p in nominee.get("prefectures") or []]}
    texts = nom.get("sections") or {}
    section_rows = []
    for sec in sections:
        if sec.get("source") == "figures":
            continue
        text = texts.get(sec["key"], "") or ""
        section_rows.append({"key": sec["key"], "title": s.awards.section_title(sec, lang), "text": text,
                             "chars": text_chars(text), "min_chars": sec.get("min_chars") or 0})
    figures_title = next((s.awards.section_title(sec, lang) for sec in sections if sec.get("source") == "figures"), "")
    figures = [dict(f, kind_label=b.lab("figure_kind", f.get("kind")))
               for f in figure_summary(s.awards.figures_of(nom), lang)]
    attachments = []
    atts = s.records.get_many("attachment", list(nom.get("attachment_ids") or []))
    for sha in nom.get("attachment_ids") or []:
        att = atts.get(sha)
        if att is None:
            continue
        ext = _EXT.get(att["media_type"], "bin")
        entry = {"sha256": sha, "media_type": att["media_type"], "original_name": att.get("original_name") or "",
                 "file": f"{ATTACHMENTS_DIR}/{sha[:16]}.{ext}", "missing": False}
        try:
            images[sha] = s.attachments.read(sha)
        except (OSError, MitakeError, ValueError):
            log.warning("attachment %s is missing or damaged; left out of the packet", sha[:12])
            entry["missing"] = True
        attachments.append(entry)
    checklist = s.awards.checklist(nom["id"], lang=lang, today=b.today)
    return {
        "no": no, "id": nom["id"], "title": nom.get("title") or nominee_display,
        "nominee_type": ntype, "nominee_type_label": b.lab("nominee_type", ntype), "nominee": nominee_display,
        "status": nom["status"], "status_label": b.lab("nomination_status", nom["status"]),
        "firm": firm, "leader": leader["display"] if leader else None, "case_study": case,
        "sections": section_rows, "figures_title": figures_title, "figures": figures,
        "score": {"total": rank.total, "rank": rank.rank, "scored": rank.scored, "expected": rank.expected,
                  "criteria": [{"name": c.name, "weight": c.weight, "max_score": c.max_score,
                                "mean": None if c.mean is None else round(c.mean, 2)} for c in rank.criteria]},
        # "missing": what blocks submitting (✗); "to_check": warnings (!) that do not block it.
        "checklist": {"ready": checklist.ready, "missing": [i.message for i in checklist.blocking],
                      "to_check": [i.message for i in checklist.missing if not i.blocking]},
        "attachments": attachments,
        "pdf": "",
    }


_NUMBER = re.compile(r"^[+-]?[\d,]+(\.\d+)?%?$")


def excel_safe(value: str) -> str:
    """A cell Excel will not run as a formula: text starting with = + - @ (or a tab) gets a leading '."""
    if value and value[0] in "=+-@\t\r" and not _NUMBER.match(value):
        return "'" + value
    return value


def csv_rows(packet: Mapping[str, Any]) -> list[list[str]]:
    """The CSV's heading and rows, in the packet's language."""
    lang = packet["lang"]
    yes, no = msg_in(lang, "packet_yes"), msg_in(lang, "packet_no")
    rows = [[t.get(lang) for _k, t in CSV_COLUMNS]]
    for n in packet["nominations"]:
        firm = n.get("firm") or {}
        case = n.get("case_study") or {}
        consent = case.get("publication_consent")
        values = {
            "no": str(n["no"]), "title": n["title"], "nominee_type": n["nominee_type_label"], "nominee": n["nominee"],
            "status": n["status_label"], "firm": firm.get("name", ""), "prefecture": firm.get("prefecture", ""),
            "industry": firm.get("industry", ""), "employees": firm.get("employees", ""),
            "leader": n.get("leader") or "",
            "it_tools": join_list([t["name"] for t in case.get("it_tools", [])], lang),
            "cost_yen": "" if case.get("cost_yen") is None else str(case["cost_yen"]),
            "subsidy": case.get("subsidy", ""),
            "publication_consent": "" if consent is None else (yes if consent else no),
            "total": f"{n['score']['total']:.2f}", "rank": str(n["score"]["rank"]),
            "scores": f"{n['score']['scored']}/{n['score']['expected']}",
            "missing": " / ".join(n["checklist"]["missing"]), "to_check": " / ".join(n["checklist"]["to_check"]),
            "pdf": n["pdf"],
        }
        rows.append([excel_safe(values[k]) for k, _t in CSV_COLUMNS])
    return rows


def csv_bytes(packet: Mapping[str, Any]) -> bytes:
    """UTF-8 with BOM and CRLF: Excel on Windows opens it with the right encoding."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(csv_rows(packet))
    return buf.getvalue().encode("utf-8-sig")


def has_attachments(packet: Mapping[str, Any]) -> bool:
    """Whether the packet writes an attachments folder (a missing or damaged file is left out of it)."""
    return any(not a["missing"] for n in packet["nominations"] for a in n["attachments"])


def readme_text(packet: Mapping[str, Any]) -> str:
    lang = packet["lang"]
    p = packet["program"]
    lines = [
        msg_in(lang, "packet_readme_title", program=p["name"]),
        "",
        msg_in(lang, "packet_readme_generated", date=packet["generated_on_text"], version=packet["app_version"]),
        msg_in(lang, "packet_readme_count", n=len(packet["nominations"])),
        msg_in(lang, "packet_readme_profile", profile=packet["profile_label"]),
        packet["profile_note"],
        "",
        f"- {CSV_NAME}: {msg_in(lang, 'packet_readme_csv')}",
        f"- {JSON_NAME}: {msg_in(lang, 'packet_readme_json')}",
        f"- NN_*.pdf: {msg_in(lang, 'packet_readme_pdf')}",
    ]
    if has_attachments(packet):  # the folder exists only when some nomination has attachments
        lines.append(f"- {ATTACHMENTS_DIR}/: {msg_in(lang, 'packet_readme_attachments')}")
    return "\r\n".join(lines) + "\r\n"


def _check_target(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise MitakeError(msg("packet_out_not_empty", path=out))


def _prepare_target(out: Path) -> None:
    _check_target(out)
    parent = out.parent
    if parent.exists() and not parent.is_dir():
        raise MitakeError(msg("packet_unwritable", path=out, detail=os.strerror(errno.ENOTDIR)))
    if not parent.exists():  # a mistyped path is refused, never created (the packet folder itself is new)
        raise MitakeError(msg("db_no_dir", path=parent))


def export_packet(services: Services, program_id: str, out_dir: Path | str, *, renderer: PdfRenderer,
                  lang: str | None = None, era: str | None = None, today: date | None = None,
                  statuses: Sequence[str] | None = None, progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None) -> PacketResult:
    """Write the packet of ``program_id`` into ``out_dir`` (a new or empty folder), all or nothing."""
    out = Path(out_dir).expanduser().absolute()
    _check_target(out)
    program = services.records.get("award_program", program_id)  # an unknown id is refused before anything
    included, left_out = select_nominations(services, program_id, statuses)
    if not included:  # an empty packet is no packet: say why, write nothing
        if left_out:
            raise MitakeError(msg("packet_none_consent", program=program["name"],
                                  titles=join_list([str(n.get("title") or "") for n in left_out])))
        if statuses:
            raise MitakeError(msg("packet_none_status", program=program["name"],
                                  statuses=join_list([label("nomination_status", st) for st in statuses])))
        raise MitakeError(msg("packet_none", program=program["name"]))
    _prepare_target(out)
    packet, images = build_packet(services, program_id, lang=lang, era=era, today=today, statuses=statuses)
    try:
        tmp = out.parent / f".{out.name}.tmp-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
    except OSError as exc:
        raise MitakeError(msg("packet_unwritable", path=out, detail=exc.strerror or exc)) from None
    total = len(packet["nominations"])
    try:
        (tmp / ATTACHMENTS_DIR).mkdir()
        for n in packet["nominations"]:
            for a in n["attachments"]:
                if not a["missing"] and not (tmp / a["file"]).exists():
                    (tmp / a["file"]).write_bytes(images[a["sha256"]])
        for i, n in enumerate(packet["nominations"], start=1):
            if cancel is not None and cancel():
                raise MitakeError(msg("cancelled"))
            mine = {a["sha256"]: images[a["sha256"]] for a in n["attachments"] if not a["missing"]}
            renderer(packet, n, mine, tmp / n["pdf"])
            if progress is not None:
                progress(i, total)
        (tmp / CSV_NAME).write_bytes(csv_bytes(packet))
        (tmp / JSON_NAME).write_text(json.dumps(packet, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (tmp / README_NAME).write_bytes(readme_text(packet).encode("utf-8-sig"))
        if not any((tmp / ATTACHMENTS_DIR).iterdir()):
            (tmp / ATTACHMENTS_DIR).rmdir()
        if out.exists():
            out.rmdir()  # empty (checked above); Windows cannot rename onto an existing folder
        os.replace(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise MitakeError(msg("packet_unwritable", path=out, detail=exc.strerror or exc)) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    files = tuple(sorted(str(p.relative_to(out)).replace(os.sep, "/") for p in out.rglob("*") if p.is_file()))
    log.info("nomination packet written: program=%s nominations=%d profile=%s path=%s at=%s",
             program_id, total, PROFILE, out, datetime.now().isoformat(timespec="seconds"))
    return PacketResult(out, total, files, tuple(str(n.get("title") or "") for n in left_out))
