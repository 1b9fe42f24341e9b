"""Actor resolution against the NGEC test cases: who an actor's words name, and in what role.

The cases (``gold/ngec/actor_resolution_cases.jsonl`` in the shared folder, see
:mod:`dyads.eval.ngec`) were extracted from a peer coder's test suite. Each line names the
peer's method, its arguments and the expected fields. The loader reads them into
:class:`ActorCase`; a caller's resolver answers each with ``(code, sectors)`` and
:func:`evaluate_actors` scores the answers.

What each method's case holds:

``agent_to_code``
    args ``[text, context?, date?]``; expects ``country`` (or ``country !=``), ``code_1``
    (or ``code_1 in [...]``), sometimes ``wiki``; ``{"ret": null}`` means "not an actor".
``short_text_to_agent``
    args ``[agent words]``; expects ``code_1``, sometimes ``country``.
``search_nat``
    args ``[country name]``; expects ``ret[0]``, an ISO3 code, read as the country.
``query_wiki``
    args ``[title words, context?]``; expects a Wikipedia ``title``, kept as ``wiki``. We do
    no Wikipedia lookup, so these cases are loaded but never scored.

Undated cases
-------------
A case with no date, ``""`` or ``today`` is resolved as of :data:`PEER_TODAY`, 21 April 2022,
not the day the evaluation runs: the score must not drift with the calendar (an office holder's
term ending would change it), and the peer's "today" was never ours. The peer looked people up
in its own Wikipedia index, whose format it last changed on 2022-04-21 (``check_wiki`` in its
``actor_resolution.py``); its undated expectations describe office holders of about then
(Trump ``ELI``, out of office since January 2021; William Burns ``SPY``, CIA director from
March 2021; Scott Morrison, Mahinda Rajapaksa and Jean-Yves Le Drian ``GOV``, all out of office
by May 2022). ``ActorCase.dated`` tells such cases from those the peer dated. A few undated
expectations were written at other times and disagree with any single date (Heiko Maas ``GOV``,
out of office in December 2021; Uhuru Kenyatta ``ELI``, president until September 2022); they
stay misses.

Not read: ``code_2``, ``pattern``, ``actor_wiki_job``, ``wiki !=``, ``source``, ``ret[1]``.
``xfail`` marks the peer's own known failures; the expectation still stands, so xfail cases
are scored (and also reported on their own). ``collected_by_pytest`` false marks 12 cases the
peer's suite never ran; they are scored too, flagged ``collected=False``.

Scoring rules
-------------
Country (cases with ``country`` or ``country !=``). The resolver's code is first put in the
peer's terms: None -> ``""``; a state's ISO3 code stays; an organisation code from
``igos.tsv`` becomes its ``plover_code`` there (``EU`` -> ``EUR``, ``UN``/``WHO``/``ICJ`` ->
``UNO``, ``IMF``/``NATO`` -> ``IGO``), except that non-governmental ones become ``""``: the
peer gives NGOs no country (and codes them by sector ``NGO`` instead). An unknown code with
sector ``IGO`` becomes ``IGO``. Then:

* ``""`` (the text names no country) matches only ``""``: guessing a country is wrong;
* ``IGO``, the peer's generic code, matches any intergovernmental organisation (``IGO``,
  ``UNO``, ``EUR``) and any answer whose sectors include ``IGO``;
* ``UNO``, ``EUR`` and ISO3 codes match only themselves;
* ``country != X`` matches any answer but X (so no answer matches).

First sector (cases with ``code_1``). Our sectors are compared without ``IGO``, which the
peer codes in the country slot, never as a sector; the first remaining one is ours.

* a code (``GOV``, ``MIL``...) matches our first sector; ``code_1 in [...]`` any listed one;
* ``""`` (no sector, e.g. a bare country name) and ``JNK`` (not an actor) match no sector;
* ``UNK`` (an actor of unknown kind) matches no sector or ``UNK``;
* ``????`` (the peer did not know) is not scored.

Known quirks of the file, kept as written: ``test_col_sen_name`` swaps country and code_1
(``LEG``/``COL``, xfail); ``test_date_putin1..3`` ask the same undated "Vladimir Putin" and
expect GOV, GOV and SPY (their dates were lost in extraction), so no resolver gets all three;
test names repeat (``test_cop_list`` ...), so cases are identified by their ``line``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyads import knowledge
from dyads.errors import GoldDataError
from dyads.eval.ngec import ACCURACY_HEADER, Accuracy, accuracy_row, align, count, read_jsonl

METHODS = ("agent_to_code", "short_text_to_agent", "search_nat", "query_wiki")
ResolveActor = Callable[["ActorCase"], tuple[str | None, tuple[str, ...]]]

_IGO_FAMILY = frozenset({"IGO", "UNO", "EUR"})
_NO_SECTOR = frozenset({"", "JNK"})
_UNKNOWN_SECTOR = "UNK"
_UNKNOWN_EXPECTATION = "????"
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y")
# The day an undated case is resolved on (module docstring, "Undated cases").
PEER_TODAY = dt.date(2022, 4, 21)


@dataclass(frozen=True)
class ActorCase:
    """One actor test case: the words, what the peer coder expects, and where it came from.

    ``country`` is an ISO3 code, ``IGO``/``UNO``/``EUR``, ``""`` (the text names no country)
    or None (not tested). ``sector`` is the expected first sector, ``""`` for none, or None
    (not tested); ``sector_alternatives`` holds the others a ``code_1 in`` list accepts.
    ``date`` is the day to resolve the case on: the peer's date, or :data:`PEER_TODAY` when it
    gave none or ``today`` (``dated`` False); None, in a case built by hand, means the run date.
    """

    test: str
    method: str
    text: str
    context: str | None
    date: dt.date | None
    country: str | None
    sector: str | None
    xfail: bool
    country_not: str | None = None
    sector_alternatives: tuple[str, ...] = ()
    wiki: str | None = None
    collected: bool = True
    line: int = 0
    dated: bool = True

    @property
    def scored(self) -> bool:
        """True when the case tests the country or the first sector."""
        return self.tests_country or self.sector is not None

    @property
    def tests_country(self) -> bool:
        """True when the case expects a country, or forbids one."""
        return self.country is not None or self.country_not is not None

    @property
    def accepted_sectors(self) -> tuple[str, ...]:
        """Every first sector that passes: the expected one and its alternatives."""
        return () if self.sector is None else (self.sector, *self.sector_alternatives)


def load_actor_cases(path: Path | str) -> list[ActorCase]:
    """Read the NGEC actor-resolution cases.

    Args:
        path: the JSONL file, e.g. ``default_shared_dir() / NGEC_ACTOR_CASES``.

    Returns:
        The cases in file order, ``query_wiki`` ones included (they are not scored).

    Raises:
        GoldDataError: the file is missing, or a line is malformed (unknown method, bad
            arguments, unreadable date); the message names the file and line.

    Example:
        >>> cases = load_actor_cases(default_shared_dir() / NGEC_ACTOR_CASES)  # doctest: +SKIP
        >>> cases[0].method, cases[0].text, cases[0].country  # doctest: +SKIP
        ('search_nat', 'Great Britain', 'GBR')
    """
    return [_case(record, f"{path}:{line}", line) for line, record in read_jsonl(path)]


def _case(record: dict[str, Any], where: str, line: int) -> ActorCase:
    """One JSONL record -> ActorCase."""
    method = _method(record, where)
    args = _args(record, where)
    return ActorCase(
        test=_string(record.get("test"), "test", where),
        method=method,
        text=args[0],
        context=(args[1] or None) if len(args) > 1 else None,
        date=(_query_date(args[2], where) if len(args) > 2 else None) or PEER_TODAY,
        dated=len(args) > 2 and _query_date(args[2], where) is not None,
        xfail=_flag(record, "xfail", where, default=False),
        collected=_flag(record, "collected_by_pytest", where, default=True),
        line=line,
        **_expectations(method, _expect(record, where), where),
    )


def _method(record: dict[str, Any], where: str) -> str:
    method = record.get("method")
    if method not in METHODS:
        raise GoldDataError(
            f"{where}: unknown method {method!r}; expected one of {', '.join(METHODS)}"
        )
    return str(method)


def _args(record: dict[str, Any], where: str) -> list[str]:
    """The case's 1-3 string arguments: text, context, date."""
    args = record.get("args")
    if not isinstance(args, list) or not 1 <= len(args) <= 3 or not _all_strings(args):
        raise GoldDataError(f"{where}: 'args' must be a list of 1 to 3 strings, got {args!r}")
    return args


def _all_strings(values: list[Any]) -> bool:
    return all(isinstance(value, str) for value in values)


def _expect(record: dict[str, Any], where: str) -> dict[str, Any]:
    expect = record.get("expect")
    if not isinstance(expect, dict):
        raise GoldDataError(f"{where}: 'expect' must be an object, got {expect!r}")
    return expect


def _string(value: Any, field: str, where: str) -> str:
    if not isinstance(value, str):
        raise GoldDataError(f"{where}: {field!r} must be a string, got {value!r}")
    return value


def _optional(expect: dict[str, Any], field: str, where: str) -> str | None:
    """An optional string expectation; absent is None."""
    return None if field not in expect else _string(expect[field], field, where)


def _flag(record: dict[str, Any], field: str, where: str, default: bool) -> bool:
    value = record.get(field, default)
    if not isinstance(value, bool):
        raise GoldDataError(f"{where}: {field!r} must be true or false, got {value!r}")
    return value


def _query_date(value: str, where: str) -> dt.date | None:
    """The peer's query date: "", "today" (any case) -> None; else a calendar date."""
    if value.strip().lower() in ("", "today"):
        return None
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), form).date()
        except ValueError:
            continue
    raise GoldDataError(
        f"{where}: unreadable date {value!r}; expected 'today', YYYY-MM-DD, "
        "'10 May 2015' or 'October 1, 2021'"
    )


def _expectations(method: str, expect: dict[str, Any], where: str) -> dict[str, Any]:
    """The ActorCase fields a method's ``expect`` object sets."""
    if method == "search_nat":
        return {"country": _optional(expect, "ret[0]", where), "sector": None}
    if method == "query_wiki":
        return {"country": None, "sector": None, "wiki": _optional(expect, "title", where)}
    if "ret" in expect and expect["ret"] is None:
        return {"country": "", "sector": ""}
    return {
        "country": _optional(expect, "country", where),
        "country_not": _optional(expect, "country !=", where),
        "wiki": _optional(expect, "wiki", where),
        **_sector_expectation(expect, where),
    }


def _sector_expectation(expect: dict[str, Any], where: str) -> dict[str, Any]:
    """``code_1`` or ``code_1 in [...]`` -> sector and alternatives; ``????`` is untested."""
    options = expect.get("code_1 in")
    if options is not None:
        if not isinstance(options, list) or not options or not _all_strings(options):
            raise GoldDataError(f"{where}: 'code_1 in' must be a list of codes, got {options!r}")
        return {"sector": options[0], "sector_alternatives": tuple(options[1:])}
    sector = _optional(expect, "code_1", where)
    return {"sector": None if sector == _UNKNOWN_EXPECTATION else sector}


@dataclass(frozen=True)
class ActorMiss:
    """One wrong answer: which case, which field, what was expected and what came back."""

    test: str
    line: int
    method: str
    text: str
    field: str
    expected: str
    got: str | None
    xfail: bool

    def to_dict(self) -> dict[str, Any]:
        """The miss as JSON-ready data."""
        return {
            "test": self.test, "line": self.line, "method": self.method, "text": self.text,
            "field": self.field, "expected": self.expected, "got": self.got, "xfail": self.xfail,
        }


@dataclass(frozen=True)
class GroupScore:
    """Country and first-sector accuracy over a group of cases (a method, or the xfail ones)."""

    cases: int = 0
    scored: int = 0
    country: Accuracy = Accuracy()
    sector: Accuracy = Accuracy()

    def __add__(self, other: GroupScore) -> GroupScore:
        return GroupScore(self.cases + other.cases, self.scored + other.scored,
                          self.country + other.country, self.sector + other.sector)

    def to_dict(self) -> dict[str, Any]:
        """Counts and accuracies, JSON-ready."""
        return {"cases": self.cases, "scored": self.scored,
                "country": self.country.to_dict(), "sector": self.sector.to_dict()}


@dataclass(frozen=True)
class ActorReport:
    """Country and first-sector accuracy over the cases, per method, with every miss."""

    total: GroupScore
    by_method: Mapping[str, GroupScore]
    xfail: GroupScore
    misses: tuple[ActorMiss, ...]

    @property
    def country(self) -> Accuracy:
        """Country accuracy over the cases that test the country."""
        return self.total.country

    @property
    def sector(self) -> Accuracy:
        """First-sector accuracy over the cases that test it."""
        return self.total.sector

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (for ``dyads eval --json``)."""
        return {
            "n_cases": self.total.cases,
            "n_scored": self.total.scored,
            "country": self.country.to_dict(),
            "sector": self.sector.to_dict(),
            "by_method": {name: group.to_dict() for name, group in self.by_method.items()},
            "xfail": self.xfail.to_dict(),
            "misses": [miss.to_dict() for miss in self.misses],
        }

    def format_table(self) -> str:
        """An aligned plain-text table: field, correct, total, accuracy."""
        groups = [("", self.total), *((f"{m}:", g) for m, g in self.by_method.items()),
                  ("xfail:", self.xfail)]
        rows = [
            accuracy_row(f"{prefix}{field}", getattr(group, field))
            for prefix, group in groups
            for field in ("country", "sector")
            if not prefix or getattr(group, field).total
        ]
        return align([ACCURACY_HEADER, *rows])


def evaluate_actors(resolve: ResolveActor, cases: Sequence[ActorCase]) -> ActorReport:
    """Resolve every scored case with ``resolve`` and score its country and first sector.

    Args:
        resolve: given a case (text, context, date), returns the actor's code (an ISO3 code,
            an organisation code from ``igos.tsv``, or None) and its sectors, first the main
            one; called only for cases that test something.
        cases: e.g. from :func:`load_actor_cases`; filter them first to score a subset.

    Returns:
        A report with country and first-sector accuracy, overall, per method and over the
        xfail cases, and every miss (rules in the module docstring).

    Example:
        >>> case = ActorCase("t", "agent_to_code", "Egyptian police", None, None, "EGY", "COP",
        ...                  xfail=False)
        >>> report = evaluate_actors(lambda c: ("EGY", ("GOV",)), [case])
        >>> report.country.value, report.sector.value
        (1.0, 0.0)
    """
    by_method: dict[str, GroupScore] = {}
    xfail, misses = GroupScore(), []
    for case in cases:
        group, case_misses = _score_case(case, resolve)
        by_method[case.method] = by_method.get(case.method, GroupScore()) + group
        xfail = xfail + group if case.xfail else xfail
        misses.extend(case_misses)
    ordered = {m: by_method[m] for m in sorted(by_method, key=_method_rank)}
    total = sum(ordered.values(), GroupScore())
    return ActorReport(total=total, by_method=ordered, xfail=xfail, misses=tuple(misses))


def _method_rank(method: str) -> tuple[int, str]:
    return (METHODS.index(method) if method in METHODS else len(METHODS), method)


def _score_case(case: ActorCase, resolve: ResolveActor) -> tuple[GroupScore, list[ActorMiss]]:
    """One case's contribution to the scores, and its misses."""
    if not case.scored:
        return GroupScore(cases=1), []
    code, sectors = resolve(case)
    sectors = tuple(sectors)
    country, sector, misses = Accuracy(), Accuracy(), []
    if case.tests_country:
        country = count(country_matches(case, code, sectors))
        if not country.correct:
            misses.append(_miss(case, "country", _expected_country(case), code))
    if case.sector is not None:
        sector = count(sector_matches(case, sectors))
        if not sector.correct:
            misses.append(_miss(case, "sector", "|".join(case.accepted_sectors), " ".join(sectors)))
    return GroupScore(1, 1, country, sector), misses


def _miss(case: ActorCase, field: str, expected: str, got: str | None) -> ActorMiss:
    return ActorMiss(case.test, case.line, case.method, case.text, field, expected, got, case.xfail)


def _expected_country(case: ActorCase) -> str:
    return case.country if case.country is not None else f"not {case.country_not}"


def country_matches(case: ActorCase, code: str | None, sectors: Iterable[str]) -> bool:
    """Whether a resolved code satisfies the case's country expectation (module docstring).

    Example:
        >>> case = ActorCase("t", "agent_to_code", "the EU", None, None, "EUR", None, False)
        >>> country_matches(case, "EU", ("IGO",))
        True
    """
    sectors = tuple(sectors)
    got = ngec_country(code, sectors)
    if case.country_not is not None and got == case.country_not:
        return False
    if case.country == "IGO":
        return got in _IGO_FAMILY or "IGO" in sectors
    return case.country is None or got == case.country


def sector_matches(case: ActorCase, sectors: Iterable[str]) -> bool:
    """Whether our sectors' first one (``IGO`` left out) satisfies the case's ``code_1``.

    Example:
        >>> case = ActorCase("t", "agent_to_code", "two men", None, None, "", "UNK", False)
        >>> sector_matches(case, ()), sector_matches(case, ("CVL",))
        (True, False)
    """
    ours = [s for s in sectors if s != "IGO"]
    first = ours[0] if ours else ""
    if case.sector in _NO_SECTOR:
        return not ours
    if case.sector == _UNKNOWN_SECTOR:
        return first in ("", _UNKNOWN_SECTOR)
    return first in case.accepted_sectors


def ngec_country(code: str | None, sectors: Iterable[str] = ()) -> str:
    """A resolved code as the peer coder writes a country: ISO3, IGO/UNO/EUR, or "" for none.

    Example:
        >>> ngec_country("WHO"), ngec_country("AMNESTY"), ngec_country(None), ngec_country("FRA")
        ('UNO', '', '', 'FRA')
    """
    if code is None or code == "NGO":
        return ""
    if code in _IGO_FAMILY or code in _state_codes():
        return code
    organisation = _organisation_countries().get(code)
    if organisation is not None:
        return "" if organisation == "NGO" else organisation
    sectors = tuple(sectors)
    if "IGO" in sectors:
        return "IGO"
    return "" if "NGO" in sectors else code


@functools.cache
def _state_codes() -> frozenset[str]:
    """Every ISO3 code ``countries.tsv`` knows."""
    return frozenset(alias.iso3 for alias in knowledge.country_aliases().values())


@functools.cache
def _organisation_countries() -> dict[str, str]:
    """Organisation code -> the peer's country-slot code (IGO, UNO, EUR or NGO)."""
    return {igo.code: igo.plover_code for igo in knowledge.igo_aliases().values()}


__all__ = [
    "ActorCase", "ActorMiss", "ActorReport", "GroupScore", "METHODS", "PEER_TODAY", "ResolveActor",
    "country_matches", "evaluate_actors", "load_actor_cases", "ngec_country", "sector_matches",
]
