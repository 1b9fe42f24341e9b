"""One reader per input format: decoded lines in, stories and rejects out.

A reader raises :class:`InputError` for a problem that ends the whole input
(an empty file, a CSV without a ``text`` column) and yields a :class:`Reject`
for a problem with one story, then carries on with the next.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyads.errors import InputError
from dyads.ingest.dates import parse_day, split_header
from dyads.ingest.decoding import Line, check_utf8, whole_text
from dyads.ingest.stories import Context, checked_text, fallback_day, reject_from, story_from_fields, text_id
from dyads.records import Reject, Story

if TYPE_CHECKING:
    import _csv

Reader = Callable[[Iterator[Line], Context], Iterator[Story | Reject]]

FORMATS: dict[str, str] = {
    ".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html",
}
# The csv module refuses fields over 131,072 characters, fewer than max_chars.
# The limit is process-wide; this only ever raises it.
_CSV_FIELD_LIMIT = 2**31 - 1


def format_for_path(path: Path) -> str:
    """The format named by a file's extension; unknown extensions are plain text."""
    return FORMATS.get(path.suffix.lower(), "text")


def sniff_format(head: bytes) -> str:
    """The format of unnamed input (stdin) from its first non-space character."""
    first = head.removeprefix(codecs.BOM_UTF8).lstrip()[:1]
    return {b"{": "jsonl", b"<": "html"}.get(first, "text")


def _empty_file(origin: str, detail: str = "the file is empty or only whitespace") -> InputError:
    """The error for an input with no stories in it."""
    return InputError(origin, "empty", detail)


def _story_or_reject(make: Callable[[], Story]) -> Story | Reject:
    """Run ``make``; a problem with this story becomes a reject so the next can follow."""
    try:
        return make()
    except InputError as error:
        return reject_from(error)


def read_text(lines: Iterator[Line], ctx: Context) -> Iterator[Story | Reject]:
    """One story from plain text with an optional ``date YYYY-MM-DD`` header."""
    header_day, body = split_header(whole_text(lines, ctx.origin), ctx.origin)
    text = checked_text(body, ctx, None)
    story_id = text_id(text)
    if header_day is None:
        day, date_source = fallback_day(ctx, story_id, "no 'date YYYY-MM-DD' header")
    else:
        day, date_source = header_day, "header"
    yield Story(story_id=story_id, story_date=day, text=text, origin=ctx.origin, date_source=date_source)


def _json_object(text: str, origin: str) -> Mapping[str, object]:
    """The JSON object on one line."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            origin, "bad-json", f"not valid JSON ({exc.msg} at column {exc.colno}); write one object per line"
        ) from exc
    except RecursionError as exc:
        raise InputError(origin, "bad-json", "the JSON is nested too deeply to read") from exc
    if not isinstance(value, dict):
        raise InputError(
            origin, "bad-json", f"a JSON {type(value).__name__}, not an object with 'text' and a date"
        )
    return value


def _jsonl_story(line: Line, ctx: Context) -> Story:
    """The story on one JSON line."""
    check_utf8(line.text, line.offset, ctx.origin)
    return story_from_fields(_json_object(line.text, ctx.origin), ctx)


def read_jsonl(lines: Iterator[Line], ctx: Context) -> Iterator[Story | Reject]:
    """One story per non-blank line of JSON Lines."""
    blank = True
    for line in lines:
        if line.text.strip():
            blank = False
            yield _story_or_reject(partial(_jsonl_story, line, ctx.at(line.number)))
    if blank:
        raise _empty_file(ctx.origin)


def _checked_texts(lines: Iterator[Line], origin: str) -> Iterator[str]:
    """Line texts for the csv module, stopping at the first invalid UTF-8."""
    for line in lines:
        check_utf8(line.text, line.offset, f"{origin}:{line.number}")
        yield line.text


def _records(rows: _csv.Reader, origin: str) -> Iterator[tuple[int, list[str]]]:
    """Non-blank CSV records with the line each starts on."""
    start = 1
    try:
        for row in rows:
            if row:
                yield start, row
            start = rows.line_num + 1
    except csv.Error as exc:
        raise InputError(
            f"{origin}:{start}", "unsupported",
            f"cannot parse the CSV ({exc}); quote fields that contain line breaks",
        ) from exc


def _column_names(header: list[str], origin: str) -> list[str]:
    """The header's column names, which must include ``text``."""
    names = [name.strip() for name in header]
    if "text" not in names:
        raise InputError(
            f"{origin}:1", "missing-field",
            f"the header has no 'text' column (columns: {', '.join(names)}); "
            "name the columns id, text, published, title, url, source",
        )
    return names


def _read_delimited(lines: Iterator[Line], ctx: Context, delimiter: str) -> Iterator[Story | Reject]:
    """One story per row of a CSV or TSV file with a header row."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    records = _records(csv.reader(_checked_texts(lines, ctx.origin), delimiter=delimiter), ctx.origin)
    header = next(records, None)
    if header is None:
        raise _empty_file(ctx.origin)
    names = _column_names(header[1], ctx.origin)
    no_rows = True
    for number, row in records:
        no_rows = False
        yield _story_or_reject(partial(story_from_fields, dict(zip(names, row)), ctx.at(number)))
    if no_rows:
        raise _empty_file(ctx.origin, "the file has a header row but no stories")


def read_csv(lines: Iterator[Line], ctx: Context) -> Iterator[Story | Reject]:
    """Comma-separated values with a header row."""
    return _read_delimited(lines, ctx, ",")


def read_tsv(lines: Iterator[Line], ctx: Context) -> Iterator[Story | Reject]:
    """Tab-separated values with a header row."""
    return _read_delimited(lines, ctx, "\t")


def _html_metadata(html: str) -> dict[str, Any]:
    """Article text and metadata found by trafilatura (empty if it found nothing)."""
    # Imported here because importing trafilatura takes a quarter of a second.
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True)
    if result is None:
        return {}
    # trafilatura 1.x returns a dict, 2.x a Document.
    return result if isinstance(result, dict) else result.as_dict()


def read_html(lines: Iterator[Line], ctx: Context) -> Iterator[Story | Reject]:
    """One story from an HTML page: the article text, title, URL and date."""
    found = _html_metadata(whole_text(lines, ctx.origin))
    if not (found.get("text") or "").strip():
        raise _empty_file(ctx.origin, "no article text could be extracted from the HTML")
    text = checked_text(found["text"], ctx, None)
    story_id = text_id(text)
    if found.get("date"):
        day, date_source = parse_day(found["date"], "HTML date", ctx.origin, story_id), "field"
    else:
        day, date_source = fallback_day(ctx, story_id, "no publication date in the HTML")
    yield Story(
        story_id=story_id, story_date=day, text=text, title=found.get("title") or None,
        url=found.get("url") or None, source=found.get("sitename") or None,
        origin=ctx.origin, date_source=date_source,
    )


READERS: dict[str, Reader] = {
    "text": read_text, "jsonl": read_jsonl, "csv": read_csv, "tsv": read_tsv, "html": read_html,
}

__all__ = ["FORMATS", "READERS", "Reader", "format_for_path", "sniff_format"]
