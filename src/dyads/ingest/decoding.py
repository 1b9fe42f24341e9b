"""Bytes to text: numbered lines, binary sniffing and UTF-8 checks.

Lines are split on ``\\n`` only and keep their line endings, so the decoded
text is exactly what was in the file (``\\r\\n`` included). Decoding never
fails half-way through a file: invalid bytes are kept as surrogate escapes
and :func:`check_utf8` turns the first one into an ``undecodable`` error
with its byte offset, so a JSON Lines reader can reject one line and go on.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, TextIO, cast

from dyads.errors import InputError

SNIFF_BYTES = 8192
_ESCAPED = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Line:
    """One decoded line, with its 1-based number and the byte offset it starts at."""

    number: int
    offset: int
    text: str


def byte_lines(stream: BinaryIO | TextIO) -> Iterator[bytes]:
    """The stream's lines as bytes, whether it was opened in binary or text mode."""
    if isinstance(stream.read(0), str):
        # Lone surrogates survive the round trip and are reported as undecodable.
        return (line.encode("utf-8", "surrogatepass") for line in cast(TextIO, stream))
    return iter(cast(BinaryIO, stream))


def sniffed(lines: Iterator[bytes], origin: str) -> tuple[bytes, Iterator[bytes]]:
    """The first 8 KB (rejecting binary data) and all the lines, the head included."""
    head_lines: list[bytes] = []
    size = 0
    for data in lines:
        head_lines.append(data)
        size += len(data)
        if size >= SNIFF_BYTES:
            break
    head = b"".join(head_lines)
    nul = head.find(b"\0", 0, SNIFF_BYTES)
    if nul >= 0:
        raise InputError(
            origin, "binary",
            f"NUL byte at offset {nul} in the first {SNIFF_BYTES} bytes: "
            "this is a binary file, not UTF-8 text; pass only .txt, .jsonl, .csv, .tsv or .html",
        )
    return head, itertools.chain(head_lines, lines)


def decoded_lines(raw: Iterable[bytes]) -> Iterator[Line]:
    """Decode lines as UTF-8, dropping a leading byte order mark."""
    offset = 0
    for number, data in enumerate(raw, start=1):
        skip = len(codecs.BOM_UTF8) if number == 1 and data.startswith(codecs.BOM_UTF8) else 0
        yield Line(number, offset + skip, data[skip:].decode("utf-8", "surrogateescape"))
        offset += len(data)


def check_utf8(text: str, offset: int, origin: str) -> None:
    """Raise ``undecodable`` at the first invalid byte of ``text`` (which starts at byte ``offset``)."""
    bad = _ESCAPED.search(text)
    if bad is None:
        return
    at = offset + len(text[: bad.start()].encode("utf-8", "surrogateescape"))
    raise InputError(
        origin, "undecodable",
        f"not valid UTF-8: byte 0x{ord(bad.group()) - 0xDC00:02x} at byte offset {at}; "
        "re-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
    )


def whole_text(lines: Iterable[Line], origin: str) -> str:
    """All lines joined into one checked text."""
    joined = list(lines)
    text = "".join(line.text for line in joined)
    check_utf8(text, joined[0].offset if joined else 0, origin)
    return text


__all__ = ["Line", "SNIFF_BYTES", "byte_lines", "check_utf8", "decoded_lines", "sniffed", "whole_text"]
