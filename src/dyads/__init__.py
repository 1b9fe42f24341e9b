"""dyads: who did what to whom, who said what, and who stands where, from news stories.

Library first: ``dyads.code(stories)`` streams coded stories; the ``dyads``
command is a thin adapter over these functions. Public names are imported
lazily, so ``import dyads`` stays cheap (spaCy loads on first use).
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__version__ = "0.1.0"

_PUBLIC = {
    "code": "dyads.pipeline", "code_stream": "dyads.pipeline",
    "read_stories": "dyads.ingest", "make_story": "dyads.ingest",
    "Settings": "dyads.settings", "load_settings": "dyads.settings",
    "DyadsError": "dyads.errors", "InputError": "dyads.errors", "ModelError": "dyads.errors",
    "SettingsError": "dyads.errors", "StoreError": "dyads.errors",
    **{name: "dyads.records" for name in (
        "Actor", "CodedStory", "DateInfo", "Event", "Location", "Quote", "Reject", "Span",
        "Stance", "Story", "from_dict", "to_dict")},
}

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'dyads' has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name]), name)


__all__ = sorted([*_PUBLIC, "__version__"])
