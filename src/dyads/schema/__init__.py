"""The JSON Schema of one output line, and a validator that also checks offsets.

The schema (``output.schema.json``, draft 2020-12) pins types and enums of the
line :func:`dyads.records.to_dict` produces. What a schema cannot say, that
every span's ``text`` is ``story_text[start:end]``, :func:`validate_line`
checks too.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, Iterator

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from dyads.errors import SchemaError

SCHEMA_FILE = "output.schema.json"


def load_schema() -> dict[str, Any]:
    """The output schema as a fresh dict.

    Example::

        >>> load_schema()["$defs"]["Event"]["properties"]["type"]["enum"][0]
        'AGREE'
    """
    schema: dict[str, Any] = json.loads(
        resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    )
    return schema


@functools.cache
def _validator() -> Draft202012Validator:
    """The schema validator, built once on first use."""
    return Draft202012Validator(load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate_line(line: dict[str, Any]) -> None:
    """Check one output line against the schema and its offsets against its text.

    Args:
        line: a parsed JSONL line, as :func:`dyads.records.to_dict` gives it.

    Raises:
        SchemaError: naming the story id and the JSON path of the first problem.

    Example::

        >>> validate_line(to_dict(coded))  # returns None when the line is valid
    """
    story_id = _story_id(line)
    error = best_match(_validator().iter_errors(line))
    if error is not None:
        raise SchemaError(story_id, error.json_path, error.message)
    first = next(_offset_problems(line, line["text"], "$"), None)
    if first is not None:
        raise SchemaError(story_id, *first)


def _story_id(line: Any) -> str | None:
    """The line's story id for an error message, or None if it has no string id."""
    story_id = line.get("story_id") if isinstance(line, dict) else None
    return story_id if isinstance(story_id, str) else None


def _is_anchored(node: dict[str, Any]) -> bool:
    """Whether a JSON object is anchored in the text (integer start/end and a text)."""
    return all(_is_int(node.get(k)) for k in ("start", "end")) and isinstance(node.get("text"), str)


def _is_int(value: Any) -> bool:
    """Whether a JSON value is an integer (booleans are not)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _offset_problems(node: Any, story_text: str, path: str) -> Iterator[tuple[str, str]]:
    """Each (path, problem) where an anchored object does not match the story text."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _offset_problems(item, story_text, f"{path}[{i}]")
    elif isinstance(node, dict):
        if _is_anchored(node):
            problem = _span_problem(node, story_text)
            if problem:
                yield path, problem
        for key, value in node.items():
            yield from _offset_problems(value, story_text, f"{path}.{key}")


def _span_problem(node: dict[str, Any], story_text: str) -> str | None:
    """What is wrong with one anchored object's offsets, or None."""
    start, end, text = node["start"], node["end"], node["text"]
    if not start <= end <= len(story_text):
        return f"offsets {start}:{end} are not a range within the {len(story_text)}-char story text"
    if story_text[start:end] != text:
        return f"text {text!r} is not story_text[{start}:{end}] ({story_text[start:end]!r})"
    return None


__all__ = ["load_schema", "validate_line"]
