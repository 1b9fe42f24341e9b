"""The actor stage: find actor mentions and resolve them to country and sector.

A mention is a noun phrase (spaCy noun chunk or named entity). Inside the
phrase, state names, demonyms, capitals and seats of power ("Chinese",
"Washington", "the Kremlin") give the country; title and agent nouns
("President", "troops") give the PLOVER sector; a PERSON entity gives the name.
People introduced with a title are carried to later bare mentions of their
names and to subject pronouns within the story.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import ahocorasick
from spacy.tokens import Doc, Span, Token

from dyads import knowledge
from dyads.records import Actor
from dyads.stages import ActorMention, Document

# Dependents that do not belong to the actor phrase of their head.
_OUTSIDE_PHRASE = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "prep", "det", "case"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_NAME_LABELS = frozenset({"PERSON"})
_ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})
# Prepositions that place an agent in a country: "rebels in", "Albanians of", "refugees from".
_LOCATING_PREPS = frozenset({"in", "of", "from", "throughout", "inside"})


@dataclass(frozen=True)
class _Entry:
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
    entry: _Entry


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    """Aho-Corasick automaton over every lowercase state and organisation alias."""
    automaton = ahocorasick.Automaton()
    for alias, entry in _alias_entries():
        automaton.add_word(alias, (len(alias), entry))
    automaton.make_automaton()
    return automaton


def _alias_entries() -> Iterator[tuple[str, _Entry]]:
    for alias, c in knowledge.country_aliases().items():
        sector = (c.sector,) if c.sector else ()
        yield alias, _Entry(c.iso3, knowledge.country_name(c.iso3), c.iso3, c.kind, sector, c.ambiguous)
    for alias, igo in knowledge.igo_aliases().items():
        kind = "abbreviation" if igo.kind == "abbreviation" else "igo"
        yield alias, _Entry(igo.code, igo.name, None, kind, (igo.sector,), igo.ambiguous)


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
    """Longest non-overlapping alias matches that fall on token boundaries."""
    text = doc.text
    candidates = []
    for end, (length, entry) in _automaton().iter(fold(text)):
        start = end - length + 1
        span = doc.char_span(start, end + 1)
        if span is not None and _case_ok(text[start:end + 1], entry):
            candidates.append((span, entry))
    return _longest_first(candidates)


def _case_ok(surface: str, entry: _Entry) -> bool:
    """Abbreviations must be written in capitals ("US", not "us"); ambiguous aliases capitalised."""
    if entry.kind == "abbreviation":
        return surface.upper() == surface and any(c.isalpha() for c in surface)
    if entry.ambiguous:
        return surface[:1].isupper()
    return True


def _longest_first(candidates: list[tuple[Span, _Entry]]) -> list[NameHit]:
    taken: set[int] = set()
    hits = []
    for span, entry in sorted(candidates, key=lambda c: (-(c[0].end - c[0].start), c[0].start)):
        if taken.isdisjoint(range(span.start, span.end)):
            taken.update(range(span.start, span.end))
            hits.append(NameHit(span.start, span.end, entry))
    return sorted(hits, key=lambda h: h.first)


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of the actor phrase headed by ``head`` (modifiers, titles, appositions)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in _OUTSIDE_PHRASE or _is_title_of(child):
            tokens.extend(phrase_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def _is_title_of(token: Token) -> bool:
    """'Secretary of State', 'leader of Russia': an 'of' phrase is part of a title."""
    return token.dep_ == "prep" and token.lower_ == "of" and _sectors_of(token.head) != ()


def _sectors_of(token: Token) -> tuple[str, ...]:
    sectors = knowledge.agent_sectors()
    return sectors.get(token.lower_) or sectors.get(token.lemma_.lower()) or ()


def _phrase_sectors(tokens: list[Token]) -> tuple[str, ...]:
    """Sectors from agent and title nouns, two-word forms first ('foreign minister')."""
    sectors = knowledge.agent_sectors()
    for left, right in zip(tokens, tokens[1:]):
        pair = f"{left.lower_} {right.lemma_.lower()}"
        if pair in sectors:
            return sectors[pair]
    for token in reversed(tokens):
        if token.pos_ in ("NOUN", "PROPN") and _sectors_of(token):
            return _sectors_of(token)
    return ()


def _person_name(person_at: dict[int, Span], tokens: list[Token]) -> Span | None:
    """The first PERSON entity that starts inside the phrase."""
    for token in tokens:
        ent = person_at.get(token.i)
        if ent is not None and ent.start == token.i:
            return ent
    return None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class _Resolver:
    """Resolves actor phrases of one story, remembering the people it has met."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text  # Doc.text is rebuilt from the tokens on every access
        self.person_at = {i: e for e in doc.ents if e.label_ in _NAME_LABELS for i in range(e.start, e.end)}
        self.hits = find_names(doc)
        self.hit_at = {i: h for h in self.hits for i in range(h.first, h.last)}
        self.people: dict[str, Actor] = {}
        self.last_person: Actor | None = None

    def resolve(self, head: Token) -> ActorMention | None:
        """The actor of the phrase headed by ``head``, if it is one."""
        if head.lower_ in _PERSON_PRONOUNS:
            return self._pronoun(head)
        tokens = phrase_tokens(head)
        hit = self._country_hit(head, tokens)
        person = _person_name(self.person_at, tokens)
        sectors = _phrase_sectors(tokens)
        if hit is None and person is None and sectors:
            hit = self._located_hit(head)
        if person is not None:
            actor = self._person(person, hit, sectors, tokens)
        elif hit is not None:
            actor = self._named(hit, sectors, tokens)
        elif sectors and head.pos_ in ("NOUN", "PROPN"):
            actor = self._agent(sectors, tokens)
        else:
            return None
        return ActorMention(actor, tokens[0].i, tokens[-1].i + 1, head.i)

    def _country_hit(self, head: Token, tokens: list[Token]) -> NameHit | None:
        if head.i in self.hit_at:
            return self.hit_at[head.i]
        for token in tokens:
            if token.i in self.hit_at:
                return self.hit_at[token.i]
        return None

    def _located_hit(self, head: Token) -> NameHit | None:
        """The state of 'rebels in the Ivory Coast', 'Albanians of southern Serbia'.

        An agent noun with no country of its own takes the country of the place it is said
        to be in or from, as PLOVER codes actors by country.
        """
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _LOCATING_PREPS):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                hit = self._country_hit(pobj, phrase_tokens(pobj))
                if hit is not None and hit.entry.country is not None:
                    return hit
        return None

    def _text(self, tokens: list[Token]) -> tuple[str, int, int]:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return self.text[start:end], start, end

    def _person(self, person: Span, hit: NameHit | None, sectors: tuple[str, ...],
                tokens: list[Token]) -> Actor:
        text, start, end = self._text(tokens)
        known = self.people.get(person.text) or self._known_part(person)
        if hit is None and known is not None:
            actor = replace(known, text=text, start=start, end=end, resolved_by="coreference")
        else:
            actor = Actor(text=text, start=start, end=end, name=person.text,
                          code=hit.entry.code if hit else None,
                          country=hit.entry.country if hit else None, sector=sectors,
                          id=f"person:{_slug(person.text)}",
                          resolved_by="title" if hit and sectors else "name")
            self._remember(person, actor)
        self.last_person = actor
        return actor

    def _known_part(self, person: Span) -> Actor | None:
        for token in person:
            if token.text in self.people:
                return self.people[token.text]
        return None

    def _remember(self, person: Span, actor: Actor) -> None:
        if actor.code is None:
            return
        self.people[person.text] = actor
        for token in (person[0], person[-1]):
            self.people.setdefault(token.text, actor)

    def _named(self, hit: NameHit, sectors: tuple[str, ...], tokens: list[Token]) -> Actor:
        text, start, end = self._text(tokens)
        entry = hit.entry
        resolved_by = _RESOLVED_BY.get(entry.kind, "country-name")
        sector = sectors or entry.sector or ("GOV",)
        prefix = "state" if entry.country else "igo"
        return Actor(text=text, start=start, end=end, name=entry.name, code=entry.code,
                     country=entry.country, sector=sector,
                     id=f"{prefix}:{entry.code}" + (f":{'-'.join(sectors)}" if sectors else ""),
                     resolved_by=f"{resolved_by}+agent" if sectors else resolved_by)

    def _agent(self, sectors: tuple[str, ...], tokens: list[Token]) -> Actor:
        text, start, end = self._text(tokens)
        return Actor(text=text, start=start, end=end, name=tokens[-1].lemma_.lower(), code=None,
                     country=None, sector=sectors, id=f"agent:{'-'.join(sectors).lower()}",
                     resolved_by="agent")

    def _pronoun(self, head: Token) -> ActorMention | None:
        if self.last_person is None:
            return None
        actor = replace(self.last_person, text=head.text, start=head.idx,
                        end=head.idx + len(head.text), resolved_by="coreference")
        return ActorMention(actor, head.i, head.i + 1, head.i)


_RESOLVED_BY = {
    "name": "country-name", "short-name": "country-name", "abbreviation": "country-name",
    "demonym": "demonym", "capital": "capital-metonym", "seat": "capital-metonym", "igo": "dictionary",
}


def _candidate_heads(doc: Doc) -> Iterable[Token]:
    """Heads of noun phrases that may name actors, in text order."""
    heads = {chunk.root.i for chunk in doc.noun_chunks}
    heads.update(ent.root.i for ent in doc.ents if ent.label_ in _NAME_LABELS | _ORG_LABELS)
    heads.update(t.i for t in doc if t.lower_ in _PERSON_PRONOUNS)
    return (doc[i] for i in sorted(heads))


def _outermost(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions nested inside a larger mention with the same head chain."""
    kept = []
    for mention in mentions:
        inside = any(o is not mention and o.first <= mention.head < o.last and o.head != mention.head
                     and mention.first >= o.first and mention.last <= o.last for o in mentions)
        if not inside:
            kept.append(mention)
    return kept


def resolve_actors(document: Document) -> Document:
    """The actor stage: every actor mention in the story, resolved."""
    resolver = _Resolver(document.doc)
    mentions = [m for m in (resolver.resolve(h) for h in _candidate_heads(document.doc)) if m]
    return replace(document, mentions=tuple(_outermost(mentions)))


def mention_at(document: Document, token: Token) -> ActorMention | None:
    """The actor mention headed by, or else covering, ``token``."""
    covering = None
    for mention in document.mentions:
        if mention.head == token.i:
            return mention
        if mention.first <= token.i < mention.last and covering is None:
            covering = mention
    return covering


__all__ = ["NameHit", "find_names", "mention_at", "phrase_tokens", "resolve_actors"]
