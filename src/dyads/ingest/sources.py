"""What to read: files, directories, glob patterns and standard input."""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from dyads.ingest.decoding import byte_lines
from dyads.ingest.formats import FORMATS
from dyads.records import Reject

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
_PATTERN_CHARS = frozenset("*?[")
_KNOWN = ", ".join(sorted(FORMATS))


@dataclass(frozen=True)
class Source:
    """One input to read: a file, or standard input when ``path`` is ``None``."""

    origin: str
    path: Path | None = None


def _is_story_file(path: Path) -> bool:
    """A visible file with one of the known extensions."""
    return path.is_file() and not path.name.startswith(".") and path.suffix.lower() in FORMATS


def _walk(directory: Path) -> Iterator[Path | Reject]:
    """Story files under ``directory``, sorted, skipping hidden files and folders."""
    try:
        entries = sorted(directory.iterdir())
    except OSError as exc:
        yield Reject(str(directory), "unreadable", f"cannot list the directory: {exc.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif _is_story_file(entry):
            yield entry


def _directory(directory: Path) -> Iterator[Source | Reject]:
    """Sources for every story file under a directory."""
    found = False
    for item in _walk(directory):
        found = True
        yield item if isinstance(item, Reject) else Source(str(item), item)
    if not found:
        yield Reject(str(directory), "empty", f"the directory has no story files (extensions {_KNOWN})")


def _matches(pattern: str) -> Iterator[Source | Reject]:
    """Sources for the story files a glob pattern matches (``**`` crosses folders)."""
    paths = [Path(p) for p in sorted(glob.glob(pattern, recursive=True))]
    files = [p for p in paths if _is_story_file(p)]
    if not files:
        yield Reject(pattern, "unreadable", f"no story files match the pattern (extensions {_KNOWN})")
    yield from (Source(str(p), p) for p in files)


def _expand(given: str | Path) -> Iterator[Source | Reject]:
    """Sources for one command-line style input."""
    name = str(given)
    path = Path(given)
    if name == STDIN:
        yield Source(STDIN_ORIGIN)
    elif path.is_dir():
        yield from _directory(path)
    elif path.exists():
        yield Source(name, path)
    elif _PATTERN_CHARS & set(name):
        yield from _matches(name)
    else:
        yield Reject(name, "unreadable", f"no such file or directory: {name!r}; check the path")


def expand_sources(sources: Iterable[str | Path] | str | Path) -> Iterator[Source | Reject]:
    """Every source named, directories and patterns expanded, in order."""
    for given in [sources] if isinstance(sources, (str, Path)) else sources:
        yield from _expand(given)


def raw_lines(source: Source, stdin: TextIO | BinaryIO | None) -> Iterator[bytes]:
    """The source's lines as bytes; a file is closed when they run out."""
    if source.path is None:
        yield from byte_lines(stdin if stdin is not None else sys.stdin.buffer)
        return
    with source.path.open("rb") as stream:
        yield from byte_lines(stream)


__all__ = ["STDIN", "STDIN_ORIGIN", "Source", "expand_sources", "raw_lines"]
