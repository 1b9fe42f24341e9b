"""The place stage: locate every event at the place that governs its clause.

A place is a name the gazetteer knows (:mod:`dyads.gazetteer`) written as the object of a
locative preposition ("talks in Berlin", "at the Grand Kremlin Palace, in Moscow",
"near Kharkiv"), as the destination of a visit or a journey ("visits ... to Beijing",
"traveled to Jeddah", "visited Kyiv"), as the object of an assault when it is a town or a
region ("shelled Kharkiv"; in "Russia attacked Ukraine" the state is the target), or inside "the city of Lviv" or "Pakistan's southwest"; "the Afghan
capital" is Kabul. A name as subject or object of another verb is an actor, not a place: "Washington
accused Moscow" has no location. The place attaches to the event whose clause it governs
(:mod:`dyads.stages.attach`), not to whichever event is nearest, and a name written right
after it qualifies it ("Moscow, Idaho"; "Moscow, Russia" is Moscow). An event with no place
of its own inside a "where" clause takes the place the clause describes ("talks in Jeddah,
where Ukraine said it is ready to accept ...").

Namesakes are told apart by the story: the countries of its resolved actors and the
countries and US states it names unambiguously, then size (see
:func:`dyads.gazetteer.resolve_place`). An event no place governs keeps ``location = None``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyads import gazetteer, knowledge
from dyads.gazetteer import Place, StoryContext
from dyads.records import Location
from dyads.stages import Document
from dyads.stages.attach import CONTINUATIONS, attachment, attachment_rank, governing_clauses, trigger_token

__all__ = ["PlaceMention", "event_location", "find_places", "locate_events", "story_context"]

_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})  # ORG: "at the Kremlin"
_CHAIN_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around",
                       "within", "into", "off", "nearby"})
_DESTINATION = frozenset({"to", "toward", "towards"})
# Words whose destination is where the event happens: "visits to Beijing", "traveled to Jeddah".
_MOVEMENT = frozenset({"visit", "travel", "trip", "tour", "journey", "fly", "go", "come", "head",
                       "return", "arrive", "deploy", "redeploy", "dispatch", "flee", "evacuate"})
_VISIT = frozenset({"visit", "tour"})  # "visited Kyiv": the object is the destination
# Assaults whose object, when a place, is where they happened: "shelled Kharkiv", "invaded Ukraine".
_ASSAULT = frozenset({"attack", "strike", "shell", "bomb", "bombard", "raid", "storm", "seize",
                      "capture", "recapture", "retake", "invade", "occupy", "besiege", "encircle",
                      "liberate", "overrun"})
_PLACE_OBJECT = _VISIT | _ASSAULT
# Common nouns a place name can hang from: "in the city of Lviv", "the capital, Kyiv".
_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "region", "province", "state",
                          "district", "port", "county", "area", "oblast", "governorate", "island",
                          "enclave", "outskirts", "suburb", "neighborhood", "neighbourhood",
                          # "in Pakistan's restive southwest", "in Ukraine's east"
                          "north", "south", "east", "west", "northeast", "northwest", "southeast",
                          "southwest", "border", "coast"})
_QUALIFIER_DEPS = frozenset({"conj", "appos", "npadvmod", "compound"})
_SPECIFIC = {kind: rank for rank, kind in enumerate(gazetteer.KINDS)}
# What a "where" clause says happened there includes what was said there.
_SETTING_THROUGH = CONTINUATIONS | {"ccomp"}


@dataclass(frozen=True)
class PlaceMention:
    """A place name in a parsed document, its namesakes, and the names qualifying it.

    ``head_token_index`` is the document index of the name's syntactic root; ``qualifiers``
    are the namesakes of the names written right after it ("Idaho" in "Moscow, Idaho").
    """

    start_char: int
    end_char: int
    text: str
    head_token_index: int
    namesakes: tuple[Place, ...]
    qualifiers: tuple[Place, ...] = ()


# --------------------------------------------------------------------------- finding names


def _compound_name(token: Token) -> Span:
    """A proper noun with the proper nouns compounded to its left ("New Delhi")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "PROPN" \
            and token.doc[start - 1].head.i == token.i:
        start -= 1
    return token.doc[start: token.i + 1]


def _in_place_position(token: Token) -> bool:
    """Object of a locative or destination preposition, of "visit", or of "the town of"."""
    if token.dep_ == "pobj":
        preposition = token.head
        if preposition.lower_ == "of":  # the NER calls "Aungban" in "the town of Aungban" a group
            return preposition.head.lower_ in _PLACE_NOUNS
        return preposition.lower_ in _LOCATIVE or preposition.lower_ in _DESTINATION
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _PLACE_OBJECT


def _name_spans(doc: Doc) -> Iterator[Span]:
    """Place-like entities, and proper nouns in a place position whatever the NER made of them
    (the small model tags "Kyiv" in "visited Kyiv" as a person)."""
    entity_at = {}
    for ent in doc.ents:
        if ent.label_ in _PLACE_ENTITIES:
            yield ent
        else:
            entity_at[ent.root.i] = ent
    for token in doc:
        label = token.ent_type_
        if token.pos_ == "PROPN" and label not in _PLACE_ENTITIES and label not in _NOT_NAMES \
                and _in_place_position(token):
            yield entity_at.get(token.i) or _compound_name(token)


def _capital_mention(token: Token) -> PlaceMention | None:
    """"the Afghan capital": the capital of the state a demonym names."""
    for child in token.children:
        alias = knowledge.country_aliases().get(knowledge.normalise_alias(child.text))
        if child.dep_ == "amod" and alias is not None and alias.kind == "demonym":
            capital = gazetteer.capital_of(alias.iso3)
            if capital is not None:
                start, end = min(child.idx, token.idx), token.idx + len(token)
                return PlaceMention(start, end, token.doc.text[start:end], token.i, (capital,))
    return None


def _mention(span: Span) -> PlaceMention | None:
    """The mention of a span if the gazetteer knows the name ("Moscow, Idaho" as one entity:
    the first part, qualified by the rest)."""
    if not any(c.isupper() for c in span.text):
        return None  # "us", "china" in lowercase are words, not names
    first, *rest = [part.strip() for part in span.text.split(",")]
    namesakes = gazetteer.lookup(first)
    if not namesakes:
        return None
    qualifiers = tuple(p for part in rest for p in gazetteer.lookup(part))
    end = span.start_char + len(first) if rest else span.end_char
    return PlaceMention(span.start_char, end, first, span.root.i, namesakes, qualifiers)


def _qualified_by(mention: PlaceMention, doc: Doc) -> int | None:
    """The head index of the name this one qualifies ("Russia" in "Moscow, Russia"), if any."""
    root = doc[mention.head_token_index]
    if root.dep_ not in _QUALIFIER_DEPS or root.head.i >= root.i:
        return None
    between = doc[root.head.i + 1: root.i]
    return root.head.i if any(t.text == "," for t in between) else None


def find_places(doc: Doc) -> list[PlaceMention]:
    """The place names of a parsed document that the gazetteer knows, in text order, with the
    names that qualify them folded in ("Moscow, Russia" is one mention of Moscow).

    Example: in "Students rallied in Moscow, Idaho." there is one mention, ``"Moscow"``, whose
    ``qualifiers`` hold the US state Idaho.
    """
    found = {m.head_token_index: m for s in _name_spans(doc) if (m := _mention(s)) is not None}
    for token in doc:
        if token.lower_ == "capital" and token.i not in found and _in_place_position(token):
            if (capital := _capital_mention(token)) is not None:
                found[token.i] = capital
    for index, mention in sorted(found.items(), reverse=True):  # innermost qualifier first
        target = _qualified_by(mention, doc)
        if target is not None and target in found:
            outer = found[target]
            added = mention.namesakes + mention.qualifiers
            found[target] = replace(outer, qualifiers=outer.qualifiers + added)
            del found[index]
    return sorted(found.values(), key=lambda m: m.start_char)


# --------------------------------------------------------------------------- the story


def story_context(document: Document, mentions: Sequence[PlaceMention]) -> StoryContext:
    """The countries and US states a story is about: its actors' countries, and the places it
    names that can only be in one country (or one US state)."""
    countries = {m.actor.country for m in document.mentions if m.actor.country}
    admin1: set[tuple[str, str]] = set()
    for mention in mentions:
        for places in (mention.namesakes, mention.qualifiers):
            owners = {p.country for p in places}
            if len(owners) == 1 and None not in owners:
                countries |= {p.country for p in places if p.country}
            states = {(p.country, p.admin1) for p in places if p.kind == "admin1" and p.country}
            if len(states) == 1 and all(p.kind == "admin1" for p in places):
                admin1 |= states
    return StoryContext(frozenset(countries), frozenset(admin1))


# --------------------------------------------------------------------------- attachment


def _chained(token: Token) -> bool:
    return token.ent_type_ in _CHAIN_ENTITIES or token.lower_ in _PLACE_NOUNS


def _where(link: str, governor: Token, place: Place) -> bool:
    """Whether a name linked this way to this word says where the word's event happened.

    The object of an assault is a place when it is a town or a region ("shelled Kharkiv");
    a state it attacks is its target, an actor ("Russia attacked Ukraine").
    """
    if link in _LOCATIVE:
        return True
    if link in _DESTINATION:
        return governor.lemma_.lower() in _MOVEMENT
    if link != "dobj":
        return False
    lemma = governor.lemma_.lower()
    return lemma in _VISIT or (lemma in _ASSAULT and place.kind != "country")


@dataclass(frozen=True)
class _Located:
    """A resolved place, its name's head token and the token the name modifies (None when the
    name is not in a place position: "Washington accused Moscow")."""

    place: Place
    head: int
    governor: Token | None


def _located(doc: Doc, mentions: Sequence[PlaceMention], context: StoryContext) -> list[_Located]:
    found = []
    for mention in mentions:
        place = max(mention.namesakes, key=lambda p: gazetteer.score(p, context, mention.qualifiers))
        link = attachment(doc[mention.head_token_index], _chained)
        where = link is not None and _where(link.link, doc[link.governor], place)
        found.append(_Located(place, mention.head_token_index, doc[link.governor] if where else None))
    return found


def _named_at(token: Token, located: Sequence[_Located]) -> Place | None:
    """The place named at ``token`` or at the name it qualifies ("Jeddah, Saudi Arabia")."""
    for _ in range(4):
        place = next((item.place for item in located if item.head == token.i), None)
        if place is not None or token.dep_ not in _QUALIFIER_DEPS:
            return place
        token = token.head
    return None


def _setting(trigger: Token, located: Sequence[_Located]) -> Place | None:
    """The place a "where" clause around the event describes ("talks in Jeddah, where Ukraine
    said it is ready to accept ...")."""
    for clause in governing_clauses(trigger, _SETTING_THROUGH):
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
            return _named_at(clause.head, located)
    return None


def _best(trigger: Token, located: Sequence[_Located]) -> Place | None:
    """The place closest to the event; the more specific wins a tie ("in Kharkiv, Ukraine")."""
    scored = []
    for item in located:
        if item.governor is None or item.governor.sent.start != trigger.sent.start:
            continue
        rank = attachment_rank(trigger, item.governor)
        if rank is not None:
            scored.append((rank, _SPECIFIC.get(item.place.kind, 0), abs(item.head - trigger.i), item.place))
    if scored:
        return min(scored, key=lambda s: s[:3])[3]
    return _setting(trigger, located)


def event_location(trigger: Token, context: StoryContext = StoryContext(),
                   mentions: Sequence[PlaceMention] | None = None) -> Location | None:
    """Where the event whose trigger (verb or event noun) is ``trigger`` happened, or None.

    Args:
        trigger: the event's trigger token in a parsed document.
        context: the story's countries and US states (see :func:`story_context`).
        mentions: the document's place mentions (:func:`find_places` when omitted).

    Returns:
        The gazetteer place that governs the trigger's clause, as a ``Location``, or None.

    Example: for "clashed" in "Baerbock clashed with Qin in Berlin on Tuesday." ->
    ``Location('Berlin', 2950159, 'DEU', 52.52437, 13.41053)``.
    """
    doc = trigger.doc
    found = find_places(doc) if mentions is None else mentions
    place = _best(trigger, _located(doc, found, context))
    return None if place is None else place.location()


def locate_events(document: Document) -> Document:
    """The place stage: each event takes the place that governs its clause, if any.

    Args:
        document: a parsed story with its events coded and actors resolved.

    Returns:
        The document with ``location`` set on every event a place name governs.

    Example: "Putin will meet Xi in Beijing next week." locates the event in Beijing
    (geonameid 1816670, CHN).
    """
    if not document.events:
        return document
    doc = document.doc
    mentions = find_places(doc)
    if not mentions:
        return document
    located = _located(doc, mentions, story_context(document, mentions))
    events = []
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        place = _best(token, located) if token is not None else None
        events.append(event if place is None else replace(event, location=place.location()))
    return replace(document, events=tuple(events))
