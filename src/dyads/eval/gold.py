"""Read the PLOVER gold-standard records into typed gold sentences.

The shipped file (``dyads/data/gold/plover_gsr_cameo.json``, CC BY-SA 4.0, Open Event Data
Alliance) is coded in PLOVER 0.5b1. Reading it maps the old event-type names to the 16
current PLOVER types and fixes known actor-code typos, both through data tables beside it
(``plover_type_renames.tsv``, ``plover_code_typos.tsv``); the file itself is never changed.
"""

from __future__ import annotations

import csv
import functools
import json
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from dyads.errors import GoldDataError
from dyads.records import EVENT_TYPES

PLOVER_GOLD_FILE = "plover_gsr_cameo.json"
_DOCUMENT = "DOCUMENT"
_RECIPROCAL_MARK = "SRC/TAR:"


@dataclass(frozen=True)
class GoldActor:
    """A gold source or target actor: its words, code (ISO3 or IGO/NGO/...) and sector."""

    text: str
    code: str
    sector: str | None = None


@dataclass(frozen=True)
class GoldSentence:
    """One hand-coded sentence with its event type (current PLOVER name) and actors.

    ``reciprocal`` is true when the markup tags the actors ``SRC/TAR``: each acts on the
    others, and they are listed in ``sources`` only.
    """

    id: str
    text: str
    event_type: str
    original_type: str
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]
    reciprocal: bool = False


def load_plover_gold(path: Path | None = None) -> list[GoldSentence]:
    """Read the PLOVER gold-standard sentences, skipping the DOCUMENT record.

    Args:
        path: a ``PLOVER_GSR_CAMEO`` JSON file; ``None`` reads the copy shipped with dyads.

    Returns:
        The sentences in file order, event types mapped to current PLOVER names.

    Raises:
        GoldDataError: the file is missing, not JSON, or a record is malformed; the message
            names the file and the record.

    Example:
        >>> gold = load_plover_gold()
        >>> len(gold), gold[0].event_type
        (322, 'AGREE')
    """
    source = path if path is not None else _gold_resource(PLOVER_GOLD_FILE)
    records = _read_json(source)
    return [
        _sentence(record, f"{source}: record {index}")
        for index, record in enumerate(records)
        if not _is_document(record)
    ]


def _gold_resource(name: str) -> Traversable:
    """A file in the package's ``data/gold`` folder."""
    return resources.files("dyads").joinpath("data", "gold", name)


def _read_json(source: Path | Traversable) -> list[Any]:
    """The top-level JSON list of a gold file."""
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as err:
        raise GoldDataError(
            f"{source}: cannot read the gold file ({err}); pass the path of a "
            "PLOVER_GSR_CAMEO file, or none to use the copy shipped with dyads"
        ) from err
    except json.JSONDecodeError as err:
        raise GoldDataError(f"{source}: not valid JSON ({err})") from err
    if not isinstance(data, list):
        raise GoldDataError(f"{source}: expected a JSON list of records, got {type(data).__name__}")
    return data


def _is_document(record: Any) -> bool:
    """True for the record that documents the file rather than coding a sentence."""
    return isinstance(record, dict) and record.get("event") == _DOCUMENT


def _sentence(record: Any, where: str) -> GoldSentence:
    """One gold record -> GoldSentence; ``where`` names the file and record for errors."""
    if not isinstance(record, dict):
        raise GoldDataError(f"{where}: expected a JSON object, got {type(record).__name__}")
    where = f"{where} ({record.get('id', 'no id')})"
    original = _text_field(record, "event", where)
    return GoldSentence(
        id=_text_field(record, "id", where),
        text=_text_field(record, "text", where),
        event_type=_plover_type(original, where),
        original_type=original,
        sources=_actors(record.get("source"), "source", where),
        targets=_actors(record.get("target"), "target", where),
        reciprocal=_RECIPROCAL_MARK in _markup(record),
    )


def _text_field(record: dict[str, Any], field: str, where: str) -> str:
    """A required non-empty string field of a record."""
    value = record.get(field)
    if not isinstance(value, str) or not value:
        raise GoldDataError(f"{where}: field {field!r} must be a non-empty string, got {value!r}")
    return value


def _plover_type(name: str, where: str) -> str:
    """A gold event-type name -> its current PLOVER type."""
    current = _type_renames().get(name, name)
    if current not in EVENT_TYPES:
        valid = ", ".join(sorted({*EVENT_TYPES, *_type_renames()}))
        raise GoldDataError(f"{where}: unknown event type {name!r}; expected one of {valid}")
    return current


def _actors(value: Any, field: str, where: str) -> tuple[GoldActor, ...]:
    """The actor list of ``source`` or ``target``."""
    # The file writes "no target" as a missing field or "", and once (AGREE-0007) misfiles a
    # context word there; a string never names an actor.
    if value is None or isinstance(value, str):
        return ()
    if not isinstance(value, list):
        raise GoldDataError(f"{where}: {field!r} must be a list of actors, got {value!r}")
    return tuple(_actor(item, field, where) for item in value)


def _actor(item: Any, field: str, where: str) -> GoldActor:
    """One ``{"actorText", "code", "sector"?}`` object."""
    if not isinstance(item, dict):
        raise GoldDataError(f"{where}: each {field!r} actor must be an object, got {item!r}")
    sector = item.get("sector")
    if sector is not None and not isinstance(sector, str):
        raise GoldDataError(f"{where}: {field!r} actor sector must be a string, got {sector!r}")
    code = _text_field(item, "code", f"{where} {field}")
    return GoldActor(
        text=_text_field(item, "actorText", f"{where} {field}"),
        code=_code_typos().get(code, code),
        sector=sector,
    )


def _markup(record: dict[str, Any]) -> str:
    """The marked-up text: ``textInfo.markup``, or ``textInfo`` when it is the string itself."""
    info = record.get("textInfo")
    if isinstance(info, dict):
        info = info.get("markup")
    return info if isinstance(info, str) else ""


@functools.cache
def _type_renames() -> dict[str, str]:
    """Old PLOVER event-type name -> current name, from ``plover_type_renames.tsv``."""
    return _tsv_mapping("plover_type_renames.tsv", "old_type", "plover_type")


@functools.cache
def _code_typos() -> dict[str, str]:
    """Mistyped actor code -> ISO3 code, from ``plover_code_typos.tsv``."""
    return _tsv_mapping("plover_code_typos.tsv", "code", "iso3")


def _tsv_mapping(name: str, key: str, value: str) -> dict[str, str]:
    """Two columns of a shipped TSV table (``#`` lines are comments) as a dict."""
    lines = _gold_resource(name).read_text(encoding="utf-8").splitlines()
    rows = csv.DictReader(
        (line for line in lines if line and not line.startswith("#")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    return {row[key]: row[value] for row in rows}


__all__ = ["GoldActor", "GoldSentence", "PLOVER_GOLD_FILE", "load_plover_gold"]
