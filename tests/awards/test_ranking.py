"""Several reviewers score each criterion; the ranking is the weighted mean of normalised scores."""

from __future__ import annotations

import pytest

from mitake_desktop.core.errors import ValidationError
from mitake_desktop.core.services import Services


def _setup(services: Services) -> tuple[str, list[dict[str, object]], list[str]]:
    program = services.awards.create_program(
        {"name": "テスト賞", "year": 2026},
        [{"name": "計画", "weight": 3, "max_score": 5}, {"name": "成果", "weight": 1, "max_score": 10}])
    criteria = services.awards.criteria(program["id"])
    noms = []
    for name in ("A社", "B社", "C社", "D社"):
        cs = services.records.create("case_study", {"title": name})
        noms.append(services.awards.nominate(program["id"], "case_study", cs["id"])["id"])
    return program["id"], criteria, noms


def test_weighted_ranking_with_three_reviewers(services: Services) -> None:
    pid, (plan, result), (a, b, c, d) = _setup(services)
    scores = {  # reviewer -> nomination -> (plan of 5, result of 10)
        "審査員A": {a: (5, 6), b: (4, 10), c: (3, 8), d: (4, 10)},
        "審査員B": {a: (4, 8), b: (4, 9), c: (5, 10), d: (4, 9)},
        "審査員C": {a: (5, 8), b: (5, 8), c: (4, 6), d: (5, 8)},
    }
    for reviewer, by_nom in scores.items():
        for nom, (p, r) in by_nom.items():
            services.awards.set_score(nom, str(plan["id"]), reviewer, p)
            services.awards.set_score(nom, str(result["id"]), reviewer, r)

    def expected(nom: str) -> float:
        p = sum(scores[r][nom][0] for r in scores) / 3 / 5
        q = sum(scores[r][nom][1] for r in scores) / 3 / 10
        return round(100 * (3 * p + 1 * q) / 4, 2)

    rows = services.awards.ranking(pid)
    assert rows[0].nomination_id == a and rows[-1].nomination_id == c
    by_id = {r.nomination_id: r for r in rows}
    for nom in (a, b, c, d):
        assert by_id[nom].total == pytest.approx(expected(nom))
        assert by_id[nom].scored == by_id[nom].expected == 6 and by_id[nom].complete
        assert by_id[nom].reviewers == ("審査員A", "審査員B", "審査員C")
    assert [r.total for r in rows] == sorted((r.total for r in rows), reverse=True)
    # b and d have the same scores: the same rank, and the next rank is skipped (1, 2, 2, 4 style).
    assert by_id[b].total == by_id[d].total and by_id[b].rank == by_id[d].rank
    assert [r.rank for r in rows] == [1, 2, 2, 4]
    assert by_id[a].total == pytest.approx(88.33) and by_id[c].total == pytest.approx(80.0)
    assert by_id[a].criteria[0].mean == pytest.approx(14 / 3) and by_id[a].criteria[1].value == pytest.approx(22 / 30)


def test_a_missing_score_is_left_out_and_an_unscored_criterion_counts_zero(services: Services) -> None:
    pid, (plan, result), (a, b, c, _d) = _setup(services)
    services.awards.set_score(a, str(plan["id"]), "審査員A", 5)
    services.awards.set_score(a, str(result["id"]), "審査員A", 10)
    services.awards.set_score(a, str(plan["id"]), "審査員B", 3)
    # Reviewer B has not scored "result" for a yet: a's result is A's 10 alone, not (10 + 0) / 2.
    services.awards.set_score(b, str(plan["id"]), "審査員A", 5)  # nobody scored b's result: it counts 0
    by_id = {r.nomination_id: r for r in services.awards.ranking(pid)}
    assert by_id[a].total == pytest.approx(100 * (3 * (8 / 2 / 5) + 1 * 1.0) / 4)
    assert by_id[a].scored == 3 and by_id[a].expected == 4 and not by_id[a].complete
    assert by_id[b].total == pytest.approx(100 * 3 * 1.0 / 4)
    assert by_id[c].total == 0 and by_id[c].scored == 0


def test_scores_are_upserted_and_bounded_by_the_criterion(services: Services) -> None:
    pid, (plan, result), (a, *_rest) = _setup(services)
    first = services.awards.set_score(a, str(plan["id"]), " 審査員A ", 2, "もう少し")
    again = services.awards.set_score(a, str(plan["id"]), "審査員A", 4)
    assert first["id"] == again["id"] and again["score"] == 4
    assert len(services.awards.scores(a)) == 1 and services.awards.reviewers(pid) == ["審査員A"]
    sheet = services.awards.score_sheet(pid, "審査員A")
    assert list(sheet) == [(a, plan["id"])] and sheet[(a, plan["id"])]["comment"] == "もう少し"
    services.awards.set_score(a, str(plan["id"]), "審査員A", 4, "")
    assert services.awards.scores(a)[0]["comment"] is None
    with pytest.raises(ValidationError, match="0〜5"):
        services.awards.set_score(a, str(plan["id"]), "審査員B", 6)
    services.awards.set_score(a, str(result["id"]), "審査員B", 9.5)


def test_all_zero_weights_count_equally(services: Services) -> None:
    program = services.awards.create_program({"name": "重みなし"}, [{"name": "x", "weight": 0, "max_score": 5},
                                                                   {"name": "y", "weight": 0, "max_score": 5}])
    cs = services.records.create("case_study", {"title": "A"})
    nom = services.awards.nominate(program["id"], "case_study", cs["id"])
    x, y = services.awards.criteria(program["id"])
    services.awards.set_score(nom["id"], x["id"], "R", 5)
    services.awards.set_score(nom["id"], y["id"], "R", 0)
    assert services.awards.ranking(program["id"])[0].total == 50.0
