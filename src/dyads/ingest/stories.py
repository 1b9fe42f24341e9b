"""Building checked :class:`Story` records from text and fields, and rejects from errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from dyads.errors import InputError
from dyads.ingest.dates import checked_day, parse_day
from dyads.records import DateSource, Reject, Story

DATE_FIELDS: tuple[str, ...] = ("published", "date", "pub_date", "story_date")
_FALLBACK_NAMES = {"option": "date option", "mtime": "file modification date"}
# JSON can spell lone surrogates (\ud800), which no later stage can encode.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Context:
    """Where a story came from and what applies to it besides its own text."""

    origin: str
    max_chars: int
    fallback_date: dt.date | None = None
    fallback_source: DateSource = "option"

    def at(self, where: int) -> Context:
        """The same context for one line or row of the input."""
        return dataclasses.replace(self, origin=f"{self.origin}:{where}")


def text_id(text: str) -> str:
    """A story id that depends only on the text, so it survives renames."""
    return "sha-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def reject_from(error: InputError) -> Reject:
    """The record of a story that could not be read."""
    return Reject(origin=error.origin, reason=error.reason, detail=error.detail, story_id=error.story_id)


def checked_text(text: str, ctx: Context, story_id: str | None) -> str:
    """``text`` if it is neither empty nor longer than ``max_chars``."""
    if not text.strip():
        raise InputError(ctx.origin, "empty", "the story text is empty or only whitespace", story_id)
    if len(text) > ctx.max_chars:
        raise InputError(
            ctx.origin, "too-long",
            f"the story text is {len(text):,} characters, over the limit of {ctx.max_chars:,}; "
            "raise the max_chars setting or split the story",
            story_id,
        )
    return text


def fallback_day(ctx: Context, story_id: str | None, missing: str) -> tuple[dt.date, DateSource]:
    """The date option (or file date) for a story that has no date of its own."""
    if ctx.fallback_date is None:
        raise InputError(ctx.origin, "missing-date", f"{missing} and no date option was given", story_id)
    what = _FALLBACK_NAMES[ctx.fallback_source]
    return checked_day(ctx.fallback_date, what, ctx.origin, story_id), ctx.fallback_source


def _without_surrogates(value: str, name: str, ctx: Context, story_id: str | None) -> str:
    """``value`` if it is valid Unicode."""
    bad = _SURROGATE.search(value)
    if bad is None:
        return value
    raise InputError(
        ctx.origin, "undecodable",
        f"field {name!r} has a lone surrogate \\u{ord(bad.group()):04x} at character {bad.start()}, "
        "which is not valid Unicode; fix the \\u escape",
        story_id,
    )


def _string_field(fields: Mapping[str, object], name: str, ctx: Context, story_id: str | None) -> str | None:
    """An optional string field; absent, null and empty all mean ``None``."""
    value = fields.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _without_surrogates(value, name, ctx, story_id)
    raise InputError(
        ctx.origin, "missing-field",
        f"field {name!r} must be a string, got {type(value).__name__} {value!r}", story_id,
    )


def _given_id(fields: Mapping[str, object], ctx: Context) -> str | None:
    """The ``id`` field; JSON numbers are accepted as ids too."""
    value = fields.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _string_field(fields, "id", ctx, None)


def _field_text(fields: Mapping[str, object], ctx: Context, story_id: str | None) -> str:
    """The required ``text`` field."""
    if fields.get("text") is None:
        raise InputError(
            ctx.origin, "missing-field",
            f"no 'text' field (fields present: {', '.join(fields) or 'none'})", story_id,
        )
    return checked_text(_string_field(fields, "text", ctx, story_id) or "", ctx, story_id)


def _field_day(fields: Mapping[str, object], ctx: Context, story_id: str) -> tuple[dt.date, DateSource]:
    """The first date field that is set, else the fallback."""
    for name in DATE_FIELDS:
        value = fields.get(name)
        if value is not None and value != "":
            return parse_day(value, f"field {name!r}", ctx.origin, story_id), "field"
    return fallback_day(ctx, story_id, f"no date field ({', '.join(DATE_FIELDS)})")


def story_from_fields(fields: Mapping[str, object], ctx: Context) -> Story:
    """A story from a JSON object or a CSV row."""
    given_id = _given_id(fields, ctx)
    text = _field_text(fields, ctx, given_id)
    story_id = given_id or text_id(text)
    day, date_source = _field_day(fields, ctx, story_id)
    return Story(
        story_id=story_id,
        story_date=day,
        text=text,
        title=_string_field(fields, "title", ctx, story_id),
        url=_string_field(fields, "url", ctx, story_id),
        source=_string_field(fields, "source", ctx, story_id),
        origin=ctx.origin,
        date_source=date_source,
    )


__all__ = ["Context", "DATE_FIELDS", "checked_text", "fallback_day", "reject_from", "story_from_fields", "text_id"]
