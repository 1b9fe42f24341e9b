"""Names and titles inside an actor phrase: state and organisation names, agent and title nouns.

:func:`find_names` finds every state and organisation alias of ``countries.tsv`` and
``igos.tsv`` in a parsed text in one Aho-Corasick pass (built once per process);
:func:`phrase_tokens` gives the tokens of the actor phrase under a head token, and
:func:`phrase_sectors` the PLOVER sectors its title and agent nouns give ("Foreign Minister"
-> GOV, "troops" -> MIL).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import ahocorasick
from spacy.tokens import Doc, Span, Token

from dyads import knowledge

# Dependents that do not belong to the actor phrase of their head.
_OUTSIDE_PHRASE = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "prep", "det", "case"})
# Kinds of state alias that name the state itself, not a seat of its power.
FORMER_WORDS = frozenset({"former", "retired", "ex", "ex-"})
STATE_NAME_KINDS = frozenset({"name", "short-name", "abbreviation", "demonym", "prefix", "territory"})


@dataclass(frozen=True)
class NameEntry:
    """What an alias names: a state (``country`` set) or an organisation (``country`` None)."""

    code: str
    name: str
    country: str | None
    kind: str
    sector: tuple[str, ...]
    ambiguous: bool


@dataclass(frozen=True)
class NameHit:
    """A state or organisation name found in the text, as tokens ``first`` .. ``last``."""

    first: int
    last: int
    entry: NameEntry


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    """Aho-Corasick automaton over every lowercase state and organisation alias."""
    automaton = ahocorasick.Automaton()
    for alias, entry in _alias_entries():
        automaton.add_word(alias, (len(alias), entry))
    automaton.make_automaton()
    return automaton


def _alias_entries() -> Iterator[tuple[str, NameEntry]]:
    for alias, c in knowledge.country_aliases().items():
        sector = (c.sector,) if c.sector else ()
        yield alias, NameEntry(c.iso3, knowledge.country_name(c.iso3), c.iso3, c.kind, sector,
                               c.ambiguous)
    for alias, igo in knowledge.igo_aliases().items():
        kind = "abbreviation" if igo.kind == "abbreviation" else "igo"
        yield alias, NameEntry(igo.code, igo.name, None, kind, (igo.sector,), igo.ambiguous)


@functools.cache
def _fold_char(ch: str) -> str:
    """One character without diacritics, curly apostrophes straightened, lowercased."""
    if ch in "\u2019\u2018":
        return "'"
    base = unicodedata.normalize("NFKD", ch)[:1].lower()
    return base if len(base) == 1 else ch


def fold(text: str) -> str:
    """Lowercase ``text`` without diacritics, keeping every offset (one char in, one out)."""
    return "".join(_fold_char(ch) for ch in text) if not text.isascii() else text.lower()


def find_names(doc: Doc) -> list[NameHit]:
    """Longest non-overlapping state and organisation aliases that fall on token boundaries.

    Example: ``[(h.first, h.entry.code) for h in find_names(nlp("Kyiv and the EU"))]``
    -> ``[(0, "UKR"), (3, "EU")]``.
    """
    text = doc.text
    candidates = []
    for end, (length, entry) in _automaton().iter(fold(text)):
        start = end - length + 1
        span = doc.char_span(start, end + 1)
        if span is not None and _case_ok(text[start:end + 1], entry):
            candidates.append((span, entry))
    return _longest_first(candidates)


def _case_ok(surface: str, entry: NameEntry) -> bool:
    """Abbreviations must be written in capitals ("US", not "us"); ambiguous aliases capitalised."""
    if entry.kind == "abbreviation":
        return surface.upper() == surface and any(c.isalpha() for c in surface)
    if entry.ambiguous:
        return surface[:1].isupper()
    return True


def _longest_first(candidates: list[tuple[Span, NameEntry]]) -> list[NameHit]:
    taken: set[int] = set()
    hits = []
    for span, entry in sorted(candidates, key=lambda c: (-(c[0].end - c[0].start), c[0].start)):
        if taken.isdisjoint(range(span.start, span.end)):
            taken.update(range(span.start, span.end))
            hits.append(NameHit(span.start, span.end, entry))
    return sorted(hits, key=lambda h: h.first)


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of the actor phrase headed by ``head`` (modifiers, titles, appositions; an
    apposition that lists several actors is no part of it).

    Example: for "Foreign Minister Qin Gang of China said", the head "Gang" gives
    "Foreign Minister Qin Gang" (an "of" phrase belongs to a title: "Secretary of State").
    """
    tokens = [head]
    for child in head.children:
        if child.dep_ == "appos" and child.conjuncts:
            continue  # "its neighbours, Peru and Bolivia": a list of actors of their own
        if child.dep_ not in _OUTSIDE_PHRASE or _is_title_of(child):
            tokens.extend(phrase_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def _is_title_of(token: Token) -> bool:
    """'Secretary of State', 'leader of Russia': an 'of' phrase is part of a title."""
    return token.dep_ == "prep" and token.lower_ == "of" and sectors_of(token.head) != ()


def sectors_of(token: Token) -> tuple[str, ...]:
    """The PLOVER sectors of one agent or title noun ("troops" -> MIL), or ()."""
    sectors = knowledge.agent_sectors()
    return sectors.get(token.lower_) or sectors.get(token.lemma_.lower()) or ()


def phrase_sectors(tokens: Sequence[Token]) -> tuple[str, ...]:
    """Sectors from agent and title nouns, longest forms first ('state news agency').

    A title held no longer ("former President", "a retired general") makes an elite, ELI,
    as PLOVER codes out-of-office figures.
    Example: "German Foreign Minister Annalena Baerbock" -> ("GOV",).
    """
    found = _title_sectors(tokens)
    if found and any(t.lower_ in FORMER_WORDS for t in tokens):
        return ("ELI",)
    return found


def _title_sectors(tokens: Sequence[Token]) -> tuple[str, ...]:
    """The sectors of the phrase's title words, by the first reading that applies.

    1. the longest agent phrase of several words that holds the phrase's head ("foreign military
       intelligence agency": "intelligence agency", SPY, not "military intelligence");
    2. else the longest one anywhere in the phrase, leftmost first ("Defense Minister");
    3. else one agent word, from the right: a noun, or an adjective standing for a noun
       ("paramedic" alone, "ordinary" in "ordinary Kazakhs").

    An agent of unknown kind (UNK: "group", "members", "spokesman") gives way to any other
    agent word of the phrase: "a paramilitary group" is PRM, "the governor's spokesman" GOV.
    """
    readings = _readings(tokens)
    if readings and _UNKNOWN in readings:
        readings += [sectors_of(t) for t in reversed(tokens) if t.pos_ == "ADJ" and sectors_of(t)]
    known = next((r for r in readings if r != _UNKNOWN), None)
    return known or (readings[0] if readings else ())


def _readings(tokens: Sequence[Token]) -> list[tuple[str, ...]]:
    """Every agent reading of the phrase, in the order of :func:`_title_sectors`."""
    sectors = knowledge.agent_sectors()
    head = _phrase_head(tokens)

    def rank(match: tuple[int, int, tuple[str, ...]]) -> tuple[bool, int, int]:
        holds_head = head is not None and match[0] <= head < match[1]
        return (not holds_head, match[0] - match[1], match[0])

    phrases = sorted(_multiword(tokens, sectors), key=rank)
    words = [sectors_of(t) for t in reversed(tokens) if _agent_word(t, tokens) and sectors_of(t)]
    return [found for _, _, found in phrases] + words


_UNKNOWN = ("UNK",)
_MAX_AGENT_WORDS = 5


def _multiword(tokens: Sequence[Token], sectors: Mapping[str, tuple[str, ...]]
               ) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(first, end, sectors) of every agent phrase of 2-5 words, as positions in ``tokens``."""
    for first in range(len(tokens)):
        for end in range(first + 2, min(first + _MAX_AGENT_WORDS, len(tokens)) + 1):
            words = [t.lower_ for t in tokens[first:end]]
            found = sectors.get(" ".join(words))
            if found is None:
                last = tokens[end - 1].lemma_.lower()
                found = sectors.get(" ".join([*words[:-1], last]))
            if found:
                yield first, end, found


def _phrase_head(tokens: Sequence[Token]) -> int | None:
    """The position in ``tokens`` of the word the others depend on, if one is."""
    inside = {t.i for t in tokens}
    heads = [n for n, t in enumerate(tokens) if t.head.i == t.i or t.head.i not in inside]
    return heads[-1] if heads else None


def _agent_word(token: Token, tokens: Sequence[Token]) -> bool:
    """A noun, or an adjective that stands for a noun: the phrase's head, or modifying a word
    outside the title (a demonym: "ordinary Kazakhs")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    is_head = token.head.i == token.i
    return token.pos_ == "ADJ" and (is_head or all(t.i != token.head.i for t in tokens))


__all__ = ["FORMER_WORDS", "NameEntry", "NameHit", "STATE_NAME_KINDS", "find_names", "fold",
           "phrase_sectors",
           "phrase_tokens", "sectors_of"]
