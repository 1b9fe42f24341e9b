"""The actor stage: find actor mentions and resolve them to name, code, country and sector.

A mention is a noun phrase (spaCy noun chunk, named entity, known name or personal
pronoun). How a phrase resolves, first rule that applies (``resolved_by`` says which):

* a person's name (PERSON entity or a known person of the dictionary): the person met
  earlier in the story under that name (``coreference``), else the state of a title in the
  phrase ("Chinese President Xi Jinping": ``title``), else the person's role on the story
  date in the known-actor dictionary (``dictionary``), filling what the title leaves open;
* a known organisation of the dictionary ("FSB", "People's Liberation Army": ``dictionary``);
  a state named in the phrase outside the known name wins the country ("Chile's Defense
  Department");
* a state or organisation name: ``country-name``, ``demonym``, ``capital-metonym`` (capitals
  and seats of power: "Washington", "the Kremlin"), IGO names (``dictionary``). A definite
  description ("the Chinese leader") means the most recent person of that state whose sector
  agrees (``coreference``);
* a generic agent noun ("protesters", "police", "the government": ``agent``), with the state
  of a modifier ("Ukrainian troops": ``demonym+agent``), of a place it is said to be in ("rebels
  in Mali"), or of the person owning it ("his forces");
* he, she, him, her: the person the pronoun means (:mod:`dyads.stages.coref`).

Sectors. A bare state name or demonym ("France", "Chinese") names the state as a whole: its
sector is empty, as the peer coder NGEC writes it. Capitals stand for their governments
("Beijing" -> GOV) and seats carry their own sector ("the Pentagon" -> MIL). When such an
actor takes part in an event, PLOVER codes it as the government: :func:`participant_sectors`
gives that reading.

Places are not actors: a state or place name that is the object of a locative preposition
("talks in Berlin", "at the White House") or the dateline gives no mention.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dyads import knowledge
from dyads.actor_dictionary import ActorDictionary, KnownActor, Role, default_dictionary
from dyads.gazetteer import resolve_place
from dyads.records import Actor
from dyads.stages import ActorMention, Document, Stage
from dyads.stages.coref import StoryMemory, gender_of
from dyads.stages.titles import (STATE_NAME_KINDS, NameHit, find_names, fold, phrase_sectors,
                                 phrase_tokens, sectors_of)

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its"})
_NAME_LABELS = frozenset({"PERSON"})
_ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that place an agent in a country: "rebels in", "Albanians of", "refugees from".
_LOCATING_PREPS = frozenset({"in", "of", "from", "throughout", "inside"})
# Prepositions whose object is a place where something happens, never a participant.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around",
                             "throughout", "within"})
# Title nouns that name one person ("the Chinese leader"), as opposed to an institution.
_PERSON_TITLES = frozenset({"leader", "president", "premier", "minister", "chancellor", "king",
                            "queen", "emir", "sultan", "counterpart", "secretary", "monarch",
                            "ruler", "prime minister", "foreign minister", "defence minister",
                            "defense minister", "head", "chief", "envoy", "ambassador"})
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,30}(,[^\n\u2014\u2013]{1,40}?)?\s*(\([^)\n]{1,20}\))?\s*[\u2014\u2013-]")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def participant_sectors(actor: Actor) -> tuple[str, ...]:
    """The actor's sectors as an event participant: a bare state takes part as its government.

    Example: the actor of "France" has sectors (); ``participant_sectors`` gives ("GOV",).
    """
    if not actor.sector and actor.country is not None:
        return ("GOV",)
    return actor.sector


class _Resolver:
    """Resolves the actor phrases of one story, remembering the people it has met."""

    def __init__(self, document: Document, dictionary: ActorDictionary):
        doc = document.doc
        self.doc = doc
        self.on = document.story.story_date
        self.text = doc.text  # Doc.text is rebuilt from the tokens on every access
        self.person_at = {i: e for e in doc.ents if e.label_ in _NAME_LABELS
                          and e.text[:1].isupper() for i in range(e.start, e.end)}
        self.place_at = {i for e in doc.ents if e.label_ in _PLACE_LABELS
                         for i in range(e.start, e.end)}
        self.hits = find_names(doc)
        self.hit_at = {i: h for h in self.hits for i in range(h.first, h.last)}
        self.known = _known_spans(doc, dictionary, self.on)
        self.known_at = {i: k for k in self.known for i in range(k[0], k[1])}
        self.memory = StoryMemory([(s.start, s.end, s.root.i) for s in doc.sents])
        self.dateline_end = _dateline_end(doc)
        self.tokens = list(doc)  # a spaCy Token is built anew on every access
        self.pronouns = [t.i for t in self.tokens if t.lower_ in _PERSON_PRONOUNS and t.pos_ == "PRON"]
        self.people_at: dict[int, Actor] = {}  # first token of a resolved name -> its person

    # ------------------------------------------------------------------ phrases

    def resolve(self, head: Token) -> ActorMention | None:
        """The actor of the phrase headed by ``head``, if it is one."""
        tokens = phrase_tokens(head)
        if self._is_place(head, tokens):
            return None
        known = self._known_in(head, tokens)
        name = self._name_tokens(tokens, known)
        title = [t for t in tokens if name is None or not name[0].i <= t.i <= name[-1].i]
        hit = self._country_hit(head, title)
        # "United States", "Islamic Republic": words of a name are no title nouns
        sectors = phrase_sectors([t for t in title if t.i not in self.hit_at])
        if name is not None:
            actor = self._person(head, tokens, name, known, hit, sectors)
        elif known is not None and (known[0] <= head.i < known[1]) and self._org_role(known):
            actor = self._organisation(tokens, known, hit)
        elif hit is not None:
            actor = self._named(head, tokens, hit, sectors)
        elif sectors and _nominal(head):
            actor = self._agent(head, tokens, sectors)
        else:
            return None
        return ActorMention(actor, tokens[0].i, tokens[-1].i + 1, head.i)

    def _is_place(self, head: Token, tokens: list[Token]) -> bool:
        """A place, not a participant: a dateline, or a named place after in/at/near."""
        if head.i < self.dateline_end:
            return True
        if head.i in self.person_at or not self._names_place(head, tokens):
            return False
        node = head
        while node.dep_ in ("compound", "conj", "appos") and node.head.i != node.i:
            node = node.head
        return node.dep_ == "pobj" and node.head.lower_ in _LOCATIVE_PREPS

    def _names_place(self, head: Token, tokens: list[Token]) -> bool:
        hit = self.hit_at.get(head.i)
        if hit is not None:
            return hit.entry.country is not None and not phrase_sectors(tokens)
        return head.i in self.place_at and head.i not in self.known_at

    def _known_in(self, head: Token, tokens: list[Token]) -> tuple[int, int, KnownActor] | None:
        """The known actor named in the phrase: a person first, else one covering the head."""
        inside = {self.known_at[t.i] for t in tokens if t.i in self.known_at}
        people = [k for k in inside if k[2].actor_id.startswith("person:")]
        if people:
            return min(people)
        return self.known_at.get(head.i)

    def _name_tokens(self, tokens: list[Token],
                     known: tuple[int, int, KnownActor] | None) -> list[Token] | None:
        """The words of a person's name in the phrase, titles left out."""
        if known is not None and known[2].actor_id.startswith("person:"):
            span = list(self.doc[known[0]:known[1]])
            size = len(known[2].name.split())
            if len(span) >= size and fold(" ".join(t.text for t in span[-size:])) == fold(known[2].name):
                return span[-size:]  # "Foreign Minister Qin Gang": the name, whatever its words
            return _trailing_name(span) or None
        for token in tokens:
            ent = self.person_at.get(token.i)
            if ent is not None and ent.start == token.i and not self._is_state_name(ent):
                return _trailing_name(list(ent)) or None
        name = _trailing_name(tokens)  # a name the tagger missed, met earlier in the story
        if name and all(t.pos_ == "PROPN" for t in name) and self.memory.named([t.text for t in name]):
            return name
        return None

    def _is_state_name(self, ent: Span) -> bool:
        """A PERSON entity that is wholly a state or capital name ("Kiev") names no person."""
        return all(t.i in self.hit_at for t in ent)

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

    def _text(self, tokens: Sequence[Token]) -> tuple[str, int, int]:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return self.text[start:end], start, end

    # ------------------------------------------------------------------ people

    def _person(self, head: Token, tokens: list[Token], name: list[Token],
                known: tuple[int, int, KnownActor] | None, hit: NameHit | None,
                sectors: tuple[str, ...]) -> Actor:
        text, start, end = self._text(tokens)
        words = [t.text for t in name]
        if name[0].i in self.people_at:  # the same name seen from another head of the phrase
            return replace(self.people_at[name[0].i], text=text, start=start, end=end)
        met = self.memory.named(words)
        if met is not None and (hit is None or hit.entry.code == met.code):
            actor = replace(met, text=text, start=start, end=end, resolved_by="coreference",
                            sector=met.sector or sectors)
        else:
            actor = self._new_person(text, start, end, words, known, hit, sectors)
        self.memory.remember(actor, words, head, gender_of(tokens))
        self.people_at[name[0].i] = actor
        return actor

    def _new_person(self, text: str, start: int, end: int, words: list[str],
                    known: tuple[int, int, KnownActor] | None, hit: NameHit | None,
                    sectors: tuple[str, ...]) -> Actor:
        person = known[2] if known is not None else None
        role = person.role_on(self.on) if person is not None else None
        agrees = role is not None and (hit is None or hit.entry.code == role.country)
        if hit is not None:
            code, country = hit.entry.code, hit.entry.country
            sector = sectors or ((role.sector,) if agrees and role else ())
        elif agrees and role is not None and person is not None:
            code, country = role.country, _state(role.country)
            sector = sectors or _role_sectors(role)
        else:
            code, country, sector = None, None, sectors
        if agrees and person is not None:
            name, actor_id = person.name, person.actor_id
        else:
            name, actor_id = " ".join(words), f"person:{_slug(' '.join(words))}"
        resolved_by = "title" if hit is not None else "dictionary" if agrees else "name"
        return Actor(text=text, start=start, end=end, name=name, code=code, country=country,
                     sector=sector, id=actor_id, resolved_by=resolved_by)

    def pronoun(self, head: Token) -> ActorMention | None:
        """The person a personal pronoun means, if the story has met one that fits."""
        found = self.memory.antecedent(head)
        if found is None:
            return None
        actor = replace(found, text=head.text, start=head.idx, end=head.idx + len(head.text),
                        resolved_by="coreference")
        self.memory.remember(actor, (), head, None)
        return ActorMention(actor, head.i, head.i + 1, head.i)

    # ------------------------------------------------------------------ organisations, states

    def _org_role(self, known: tuple[int, int, KnownActor]) -> Role | None:
        return known[2].role_on(self.on)

    def _organisation(self, tokens: list[Token], known: tuple[int, int, KnownActor],
                      hit: NameHit | None) -> Actor:
        text, start, end = self._text(tokens)
        role = self._org_role(known)
        assert role is not None  # checked by the caller
        outside = hit is not None and not known[0] <= hit.first < known[1]
        code = hit.entry.code if outside and hit is not None else role.country
        return Actor(text=text, start=start, end=end, name=known[2].name, code=code,
                     country=_state(code), sector=_role_sectors(role), id=known[2].actor_id,
                     resolved_by="dictionary")

    def _named(self, head: Token, tokens: list[Token], hit: NameHit,
               sectors: tuple[str, ...]) -> Actor:
        entry = hit.entry
        if entry.country is not None and _describes_person(head, tokens):
            person = self.memory.described(entry.code, sectors, head.i)
            if person is not None:
                text, start, end = self._text(tokens)
                return replace(person, text=text, start=start, end=end, resolved_by="coreference")
        text, start, end = self._text(tokens)
        resolved_by = _RESOLVED_BY.get(entry.kind, "country-name")
        if sectors:
            sector = sectors
        elif entry.country is None or entry.kind not in STATE_NAME_KINDS:
            sector = entry.sector or ("GOV",)  # organisations; capitals and seats of power
        else:
            sector = entry.sector  # the state as a whole (PRE for a partly recognised one)
        prefix = "state" if entry.country else "igo"
        return Actor(text=text, start=start, end=end, name=entry.name, code=entry.code,
                     country=entry.country, sector=sector,
                     id=f"{prefix}:{entry.code}" + (f":{'-'.join(sectors)}" if sectors else ""),
                     resolved_by=f"{resolved_by}+agent" if sectors else resolved_by)

    def _agent(self, head: Token, tokens: list[Token], sectors: tuple[str, ...]) -> Actor:
        text, start, end = self._text(tokens)
        hit = self._located_hit(head)
        if hit is not None:
            return replace(self._named(head, tokens, hit, sectors), text=text, start=start, end=end)
        inner = self._inner_state(head, tokens)
        if inner is not None:
            return Actor(text=text, start=start, end=end, name=inner[1], code=inner[0],
                         country=inner[0], sector=sectors, id=f"state:{inner[0]}:{'-'.join(sectors)}",
                         resolved_by="dictionary+agent")
        owner = self._owner(head)
        if owner is not None and owner.code is not None:
            return Actor(text=text, start=start, end=end, name=owner.name, code=owner.code,
                         country=owner.country, sector=sectors,
                         id=f"state:{owner.code}:{'-'.join(sectors)}" if owner.country else owner.id,
                         resolved_by="coreference+agent")
        return Actor(text=text, start=start, end=end, name=head.lemma_.lower(), code=None,
                     country=None, sector=sectors, id=f"agent:{'-'.join(sectors).lower()}",
                     resolved_by="agent")

    def _inner_state(self, head: Token, tokens: list[Token]) -> tuple[str, str] | None:
        """The state of a known organisation or a town named before the agent noun
        ("a former CIA official", "Shanghai police")."""
        for token in tokens:
            known = self.known_at.get(token.i)
            role = known[2].role_on(self.on) if known is not None else None
            if role is not None and _state(role.country) is not None:
                return role.country, knowledge.country_name(role.country)
        for token in tokens:
            if token.i < head.i and token.i in self.place_at and token.dep_ in ("compound", "nmod"):
                place = resolve_place(token.text)
                if place is not None and place.country is not None and _state(place.country):
                    return place.country, knowledge.country_name(place.country)
        return None

    def _owner(self, head: Token) -> Actor | None:
        """The person a possessive pronoun in the phrase means ("his forces")."""
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                return self.memory.antecedent(child, lookback=1)
        return None


_RESOLVED_BY = {
    "name": "country-name", "short-name": "country-name", "abbreviation": "country-name",
    "prefix": "country-name", "territory": "country-name",
    "demonym": "demonym", "capital": "capital-metonym", "seat": "capital-metonym", "igo": "dictionary",
}


def _trailing_name(tokens: list[Token]) -> list[Token]:
    """The name at the end of a titled name: "Foreign Minister Qin Gang" -> "Qin Gang"."""
    name: list[Token] = []
    for token in reversed(tokens):
        if token.is_punct and token.text not in ("-", "."):
            break
        if sectors_of(token) or token.lower_ in _OWNER_PRONOUNS or not token.text[:1].isupper():
            if name:
                break
            continue
        name.insert(0, token)
    return name


def _nominal(head: Token) -> bool:
    """A noun, or an agent noun the tagger took for an adjective ("paramedic" alone)."""
    return head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and head.dep_ in _NOMINAL_DEPS)


_NOMINAL_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})


def _describes_person(head: Token, tokens: list[Token]) -> bool:
    """'the Chinese leader', 'his Ukrainian counterpart': a title naming one person."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    words = {t.lower_ for t in tokens} | {f"{a.lower_} {b.lower_}" for a, b in zip(tokens, tokens[1:])}
    determined = any(t.lower_ == "the" or t.dep_ == "poss" for t in head.children)
    return determined and bool(words & _PERSON_TITLES) and head.lower_ in _PERSON_TITLES


def _state(code: str | None) -> str | None:
    """The code as a state's ISO3, or None for an organisation's code."""
    return code if code is not None and code in _state_codes() else None


@functools.cache
def _state_codes() -> frozenset[str]:
    return frozenset(alias.iso3 for alias in knowledge.country_aliases().values())


def _role_sectors(role: Role) -> tuple[str, ...]:
    return (role.sector,) if role.sector else ()


def _known_spans(doc: Doc, dictionary: ActorDictionary, on: object) -> list[tuple[int, int, KnownActor]]:
    """Known actors of the dictionary named in the text, as token ranges."""
    spans = []
    for found in dictionary.find_known(doc.text, on):  # type: ignore[arg-type]
        span: Span | None = doc.char_span(found.start, found.end, alignment_mode="contract")
        if span is not None and len(span):
            spans.append((span.start, span.end, found.actor))
    return spans


def _dateline_end(doc: Doc) -> int:
    """The token after a dateline ("KYIV, Ukraine (AP) —"), or 0 when the story has none."""
    match = _DATELINE.match(doc.text[:80])
    if match is None:
        return 0
    span = doc.char_span(0, match.end(), alignment_mode="expand")
    return span.end if span is not None else 0


def _candidate_heads(doc: Doc, resolver: _Resolver) -> Iterable[Token]:
    """Heads of noun phrases that may name actors, in text order (pronouns apart)."""
    heads = {chunk.root.i for chunk in doc.noun_chunks}
    heads.update(ent.root.i for ent in doc.ents if ent.label_ in _NAME_LABELS | _ORG_LABELS)
    heads.update(doc[first:last].root.i for first, last, _ in resolver.known)
    heads.update(doc[hit.first:hit.last].root.i for hit in resolver.hits)
    heads.update(t.i for t in resolver.tokens if t.pos_ == "ADJ" and t.dep_ in _NOMINAL_DEPS
                 and sectors_of(t))
    heads.difference_update(resolver.pronouns)
    return (resolver.tokens[i] for i in sorted(heads))


def _outermost(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions nested inside a larger mention with the same head chain."""
    kept = []
    for mention in mentions:
        inside = any(o is not mention and o.first <= mention.head < o.last and o.head != mention.head
                     and mention.first >= o.first and mention.last <= o.last for o in mentions)
        if not inside:
            kept.append(mention)
    return kept


def resolve_actors(document: Document, dictionary: ActorDictionary | None = None) -> Document:
    """The actor stage: every actor mention in the story, resolved.

    Args:
        document: a parsed story.
        dictionary: the known actors to look names up in; the shipped one when None (see
            :func:`actor_stage` for a user's ``actors_file``).

    Returns:
        The document with ``mentions`` set, in text order.

    Example:
        >>> doc = resolve_actors(Document(story, nlp(story.text)))  # doctest: +SKIP
        >>> [(m.actor.text, m.actor.code, m.actor.sector) for m in doc.mentions]  # doctest: +SKIP
        [('Ukrainian troops', 'UKR', ('MIL',)), ('Putin', 'RUS', ('GOV',))]
    """
    resolver = _Resolver(document, dictionary or default_dictionary())
    doc = document.doc
    mentions = [m for m in (resolver.resolve(h) for h in _candidate_heads(doc, resolver)) if m]
    mentions.extend(m for m in (resolver.pronoun(resolver.tokens[i]) for i in resolver.pronouns) if m)
    mentions.sort(key=lambda m: (m.first, m.head))
    return replace(document, mentions=tuple(_outermost(mentions)))


@functools.lru_cache(maxsize=8)
def user_dictionary(actors_file: str) -> ActorDictionary:
    """The shipped dictionary with a user's actors file over it, read once per process.

    Raises ActorFileError naming the line for a malformed file.
    """
    return default_dictionary().with_user_file(Path(actors_file))


def actor_stage(actors_file: str = "") -> Stage:
    """The actor stage with a user's actors file (the ``actors_file`` setting; "" for none).

    Example: ``stage = actor_stage(settings.actors_file); document = stage(document)``.
    """
    if not actors_file:
        return resolve_actors
    dictionary = user_dictionary(actors_file)
    return functools.partial(resolve_actors, dictionary=dictionary)


def mention_at(document: Document, token: Token) -> ActorMention | None:
    """The actor mention headed by, or else covering, ``token``."""
    covering = None
    for mention in document.mentions:
        if mention.head == token.i:
            return mention
        if mention.first <= token.i < mention.last and covering is None:
            covering = mention
    return covering


__all__ = ["NameHit", "actor_stage", "find_names", "mention_at", "participant_sectors",
           "phrase_tokens", "resolve_actors", "user_dictionary"]
