"""Scoring rules of the date evaluation that go beyond exact days: parts of periods and
documented disagreements with the peer coder."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.eval.dates import DISAGREEMENTS, DateCase, evaluate_dates
from dyads.records import DateInfo

PUB = dt.date(2031, 4, 9)


def _case(expr: str, expected: dt.date, pub: dt.date = PUB) -> DateCase:
    return DateCase("t", expr, pub, expected, None, "approximate", None, "day")


@pytest.mark.parametrize(("expr", "expected", "start", "end", "hit"), [
    ("late last year", dt.date(2030, 12, 31), "2030-09-01", "2030-12-31", True),
    ("mid-last year", dt.date(2030, 7, 1), "2030-05-01", "2030-08-31", True),
    ("the end of last month", dt.date(2031, 3, 31), "2031-03-21", "2031-03-31", True),
    ("end of the year", dt.date(2031, 12, 31), "2031-09-01", "2031-12-31", True),
    ("late last year", dt.date(2030, 12, 31), "2029-09-01", "2029-12-31", False),
    # not a part of a period: the start must be the day
    ("last month", dt.date(2031, 3, 15), "2031-03-01", "2031-03-31", False),
])
def test_a_part_of_a_period_is_scored_by_containment(expr: str, expected: dt.date, start: str,
                                                     end: str, hit: bool) -> None:
    answer = DateInfo(start, end, "year", expr)
    report = evaluate_dates(lambda e, p: answer, [_case(expr, expected)])
    assert report.exact_day.correct == int(hit)


def test_a_disputed_miss_stays_a_miss_and_says_why() -> None:
    (expr, pub), reason = next(iter(DISAGREEMENTS.items()))
    case = _case(expr, dt.date(1999, 1, 1), dt.date.fromisoformat(pub))
    report = evaluate_dates(lambda e, p: DateInfo(pub, pub, "day", e), [case])
    assert report.exact_day.correct == 0
    assert report.misses[0].disputed == reason
    assert report.misses[0].to_dict()["disputed"] == reason
