"""Temporal expressions: resolution rule by rule (dyads.temporal), mentions and tense in parsed text
(dyads.stages.time).

Every resolution case is relative to one story date, Friday 12 May 2023, unless it names its
own; cases are (expression, past, start, end, precision), ``None`` for no date.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from dyads.nlp import load_model
from dyads.records import DateInfo
from dyads.settings import Settings
from dyads.stages.time import TemporalMention, find_expressions, is_past_context
from dyads.knowledge import KnowledgeError
from dyads import temporal
from dyads.temporal import is_point_in_time, resolve_expression, vocabulary

STORY = date(2023, 5, 12)  # a Friday; its Monday-Sunday week is 8-14 May

Case = tuple[str, bool, str, str, str]

DAYS: list[Case] = [
    ("April 26", True, "2023-04-26", "2023-04-26", "day"),
    ("on April 26", True, "2023-04-26", "2023-04-26", "day"),
    ("April 26th", True, "2023-04-26", "2023-04-26", "day"),
    ("the 26th of April", True, "2023-04-26", "2023-04-26", "day"),
    ("March 21, 2023", True, "2023-03-21", "2023-03-21", "day"),
    ("21 March 2023", True, "2023-03-21", "2023-03-21", "day"),
    ("Tuesday, March 21, 2023", True, "2023-03-21", "2023-03-21", "day"),
    ("2023-03-21", True, "2023-03-21", "2023-03-21", "day"),
    ("2023-03-21T09:15:00Z", True, "2023-03-21", "2023-03-21", "day"),
    ("Sept. 4, 2021", True, "2021-09-04", "2021-09-04", "day"),
    ("25/12/2022", True, "2022-12-25", "2022-12-25", "day"),
    ("12/25/2022", True, "2022-12-25", "2022-12-25", "day"),
    ("the 3rd", True, "2023-05-03", "2023-05-03", "day"),
    ("the 28th", True, "2023-04-28", "2023-04-28", "day"),
    # a day date a few days after the story stays in the story's year, whatever the tense
    ("May 14", True, "2023-05-14", "2023-05-14", "day"),
    ("May 10", False, "2023-05-10", "2023-05-10", "day"),
    ("in June", True, "2022-06-01", "2022-06-30", "month"),
    ("June 20", True, "2022-06-20", "2022-06-20", "day"),
    ("June 20", False, "2023-06-20", "2023-06-20", "day"),
    ("April 26", False, "2024-04-26", "2024-04-26", "day"),
    # a part of a day is on that day
    ("the night of April 26", True, "2023-04-26", "2023-04-26", "day"),
    ("on the morning of Tuesday", True, "2023-05-09", "2023-05-09", "day"),
    ("the early hours of Sunday", True, "2023-05-07", "2023-05-07", "day"),
]

MONTHS_AND_YEARS: list[Case] = [
    ("in February", True, "2023-02-01", "2023-02-28", "month"),
    ("in February", False, "2024-02-01", "2024-02-29", "month"),
    ("February 2022", True, "2022-02-01", "2022-02-28", "month"),
    ("in May", True, "2023-05-01", "2023-05-31", "month"),
    ("in May", False, "2023-05-01", "2023-05-31", "month"),
    ("in 2022", True, "2022-01-01", "2022-12-31", "year"),
    ("2019", True, "2019-01-01", "2019-12-31", "year"),
    ("the 1980s", True, "1980-01-01", "1989-12-31", "year"),
    ("Q1 2023", True, "2023-01-01", "2023-03-31", "month"),
    ("the third quarter", True, "2022-07-01", "2022-09-30", "month"),
    ("mid-March", True, "2023-03-11", "2023-03-20", "month"),
    ("early April", True, "2023-04-01", "2023-04-10", "month"),
    ("late April", True, "2023-04-21", "2023-04-30", "month"),
    ("late 2021", True, "2021-09-01", "2021-12-31", "year"),
    ("mid-2021", True, "2021-05-01", "2021-08-31", "year"),
    ("the first week of April", True, "2023-04-01", "2023-04-07", "week"),
    ("last August", True, "2022-08-01", "2022-08-31", "month"),
    ("last May", True, "2022-05-01", "2022-05-31", "month"),
    ("last April", True, "2023-04-01", "2023-04-30", "month"),
    ("next April", False, "2024-04-01", "2024-04-30", "month"),
    ("January of this year", True, "2023-01-01", "2023-01-31", "month"),
    ("July last year", True, "2022-07-01", "2022-07-31", "month"),
    ("late January and", True, "2023-01-21", "2023-01-31", "month"),
    ("the last week of April", True, "2023-04-24", "2023-04-30", "week"),
]

RELATIVE: list[Case] = [
    ("yesterday", True, "2023-05-11", "2023-05-11", "day"),
    ("yesterday morning", True, "2023-05-11", "2023-05-11", "day"),
    ("today", True, "2023-05-12", "2023-05-12", "day"),
    ("tonight", True, "2023-05-12", "2023-05-12", "day"),
    ("this morning", True, "2023-05-12", "2023-05-12", "day"),
    ("last night", True, "2023-05-11", "2023-05-11", "day"),
    ("overnight", True, "2023-05-11", "2023-05-12", "day"),
    ("tomorrow", False, "2023-05-13", "2023-05-13", "day"),
    ("on Tuesday", True, "2023-05-09", "2023-05-09", "day"),
    ("Tuesday", True, "2023-05-09", "2023-05-09", "day"),
    ("Tuesday", False, "2023-05-16", "2023-05-16", "day"),
    ("Tues.", True, "2023-05-09", "2023-05-09", "day"),
    ("Friday", True, "2023-05-12", "2023-05-12", "day"),
    ("Friday", False, "2023-05-12", "2023-05-12", "day"),
    ("late Friday night", True, "2023-05-12", "2023-05-12", "day"),
    ("around 6:30 a.m. on Wednesday", True, "2023-05-10", "2023-05-10", "day"),
    ("last Friday", True, "2023-05-05", "2023-05-05", "day"),
    ("last Thursday", True, "2023-05-11", "2023-05-11", "day"),
    ("next Friday", False, "2023-05-19", "2023-05-19", "day"),
    ("this Sunday", False, "2023-05-14", "2023-05-14", "day"),
    ("last week", True, "2023-05-01", "2023-05-07", "week"),
    ("this week", True, "2023-05-08", "2023-05-14", "week"),
    ("next week", False, "2023-05-15", "2023-05-21", "week"),
    ("last month", True, "2023-04-01", "2023-04-30", "month"),
    ("this month", True, "2023-05-01", "2023-05-31", "month"),
    ("next month", False, "2023-06-01", "2023-06-30", "month"),
    ("last year", True, "2022-01-01", "2022-12-31", "year"),
    ("the previous year", True, "2022-01-01", "2022-12-31", "year"),
    ("this year", True, "2023-01-01", "2023-12-31", "year"),
    ("earlier this year", True, "2023-01-01", "2023-05-12", "year"),
    ("earlier this week", True, "2023-05-08", "2023-05-12", "week"),
    ("later this month", False, "2023-05-12", "2023-05-31", "month"),
    ("late last year", True, "2022-09-01", "2022-12-31", "year"),
    ("the end of last month", True, "2023-04-21", "2023-04-30", "month"),
    ("early last week", True, "2023-05-01", "2023-05-02", "week"),
    ("over the weekend", True, "2023-05-06", "2023-05-07", "week"),
    ("over the weekend", False, "2023-05-13", "2023-05-14", "week"),
    ("last weekend", True, "2023-05-06", "2023-05-07", "week"),
    ("this weekend", False, "2023-05-13", "2023-05-14", "week"),
    ("two days ago", True, "2023-05-10", "2023-05-10", "day"),
    ("about two days ago", True, "2023-05-10", "2023-05-10", "week"),
    ("three weeks ago", True, "2023-04-21", "2023-04-21", "week"),
    ("a month ago", True, "2023-04-12", "2023-04-12", "month"),
    ("two years ago", True, "2021-05-12", "2021-05-12", "year"),
    ("a few days ago", True, "2023-05-05", "2023-05-10", "week"),
    ("in the past few days", True, "2023-05-06", "2023-05-12", "week"),
    ("the past week", True, "2023-05-06", "2023-05-12", "week"),
    ("in the last week", True, "2023-05-06", "2023-05-12", "week"),
    ("over the past two weeks", True, "2023-04-29", "2023-05-12", "month"),
    ("this past week", True, "2023-05-01", "2023-05-07", "week"),
    ("in recent weeks", True, "2023-04-13", "2023-05-12", "month"),
    ("a week before April 26", True, "2023-04-19", "2023-04-19", "day"),
    ("two days after last Friday", True, "2023-05-07", "2023-05-07", "day"),
    ("since March", True, "2023-03-01", "2023-05-12", "month"),
    ("a 10-day-old truce", True, "", "", ""),  # not a bare expression: no date
    ("10-day-old", True, "2023-05-02", "2023-05-02", "day"),
    ("yesterday (Thursday)", True, "2023-05-11", "2023-05-11", "day"),
    # a window longer than a year is one of years up to the story date (gold guidelines)
    ("the past ten years", True, "2013-05-13", "2023-05-12", "year"),
    ("in the last five years", True, "2018-05-13", "2023-05-12", "year"),
    ("over the past 18 months", True, "2021-11-13", "2023-05-12", "year"),
    # a decade's early, mid and late parts are years 0-3, 4-6 and 7-9
    ("the early 1960s", True, "1960-01-01", "1963-12-31", "year"),
    ("the mid-1990s", True, "1994-01-01", "1996-12-31", "year"),
    ("the late 1920s", True, "1927-01-01", "1929-12-31", "year"),
]

SPANS: list[Case] = [
    ("from Monday to Wednesday", True, "2023-05-08", "2023-05-10", "day"),
    ("Monday through Wednesday", True, "2023-05-08", "2023-05-10", "day"),
    ("Thursday to Tuesday", True, "2023-05-11", "2023-05-16", "day"),
    ("between March 3 and March 5", True, "2023-03-03", "2023-03-05", "day"),
    ("March 3-5", True, "2023-03-03", "2023-03-05", "day"),
    ("March 3\u20135", True, "2023-03-03", "2023-03-05", "day"),
    ("3-5 March", True, "2023-03-03", "2023-03-05", "day"),
    ("March 30 to April 2", True, "2023-03-30", "2023-04-02", "day"),
    ("Dec. 28-30, 2021", True, "2021-12-28", "2021-12-30", "day"),
    ("March to April 2021", True, "2021-03-01", "2021-04-30", "month"),
    ("November to January", True, "2022-11-01", "2023-01-31", "month"),
    ("between July and September", True, "2022-07-01", "2022-09-30", "month"),
    ("January 2020 - March 2021", True, "2020-01-01", "2021-03-31", "month"),
    ("early March to late April", True, "2023-03-01", "2023-04-30", "month"),
    ("mid-March to mid-April 2022", True, "2022-03-11", "2022-04-20", "month"),
    ("late last week to this week", True, "2023-05-05", "2023-05-14", "week"),
    # two days close together, as an event held over both
    ("Wednesday and Thursday", True, "2023-05-10", "2023-05-11", "day"),
    ("March 11 and 12", True, "2023-03-11", "2023-03-12", "day"),
    # "to" and a purpose, not a second date: the date alone
    ("Thursday to sign the accord", True, "2023-05-11", "2023-05-11", "day"),
    ("April 2 to review the grain deal", True, "2023-04-02", "2023-04-02", "day"),
]

BOUNDARIES: list[tuple[str, date, bool, str, str, str]] = [
    # leap years
    ("in February", date(2024, 3, 10), True, "2024-02-01", "2024-02-29", "month"),
    ("last month", date(2024, 3, 10), True, "2024-02-01", "2024-02-29", "month"),
    ("late last month", date(2024, 3, 10), True, "2024-02-21", "2024-02-29", "month"),
    ("February 29", date(2023, 5, 12), True, "2020-02-29", "2020-02-29", "day"),
    ("February 29", date(2023, 5, 12), False, "2024-02-29", "2024-02-29", "day"),
    ("a year ago", date(2024, 2, 29), True, "2023-02-28", "2023-02-28", "year"),
    ("a month ago", date(2023, 3, 31), True, "2023-02-28", "2023-02-28", "month"),
    # year boundaries
    ("last month", date(2023, 1, 9), True, "2022-12-01", "2022-12-31", "month"),
    ("in December", date(2023, 1, 9), True, "2022-12-01", "2022-12-31", "month"),
    ("December 30", date(2023, 1, 9), True, "2022-12-30", "2022-12-30", "day"),
    ("in January", date(2022, 12, 20), False, "2023-01-01", "2023-01-31", "month"),
    ("last week", date(2023, 1, 4), True, "2022-12-26", "2023-01-01", "week"),
    ("next month", date(2022, 12, 20), False, "2023-01-01", "2023-01-31", "month"),
    ("last year", date(2023, 1, 1), True, "2022-01-01", "2022-12-31", "year"),
    ("December 30 to January 2", date(2023, 1, 9), True, "2022-12-30", "2023-01-02", "day"),
    ("Dec 30, 2022", date(2023, 1, 9), True, "2022-12-30", "2022-12-30", "day"),
    ("last Sunday", date(2012, 6, 20), True, "2012-06-17", "2012-06-17", "day"),
    # on a Sunday, "last week" is the week that day ends; the next one starts tomorrow
    ("last week", date(2023, 5, 14), True, "2023-05-08", "2023-05-14", "week"),
    ("next week", date(2023, 5, 14), False, "2023-05-15", "2023-05-21", "week"),
    ("last week", date(2023, 5, 15), True, "2023-05-08", "2023-05-14", "week"),
]

VAGUE = [
    "recently", "soon", "sometime soon", "", "   ", "last summer", "spring 2019", "Christmas",
    "the morning of the election",
    "during Ramadan", "the day before", "that day", "the same day", "four years", "decades",
    "three days of talks", "the first time", "according to officials",
    "Tuesday, officials said", "before March 3", "until Friday", "by the end of the year",
    "a few years ago", "in the coming days", "March 45", "2023-02-30",
    "March 3 and May 9",  # two days far apart are two occasions, not one range
]


def _check(got: DateInfo | None, start: str, end: str, precision: str) -> None:
    if not start:
        assert got is None
        return
    assert got is not None
    assert (got.start, got.end, got.precision) == (start, end, precision)


@pytest.mark.parametrize(("text", "past", "start", "end", "precision"),
                         DAYS + MONTHS_AND_YEARS + RELATIVE + SPANS)
def test_resolves_against_the_story_date(text: str, past: bool, start: str, end: str,
                                         precision: str) -> None:
    _check(resolve_expression(text, STORY, past=past), start, end, precision)


@pytest.mark.parametrize(("text", "story", "past", "start", "end", "precision"), BOUNDARIES)
def test_leap_years_and_year_boundaries(text: str, story: date, past: bool, start: str, end: str,
                                        precision: str) -> None:
    _check(resolve_expression(text, story, past=past), start, end, precision)


@pytest.mark.parametrize("text", VAGUE)
def test_vague_or_unresolvable_expressions_give_none(text: str) -> None:
    assert resolve_expression(text, STORY) is None


def test_the_date_keeps_the_expression_as_written() -> None:
    assert resolve_expression("on April 26", STORY) == DateInfo(
        "2023-04-26", "2023-04-26", "day", "on April 26")


@pytest.mark.parametrize("text", [e for e, *_ in DAYS + MONTHS_AND_YEARS + RELATIVE + SPANS])
@pytest.mark.parametrize("past", [True, False])
def test_every_range_is_ordered_and_precise(text: str, past: bool) -> None:
    got = resolve_expression(text, STORY, past=past)
    if got is not None:
        assert got.start <= got.end
        assert got.precision in ("day", "week", "month", "year")


PIECES = ["last", "next", "this", "past", "the", "of", "in", "on", "since", "between", "and", "to",
          "-", "early", "mid-", "late", "end", "few", "a", "two", "0", "31", "29", "2020", "1990s",
          "May", "February", "Dec.", "Friday", "Sun", "week", "weeks", "month", "year", "ago",
          "before", "after", "weekend", "(Friday)", "yesterday", "Q2", "15th", "5-day-old", "/"]


@given(st.lists(st.sampled_from(PIECES), max_size=6),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_any_text_gives_an_ordered_range_or_none(pieces: list[str], story: date, past: bool) -> None:
    got = resolve_expression(" ".join(pieces), story, past=past)
    if got is not None:
        assert got.start <= got.end
        assert got.precision in ("day", "week", "month", "year")


@pytest.mark.parametrize(("text", "expected"), [
    ("last Tuesday", True), ("in June", True), ("the spring of 2019", True), ("Christmas Day", False),
    ("four years", False), ("65-year-old", False), ("the first time", False), ("", False),
])
def test_points_in_time_are_told_from_durations_and_ages(text: str, expected: bool) -> None:
    assert is_point_in_time(text) is expected


def test_vocabulary_reads_the_word_list_and_names_valid_kinds() -> None:
    assert vocabulary("weekday")["tuesday"] == "1"
    with pytest.raises(KnowledgeError, match="weekday"):
        vocabulary("weekdays")


# --------------------------------------------------------------------------- parsed text


@functools.cache
def nlp() -> Language:
    return load_model(Settings().model)


def mentions(text: str) -> tuple[Doc, list[TemporalMention]]:
    doc = nlp()(text)
    return doc, find_expressions(doc)


def test_mention_attaches_through_its_preposition() -> None:
    doc, found = mentions("The foreign ministers spoke on April 26 about the plan.")
    assert [m.text for m in found] == ["April 26"]
    head = doc[found[0].head_token_index]
    assert head.text == "April" and head.head.text == "on" and head.head.head.text == "spoke"


def test_mentions_are_anchored_in_the_text() -> None:
    text = "Putin will visit Beijing next week, the Kremlin said yesterday."
    doc, found = mentions(text)
    assert [m.text for m in found] == ["next week", "yesterday"]
    for m in found:
        assert text[m.start_char:m.end_char] == m.text
        token = doc[m.head_token_index]
        assert m.start_char <= token.idx < m.end_char


@pytest.mark.parametrize("text", [
    "The talks lasted three days and ended late Friday.",
    "A 65-year-old man was killed on Tuesday.",
    "It was the first time in decades that the leaders met on Tuesday.",
    "The army has fought for four years and attacked again on Tuesday.",
])
def test_durations_and_ages_are_dropped(text: str) -> None:
    _, found = mentions(text)
    assert [m.text for m in found] in (["late Friday"], ["Tuesday"])


def test_span_mention_has_one_head() -> None:
    doc, found = mentions("The summit, held from Monday to Wednesday, ended with a statement.")
    assert [m.text for m in found] == ["Monday to Wednesday"]
    assert doc[found[0].head_token_index].head.text == "held"


def test_since_and_until_are_part_of_the_mention() -> None:
    _, found = mentions("The ceasefire held until Tuesday, and talks have stalled since 2019.")
    assert [m.text for m in found] == ["until Tuesday", "since 2019"]
    assert resolve_expression("until Tuesday", STORY) is None
    assert resolve_expression("since 2019", STORY) == DateInfo(
        "2019-01-01", "2023-05-12", "year", "since 2019")


def test_weekdays_the_ner_missed_are_found() -> None:
    doc = nlp()("Zelenskyy spoke to reporters on Monday and again yesterday.")
    doc.ents = []
    assert [m.text for m in find_expressions(doc)] == ["Monday", "yesterday"]


@pytest.mark.parametrize(("text", "word", "past"), [
    ("The foreign ministers spoke on April 26.", "April", True),
    ("Protesters had gathered on Tuesday.", "Tuesday", True),
    ("Putin will visit Beijing on Tuesday.", "Tuesday", False),
    ("He said talks would resume in February.", "February", False),
    ("The two sides agreed to meet on Tuesday.", "Tuesday", False),
    ("The minister is visiting Kyiv on Tuesday.", "Tuesday", False),
    ("They could have met on Tuesday.", "Tuesday", True),
    ("China on Friday called for a ceasefire.", "Friday", True),
    ("Talks are scheduled for June 3.", "June", False),
    ("The report is due on Tuesday.", "Tuesday", False),
    ("Dozens have been killed since Tuesday.", "Tuesday", True),
])
def test_past_context_follows_the_governing_verb(text: str, word: str, past: bool) -> None:
    doc = nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert is_past_context(token) is past


# --------------------------------------------------------------------------- told from another date

TUESDAY_13 = DateInfo("2021-04-13", "2021-04-13", "day", None)
JULY_2024 = DateInfo("2024-07-01", "2024-07-31", "month", None)


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("One day earlier", TUESDAY_13, ("2021-04-12", "2021-04-12", "day")),
    ("two days later", TUESDAY_13, ("2021-04-15", "2021-04-15", "day")),
    ("the next day", TUESDAY_13, ("2021-04-14", "2021-04-14", "day")),
    ("the day before", TUESDAY_13, ("2021-04-12", "2021-04-12", "day")),
    ("later that day", TUESDAY_13, ("2021-04-13", "2021-04-13", "day")),
    ("the following week", TUESDAY_13, ("2021-04-19", "2021-04-25", "week")),
    ("the previous year", JULY_2024, ("2023-01-01", "2023-12-31", "year")),
    ("that day", JULY_2024, None),  # a month is no day
    # a part of the day is of the day told before
    ("in the morning", TUESDAY_13, ("2021-04-13", "2021-04-13", "day")),
    ("that evening", TUESDAY_13, ("2021-04-13", "2021-04-13", "day")),
    ("earlier in the day", TUESDAY_13, ("2021-04-13", "2021-04-13", "day")),
    ("in the afternoon", JULY_2024, None),
])
def test_an_expression_told_from_another_date_counts_from_it(
        text: str, anchor: DateInfo, expected: tuple[str, str, str] | None) -> None:
    assert temporal.is_told_from_another_date(text)
    found = temporal.resolve_from(text, anchor)
    assert (None if found is None else (found.start, found.end, found.precision)) == expected


@pytest.mark.parametrize("text", ["last year", "two days ago", "yesterday", "next week", "on Tuesday",
                                  "this morning", "Tuesday afternoon"])
def test_expressions_told_from_the_story_day_are_not_told_from_another_date(text: str) -> None:
    assert not temporal.is_told_from_another_date(text)
    assert temporal.resolve_from(text, TUESDAY_13) is None
