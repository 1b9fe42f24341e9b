"""What the NGEC gold sets share: where they live, how their JSONL is read, accuracy counts.

The NGEC sets are cases extracted from a peer coder's test suite (one JSON object a line).
They are not ours to ship: they stay in the shared folder beside the repository and are never
copied into the project. Every loader takes the path of its file; :func:`default_shared_dir`
finds that folder for developers working in a checkout, e.g.::

    shared = default_shared_dir()
    cases = load_actor_cases(shared / NGEC_ACTOR_CASES) if shared else []
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from dyads.errors import GoldDataError

SHARED_ENV = "DYADS_SHARED"
NGEC_ACTOR_CASES = PurePosixPath("gold/ngec/actor_resolution_cases.jsonl")
NGEC_DATE_CASES = PurePosixPath("gold/ngec/date_resolver_cases.jsonl")


def default_shared_dir() -> Path | None:
    """The shared data folder, or None when there is none.

    ``$DYADS_SHARED`` wins when set (None if it names no folder: a wrong setting is not
    silently replaced by a guess); otherwise ``<repo>/../shared`` when dyads runs from a
    source checkout. An installed dyads has no repository, hence no default.

    Example:
        >>> shared = default_shared_dir()
        >>> shared is None or (shared / NGEC_DATE_CASES).name == "date_resolver_cases.jsonl"
        True
    """
    configured = os.environ.get(SHARED_ENV)
    if configured:
        path = Path(configured).expanduser()
        return path if path.is_dir() else None
    root = _checkout_root()
    if root is None or not (root.parent / "shared").is_dir():
        return None
    return root.parent / "shared"


def _checkout_root() -> Path | None:
    """The repository root when this file sits in ``<root>/src/dyads/eval``, else None."""
    root = Path(__file__).resolve().parents[3]
    if (root / "pyproject.toml").is_file() and (root / "src" / "dyads").is_dir():
        return root
    return None


def read_jsonl(path: Path | str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSONL gold file.

    Raises:
        GoldDataError: the file cannot be read, or a line is not a JSON object; the message
            names the file and line.
    """
    source = Path(path)
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise GoldDataError(
            f"{source}: cannot read the gold file ({err}); pass the path of the file, e.g. "
            f"default_shared_dir() / {str(NGEC_ACTOR_CASES)!r}"
        ) from err
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, _json_object(line, f"{source}:{number}")


def _json_object(line: str, where: str) -> dict[str, Any]:
    """One JSONL line, which must hold an object."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldDataError(f"{where}: not valid JSON ({err})") from err
    if not isinstance(value, dict):
        raise GoldDataError(f"{where}: expected a JSON object, got {type(value).__name__}")
    return value


@dataclass(frozen=True)
class Accuracy:
    """How many scored cases a coder got right."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """correct / total, 0.0 when nothing was scored."""
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, float | int]:
        """Counts and ratio, JSON-ready."""
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


def count(hit: bool) -> Accuracy:
    """One scored case: right or wrong."""
    return Accuracy(int(hit), 1)


ACCURACY_HEADER = ("field", "correct", "total", "accuracy")


def accuracy_row(name: str, accuracy: Accuracy) -> tuple[str, ...]:
    """One table row for an accuracy; '-' when nothing was scored."""
    value = f"{accuracy.value:.3f}" if accuracy.total else "-"
    return (name, str(accuracy.correct), str(accuracy.total), value)


def align(rows: Sequence[tuple[str, ...]]) -> str:
    """Rows as text: first column left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:]))])
        for row in rows
    )


__all__ = [
    "ACCURACY_HEADER", "Accuracy", "NGEC_ACTOR_CASES", "NGEC_DATE_CASES", "SHARED_ENV",
    "accuracy_row", "align", "count", "default_shared_dir", "read_jsonl",
]
