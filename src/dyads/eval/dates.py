"""Date resolution against the NGEC test cases: which day a date expression names.

The cases (``gold/ngec/date_resolver_cases.jsonl`` in the shared folder, see
:mod:`dyads.eval.ngec`) were extracted from a peer coder's test suite: an expression, the
publication date it is read against, and what the peer expects. :func:`load_date_cases` reads
them into :class:`DateCase`; a caller's resolver answers each with a
:class:`~dyads.records.DateInfo` (or None) and :func:`evaluate_dates` scores the answers.

The file's fields
-----------------
``expected_date``
    ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, as fine as ``compare`` says; null when the test
    checks something else (type, granularity, end) or, for ``unresolved`` cases, nothing.
``compare``
    ``day``, ``month`` or ``year``: how much of the date the test compares.
``expected_end``
    a date (a closed range), or a marker kept as ``end_rule``: ``NONE`` (no end: open
    range or single day), ``NOT NONE`` (some end), ``END>=START`` (no inverted range).
``date_type``
    ``exact``, ``approximate``, ``range``, ``NOT range``, ``unresolved`` or null.
``granularity``
    ``day``, ``week``, ``month``, ``quarter``, ``year`` or null.
``note``
    free text; "copied from reference date" marks an expected day that is the peer's
    dateparser artefact: the day (or month) of the publication date pasted into a month or
    year expression ("last month" read on 2024-03-15 -> 2024-02-15).

Scoring rules
-------------
An answer with precision ``story`` (the story date used because the text dated nothing)
counts as no answer. Cases without a publication date (two) are loaded but not scored: dyads
never resolves a date without one; nor are cases that only check an end marker.

``start``
    cases with an ``expected_date``, not ``unresolved``: our ``start`` equals it at the
    ``compare`` level (``by_compare`` keys ``day``, ``month``, ``year``); when the note says
    the day was copied from the reference date, our ``start..end`` must contain it instead
    (key ``within``), since the day itself means nothing.
    A part of a period ("late last year", "mid-March", "the end of the month": early,
    beginning, mid, late, end... of a week, month or year) names no single day either: the
    peer writes one representative day of it (the first for early, the middle for mid, the
    last for late or end: "late last year" -> 12-31), where dyads gives the part as a range
    (September to December). Such a case is scored by containment too, under its compare
    key: our ``start..end`` must hold the peer's day.
``end``
    cases whose ``expected_end`` is a date: our ``end``, compared the same way. The markers
    are not scored: our dates always carry an end.
``precision``
    cases with a granularity: ours must equal it (day, week, month, year). ``quarter`` is not
    scored: dyads has no quarter precision.
``rejection``
    ``unresolved`` cases (nothing in the text can be dated without world knowledge, or the
    text is no date): we must return None or a ``story`` date. The peer's expected date for
    some of them is its fallback to the publication date; that is the same answer.

Documented disagreements
------------------------
Cases where we hold the peer's expectation wrong, listed in :data:`DISAGREEMENTS`. They stay
scored (a miss is still a miss, so the numbers never flatter us) and every such miss carries
``disputed`` with the reason, so a reader can tell a disagreement from a bug:

- "yesterday (Friday)" read on Friday 2025-05-16: the peer expects Friday 9 May, a week
  before the publication date. "Yesterday" puts the day at 15 May give or take the writer's
  time zone, and the Friday next to it is the 16th (the story went out dated a day early);
  nothing written names a day eight days back.
- "first week of June" read on 2025-05-16: the peer expects June 2025, yet reads "August 15"
  on the same date as 2024-08-15. Without a tense both are past (``resolve_expression``'s
  default), so June 2024; in a story, the clause's tense decides ("talks are due in the
  first week of June" is 2025).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyads.errors import GoldDataError
from dyads.eval.ngec import ACCURACY_HEADER, Accuracy, accuracy_row, align, count, read_jsonl
from dyads.records import DateInfo

ResolveDate = Callable[[str, dt.date], DateInfo | None]

COMPARE_LEVELS = ("day", "month", "year")
GRANULARITIES = ("day", "week", "month", "quarter", "year")
END_RULES = ("NONE", "NOT NONE", "END>=START")
# Their granularity -> our precision; a quarter has no counterpart.
_PRECISION_OF = {"day": "day", "week": "week", "month": "month", "year": "year"}
_LEVEL_LENGTH = {"year": 4, "month": 7, "day": 10}
_LEVEL_FORM = {"year": "YYYY", "month": "YYYY-MM", "day": "YYYY-MM-DD"}
_PADDING = {"year": "-01-01", "month": "-01", "day": ""}
_COPIED_DAY_NOTE = "copied from reference date"
_UNRESOLVED = "unresolved"
DISAGREEMENTS: Mapping[tuple[str, str], str] = {
    ("yesterday (Friday)", "2025-05-16"):
        "yesterday is 15 May; the nearest Friday is the 16th, not the 9th a week before",
    ("first week of June", "2025-05-16"):
        "no tense: read as past like 'August 15' on the same date, so June 2024",
}
"""(expression, publication date) -> why we hold the peer's expectation wrong (module doc)."""
_PERIOD_PART = re.compile(
    r"(?:the )?(?:early|beginning|start|mid|middle|late|end)(?:-| of | )(?:the )?"
    r"(?:(?:last|this|next|previous|current|coming) )?(?:week|month|year|\w+)\b", re.IGNORECASE)
_WITHIN = "within"


@dataclass(frozen=True)
class DateCase:
    """One date test case: expression, publication date, and what the peer coder expects.

    ``expected_date`` and ``expected_end`` hold the first day of what ``compare`` compares
    (``"1992"`` -> 1992-01-01 with compare ``year``); ``end_rule`` holds a non-date
    ``expected_end`` marker. ``pub_date`` is None when the case gives none.
    """

    test: str
    expr: str
    pub_date: dt.date | None
    expected_date: dt.date | None
    expected_end: dt.date | None
    date_type: str | None
    granularity: str | None
    compare: str
    end_rule: str | None = None
    note: str | None = None
    line: int = 0

    @property
    def unresolved(self) -> bool:
        """True when the expression must not be resolved."""
        return self.date_type == _UNRESOLVED

    @property
    def day_from_reference(self) -> bool:
        """True when the expected day was copied from the publication date (see module doc)."""
        return self.note is not None and _COPIED_DAY_NOTE in self.note

    @property
    def names_part_of_period(self) -> bool:
        """True for 'late last year', 'mid-March': the peer's day stands for a range."""
        return _PERIOD_PART.match(self.expr.strip()) is not None

    @property
    def disputed(self) -> str | None:
        """Why we hold the peer's expectation wrong, or None (see :data:`DISAGREEMENTS`)."""
        return DISAGREEMENTS.get((self.expr, self.pub_date.isoformat() if self.pub_date else ""))

    @property
    def expected_precision(self) -> str | None:
        """Our precision for their granularity, None when there is none to compare."""
        return _PRECISION_OF.get(self.granularity or "")

    @property
    def scored(self) -> bool:
        """True when the case has a publication date and something to check."""
        checks = (self.unresolved, self.expected_date, self.expected_end, self.expected_precision)
        return self.pub_date is not None and any(c not in (None, False) for c in checks)


def load_date_cases(path: Path | str) -> list[DateCase]:
    """Read the NGEC date-resolution cases.

    Args:
        path: the JSONL file, e.g. ``default_shared_dir() / NGEC_DATE_CASES``.

    Returns:
        The cases in file order.

    Raises:
        GoldDataError: the file is missing, or a line is malformed (a date that does not
            parse, or is not as fine as ``compare`` says; an unknown compare level,
            granularity or end marker); the message names the file and line.

    Example:
        >>> cases = load_date_cases(default_shared_dir() / NGEC_DATE_CASES)  # doctest: +SKIP
        >>> cases[0].expr, cases[0].pub_date, cases[0].expected_date  # doctest: +SKIP
        ('last Sunday', datetime.date(2012, 6, 20), datetime.date(2012, 6, 17))
    """
    return [_case(record, f"{path}:{line}", line) for line, record in read_jsonl(path)]


def _case(record: dict[str, Any], where: str, line: int) -> DateCase:
    """One JSONL record -> DateCase."""
    compare = _choice(record, "compare", COMPARE_LEVELS, where, required=True)
    end, end_rule = _end(record.get("expected_end"), compare, where)
    return DateCase(
        test=_text(record, "test", where),
        expr=_text(record, "expr", where),
        pub_date=_pub_date(record.get("pub_date"), where),
        expected_date=_partial_date(record.get("expected_date"), compare, "expected_date", where),
        expected_end=end,
        end_rule=end_rule,
        date_type=_optional_text(record, "date_type", where),
        granularity=_choice(record, "granularity", GRANULARITIES, where),
        compare=str(compare),
        note=_optional_text(record, "note", where),
        line=line,
    )


def _text(record: dict[str, Any], field: str, where: str) -> str:
    value = record.get(field)
    if not isinstance(value, str):
        raise GoldDataError(f"{where}: {field!r} must be a string, got {value!r}")
    return value


def _optional_text(record: dict[str, Any], field: str, where: str) -> str | None:
    return None if record.get(field) is None else _text(record, field, where)


def _choice(
    record: dict[str, Any], field: str, options: tuple[str, ...], where: str, required: bool = False
) -> str | None:
    """A field that must be one of ``options`` (or null, unless required)."""
    value = record.get(field)
    if value is None and not required:
        return None
    if value not in options:
        raise GoldDataError(
            f"{where}: {field!r} is {value!r}; expected one of {', '.join(options)}"
        )
    return str(value)


def _pub_date(value: Any, where: str) -> dt.date | None:
    """The publication date; null or "" (a test of missing input) -> None."""
    if value is None or value == "":
        return None
    return _partial_date(value, "day", "pub_date", where)


def _end(value: Any, compare: str | None, where: str) -> tuple[dt.date | None, str | None]:
    """``expected_end`` -> (date, None) or (None, marker)."""
    if value in END_RULES:
        return None, str(value)
    return _partial_date(value, compare, "expected_end", where), None


def _partial_date(value: Any, level: str | None, field: str, where: str) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` exactly as fine as ``level`` -> its first day."""
    if value is None:
        return None
    form = _LEVEL_FORM.get(level or "", "")
    try:
        if not isinstance(value, str) or len(value) != len(form):
            raise ValueError(f"not {form}")
        return dt.date.fromisoformat(value + _PADDING[str(level)])
    except ValueError:
        raise GoldDataError(
            f"{where}: {field} {value!r} is not a date of the form {form} that compare {level!r} "
            "asks for"
        ) from None


@dataclass(frozen=True)
class DateMiss:
    """One wrong answer: which case, which check, what was expected and what came back."""

    test: str
    line: int
    expr: str
    pub_date: str
    check: str
    expected: str
    got: str | None
    disputed: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The miss as JSON-ready data."""
        return {"test": self.test, "line": self.line, "expr": self.expr, "pub_date": self.pub_date,
                "check": self.check, "expected": self.expected, "got": self.got,
                "disputed": self.disputed}


@dataclass(frozen=True)
class DateReport:
    """Start, end, precision and rejection accuracy over the date cases, with every miss."""

    n_cases: int
    n_scored: int
    start: Accuracy
    by_compare: Mapping[str, Accuracy]
    end: Accuracy
    precision: Accuracy
    rejection: Accuracy
    misses: tuple[DateMiss, ...]

    @property
    def exact_day(self) -> Accuracy:
        """Start accuracy over the cases compared by day."""
        return self.by_compare.get("day", Accuracy())

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (for ``dyads eval --json``)."""
        return {
            "n_cases": self.n_cases,
            "n_scored": self.n_scored,
            "start": self.start.to_dict(),
            "by_compare": {level: acc.to_dict() for level, acc in self.by_compare.items()},
            "end": self.end.to_dict(),
            "precision": self.precision.to_dict(),
            "rejection": self.rejection.to_dict(),
            "misses": [miss.to_dict() for miss in self.misses],
        }

    def format_table(self) -> str:
        """An aligned plain-text table: field, correct, total, accuracy."""
        rows = [
            accuracy_row("start", self.start),
            *(accuracy_row(f"start:{level}", acc) for level, acc in self.by_compare.items()),
            accuracy_row("end", self.end),
            accuracy_row("precision", self.precision),
            accuracy_row("rejection", self.rejection),
        ]
        return align([ACCURACY_HEADER, *rows])


@dataclass(frozen=True)
class _CaseScore:
    """One case's contribution: an accuracy per check (by_compare key for start), and misses."""

    checks: Mapping[str, Accuracy]
    misses: tuple[DateMiss, ...] = ()


def evaluate_dates(resolve: ResolveDate, cases: Sequence[DateCase]) -> DateReport:
    """Resolve every case that has a publication date and a check, and score the answers.

    Args:
        resolve: given the expression and the publication date, returns the date it names
            (precision ``day``, ``week``, ``month`` or ``year``), or None (or a ``story``
            date) when it names none.
        cases: e.g. from :func:`load_date_cases`; filter them first to score a subset.

    Returns:
        A report with start accuracy (overall and per compare level), end, precision and
        rejection accuracy, and every miss (rules in the module docstring).

    Raises:
        ValueError: the resolver returned a start or end that is not ``YYYY-MM-DD``.

    Example:
        >>> case = DateCase("t", "yesterday", dt.date(2025, 5, 16), dt.date(2025, 5, 15), None,
        ...                 "exact", "day", "day")
        >>> day = DateInfo("2025-05-15", "2025-05-15", "day", "yesterday")
        >>> evaluate_dates(lambda expr, pub: day, [case]).exact_day.value
        1.0
    """
    scores = [
        _score_case(case, case.pub_date, resolve)
        for case in cases
        if case.scored and case.pub_date is not None
    ]
    by_compare = {
        key: _total(scores, f"start:{key}")
        for key in (*COMPARE_LEVELS, _WITHIN)
        if any(f"start:{key}" in s.checks for s in scores)
    }
    return DateReport(
        n_cases=len(cases),
        n_scored=len(scores),
        start=sum(by_compare.values(), Accuracy()),
        by_compare=by_compare,
        end=_total(scores, "end"),
        precision=_total(scores, "precision"),
        rejection=_total(scores, "rejection"),
        misses=tuple(miss for score in scores for miss in score.misses),
    )


def _total(scores: Sequence[_CaseScore], check: str) -> Accuracy:
    return sum((s.checks[check] for s in scores if check in s.checks), Accuracy())


def _score_case(case: DateCase, pub_date: dt.date, resolve: ResolveDate) -> _CaseScore:
    """Run the resolver on one case and apply every check the case calls for."""
    answer = resolve(case.expr, pub_date)
    ours = None if answer is None or answer.precision == "story" else answer
    if case.unresolved:
        return _checked(case, {"rejection": (ours is None, "no date", _span(ours))})
    checks: dict[str, tuple[bool, str, str | None]] = {}
    level = _WITHIN if case.day_from_reference else case.compare
    if case.expected_date is not None:
        checks[f"start:{level}"] = _day_check(case, case.expected_date, ours, "start")
    if case.expected_end is not None:
        checks["end"] = _day_check(case, case.expected_end, ours, "end")
    if case.expected_precision is not None:
        got = ours.precision if ours else None
        checks["precision"] = (got == case.expected_precision, case.expected_precision, got)
    return _checked(case, checks)


def _checked(case: DateCase, checks: Mapping[str, tuple[bool, str, str | None]]) -> _CaseScore:
    """Checks (hit, expected, got) -> accuracies and the misses among them."""
    misses = tuple(
        DateMiss(case.test, case.line, case.expr, _iso(case.pub_date), check, expected, got,
                 case.disputed)
        for check, (hit, expected, got) in checks.items()
        if not hit
    )
    return _CaseScore({check: count(hit) for check, (hit, _, _) in checks.items()}, misses)


def _day_check(
    case: DateCase, expected: dt.date, ours: DateInfo | None, side: str
) -> tuple[bool, str, str | None]:
    """Our start or end against an expected day: at the compare level, or by containment."""
    if case.day_from_reference or case.names_part_of_period:
        hit = ours is not None and _day(ours.start, case) <= expected <= _day(ours.end, case)
        return hit, f"contains {expected.isoformat()}", _span(ours)
    width = _LEVEL_LENGTH[case.compare]
    got = None if ours is None else getattr(ours, side)
    hit = got is not None and _day(got, case).isoformat()[:width] == expected.isoformat()[:width]
    return hit, expected.isoformat()[:width], got


def _day(value: str, case: DateCase) -> dt.date:
    """A resolver's ``YYYY-MM-DD`` string as a date."""
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(
            f"the resolver dated {case.expr!r} (line {case.line}) as {value!r}; "
            "DateInfo start and end must be YYYY-MM-DD"
        ) from None


def _span(ours: DateInfo | None) -> str | None:
    """A date answer for a miss: ``start..end precision``."""
    return None if ours is None else f"{ours.start}..{ours.end} {ours.precision}"


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


__all__ = [
    "COMPARE_LEVELS", "DateCase", "DateMiss", "DateReport", "END_RULES", "GRANULARITIES",
    "ResolveDate", "evaluate_dates", "load_date_cases",
]
