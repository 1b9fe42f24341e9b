"""Ingestion: every format, every bad input, stdin, directories, globs and stable ids."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

import dyads.ingest
from dyads.errors import InputError
from dyads.ingest import make_story, read_stories, text_id
from dyads.records import Reject, Story

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DAY = dt.date(2023, 5, 12)
TEXT = "The foreign minister of France met his German counterpart in Berlin."
HTML_BODY = (
    "<p>The foreign minister of France met his German counterpart in Berlin on Tuesday to discuss "
    "the trade agreement between the two countries and the wider European Union.</p>"
    "<p>Both sides said the talks were constructive and would continue next month in Paris.</p>"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a file (creating folders) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def jsonl(*objects: object) -> str:
    """JSON Lines text for the given values."""
    return "".join(json.dumps(o) + "\n" for o in objects)


def html_page(head: str = "") -> str:
    """A small news page; ``head`` adds metadata."""
    return f"<html><head><title>Talks resume</title>{head}</head><body><article>{HTML_BODY}</article></body></html>"


def read(*sources: str | Path, **options: Any) -> list[Story | Reject]:
    """All records from ``read_stories``."""
    return list(read_stories(list(sources), **options))


def only_story(records: list[Story | Reject]) -> Story:
    """The one record, which must be a story."""
    assert len(records) == 1 and isinstance(records[0], Story), records
    return records[0]


def only_reject(records: list[Story | Reject]) -> Reject:
    """The one record, which must be a reject."""
    assert len(records) == 1 and isinstance(records[0], Reject), records
    return records[0]


# Plain text ---------------------------------------------------------------


@pytest.mark.parametrize(
    "content, text",
    [
        ("date 2023-05-12 As China continues.", "As China continues."),
        (" date 2023-05-12 As China continues.", "As China continues."),
        ("\n\t date 2023-05-12\n\nAs China continues.\n", "As China continues.\n"),
        ("Date 2023-05-12 As China continues.", "As China continues."),
        ("date 2023-05-12 Line one.\r\nLine two.\r\n", "Line one.\r\nLine two.\r\n"),
        ("\ufeffdate 2023-05-12 With a byte order mark.", "With a byte order mark."),
    ],
)
def test_text_header(tmp_path: Path, content: str, text: str) -> None:
    path = write(tmp_path, "story.txt", content)
    story = only_story(read(path))
    assert (story.text, story.story_date, story.date_source) == (text, DAY, "header")
    assert story.origin == str(path) and story.story_id == text_id(text)


def test_text_without_header_uses_date_option(tmp_path: Path) -> None:
    story = only_story(read(write(tmp_path, "story.txt", TEXT), date=DAY))
    assert (story.text, story.story_date, story.date_source) == (TEXT, DAY, "option")


def test_text_header_beats_date_option(tmp_path: Path) -> None:
    story = only_story(read(write(tmp_path, "story.txt", "date 2020-01-02 " + TEXT), date=DAY))
    assert (story.story_date, story.date_source) == (dt.date(2020, 1, 2), "header")


def test_text_without_header_uses_mtime(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", TEXT)
    stamp = dt.datetime(2021, 7, 4, 12, 0).timestamp()
    os.utime(path, (stamp, stamp))
    story = only_story(read(path))
    assert (story.story_date, story.date_source) == (dt.date(2021, 7, 4), "mtime")


def test_unknown_extension_is_plain_text(tmp_path: Path) -> None:
    story = only_story(read(write(tmp_path, "story.md", "date 2023-05-12 " + TEXT)))
    assert story.text == TEXT


def test_seed_story() -> None:
    path = SHARED / "seed" / "000_65ba51254759c753.txt"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    story = only_story(read(path))
    assert story.story_date == DAY and story.text.startswith("As China continues")


# Stable ids ---------------------------------------------------------------


def test_same_text_same_id_across_names_and_formats(tmp_path: Path) -> None:
    records = read(
        write(tmp_path, "a.txt", "date 2023-05-12 " + TEXT),
        write(tmp_path, "renamed.txt", "date 2024-01-01\n" + TEXT),
        write(tmp_path, "c.jsonl", jsonl({"text": TEXT, "date": "2023-05-12"})),
    )
    assert {r.story_id for r in records if isinstance(r, Story)} == {text_id(TEXT)}
    assert text_id(TEXT).startswith("sha-") and len(text_id(TEXT)) == 20
    assert text_id(TEXT + " ") != text_id(TEXT)


# JSON Lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    "field, value, day",
    [
        ("published", "2025-03-14", dt.date(2025, 3, 14)),
        ("date", "2025-03-14 20:30:26Z", dt.date(2025, 3, 14)),
        ("pub_date", "2025-03-14T20:30:26+02:00", dt.date(2025, 3, 14)),
        ("story_date", "2025-03-14T23:30:00-05:00", dt.date(2025, 3, 14)),
        ("published", "2025-03-14T20:30:26.123456", dt.date(2025, 3, 14)),
    ],
)
def test_jsonl_date_fields(tmp_path: Path, field: str, value: str, day: dt.date) -> None:
    path = write(tmp_path, "s.jsonl", jsonl({"id": "a1", "text": TEXT, field: value}))
    story = only_story(read(path, date=DAY))
    assert (story.story_date, story.date_source) == (day, "field")


def test_jsonl_story_fields(tmp_path: Path) -> None:
    line = {"id": "a1", "text": TEXT, "published": "2025-03-14", "title": "T", "url": "https://x.org/a",
            "source": "VOA", "section": "ignored"}
    path = write(tmp_path, "s.ndjson", jsonl(line))
    assert only_story(read(path)) == Story(
        story_id="a1", story_date=dt.date(2025, 3, 14), text=TEXT, title="T", url="https://x.org/a",
        source="VOA", origin=f"{path}:1", date_source="field",
    )


@pytest.mark.parametrize(
    "line, story_id",
    [({"id": 42, "text": TEXT, "date": "2023-05-12"}, "42"), ({"text": TEXT, "date": "2023-05-12"}, text_id(TEXT))],
)
def test_jsonl_ids(tmp_path: Path, line: dict[str, object], story_id: str) -> None:
    assert only_story(read(write(tmp_path, "s.jsonl", jsonl(line)))).story_id == story_id


def test_jsonl_missing_date_uses_option(tmp_path: Path) -> None:
    story = only_story(read(write(tmp_path, "s.jsonl", jsonl({"id": "a", "text": TEXT})), date=DAY))
    assert (story.story_date, story.date_source) == (DAY, "option")


def test_jsonl_blank_lines_are_skipped(tmp_path: Path) -> None:
    line = json.dumps({"text": TEXT, "date": "2023-05-12"})
    path = write(tmp_path, "s.jsonl", f"\n{line}\n   \n{line}\r\n\n")
    assert [r.origin for r in read(path)] == [f"{path}:2", f"{path}:4"]


FUTURE = (dt.date.today() + dt.timedelta(days=400)).isoformat()
GOOD = {"id": "a", "text": TEXT, "published": "2023-05-12"}


@pytest.mark.parametrize(
    "line, reason, story_id, words",
    [
        ('{"id": "a", "text": ', "bad-json", None, "not valid JSON"),
        ("[1, 2]", "bad-json", None, "not an object"),
        ('"just a string"', "bad-json", None, "not an object"),
        ("[" * 100_000, "bad-json", None, "nested too deeply"),
        ('{"id": "a", "text": "caf\\udce9", "date": "2023-05-12"}', "undecodable", "a", "lone surrogate \\udce9"),
        (json.dumps({"id": "a", "published": "2023-05-12"}), "missing-field", "a", "no 'text' field"),
        (json.dumps({**GOOD, "text": None}), "missing-field", "a", "no 'text' field"),
        (json.dumps({**GOOD, "text": 5}), "missing-field", "a", "must be a string"),
        (json.dumps({**GOOD, "title": ["x"]}), "missing-field", "a", "'title' must be a string"),
        (json.dumps({**GOOD, "text": ""}), "empty", "a", "empty"),
        (json.dumps({**GOOD, "text": " \n\t"}), "empty", "a", "empty"),
        (json.dumps({"id": "a", "text": TEXT}), "missing-date", "a", "published, date, pub_date, story_date"),
        (json.dumps({**GOOD, "published": "2023-02-30"}), "bad-date", "a", "day is out of range"),
        (json.dumps({**GOOD, "published": "yesterday"}), "bad-date", "a", "'yesterday'"),
        (json.dumps({**GOOD, "published": 20230512}), "bad-date", "a", "not a date string"),
        (json.dumps({**GOOD, "published": "1799-12-31"}), "bad-date", "a", "before 1800"),
        (json.dumps({**GOOD, "published": FUTURE}), "bad-date", "a", "more than a year"),
        (json.dumps({**GOOD, "text": "x" * 101}), "too-long", "a", "101 characters, over the limit of 100"),
    ],
)
def test_jsonl_bad_line_is_rejected_and_reading_goes_on(
    tmp_path: Path, line: str, reason: str, story_id: str | None, words: str
) -> None:
    good = json.dumps(GOOD)
    path = write(tmp_path, "s.jsonl", f"{good}\n{line}\n{good}\n")
    first, bad, last = read(path, max_chars=100)
    assert isinstance(first, Story) and isinstance(last, Story) and last.origin == f"{path}:3"
    assert isinstance(bad, Reject) and (bad.origin, bad.reason, bad.story_id) == (f"{path}:2", reason, story_id)
    assert words in bad.detail


def test_too_long_names_the_setting(tmp_path: Path) -> None:
    reject = only_reject(read(write(tmp_path, "s.txt", "date 2023-05-12 " + "x" * 1500), max_chars=1000))
    assert reject.reason == "too-long" and "1,500" in reject.detail and "max_chars" in reject.detail


def test_jsonl_undecodable_line_is_rejected_with_offset(tmp_path: Path) -> None:
    good = json.dumps(GOOD).encode()
    bad = b'{"text": "caf\xe9", "date": "2023-05-12"}'
    path = write(tmp_path, "s.jsonl", good + b"\n" + bad + b"\n" + good + b"\n")
    first, reject, last = read(path)
    assert isinstance(first, Story) and isinstance(last, Story)
    assert isinstance(reject, Reject) and (reject.origin, reject.reason) == (f"{path}:2", "undecodable")
    assert f"byte offset {len(good) + 1 + bad.index(0xE9)}" in reject.detail


# CSV and TSV ------------------------------------------------------------


@pytest.mark.parametrize("name, sep", [("s.csv", ","), ("s.tsv", "\t")])
def test_delimited(tmp_path: Path, name: str, sep: str) -> None:
    rows = [
        ["id", "text", "published", "title"],
        ["a", '"Line one.\nLine two."', "2025-03-14T20:30:26Z", "T"],
        [],
        ["", '"Second story."', "2025-03-15", ""],
    ]
    path = write(tmp_path, name, "".join(sep.join(row) + "\n" for row in rows))
    first, second = read(path)
    assert first == Story(story_id="a", story_date=dt.date(2025, 3, 14), text="Line one.\nLine two.",
                          title="T", origin=f"{path}:2")
    assert isinstance(second, Story) and second.origin == f"{path}:5"
    assert (second.story_id, second.title) == (text_id("Second story."), None)


def test_csv_long_field_is_read(tmp_path: Path) -> None:
    long_text = "word " * 40_000
    path = write(tmp_path, "s.csv", f"text,date\n{long_text},2023-05-12\n")
    assert only_story(read(path)).text == long_text


@pytest.mark.parametrize(
    "content, origin_suffix, reason, words",
    [
        ("text,date\n,2023-05-12\n", ":2", "empty", "empty"),
        ("text,date\nHello.,\n", ":2", "missing-date", "no date field"),
        ("text,date\nHello.,2023-13-01\n", ":2", "bad-date", "not a valid date"),
        ("id,body,date\na,Hello.,2023-05-12\n", ":1", "missing-field", "no 'text' column"),
        ("text,date\n", "", "empty", "header row but no stories"),
        ("\n\n", "", "empty", "empty"),
        ("text,date\nHello.,2023-05-12\nBad\rcell,2023-05-12\n", ":3", "unsupported", "cannot parse the CSV"),
    ],
)
def test_csv_rejects(tmp_path: Path, content: str, origin_suffix: str, reason: str, words: str) -> None:
    path = write(tmp_path, "s.csv", content)
    reject = [r for r in read(path, max_chars=100) if isinstance(r, Reject)][0]
    assert (reject.origin, reject.reason) == (f"{path}{origin_suffix}", reason)
    assert words in reject.detail


def test_csv_undecodable_stops_the_file(tmp_path: Path) -> None:
    content = b"text,date\nHello.,2023-05-12\nCaf\xe9.,2023-05-12\nMore.,2023-05-12\n"
    first, reject = read(write(tmp_path, "s.csv", content))
    assert isinstance(first, Story) and isinstance(reject, Reject)
    assert (reject.origin, reject.reason) == (f"{tmp_path / 's.csv'}:3", "undecodable")
    assert f"byte offset {content.index(0xE9)}" in reject.detail


# HTML -------------------------------------------------------------------


def test_html_with_metadata(tmp_path: Path) -> None:
    head = ('<meta property="article:published_time" content="2024-02-03T10:00:00Z">'
            '<link rel="canonical" href="https://example.org/talks">')
    story = only_story(read(write(tmp_path, "page.html", html_page(head)), date=DAY))
    assert (story.story_date, story.date_source, story.title) == (dt.date(2024, 2, 3), "field", "Talks resume")
    assert story.url == "https://example.org/talks" and "German counterpart" in story.text


def test_html_without_date_uses_option(tmp_path: Path) -> None:
    story = only_story(read(write(tmp_path, "page.htm", html_page()), date=DAY))
    assert (story.story_date, story.date_source) == (DAY, "option")


@pytest.mark.parametrize(
    "content, reason",
    [
        (html_page(), "missing-date"),
        ("<html><body></body></html>", "empty"),
        ("<html><head><title>Script only</title></head><body><script>var a = 1;</script></body></html>", "empty"),
        ("<html><body><p>   </p></body></html>", "empty"),
    ],
)
def test_html_rejects(tmp_path: Path, content: str, reason: str) -> None:
    path = write(tmp_path, "page.html", content)
    reject = only_reject(read(path))
    assert (reject.origin, reject.reason) == (str(path), reason)


# Bad files --------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, reason, words",
    [
        ("s.txt", "", "empty", "empty"),
        ("s.txt", " \n\t\r\n", "empty", "empty"),
        ("s.txt", "date 2023-05-12   \n", "empty", "empty"),
        ("s.jsonl", "\n  \n", "empty", "empty"),
        ("s.html", "", "empty", "no article text"),
        ("s.txt", b"date 2023-05-12 ab\x00cd", "binary", "NUL byte at offset 18"),
        ("s.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00", "binary", "NUL byte"),
        ("s.txt", b"date 2023-05-12 caf\xe9", "undecodable", "byte 0xe9 at byte offset 19"),
        ("s.txt", b"\xef\xbb\xbfdate 2023-05-12 caf\xe9", "undecodable", "byte offset 22"),
        ("s.txt", "date 2023-02-30 " + TEXT, "bad-date", "date header '2023-02-30'"),
        ("s.txt", "date 1700-01-01 " + TEXT, "bad-date", "before 1800"),
    ],
)
def test_bad_file(tmp_path: Path, name: str, content: str | bytes, reason: str, words: str) -> None:
    path = write(tmp_path, name, content)
    reject = only_reject(read(path, date=DAY))
    assert (reject.origin, reject.reason) == (str(path), reason)
    assert words in reject.detail


def test_binary_after_first_8kb_is_not_sniffed(tmp_path: Path) -> None:
    content = "date 2023-05-12 " + "a" * 9000 + "\0"
    assert only_story(read(write(tmp_path, "s.txt", content))).text.endswith("\0")


def test_missing_path_is_unreadable(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    reject = only_reject(read(missing))
    assert (reject.origin, reject.reason) == (str(missing), "unreadable") and str(missing) in reject.detail


def refuse(self: Path, *args: object, **kwargs: object) -> None:
    """Stand-in for a file system call that is not permitted."""
    raise PermissionError(13, "Permission denied", str(self))


def test_permission_denied_file_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "s.txt", "date 2023-05-12 " + TEXT)
    monkeypatch.setattr(Path, "open", refuse)
    reject = only_reject(read(path))
    assert (reject.origin, reject.reason) == (str(path), "unreadable") and "Permission denied" in reject.detail


def test_permission_denied_directory_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "iterdir", refuse)
    reject = only_reject(read(tmp_path))
    assert (reject.origin, reject.reason) == (str(tmp_path), "unreadable") and "Permission denied" in reject.detail


def test_text_without_any_date_is_rejected() -> None:
    reject = only_reject(list(read_stories(["-"], stdin=io.StringIO(TEXT))))
    assert (reject.origin, reject.reason) == ("<stdin>", "missing-date")
    assert reject.story_id == text_id(TEXT)


# Standard input ---------------------------------------------------------


@pytest.mark.parametrize(
    "content, origins",
    [
        (jsonl(GOOD, GOOD), ["<stdin>:1", "<stdin>:2"]),
        ("  \n" + jsonl(GOOD), ["<stdin>:2"]),
        (html_page(), ["<stdin>"]),
        (" date 2023-05-12 " + TEXT, ["<stdin>"]),
    ],
)
@pytest.mark.parametrize("binary", [False, True])
def test_stdin_format_is_sniffed(content: str, origins: list[str], binary: bool) -> None:
    stream = io.BytesIO(content.encode()) if binary else io.StringIO(content)
    records = list(read_stories(["-"], stdin=stream, date=DAY))
    assert all(isinstance(r, Story) for r in records) and [r.origin for r in records] == origins


class CountingLines(io.TextIOBase):
    """A text stream that counts how many lines have been taken from it."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = iter(lines)
        self.taken = 0

    def read(self, size: int | None = -1, /) -> str:
        return ""  # only read(0) is asked for, to tell text from bytes

    def readline(self, size: int | None = -1, /) -> str:
        self.taken += 1
        return next(self.lines, "")


def test_reading_is_streamed() -> None:
    stream = CountingLines([jsonl({**GOOD, "text": "x" * 5000})] * 100)
    records = read_stories(["-"], stdin=stream)
    assert isinstance(next(records), Story)
    assert stream.taken < 5


# Directories, globs, several sources ------------------------------------


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "date 2023-05-12 B.")
    write(tmp_path, "a/z.jsonl", jsonl({"text": "AZ.", "date": "2023-05-12"}))
    write(tmp_path, "a/deeper/y.csv", "text,date\nAY.,2023-05-12\n")
    write(tmp_path, "a/notes.pdf", b"%PDF\x00")
    write(tmp_path, ".hidden.txt", "date 2023-05-12 Hidden.")
    write(tmp_path, ".git/c.txt", "date 2023-05-12 Hidden.")
    texts = [r.text for r in read(tmp_path) if isinstance(r, Story)]
    assert texts == ["AY.", "AZ.", "B."]


def test_directory_without_stories_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "notes.pdf", b"%PDF")
    reject = only_reject(read(tmp_path))
    assert (reject.origin, reject.reason) == (str(tmp_path), "empty")


@pytest.mark.parametrize(
    "pattern, texts",
    [
        ("*.jsonl", ["A.", "B."]),
        ("**/*.txt", ["C.", "D."]),
        ("**", ["A.", "B.", "C.", "D."]),
    ],
)
def test_glob(tmp_path: Path, pattern: str, texts: list[str]) -> None:
    write(tmp_path, "a.jsonl", jsonl({"text": "A.", "date": "2023-05-12"}))
    write(tmp_path, "b.jsonl", jsonl({"text": "B.", "date": "2023-05-12"}))
    write(tmp_path, "sub/c.txt", "date 2023-05-12 C.")
    write(tmp_path, "sub/more/d.txt", "date 2023-05-12 D.")
    write(tmp_path, "sub/.e.txt", "date 2023-05-12 E.")
    assert sorted(r.text for r in read(f"{tmp_path}/{pattern}") if isinstance(r, Story)) == texts


def test_glob_without_matches_is_rejected(tmp_path: Path) -> None:
    reject = only_reject(read(f"{tmp_path}/*.jsonl"))
    assert reject.reason == "unreadable" and "no story files match" in reject.detail


def test_sources_are_read_in_order_and_bad_ones_do_not_stop_the_rest(tmp_path: Path) -> None:
    first = write(tmp_path, "first.txt", "date 2023-05-12 First.")
    last = write(tmp_path, "last.txt", "date 2023-05-12 Last.")
    records = read(first, tmp_path / "missing.txt", str(last))
    assert [type(r).__name__ for r in records] == ["Story", "Reject", "Story"]


def test_single_path_string_is_one_source(tmp_path: Path) -> None:
    path = write(tmp_path, "s.txt", "date 2023-05-12 " + TEXT)
    assert only_story(list(read_stories(str(path)))).text == TEXT


def test_voa_corpus() -> None:
    corpus = SHARED / "corpora" / "voa_stories.jsonl"
    if not corpus.exists():
        pytest.skip(f"{corpus} is not available")
    records = read(corpus)
    assert len(records) == 89 and all(isinstance(r, Story) for r in records)
    assert len({r.story_id for r in records}) == 89


# make_story and the public names -----------------------------------------


@pytest.mark.parametrize(
    "story_date", ["2022-02-24", "2022-02-24T23:00:00-05:00", dt.date(2022, 2, 24), dt.datetime(2022, 2, 24, 23)]
)
def test_make_story(story_date: dt.date | str) -> None:
    story = make_story("Russia attacked Ukraine.", story_date, title="T")
    assert story == Story(story_id=text_id("Russia attacked Ukraine."), story_date=dt.date(2022, 2, 24),
                          text="Russia attacked Ukraine.", title="T", date_source="option")


@pytest.mark.parametrize(
    "text, story_date, reason",
    [(" ", "2022-02-24", "empty"), ("x" * 11, "2022-02-24", "too-long"), ("Text.", "2022-02-30", "bad-date"),
     ("Text.", dt.date(1700, 1, 1), "bad-date")],
)
def test_make_story_raises_for_bad_input(text: str, story_date: dt.date | str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        make_story(text, story_date, story_id="s1", origin="test", max_chars=10)
    assert (caught.value.reason, caught.value.story_id, caught.value.origin) == (reason, "s1", "test")


def test_public_names() -> None:
    assert sorted(dyads.ingest.__all__) == ["DATE_FIELDS", "FORMATS", "make_story", "read_stories", "text_id"]
    assert all(hasattr(dyads.ingest, name) for name in dyads.ingest.__all__)
