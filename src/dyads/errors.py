"""The one exception hierarchy of dyads.

Messages say what was wrong, name the offending value, and say what to do.
"""

from __future__ import annotations


class DyadsError(Exception):
    """Base class of every error dyads raises on purpose."""


class SettingsError(DyadsError):
    """A setting has an unknown name or an invalid value."""


class InputError(DyadsError):
    """A story cannot be read: names the input and the problem.

    ``reason`` is a short machine-readable code (``empty``, ``binary``,
    ``undecodable``, ``bad-json``, ``missing-field``, ``missing-date``,
    ``bad-date``, ``too-long``, ``unreadable``, ``unsupported``).
    """

    def __init__(self, origin: str, reason: str, detail: str, story_id: str | None = None):
        super().__init__(f"{origin}: {detail}")
        self.origin = origin
        self.reason = reason
        self.detail = detail
        self.story_id = story_id


class ModelError(DyadsError):
    """The spaCy model named in the settings cannot be loaded."""


class StoreError(DyadsError):
    """The database cannot be opened, migrated or written."""


class GoldDataError(DyadsError):
    """A gold-standard file is missing or not in the expected format."""


class SchemaError(DyadsError):
    """An output line does not follow the output schema.

    ``story_id`` names the story (or ``None`` if the line has none) and
    ``path`` is the JSON path of the first problem, e.g. ``$.events[0].type``.
    """

    def __init__(self, story_id: str | None, path: str, problem: str):
        super().__init__(
            f"story {story_id!r}: {path}: {problem}. The line does not follow the dyads output "
            "schema (docs/OUTPUT.md); fix the code that produced it, or re-code the story."
        )
        self.story_id = story_id
        self.path = path
        self.problem = problem
