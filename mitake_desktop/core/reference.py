"""Reference lists shipped in ``resources/reference`` (prefectures, industries, bands, topics, …).

Every list is a sequence of :class:`Choice` with a stable key and Japanese/English labels. Files are
read once, lazily, through :mod:`importlib.resources`, so the app works the same from a checkout, an
installed wheel or a PyInstaller bundle.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from mitake_desktop.core.i18n import Text, language

# Lists that have a file of their own; every other list lives in choices.csv.
_FILES = {
    "prefecture": "prefectures.csv",
    "industry": "industries.csv",
    "employees_band": "employees_bands.csv",
    "capital_band": "capital_bands.csv",
    "topic": "topics.csv",
    "event_kind": "event_kinds.csv",
    "subsidy_program": "subsidy_programs.csv",
    "it_tool_category": "it_tool_categories.csv",
    "price_band": "price_bands.csv",
}


@dataclass(frozen=True)
class Choice:
    key: str
    label: Text
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    aliases: tuple[str, ...] = ()  # other ways people write it (CSV from Excel): "300人超" for "301人以上"

    def __str__(self) -> str:
        return str(self.label)


def read_csv(*parts: str) -> list[dict[str, str]]:
    """Rows of a CSV file under ``resources/``."""
    node = resources.files("mitake_desktop.resources").joinpath(*parts)
    with io.StringIO(node.read_text(encoding="utf-8")) as fh:
        return list(csv.DictReader(fh))


@cache
def _all_choices() -> dict[str, tuple[Choice, ...]]:
    lists: dict[str, list[Choice]] = {}
    for row in read_csv("reference", "choices.csv"):
        lists.setdefault(row["list"], []).append(
            Choice(row["key"], Text(row["label_ja"], row["label_en"]), aliases=_aliases(row)))
    for name, filename in _FILES.items():
        rows = read_csv("reference", filename)
        out = []
        for row in rows:
            if name == "prefecture":
                key, ja, en = row["jis_code"], row["name_ja"], row["name_en"]
                extra = {"region_ja": row["region_ja"], "region_en": row["region_en"]}
            else:
                key, ja, en = row["key"], row["label_ja"], row["label_en"]
                extra = {k: v for k, v in row.items() if k not in ("key", "label_ja", "label_en")}
            extra.pop("aliases", None)
            out.append(Choice(key, Text(ja, en), extra, _aliases(row)))
        lists[name] = out
    return {k: tuple(v) for k, v in lists.items()}


def _aliases(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())


def choices(list_name: str) -> tuple[Choice, ...]:
    """All choices of a list, in their shipped order."""
    return _all_choices()[list_name]


def list_names() -> list[str]:
    return sorted(_all_choices())


@cache
def _index(list_name: str) -> dict[str, Choice]:
    return {c.key: c for c in choices(list_name)}


def keys(list_name: str) -> frozenset[str]:
    return frozenset(_index(list_name))


def get(list_name: str, key: str) -> Choice | None:
    return _index(list_name).get(key)


def label(list_name: str, key: str | None, lang: str | None = None) -> str:
    """The label of ``key`` in ``lang`` (default: current language); the key itself if unknown."""
    if key is None:
        return ""
    choice = _index(list_name).get(key)
    return choice.label.get(lang or language()) if choice else key


def prefecture_region(jis_code: str, lang: str | None = None) -> str:
    choice = get("prefecture", jis_code)
    if choice is None:
        return ""
    return choice.extra["region_en" if (lang or language()) == "en" else "region_ja"]


@dataclass(frozen=True)
class BenchmarkTable:
    """A national benchmark (IT導入補助金 adoptions, expert dispatches) as plain rows."""

    name: str
    rows: tuple[dict[str, str], ...]


_BENCHMARKS = (
    "it_subsidy_adoptions_by_prefecture",
    "it_subsidy_fy2016_by_industry",
    "it_subsidy_fy2016_by_employees",
    "expert_dispatch_by_topic",
)


@cache
def benchmark(name: str) -> BenchmarkTable:
    if name not in _BENCHMARKS:
        raise KeyError(name)
    return BenchmarkTable(name, tuple(read_csv("reference", "benchmarks", f"{name}.csv")))


def benchmark_names() -> tuple[str, ...]:
    return _BENCHMARKS
