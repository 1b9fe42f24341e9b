"""NGEC actor and date gold sets: loaders, scoring rules, and fake resolvers on the real files."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dyads.errors import GoldDataError
from dyads.eval import (
    NGEC_ACTOR_CASES, NGEC_DATE_CASES, Accuracy, ActorCase, DateCase, default_shared_dir,
    evaluate_actors, evaluate_dates, load_actor_cases, load_date_cases,
)
from dyads.eval.actors import PEER_TODAY, country_matches, ngec_country, sector_matches
from dyads.records import DateInfo

PUB = dt.date(2030, 7, 10)  # a Wednesday


# -- helpers -------------------------------------------------------------------------------


def _jsonl(tmp_path: Path, *records: Any) -> Path:
    """A JSONL file holding ``records``, one a line (strings are written as they are)."""
    path = tmp_path / "cases.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _actor_record(args: list[str], expect: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"test": "t_inline", "method": "agent_to_code", "args": args, "expect": expect,
            "xfail": False, "collected_by_pytest": True, **fields}


def _date_record(**fields: Any) -> dict[str, Any]:
    record = {"expr": "on Monday", "pub_date": PUB.isoformat(), "expected_date": "2030-07-08",
              "expected_end": None, "date_type": "exact", "granularity": "day", "compare": "day",
              "test": "t_inline"}
    return {**record, **fields}


def _case(country: str | None = None, sector: str | None = None, xfail: bool = False,
          **fields: Any) -> ActorCase:
    return ActorCase("t", "agent_to_code", "words", None, None, country, sector, xfail, **fields)


def _date_case(**fields: Any) -> DateCase:
    values: dict[str, Any] = {
        "test": "t", "expr": "on Monday", "pub_date": PUB, "expected_date": dt.date(2030, 7, 8),
        "expected_end": None, "date_type": "exact", "granularity": "day", "compare": "day",
    }
    return DateCase(**{**values, **fields})


def _answer(start: str, end: str | None = None, precision: str = "day") -> DateInfo:
    return DateInfo(start, end or start, precision, None)


# -- actor loader ----------------------------------------------------------------------------


def test_actor_loader_reads_dates_flags_and_empty_expectations(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        _actor_record(["Peruvian border guards", "", "Today"], {"country": "PER", "code_1": "MIL"}),
        _actor_record(["a harbour pilot", "Chilean", "today"], {"country": "", "code_1": ""},
                      xfail=True),
        _actor_record(["Minister Ana Ruiz", "", "3 March 2019"],
                      {"country": "ESP", "code_1": "????"}),
        _actor_record(["Minister Ana Ruiz", "", "March 3, 2019"], {"code_1 in": ["GOV", "ELI"]},
                      collected_by_pytest=False),
        _actor_record(["Ana Ruiz", "", "2019-03-03"], {"country !=": "GBR", "wiki": "Ana Ruiz"}),
        _actor_record(["a question", "", ""], {"ret": None}),
    )
    cases = load_actor_cases(path)
    assert [c.line for c in cases] == [1, 2, 3, 4, 5, 6]
    first, second, third, fourth, fifth, sixth = cases
    assert (first.context, first.date, first.country, first.sector) == (None, PEER_TODAY, "PER", "MIL")
    assert (second.context, second.date, second.country, second.sector) == ("Chilean", PEER_TODAY, "", "")
    assert not first.dated and not second.dated and third.dated and fifth.dated
    assert second.xfail and not first.xfail
    assert third.date == dt.date(2019, 3, 3) and third.sector is None and third.scored
    assert fourth.date == dt.date(2019, 3, 3) and not fourth.collected
    assert fourth.accepted_sectors == ("GOV", "ELI") and not fourth.tests_country
    assert (fifth.country, fifth.country_not, fifth.wiki) == (None, "GBR", "Ana Ruiz")
    assert (sixth.country, sixth.sector, sixth.date, sixth.dated) == ("", "", PEER_TODAY, False)


def test_undated_cases_are_resolved_on_a_fixed_day_not_the_run_date(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, _actor_record(["Minister Ana Ruiz"], {"code_1": "GOV"}),
                  _actor_record(["Minister Ana Ruiz", "", "TODAY"], {"code_1": "GOV"}))
    seen: list[dt.date | None] = []
    evaluate_actors(lambda case: (seen.append(case.date), ("ESP", ("GOV",)))[1],
                    load_actor_cases(path))
    assert seen == [PEER_TODAY, PEER_TODAY] and PEER_TODAY == dt.date(2022, 4, 21)


def test_actor_loader_reads_the_other_methods(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        {"test": "n", "method": "search_nat", "args": ["two Peruvian ships"],
         "expect": {"ret[0]": "PER", "ret[1]": "two  ships"}, "xfail": False},
        {"test": "s", "method": "short_text_to_agent", "args": ["harbour pilots"],
         "expect": {"code_1": "CVL", "pattern": "pilot"}, "xfail": False},
        {"test": "w", "method": "query_wiki", "args": ["the APRA", "Peru"],
         "expect": {"title": "American Popular Revolutionary Alliance"}, "xfail": False},
    )
    nat, short, wiki = load_actor_cases(path)
    assert (nat.country, nat.sector) == ("PER", None)
    assert (short.country, short.sector) == (None, "CVL")
    assert (wiki.context, wiki.scored) == ("Peru", False)
    assert wiki.wiki == "American Popular Revolutionary Alliance"


@pytest.mark.parametrize("record, message", [
    (_actor_record(["x"], {}, method="lookup"), "unknown method 'lookup'"),
    (_actor_record("x", {}), "'args' must be a list"),  # type: ignore[arg-type]
    (_actor_record(["x", "", "next spring"], {}), "unreadable date 'next spring'"),
    (_actor_record(["x"], {}, xfail="no"), "'xfail' must be true or false"),
    (_actor_record(["x"], {"code_1 in": "GOV"}), "'code_1 in' must be a list"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
])
def test_actor_loader_names_the_line_of_a_bad_record(tmp_path: Path, record: Any,
                                                     message: str) -> None:
    path = _jsonl(tmp_path, _actor_record(["fine"], {}), record)
    with pytest.raises(GoldDataError, match=message) as info:
        load_actor_cases(path)
    assert f"{path}:2" in str(info.value)


def test_actor_loader_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldDataError, match="cannot read the gold file"):
        load_actor_cases(tmp_path / "absent.jsonl")


# -- actor scoring rules ---------------------------------------------------------------------


@pytest.mark.parametrize("expected, code, sectors, hit", [
    ("PER", "PER", ("MIL",), True),
    ("PER", "CHL", ("MIL",), False),
    ("PER", None, (), False),
    ("", None, (), True),             # no country named, none given
    ("", "PER", ("GOV",), False),     # guessing a country is wrong
    ("", "AMNESTY", ("NGO",), True),  # NGOs have no country in the peer's terms
    ("EUR", "EU", ("IGO",), True),
    ("UNO", "WHO", ("IGO", "HLH"), True),
    ("UNO", "EU", ("IGO",), False),
    ("IGO", "NATO", ("IGO",), True),
    ("IGO", "EU", ("IGO",), True),    # IGO is generic: any intergovernmental body
    ("IGO", "XYZORG", ("IGO",), True),
    ("IGO", None, ("IGO",), True),
    ("IGO", "PER", ("GOV",), False),
])
def test_country_rule(expected: str, code: str | None, sectors: tuple[str, ...], hit: bool) -> None:
    assert country_matches(_case(country=expected), code, sectors) is hit


@pytest.mark.parametrize("code, hit", [("PER", True), (None, True), ("GBR", False)])
def test_country_not_rule(code: str | None, hit: bool) -> None:
    assert country_matches(_case(country_not="GBR"), code, ()) is hit


def test_ngec_country_keeps_states_even_with_organisation_sectors() -> None:
    assert ngec_country("USA", ("NGO",)) == "USA"
    assert ngec_country("ICJ") == "UNO"
    assert ngec_country("XYZORG", ("NGO",)) == ""


@pytest.mark.parametrize("expected, alternatives, sectors, hit", [
    ("MIL", (), ("MIL",), True),
    ("MIL", (), ("GOV", "MIL"), False),    # the first sector counts
    ("LEG", (), ("IGO", "LEG"), True),     # IGO is a country-slot code, not a sector
    ("PTY", ("REB",), ("REB",), True),
    ("", (), (), True),
    ("", (), ("GOV",), False),
    ("", (), ("IGO",), True),
    ("JNK", (), (), True),
    ("JNK", (), ("CVL",), False),
    ("UNK", (), (), True),
    ("UNK", (), ("UNK",), True),
    ("UNK", (), ("CVL",), False),
])
def test_sector_rule(expected: str, alternatives: tuple[str, ...], sectors: tuple[str, ...],
                     hit: bool) -> None:
    case = _case(sector=expected, sector_alternatives=alternatives)
    assert sector_matches(case, sectors) is hit


def test_evaluate_actors_scores_groups_and_lists_misses() -> None:
    cases = [
        _case(country="PER", sector="MIL"),
        _case(country="", sector="CVL", xfail=True),
        ActorCase("w", "query_wiki", "the APRA", None, None, None, None, False, wiki="APRA"),
        ActorCase("n", "search_nat", "Peruvians", None, None, "PER", None, False, line=9),
    ]
    asked: list[str] = []

    def resolve(case: ActorCase) -> tuple[str | None, tuple[str, ...]]:
        asked.append(case.method)
        return "PER", ("MIL",)

    report = evaluate_actors(resolve, cases)
    assert "query_wiki" not in asked
    assert (report.country, report.sector) == (Accuracy(2, 3), Accuracy(1, 2))
    assert list(report.by_method) == ["agent_to_code", "search_nat", "query_wiki"]
    assert report.by_method["query_wiki"].cases == 1 and report.by_method["query_wiki"].scored == 0
    assert report.xfail.country == Accuracy(0, 1)
    assert [(m.field, m.expected, m.got, m.xfail) for m in report.misses] == [
        ("country", "", "PER", True), ("sector", "CVL", "MIL", True),
    ]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["n_cases"] == 4 and data["n_scored"] == 3
    assert data["misses"][0]["test"] == "t"
    table = report.format_table().splitlines()
    assert table[0].split() == ["field", "correct", "total", "accuracy"]
    assert table[1].split() == ["country", "2", "3", "0.667"]
    assert not any(line.startswith("query_wiki") for line in table)


# -- date loader -----------------------------------------------------------------------------


def test_date_loader_reads_partial_dates_markers_and_missing_pub_dates(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        _date_record(),
        _date_record(expr="in 2029", expected_date="2029", compare="year", granularity="year"),
        _date_record(expr="May 2029 - June 2030", expected_date="2029-05", expected_end="2030-06",
                     compare="month", granularity=None, date_type="range"),
        _date_record(expr="since Monday", expected_end="NONE", note="open range"),
        _date_record(expr="on Monday", pub_date=None, expected_date=None),
        _date_record(expr="on Monday", pub_date="", expected_date=None, date_type="unresolved"),
        _date_record(expr="last month", expected_date="2030-06-10", granularity=None,
                     note="day-of-month copied from reference date"),
        _date_record(expr="March to May", expected_date=None, expected_end="END>=START",
                     granularity=None, date_type=None),
    )
    cases = load_date_cases(path)
    day, year, month, open_range, no_pub, empty_pub, copied, end_only = cases
    assert (day.pub_date, day.expected_date) == (PUB, dt.date(2030, 7, 8))
    assert day.expected_precision == "day"
    assert (year.expected_date, year.compare) == (dt.date(2029, 1, 1), "year")
    assert (month.expected_date, month.expected_end) == (dt.date(2029, 5, 1), dt.date(2030, 6, 1))
    assert (open_range.expected_end, open_range.end_rule) == (None, "NONE")
    assert open_range.note == "open range"
    assert no_pub.pub_date is None and not no_pub.scored
    assert empty_pub.pub_date is None and empty_pub.unresolved and not empty_pub.scored
    assert copied.day_from_reference and not day.day_from_reference
    assert not end_only.scored and end_only.end_rule == "END>=START"


@pytest.mark.parametrize("fields, message", [
    ({"compare": "week"}, "'compare' is 'week'"),
    ({"granularity": "decade"}, "'granularity' is 'decade'"),
    ({"expected_date": "2030"}, "is not a date of the form YYYY-MM-DD"),
    ({"expected_date": "2030-07-08", "compare": "month"}, "of the form YYYY-MM"),
    ({"expected_end": "soon"}, "expected_end 'soon'"),
    ({"pub_date": "July 10, 2030"}, "pub_date 'July 10, 2030'"),
    ({"expr": None}, "'expr' must be a string"),
])
def test_date_loader_names_the_line_of_a_bad_record(tmp_path: Path, fields: dict[str, Any],
                                                    message: str) -> None:
    path = _jsonl(tmp_path, _date_record(), _date_record(**fields))
    with pytest.raises(GoldDataError, match=message) as info:
        load_date_cases(path)
    assert f"{path}:2" in str(info.value)


# -- date scoring rules ----------------------------------------------------------------------


@pytest.mark.parametrize("case, answer, check, hit", [
    (_date_case(), _answer("2030-07-08"), "start:day", True),
    (_date_case(), _answer("2030-07-01", "2030-07-08", "week"), "start:day", False),
    (_date_case(), _answer("2030-07-10", precision="story"), "start:day", False),  # no answer
    (_date_case(), None, "start:day", False),
    (_date_case(expected_date=dt.date(2029, 1, 1), compare="year"),
     _answer("2029-01-01", "2029-12-31", "year"), "start:year", True),
    (_date_case(expected_date=dt.date(2029, 5, 1), compare="month"),
     _answer("2029-05-31"), "start:month", True),
    (_date_case(expected_date=dt.date(2030, 6, 10), note="day copied from reference date"),
     _answer("2030-06-01", "2030-06-30", "month"), "start:within", True),
    (_date_case(expected_date=dt.date(2030, 6, 10), note="day copied from reference date"),
     _answer("2030-05-01", "2030-05-31", "month"), "start:within", False),
    (_date_case(expected_end=dt.date(2030, 7, 9)), _answer("2030-07-08", "2030-07-09"),
     "end", True),
    (_date_case(expected_end=dt.date(2030, 7, 9)), _answer("2030-07-08"), "end", False),
    (_date_case(granularity="week"), _answer("2030-07-08", precision="week"), "precision", True),
    (_date_case(granularity="week"), _answer("2030-07-08"), "precision", False),
    (_date_case(date_type="unresolved", expected_date=None, granularity=None), None,
     "rejection", True),
    (_date_case(date_type="unresolved", expected_date=PUB, granularity=None),
     _answer(PUB.isoformat(), precision="story"), "rejection", True),
    (_date_case(date_type="unresolved", expected_date=None, granularity=None),
     _answer("2030-07-08"), "rejection", False),
], ids=lambda v: repr(v) if isinstance(v, (str, bool)) else None)
def test_date_rule(case: DateCase, answer: DateInfo | None, check: str, hit: bool) -> None:
    report = evaluate_dates(lambda expr, pub: answer, [case])
    accuracy = {"end": report.end, "precision": report.precision,
                "rejection": report.rejection}.get(check) or report.by_compare[check.split(":")[1]]
    assert accuracy == Accuracy(int(hit), 1)
    assert any(m.check == check for m in report.misses) is not hit


def test_unresolved_cases_are_scored_only_for_rejection() -> None:
    case = _date_case(date_type="unresolved", expected_date=PUB, granularity="day")
    report = evaluate_dates(lambda expr, pub: None, [case])
    assert report.rejection == Accuracy(1, 1)
    assert (report.start, report.precision) == (Accuracy(), Accuracy())


def test_quarter_granularity_and_missing_pub_date_are_not_scored() -> None:
    asked: list[str] = []

    def resolve(expr: str, pub: dt.date) -> DateInfo | None:
        asked.append(expr)
        return _answer("2029-04-01", "2029-06-30", "month")

    quarter = _date_case(expr="Q2 2029", expected_date=dt.date(2029, 4, 1), granularity="quarter")
    undated = _date_case(expr="Monday", pub_date=None, expected_date=None)
    report = evaluate_dates(resolve, [quarter, undated])
    assert asked == ["Q2 2029"]
    assert (report.n_cases, report.n_scored) == (2, 1)
    assert (report.exact_day, report.precision) == (Accuracy(1, 1), Accuracy())
    data = json.loads(json.dumps(report.to_dict()))
    assert data["by_compare"] == {"day": {"correct": 1, "total": 1, "accuracy": 1.0}}
    assert report.format_table().splitlines()[2].split() == ["start:day", "1", "1", "1.000"]


def test_a_malformed_answer_names_the_expression() -> None:
    with pytest.raises(ValueError, match="'on Monday'.*YYYY-MM-DD"):
        evaluate_dates(lambda expr, pub: _answer("08/07/2030"), [_date_case()])


# -- the shared folder -----------------------------------------------------------------------


def test_shared_dir_comes_from_the_environment_first(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADS_SHARED", str(tmp_path))
    assert default_shared_dir() == tmp_path
    monkeypatch.setenv("DYADS_SHARED", str(tmp_path / "absent"))
    assert default_shared_dir() is None


def test_shared_dir_defaults_to_the_folder_beside_the_checkout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DYADS_SHARED", raising=False)
    beside = Path(__file__).resolve().parents[2] / "shared"
    assert default_shared_dir() == (beside if beside.is_dir() else None)


# -- the real files, with fake resolvers -------------------------------------------------------


def _shared_file(relative: Any) -> Path:
    """A file in the shared folder, or skip when the folder (or file) is absent."""
    shared = default_shared_dir()
    if shared is None or not (shared / relative).is_file():
        pytest.skip(f"{relative} is not available (no shared folder)")
    return shared / relative


@pytest.fixture(scope="module")
def actor_cases() -> list[ActorCase]:
    return load_actor_cases(_shared_file(NGEC_ACTOR_CASES))


@pytest.fixture(scope="module")
def date_cases() -> list[DateCase]:
    return load_date_cases(_shared_file(NGEC_DATE_CASES))


def test_real_actor_cases_load(actor_cases: list[ActorCase]) -> None:
    assert len(actor_cases) == 387
    assert Counter(c.method for c in actor_cases) == {
        "agent_to_code": 311, "query_wiki": 49, "short_text_to_agent": 20, "search_nat": 7,
    }
    assert not any(c.scored for c in actor_cases if c.method == "query_wiki")
    assert sum(c.scored for c in actor_cases) == 337
    assert sum(c.xfail for c in actor_cases) == 7


def _perfect_actor(case: ActorCase) -> tuple[str | None, tuple[str, ...]]:
    """The answer the case expects, in our terms."""
    code = case.country or None
    return code, (case.sector,) if case.sector not in (None, "", "JNK") else ()


def test_perfect_actor_resolver_scores_one(actor_cases: list[ActorCase]) -> None:
    report = evaluate_actors(_perfect_actor, actor_cases)
    assert report.misses == ()
    assert report.country == Accuracy(316, 316) and report.sector == Accuracy(310, 310)
    assert {m: g.scored for m, g in report.by_method.items()} == {
        "agent_to_code": 310, "short_text_to_agent": 20, "search_nat": 7, "query_wiki": 0,
    }


def test_empty_actor_resolver_passes_only_the_no_answer_cases(actor_cases: list[ActorCase]) -> None:
    report = evaluate_actors(lambda case: (None, ()), actor_cases)
    no_country = [c for c in actor_cases
                  if c.country == "" or (c.country is None and c.country_not)]
    no_sector = [c for c in actor_cases if c.sector in ("", "JNK", "UNK")]
    assert report.country == Accuracy(len(no_country), 316)
    assert report.sector == Accuracy(len(no_sector), 310)
    assert len(report.misses) == (316 - len(no_country)) + (310 - len(no_sector))
    json.dumps(report.to_dict())


def test_real_date_cases_load(date_cases: list[DateCase]) -> None:
    assert len(date_cases) == 130
    assert Counter(c.compare for c in date_cases) == {"day": 124, "year": 4, "month": 2}
    assert sum(c.scored for c in date_cases) == 121
    assert sum(c.unresolved for c in date_cases) == 21


def _perfect_dates(cases: list[DateCase]) -> Any:
    """A resolver answering each (expression, publication date) as its case expects.

    A few expressions appear twice on one date, once checking only the end marker; the case
    with an expected date wins.
    """
    by_input: dict[tuple[str, dt.date], DateCase] = {}
    for case in cases:
        if case.pub_date is not None:
            key = (case.expr, case.pub_date)
            if key not in by_input or by_input[key].expected_date is None:
                by_input[key] = case

    def resolve(expr: str, pub: dt.date) -> DateInfo | None:
        case = by_input[(expr, pub)]
        if case.unresolved:
            return None
        start = case.expected_date or pub
        return DateInfo(start.isoformat(), (case.expected_end or start).isoformat(),
                        case.expected_precision or "day", expr)

    return resolve


def test_perfect_date_resolver_scores_one(date_cases: list[DateCase]) -> None:
    report = evaluate_dates(_perfect_dates(date_cases), date_cases)
    assert report.misses == ()
    assert report.start == Accuracy(98, 98)
    assert {k: a.total for k, a in report.by_compare.items()} == {
        "day": 83, "month": 2, "year": 4, "within": 9,
    }
    assert (report.end, report.precision, report.rejection) == (
        Accuracy(10, 10), Accuracy(55, 55), Accuracy(20, 20),
    )


def test_empty_date_resolver_passes_only_the_rejections(date_cases: list[DateCase]) -> None:
    report = evaluate_dates(lambda expr, pub: None, date_cases)
    assert (report.start.correct, report.end.correct, report.precision.correct) == (0, 0, 0)
    assert report.rejection == Accuracy(20, 20)
    json.dumps(report.to_dict())
