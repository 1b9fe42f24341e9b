"""Known actors: people and institutions with date-ranged roles ("Putin" -> RUS GOV since 2000).

The shipped dictionary is data: ``dyads/data/actors.tsv`` (one row per role) and
``dyads/data/actor_aliases.tsv`` (one row per name), built by ``tools/build_actors.py`` from
PETRARCH's Phoenix actor dictionary and the hand-kept ``tools/knowledge/actors_extra.tsv``
(credits in ``dyads/data/NOTICE.md``). Nothing is read at import; :func:`default_dictionary`
reads the files on first use and caches the result. A dictionary is an immutable
:class:`ActorDictionary`: a user's own actors make a new one (:func:`load_user_actors`,
``docs/ACTORS.md``), leaving the default untouched.

Which role is in force on a date (:meth:`KnownActor.role_on`):

1. a dated role covering the date (start and end inclusive, an empty end open), the one that
   began most recently; on a tie, a user's role before a hand-kept one before a Phoenix one;
2. else an undated role: the default Phoenix gives for out-of-office times (usually ELI);
3. else the dated role that ended most recently before the date;
4. else none: the date is before everything known of the actor.

When several actors share an alias ("clinton"), :meth:`ActorDictionary.lookup` takes the one
whose role was found at the earliest step above, then the most recent role, then actor id order.

Example::

    >>> from datetime import date
    >>> from dyads.actor_dictionary import lookup
    >>> actor, role = lookup("Putin", date(2023, 5, 12))
    >>> actor.actor_id, role.country, role.sector
    ('person:vladimir-putin', 'RUS', 'GOV')
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import ahocorasick

from dyads.knowledge import KnowledgeError, normalise_alias

__all__ = [
    "ActorDictionary",
    "ActorFileError",
    "KnownActor",
    "KnownSpan",
    "Role",
    "USER_COLUMNS",
    "default_dictionary",
    "find_known",
    "known_actors",
    "load_user_actors",
    "lookup",
]

ROLES_FILE = "actors.tsv"
ALIASES_FILE = "actor_aliases.tsv"
USER_COLUMNS = ("actor_id", "name", "alias", "country", "sector", "start", "end", "office",
                "confidence", "source", "source_line")
# Later sources know more: a user's file, then the hand-kept 2014-2026 rows, then Phoenix.
_SOURCE_PRIORITY = {"user": 2, "dyads": 1, "phoenix": 0}
# Arabic articles written in lower case before a capitalised name: "al-Shabab", "el-Sisi".
_SHORT_ACRONYM = 3  # letters; a one-word alias this short that is no word of the name is an acronym
_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "an", "ar"})
_ACTOR_ID = re.compile(r"[a-z]+:[a-z0-9][a-z0-9.-]*")
_CODE = re.compile(r"[A-Z]{2,4}")


class ActorFileError(KnowledgeError):
    """An actor file is missing or malformed: names the file, the line and the problem."""


@dataclass(frozen=True)
class Role:
    """What an actor is, and when: country (ISO3 or IGO code), PLOVER sector, inclusive dates.

    ``start``/``end`` of None are open; both None make an undated (default) role. ``source`` is
    ``"phoenix:LINE"``, ``"dyads:LINE"`` (tools/knowledge/actors_extra.tsv) or ``"user:FILE:LINE"``.
    """

    country: str
    sector: str
    start: date | None
    end: date | None
    source: str
    office: str = ""
    confidence: str = ""

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, on: date) -> bool:
        """True when a dated role runs on ``on`` (bounds inclusive)."""
        started = self.start is None or self.start <= on
        return self.dated and started and (self.end is None or on <= self.end)

    @property
    def priority(self) -> int:
        return _SOURCE_PRIORITY.get(self.source.split(":", 1)[0], 0)


@dataclass(frozen=True)
class KnownActor:
    """A person or institution: ``actor_id`` (``person:vladimir-putin``), display name, roles."""

    actor_id: str
    name: str
    roles: tuple[Role, ...]
    aliases: tuple[str, ...] = ()

    def role_on(self, on: date) -> Role | None:
        """The role in force on ``on`` by the rule in the module docstring, or None."""
        found = _ranked_role(self.roles, on)
        return None if found is None else found[2]

    @property
    def latest(self) -> date:
        """The last date any role mentions (date.min if none is dated)."""
        return max((d for role in self.roles for d in (role.start, role.end) if d), default=date.min)


class KnownSpan(NamedTuple):
    """A known actor named in a text: ``text[start:end]``."""

    start: int
    end: int
    actor: KnownActor


def _ranked_role(roles: Iterable[Role], on: date) -> tuple[int, date, Role] | None:
    """(step, recency, role): step 0 covering, 1 undated, 2 ended before ``on``; best first."""
    covering = [r for r in roles if r.covers(on)]
    if covering:
        best = max(covering, key=lambda r: (r.start or date.min, r.priority, -_span_days(r)))
        return 0, best.start or date.min, best
    undated = [r for r in roles if not r.dated]
    if undated:
        return 1, date.min, max(undated, key=lambda r: r.priority)
    before = [r for r in roles if r.end is not None and r.end < on]
    if before:
        best = max(before, key=lambda r: (r.end or date.min, r.priority))
        return 2, best.end or date.min, best
    return None


def _span_days(role: Role) -> int:
    # A closed term is more specific than an open one that started the same day.
    return ((role.end or date.max) - (role.start or date.min)).days


# ----------------------------------------------------------------------------- the dictionary


class ActorDictionary:
    """An immutable set of known actors with an alias index and a fast text matcher.

    Build with :meth:`shipped` (the packaged data), :meth:`from_files` (user-format files) or
    :meth:`with_user_file` (a user file over this dictionary).
    """

    def __init__(self, actors: Iterable[KnownActor]) -> None:
        self._actors: Mapping[str, KnownActor] = MappingProxyType({a.actor_id: a for a in actors})
        index: dict[str, list[KnownActor]] = {}
        for actor in self._actors.values():
            for alias in actor.aliases:
                index.setdefault(alias, []).append(actor)
        self._by_alias: Mapping[str, tuple[KnownActor, ...]] = MappingProxyType(
            {alias: tuple(found) for alias, found in index.items()})

    def __len__(self) -> int:
        return len(self._actors)

    def __repr__(self) -> str:
        return f"<ActorDictionary {len(self._actors)} actors, {len(self._by_alias)} aliases>"

    @property
    def actors(self) -> Mapping[str, KnownActor]:
        """Every actor by id."""
        return self._actors

    @classmethod
    def shipped(cls) -> ActorDictionary:
        """The dictionary in ``dyads/data`` (prefer the cached :func:`default_dictionary`)."""
        return cls(_shipped_actors(_data_rows(ROLES_FILE), _data_rows(ALIASES_FILE)))

    @classmethod
    def from_files(cls, *paths: Path, base: ActorDictionary | None = None) -> ActorDictionary:
        """``base`` (default: empty) with each user-format file laid over it in turn.

        Example: ``ActorDictionary.from_files(Path("mine.tsv"), base=default_dictionary())``.
        """
        dictionary = base if base is not None else cls(())
        for path in paths:
            dictionary = dictionary.with_user_file(path)
        return dictionary

    def with_user_file(self, path: Path) -> ActorDictionary:
        """A new dictionary: this one with the actors of a user file (format in ``docs/ACTORS.md``)
        merged over it. Raises ActorFileError naming the line for a malformed file."""
        edits = _read_user_file(path)
        merged = dict(self._actors)
        for actor_id, edit in edits.items():
            merged[actor_id] = edit.apply(merged.get(actor_id), path)
        return ActorDictionary(merged.values())

    def candidates(self, alias: str) -> tuple[KnownActor, ...]:
        """Every actor named ``alias`` (any case and spelling normalise_alias folds)."""
        return self._by_alias.get(normalise_alias(alias), ())

    def lookup(self, alias: str, on: date) -> tuple[KnownActor, Role] | None:
        """The actor named ``alias`` and its role in force on ``on``, or None if unknown.

        Example: ``lookup("medvedev", date(2010, 1, 1))`` -> (Dmitry Medvedev, RUS GOV).
        """
        return _pick(self.candidates(alias), on)

    def find_known(self, text: str, on: date | None = None) -> list[KnownSpan]:
        """Known actors named in ``text``: longest non-overlapping matches on word boundaries.

        Matching is case-insensitive on normalise_alias forms (diacritics and curly apostrophes
        folded, runs of white space read as one), except that a one-word alias must start with
        a capital letter in the text: "Rice" may be Condoleezza Rice, "rice" never is. An alias
        shared by several actors gives the one :meth:`lookup` picks on ``on``, or without a date
        the one with the most recent role. Spans index ``text`` itself.
        """
        return self._matcher.find(text, on)

    @functools.cached_property
    def _matcher(self) -> _Matcher:
        return _Matcher(self._by_alias)


def _pick(found: Sequence[KnownActor], on: date) -> tuple[KnownActor, Role] | None:
    ranked = [(found_role, actor) for actor in found
              if (found_role := _ranked_role(actor.roles, on)) is not None]
    if not ranked:
        return None
    (_, _, role), actor = min(ranked, key=lambda pair: _preference(*pair))
    return actor, role


def _preference(ranked: tuple[int, date, Role], actor: KnownActor) -> tuple[int, int, str]:
    """Sort key: earliest step of the rule, then the most recent role, then actor id."""
    step, recency, _ = ranked
    return step, -(actor.latest if step == 1 else recency).toordinal(), actor.actor_id


# ----------------------------------------------------------------------------- text matching


class _Matcher:
    """Aho-Corasick over every alias; one pass per text."""

    def __init__(self, by_alias: Mapping[str, tuple[KnownActor, ...]]) -> None:
        self._by_alias = by_alias
        self._automaton = ahocorasick.Automaton()
        for alias in by_alias:
            self._automaton.add_word(alias, alias)
        if by_alias:
            self._automaton.make_automaton()

    def find(self, text: str, on: date | None) -> list[KnownSpan]:
        if not self._by_alias or not text:
            return []
        folded, offsets = _fold(text)
        hits = []
        for last, alias in self._automaton.iter(folded):
            first = last - len(alias) + 1
            surface = text[offsets[first]:offsets[last] + 1]
            if _on_word_boundaries(folded, first, last) and _case_ok(alias, surface, self._by_alias[alias]):
                hits.append((first, last + 1, alias))
        return [KnownSpan(offsets[first], offsets[end - 1] + 1, self._choose(alias, on))
                for first, end, alias in _longest_first(hits)]

    def _choose(self, alias: str, on: date | None) -> KnownActor:
        found = self._by_alias[alias]
        picked = _pick(found, on) if on is not None and len(found) > 1 else None
        return picked[0] if picked else min(found, key=lambda a: (-a.latest.toordinal(), a.actor_id))


def _on_word_boundaries(folded: str, first: int, last: int) -> bool:
    before = folded[first - 1] if first > 0 else " "
    after = folded[last + 1] if last + 1 < len(folded) else " "
    return not (before.isalnum() or after.isalnum())


def _case_ok(alias: str, surface: str, actors: Sequence[KnownActor]) -> bool:
    """One-word aliases are surnames and acronyms that are also words ("Rice", "Abe", "PLA"):
    they must be written with a capital, after an Arabic article if any ("al-Shabab"); a short
    acronym that is no word of the name, with more capitals than the first ("PAN" and "AfD" are
    parties, "Pan-Arab" is none)."""
    if " " in alias or not surface:
        return True
    name = surface.split("-", 1)[1] if "-" in surface and surface.split("-", 1)[0].lower() in _ARTICLES else surface
    if not (name[:1].isupper() or name[:1].isdigit()):
        return False
    return len(alias) > _SHORT_ACRONYM or not name[1:].islower() or any(
        alias in normalise_alias(actor.name).split() for actor in actors)


def _longest_first(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    taken: list[tuple[int, int]] = []
    chosen = []
    for first, end, alias in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if all(end <= a or b <= first for a, b in taken):
            taken.append((first, end))
            chosen.append((first, end, alias))
    return sorted(chosen)


_ASCII_SPACES = str.maketrans("\t\n\r\f\v", "     ")


def _fold(text: str) -> tuple[str, Sequence[int]]:
    """The text as normalise_alias would see it, and each folded character's offset in ``text``.

    Characters map one to one (lowercase, no diacritics, straight apostrophes, white space as
    " "), then runs of spaces shrink to one, as in alias keys.
    """
    folded = text.lower().translate(_ASCII_SPACES) if text.isascii() else "".join(map(_fold_char, text))
    if "  " not in folded:
        return folded, range(len(folded))
    keep = [i for i, ch in enumerate(folded) if ch != " " or i == 0 or folded[i - 1] != " "]
    return "".join(folded[i] for i in keep), keep


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    if ch in "\u2019\u2018":
        return "'"
    base = unicodedata.normalize("NFKD", ch)[:1].lower()
    return base if len(base) == 1 else ch


# ----------------------------------------------------------------------------- reading files


def _data_rows(name: str) -> list[dict[str, str]]:
    try:
        text = resources.files("dyads").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ActorFileError(f"dyads/data/{name} is missing; reinstall dyads or run "
                             "tools/build_actors.py") from exc
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _shipped_actors(roles: Iterable[Mapping[str, str]],
                    aliases: Iterable[Mapping[str, str]]) -> Iterator[KnownActor]:
    names: dict[str, str] = {}
    by_actor: dict[str, list[Role]] = {}
    for row in roles:
        names.setdefault(row["actor_id"], row["name"])
        if not row["superseded_by"]:  # kept in the file for the record, replaced by a hand row
            by_actor.setdefault(row["actor_id"], []).append(_shipped_role(row))
    alias_lists: dict[str, list[str]] = {}
    for row in aliases:
        if not row["excluded"]:  # kept in the file for the record, never matched
            alias_lists.setdefault(row["actor_id"], []).append(row["alias"])
    for actor_id, name in names.items():
        yield KnownActor(actor_id, name, _sorted_roles(by_actor.get(actor_id, ())),
                         tuple(alias_lists.get(actor_id, ())))


def _shipped_role(row: Mapping[str, str]) -> Role:
    return Role(row["country"], row["sector"], _date(row["start"]), _date(row["end"]),
                f"{row['source']}:{row['source_line']}", row["office"], row["confidence"])


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _sorted_roles(roles: Iterable[Role]) -> tuple[Role, ...]:
    return tuple(sorted(roles, key=lambda r: (r.start or date.min, r.end or date.max, r.source)))


@dataclass
class _Edit:
    """What a user file says about one actor."""

    actor_id: str
    name: str = ""
    added: list[str] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)
    roles: list[Role] = field(default_factory=list)

    def apply(self, actor: KnownActor | None, path: Path) -> KnownActor:
        """The actor after this edit: roles given replace all old ones; aliases add or remove."""
        if actor is None:
            if not self.name:
                raise ActorFileError(f"{path}: {self.actor_id} is a new actor; give its name on "
                                     "one of its rows")
            actor = KnownActor(self.actor_id, self.name, ())
        name = self.name or actor.name
        aliases = [alias for alias in (*actor.aliases, normalise_alias(name), *self.added)
                   if alias not in self.removed]
        return replace(actor, name=name, roles=_sorted_roles(self.roles) if self.roles else actor.roles,
                       aliases=tuple(dict.fromkeys(aliases)))


def _read_user_file(path: Path) -> dict[str, _Edit]:
    """Actor id -> what the file says about it, every row checked."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ActorFileError(f"cannot read actor file {path}: {exc}") from exc
    edits: dict[str, _Edit] = {}
    header: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = _checked_header(cells, path, number)
            continue
        row = _user_row(header, cells, path, number)
        actor_id = _checked_id(row["actor_id"], path, number)
        _add_row(edits.setdefault(actor_id, _Edit(actor_id)), row, f"{path}:{number}", path.name)
    return edits


def _checked_header(cells: list[str], path: Path, number: int) -> list[str]:
    unknown = [c for c in cells if c not in USER_COLUMNS]
    if unknown or "actor_id" not in cells:
        raise ActorFileError(f"{path}:{number}: header {cells} must name actor_id; unknown "
                             f"columns {unknown}; valid columns: {', '.join(USER_COLUMNS)}")
    return cells


def _user_row(header: list[str], cells: list[str], path: Path, number: int) -> dict[str, str]:
    if len(cells) != len(header):
        raise ActorFileError(f"{path}:{number}: {len(cells)} tab-separated cells, the header has "
                             f"{len(header)}")
    row = dict.fromkeys(USER_COLUMNS, "")
    row.update({key: value.strip() for key, value in zip(header, cells, strict=True)})
    return row


def _checked_id(actor_id: str, path: Path, number: int) -> str:
    if not _ACTOR_ID.fullmatch(actor_id):
        raise ActorFileError(f"{path}:{number}: actor_id {actor_id!r} is not of the form "
                             "kind:name-in-lowercase, e.g. person:jane-doe or org:city-council")
    return actor_id


def _add_row(edit: _Edit, row: Mapping[str, str], where: str, file_name: str) -> None:
    if row["name"]:
        if edit.name and edit.name != row["name"]:
            raise ActorFileError(f"{where}: name {row['name']!r} differs from {edit.name!r} "
                                 f"given earlier for {row['actor_id']}")
        edit.name = row["name"]
    alias = row["alias"]
    if alias.startswith("-"):
        edit.removed.add(normalise_alias(alias[1:]))
    elif alias:
        edit.added.append(normalise_alias(alias))
    if row["country"] or row["sector"]:
        edit.roles.append(_user_role(row, where, f"user:{file_name}:{where.rsplit(':', 1)[1]}"))


def _user_role(row: Mapping[str, str], where: str, source: str) -> Role:
    if not (_CODE.fullmatch(row["country"]) and re.fullmatch(r"[A-Z]{3}", row["sector"])):
        raise ActorFileError(f"{where}: a role needs country (ISO3 such as RUS, or an IGO code "
                             f"such as EU) and a three-letter PLOVER sector (GOV, MIL, ...); got "
                             f"country {row['country']!r}, sector {row['sector']!r}")
    try:
        start, end = _date(row["start"]), _date(row["end"])
    except ValueError as exc:
        raise ActorFileError(f"{where}: dates must be YYYY-MM-DD or empty: {exc}") from exc
    if start and end and end < start:
        raise ActorFileError(f"{where}: end {end} is before start {start}")
    return Role(row["country"], row["sector"], start, end, source, row["office"], row["confidence"])


# ----------------------------------------------------------------------------- defaults


@functools.cache
def default_dictionary() -> ActorDictionary:
    """The shipped dictionary, read once."""
    return ActorDictionary.shipped()


def known_actors() -> Mapping[str, KnownActor]:
    """Every shipped actor by id. Example: ``known_actors()["person:xi-jinping"].name``."""
    return default_dictionary().actors


def lookup(alias: str, on: date) -> tuple[KnownActor, Role] | None:
    """:meth:`ActorDictionary.lookup` on the shipped dictionary.

    Example: ``lookup("qin gang", date(2023, 5, 12))[1]`` -> Role(country="CHN", sector="GOV", ...).
    """
    return default_dictionary().lookup(alias, on)


def find_known(text: str, on: date | None = None) -> list[KnownSpan]:
    """:meth:`ActorDictionary.find_known` on the shipped dictionary.

    Example: ``[(s.start, s.end, s.actor.name) for s in find_known("Wang Yi met Blinken.")]``
    -> ``[(0, 7, "Wang Yi"), (12, 19, "Antony Blinken")]``.
    """
    return default_dictionary().find_known(text, on)


def load_user_actors(path: Path, base: ActorDictionary | None = None) -> ActorDictionary:
    """The shipped dictionary (or ``base``) with the user file at ``path`` merged over it.

    Nothing global changes: pass the result to whatever codes the stories. Example::

        mine = load_user_actors(Path("my_actors.tsv"))
        mine.lookup("jane doe", date(2024, 1, 1))
    """
    return (base if base is not None else default_dictionary()).with_user_file(path)
