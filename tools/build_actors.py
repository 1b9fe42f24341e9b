"""Build the known-actor dictionary: src/dyads/data/actors.tsv and actor_aliases.tsv.

Reads PETRARCH's ``Phoenix.Countries.actors.txt`` and ``Phoenix.MilNonState.actors.txt`` (armed
non-state groups; MIT, credited in ``src/dyads/data/NOTICE.md``),
the CAMEO -> PLOVER sector table in ``codebooks/derived`` and the hand-kept inputs in
``tools/knowledge/``: ``actors_extra.tsv`` (office holders up to 2026), ``cameo_country_codes.tsv``,
``phoenix_actor_kinds.tsv`` and ``actor_aliases_excluded.tsv``. Run it after
``tools/build_knowledge.py``: aliases that ``countries.tsv`` or ``igos.tsv`` already resolve are
marked excluded (kept in the file, not matched), as are the hand-excluded ones.
``tests/test_actor_dictionary.py`` checks that the committed files still match this build.

Usage::

    python tools/build_actors.py [SHARED_DIR] [--out DIR] [--check]

How the Phoenix file is read (PETRARCH's rules, ``PETRreader.read_actor_dictionary``):

- An entry is a primary phrase, ``+`` synonym lines, then tab-indented role lines
  ``[CODE restriction]``. Primary phrases with no role lines before the next primary phrase share
  that phrase's roles (PETRARCH gives them one code list); they become one actor when their last
  words agree (spelling variants: ``DMITRY_MEDVEDEV_``, ``DMITR_MEDVEDEV_``), else separate
  actors with the same roles.
- A primary phrase carrying its own code (``CHINA_  [CHN]``) is a country or territory: skipped,
  ``countries.tsv`` covers states. Entries whose roles carry no sector (places such as
  ``IRAQI_KURDISTAN  [IRQ ...]``) and entries coded ``[---]`` (PETRARCH's "do not code") are
  skipped too.
- Dates are ``YYMMDD`` or ``YYYYMMDD``. Century rule, as in KEDS, TABARI and PETRARCH: a
  two-digit year 00-30 is 20YY, 31-99 is 19YY; a digit string longer than 7 is read as
  ``YYYYMMDD`` from its first 8 digits. ``>D`` runs from D with no end, ``<D`` until D, ``A-B``
  from A to B (both inclusive); a bare ``D`` is read as "from D" (the comments on those lines say
  so; PETRARCH itself would misread it). ``[CODE]`` is undated: the default when no dated role
  applies. Lines with impossible dates are dropped, as PETRARCH drops them.
- A code is a country (three letters, mapped through ``cameo_country_codes.tsv`` when it is not
  an ISO3 code in ``countries.tsv``) followed by sector codes; the sector is the first one that
  has a PLOVER equivalent in ``cameo_actor_codes_vs_plover_sectors.csv`` (``AFGGOVAGR`` -> AFG,
  GOV; ``USAELI`` -> USA, ELI; CAMEO ``MED`` media -> JRN, ``HLH`` health -> MED).
- In the armed groups file a code on the primary line (``HEZBOLLAH_ [LBNREB]``) is the
  group's role, a ``(ABBR)`` in a name is an alias of its own, roles coded by region only
  (``MEAREB``) are dropped, and a group a row of ``actors_extra.tsv`` names is left to that row.
- An entry is a person when it has a dated role or the ``# CountryInfo.txt`` comment, else an
  organisation, office or seat of power (``org:``); ``phoenix_actor_kinds.tsv`` corrects the
  entries this rule gets wrong.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from build_knowledge import read_tsv, render_tsv, stale_files

from dyads import knowledge
from dyads.knowledge import normalise_alias

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_OUT = REPO / "src" / "dyads" / "data"
HAND = REPO / "tools" / "knowledge"

PHOENIX = "codebooks/petrarch/Phoenix.Countries.actors.txt"
PHOENIX_MNSA = "codebooks/petrarch/Phoenix.MilNonState.actors.txt"
MNSA_SOURCE = "phoenix-mnsa"
SECTOR_TABLE = "codebooks/derived/cameo_actor_codes_vs_plover_sectors.csv"
ONTOLOGY = "codebooks/derived/plover_ontology.json"

ROLES_FILE = "actors.tsv"
ALIASES_FILE = "actor_aliases.tsv"
HEADERS = {
    ROLES_FILE: ("actor_id", "name", "country", "sector", "start", "end", "source", "source_line",
                 "confidence", "office", "evidence", "superseded_by"),
    ALIASES_FILE: ("alias", "actor_id", "source", "source_line", "excluded"),
}
EXTRA_COLUMNS = ("actor_id", "name", "aliases", "country", "sector", "start", "end", "office",
                 "source", "confidence", "supersedes")
CONFIDENCE = ("high", "medium", "low")

Row = dict[str, str]


# ----------------------------------------------------------------------------- reading Phoenix


@dataclass(frozen=True)
class Phrase:
    """A name as written in the source ("VLADIMIR_PUTIN_") and its line."""

    text: str
    line: int
    source: str = "phoenix"


@dataclass(frozen=True)
class RawRole:
    """One role line: the CAMEO code and its date restriction."""

    code: str
    start: date | None
    end: date | None
    line: int


@dataclass
class Entry:
    """A Phoenix entry: primary phrases (each with its synonyms) and the roles they share."""

    heads: list[list[Phrase]] = field(default_factory=list)
    roles: list[RawRole] = field(default_factory=list)
    coded: bool = False
    countryinfo: bool = False


def read_phoenix(path: Path, stats: Counter[str]) -> list[Entry]:
    """The entries of a PETRARCH actor file, in file order."""
    def synonyms(entries: list[Entry], text: str, number: int) -> None:
        entries[-1].heads[-1].append(Phrase(text.strip(), number))

    return _read_actor_file(path, stats, synonyms, add_primary)


def read_mnsa(path: Path, stats: Counter[str]) -> list[Entry]:
    """The entries of PETRARCH's armed non-state groups file: here a code on the primary line
    (``HEZBOLLAH_ [LBNREB]``) is the group's role, not a country's own code."""
    def synonyms(entries: list[Entry], text: str, number: int) -> None:
        entries[-1].heads[-1].extend(mnsa_phrases(text, number))

    def primary(entries: list[Entry], raw: str, text: str, number: int) -> None:
        phrases = mnsa_phrases(text.split("[", 1)[0], number)
        if entries and not entries[-1].roles and "[" not in text:
            entries[-1].heads.append(phrases)  # PETRARCH's rule: shares the next roles
        else:
            entries.append(Entry(heads=[phrases]))
        if "[" in text:
            add_role(entries, text, number, stats)

    return _read_actor_file(path, stats, synonyms, primary)


def _read_actor_file(path: Path, stats: Counter[str],
                     synonyms: Callable[[list[Entry], str, int], None],
                     primary: Callable[[list[Entry], str, str, int], None]) -> list[Entry]:
    """The lines of a PETRARCH actor file: indented role lines, ``+`` synonym lines (handed to
    ``synonyms`` without the ``+``) and primary lines (handed to ``primary``), comments dropped."""
    entries: list[Entry] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        if raw[0] in "\t ":
            add_role(entries, text, number, stats)
        elif text.startswith("+"):
            if entries:
                synonyms(entries, text[1:], number)
        else:
            primary(entries, raw, text, number)
    return entries


def mnsa_phrases(text: str, number: int) -> list[Phrase]:
    """``"MORO_ISLAMIC_LIBERATION_FRONT_(MILF)_"`` -> the name and, apart, its abbreviation."""
    text = text.strip()
    match = re.fullmatch(r"(.+?)_*\(([^)]+)\)_*", text)
    if match is None:
        return [Phrase(text, number, MNSA_SOURCE)]
    return [Phrase(match.group(1), number, MNSA_SOURCE), Phrase(match.group(2), number, MNSA_SOURCE)]


def add_primary(entries: list[Entry], raw: str, text: str, number: int) -> None:
    """Start a new entry, or join the current one when it has no roles yet (PETRARCH's rule)."""
    coded = "[" in text
    current = entries[-1] if entries else None
    if current is None or current.roles or current.coded or coded:
        entries.append(Entry(coded=coded))
    entry = entries[-1]
    entry.heads.append([Phrase(text.split("[", 1)[0].strip(), number)])
    entry.countryinfo |= "CountryInfo" in raw


def add_role(entries: list[Entry], text: str, number: int, stats: Counter[str]) -> None:
    match = re.search(r"\[([^\]]*)", text)
    if not entries or match is None:
        return
    try:
        entries[-1].roles.append(parse_restriction(match.group(1), number))
    except ValueError:
        stats["roles dropped: impossible date"] += 1


def parse_restriction(inner: str, line: int) -> RawRole:
    """``"RUSGOV 991231-080507"`` -> RawRole("RUSGOV", 1999-12-31, 2008-05-07); ValueError if bad."""
    code, _, rest = inner.strip().partition(" ")
    rest = rest.strip()
    if not rest:
        return RawRole(code, None, None, line)
    if rest[0] in "<>":
        digits = re.search(r"\d+", rest)
        if digits is None:
            raise ValueError(f"no date in {inner!r}")
        when = phoenix_date(digits.group())
        return RawRole(code, None, when, line) if rest[0] == "<" else RawRole(code, when, None, line)
    if "-" in rest:
        first, _, last = rest.partition("-")
        start, end = phoenix_date(first.strip()), phoenix_date(last.strip())
        if end < start:
            raise ValueError(f"end before start in {inner!r}")
        return RawRole(code, start, end, line)
    return RawRole(code, phoenix_date(rest), None, line)


def phoenix_date(digits: str) -> date:
    """``"080507"`` -> 2008-05-07, ``"700101"`` -> 1970-01-01, ``"19110101"`` -> 1911-01-01."""
    if not digits.isdigit() or len(digits) < 6:
        raise ValueError(f"not a date: {digits!r}")
    if len(digits) > 7:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    year = int(digits[:2])
    return date(year + (2000 if year <= 30 else 1900), int(digits[2:4]), int(digits[4:6]))


# ----------------------------------------------------------------------------- codes


@dataclass(frozen=True)
class Codec:
    """Reads CAMEO actor codes into (country, PLOVER sector)."""

    prefixes: Mapping[str, tuple[str, str]]
    countries: frozenset[str]
    sectors: Mapping[str, str]

    def read(self, code: str) -> tuple[str, str] | None:
        """``"AFGGOVAGR"`` -> ("AFG", "GOV"); None when the country or the sector is unknown."""
        country, fixed, rest = self.country(code)
        if country not in self.countries:
            return None
        sector = fixed or next((self.sectors[rest[i:i + 3]] for i in range(0, len(rest), 3)
                                if rest[i:i + 3] in self.sectors), "")
        return (country, sector) if sector else None

    def country(self, code: str) -> tuple[str, str, str]:
        """(country, fixed sector, remaining code) by the longest known prefix."""
        for length in (9, 6, 3):
            if code[:length] in self.prefixes:
                country, sector = self.prefixes[code[:length]]
                return country, sector, code[length:]
        return code[:3], "", code[3:]


def read_codec(shared: Path) -> Codec:
    prefixes = {row["cameo"]: (row["code"], row["sector"])
                for row in read_tsv(HAND / "cameo_country_codes.tsv")}
    return Codec(prefixes, frozenset(known_codes()), sector_table(shared))


def known_codes() -> set[str]:
    """ISO3 codes of countries.tsv, IGO codes of igos.tsv, and the generic IGO and IMG."""
    states = {alias.iso3 for alias in knowledge.country_aliases().values()}
    return states | {igo.code for igo in knowledge.igo_aliases().values()} | {"IGO", "IMG"}


def plover_sectors(shared: Path) -> set[str]:
    ontology = json.loads((shared / ONTOLOGY).read_text(encoding="utf-8"))
    return {sector["code"] for sector in ontology["sector_codes"]}


def sector_table(shared: Path) -> dict[str, str]:
    """CAMEO sector code -> PLOVER sector: the stated equivalent, else the stated inference."""
    plover = plover_sectors(shared)
    table: dict[str, str] = {}
    with (shared / SECTOR_TABLE).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            equivalent = row["plover_equivalent"]
            inferred = re.search(r"inference: ([A-Z]{3})", equivalent)
            if equivalent.split(" ")[0] in plover and row["cameo_code"]:
                table[row["cameo_code"]] = equivalent.split(" ")[0]
            elif inferred and inferred.group(1) in plover:
                table[row["cameo_code"]] = inferred.group(1)
    for sector in plover:  # codes PLOVER shares with CAMEO's extended set (REL)
        table.setdefault(sector, sector)
    return table


# ----------------------------------------------------------------------------- actors


@dataclass
class Actor:
    """An actor being built: its names and roles, as output rows."""

    kind: str
    name: str
    phrases: list[Phrase]
    roles: list[Row]
    source: str = "phoenix"


def phoenix_actors(entries: Iterable[Entry], codec: Codec, kinds: Mapping[str, str],
                   stats: Counter[str], source: str = "phoenix") -> list[Actor]:
    actors: list[Actor] = []
    for entry in entries:
        if entry.coded:
            stats["entries skipped: countries and territories"] += 1
        elif any(role.code.startswith("---") for role in entry.roles):
            stats["entries skipped: coded [---] (not an actor)"] += 1
        else:
            actors.extend(entry_actors(entry, codec, kinds, stats, source))
    return actors


def entry_actors(entry: Entry, codec: Codec, kinds: Mapping[str, str],
                 stats: Counter[str], source: str = "phoenix") -> list[Actor]:
    roles = []
    for raw in entry.roles:
        read = codec.read(raw.code)
        if read is None:
            stats["roles dropped: unknown country or no sector"] += 1
        else:
            roles.append(role_row(raw, *read, source=source))
    if not roles:
        stats["entries skipped: no role with a sector (places)"] += 1
        return []
    dated = any(raw.start or raw.end for raw in entry.roles)
    default = "person" if dated or entry.countryinfo else "org"
    return [Actor(kinds.get(group[0][0].text.rstrip("_"), default), display_name(group[0][0].text),
                  [phrase for head in group for phrase in head], [dict(row) for row in roles])
            for group in same_name_groups(entry.heads)]


def role_row(raw: RawRole, country: str, sector: str, source: str = "phoenix") -> Row:
    return {"country": country, "sector": sector, "start": iso(raw.start), "end": iso(raw.end),
            "source": source, "source_line": str(raw.line), "confidence": "", "office": "",
            "evidence": "", "superseded_by": ""}


def iso(when: date | None) -> str:
    return when.isoformat() if when else ""


def same_name_groups(heads: Sequence[list[Phrase]]) -> list[list[list[Phrase]]]:
    """Primary phrases sharing roles: one group per person, joined when the last words agree."""
    groups: list[list[list[Phrase]]] = []
    for head in heads:
        if groups and last_word(groups[-1][-1][0].text) == last_word(head[0].text):
            groups[-1].append(head)
        else:
            groups.append([head])
    return groups


def last_word(phrase: str) -> str:
    words = phrase_key(phrase).split()
    return words[-1] if words else ""


def phrase_key(phrase: str) -> str:
    """The alias key of a Phoenix phrase: underscores are spaces, then normalise_alias."""
    return normalise_alias(phrase.replace("_", " "))


PARTICLES = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "de", "da", "do", "dos",
                       "das", "del", "della", "di", "du", "van", "von", "der", "den"})


def display_name(phrase: str) -> str:
    """``"MOHAMED_AL-BARADEI_"`` -> ``"Mohamed Al-Baradei"``; ``"O'BRIEN"`` -> ``"O'Brien"``;
    ``"COMMUNIST_PARTY_OF_CHINA"`` -> ``"Communist Party of China"``."""
    words = phrase.replace("_", " ").split()
    return " ".join(word.lower() if i and word.lower() in PARTICLES
                    else "-".join(capitalise(part) for part in word.split("-"))
                    for i, word in enumerate(words))


def capitalise(word: str) -> str:
    head, apostrophe, tail = word.partition("'")
    if apostrophe and len(head) == 1:  # O'Brien, D'Alema; but People's, Ta'if
        return head.upper() + "'" + tail[:1].upper() + tail[1:].lower()
    return word[:1].upper() + word[1:].lower()


# ----------------------------------------------------------------------------- ids


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_alias(name)).strip("-")


def home_country(actor: Actor) -> str:
    return Counter(role["country"] for role in actor.roles).most_common(1)[0][0]


def assign_ids(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Ids ``kind:name``; same-named actors of one country merge (duplicates in the source),
    those of different countries get the country code appended (``person:abdul-ali-afg``)."""
    by_slug: dict[str, dict[str, list[Actor]]] = {}
    for actor in actors:
        key = f"{actor.kind}:{slug(actor.name)}"
        by_slug.setdefault(key, {}).setdefault(home_country(actor), []).append(actor)
    named: dict[str, Actor] = {}
    for key, by_country in by_slug.items():
        for country, same in by_country.items():
            actor_id = key if len(by_country) == 1 else f"{key}-{country.lower()}"
            named[actor_id] = merge(same)
    return named


def merge(actors: Sequence[Actor]) -> Actor:
    first = actors[0]
    roles, seen = [], set()
    for role in (role for actor in actors for role in actor.roles):
        key = (role["country"], role["sector"], role["start"], role["end"])
        if key not in seen:
            seen.add(key)
            roles.append(role)
    return Actor(first.kind, first.name, [p for actor in actors for p in actor.phrases], roles)


# ----------------------------------------------------------------------------- hand-kept extras


def apply_extras(actors: dict[str, Actor], rows: Sequence[Row], codes: set[str],
                 sectors: set[str]) -> None:
    """Add the hand-kept roles and names; mark the Phoenix roles they supersede.

    Raises ValueError listing every bad row, so one run shows all that needs fixing.
    """
    owners = alias_owners(actors)
    problems = []
    for row in rows:
        try:
            apply_extra(actors, row, codes, sectors, owners)
        except ValueError as exc:
            problems.append(f"tools/knowledge/actors_extra.tsv:{row['_line']}: {exc}")
    if problems:
        raise ValueError("\n".join(problems))


def apply_extra(actors: dict[str, Actor], row: Row, codes: set[str], sectors: set[str],
                owners: Mapping[tuple[str, str], str]) -> None:
    check_extra(row, codes, sectors)
    actor = actors.get(row["actor_id"]) or new_actor(row, actors, owners)
    countries = {role["country"] for role in actor.roles}
    if actor.source == "phoenix" and row["sector"] != "IGO" and row["country"] not in countries:
        # The first national hand row of a Phoenix actor must share a country with it, or the id
        # has probably caught a namesake (David Johnston of Canada for the Australian minister).
        raise ValueError(f"{row['actor_id']} is a Phoenix actor of "
                         f"{', '.join(sorted(countries))}, not {row['country']}; "
                         "list a home-country row first, or give a namesake its own id")
    if actor.source == "dyads" and actor.name != row["name"]:
        raise ValueError(f"{row['actor_id']} is named {actor.name!r} on an earlier row, "
                         f"{row['name']!r} here")
    actor.name, actor.source = row["name"], "dyads"
    line = int(row["_line"])
    actor.phrases += [Phrase(alias, line, "dyads") for alias in [row["name"], *row["aliases"].split("|")]
                      if alias.strip()]
    actor.roles.append(extra_role(row))
    supersede(actor, row)


def without_hand_kept(groups: Sequence[Actor], extras: Sequence[Row],
                      stats: Counter[str]) -> list[Actor]:
    """The armed groups of the non-state file that no hand-kept row already names: the hand
    row, with its evidence, is the group ("Al-Qaeda", "FARC")."""
    hand = {(normalise_alias(row["name"]), row["country"]) for row in extras}
    hand |= {(normalise_alias(alias), row["country"]) for row in extras
             for alias in row["aliases"].split("|") if alias.strip()}
    kept = []
    for actor in groups:
        if any((phrase_key(p.text), r["country"]) in hand for p in actor.phrases for r in actor.roles):
            stats["entries skipped: a hand-kept row names the group"] += 1
        else:
            kept.append(actor)
    return kept


def read_extras(path: Path) -> list[Row]:
    rows = read_tsv(path)
    columns = tuple(key for key in (rows[0] if rows else {}) if key != "_line")
    if rows and columns != EXTRA_COLUMNS:
        raise ValueError(f"{path}: columns {columns}; expected {EXTRA_COLUMNS}")
    return rows


def alias_owners(actors: Mapping[str, Actor]) -> dict[tuple[str, str], str]:
    """(full-name alias, country) -> Phoenix actor id, to catch a hand row duplicating one."""
    owners: dict[tuple[str, str], str] = {}
    for actor_id, actor in actors.items():
        for phrase in actor.phrases:
            for role in actor.roles:
                owners.setdefault((phrase_key(phrase.text), role["country"]), actor_id)
    return owners


def new_actor(row: Row, actors: dict[str, Actor], owners: Mapping[tuple[str, str], str]) -> Actor:
    duplicate = owners.get((normalise_alias(row["name"]), row["country"]))
    if duplicate:
        raise ValueError(f"{row['name']!r} ({row['country']}) is already the Phoenix actor "
                         f"{duplicate}; use that actor_id")
    kind = row["actor_id"].split(":", 1)[0]
    actors[row["actor_id"]] = Actor(kind, row["name"], [], [], "dyads")
    return actors[row["actor_id"]]


def check_extra(row: Row, codes: set[str], sectors: set[str]) -> None:
    if not re.fullmatch(r"(person|org):[a-z0-9-]+", row["actor_id"]):
        raise ValueError(f"actor_id {row['actor_id']!r} is not person:... or org:...")
    if row["country"] not in codes or row["sector"] not in sectors | {"IGO", "IMG"}:
        raise ValueError(f"unknown country {row['country']!r} or sector {row['sector']!r}")
    if row["confidence"] not in CONFIDENCE:
        raise ValueError(f"confidence {row['confidence']!r}; valid: {', '.join(CONFIDENCE)}")
    start, end = (date.fromisoformat(row[k]) if row[k] else None for k in ("start", "end"))
    if start and end and end < start:
        raise ValueError(f"end {end} is before start {start}")


def extra_role(row: Row) -> Row:
    return {"country": row["country"], "sector": row["sector"], "start": row["start"],
            "end": row["end"], "source": "dyads", "source_line": row["_line"],
            "confidence": row["confidence"], "office": row["office"], "evidence": row["source"],
            "superseded_by": ""}


def supersede(actor: Actor, row: Row) -> None:
    """Mark the Phoenix role lines named in ``supersedes``; they stay in the output, unused."""
    for line in row["supersedes"].split():
        target = next((role for role in actor.roles
                       if role["source"] == "phoenix" and role["source_line"] == line), None)
        if target is None:
            raise ValueError(f"Phoenix line {line} is not a role of {row['actor_id']}")
        target["superseded_by"] = f"dyads:{row['_line']}"


# ----------------------------------------------------------------------------- output


def alias_rows(actors: Mapping[str, Actor], taken: Mapping[str, str],
               excluded: Mapping[tuple[str, str], str], stats: Counter[str]) -> list[Row]:
    """One row per (alias, actor). Aliases a state or an IGO table claims (``taken``: alias ->
    which table) and the hand-excluded ones stay in the file with the reason in ``excluded``."""
    rows: dict[tuple[str, str], Row] = {}
    for actor_id, actor in actors.items():
        for phrase in actor.phrases:
            key = phrase_key(phrase.text)
            if not re.search(r"[a-z]", key) or (key, actor_id) in rows:
                continue
            reason = excluded.get((key, actor_id)) or taken.get(key, "")
            stats["aliases excluded (kept in the file, not matched)"] += bool(reason)
            rows[(key, actor_id)] = {"alias": key, "actor_id": actor_id, "source": phrase.source,
                                     "source_line": str(phrase.line), "excluded": reason}
    unused = sorted(set(excluded) - set(rows))
    if unused:
        raise ValueError(f"actor_aliases_excluded.tsv names aliases no actor has: {unused}")
    return [rows[key] for key in sorted(rows)]


def claimed_aliases() -> dict[str, str]:
    """Aliases countries.tsv and igos.tsv already resolve, with the reason to leave them there."""
    claimed = {alias: "an IGO alias in igos.tsv" for alias in knowledge.igo_aliases()}
    claimed.update({alias: "a country alias in countries.tsv" for alias in knowledge.country_aliases()})
    return claimed


def excluded_aliases() -> dict[tuple[str, str], str]:
    rows = read_tsv(HAND / "actor_aliases_excluded.tsv")
    return {(normalise_alias(row["alias"]), row["actor_id"]): row["reason"] for row in rows}


def role_rows(actors: Mapping[str, Actor]) -> list[Row]:
    rows = [{"actor_id": actor_id, "name": actor.name, **role}
            for actor_id, actor in actors.items() for role in actor.roles]
    return sorted(rows, key=lambda r: (r["actor_id"], r["source"], int(r["source_line"])))


def build_all(shared: Path, stats: Counter[str] | None = None) -> dict[str, str]:
    """File name -> file text of actors.tsv and actor_aliases.tsv."""
    stats = Counter() if stats is None else stats
    codec = read_codec(shared)
    kinds = {row["phrase"]: row["kind"] for row in read_tsv(HAND / "phoenix_actor_kinds.tsv")}
    entries = read_phoenix(shared / PHOENIX, stats)
    extras = read_extras(HAND / "actors_extra.tsv")
    mnsa_stats: Counter[str] = Counter()
    groups = phoenix_actors(read_mnsa(shared / PHOENIX_MNSA, mnsa_stats), codec, kinds,
                            mnsa_stats, MNSA_SOURCE)
    groups = without_hand_kept(groups, extras, mnsa_stats)
    stats.update({f"{what} ({MNSA_SOURCE})": n for what, n in mnsa_stats.items()})
    actors = assign_ids([*phoenix_actors(entries, codec, kinds, stats), *groups])
    apply_extras(actors, extras, set(codec.countries), plover_sectors(shared))
    aliases = alias_rows(actors, claimed_aliases(), excluded_aliases(), stats)
    return {ROLES_FILE: render_tsv(HEADERS[ROLES_FILE], role_rows(actors)),
            ALIASES_FILE: render_tsv(HEADERS[ALIASES_FILE], aliases)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=DEFAULT_SHARED, help="the shared/ directory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the data files")
    parser.add_argument("--check", action="store_true", help="only report files that differ; exit 1 if any")
    args = parser.parse_args(argv)
    if not (args.shared / PHOENIX).exists():
        print(f"error: {args.shared} has no {PHOENIX}; pass the shared/ directory", file=sys.stderr)
        return 2
    stats: Counter[str] = Counter()
    outputs = build_all(args.shared, stats)
    stale = stale_files(outputs, args.out)
    if args.check:
        print("\n".join(f"stale: {name}" for name in stale) or "actor files up to date")
        return 1 if stale else 0
    for name in stale:
        (args.out / name).write_text(outputs[name], encoding="utf-8")
    for name, text in outputs.items():
        print(f"{name}: {text.count(chr(10)) - 1} rows, {len(text.encode()) // 1024} KiB"
              f"{' (written)' if name in stale else ''}")
    for what, count in sorted(stats.items()):
        print(f"  {what}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
