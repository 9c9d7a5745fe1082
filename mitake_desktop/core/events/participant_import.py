"""Participant lists from Excel: column mapping, a preview with errors and duplicates, then one batch.

The steps, each a plain call the GUI's import dialog and ``mitake import-csv`` both make:

1. :func:`~mitake_desktop.core.events.tabular.read_sheet` reads the file (CSV in any of the
   encodings Excel writes in Japan, or ``.xlsx``).
2. :meth:`ParticipantImportService.suggest_mapping` proposes which column is which field: the
   mapping last used for a file with the same headers (remembered per header signature in
   ``local_state``), else a guess from the header texts (氏名, ふりがな, 会社名, メール …).
3. :meth:`ParticipantImportService.preview` normalises every cell (NFKC for names, readings,
   numbers, e-mail and phone; spaces collapsed; the name's Japanese order kept), validates each row
   (a clear message per problem), and finds people who already exist — same name and reading, same
   e-mail or phone, same name and organisation — or appear twice in the file. Nothing is written.
4. :meth:`ParticipantImportService.commit` takes the user's decision per row (create / merge into
   an existing person / skip) and writes everything as one batch (``import_csv``), so
   ``services.history.undo_batch`` takes the whole import back in one step. A merge fills the
   existing person's empty fields and never overwrites what is there. If any row that is not
   skipped has an error, nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mitake_desktop.core import reference
from mitake_desktop.core.errors import MitakeError, ValidationError
from mitake_desktop.core.events.common import CANCELLED, WAITLISTED
from mitake_desktop.core.events.names import (
    clean_name,
    clean_phone,
    email_key,
    name_key,
    org_key,
    phone_key,
    reading_key,
)
from mitake_desktop.core.events.tabular import Sheet, read_sheet
from mitake_desktop.core.i18n import Text, join_list, msg
from mitake_desktop.core.schema import spec
from mitake_desktop.core.services.tx import Tx, get_state, set_state
from mitake_desktop.core.services.validation import choice_key, coerce_field, date_or_none
from mitake_desktop.core.storage.tables import ENTITY_TABLES

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

KINDS = ("people", "registrations")
CREATE, MERGE, SKIP = "create", "merge", "skip"
BATCH_KIND = "import_csv"
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class Target:
    """A field a column can be mapped to."""

    key: str
    label: Text
    kinds: tuple[str, ...]
    synonyms: tuple[str, ...] = ()


def _field_label(type_name: str, name: str) -> Text:
    return spec(type_name).field(name).label


BOTH = ("people", "registrations")
REG = ("registrations",)
TARGETS: tuple[Target, ...] = (
    Target("name", _field_label("person", "name"), BOTH,
           ("氏名", "名前", "お名前", "氏名漢字", "参加者名", "参加者氏名", "参加者", "代表者名", "担当者名",
            "ご担当者名", "name", "full name", "participant")),
    Target("family_name", Text("姓", "Family name"), BOTH, ("姓", "苗字", "名字", "last name", "family name", "surname")),
    Target("given_name", Text("名", "Given name"), BOTH, ("名", "下の名前", "first name", "given name")),
    Target("reading", _field_label("person", "reading"), BOTH,
           ("よみがな", "ふりがな", "フリガナ", "ヨミガナ", "カナ", "かな", "よみ", "氏名カナ", "氏名かな",
            "氏名フリガナ", "氏名ふりがな", "お名前フリガナ", "お名前ふりがな", "reading", "kana", "furigana")),
    Target("family_reading", Text("姓（よみがな）", "Family name (kana)"), BOTH,
           ("セイ", "せい", "姓カナ", "姓かな", "姓ふりがな", "姓フリガナ")),
    Target("given_reading", Text("名（よみがな）", "Given name (kana)"), BOTH,
           ("メイ", "めい", "名カナ", "名かな", "名ふりがな", "名フリガナ")),
    Target("organisation", _field_label("person", "organisation_id"), BOTH,
           ("会社名", "事業所名", "事業者名", "企業名", "団体名", "法人名", "所属", "所属先", "勤務先", "屋号",
            "組織", "組織名", "貴社名", "company", "organisation", "organization", "company name", "firm")),
    Target("industry", _field_label("organisation", "industry"), BOTH, ("業種", "業界", "industry")),
    Target("employees", _field_label("organisation", "employees_band"), BOTH,
           ("従業員数", "従業員規模", "社員数", "従業員", "employees", "staff")),
    Target("title", _field_label("person", "title"), BOTH,
           ("役職", "役職名", "肩書", "肩書き", "title", "position", "job title")),
    Target("email", _field_label("person", "email"), BOTH,
           ("メールアドレス", "メール", "eメール", "e-mail", "email", "mail", "mail address", "email address")),
    Target("phone", _field_label("person", "phone"), BOTH,
           ("電話番号", "電話", "tel", "phone", "携帯", "携帯電話", "携帯番号", "連絡先", "phone number")),
    Target("postal_code", _field_label("person", "postal_code"), BOTH,
           ("郵便番号", "〒", "postal code", "zip", "zip code")),
    Target("address", _field_label("person", "address"), BOTH, ("住所", "所在地", "address")),
    Target("consent_scope", _field_label("person", "consent_scope"), BOTH, ("同意範囲", "個人情報の取扱い", "consent")),
    Target("consent_date", _field_label("person", "consent_date"), BOTH, ("同意日",)),
    Target("consent_source", _field_label("person", "consent_source"), BOTH, ()),
    Target("notes", _field_label("person", "notes"), BOTH, ("メモ", "備考", "notes", "note", "remarks")),
    Target("participant_role", _field_label("registration", "participant_role"), REG,
           ("参加区分", "区分", "参加種別", "role")),
    Target("status", _field_label("registration", "status"), REG, ("状態", "出欠", "ステータス", "status")),
    Target("registered_at", _field_label("registration", "registered_at"), REG,
           ("申込日時", "申込日", "申し込み日", "申込み日", "登録日", "registered", "registered at")),
    Target("interests", _field_label("registration", "interests"), REG,
           ("関心のある分野", "関心分野", "興味のある分野", "相談したい分野", "関心", "interests")),
    Target("satisfaction", _field_label("registration", "satisfaction"), REG, ("満足度", "satisfaction")),
    Target("comment", _field_label("registration", "comment"), REG,
           ("感想", "コメント", "ご意見", "ご感想", "comment", "comments", "feedback")),
)
TARGETS_BY_KEY = {t.key: t for t in TARGETS}

# Which record field each target is validated as.
_PERSON_FIELDS = ("name", "reading", "title", "email", "phone", "postal_code", "address", "consent_scope",
                  "consent_date", "consent_source", "notes")
_REG_FIELDS = ("participant_role", "status", "registered_at", "interests", "satisfaction", "comment")
_HEADER_NOISE = re.compile(r"[\s・:：*＊※()（）\[\]［］【】「」『』<>＜＞_\-‐ー－.。、,，/／?？!！]|必須|任意")
_LIST_SEPARATORS = re.compile(r"[／/;；\n]")


def _interest_parts(text: str) -> list[str]:
    """Interests written in one cell. ・ separates two only when the whole is not one label (給与・労務 is one)."""
    out: list[str] = []
    for part in (p.strip() for p in re.split(r"[,、，]", text)):
        if not part:
            continue
        if "・" in part and choice_key("it_tool_category", part) is None:
            out += [p.strip() for p in part.split("・") if p.strip()]
        else:
            out.append(part)
    return out


def targets(kind: str) -> list[Target]:
    """The fields a column can be mapped to in an import of ``kind``."""
    _check_kind(kind)
    return [t for t in TARGETS if kind in t.kinds]


def normalise_header(text: str) -> str:
    """A header as it is compared: NFKC, case-folded, without spaces, brackets, 必須/任意 marks."""
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def header_signature(kind: str, headers: Sequence[str]) -> str:
    text = "\x1f".join([kind, *(normalise_header(h) for h in headers)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise MitakeError(msg("import_unknown_kind", kind=kind, choices=", ".join(KINDS)))


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    target: str  # the mapped field the problem is about
    message: str  # one translated sentence


@dataclass(frozen=True)
class _PersonRef:
    """An existing person (``person_id``) or an earlier row of the same file (``file_row``)."""

    person_id: str | None
    file_row: int | None
    name: str
    reading: str
    organisation: str
    email: str
    phone: str


@dataclass(frozen=True)
class Candidate(_PersonRef):
    """An existing person or an earlier row of the same file this row may be, and why."""

    reasons: tuple[str, ...]  # name, reading, email, phone, organisation (messages import_reason_<key>)
    strong: bool  # enough alike to merge by default
    differs: tuple[str, ...] = ()  # email, phone, organisation given on both sides and different

    @property
    def reason_text(self) -> str:
        return msg("import_reason_join").join(msg(f"import_reason_{r}") for r in self.reasons)

    @property
    def why(self) -> str:
        """What is the same and what differs, e.g. 氏名・よみがなが一致、メールアドレス・所属組織が異なる."""
        same = msg("import_why_same", fields=self.reason_text)
        if not self.differs:
            return same
        differs = msg("import_reason_join").join(msg(f"import_reason_{r}") for r in self.differs)
        return same + msg("import_why_join") + msg("import_why_differs", fields=differs)

    @property
    def who(self) -> str:
        """The person as a reader recognises them: name and organisation, or the earlier row of the file."""
        if self.file_row is not None:
            return msg("import_candidate_row", row=self.file_row)
        return self.name + (f"（{self.organisation}）" if self.organisation else "")

    def describe(self, who: str | None = None) -> str:
        """One line for the preview and the report: who it may be, what matches and what differs."""
        return msg("import_candidate", who=self.who if who is None else who, why=self.why)


@dataclass(frozen=True)
class RowDecision:
    action: str  # create | merge | skip
    person_id: str | None = None  # merge into this existing person …
    file_row: int | None = None  # … or into the person an earlier row of this file becomes


@dataclass
class PreviewRow:
    number: int  # the row number Excel shows
    values: dict[str, str]  # mapped field → normalised cell text
    person: dict[str, Any]  # clean person values
    organisation: str  # organisation name as given (normalised)
    org_values: dict[str, Any]  # industry / employees band for the organisation
    registration: dict[str, Any]  # clean registration values (registrations import)
    problems: list[RowProblem]
    candidates: list[Candidate]
    decision: RowDecision
    already_registered: bool = False  # the person it merges into is registered for the event

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    target: str | None
    samples: tuple[str, ...]  # the first few non-empty cells, for the mapping dialog


@dataclass
class ImportPreview:
    kind: str
    event_id: str | None
    sheet: Sheet
    mapping: dict[int, str]
    columns: list[Column]
    mapping_problems: list[str]
    rows: list[PreviewRow]
    signature: str
    remembered: bool  # the mapping came from an earlier import of a file with these headers
    mapping_warnings: list[str] = field(default_factory=list)  # what the mapping leaves out (not refused)
    registered: dict[str, dict[str, Any]] = field(default_factory=dict)  # person id → live registration

    @property
    def error_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.problems]

    def row(self, number: int) -> PreviewRow:
        for r in self.rows:
            if r.number == number:
                return r
        raise KeyError(number)


@dataclass
class ImportReport:
    kind: str
    source: str
    encoding: str
    rows_read: int
    empty_rows: int = 0
    created: int = 0
    merged: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number, message)
    mapping_problems: list[str] = field(default_factory=list)
    possible_duplicates: list[tuple[int, str]] = field(default_factory=list)  # created though alike
    merges: list[tuple[int, str, str]] = field(default_factory=list)  # (row number, who it merges into, why)
    skipped_errors: list[tuple[int, str]] = field(default_factory=list)  # rows skipped for an error (--skip-invalid)
    mapping_warnings: list[str] = field(default_factory=list)  # e.g. a repeated header left out
    organisations_created: int = 0
    registrations_created: int = 0
    registrations_updated: int = 0
    registrations_unchanged: int = 0  # already registered with the same values
    waitlisted: int = 0
    batch_id: str | None = None
    written: bool = False

    @property
    def refused(self) -> bool:
        return bool(self.errors or self.mapping_problems)

    def lines(self) -> list[str]:
        """The report as sentences, for the command line and the GUI's summary."""
        out = [msg("import_report_head", source=self.source, encoding=self.encoding, rows=self.rows_read,
                   empty=self.empty_rows)]
        out += [msg("import_report_mapping", detail=p) for p in self.mapping_problems]
        out += [msg("import_report_mapping_warning", detail=w) for w in self.mapping_warnings]
        out += [msg("import_report_error", row=n, detail=m) for n, m in self.errors]
        if self.refused:
            return out  # what would have been written does not matter until the errors are fixed
        # A dry run says "would" throughout and ends saying plainly that nothing was written.
        dry = "" if self.written else "_dry"
        out.append(msg("import_report_counts" + dry,
                       created=self.created, merged=self.merged, skipped=self.skipped, errors=len(self.errors)))
        if self.kind == "registrations":
            out.append(msg("import_report_registrations" + dry, created=self.registrations_created,
                           updated=self.registrations_updated, unchanged=self.registrations_unchanged,
                           waitlisted=self.waitlisted))
        if self.organisations_created:
            out.append(msg("import_report_orgs" + dry, n=self.organisations_created))
        # Every merge is listed, so no row disappears into someone already known without a word.
        out += [msg("import_report_merge" + dry, row=n, who=who, why=why) for n, who, why in self.merges]
        out += [msg("import_report_skipped_error" + dry, row=n, detail=d) for n, d in self.skipped_errors]
        out += [msg("import_report_duplicate" + dry, row=n, detail=d) for n, d in self.possible_duplicates]
        if self.written and self.batch_id:
            out.append(msg("import_report_undo", batch=self.batch_id))
        if not self.written:
            out.append(msg("import_dry_run_nothing_written"))
        return out


class ImportRefused(MitakeError):
    """Nothing was written: the file has errors. ``report`` lists them by row."""

    def __init__(self, report: ImportReport) -> None:
        n = len(report.errors) + len(report.mapping_problems)
        super().__init__(msg("import_refused", n=n))
        self.report = report


# -- the people already known -----------------------------------------------------------------


@dataclass(frozen=True)
class _Known(_PersonRef):
    keys: tuple[str, str, str, str, str]  # name, reading, email, phone, organisation keys


class _PeopleIndex:
    """Existing people (and rows already seen in this file) by name, e-mail and phone keys."""

    def __init__(self) -> None:
        self.known: list[_Known] = []
        self.by: dict[tuple[str, str], list[int]] = {}
        self.by_ref: dict[tuple[str | None, int | None], int] = {}

    def keys_of(self, person_id: str | None, file_row: int | None) -> tuple[str, str, str, str, str] | None:
        idx = self.by_ref.get((person_id, file_row))
        return None if idx is None else self.known[idx].keys

    def add(self, k: _Known) -> None:
        idx = len(self.known)
        self.known.append(k)
        self.by_ref[(k.person_id, k.file_row)] = idx
        name, _reading, email, phone, _org = k.keys
        for kind, key in (("name", name), ("email", email), ("phone", phone)):
            if key:
                self.by.setdefault((kind, key), []).append(idx)

    def candidates(self, keys: tuple[str, str, str, str, str]) -> list[Candidate]:
        name, reading, email, phone, org = keys
        found: list[int] = []
        for kind, key in (("name", name), ("email", email), ("phone", phone)):
            if key:
                found += self.by.get((kind, key), [])
        scored = []
        for idx in dict.fromkeys(found):
            k = self.known[idx]
            kn, kr, ke, kp, ko = k.keys
            reasons = [r for r, a, b in (("name", name, kn), ("reading", reading, kr), ("email", email, ke),
                                         ("phone", phone, kp), ("organisation", org, ko)) if a and a == b]
            reading_differs = bool(reading and kr and reading != kr)
            # Contact details or an organisation given on both sides and different: two people who share
            # a name (佐藤 花子 is common) are told apart by them.
            differs = tuple(r for r, a, b in (("email", email, ke), ("phone", phone, kp), ("organisation", org, ko))
                            if a and b and a != b)
            # The same e-mail, or the same name and phone, identifies a person even when something else
            # changed (a new employer, a new phone); a name with a reading or an organisation does not.
            identified = "email" in reasons or ("name" in reasons and "phone" in reasons)
            strong = (("name" in reasons and ("email" in reasons or "phone" in reasons or "reading" in reasons
                                              or ("organisation" in reasons and not reading_differs))) or (
                "email" in reasons and "reading" in reasons)) and (identified or not differs)
            score = sum({"name": 2, "reading": 2, "email": 3, "phone": 2, "organisation": 2}[r] for r in reasons)
            scored.append((not strong, -score, idx, Candidate(k.person_id, k.file_row, k.name, k.reading,
                                                               k.organisation, k.email, k.phone, tuple(reasons),
                                                               strong, differs)))
        scored.sort(key=lambda item: item[:3])
        return [c for *_rest, c in scored[:MAX_CANDIDATES]]


def _keys(name: str, reading: str | None, email: str | None, phone: str | None,
          organisation: str | None) -> tuple[str, str, str, str, str]:
    return (name_key(name), reading_key(reading), email_key(email), phone_key(phone), org_key(organisation))


# -- organisations ----------------------------------------------------------------------------


class _Organisations:
    """Live organisations by normalised name; creates the missing ones inside the import's batch."""

    def __init__(self, services: Services, tx: Tx) -> None:
        self.services = services
        self.tx = tx
        o = ENTITY_TABLES["organisation"]
        self.by_key: dict[str, str] = {}
        for rid, name in tx.conn.execute(select(o.c.id, o.c.name).where(o.c.deleted.is_(False)).order_by(o.c.id)):
            self.by_key.setdefault(org_key(name), rid)
        self.created = 0

    def resolve(self, name: str, values: Mapping[str, Any]) -> str:
        key = org_key(name)
        rid = self.by_key.get(key)
        if rid is None:
            rid = self.services.records.create("organisation", {"name": name, "kind": "sme", **values},
                                               tx=self.tx)["id"]
            self.by_key[key] = rid
            self.created += 1
        elif values:
            current = self.services.records.get_in(self.tx.conn, "organisation", rid)
            fill = {k: v for k, v in values.items() if v is not None and current.get(k) in (None, "")}
            if fill:
                self.services.records.update("organisation", rid, fill, tx=self.tx)
        return rid


def find_or_create_organisation(services: Services, tx: Tx, name: str) -> str:
    """The organisation called ``name`` (legal forms and spacing ignored), created when missing."""
    return _Organisations(services, tx).resolve(name, {})


# -- cell normalisation -------------------------------------------------------------------------


def _normalise(target: str, text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if target in ("notes", "comment"):
        return text.replace("\r\n", "\n")
    if target == "email":
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    if target == "phone":
        return clean_phone(text)
    if target == "postal_code":
        return clean_phone(text).lstrip("〒").strip()
    if target == "interests":
        return ",".join(_interest_parts(_LIST_SEPARATORS.sub(",", unicodedata.normalize("NFKC", text))))
    if target == "registered_at" and (day := date_or_none(clean_name(text))) is not None:
        return day.isoformat() + " 00:00"  # a sheet shows a date (西暦 or 和暦); the field wants a time too
    # Names, readings, organisations, numbers, dates, choices: NFKC and single spaces.
    return clean_name(text)


def _loose_choice(list_name: str, text: str) -> str | None:
    """A key for ``text`` when it names exactly one choice, even partly (小売業 → 卸売業，小売業)."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    hits = [c.key for c in reference.choices(list_name)
            if norm in unicodedata.normalize("NFKC", c.label.ja).casefold() or norm in c.label.en.casefold()]
    return hits[0] if len(hits) == 1 else None


def _employees_band(text: str) -> str | None:
    digits = re.fullmatch(r"約?(\d+)\s*(人|名)?(程度|くらい)?", unicodedata.normalize("NFKC", text).replace(",", ""))
    if digits is None:
        return None
    n = int(digits[1])
    for c in reference.choices("employees_band"):
        low, high = int(c.extra.get("min") or 0), c.extra.get("max")
        if n >= low and (not high or n <= int(high)):
            return c.key
    return None


# -- the service --------------------------------------------------------------------------------


class ParticipantImportService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.records = services.records

    # -- mapping -------------------------------------------------------------------------------

    def suggest_mapping(self, kind: str, headers: Sequence[str]) -> tuple[dict[int, str], bool]:
        """Column index → field: the remembered mapping for these headers, else a guess. ``True`` if remembered."""
        _check_kind(kind)
        remembered = self.remembered_mapping(kind, headers)
        if remembered is not None:
            return remembered, True
        return guess_mapping(kind, headers), False

    def remembered_mapping(self, kind: str, headers: Sequence[str]) -> dict[int, str] | None:
        with self.services.db.read() as conn:
            stored = get_state(conn, "import_mapping:" + header_signature(kind, headers))
        if stored is None:
            return None
        try:
            data = json.loads(stored)
            mapping = {int(k): str(v) for k, v in data["mapping"].items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # an unreadable memory is only a lost convenience
        valid = {t.key for t in targets(kind)}
        return {i: t for i, t in mapping.items() if 0 <= i < len(headers) and t in valid}

    def remember_mapping(self, kind: str, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
        """Keep the mapping for the next file with the same headers (local to this computer)."""
        value = json.dumps({"kind": kind, "headers": list(headers), "mapping": {str(i): t for i, t in mapping.items()}},
                           ensure_ascii=False, sort_keys=True)
        with self.services.db.write() as conn:
            set_state(conn, "import_mapping:" + header_signature(kind, headers), value)

    # -- preview -------------------------------------------------------------------------------

    def preview(self, kind: str, sheet: Sheet, mapping: Mapping[int, str] | None = None, *,
                event_id: str | None = None) -> ImportPreview:
        """Every row normalised, checked and matched against existing people; nothing is written."""
        _check_kind(kind)
        remembered = False
        if mapping is None:
            mapping, remembered = self.suggest_mapping(kind, sheet.headers)
        mapping = {int(i): t for i, t in mapping.items() if t}
        problems = mapping_problems(kind, sheet.headers, mapping)
        registered: dict[str, dict[str, Any]] = {}
        with self.services.db.read() as conn:
            if kind == "registrations":
                if not event_id:
                    raise MitakeError(msg("import_needs_event"))
                self.records.get_in(conn, "event", event_id)
                r = ENTITY_TABLES["registration"]
                for rid in conn.execute(select(r.c.id).where(r.c.event_id == event_id, r.c.deleted.is_(False),
                                                             r.c.status != CANCELLED).order_by(r.c.id)).scalars():
                    reg = self.records.get_in(conn, "registration", rid)
                    registered[reg["person_id"]] = reg
            index = self._people_index(conn)
        # Without a name column every row lacks the name, and each row says so (as well as the mapping).
        rows = [self._preview_row(kind, row.number, row.cells, mapping, index, row.extra) for row in sheet.rows]
        for prow in rows:
            pid = prow.decision.person_id
            prow.already_registered = bool(pid and pid in registered)
        columns = []
        for i, header in enumerate(sheet.headers):
            samples = tuple(c for c in (r.cells[i] for r in sheet.rows[:20]) if c.strip())[:3]
            columns.append(Column(i, header, mapping.get(i), samples))
        return ImportPreview(kind, event_id, sheet, dict(mapping), columns, problems, rows,
                             header_signature(kind, sheet.headers), remembered,
                             mapping_warnings(sheet.headers, mapping), registered)

    def _people_index(self, conn: Any) -> _PeopleIndex:
        p, o = ENTITY_TABLES["person"], ENTITY_TABLES["organisation"]
        index = _PeopleIndex()
        stmt = (select(p.c.id, p.c.name, p.c.reading, p.c.email, p.c.phone, o.c.name.label("org"))
                .select_from(p.outerjoin(o, o.c.id == p.c.organisation_id))
                .where(p.c.deleted.is_(False)).order_by(p.c.id))
        for r in conn.execute(stmt):
            index.add(_Known(r.id, None, r.name, r.reading or "", r.org or "", r.email or "", r.phone or "",
                             _keys(r.name, r.reading, r.email, r.phone, r.org)))
        return index

    def _preview_row(self, kind: str, number: int, cells: Sequence[str], mapping: Mapping[int, str],
                     index: _PeopleIndex, extra: Sequence[str] = ()) -> PreviewRow:
        values: dict[str, str] = {}
        for i, target in mapping.items():
            if i < len(cells):
                values[target] = _normalise(target, cells[i])
        problems: list[RowProblem] = []
        if extra:
            # More cells than headers usually means a comma typed inside an unquoted cell: every value
            # after it sits one column to the right, so the row is not guessed at.
            values_text = join_list(msg("import_value", value=v) for v in extra)
            problems.append(RowProblem("", msg("import_extra_cells", n=len(extra), values=values_text)))
        name = values.get("name") or " ".join(v for v in (values.get("family_name"), values.get("given_name")) if v)
        reading = values.get("reading") or " ".join(
            v for v in (values.get("family_reading"), values.get("given_reading")) if v)
        raw_person = {"name": name, "reading": reading} | {k: values.get(k, "") for k in _PERSON_FIELDS[2:]}
        person: dict[str, Any] = {}
        person_spec = spec("person")
        for key, raw in raw_person.items():
            try:
                value = coerce_field(person_spec.field(key), raw)
            except ValidationError as exc:
                target = key if key in values or key not in ("name", "reading") else (
                    "family_name" if key == "name" else "family_reading")
                problems += [RowProblem(target, p.message) for p in exc.problems]
                continue
            if value is not None:
                person[key] = value
        if not person.get("name") and not any(p.target in ("name", "family_name") for p in problems):
            problems.insert(0, RowProblem("name", msg("required", label=str(person_spec.field("name").label))))
        org_values: dict[str, Any] = {}
        org_spec = spec("organisation")
        if values.get("industry"):
            industry = self._choice(org_spec.field("industry"), values["industry"], problems, "industry")
            if industry:
                org_values["industry"] = industry
        if values.get("employees"):
            band = _employees_band(values["employees"])
            if band is None:
                band = self._choice(org_spec.field("employees_band"), values["employees"], problems, "employees")
            if band:
                org_values["employees_band"] = band
        registration: dict[str, Any] = {}
        if kind == "registrations":
            reg_spec = spec("registration")
            for key in _REG_FIELDS:
                raw = values.get(key, "")
                if not raw:
                    continue
                try:
                    registration[key] = coerce_field(reg_spec.field(key), raw)
                except ValidationError as exc:
                    problems += [RowProblem(key, p.message) for p in exc.problems]
        organisation = values.get("organisation", "")
        candidates: list[Candidate] = []
        decision = RowDecision(CREATE)
        if person.get("name"):
            keys = _keys(person["name"], person.get("reading"), person.get("email"), person.get("phone"), organisation)
            candidates = index.candidates(keys)
            strong = next((c for c in candidates if c.strong), None)
            if strong is not None:
                decision = RowDecision(MERGE, strong.person_id, strong.file_row)
                # A later row compares with the person this row becomes: what the row leaves empty
                # is what the person it merges into has.
                known = index.keys_of(strong.person_id, strong.file_row)
                if known is not None:
                    keys = (keys[0], keys[1] or known[1], keys[2] or known[2], keys[3] or known[3],
                            keys[4] or known[4])
            index.add(_Known(None, number, person["name"], person.get("reading", ""), organisation,
                             person.get("email", ""), person.get("phone", ""), keys))
        return PreviewRow(number, values, person, organisation, org_values, registration, problems, candidates,
                          decision)

    @staticmethod
    def _choice(f: Any, text: str, problems: list[RowProblem], target: str) -> str | None:
        try:
            return str(coerce_field(f, text))
        except ValidationError as exc:
            loose = _loose_choice(str(f.choices), text)
            if loose is None:
                problems += [RowProblem(target, p.message) for p in exc.problems]
            return loose

    # -- writing -------------------------------------------------------------------------------

    def report_for(self, preview: ImportPreview, decisions: Mapping[int, RowDecision] | None = None) -> ImportReport:
        """What :meth:`commit` would do with these decisions (the dry run)."""
        report = ImportReport(preview.kind, preview.sheet.source, preview.sheet.encoding, len(preview.rows),
                              preview.sheet.empty_rows, mapping_problems=list(preview.mapping_problems),
                              mapping_warnings=list(preview.mapping_warnings))
        # The registration each row would leave behind (by row number), to tell updates from no change.
        # Keyed by who the row ends up as: ("p", person id) or ("r", the row that creates them).
        would_register: dict[tuple[str, Any], dict[str, Any]] = {
            ("p", pid): reg for pid, reg in preview.registered.items()}
        ends_as: dict[int, tuple[str, Any]] = {}
        # Whether the person a row ends up as has an organisation: a merge never replaces one, so the
        # file's organisation is then not created at all.
        merge_ids = [d.person_id for row in preview.rows
                     if (d := (decisions or {}).get(row.number, row.decision)).action == MERGE and d.person_id]
        has_org: dict[int, bool] = {}
        person_has_org = {pid: bool(rec.get("organisation_id"))
                          for pid, rec in self.records.get_many("person", list(dict.fromkeys(merge_ids))).items()}
        new_orgs: set[str] = set()
        with self.services.db.read() as conn:
            o = ENTITY_TABLES["organisation"]
            known_orgs = {org_key(n) for (n,) in conn.execute(select(o.c.name).where(o.c.deleted.is_(False)))}
        for row in preview.rows:
            d = (decisions or {}).get(row.number, row.decision)
            if d.action == SKIP:
                report.skipped += 1
                report.skipped_errors += [(row.number, p.message) for p in row.problems]
                continue
            report.errors += [(row.number, p.message) for p in row.problems]
            if d.action == MERGE:
                report.merged += 1
                report.merges.append((row.number, *self._merge_text(row, d)))
            else:
                report.created += 1
                if row.candidates:
                    report.possible_duplicates.append((row.number, row.candidates[0].describe()))
            target_has_org = False
            if d.action == MERGE:
                target_has_org = (person_has_org.get(d.person_id, False) if d.person_id
                                  else has_org.get(d.file_row or 0, False))
            has_org[row.number] = target_has_org or bool(row.organisation)
            if row.organisation and not target_has_org and org_key(row.organisation) not in known_orgs:
                new_orgs.add(org_key(row.organisation))
            if preview.kind == "registrations":
                who: tuple[str, Any] = ("r", row.number)
                if d.action == MERGE:
                    who = ("p", d.person_id) if d.person_id else ends_as.get(d.file_row or 0, who)
                ends_as[row.number] = who
                existing = would_register.get(who)
                if existing is None:
                    report.registrations_created += 1
                    would_register[who] = dict(row.registration)
                else:
                    changes = _registration_changes(existing, row.registration)
                    if changes:
                        report.registrations_updated += 1
                    else:
                        report.registrations_unchanged += 1
                    would_register[who] = {**existing, **changes}
        report.organisations_created = len(new_orgs)
        return report

    def commit(self, preview: ImportPreview, decisions: Mapping[int, RowDecision] | None = None, *,
               remember: bool = True) -> ImportReport:
        """Write the import as one batch with the user's decisions (default: the preview's).

        Refused (:class:`ImportRefused`, nothing written) while a column is missing or a row that is
        not skipped has an error.
        """
        decisions = {row.number: (decisions or {}).get(row.number, row.decision) for row in preview.rows}
        for number, d in decisions.items():
            if d.action not in (CREATE, MERGE, SKIP):
                raise ValueError(f"unknown action {d.action!r} for row {number}")
        dry = self.report_for(preview, decisions)
        if dry.errors or dry.mapping_problems:
            raise ImportRefused(dry)
        report = replace(dry, created=0, merged=0, possible_duplicates=list(dry.possible_duplicates),
                         merges=list(dry.merges), mapping_warnings=list(dry.mapping_warnings),
                         organisations_created=0, registrations_created=0, registrations_updated=0,
                         registrations_unchanged=0)
        if self.services.db.path is not None:
            self.services.db.backup("import")
        from mitake_desktop.core.events.registrations import RegistrationService

        registrations = RegistrationService(self.services)
        label = f"{preview.kind}: {preview.sheet.source}"
        with self.services.transactions.begin(batch_kind=BATCH_KIND, batch_label=label) as tx:
            orgs = _Organisations(self.services, tx)
            resolved: dict[int, str] = {}
            for row in preview.rows:
                d = decisions[row.number]
                if d.action == SKIP:
                    continue
                target = d.person_id if d.person_id else (resolved.get(d.file_row) if d.file_row else None)
                if d.action == MERGE and target is not None:
                    self._merge(tx, target, row.person, row, orgs)
                    report.merged += 1
                else:
                    org_id = orgs.resolve(row.organisation, row.org_values) if row.organisation else None
                    target = self.records.create("person", {**row.person, "organisation_id": org_id}, tx=tx)["id"]
                    report.created += 1
                resolved[row.number] = target
                if preview.kind == "registrations":
                    assert preview.event_id is not None
                    self._register(tx, registrations, preview.event_id, target, row.registration, report)
            report.organisations_created = orgs.created
            report.batch_id = tx.batch_id
        report.written = True
        if remember:
            self.remember_mapping(preview.kind, preview.sheet.headers, preview.mapping)
        return report

    def _merge(self, tx: Tx, person_id: str, values: Mapping[str, Any], row: PreviewRow,
               orgs: _Organisations) -> None:
        current = self.records.get_in(tx.conn, "person", person_id)
        fill = {k: v for k, v in values.items() if v not in (None, "") and current.get(k) in (None, "")}
        # The file's organisation only when the person has none: created otherwise, it would belong to nobody.
        if row.organisation and not current.get("organisation_id"):
            fill["organisation_id"] = orgs.resolve(row.organisation, row.org_values)
        if fill:
            self.records.update("person", person_id, fill, tx=tx)

    def _register(self, tx: Tx, registrations: Any, event_id: str, person_id: str, values: Mapping[str, Any],
                  report: ImportReport) -> None:
        existing = registrations.find(tx.conn, event_id, person_id)
        if existing is not None and existing["status"] != CANCELLED:
            changes = _registration_changes(existing, values)
            if changes:
                self.records.update("registration", existing["id"], changes, tx=tx)
                report.registrations_updated += 1
            else:
                report.registrations_unchanged += 1  # the same list imported again changes nothing
            return
        extra = {k: v for k, v in values.items() if k not in ("participant_role", "interests", "registered_at")}
        record = registrations.register(event_id, person_id, participant_role=values.get("participant_role") or "attendee",
                                        interests=values.get("interests"), registered_at=values.get("registered_at"),
                                        extra=extra, tx=tx)
        report.registrations_created += 1
        if record["status"] == WAITLISTED:
            report.waitlisted += 1

    def _merge_text(self, row: PreviewRow, d: RowDecision) -> tuple[str, str]:
        """Who a row merges into and why, for the report."""
        for c in row.candidates:
            if (c.person_id, c.file_row) == (d.person_id, d.file_row):
                return self._who(c.who, c.person_id), c.why
        if d.person_id:  # a person the user chose who is not among the candidates
            title = self.records.titles("person", [d.person_id]).get(d.person_id, "")
            return self._who(title, d.person_id), msg("import_why_chosen")
        return msg("import_candidate_row", row=d.file_row), msg("import_why_chosen")

    @staticmethod
    def _who(who: str, person_id: str | None) -> str:
        return msg("import_who_with_id", who=who, id=person_id) if person_id else who

    # -- one call for the command line ---------------------------------------------------------

    def import_file(self, kind: str, path: Path | str, *, event_id: str | None = None,
                    overrides: Sequence[str] = (), dry_run: bool = False, duplicates: str = MERGE,
                    skip_invalid: bool = False) -> ImportReport:
        """Read, map, preview and (unless ``dry_run``) commit a file, deciding duplicates by ``duplicates``.

        ``duplicates``: ``merge`` (merge rows clearly matching a person; create the rest), ``skip``
        (skip every row that resembles a person) or ``create`` (always create).
        """
        _check_kind(kind)
        if duplicates not in (MERGE, SKIP, CREATE):
            raise ValueError(duplicates)
        if kind == "registrations" and not event_id:
            raise MitakeError(msg("import_needs_event"))
        sheet = read_sheet(path)
        mapping, _remembered = self.suggest_mapping(kind, sheet.headers)
        mapping = apply_overrides(kind, sheet.headers, mapping, overrides)
        preview = self.preview(kind, sheet, mapping, event_id=event_id)
        decisions: dict[int, RowDecision] = {}
        for row in preview.rows:
            d = row.decision
            if (skip_invalid and row.problems) or (duplicates == SKIP and row.candidates):
                d = RowDecision(SKIP)
            elif duplicates == CREATE:
                d = RowDecision(CREATE)
            decisions[row.number] = d
        if dry_run:
            report = self.report_for(preview, decisions)
            if report.refused:
                raise ImportRefused(report)  # a dry run fails exactly where the real one would
            return report
        return self.commit(preview, decisions)


def _registration_changes(existing: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The values of a row that would change an existing registration (the role is the registration's own)."""
    return {k: v for k, v in values.items() if k != "participant_role" and v is not None and existing.get(k) != v}


# -- mapping helpers ----------------------------------------------------------------------------


def guess_mapping(kind: str, headers: Sequence[str]) -> dict[int, str]:
    """Which column is which field, from the header texts (exact names first, then containment)."""
    allowed = targets(kind)
    synonyms: list[tuple[str, str]] = []  # (normalised synonym, target)
    for t in allowed:
        for s in (*t.synonyms, t.label.ja, t.label.en, t.key):
            n = normalise_header(s)
            if n:
                synonyms.append((n, t.key))
    exact: dict[str, str] = {}
    for s, target in synonyms:
        exact.setdefault(s, target)
    mapping: dict[int, str] = {}
    used: set[str] = set()
    normalised = [normalise_header(h) for h in headers]
    for i, h in enumerate(normalised):
        found = exact.get(h)
        if found is not None and found not in used:
            mapping[i] = found
            used.add(found)
    for i, h in enumerate(normalised):
        if i in mapping or not h:
            continue
        hits = sorted(((len(s), key) for s, key in synonyms if len(s) >= 2 and s in h and key not in used),
                      reverse=True)
        if hits:
            mapping[i] = hits[0][1]
            used.add(hits[0][1])
    # A "name" column beside separate family/given columns is ambiguous: prefer the split columns
    # only when no full-name column exists.
    if "name" in used and ("family_name" in used or "given_name" in used):
        for i in [i for i, k in mapping.items() if k in ("family_name", "given_name")]:
            del mapping[i]
    return mapping


def mapping_problems(kind: str, headers: Sequence[str], mapping: Mapping[int, str]) -> list[str]:
    """What is wrong with a mapping as a whole (a required column missing, a field mapped twice)."""
    problems = []
    allowed = {t.key for t in targets(kind)}
    seen: dict[str, list[str]] = {}
    for i, key in sorted(mapping.items()):
        if key not in allowed:
            problems.append(msg("import_target_not_for_kind", column=headers[i] if i < len(headers) else str(i + 1),
                                field=key))
            continue
        header = headers[i] if i < len(headers) else str(i + 1)
        if list(headers).count(header) > 1:  # the same header twice: the column number tells them apart
            header += f"（{msg('import_column_n', n=i + 1)}）"
        seen.setdefault(key, []).append(header)
    for key, cols in seen.items():
        if len(cols) > 1:
            problems.append(msg("import_column_twice", label=str(TARGETS_BY_KEY[key].label), columns=join_list(cols)))
    if "name" not in seen and "family_name" not in seen:
        problems.append(msg("import_missing_column", label=str(TARGETS_BY_KEY["name"].label)))
    return problems


def mapping_warnings(headers: Sequence[str], mapping: Mapping[int, str]) -> list[str]:
    """Columns left out because their header repeats another one's (氏名,氏名,メール): said, not refused.

    A repeated header mapped to the same field twice is refused by :func:`mapping_problems`; one
    that maps to nothing would silently drop its values, so the preview says which column is left out.
    """
    groups: dict[str, list[int]] = {}
    for i, h in enumerate(headers):
        key = normalise_header(h)
        if key:
            groups.setdefault(key, []).append(i)
    out = []
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        for i in indexes:
            if not mapping.get(i):
                columns = join_list(msg("import_column_n", n=j + 1) for j in indexes)
                out.append(msg("import_header_repeated", header=headers[i], columns=columns,
                               column=msg("import_column_n", n=i + 1)))
    return out


def apply_overrides(kind: str, headers: Sequence[str], mapping: Mapping[int, str],
                    overrides: Sequence[str]) -> dict[int, str]:
    """``COL=field`` items from the command line: COL is a header or a 1-based column number; an
    empty field (``COL=``) leaves the column out."""
    out = dict(mapping)
    allowed = {t.key for t in targets(kind)}
    normalised = [normalise_header(h) for h in headers]
    for item in overrides:
        col, sep, key = item.rpartition("=")
        if not sep or not col.strip():
            raise MitakeError(msg("import_bad_mapping", text=item))
        col, key = col.strip(), key.strip()
        if col.isdigit() and 1 <= int(col) <= len(headers):
            index = int(col) - 1
        elif normalise_header(col) in normalised:
            index = normalised.index(normalise_header(col))
        else:
            raise MitakeError(msg("import_unknown_column", column=col, choices="、".join(headers)))
        if key in ("", "-"):
            out.pop(index, None)
            continue
        if key not in allowed:
            raise MitakeError(msg("import_unknown_target", field=key, choices=", ".join(sorted(allowed))))
        for i in [i for i, k in out.items() if k == key]:
            del out[i]  # the column named on the command line wins over a guessed one
        out[index] = key
    return out
