"""The offline gazetteer: place names to GeoNames places, and the choice among namesakes.

``dyads/data/gazetteer.tsv`` (built by ``tools/build_gazetteer.py`` from GeoNames data, see
``dyads/data/NOTICE.md``) lists cities of 15,000 people or more, national capitals, states and
territories, continents, US states and a few regions and seas, each with its GeoNames id,
ISO3 country, coordinates and population, under its name and a curated few alternate names.
It is read on first use.

A name often fits several places ("Moscow": Russia's capital and a town in Idaho).
:func:`resolve_place` picks one by, in order of weight: a qualifier written next to it
("Moscow, Idaho"), a US state the story names, a country the story is about (the countries of
its actors and of the places it names unambiguously), then size and kind: capitals, states
and regions before towns, and towns before US states of the same name ("in Washington" is the
capital).

:func:`members_of` reads ``dyads/data/igo_members.tsv``: the member states of a few clubs (the
G7, NATO, the EU) in a given year, so that a meeting of the club counts as one of its members.

Example::

    >>> from dyads.gazetteer import StoryContext, resolve_place
    >>> resolve_place("Moscow").country
    'RUS'
    >>> resolve_place("Moscow", StoryContext(admin1=frozenset({("USA", "ID")}))).admin1
    'ID'
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from dyads.knowledge import KnowledgeError, normalise_alias
from dyads.records import Location

__all__ = ["KINDS", "Place", "StoryContext", "capital_of", "country_of", "is_area", "lookup", "members_of",
           "resolve_place", "score"]

KINDS: tuple[str, ...] = ("city", "capital", "admin1", "region", "country", "continent")
_COLUMNS = ("geonameid", "name", "kind", "country", "admin1", "lat", "lon", "population", "keys")
# Log-population points each kind adds: a name shared by a country and a town is the country;
# a US state loses to a city of its name ("in Washington", "in New York").
_KIND_PRIOR = MappingProxyType({"country": 2.0, "continent": 2.0, "region": 2.0, "capital": 1.5,
                                "city": 0.0, "admin1": -2.0})
_UNKNOWN_SIZE = 6.0  # log10 population assumed for regions and seas
_IN_STORY_COUNTRY = 3.0
_IN_STORY_ADMIN1 = 5.0
_QUALIFIED = 10.0


@dataclass(frozen=True)
class Place:
    """A gazetteer entry. ``kind`` is one of :data:`KINDS`; ``admin1`` is the GeoNames
    first-level division code (US state codes such as ``ID``), empty for areas."""

    geonameid: int | None
    name: str
    kind: str
    country: str | None
    admin1: str
    lat: float | None
    lon: float | None
    population: int | None

    def location(self) -> Location:
        """The place as an event's :class:`~dyads.records.Location`."""
        return Location(self.name, self.geonameid, self.country, self.lat, self.lon)

    @property
    def is_area(self) -> bool:
        """A country, continent, region or US state rather than a town."""
        return self.kind not in ("city", "capital")


@dataclass(frozen=True)
class StoryContext:
    """What a story is about: ISO3 countries and (ISO3, admin1) US states it names."""

    countries: frozenset[str] = frozenset()
    admin1: frozenset[tuple[str, str]] = frozenset()


def _optional_float(text: str) -> float | None:
    return float(text) if text else None


def _place(line: str) -> Place:
    cells = line.split("\t")
    if len(cells) != len(_COLUMNS):
        raise KnowledgeError(f"gazetteer.tsv: malformed row {line[:60]!r}; rebuild it with "
                             "tools/build_gazetteer.py")
    geonameid, name, kind, country, admin1, lat, lon, population, _ = cells
    return Place(int(geonameid) if geonameid else None, name, kind, country or None, admin1,
                 _optional_float(lat), _optional_float(lon), int(population) if population else None)


@functools.cache
def _rows() -> tuple[str, ...]:
    """The gazetteer's data lines (parsed into places only when looked up)."""
    try:
        text = resources.files("dyads").joinpath("data", "gazetteer.tsv").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError("dyads/data/gazetteer.tsv is missing; reinstall dyads or run "
                             "tools/build_gazetteer.py") from exc
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != _COLUMNS:
        raise KnowledgeError(f"gazetteer.tsv must start with the header {'/'.join(_COLUMNS)}; "
                             "rebuild it with tools/build_gazetteer.py")
    return tuple(lines[1:])


@functools.cache
def _index() -> Mapping[str, list[int]]:
    """Lookup key -> the row numbers of the places with that key."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for number, line in enumerate(_rows()):
        for key in line[line.rindex("\t") + 1:].split("|"):
            index[key].append(number)
    return MappingProxyType(dict(index))


@functools.lru_cache(maxsize=4096)
def _row_place(number: int) -> Place:
    return _place(_rows()[number])


def lookup(name: str) -> tuple[Place, ...]:
    """Every place a name can mean (its namesakes), in gazetteer order; () when none.

    Example: ``[p.country for p in lookup("Moscow")]`` -> ``['RUS', 'USA']``.
    """
    return tuple(_row_place(n) for n in _index().get(normalise_alias(name), ()))


@functools.cache
def _capitals() -> Mapping[str, int]:
    """ISO3 -> the row number of the country's capital."""
    found = {}
    for number, line in enumerate(_rows()):
        cells = line.split("\t", 4)
        if cells[2] == "capital" and cells[3]:
            found.setdefault(cells[3], number)
    return MappingProxyType(found)


def capital_of(iso3: str) -> Place | None:
    """The capital of a state by ISO3 code ("the Afghan capital"), or None.

    Example: ``capital_of("AFG").name`` -> ``"Kabul"``.
    """
    number = _capitals().get(iso3)
    return None if number is None else _row_place(number)


@functools.cache
def _countries() -> Mapping[str, int]:
    """ISO3 -> the row number of the country itself (the most populous row of the code: the
    United States, not American Samoa, which PLOVER folds into it)."""
    found: dict[str, tuple[int, int]] = {}
    for number, line in enumerate(_rows()):
        cells = line.split("\t")
        if cells[2] == "country" and cells[3]:
            size = int(cells[7]) if cells[7] else 0
            if size > found.get(cells[3], (-1, 0))[0]:
                found[cells[3]] = (size, number)
    return MappingProxyType({code: number for code, (_, number) in found.items()})


@functools.cache
def _area_ids() -> frozenset[int]:
    """The geonameids of areas: countries, continents, regions, first-level divisions."""
    return frozenset(int(cells[0]) for cells in (line.split("\t", 3) for line in _rows())
                     if cells[0] and cells[2] not in ("city", "capital"))


def is_area(geonameid: int | None) -> bool:
    """The gazetteer entry is an area, not a town (its coordinates are only a point inside it)."""
    return geonameid is not None and geonameid in _area_ids()


def country_of(iso3: str) -> Place | None:
    """The gazetteer entry of a state by ISO3 code ("in the country"), or None.

    Example: ``country_of("CAF").name`` -> ``"Central African Republic"``.
    """
    number = _countries().get(iso3)
    return None if number is None else _row_place(number)


@functools.cache
def _memberships() -> tuple[tuple[str, str, int, int], ...]:
    """(club, member ISO3, first year, last year) rows of ``igo_members.tsv``."""
    try:
        text = resources.files("dyads").joinpath("data", "igo_members.tsv").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError("dyads/data/igo_members.tsv is missing; reinstall dyads") from exc
    rows = []
    for line in text.splitlines():
        if line.startswith(("#", "igo\t")):
            continue
        club, member, joined, left = line.split("\t")
        rows.append((club, member, int(joined) if joined else 0, int(left) if left else 9999))
    return tuple(rows)


def members_of(club: str, year: int) -> frozenset[str]:
    """The ISO3 codes of a club's member states in a year (empty for a club the file lacks):
    a meeting of the G7 is a meeting of its members.

    Example: ``"SWE" in members_of("NATO", 2025)`` -> ``True``; in 2020 -> ``False``.
    """
    return frozenset(member for name, member, joined, left in _memberships()
                     if name == club and joined <= year < left)


def _qualifies(place: Place, qualifier: Place) -> bool:
    """Whether "place, qualifier" reads as place-in-qualifier ("Moscow, Idaho")."""
    if not qualifier.is_area or qualifier is place or qualifier.country != place.country:
        return False
    return qualifier.kind != "admin1" or qualifier.admin1 == place.admin1


def score(place: Place, context: StoryContext = StoryContext(), qualifiers: Iterable[Place] = ()) -> float:
    """How likely ``place`` is the one meant (higher is likelier); see the module docstring."""
    size = math.log10(place.population) if place.population else _UNKNOWN_SIZE
    value = size + _KIND_PRIOR.get(place.kind, 0.0)
    if place.country in context.countries:
        value += _IN_STORY_COUNTRY
    if not place.is_area and place.country and (place.country, place.admin1) in context.admin1:
        value += _IN_STORY_ADMIN1
    if any(_qualifies(place, q) for q in qualifiers):
        value += _QUALIFIED
    return value


def resolve_place(name: str, context: StoryContext = StoryContext(),
                  qualifiers: Iterable[Place] = ()) -> Place | None:
    """The place a name most likely means in a story, or None when the gazetteer lacks it.

    Args:
        name: the place name as written ("Moscow", "the Middle East", "U.S.").
        context: the countries and US states the story is about.
        qualifiers: the namesakes of a name written right after it ("Moscow, Idaho": every
            place "Idaho" can mean).

    Returns:
        The namesake with the highest :func:`score`; ties go to the earlier gazetteer row.

    Example: ``resolve_place("Moscow", StoryContext(countries=frozenset({"USA"})))`` is still
    Moscow, Russia (a capital of ten million outweighs a story country); with Idaho in
    ``context.admin1`` or as a qualifier it is Moscow, Idaho.
    """
    namesakes = lookup(name)
    if not namesakes:
        return None
    chosen = tuple(qualifiers)
    return max(namesakes, key=lambda place: score(place, context, chosen))
