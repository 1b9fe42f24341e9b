"""Temporal expressions: resolve them against the story date.

An event needs the day it happened, which is often not the day the story was published.
:func:`resolve_expression` turns one expression ("on April 26", "last week") into a
:class:`~dyads.records.DateInfo` range with an honest precision, or ``None``;
:func:`is_point_in_time` tells a date from a duration or an age. This module works on text
alone: finding the expressions in a parse, reading the tense that sets ``past`` and
attaching them to events is the time stage's work (:mod:`dyads.stages.time`).

The rules (each chosen so the answer is a range that contains the truth):

- Year-less dates ("April 26", "in June", "the 15th", "Tuesday") take the most recent
  occurrence on or before the story date when ``past`` is true, else the next one on or after
  it. A day date less than a week on the wrong side of the story date stays in the story's
  year: "May 13" in a story of 12 May is never pushed a whole year away.
- "last Tuesday" is the most recent Tuesday strictly before the story date, "next Tuesday"
  the first strictly after it, "this Tuesday" the Tuesday of the story's Monday-Sunday week.
- "last/this/next week|month|year" are calendar periods (weeks run Monday to Sunday; in a
  story of a Sunday, "last week" is the week ending that Sunday);
  "the past week", "the past few days", "in recent weeks" are windows ending on the story
  date. A window's precision is the smallest unit that holds it (7 days: week, 31: month,
  366: year); a longer one ("the last five years") is ``year``. A count with no "past" or
  "last" ("four years") is a duration, not a date, and resolves to ``None``.
- "over the weekend" is the most recent Saturday-Sunday that starts before the story date;
  "last weekend" the weekend of the previous week. Precision ``week``.
- "earlier this year" runs from 1 January to the story date, precision ``year`` (likewise
  for week and month); "later this month" from the story date to the period's end.
- early/beginning, mid/middle, late/end take a third of a week, month, year or decade (a year
  in months: Jan-Apr, May-Aug, Sep-Dec; a month in days: 1-10, 11-20, 21-end; a decade in
  years: 0-3, 4-6, 7-9) and keep the period's precision. Before a weekday they are part of the day ("late Friday").
- A part of a named day is that day: "the night of March 3", "the early hours of Tuesday" (not
  "the morning of the election", which names no day).
- "N days/weeks/months/years ago" and "N-day-old" are the day that many units back, with
  the unit as precision; a hedge ("about three days ago") coarsens days to ``week``;
  "a few days ago" runs from a week to two days back, precision ``week`` (a vague count
  of a unit spans one of the next larger unit; "the past few days" likewise ends on the
  story date).
- Spans ("from Monday to Wednesday", "between March 3 and March 5", "March 3-5",
  "12-14 May") give a range whose precision is the coarser endpoint's; a year-less end is
  placed on or after the start; a year or month written once applies to both ends.
- "Monday to discuss the deal" is Monday: "to" before words that name no time starts a
  purpose, not a span's end. A possessive is the expression itself ("last year's").
- "Q2 2023" and "March to April" are ranges of whole months: precision ``month``.
- "since March" runs from the start of March to the story date.
- Vague or world-knowledge expressions resolve to ``None``: "recently", seasons (they
  depend on the hemisphere), holidays, "the day before", "before/until/by X" (the event is
  not on X), durations ("three days of clashes").
- Expressions told from another date ("One day earlier", "two days later", "the next day",
  "the previous year", "that day") are counted by :func:`resolve_from` from the date the text
  gave before them, which the time stage finds; days and weeks keep that date's precision. A
  part of the day ("in the morning", "earlier in the day") is of the last day the text gave.

The words (month and weekday names, numbers, relative words, hedges) live in
``dyads/data/temporal.tsv``, read on first use.

Example::

    >>> from datetime import date
    >>> resolve_expression("last week", date(2023, 5, 12))
    DateInfo(start='2023-05-01', end='2023-05-07', precision='week', text='last week')
"""

from __future__ import annotations

import calendar
import csv
import functools
import io
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from dyads.knowledge import KnowledgeError
from dyads.records import DateInfo

__all__ = ["PRECISIONS", "is_part_of_a_day", "is_point_in_time", "is_told_from_another_date",
           "resolve_expression", "resolve_from", "vocabulary"]

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
_GRACE = timedelta(days=7)  # how far a year-less day date may sit on the wrong side


class _Period(NamedTuple):
    start: date
    end: date
    precision: str


@dataclass(frozen=True)
class _Context:
    story: date
    past: bool


_PROBE = _Context(date(2000, 1, 5), True)  # any story date: only whether a text resolves matters


# --------------------------------------------------------------------------- the word lists


@functools.cache
def _words() -> Mapping[str, Mapping[str, str]]:
    """``kind -> phrase -> value`` from ``dyads/data/temporal.tsv``."""
    try:
        text = resources.files("dyads").joinpath("data", "temporal.tsv").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError("dyads/data/temporal.tsv is missing; reinstall dyads") from exc
    table: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        table.setdefault(row["kind"], {})[row["phrase"]] = row["value"] or ""
    return MappingProxyType({kind: MappingProxyType(words) for kind, words in table.items()})


def vocabulary(kind: str) -> Mapping[str, str]:
    """The phrases of one kind in ``temporal.tsv`` and their values.

    Example: ``vocabulary("weekday")["tuesday"]`` -> ``"1"`` (Monday is 0).
    """
    words = _words()
    if kind not in words:
        raise KnowledgeError(f"temporal.tsv has no kind {kind!r}; kinds: {', '.join(sorted(words))}")
    return words[kind]


def _alternation(kind: str) -> str:
    """A regex group matching any phrase of one kind, longest first."""
    phrases = sorted(_words()[kind], key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p) for p in phrases) + ")"


def _number(word: str) -> int:
    return int(word) if word.isdigit() else int(_words()["number"][word])


# --------------------------------------------------------------------------- calendar helpers


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_period(year: int, month: int) -> _Period:
    return _Period(date(year, month, 1), date(year, month, _days_in(year, month)), "month")


def _year_period(year: int) -> _Period:
    return _Period(date(year, 1, 1), date(year, 12, 31), "year")


def _week_period(day: date) -> _Period:
    monday = day - timedelta(days=day.weekday())
    return _Period(monday, monday + timedelta(days=6), "week")


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _days_in(year, month + 1)))


def _shift(day: date, count: int, unit: str) -> date:
    """``day`` moved ``count`` units (negative: back), clamping the day of month."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    return _add_months(day, count * (12 if unit == "year" else 1))


def _coarser(a: str, b: str) -> str:
    return max(a, b, key=PRECISIONS.index)


def _window_precision(start: date, end: date) -> str | None:
    """The smallest unit that holds a window, or None when it is longer than a year."""
    days = (end - start).days + 1
    for precision, limit in (("day", 1), ("week", 7), ("month", 31), ("year", 366)):
        if days <= limit:
            return precision
    return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _yearless_day(month: int, day: int, ctx: _Context) -> date | None:
    """The occurrence of a year-less day date the tense points to (see the module rules)."""
    years = range(ctx.story.year - 8, ctx.story.year + 9)  # wide enough for 29 February
    found = [d for y in years if (d := _day(y, month, day)) is not None]
    if ctx.past:
        return max((d for d in found if d <= ctx.story + _GRACE), default=None)
    return min((d for d in found if d >= ctx.story - _GRACE), default=None)


def _yearless_month(month: int, ctx: _Context) -> int:
    """The year of the most recent (past) or next month of that name; the story's own counts."""
    if ctx.past:
        return ctx.story.year if month <= ctx.story.month else ctx.story.year - 1
    return ctx.story.year if month >= ctx.story.month else ctx.story.year + 1


def _weekday(weekday: int, ctx: _Context, direction: int | None) -> date:
    """A weekday: bare (by tense, the story day included), last, this (week) or next."""
    story = ctx.story
    if direction == 0:
        return _week_period(story).start + timedelta(days=weekday)
    if direction == -1 or (direction is None and ctx.past):
        back = (story.weekday() - weekday) % 7 or (7 if direction == -1 else 0)
        return story - timedelta(days=back)
    ahead = (weekday - story.weekday()) % 7 or (7 if direction == 1 else 0)
    return story + timedelta(days=ahead)


def _year_of(text: str, story: date) -> int:
    """A written year; two digits mean the century that keeps it not far after the story."""
    year = int(text)
    if year >= 100:
        return year
    century = story.year // 100 * 100
    return century + year if century + year <= story.year + 1 else century - 100 + year


# --------------------------------------------------------------------------- rule handlers

_Handler = Callable[[re.Match[str], _Context], "_Period | None"]


def _day_period(day: date | None) -> _Period | None:
    return None if day is None else _Period(day, day, "day")


def _calendar_day(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'March 21, 2023', '21 March', 'Tuesday, May 13'."""
    month = int(_words()["month"][m["month"]])
    day = int(m["day"])
    if m["year"]:
        return _day_period(_day(_year_of(m["year"], ctx.story), month, day))
    return _day_period(_yearless_day(month, day, ctx))


def _iso(m: re.Match[str], ctx: _Context) -> _Period | None:
    return _day_period(_day(int(m["year"]), int(m["month"]), int(m["day"])))


def _numeric(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'13/05/2025' or '05/13/2025': ambiguous orders take the reading nearest the story."""
    year = _year_of(m["year"], ctx.story)
    a, b = int(m["a"]), int(m["b"])
    readings = [d for d in (_day(year, a, b), _day(year, b, a)) if d is not None]
    if ctx.past and any(d <= ctx.story for d in readings):
        readings = [d for d in readings if d <= ctx.story]
    return _day_period(min(readings, key=lambda d: abs(d - ctx.story), default=None))


def _ordinal_day(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'the 15th': the nearest such day of a month, in the tense's direction."""
    day, step = int(m["day"]), (-1 if ctx.past else 1)
    month_start = ctx.story.replace(day=1)
    for months in range(0, 3 * step, step):
        first = _add_months(month_start, months)
        found = _day(first.year, first.month, day)
        if found and (found <= ctx.story + _GRACE if ctx.past else found >= ctx.story - _GRACE):
            return _day_period(found)
    return None


def _month(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'February', 'February 2022'."""
    month = int(_words()["month"][m["month"]])
    year = _year_of(m["year"], ctx.story) if m["year"] else _yearless_month(month, ctx)
    return _month_period(year, month)


def _relative_month(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'last August' (the most recent before the story's month), 'this August', 'next August'."""
    month, direction = int(_words()["month"][m["month"]]), _direction(m["dir"]) or 0
    year = ctx.story.year
    if direction == -1 and month >= ctx.story.month:
        year -= 1
    elif direction == 1 and month <= ctx.story.month:
        year += 1
    return _month_period(year, month)


def _month_of_relative_year(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'January of this year', 'July last year'."""
    month = int(_words()["month"][m["month"]])
    return _month_period(ctx.story.year + (_direction(m["dir"]) or 0), month)


def _year(m: re.Match[str], ctx: _Context) -> _Period | None:
    return _year_period(int(m["year"]))


def _decade(m: re.Match[str], ctx: _Context) -> _Period | None:
    first = int(m["decade"])
    return _Period(date(first, 1, 1), date(first + 9, 12, 31), "year")


def _quarter(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'Q2 2023', 'the second quarter': whole months, precision month."""
    groups = m.groupdict()
    quarter = int(groups["q"]) if groups.get("q") else int(_words()["ordinal"][groups["qword"]])
    if not 1 <= quarter <= 4:
        return None
    first_month = 3 * quarter - 2
    year = _year_of(m["year"], ctx.story) if m["year"] else _yearless_month(first_month, ctx)
    return _Period(date(year, first_month, 1), _month_period(year, first_month + 2).end, "month")


def _direction(word: str | None) -> int | None:
    return None if word is None else int(_words()["direction"][word])


def _weekday_rule(m: re.Match[str], ctx: _Context) -> _Period | None:
    weekday = int(_words()["weekday"][m["weekday"]])
    return _day_period(_weekday(weekday, ctx, _direction(m["dir"])))


def _day_offset(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'yesterday', 'tonight', 'overnight' (the night before into the story day)."""
    first, last = (int(v) for v in _words()["day_offset"][m["word"]].split())
    return _Period(ctx.story + timedelta(days=first), ctx.story + timedelta(days=last), "day")


def _calendar_period(unit: str, day: date) -> _Period:
    if unit == "week":
        return _week_period(day)
    if unit == "month":
        return _month_period(day.year, day.month)
    return _year_period(day.year)


def _relative_period(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'last week', 'this month', 'the previous year', 'next week'; on a Sunday, 'last week' is
    the week ending that day (the week a Sunday paper looks back on)."""
    direction = _direction(m["dir"]) or 0
    if m["unit"] == "week" and direction == -1 and ctx.story.weekday() == 6:
        direction = 0
    return _calendar_period(m["unit"], _shift(ctx.story, direction, m["unit"]))


def _weekend(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'over the weekend' (most recent, by tense), 'last/this/next weekend' (by calendar week)."""
    story = ctx.story
    if m["dir"] in (None, "this past"):
        if ctx.past or m["dir"]:
            saturday = story - timedelta(days=(story.weekday() - 5) % 7 or 7)
        else:
            saturday = story + timedelta(days=(5 - story.weekday()) % 7)
    else:
        direction = _direction(m["dir"]) or 0
        saturday = _week_period(story).start + timedelta(days=5 + 7 * direction)
    return _Period(saturday, saturday + timedelta(days=1), "week")


def _earlier_later(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'earlier this year' -> 1 January..story date; 'later this week' -> story..Sunday."""
    period = _calendar_period(m["unit"], ctx.story)
    if m["when"] == "earlier":
        return _Period(period.start, ctx.story, period.precision)
    return _Period(ctx.story, period.end, period.precision)


def _count(m: re.Match[str]) -> int:
    return _number(m["count"])


def _ago(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'three weeks ago' -> the day 21 days back, precision week."""
    day = _shift(ctx.story, -_count(m), m["unit"])
    precision = "week" if m["hedge"] and m["unit"] == "day" else m["unit"]
    return _Period(day, day, precision)


def _next_unit(unit: str) -> str | None:
    index = PRECISIONS.index(unit) + 1
    return PRECISIONS[index] if index < len(PRECISIONS) else None


def _few_ago(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'a few days ago' -> a week to two days back, precision week (a few weeks: a month...)."""
    unit = m["unit"]
    wider = _next_unit(unit)
    if wider is None:
        return None
    return _Period(_shift(ctx.story, -1, wider), _shift(ctx.story, -2, unit), wider)


def _window(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'the past week', 'the past two weeks', 'the last five years': a window ending on the
    story date; one longer than a year has precision year."""
    if m["count"] in _words()["vague_number"]:
        return _vague_window(m, ctx)
    count = _count(m) if m["count"] else 1
    if count < 1:
        return None
    start = _shift(ctx.story, -count, m["unit"]) + timedelta(days=1)
    return _Period(start, ctx.story, _window_precision(start, ctx.story) or "year")


def _vague_window(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'the past few days', 'in recent weeks': one of the next larger unit, up to the story."""
    wider = _next_unit(m["unit"])
    if wider is None:
        return None
    return _Period(_shift(ctx.story, -1, wider) + timedelta(days=1), ctx.story, wider)


def _age(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'5-day-old' (a truce, a baby): that many units back."""
    day = _shift(ctx.story, -_count(m), m["unit"])
    return _Period(day, day, m["unit"])


def _offset(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'a week before March 10': the anchor moved; days and weeks keep the anchor's precision."""
    anchor = _resolve_anchor(m["anchor"], ctx)
    if anchor is None:
        return None
    count = _count(m) * (-1 if m["rel"] == "before" else 1)
    unit = m["unit"]
    precision = anchor.precision if unit in ("day", "week") else _coarser(anchor.precision, unit)
    return _Period(_shift(anchor.start, count, unit), _shift(anchor.end, count, unit), precision)


def _since(m: re.Match[str], ctx: _Context) -> _Period | None:
    anchor = _resolve_anchor(m["anchor"], ctx)
    if anchor is None or anchor.start > ctx.story:
        return None
    return _Period(anchor.start, ctx.story, anchor.precision)


# The years of a decade's early, mid and late parts: "the early 1960s" is 1960-1963, "the late
# 1920s" 1927-1929 (as the annotation guidelines read them).
_DECADE_THIRDS = ((0, 3), (4, 6), (7, 9))


def _is_decade(period: _Period) -> bool:
    """Whether a period is a whole decade ("the 1990s")."""
    start, end = period.start, period.end
    return start.year % 10 == 0 and (start.month, start.day) == (1, 1) and end == date(start.year + 9, 12, 31)


def _thirds(period: _Period, part: int) -> _Period:
    """One third of a period: months of a year, years of a decade, days 1-10/11-20/21- of a
    month, else by days."""
    start, end = period.start, period.end
    if period.precision == "year" and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) \
            and start.year == end.year:
        first = 4 * part - 3
        return _Period(date(start.year, first, 1), _month_period(start.year, first + 3).end, "year")
    if _is_decade(period):
        first, last = _DECADE_THIRDS[part - 1]
        return _Period(date(start.year + first, 1, 1), date(start.year + last, 12, 31), "year")
    if period.precision == "month" and start.day == 1 and end == _month_period(start.year, start.month).end:
        first = 10 * part - 9
        last = end.day if part == 3 else 10 * part
        return _Period(start.replace(day=first), start.replace(day=last), "month")
    size = ((end - start).days + 1) // 3
    if size == 0:  # a weekend has no thirds
        return period
    first_day = start + timedelta(days=size * (part - 1))
    last_day = end if part == 3 else first_day + timedelta(days=size - 1)
    return _Period(first_day, last_day, period.precision)


_THIS_PERIOD = {"year": "this year", "month": "this month", "week": "this week"}


def _part(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'late last year', 'mid-March', 'beginning of the month'; on a day: part of that day."""
    rest = m["rest"]
    rest = _THIS_PERIOD.get(rest.removeprefix("the "), rest)
    period = _resolve_anchor(rest, ctx)
    if period is None or period.precision == "day":
        return period
    return _thirds(period, int(_words()["period_part"][m["part"]]))


def _week_of_month(m: re.Match[str], ctx: _Context) -> _Period | None:
    """'the first week of June' -> 1-7 June; 'the last week of June' -> 24-30 June."""
    month = _resolve_anchor(m["anchor"], ctx)
    if month is None or month.precision != "month":
        return None
    ordinal = int(_words()["ordinal"][m["ord"]])
    if ordinal == -1:
        return _Period(month.end - timedelta(days=6), month.end, "week")
    first = month.start + timedelta(days=7 * (ordinal - 1))
    if first > month.end:
        return None
    return _Period(first, min(first + timedelta(days=6), month.end), "week")


# --------------------------------------------------------------------------- the grammar


def _pattern(template: str) -> re.Pattern[str]:
    """Compile a rule, expanding <KIND> to the phrases of that kind in the word list."""
    names = {"DAY": r"(?P<day>\d{1,2})(?:st|nd|rd|th)?", "YEAR": r"(?P<year>1[89]\d\d|2[01]\d\d)",
             "COUNT": r"(?P<count>\d{1,3}|" + _alternation("number") + ")",
             "UNIT": r"(?P<unit>day|week|month|year)s?"}

    def expand(match: re.Match[str]) -> str:
        key = match.group(1)
        return names.get(key) or _alternation(key.lower())

    return re.compile(re.sub(r"<([A-Z_]+)>", expand, template))


_RULES: tuple[tuple[str, _Handler], ...] = (
    (r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})", _iso),
    (r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4}|\d{2})", _numeric),
    (r"(?:<WEEKDAY> )?(?:the )?(?P<month><MONTH>) (?:the )?<DAY>(?: <YEAR>)?", _calendar_day),
    (r"(?:<WEEKDAY> )?(?:the )?<DAY> (?:of )?(?P<month><MONTH>)(?: <YEAR>)?", _calendar_day),
    (r"the (?P<day>\d{1,2})(?:st|nd|rd|th)", _ordinal_day),
    (r"(?P<month><MONTH>)(?: of)?(?: <YEAR>)?", _month),
    (r"(?P<dir><DIRECTION>) (?P<month><MONTH>)", _relative_month),
    (r"(?P<month><MONTH>)(?: of)? (?P<dir><DIRECTION>) year", _month_of_relative_year),
    (r"(?:the year )?<YEAR>", _year),
    (r"(?:the )?(?P<decade>1[89]\d0|20\d0)'?s", _decade),
    (r"q(?P<q>[1-4])(?: <YEAR>)?", _quarter),
    (r"(?:the )?(?P<qword><ORDINAL>) quarter(?: of <YEAR>)?", _quarter),
    (r"(?:<DAY_EDGE> )?(?:(?P<dir><DIRECTION>) )?(?P<weekday><WEEKDAY>)(?: <PART_OF_DAY>)?",
     _weekday_rule),
    (r"(?P<word><DAY_OFFSET>)(?: <PART_OF_DAY>)?", _day_offset),
    (r"(?:(?:in|over|during) )?(?:the (?:past|last)|past) (?:(?P<count><VAGUE_NUMBER>|\d{1,3}|"
     r"<NUMBER>) )?<UNIT>", _window),
    (r"(?:the )?(?P<dir><DIRECTION>) (?P<unit>week|month|year)",
     _relative_period),
    (r"(?:(?:over|during|on) )?(?:the )?(?:(?P<dir><DIRECTION>) )?weekend", _weekend),
    (r"(?P<when>earlier|later) (?:this|in the) (?P<unit>week|month|year)", _earlier_later),
    (r"(?:(?P<hedge><HEDGE>) )?<COUNT> <UNIT> ago", _ago),
    (r"(?:<HEDGE> )?<VAGUE_NUMBER> <UNIT> ago", _few_ago),
    (r"(?:(?:in|over|during) )?recent (?P<unit>day|week|month)s", _vague_window),
    (r"<COUNT>-(?P<unit>day|week|month|year)s?-old", _age),
    (r"<COUNT> <UNIT> (?P<rel>before|after) (?P<anchor>.+)", _offset),
    (r"since (?P<anchor>.+)", _since),
    (r"(?:the )?(?P<ord><ORDINAL>) week of (?P<anchor>.+)", _week_of_month),
    (r"(?:the )?(?P<part><PERIOD_PART>)(?: of)? (?P<rest>.+)", _part),
)


@functools.cache
def _compiled() -> tuple[tuple[re.Pattern[str], _Handler], ...]:
    return tuple((_pattern(template), handler) for template, handler in _RULES)


@functools.cache
def _prefix_re() -> re.Pattern[str]:
    return re.compile(r"^(?:" + _alternation("prefix") + r" )+")


_CLOCK = re.compile(
    r"\b(?:(?:at|around|about|approximately|shortly after|shortly before|just after|just before)"
    r" )?(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d{2}|noon|midnight)"
    r"(?:\s*(?:local time|gmt|utc|e[sd]t))?")
_ISO_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?")


def _normalise(text: str) -> str:
    """Lowercase, one space, no clock times, no abbreviation dots or commas."""
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    t = re.sub(r"[\u2010-\u2015]", "-", t)
    t = _ISO_TIME.sub(r"\1", t)
    t = _CLOCK.sub(" ", t)
    t = re.sub(r"(?<=[a-z])\.", "", t)
    t = re.sub(r"\bmid-(?=[a-z0-9])", "mid ", t)
    t = re.sub(r"[,;:!?\"]", " ", t)
    t = re.sub(r"(?: (?:and|or|but))+ *$", "", t)  # NER spans sometimes end on a conjunction
    t = re.sub(r"(?<=[a-z0-9])'s? *$", "", t)  # a possessive: "last year's election"
    return " ".join(t.split()).strip(" .-")


def _resolve_single(text: str, ctx: _Context) -> _Period | None:
    """The first rule that matches the whole text and resolves."""
    for pattern, handler in _compiled():
        match = pattern.fullmatch(text)
        if match:
            period = handler(match, ctx)
            if period is not None:
                return period
    return None


def _resolve_anchor(text: str, ctx: _Context) -> _Period | None:
    """What a rule builds on ('since X', 'late X', 'a week before X'): one expression, no span."""
    return _resolve_single(_prefix_re().sub("", text), ctx)


def _resolve_text(text: str, ctx: _Context) -> _Period | None:
    """A normalised expression: a parenthetical, a single expression or a span."""
    text = _prefix_re().sub("", text)
    part = re.fullmatch(rf"the (?:{_alternation('day_edge')} |small )?(?:hours|{_alternation('part_of_day')}) "
                                   r"of (?P<day>.+)", text)
    if part is not None:
        return _part_of_a_day(part["day"], ctx)
    paren = re.fullmatch(r"(?P<main>[^()]+?) ?\((?P<inner>[^()]+)\)", text)
    if paren:
        return _resolve_parenthetical(paren["main"], paren["inner"], ctx)
    return _resolve_single(text, ctx) or _resolve_span(text, ctx) or _resolve_purpose(text, ctx)


def _part_of_a_day(day: str, ctx: _Context) -> _Period | None:
    """'the night of March 3', 'the early hours of Tuesday': a part of a day is on that day (a
    part of a longer period, "the morning of the election", names no day)."""
    period = _resolve_single(day, ctx)
    return period if period is not None and period.precision == "day" and period.start == period.end else None


_PURPOSE = re.compile(r"(?P<date>.+?) to (?P<rest>[a-z].*)")
_TIME_UNIT = re.compile(r"\b(?:day|week|month|year|weekend|quarter)s?\b|\d")


def _resolve_purpose(text: str, ctx: _Context) -> _Period | None:
    """'Monday to discuss the deal': a date and the purpose after it ('to' + no time words)."""
    match = _PURPOSE.fullmatch(text)
    if match is None or _calendar_word().search(match["rest"]) or _TIME_UNIT.search(match["rest"]):
        return None
    return _resolve_single(match["date"], ctx)


def _resolve_parenthetical(main: str, inner: str, ctx: _Context) -> _Period | None:
    """'yesterday (Friday)': the named weekday nearest the main reading wins."""
    outer, named = _resolve_text(main, ctx), _resolve_text(inner, ctx)
    weekday = _words()["weekday"].get(inner)
    if weekday is not None and outer is not None:
        offset = (int(weekday) - outer.start.weekday() + 3) % 7 - 3
        day = outer.start + timedelta(days=offset)
        return _Period(day, day, "day")
    return named or outer


# --------------------------------------------------------------------------- spans


_SPAN_JOINT = re.compile(r" (?:to|through|thru|until|till) | ?- ?")
_BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


@functools.cache
def _span_shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Day-then-month end, month-then-day start, and any written year."""
    month = _alternation("month")
    return (re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?P<rest>{month}(?: \d{{4}})?)"),
            re.compile(rf"(?P<month>{month}) \d{{1,2}}(?:st|nd|rd|th)?"),
            re.compile(r"\b(?:1[89]|2[01])\d\d\b"))


def _span_joints(text: str) -> Iterator[tuple[str, str]]:
    """Every way to cut a span into its two ends."""
    if text.startswith("between "):
        body = text.removeprefix("between ")
        for m in re.finditer(r" and ", body):
            yield body[: m.start()], body[m.end():]
        return
    body = text.removeprefix("from ")
    for m in _SPAN_JOINT.finditer(body):
        yield body[: m.start()], body[m.end():]


def _fill_in(first: str, last: str) -> tuple[str, str]:
    """Share what is written once: '12-14 May', 'March 15-20', 'March to April 2024'."""
    day_month, month_day, year = _span_shapes()
    tail = day_month.fullmatch(last)
    if _BARE_DAY.fullmatch(first) and tail:
        first = f"{first} {tail['rest']}"
    head = month_day.fullmatch(first)
    if head and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?(?: \d{4})?", last):
        last = f"{head['month']} {last}"
    written = year.search(last)
    if written and not year.search(first) and _resolve_single(f"{first} {written[0]}", _PROBE):
        first = f"{first} {written[0]}"
    return first, last


def _resolve_span(text: str, ctx: _Context) -> _Period | None:
    for first, last in _span_joints(text):
        period = _span(*_fill_in(first, last), ctx)
        if period is not None:
            return period
    return _resolve_days(text, ctx)


_DAYS_JOINT = " and "
_DAYS_APART = 7  # "Monday and Tuesday", not "March 3 and May 9"


def _resolve_days(text: str, ctx: _Context) -> _Period | None:
    """'Wednesday and Thursday', 'March 11 and 12': two days close together, as one range of
    days (an event held over both)."""
    if text.count(_DAYS_JOINT) != 1 or text.startswith("between "):
        return None
    period = _span(*_fill_in(*text.split(_DAYS_JOINT)), ctx)
    if period is None or period.precision != "day" or (period.end - period.start).days > _DAYS_APART:
        return None
    return period


def _span(first: str, last: str, ctx: _Context) -> _Period | None:
    """Both ends resolved; a year-less end that falls before the start moves after it."""
    start = _resolve_single(first, ctx)
    end = _resolve_single(last, ctx) if start else None
    if start is None or end is None:
        return None
    if end.start < start.start:
        end = _resolve_single(last, _Context(start.start, past=False))
        if end is None or end.end < start.start:
            return None
    return _Period(start.start, end.end, _coarser(start.precision, end.precision))


# --------------------------------------------------------------------------- public API


def resolve_expression(text: str, story_date: date, *, past: bool = True) -> DateInfo | None:
    """Resolve one temporal expression against the story date.

    Args:
        text: the expression as written ("on April 26", "last week", "March 3-5").
        story_date: the day the story was published.
        past: whether the expression sits in a past-tense context (see
            :func:`is_past_context`); year-less dates and bare weekdays look back when true
            and forward when false.

    Returns:
        A ``DateInfo`` range with precision ``day``, ``week``, ``month`` or ``year`` and
        ``text`` set to ``text``; ``None`` when the expression is vague, needs world knowledge
        or is not a date. The rules are in the module docstring.

    Example: ``resolve_expression("in June", date(2023, 5, 12))`` ->
    ``DateInfo('2022-06-01', '2022-06-30', 'month', 'in June')``.
    """
    normalised = _normalise(text)
    if not normalised:
        return None
    period = _resolve_text(normalised, _Context(story_date, past))
    if period is None:
        return None
    return DateInfo(period.start.isoformat(), period.end.isoformat(), period.precision, text)


# --------------------------------------------------------------------------- told from another date


def _sequel_period(anchor: _Period, count: int, unit: str) -> _Period:
    """The anchor moved ``count`` units; days and weeks keep the anchor's precision."""
    precision = anchor.precision if unit in ("day", "week") else _coarser(anchor.precision, unit)
    return _Period(_shift(anchor.start, count, unit), _shift(anchor.end, count, unit), precision)


def _adjacent(m: re.Match[str], anchor: _Period) -> _Period | None:
    """'the previous year', 'the following week', 'the next day': the unit next to the anchor's."""
    unit, step = m["unit"], int(_words()["sequel"][m["dir"]])
    if unit == "day":
        return _sequel_period(anchor, step, unit)
    return _calendar_period(unit, _shift(anchor.start if step < 0 else anchor.end, step, unit))


def _counted(m: re.Match[str], anchor: _Period) -> _Period | None:
    """'two days later', 'a week earlier': the anchor moved that many units."""
    return _sequel_period(anchor, _count(m) * int(_words()["sequel"][m["dir"]]), m["unit"])


def _day_beside(m: re.Match[str], anchor: _Period) -> _Period | None:
    """'the day before', 'the day after'."""
    return _sequel_period(anchor, int(_words()["sequel"][m["dir"]]), "day")


def _same(m: re.Match[str], anchor: _Period) -> _Period | None:
    """'that day', 'the same day', 'earlier that day': the anchor itself."""
    return anchor if PRECISIONS.index(anchor.precision) <= PRECISIONS.index(m["unit"]) else None


def _same_day(m: re.Match[str], anchor: _Period) -> _Period | None:
    """'in the morning', 'that evening', 'earlier in the day': a part of the day told before."""
    return anchor if anchor.precision == "day" and anchor.start == anchor.end else None


_Sequel = Callable[[re.Match[str], _Period], "_Period | None"]
_SEQUEL_RULES: tuple[tuple[str, _Sequel], ...] = (
    (r"(?:the )?(?P<dir>previous|preceding) (?P<unit>day|week|month|year)", _adjacent),
    (r"the (?P<dir>following|next) (?P<unit>day|week|month|year)", _adjacent),
    (r"<COUNT> <UNIT> (?P<dir><SEQUEL>)", _counted),
    (r"the day (?P<dir>before|after)", _day_beside),
    (r"(?:(?:earlier|later) )?(?:that|the same) (?P<unit>day|week|month|year)", _same),
    (r"(?:(?:earlier|later) )?(?:(?:in )?the|that) <PART_OF_DAY>", _same_day),
    (r"(?:earlier|later) in the day", _same_day),
)


@functools.cache
def _compiled_sequels() -> tuple[tuple[re.Pattern[str], _Sequel], ...]:
    return tuple((_pattern(template), handler) for template, handler in _SEQUEL_RULES)


def _sequel_match(text: str) -> tuple[re.Match[str], _Sequel] | None:
    normalised = _prefix_re().sub("", _normalise(text))
    for pattern, handler in _compiled_sequels():
        match = pattern.fullmatch(normalised)
        if match:
            return match, handler
    return None


def is_told_from_another_date(text: str) -> bool:
    """Whether an expression counts from a date the text gave before it rather than from the
    story's day: "the previous year", "two days later", "the day before", "that day" (but not
    "last year", "two days ago", "yesterday").

    Example: ``is_told_from_another_date("One day earlier")`` -> ``True``.
    """
    return _sequel_match(text) is not None


def is_part_of_a_day(text: str) -> bool:
    """Whether an expression is a part of a day told before ("in the morning", "earlier in the
    day"), which counts from the last day the text gave, past any longer period told since.

    Example: ``is_part_of_a_day("in the afternoon")`` -> ``True``; ``"that day"`` -> ``False``.
    """
    found = _sequel_match(text)
    return found is not None and found[1] is _same_day


def resolve_from(text: str, anchor: DateInfo) -> DateInfo | None:
    """An expression told from another date (:func:`is_told_from_another_date`), counted from
    ``anchor``, the date the text gave before it; None for any other expression.

    Example: ``resolve_from("One day earlier", DateInfo("2021-04-13", "2021-04-13", "day"))``
    -> ``DateInfo('2021-04-12', '2021-04-12', 'day', 'One day earlier')``; from July 2024,
    "the previous year" is 2023.
    """
    found = _sequel_match(text)
    if found is None:
        return None
    match, handler = found
    start, end = date.fromisoformat(anchor.start), date.fromisoformat(anchor.end)
    period = handler(match, _Period(start, end, anchor.precision if anchor.precision in PRECISIONS else "day"))
    if period is None:
        return None
    return DateInfo(period.start.isoformat(), period.end.isoformat(), period.precision, text)


_AGE = re.compile(r"\d+[- ](?:year|month|week|day)s?[- ]old|\bage[ds]? (?:of )?\d+")


@functools.cache
def _calendar_word() -> re.Pattern[str]:
    """A month, weekday, season, day word or written year: the mention names a time."""
    words = "|".join(_alternation(kind) for kind in ("month", "weekday", "season", "day_offset"))
    return re.compile(rf"\b(?:{words})\b|\b(?:1[89]|2[01])\d\d\b")


def is_point_in_time(text: str) -> bool:
    """Whether an expression names a point or period in time, not a duration or an age.

    Example: ``is_point_in_time("last Tuesday")`` -> ``True``; ``"four years"``,
    ``"65-year-old"`` and ``"the first time"`` -> ``False``.
    """
    normalised = _normalise(text)
    if not normalised or _AGE.search(normalised):
        return False
    if _resolve_text(normalised, _PROBE) is not None or is_told_from_another_date(normalised):
        return True
    return bool(_calendar_word().search(normalised))
