"""The JSONL form of coded stories: one contract line per story."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, TextIO

from dyads.errors import StoreError
from dyads.records import CodedStory, to_dict


# Characters that str.splitlines() and some JSONL readers take as line breaks
# but json.dumps leaves raw in strings; escaping them keeps one story per line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dump_line(coded: CodedStory) -> str:
    """One story as its JSON contract line (UTF-8 text, no line break inside), without newline."""
    return json.dumps(to_dict(coded), ensure_ascii=False).translate(_LINE_BREAKS)


def write_jsonl(coded: Iterable[CodedStory], dest: str | Path | TextIO) -> int:
    """Write one JSON line per story to a path or an open text file; return the count.

    Stories are written as they come, so a lazy iterable is never held in memory.

    Raises:
        StoreError: if the path cannot be written.

    Example::

        >>> write_jsonl(store.iter_coded(), "out/stories.jsonl")
        120
    """
    if not isinstance(dest, (str, Path)):
        return _write_lines(coded, dest)
    try:
        with open(dest, "w", encoding="utf-8", newline="\n") as f:
            return _write_lines(coded, f)
    except OSError as e:
        raise StoreError(
            f"cannot write {dest}: {e.strerror or e}. Check that its directory exists and is "
            "writable, or choose another output path."
        ) from e


def _write_lines(coded: Iterable[CodedStory], f: TextIO) -> int:
    """Write the lines to an open file; return how many."""
    count = 0
    for story in coded:
        f.write(dump_line(story) + "\n")
        count += 1
    return count
