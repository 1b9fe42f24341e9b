"""Ingestion: dated news stories from text, JSON Lines, CSV/TSV and HTML.

:func:`read_stories` streams :class:`~dyads.records.Story` records, and a
:class:`~dyads.records.Reject` for every input that cannot be a story, so a
batch run records the problem and moves on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from dyads.errors import InputError
from dyads.ingest.decoding import decoded_lines, sniffed
from dyads.ingest.formats import FORMATS, READERS, format_for_path, sniff_format
from dyads.ingest.sources import Source, expand_sources, raw_lines
from dyads.ingest.dates import parse_day
from dyads.ingest.stories import DATE_FIELDS, Context, reject_from, story_from_fields, text_id
from dyads.records import Reject, Story


def _context(source: Source, story_format: str, date: dt.date | None, max_chars: int) -> Context:
    """What applies to every story of one source; only plain text files fall back to their mtime."""
    if date is not None:
        return Context(source.origin, max_chars, date, "option")
    if story_format == "text" and source.path is not None:
        mtime = dt.date.fromtimestamp(source.path.stat().st_mtime)
        return Context(source.origin, max_chars, mtime, "mtime")
    return Context(source.origin, max_chars)


def _read_source(
    source: Source, date: dt.date | None, max_chars: int, stdin: TextIO | BinaryIO | None
) -> Iterator[Story | Reject]:
    """Stories and rejects from one file or stdin."""
    try:
        head, lines = sniffed(raw_lines(source, stdin), source.origin)
        story_format = sniff_format(head) if source.path is None else format_for_path(source.path)
        ctx = _context(source, story_format, date, max_chars)
        yield from READERS[story_format](decoded_lines(lines), ctx)
    except InputError as error:
        yield reject_from(error)
    except OSError as exc:
        yield Reject(source.origin, "unreadable", f"cannot read the file: {exc.strerror or exc}")


def read_stories(
    sources: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    max_chars: int = 200_000,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Story | Reject]:
    """Read dated news stories, one record at a time.

    Args:
        sources: files, directories (read recursively, sorted, hidden files
            skipped), glob patterns such as ``data/**/*.jsonl`` and ``-`` for
            standard input. The extension picks the format: ``.txt`` (and any
            unknown extension) plain text, ``.jsonl``/``.ndjson`` JSON Lines,
            ``.csv``/``.tsv`` with a header row, ``.html``/``.htm`` a web page.
            Standard input is JSON Lines if it starts with ``{``, HTML if it
            starts with ``<``, plain text otherwise.
        date: the story date for stories that have none of their own (no
            ``date YYYY-MM-DD`` header, no ``published``/``date``/``pub_date``/
            ``story_date`` field, no HTML date). Without it, a plain text file
            falls back to its modification date and other stories are rejected.
        max_chars: the longest story text accepted (the ``max_chars`` setting).
        stdin: the stream to read for ``-``, text or binary (default
            ``sys.stdin``).

    Returns:
        A lazy iterator of :class:`Story` and :class:`Reject` records in input
        order. Files are streamed: a JSON Lines or CSV file is never held in
        memory whole. Nothing is raised for bad input; a reject carries the
        origin (``path``, ``path:line`` or ``path:row``), a reason code
        (``empty``, ``binary``, ``undecodable``, ``bad-json``,
        ``missing-field``, ``missing-date``, ``bad-date``, ``too-long``,
        ``unreadable``, ``unsupported``), a message and the story id if known.

    Example::

        for record in read_stories(["stories/", "extra.jsonl"], date=dt.date(2023, 5, 12)):
            if isinstance(record, Reject):
                print(f"{record.origin}: {record.reason}: {record.detail}")
    """
    for source in expand_sources(sources):
        if isinstance(source, Reject):
            yield source
        else:
            yield from _read_source(source, date, max_chars, stdin)


def make_story(
    text: str,
    story_date: dt.date | str,
    *,
    story_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    origin: str = "",
    max_chars: int = 200_000,
) -> Story:
    """Build one checked story from a string, with the same checks as :func:`read_stories`.

    Args:
        text: the story text, kept exactly as given.
        story_date: a date, or an ISO 8601 string such as ``"2022-02-24"``.
        story_id: the id; by default a hash of the text (``sha-`` and 16 hex digits).
        title, url, source: optional metadata.
        origin: where the story came from, for messages and the output record.
        max_chars: the longest text accepted (the ``max_chars`` setting).

    Returns:
        The :class:`Story`, with ``date_source="option"``.

    Raises:
        InputError: the text is empty or too long, or the date is invalid.

    Example:
        >>> make_story("Russia attacked Ukraine.", "2022-02-24").story_date
        datetime.date(2022, 2, 24)
    """
    if isinstance(story_date, str):
        day = parse_day(story_date, "story date", origin, story_id)
    else:
        day = story_date.date() if isinstance(story_date, dt.datetime) else story_date
    fields = {"id": story_id, "text": text, "title": title, "url": url, "source": source}
    return story_from_fields(fields, Context(origin, max_chars, day, "option"))


__all__ = ["DATE_FIELDS", "FORMATS", "make_story", "read_stories", "text_id"]
