"""The domain: every record type that syncs, described once.

Each :class:`EntitySpec` lists its fields with their kind, labels in both languages and constraints.
Storage builds its tables from these specs, services validate against them, the command line's
``set``/``dump`` and the sync format use their names, and the GUI builds its forms from them. Adding a
field means adding it here and writing a migration.

Every synced record also carries the columns in :data:`SYNC_COLUMNS` (id, timestamps, last device,
tombstone, per-field clocks) and a few local-only ones (sort key, local change sequence).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mitake_desktop.core.i18n import Text


class Kind(StrEnum):
    TEXT = "text"  # one line
    MARKDOWN = "markdown"  # long text rendered as Markdown
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"  # YYYY-MM-DD
    DATETIME = "datetime"  # local wall time YYYY-MM-DDTHH:MM[:SS] (events happen in Japan time)
    CHOICE = "choice"  # a key of a reference list
    CHOICES = "choices"  # a list of keys of a reference list
    REF = "ref"  # the id of another record
    REFS = "refs"  # a list of ids of other records
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    KANA = "kana"  # a reading in hiragana or katakana
    SHA256S = "sha256s"  # a list of attachment hashes
    JSON = "json"  # structured value checked by the field's ``shape``


LIST_KINDS = frozenset({Kind.CHOICES, Kind.REFS, Kind.SHA256S})


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    label: Text
    required: bool = False
    max_len: int | None = None
    choices: str | None = None  # reference list for CHOICE / CHOICES
    target: str | None = None  # entity type for REF / REFS
    min: float | None = None
    max: float | None = None
    default: Any = None
    searchable: bool = False  # part of the global-search document
    # for JSON: "sections" (list of section definitions), "text_map", "eligibility" (award rules as data)
    # or "figures" (before/after rows copied into a nomination)
    shape: str | None = None
    help: Text | None = None

    @property
    def is_list(self) -> bool:
        return self.kind in LIST_KINDS


@dataclass(frozen=True)
class UniqueRule:
    """Live records may not share these field values; ``message`` is a key in core.messages."""

    fields: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class OrderRule:
    """``later`` must not come before ``earlier`` when both are set."""

    earlier: str
    later: str


@dataclass(frozen=True)
class EntitySpec:
    type: str  # the name used by dump, set, bundles: "community", "case_study", …
    table: str
    label: Text
    plural: Text
    fields: tuple[FieldSpec, ...]
    title_field: str
    sort_key: Callable[[Mapping[str, Any]], str]
    searchable: bool = False  # shown in the global search
    unique: tuple[UniqueRule, ...] = ()
    order: tuple[OrderRule, ...] = ()
    content_addressed: bool = False  # id is the SHA-256 of the content (attachments)
    _by_name: dict[str, FieldSpec] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_name.update({f.name: f for f in self.fields})

    def field(self, name: str) -> FieldSpec:
        return self._by_name[name]

    def has_field(self, name: str) -> bool:
        return name in self._by_name

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def refs(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.kind is Kind.REF)


# Columns every synced table has besides its fields. ``deleted`` is synced like a field (a tombstone
# with its own clock); the timestamps are derived from the clocks. ``clocks`` holds the per-field
# hybrid-logical-clock values: {"*": [hlc, device_idx], "<field>": [hlc, device_idx], …} where "*"
# covers every field without an entry of its own.
SYNC_COLUMNS = ("id", "deleted", "created_at", "updated_at", "updated_by", "clocks", "updated_hlc")
LOCAL_COLUMNS = ("sort_key", "lseq")  # derived or machine-local: never exported, never dumped
READONLY = frozenset(SYNC_COLUMNS) | frozenset(LOCAL_COLUMNS) | {"type"}


def T(ja: str, en: str) -> Text:
    return Text(ja, en)


def _name_key(field_name: str) -> Callable[[Mapping[str, Any]], str]:
    from mitake_desktop.core.text import plain_sort_key

    return lambda values: plain_sort_key(values.get(field_name))


def _kana_key(reading: str, name: str) -> Callable[[Mapping[str, Any]], str]:
    from mitake_desktop.core.text import kana_sort_key

    return lambda values: kana_sort_key(values.get(reading), values.get(name) or "")


def _datetime_key(field_name: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda values: str(values.get(field_name) or "")


def F(name: str, kind: Kind, ja: str, en: str, **kw: Any) -> FieldSpec:
    if kind in (Kind.TEXT, Kind.KANA, Kind.EMAIL, Kind.PHONE, Kind.URL) and "max_len" not in kw:
        kw["max_len"] = 200
    if kind is Kind.MARKDOWN and "max_len" not in kw:
        kw["max_len"] = 100_000
    return FieldSpec(name, kind, Text(ja, en), **kw)


NOTES = F("notes", Kind.MARKDOWN, "メモ", "Notes", searchable=True)

ORGANISATION = EntitySpec(
    "organisation", "organisation", T("組織", "Organisation"), T("組織", "Organisations"),
    (
        F("name", Kind.TEXT, "名称", "Name", required=True, searchable=True),
        F("name_kana", Kind.KANA, "よみがな", "Reading (kana)", max_len=200, searchable=True),
        F("kind", Kind.CHOICE, "種別", "Kind", required=True, choices="org_kind", default="sme"),
        F("prefecture", Kind.CHOICE, "都道府県", "Prefecture", choices="prefecture"),
        F("city", Kind.TEXT, "市区町村", "City", max_len=100, searchable=True),
        F("address", Kind.TEXT, "住所", "Address"),
        F("industry", Kind.CHOICE, "業種", "Industry", choices="industry"),
        F("employees_band", Kind.CHOICE, "従業員規模", "Employees", choices="employees_band"),
        F("capital_band", Kind.CHOICE, "資本金", "Capital", choices="capital_band"),
        F("website", Kind.URL, "ウェブサイト", "Website"),
        F("phone", Kind.PHONE, "電話番号", "Phone", max_len=30, searchable=True),
        F("email", Kind.EMAIL, "メールアドレス", "E-mail", searchable=True),
        NOTES,
    ),
    title_field="name", sort_key=_kana_key("name_kana", "name"), searchable=True,
)

COMMUNITY = EntitySpec(
    "community", "community", T("コミュニティ", "Community"), T("コミュニティ", "Communities"),
    (
        F("name", Kind.TEXT, "名称", "Name", required=True, searchable=True),
        F("prefectures", Kind.CHOICES, "都道府県", "Prefectures", required=True, choices="prefecture"),
        F("city", Kind.TEXT, "市区町村", "City", max_len=100, searchable=True),
        F("industry_focus", Kind.CHOICES, "重点業種", "Industry focus", choices="industry"),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices="community_status", default="forming"),
        F("founded_on", Kind.DATE, "設立日", "Founded on"),
        F("coordinating_org_id", Kind.REF, "事務局（調整役の組織）", "Coordinating organisation",
          target="organisation"),
        F("description", Kind.MARKDOWN, "説明", "Description", searchable=True),
    ),
    title_field="name", sort_key=_name_key("name"), searchable=True,
)

PERSON = EntitySpec(
    "person", "person", T("人物", "Person"), T("人物", "People"),
    (
        F("name", Kind.TEXT, "氏名", "Name", required=True, max_len=100, searchable=True),
        F("reading", Kind.KANA, "よみがな", "Reading (kana)", max_len=100, searchable=True),
        F("organisation_id", Kind.REF, "所属組織", "Organisation", target="organisation"),
        F("title", Kind.TEXT, "役職", "Title", max_len=100),
        F("email", Kind.EMAIL, "メールアドレス", "E-mail", searchable=True),
        F("phone", Kind.PHONE, "電話番号", "Phone", max_len=30, searchable=True),
        F("postal_code", Kind.TEXT, "郵便番号", "Postal code", max_len=10),
        F("address", Kind.TEXT, "住所", "Address"),
        F("consent_scope", Kind.CHOICE, "個人情報の利用範囲", "Consent scope", required=True,
          choices="consent_scope", default="internal"),
        F("consent_date", Kind.DATE, "同意日", "Consent date"),
        F("consent_source", Kind.TEXT, "同意の取得方法", "Consent obtained by"),
        NOTES,
    ),
    title_field="name", sort_key=_kana_key("reading", "name"), searchable=True,
)

MEMBERSHIP = EntitySpec(
    "membership", "membership", T("メンバーシップ", "Membership"), T("メンバーシップ", "Memberships"),
    (
        F("person_id", Kind.REF, "人物", "Person", required=True, target="person"),
        F("community_id", Kind.REF, "コミュニティ", "Community", required=True, target="community"),
        F("role", Kind.CHOICE, "役割", "Role", required=True, choices="member_role", default="member_sme"),
        F("since", Kind.DATE, "開始日", "Since"),
        F("until", Kind.DATE, "終了日", "Until"),
    ),
    title_field="role", sort_key=_datetime_key("since"),
    unique=(UniqueRule(("person_id", "community_id", "role"), "duplicate_membership"),),
    order=(OrderRule("since", "until"),),
)

IT_TOOL = EntitySpec(
    "it_tool", "it_tool", T("ITツール", "IT tool"), T("ITツール", "IT tools"),
    (
        F("name", Kind.TEXT, "名称", "Name", required=True, searchable=True),
        F("vendor", Kind.TEXT, "提供元", "Vendor", max_len=100, searchable=True),
        F("category", Kind.CHOICE, "分類", "Category", required=True, choices="it_tool_category"),
        F("price_band", Kind.CHOICE, "価格帯", "Price band", choices="price_band"),
        F("fits_industries", Kind.CHOICES, "向いている業種", "Fits industries", choices="industry"),
        F("fits_sizes", Kind.CHOICES, "向いている規模", "Fits sizes", choices="employees_band"),
        F("subsidy_eligible", Kind.BOOL, "IT導入補助金の対象", "IT subsidy eligible", default=False),
        F("subsidy_program", Kind.CHOICE, "補助金の類型", "Subsidy category", choices="subsidy_program"),
        F("website", Kind.URL, "ウェブサイト", "Website"),
        F("description", Kind.MARKDOWN, "説明", "Description", searchable=True),
    ),
    title_field="name", sort_key=_name_key("name"), searchable=True,
)

LEADER_PROFILE = EntitySpec(
    "opinion_leader_profile", "opinion_leader_profile",
    T("オピニオンリーダー", "Opinion-leader profile"), T("オピニオンリーダー", "Opinion-leader profiles"),
    (
        F("person_id", Kind.REF, "人物", "Person", required=True, target="person"),
        F("community_id", Kind.REF, "コミュニティ", "Community", target="community"),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices="leader_status", default="candidate"),
        F("how_found", Kind.CHOICE, "発掘の経緯", "How found", choices="how_found"),
        F("found_note", Kind.TEXT, "発掘の経緯（詳細）", "How found (details)", max_len=500),
        F("expertise", Kind.TEXT, "得意分野", "Expertise", max_len=500, searchable=True),
        F("it_tool_ids", Kind.REFS, "活用しているITツール", "IT tools used", target="it_tool"),
        F("industry", Kind.CHOICE, "業種", "Industry", choices="industry"),
        F("employees_band", Kind.CHOICE, "従業員規模", "Employees", choices="employees_band"),
        F("story", Kind.MARKDOWN, "ストーリー", "Story", searchable=True),
    ),
    title_field="expertise", sort_key=_name_key("expertise"),
)

EVENT = EntitySpec(
    "event", "event", T("イベント", "Event"), T("イベント", "Events"),
    (
        F("title", Kind.TEXT, "タイトル", "Title", required=True, searchable=True),
        F("kind", Kind.CHOICE, "種類", "Kind", required=True, choices="event_kind", default="seminar"),
        F("community_id", Kind.REF, "コミュニティ", "Community", target="community"),
        F("organiser_id", Kind.REF, "主催", "Organiser", target="organisation"),
        F("starts_at", Kind.DATETIME, "開始", "Starts", required=True),
        F("ends_at", Kind.DATETIME, "終了", "Ends"),
        F("venue", Kind.TEXT, "会場", "Venue", searchable=True),
        F("format", Kind.CHOICE, "開催形式", "Format", required=True, choices="event_format", default="offline"),
        F("capacity", Kind.INT, "定員", "Capacity", min=0, max=100_000),
        F("speaker_ids", Kind.REFS, "登壇者", "Speakers", target="person"),
        F("topics", Kind.CHOICES, "相談テーマ", "Topics", choices="topic"),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices="event_status", default="planned"),
        NOTES,
    ),
    title_field="title", sort_key=_datetime_key("starts_at"), searchable=True,
    order=(OrderRule("starts_at", "ends_at"),),
)

REGISTRATION = EntitySpec(
    "registration", "registration", T("参加登録", "Registration"), T("参加登録", "Registrations"),
    (
        F("event_id", Kind.REF, "イベント", "Event", required=True, target="event"),
        F("person_id", Kind.REF, "参加者", "Participant", required=True, target="person"),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices="registration_status",
          default="registered"),
        F("participant_role", Kind.CHOICE, "参加区分", "Participation", required=True,
          choices="participant_role", default="attendee"),
        F("registered_at", Kind.DATETIME, "申込日時", "Registered at"),
        F("checked_in_at", Kind.DATETIME, "受付日時", "Checked in at"),
        F("satisfaction", Kind.INT, "満足度", "Satisfaction", min=1, max=5),
        F("comment", Kind.TEXT, "感想", "Comment", max_len=2000),
        F("interests", Kind.CHOICES, "関心のある分野", "Interests", choices="it_tool_category"),
    ),
    title_field="status", sort_key=_datetime_key("registered_at"),
    unique=(UniqueRule(("event_id", "person_id"), "duplicate_registration"),),
)

MATCHING_MEETING = EntitySpec(
    "matching_meeting", "matching_meeting", T("商談", "Matching meeting"), T("商談", "Matching meetings"),
    (
        F("event_id", Kind.REF, "イベント", "Event", required=True, target="event"),
        F("firm_person_id", Kind.REF, "事業者", "Firm", required=True, target="person"),
        F("provider_person_id", Kind.REF, "ITベンダー", "IT provider", required=True, target="person"),
        F("slot_start", Kind.DATETIME, "開始", "Starts", required=True),
        F("slot_end", Kind.DATETIME, "終了", "Ends", required=True),
        F("table_no", Kind.TEXT, "テーブル", "Table", max_len=20),
        F("outcome", Kind.CHOICE, "結果", "Outcome", required=True, choices="meeting_outcome", default="pending"),
        F("it_tool_id", Kind.REF, "対象のITツール", "IT tool concerned", target="it_tool"),
        F("notes", Kind.TEXT, "メモ", "Notes", max_len=2000),
    ),
    title_field="table_no", sort_key=_datetime_key("slot_start"),
    order=(OrderRule("slot_start", "slot_end"),),
)

FOLLOW_UP = EntitySpec(
    "follow_up", "follow_up", T("フォローアップ", "Follow-up"), T("フォローアップ", "Follow-ups"),
    (
        F("title", Kind.TEXT, "件名", "Subject", required=True, searchable=True),
        F("event_id", Kind.REF, "イベント", "Event", target="event"),
        F("person_id", Kind.REF, "相手（人物）", "Person", target="person"),
        F("organisation_id", Kind.REF, "相手（事業者）", "Firm", target="organisation"),
        F("owner_id", Kind.REF, "担当者", "Owner", target="person"),
        F("topic", Kind.CHOICE, "相談テーマ", "Topic", choices="topic"),
        F("due_on", Kind.DATE, "期限", "Due"),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices="follow_up_status", default="open"),
        F("outcome", Kind.MARKDOWN, "結果・経過", "Outcome", searchable=True),
    ),
    title_field="title", sort_key=lambda v: str(v.get("due_on") or "9999"),
)

ATTACHMENT = EntitySpec(
    "attachment", "attachment", T("添付ファイル", "Attachment"), T("添付ファイル", "Attachments"),
    (
        F("media_type", Kind.TEXT, "種類", "Media type", required=True, max_len=100),
        F("size", Kind.INT, "サイズ", "Size", required=True, min=0),
        F("original_name", Kind.TEXT, "元のファイル名", "Original name", max_len=255),
    ),
    title_field="original_name", sort_key=_name_key("original_name"), content_addressed=True,
)

CASE_STUDY = EntitySpec(
    "case_study", "case_study", T("事例", "Case study"), T("事例", "Case studies"),
    (
        F("title", Kind.TEXT, "タイトル", "Title", required=True, searchable=True),
        F("organisation_id", Kind.REF, "事業者", "Firm", target="organisation"),
        F("leader_id", Kind.REF, "オピニオンリーダー", "Opinion leader", target="person"),
        F("community_id", Kind.REF, "コミュニティ", "Community", target="community"),
        F("supporter_org_ids", Kind.REFS, "支援機関", "Supporting organisations", target="organisation"),
        F("prefecture", Kind.CHOICE, "都道府県", "Prefecture", choices="prefecture"),
        F("industry", Kind.CHOICE, "業種", "Industry", choices="industry"),
        F("employees_band", Kind.CHOICE, "従業員規模", "Employees", choices="employees_band"),
        F("capital_band", Kind.CHOICE, "資本金", "Capital", choices="capital_band"),
        F("it_tool_ids", Kind.REFS, "ITツール", "IT tools", target="it_tool"),
        F("cost_yen", Kind.INT, "導入費用（円）", "Cost (yen)", min=0, max=10_000_000_000),
        F("subsidy_program", Kind.CHOICE, "活用した補助金", "Subsidy used", choices="subsidy_program"),
        F("summary", Kind.MARKDOWN, "概要", "Summary", max_len=5_000, searchable=True),
        F("story_issue", Kind.MARKDOWN, "課題", "Management issue", searchable=True),
        F("story_approach", Kind.MARKDOWN, "方策", "What was done", searchable=True),
        F("story_team", Kind.MARKDOWN, "推進体制", "Who led it", searchable=True),
        F("story_results", Kind.MARKDOWN, "成果", "Results", searchable=True),
        F("photo_ids", Kind.SHA256S, "写真", "Photos"),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices="case_status", default="draft"),
        F("publication_consent", Kind.BOOL, "公開の同意", "Publication consent", default=False),
        F("consent_date", Kind.DATE, "同意日", "Consent date"),
    ),
    title_field="title", sort_key=_name_key("title"), searchable=True,
)

CASE_FIGURE = EntitySpec(
    "case_figure", "case_figure", T("事例の指標", "Case-study figure"), T("事例の指標", "Case-study figures"),
    (
        F("case_study_id", Kind.REF, "事例", "Case study", required=True, target="case_study"),
        F("kind", Kind.CHOICE, "区分", "Kind", required=True, choices="figure_kind", default="result"),
        F("metric", Kind.TEXT, "指標", "Metric", required=True, max_len=100),
        F("unit", Kind.TEXT, "単位", "Unit", max_len=30),
        F("period", Kind.TEXT, "期間", "Period", max_len=50),
        F("before", Kind.FLOAT, "導入前", "Before"),
        F("after", Kind.FLOAT, "導入後", "After"),
        F("sort_order", Kind.INT, "並び順", "Order", default=0),
        F("note", Kind.TEXT, "注記", "Note", max_len=500),
        # Empty: guessed from the metric and unit (core.services.case_studies.guess_better).
        F("better", Kind.CHOICE, "良い方向", "Better when", choices="figure_better"),
    ),
    title_field="metric", sort_key=lambda v: f"{int(v.get('sort_order') or 0):08d}",
)

AWARD_PROGRAM = EntitySpec(
    "award_program", "award_program", T("アワード", "Award program"), T("アワード", "Award programs"),
    (
        F("name", Kind.TEXT, "名称", "Name", required=True, searchable=True),
        F("year", Kind.INT, "年度", "Year", min=2000, max=2100),
        F("organiser", Kind.TEXT, "主催", "Organiser"),
        F("deadline", Kind.DATE, "締切", "Deadline"),
        F("eligibility", Kind.MARKDOWN, "応募資格", "Eligibility"),
        F("description", Kind.MARKDOWN, "説明", "Description", searchable=True),
        F("required_sections", Kind.JSON, "必要な記載項目", "Required sections", shape="sections", default=[]),
        # The machine-checkable part of the eligibility (core.services.awards.ELIGIBILITY_RULES).
        F("eligibility_rules", Kind.JSON, "応募資格の判定条件", "Eligibility rules", shape="eligibility", default={}),
    ),
    title_field="name", sort_key=_name_key("name"),
)

AWARD_CRITERION = EntitySpec(
    "award_criterion", "award_criterion", T("評価項目", "Criterion"), T("評価項目", "Criteria"),
    (
        F("program_id", Kind.REF, "アワード", "Award program", required=True, target="award_program"),
        F("name", Kind.TEXT, "名称", "Name", required=True),
        F("weight", Kind.FLOAT, "重み", "Weight", required=True, min=0, max=100, default=1.0),
        F("max_score", Kind.INT, "満点", "Maximum score", required=True, min=1, max=100, default=5),
        F("description", Kind.MARKDOWN, "説明", "Description", max_len=5_000),
        F("sort_order", Kind.INT, "並び順", "Order", default=0),
    ),
    title_field="name", sort_key=lambda v: f"{int(v.get('sort_order') or 0):08d}",
)

NOMINATION = EntitySpec(
    "nomination", "nomination", T("推薦", "Nomination"), T("推薦", "Nominations"),
    (
        F("program_id", Kind.REF, "アワード", "Award program", required=True, target="award_program"),
        F("nominee_type", Kind.CHOICE, "推薦対象の種類", "Nominee type", required=True, choices="nominee_type",
          default="case_study"),
        F("nominee_id", Kind.TEXT, "推薦対象", "Nominee", required=True, max_len=36),
        F("title", Kind.TEXT, "推薦名", "Title", searchable=True),
        F("sections", Kind.JSON, "記載内容", "Sections", shape="text_map", default={}),
        F("attachment_ids", Kind.SHA256S, "添付ファイル", "Attachments"),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices="nomination_status", default="draft"),
        NOTES,
        # Before/after rows copied from the case study, editable per nomination.
        F("figures", Kind.JSON, "指標", "Figures", shape="figures"),
        # SHA-256 of what was last copied from the case study, per section key ("figures" for the rows):
        # tells an edited section from an untouched one, so a refresh never overwrites edits.
        F("pulled", Kind.JSON, "取り込んだ内容の指紋", "Fingerprints of copied text", shape="text_map", default={}),
    ),
    title_field="title", sort_key=_name_key("title"),
)

NOMINATION_SCORE = EntitySpec(
    "nomination_score", "nomination_score", T("審査点", "Reviewer score"), T("審査点", "Reviewer scores"),
    (
        F("nomination_id", Kind.REF, "推薦", "Nomination", required=True, target="nomination"),
        F("criterion_id", Kind.REF, "評価項目", "Criterion", required=True, target="award_criterion"),
        F("reviewer", Kind.TEXT, "審査員", "Reviewer", required=True, max_len=100),
        F("score", Kind.FLOAT, "点数", "Score", required=True, min=0, max=100),
        F("comment", Kind.TEXT, "コメント", "Comment", max_len=2000),
    ),
    title_field="reviewer", sort_key=_name_key("reviewer"),
    unique=(UniqueRule(("nomination_id", "criterion_id", "reviewer"), "duplicate_score"),),
)

# Parents before children: the order records are created, dumped and merged in.
ENTITIES: tuple[EntitySpec, ...] = (
    ORGANISATION,
    COMMUNITY,
    PERSON,
    MEMBERSHIP,
    IT_TOOL,
    LEADER_PROFILE,
    EVENT,
    REGISTRATION,
    MATCHING_MEETING,
    FOLLOW_UP,
    ATTACHMENT,
    CASE_STUDY,
    CASE_FIGURE,
    AWARD_PROGRAM,
    AWARD_CRITERION,
    NOMINATION,
    NOMINATION_SCORE,
)
BY_TYPE: dict[str, EntitySpec] = {e.type: e for e in ENTITIES}
SEARCHABLE_TYPES: tuple[str, ...] = tuple(e.type for e in ENTITIES if e.searchable)


def spec(type_name: str) -> EntitySpec:
    """The spec of ``type_name``; raises :class:`UnknownTypeError` with the list of types."""
    try:
        return BY_TYPE[type_name]
    except KeyError:
        from mitake_desktop.core.errors import UnknownTypeError
        from mitake_desktop.core.i18n import msg

        raise UnknownTypeError(msg("unknown_type", name=type_name, choices=", ".join(BY_TYPE))) from None


def children_of(type_name: str) -> list[tuple[EntitySpec, FieldSpec]]:
    """Every (entity, ref field) that points at ``type_name``."""
    return [(e, f) for e in ENTITIES for f in e.refs if f.target == type_name]
