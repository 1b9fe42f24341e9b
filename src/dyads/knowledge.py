"""The knowledge the event coder reads: verbs, CAMEO->PLOVER, scores, countries, IGOs, agents.

Everything here is data, not code: the tables live as TSV files in ``dyads/data`` (built by
``tools/build_knowledge.py`` from the codebooks credited in ``dyads/data/NOTICE.md``). Each
loader reads its file on first use and caches the result; importing this module reads nothing.

Example::

    >>> from dyads import knowledge
    >>> knowledge.cameo_to_plover("042")
    ('CONSULT', 'visit')
    >>> knowledge.country_aliases()["kyiv"].iso3
    'UKR'
"""

from __future__ import annotations

import csv
import functools
import io
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from dyads.errors import DyadsError

__all__ = [
    "CameoMapping",
    "CountryAlias",
    "IgoAlias",
    "KnowledgeError",
    "LEXICON_VERSION",
    "VerbEntry",
    "agent_sectors",
    "cameo_mapping",
    "cameo_parents",
    "cameo_to_plover",
    "country_aliases",
    "country_name",
    "goldstein",
    "igo_aliases",
    "lexicon_version",
    "normalise_alias",
    "plover_score",
    "quad_class",
    "requires_recipient",
    "verb_lexicon",
    "verb_synsets",
]

_DATA_PACKAGE = "dyads"
_DATA_DIR = "data"


class KnowledgeError(DyadsError):
    """A knowledge file is missing or malformed, or a code is not in it."""


@dataclass(frozen=True)
class VerbEntry:
    """One way a verb codes an event: the verb alone (``pattern == ""``) or with a pattern.

    ``pattern`` is the PETRARCH pattern, lowercased: words after the verb, ``(prep noun)`` for
    prepositional phrases, ``{modifier head}`` for noun phrases, ``&name`` for a synonym set
    (see :func:`verb_synsets`); a pattern with words before the verb is written ``pre * post``.
    ``reverse`` is true when the event runs from the target to the source (the second code of a
    CAMEO ``[A:B]`` pair, e.g. *X visited Y* also gives *Y hosted X*).
    """

    lemma: str
    pattern: str
    cameo: str
    plover_type: str
    plover_mode: str
    source_line: int
    reverse: bool = False
    block: str = ""
    source: str = "CAMEO.2.0"


@dataclass(frozen=True)
class CameoMapping:
    """A CAMEO code's PLOVER event type, mode and context (mode and context may be empty)."""

    cameo: str
    plover_type: str
    plover_mode: str
    context: str
    source: str


@dataclass(frozen=True)
class CountryAlias:
    """A way of naming a state: ``kind`` is name, short-name, abbreviation, demonym, capital,
    seat, prefix or territory; ``ambiguous`` marks aliases that are also common words, person
    or place names elsewhere, or name more than one state; ``sector`` is set for seats of power
    (``GOV``, ``MIL``, ``LEG``) and partially recognised entities (``PRE``)."""

    alias: str
    iso3: str
    kind: str
    ambiguous: bool
    sector: str
    source: str


@dataclass(frozen=True)
class IgoAlias:
    """A way of naming an international organisation; ``code`` is the project's short code."""

    alias: str
    code: str
    name: str
    kind: str
    sector: str
    plover_code: str
    ambiguous: bool
    source: str


def normalise_alias(text: str) -> str:
    """The lookup key for a name: no diacritics, straight apostrophes, lowercase, single spaces,
    no leading "the". Every alias table is keyed by this form, so normalise before looking up.

    Example: ``normalise_alias("The  Élysée")`` -> ``"elysee"``.
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    key = " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split())
    return key[4:] if key.startswith("the ") else key


def cameo_parents(code: str) -> tuple[str, ...]:
    """The code and its ancestors, most specific first: ``"0211"`` -> ``("0211", "021", "02")``."""
    return tuple(code[:end] for end in range(len(code), 1, -1))


def lexicon_version() -> str:
    """The version of the knowledge files (stored in ``dyads/data/VERSION``)."""
    return _version()


def __getattr__(name: str) -> str:
    # LEXICON_VERSION is read lazily so that importing the module does no I/O.
    if name == "LEXICON_VERSION":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _version() -> str:
    return _read_text("VERSION").strip()


def _read_text(name: str) -> str:
    """The text of one data file, or a KnowledgeError saying how to rebuild it."""
    try:
        return resources.files(_DATA_PACKAGE).joinpath(_DATA_DIR, name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError(
            f"knowledge file dyads/data/{name} is missing; "
            "reinstall dyads or run tools/build_knowledge.py"
        ) from exc


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of one TSV data file as dicts keyed by its header."""
    reader = csv.DictReader(io.StringIO(_read_text(name)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return list(reader)


@functools.cache
def verb_lexicon() -> Mapping[str, tuple[VerbEntry, ...]]:
    """Verb entries keyed by lowercase lemma (multiword verbs with spaces: ``"call off"``).

    Example: ``[e.plover_type for e in verb_lexicon()["accuse"] if not e.pattern]``
    -> ``["ACCUSE"]``.
    """
    grouped: dict[str, list[VerbEntry]] = {}
    for row in _rows("verbs.tsv"):
        grouped.setdefault(row["lemma"], []).append(_verb_entry(row))
    return MappingProxyType({lemma: tuple(entries) for lemma, entries in grouped.items()})


def _verb_entry(row: Mapping[str, str]) -> VerbEntry:
    return VerbEntry(
        lemma=row["lemma"],
        pattern=row["pattern"],
        cameo=row["cameo"],
        plover_type=row["plover_type"],
        plover_mode=row["plover_mode"],
        source_line=int(row["source_line"]),
        reverse=row["reverse"] == "1",
        block=row["block"],
        source=row["source"],
    )


@functools.cache
def verb_synsets() -> Mapping[str, tuple[str, ...]]:
    """Synonym sets used in verb patterns: ``"&currency"`` -> ``("money", "dollar", ...)``."""
    grouped: dict[str, list[str]] = {}
    for row in _rows("synsets.tsv"):
        grouped.setdefault(row["synset"], []).append(row["phrase"])
    return MappingProxyType({name: tuple(phrases) for name, phrases in grouped.items()})


@functools.cache
def _cameo_table() -> Mapping[str, CameoMapping]:
    table = {
        row["cameo"]: CameoMapping(
            row["cameo"], row["plover_type"], row["plover_mode"], row["context"], row["source"]
        )
        for row in _rows("cameo_plover.tsv")
    }
    return MappingProxyType(table)


def cameo_mapping(code: str) -> CameoMapping | None:
    """The PLOVER mapping of a CAMEO code, falling back to its parent codes; None if unmapped.

    CAMEO 01 (statements) is not mapped: PLOVER drops it.
    Example: ``cameo_mapping("0234").plover_type`` -> ``"REQUEST"`` (via ``023``).
    """
    table = _cameo_table()
    for candidate in cameo_parents(code):
        if candidate in table:
            return table[candidate]
    return None


def cameo_to_plover(code: str) -> tuple[str, str] | None:
    """``(plover_type, plover_mode)`` for a CAMEO code (mode may be ""), or None if unmapped.

    Example: ``cameo_to_plover("042")`` -> ``("CONSULT", "visit")``.
    """
    mapping = cameo_mapping(code)
    return None if mapping is None else (mapping.plover_type, mapping.plover_mode)


@functools.cache
def _goldstein_table() -> Mapping[str, float]:
    return MappingProxyType({row["cameo"]: float(row["goldstein"]) for row in _rows("goldstein.tsv")})


def goldstein(code: str) -> float | None:
    """The Goldstein conflict-cooperation score (-10..10) of a CAMEO code, with parent fallback.

    Example: ``goldstein("190")`` -> ``-10.0``.
    """
    table = _goldstein_table()
    for candidate in cameo_parents(code):
        if candidate in table:
            return table[candidate]
    return None


@functools.cache
def _plover_scores() -> Mapping[tuple[str, str], tuple[int, float | None]]:
    table = {
        (row["plover_type"], row["mode"]): (
            int(row["quad_class"]),
            float(row["score"]) if row["score"] else None,
        )
        for row in _rows("plover_types.tsv")
    }
    return MappingProxyType(table)


def _type_row(plover_type: str, mode: str = "") -> tuple[int, float | None]:
    scores = _plover_scores()
    if (plover_type, "") not in scores:
        valid = ", ".join(sorted({t for t, _ in scores}))
        raise KnowledgeError(f"unknown PLOVER event type {plover_type!r}; valid types: {valid}")
    return scores.get((plover_type, mode), scores[(plover_type, "")])


def quad_class(plover_type: str) -> int:
    """PLOVER quad class: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.

    Example: ``quad_class("ASSAULT")`` -> ``4``. Raises KnowledgeError for an unknown type.
    """
    return _type_row(plover_type)[0]


def plover_score(plover_type: str, mode: str = "") -> float | None:
    """The PLOVER manual's conflict-cooperation score of a type, or of its mode when given.

    Unknown modes fall back to the type's base score. Example: ``plover_score("CONSULT",
    "visit")`` -> ``4.0``.
    """
    return _type_row(plover_type, mode)[1]


@functools.cache
def _recipient_types() -> frozenset[str]:
    return frozenset(row["plover_type"] for row in _rows("plover_types.tsv")
                     if row["requires_recipient"] == "1")


def requires_recipient(plover_type: str) -> bool:
    """True when the PLOVER manual says events of this type must have a recipient.

    Example: ``requires_recipient("AID")`` -> ``True``; ``requires_recipient("PROTEST")`` ->
    ``False``. Raises KnowledgeError for an unknown type.
    """
    _type_row(plover_type)
    return plover_type in _recipient_types()


@functools.cache
def country_aliases() -> Mapping[str, CountryAlias]:
    """Every way a state is named, keyed by :func:`normalise_alias` form.

    Example: ``country_aliases()["washington"]`` -> ``CountryAlias(iso3="USA", kind="capital", ...)``.
    """
    table = {
        row["alias"]: CountryAlias(
            alias=row["alias"],
            iso3=row["iso3"],
            kind=row["kind"],
            ambiguous=row["ambiguous"] == "1",
            sector=row["sector"],
            source=row["source"],
        )
        for row in _rows("countries.tsv")
    }
    return MappingProxyType(table)


@functools.cache
def _country_names() -> Mapping[str, str]:
    return MappingProxyType({row["iso3"]: row["country"] for row in _rows("countries.tsv")})


def country_name(iso3: str) -> str:
    """The English short name of a state by ISO3 code. Example: ``country_name("UKR")`` -> ``"Ukraine"``.

    Raises KnowledgeError for a code that is not in ``countries.tsv``.
    """
    names = _country_names()
    if iso3 not in names:
        raise KnowledgeError(f"unknown ISO3 code {iso3!r}; countries.tsv has {len(names)} codes")
    return names[iso3]


@functools.cache
def igo_aliases() -> Mapping[str, IgoAlias]:
    """Names of international organisations keyed by :func:`normalise_alias` form.

    Example: ``igo_aliases()["european union"].code`` -> ``"EU"``.
    """
    table = {
        row["alias"]: IgoAlias(
            alias=row["alias"],
            code=row["code"],
            name=row["name"],
            kind=row["kind"],
            sector=row["sector"],
            plover_code=row["plover_code"],
            ambiguous=row["ambiguous"] == "1",
            source=row["source"],
        )
        for row in _rows("igos.tsv")
    }
    return MappingProxyType(table)


@functools.cache
def agent_sectors() -> Mapping[str, tuple[str, ...]]:
    """Generic agent nouns (singular and plural, lowercase) -> PLOVER sector codes.

    Example: ``agent_sectors()["troops"]`` -> ``("MIL",)``;
    ``agent_sectors()["protesters"]`` -> ``("CVL", "OPP")``.
    """
    table = {row["agent"]: tuple(row["sectors"].split()) for row in _rows("agents.tsv")}
    return MappingProxyType(table)
