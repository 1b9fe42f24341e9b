"""Story dates: the ``date YYYY-MM-DD`` header, ISO 8601 fields and the accepted range."""

from __future__ import annotations

import datetime as dt
import re

from dyads.errors import InputError

EARLIEST = dt.date(1800, 1, 1)
# A header is the word "date" and an ISO day before the first sentence, e.g.
# " date 2023-05-12 As China continues ..."; the whitespace after it is not text.
_HEADER = re.compile(r"\s*(?i:date)[ \t]+(\d{4}-\d{2}-\d{2})(?:\s+|\Z)")
_EXAMPLE = "write it like 2023-05-12, 2023-05-12 14:30:00Z or 2023-05-12T14:30:00+02:00"


def latest_date() -> dt.date:
    """The last accepted story date: one year from today."""
    return dt.date.today() + dt.timedelta(days=365)


def checked_day(day: dt.date, what: str, origin: str, story_id: str | None) -> dt.date:
    """``day`` if it is a plausible news date, else a ``bad-date`` error."""
    latest = latest_date()
    if EARLIEST <= day <= latest:
        return day
    raise InputError(
        origin, "bad-date",
        f"{what} {day.isoformat()} is outside the accepted range {EARLIEST} to {latest} "
        "(before 1800 or more than a year from today); fix the date",
        story_id,
    )


def parse_day(value: object, what: str, origin: str, story_id: str | None) -> dt.date:
    """The calendar day of an ISO 8601 date or date-time, as written (no time zone shift)."""
    if not isinstance(value, str):
        raise InputError(
            origin, "bad-date",
            f"{what} is {type(value).__name__} {value!r}, not a date string; {_EXAMPLE}",
            story_id,
        )
    text = value.strip()
    try:
        day = dt.date.fromisoformat(text) if len(text) <= 10 else dt.datetime.fromisoformat(text).date()
    except ValueError as exc:
        raise InputError(
            origin, "bad-date", f"{what} {value!r} is not a valid date ({exc}); {_EXAMPLE}", story_id
        ) from exc
    return checked_day(day, what, origin, story_id)


def split_header(text: str, origin: str) -> tuple[dt.date | None, str]:
    """The header's date (or ``None``) and the story text after the header."""
    match = _HEADER.match(text)
    if match is None:
        return None, text
    return parse_day(match.group(1), "date header", origin, None), text[match.end():]


__all__ = ["EARLIEST", "checked_day", "latest_date", "parse_day", "split_header"]
