"""Every list model passes QAbstractItemModelTester, and the lazy list really reads blocks on demand."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from mitake_desktop.core.services import Filter, Services
from mitake_desktop.gui.lists import LISTS
from mitake_desktop.gui.models import HistoryTableModel, RecordTableModel, RowsTableModel, SearchResultsModel


@pytest.mark.parametrize("type_name", sorted(LISTS))
def test_every_list_model_passes_the_model_tester(qtmodeltester: Any, demo_services: Services,
                                                  type_name: str) -> None:
    ls = LISTS[type_name]
    model = RecordTableModel(demo_services, type_name, ls.columns, order=ls.order, descending=ls.descending)
    qtmodeltester.check(model)
    assert model.rowCount() == demo_services.records.count(type_name)
    # Sorting by each sortable column and filtering keep the model consistent.
    for i, c in enumerate(ls.columns):
        if c.sort is not None:
            model.sort(i, Qt.SortOrder.DescendingOrder)
    flt = ls.search_filter("あ")
    if flt is not None:
        model.set_filters([flt])
    qtmodeltester.check(model)


def test_blocks_in_any_order_give_the_service_order(demo_services: Services) -> None:
    ls = LISTS["registration"]
    model = RecordTableModel(demo_services, "registration", ls.columns)
    model.BLOCK = 37  # small blocks: many boundaries, backward reads and offsets
    model.MAX_BLOCKS = 3  # and evictions
    for order, descending in (("sort", False), ("satisfaction", True), ("checked_in_at", False)):
        model.set_order(order, descending)
        expected = [r["id"] for r in demo_services.records.list("registration", order=order, descending=descending)]
        n = model.rowCount()
        assert n == len(expected) > 300
        got: list[str | None] = [None] * n
        # The end first (Ctrl+End), the middle (a scroll-bar drag), then every row backwards and forwards.
        for row in [n - 1, n // 2, *range(n - 1, -1, -5), *range(n)]:
            got[row] = model.record_id(row)
        assert got == expected
        assert model.locate(expected[n // 3]) == n // 3


def test_the_lazy_list_does_not_read_every_row(demo_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    ls = LISTS["registration"]
    model = RecordTableModel(demo_services, "registration", ls.columns)
    fetched: list[int] = []
    original = model._fetch
    monkeypatch.setattr(model, "_fetch", lambda b: fetched.append(b) or original(b))
    n = model.rowCount()
    assert model.data(model.index(n - 1, 0))  # the last row: one block read
    assert model.data(model.index(0, 0))
    assert len(fetched) == 2 and len(model._blocks) == 2


def test_filters_and_references_are_shown_as_titles(demo_services: Services) -> None:
    community = demo_services.records.list("community", limit=1)[0]
    ls = LISTS["event"]
    model = RecordTableModel(demo_services, "event", ls.columns)
    model.set_filters([Filter("community_id", "=", community["id"])])
    assert model.rowCount() == demo_services.records.count("event", [Filter("community_id", "=", community["id"])])
    col = [c.key for c in ls.columns].index("community_id")
    assert {model.data(model.index(r, col)) for r in range(model.rowCount())} == {community["name"]}


def test_history_model_fetches_more_on_demand(qtmodeltester: Any, services: Services) -> None:
    c = services.records.create("community", {"name": "名0", "prefectures": ["10"]})
    for i in range(1, 8):
        services.records.update("community", c["id"], {"name": f"名{i}"})
    model = HistoryTableModel(services)
    model.PAGE = 3
    model.set_record("community", c["id"])
    assert model.rowCount() == 3 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    assert model.data(model.index(0, 3)) == "名6" and model.data(model.index(0, 4)) == "名7"
    model.show_everything()
    qtmodeltester.check(model)


def test_search_results_are_grouped_by_type(qtmodeltester: Any, demo_services: Services) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)
    hits = demo_services.search("前橋")
    model.set_hits(hits)
    qtmodeltester.check(model)
    types = [h.type for h in hits]
    assert model.rowCount() == len(hits) + len(set(types))
    assert model.hit(0) is None and not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.hit(model.first_hit_row()) == hits[0]


def test_rows_model(qtmodeltester: Any) -> None:
    model = RowsTableModel(["a", "b"], [("1", "2"), ("3", "4")])
    qtmodeltester.check(model)
    model.set_rows([("5", "6")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "6"
