"""The place stage: locate every event at the place that governs its clause.

A place is a name the gazetteer knows (:mod:`dyads.gazetteer`) written as the object of a
locative preposition ("talks in Berlin", "at the Grand Kremlin Palace, in Moscow",
"near Kharkiv"), as the destination of a visit or a journey ("visits ... to Beijing",
"traveled to Jeddah", "visited Kyiv"), as the object of an assault when it is a town or a
region ("shelled Kharkiv", "a strike on Odesa"; in "Russia attacked Ukraine" the state is the
target), or inside "the city of Lviv", "the streets of Tbilisi" or "Pakistan's southwest";
"the Afghan capital" is Kabul. A name as subject
or object of another verb is an actor, not a place: "Washington accused Moscow" has no
location. The place attaches to the event whose clause it governs
(:mod:`dyads.stages.attach`), not to whichever event is nearest, and a name written right
after it qualifies it ("Moscow, Idaho"; "Moscow, Russia" is Moscow), and a name in apposition
to a place noun is the place ("in the regional capital, Banja Luka"). An event with no place
of its own inside a "where" clause takes the place the clause describes ("talks in Jeddah,
where Ukraine said it is ready to accept ..."). A town compounded to an occasion is where it
happens ("the Jeddah talks", and a city-state's city: "the Singapore summit"; a state so
written is a party: "U.S.-Ukraine talks"), and a
meeting's or summit's place is where what is done at it happens, however deep in the clause
("met on the sidelines of the summit in Kazan"); a place in a participle scene-setter or
describing the subject as it acts counts ("Speaking at a news conference in Oslo, ...",
"EU leaders, meeting in Brussels, agreed"); a place in an apposition says who an actor is
("Demir, of a think tank in Ankara"), not where. An occasion placed in a country takes the
town a later definite mention of it names ("talks in Canada" ... "The talks in Charlevoix").

With no place in its own sentence, an event takes, in order: the place of the occasion a
definite noun of its clause, or of a participle setting its scene, points back to ("boycotted
the meeting", "Speaking at the event, ..."; a definite incident noun, "the attack", points
back to the incident told of before); for a speaker's own
speech act inside a quote, the place of the quote's cue; for a simple-past sentence that says
it goes on from the one before ("The hosts, however, did not invite ..."), that sentence's
place, also when that place is an occasion's it points back to; for an event foretold in a
sentence that goes on from a meeting or journey yet to come that the sentence before
announces, that occasion's place. These are the time stage's rules
(:mod:`dyads.stages.attach`). Last, a story whose
lead reports an occasion with a place ("Foreign ministers gathered Thursday in Rome", "The
announcement came during a two-day visit by the premier to Oslo") sets the scene for the
words and talks of its participants on that day: for the whole story when the occasion is the
lead's main verb; else while the sentences after it tell of them, and for their talks after.
Likewise a story whose lead reports a deed at a town ("Militants attacked a train on Tuesday
near Sibi") sets the scene for the deeds it goes on to tell in the simple past, on that day
("The militants blew up the tracks"), which take the town and, when the text gives them no
date, the incident's day; not for words, plans or denials, nor for a deed in a sentence that
names somewhere else, and only until the story moves to another town of the country or back
to an earlier time. An occasion of the host's own people alone sets no scene.

"The country", "the nation" or "the capital" in a place position points back at the state the
story named last, "the city" or "the town" at the town ("relaunched hostilities in the central
African nation"); an adverb pointing at a place phrase passes it on ("killed dozens elsewhere
in Hirshabelle"), and a site's town is where what happened at the site happened ("massed in
front of the consulate in Istanbul"), also where a participant was held ("cleared out the
migrants held at its base in Cuba"). "On" a part of a place is in it ("on the streets of New
York City"); what a relative clause of an incident tells of happened where the incident did
("the bombing of a base in Ivory Coast that killed nine soldiers"); a place a participle beside
the event sends someone on to is not the event's ("removed the migrants, flying them to
Louisiana").

Namesakes are told apart by the story: the countries of its resolved actors and the
countries and US states it names unambiguously, then size (see
:func:`dyads.gazetteer.resolve_place`). An event no place governs keeps ``location = None``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyads import gazetteer, knowledge, temporal
from dyads.gazetteer import Place, StoryContext
from dyads.records import DateInfo, Event, Location
from dyads.stages import Document
from dyads.stages.attach import (CONTINUATIONS, antecedents, attachment, attachment_rank, clause_head,
                                 continues, foretold, governing_clauses, narrated, planned, reports,
                                 simple_past, speech_cue, trigger_token)

__all__ = ["PlaceMention", "event_location", "find_places", "locate_events", "story_context"]

_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})  # ORG: "at the Kremlin"
_CHAIN_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around",
                       "within", "into", "off", "nearby"})
_DESTINATION = frozenset({"to", "toward", "towards"})
# Words whose destination is where the event happens: "visits to Beijing", "traveled to Jeddah".
_MOVEMENT = frozenset({"visit", "travel", "trip", "tour", "journey", "fly", "go", "come", "head",
                       "return", "arrive", "deploy", "redeploy", "dispatch", "flee", "evacuate",
                       "welcome"})  # "welcomed the president to Beijing": in Beijing
_VISIT = frozenset({"visit", "tour"})  # "visited Kyiv": the object is the destination
# Journeys that bring a visitor to an occasion (not "fled to Poland", "deployed to the border").
_ARRIVAL = _VISIT | {"travel", "arrive", "fly"}
# Assaults whose object, when a place, is where they happened: "shelled Kharkiv", "invaded Ukraine".
_ASSAULT = frozenset({"attack", "strike", "shell", "bomb", "bombard", "raid", "storm", "seize",
                      "capture", "recapture", "retake", "invade", "occupy", "besiege", "encircle",
                      "liberate", "overrun"})
_PLACE_OBJECT = _VISIT | _ASSAULT
# Assaults "on" a town happened there: "a strike on Odesa", "the assault on Bakhmut".
_ASSAULT_ON = _ASSAULT | {"assault", "airstrike", "bombing", "shelling", "offensive"}
# Participles that say where an actor lives or works, not where it is now: "a group based in Doha".
_RESIDENCE = frozenset({"base", "headquarter", "locate", "bear", "register", "station", "live",
                        "head", "found"})
# Common nouns a place name can hang from: "in the city of Lviv", "the capital, Kyiv".
_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "region", "province", "state",
                          "district", "port", "county", "area", "oblast", "governorate", "island",
                          "enclave", "outskirts", "suburb", "neighborhood", "neighbourhood",
                          # "in Pakistan's restive southwest", "in Ukraine's east"
                          "north", "south", "east", "west", "northeast", "northwest", "southeast",
                          "southwest", "border", "coast",
                          # "in the streets of Tbilisi", "in the centre of Kyiv"
                          "street", "streets", "center", "centre", "heart", "downtown",
                          # "in front of the consulate in Istanbul"
                          "front"})
# Parts of a place one is "on" when in it: "on the streets of Tbilisi", "on the outskirts of Kyiv".
_PARTS_ON = frozenset({"street", "streets", "outskirts", "edge", "fringes", "island", "coast", "shores"})
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
    """Object of a locative or destination preposition, of "visit", or of "the town of", or the
    name of a place noun in such a position ("in the regional capital, Banja Luka")."""
    if token.dep_ == "appos" and token.head.lower_ in _PLACE_NOUNS and token.head.i < token.i:
        return _in_place_position(token.head)
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
    """"the Afghan capital", "Afghanistan's capital", "the capital of Afghanistan": the capital
    of the state a demonym or a state's name names."""
    for child in token.children:
        state = _state_named(child)
        capital = gazetteer.capital_of(state) if state is not None else None
        if capital is not None:
            start, end = min(child.idx, token.idx), max(child.right_edge.idx + len(child.right_edge),
                                                          token.idx + len(token))
            return PlaceMention(start, end, token.doc.text[start:end], token.i, (capital,))
    return None


def _state_named(child: Token) -> str | None:
    """The ISO3 code of the state a capital's modifier names: a demonym ("Afghan"), a
    possessive ("Afghanistan's") or an "of" phrase ("of Afghanistan")."""
    if child.dep_ == "amod":
        alias = knowledge.country_aliases().get(knowledge.normalise_alias(child.text))
        return alias.iso3 if alias is not None and alias.kind == "demonym" else None
    if child.dep_ == "prep" and child.lower_ == "of":
        child = next((c for c in child.children if c.dep_ == "pobj"), child)
    elif child.dep_ != "poss":
        return None
    states = {p.country for p in gazetteer.lookup(_compound_name(child).text) if p.kind == "country"}
    return states.pop() if len(states) == 1 else None


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


# Definite nouns that point back at the state or town named last: "relaunched hostilities in
# the central African nation", "protesters gathered in the capital", "clashes in the city".
_STATE_NOUNS = frozenset({"country", "nation"})
_TOWN_NOUNS = frozenset({"city", "town"})
_BACK_POINTING = _STATE_NOUNS | _TOWN_NOUNS | {"capital"}


def _anaphoric_mentions(document: Document, named: Sequence[PlaceMention]) -> list[PlaceMention]:
    """"the country", "the nation" or "the capital" in a place position: the state named last
    before it (by a place name or as an actor's country), or that state's capital; "the city"
    or "the town": the town named last before it."""
    doc = document.doc
    nouns = [t for t in _tokens_spelled(doc, _BACK_POINTING) if _in_place_position(t) and _bare_definite(t)]
    if not nouns:
        return []
    states = sorted([(m.start_char, c) for m in named if (c := _sole_country(m)) is not None] +
                    [(doc[m.first].idx, m.actor.country) for m in document.mentions if m.actor.country])
    found = []
    for token in nouns:
        if token.lower_ in _TOWN_NOUNS:
            places = _last_town(named, token)
        else:
            before = [country for start, country in states if start < token.idx]
            place = _state_place(before[-1], token) if before else None
            places = () if place is None else (place,)
        if places:
            start = min(c.idx for c in token.children if c.dep_ == "det")
            found.append(PlaceMention(start, token.idx + len(token), doc.text[start:token.idx + len(token)],
                                      token.i, places))
    return found


def _tokens_spelled(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens of a document whose lowercase form is one of ``words`` (found on the token
    array: a stage walks every story, and most name none of them)."""
    wanted = {doc.vocab.strings.add(word) for word in words}
    return [doc[i] for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in wanted]


def _last_town(named: Sequence[PlaceMention], noun: Token) -> tuple[Place, ...]:
    """The namesakes of the town named last before a noun, when its name can only be a town."""
    before = [m for m in named if m.start_char < noun.idx and all(not p.is_area for p in m.namesakes)]
    return before[-1].namesakes if before else ()


def _sole_country(mention: PlaceMention) -> str | None:
    """The state a place name stands for when all its namesakes are states of one country."""
    countries = {p.country for p in mention.namesakes if p.kind == "country"}
    return countries.pop() if len(countries) == 1 and len(mention.namesakes) == 1 else None


def _bare_definite(noun: Token) -> bool:
    """"the (central African) nation", not "the nation's capital", "the capital, Kyiv", "the
    Afghan capital" (a state of its own) or "the capital of Mali"."""
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    if any(c.dep_ in ("poss", "appos", "prep", "compound") for c in children):
        return False
    aliases = knowledge.country_aliases()
    return not any(c.dep_ == "amod" and knowledge.normalise_alias(c.text) in aliases for c in children)


def _state_place(country: str, noun: Token) -> Place | None:
    return gazetteer.country_of(country) if noun.lower_ in _STATE_NOUNS else gazetteer.capital_of(country)


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
    lemma = governor.lemma_.lower()
    if link in _DESTINATION:
        return lemma in _MOVEMENT
    if link == "on":
        return lemma in _ASSAULT_ON and place.kind != "country"
    if link != "dobj":
        return False
    return lemma in _VISIT or (lemma in _ASSAULT and place.kind != "country")


def _describes_actor(governor: Token) -> bool:
    """A place in an apposition tells who an actor is, not where an event was ("said Demir of
    the Foreign Policy Institute, a think tank in Ankara"), also deep in its phrase ("Dodik, the
    leader of the Serb entity within Bosnia")."""
    token = governor
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "appos" and token.pos_ in ("NOUN", "PROPN") and not _chained(token)


@dataclass(frozen=True)
class _Located:
    """A resolved place, its name's head token and the token the name modifies (None when the
    name is not in a place position: "Washington accused Moscow")."""

    place: Place
    head: int
    governor: Token | None
    sentence: int  # the start of the name's sentence
    link: str = ""


def _located(doc: Doc, mentions: Sequence[PlaceMention], context: StoryContext) -> list[_Located]:
    found = []
    for mention in mentions:
        place = max(mention.namesakes, key=lambda p: gazetteer.score(p, context, mention.qualifiers))
        head = doc[mention.head_token_index]
        town = _city_of_state(mention, place) if head.dep_ == "compound" else place
        if _names_an_occasion(head, town):
            found.append(_Located(town, head.i, head.head, head.sent.start))
            continue
        link = attachment(head, _chained)
        word = "" if link is None else "in" if link.link == "on" and _on_a_part(head) else link.link
        where = link is not None and _where(word, doc[link.governor], place) \
            and not _describes_actor(doc[link.governor])
        found.append(_Located(place, head.i, doc[link.governor] if where else None, head.sent.start, word))
    return found


def _on_a_part(head: Token) -> bool:
    """Whether a name is "on" a part of itself, which is in it: "gunned down on the streets of New
    York City", "on the outskirts of Kyiv"."""
    token = head
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        token = token.head.head
    return token.lower_ in _PARTS_ON and token.dep_ == "pobj" and token.head.lower_ == "on"


def _city_of_state(mention: PlaceMention, place: Place) -> Place:
    """The city a city-state's name also names ("the Singapore summit" is in the city), else the
    place itself."""
    capital = gazetteer.capital_of(place.country) if place.kind == "country" and place.country else None
    return capital if capital is not None and capital in mention.namesakes else place


def _names_an_occasion(head: Token, place: Place) -> bool:
    """A town written before a meeting, summit or visit is where it happens ("the Jeddah
    talks"); a state so written is a party to it ("U.S.-Ukraine talks", "the Iran deal")."""
    return head.dep_ == "compound" and not place.is_area \
        and head.head.lemma_.lower() in temporal.vocabulary("occasion")


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


def _describes_participant(governor: Token | None, link: str) -> bool:
    """A place in a participle describing a participant is where the participant was, so where
    the event met it ("ambushed a truck carrying soldiers near Kandahar", "spoke to the officers
    gathered in Rome"); a destination is not ("a convoy heading to Kandahar")."""
    if governor is None or governor.dep_ != "acl" or governor.tag_ not in ("VBN", "VBG"):
        return False
    # "The alliance, headquartered in Copenhagen, was sanctioned": where it lives, not where
    # the event met it
    # "EU leaders, meeting in Brussels, agreed": where the subject is as it acts
    in_action = governor.tag_ == "VBG" or governor.head.dep_ not in ("nsubj", "nsubjpass")
    return link in _LOCATIVE and governor.lemma_.lower() not in _RESIDENCE and in_action


def _participant_rank(trigger: Token, governor: Token, link: str) -> int | None:
    """How closely a place in a participle describing a participant belongs to the event, also
    when the small model hangs it on the participle's object ("ambushed a bus transporting
    troops in Kalat": the troops, so the bus, were in Kalat)."""
    if governor.dep_ == "dobj" and governor.head.dep_ == "acl":
        governor = governor.head
    if not _describes_participant(governor, link):
        return None
    noun_rank = attachment_rank(trigger, governor.head)
    return None if noun_rank is None else noun_rank + 1


def _site_rank(trigger: Token, site: Token) -> int | None:
    """How closely a place qualifying a site belongs to the event, when the site is where the
    event happened: "massed in front of the consulate in Istanbul", also where a participant
    was held ("cleared out the migrants held at its base at Guantanamo Bay"). A site is a thing
    with a determiner: "in charge of trade in the EU" is no site."""
    if site.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ in ("det", "poss") for c in site.children):
        return None
    up = attachment(site, _chained)
    if up is None or up.link not in _LOCATIVE:
        return None
    governor = site.doc[up.governor]
    rank = attachment_rank(trigger, governor)
    if rank is None and _describes_participant(governor, up.link):
        rank = attachment_rank(trigger, governor.head)  # "freed the hostages held at a camp in Mali"
        rank = None if rank is None else rank + 1
    return None if rank is None else rank + 1


def _occasion(governor: Token) -> bool:
    """A meeting, summit or visit noun: its place is where what is done at it happens, however
    deep in the clause ("met on the sidelines of the summit in Kazan")."""
    return governor.pos_ == "NOUN" and governor.lemma_.lower() in temporal.vocabulary("occasion")


def _told_of(trigger: Token, noun: Token) -> bool:
    """Whether the event is told in a relative clause or participle describing an incident or
    an occasion, so happened where it did: "the bombing of a base in Ivory Coast that killed
    nine soldiers"."""
    clause = clause_head(trigger)
    lemma = noun.lemma_.lower()
    return clause.dep_ in ("relcl", "acl") and clause.head.i == noun.i and clause.i != noun.i \
        and (lemma in _ASSAULT_ON or _occasion(noun))


def _onward(trigger: Token, item: _Located) -> bool:
    """Whether a place is where a participle clause beside the event's sends someone on to, not
    where the event happened: "decided to remove the migrants from the base, flying them to
    Louisiana" (the removal was at the base)."""
    if item.governor is None or item.link not in _DESTINATION:
        return False
    clause = clause_head(item.governor)
    return clause.dep_ == "advcl" and clause.tag_ in ("VBG", "VBN") and clause.i > trigger.i \
        and not any(token.i == trigger.i for token in clause.subtree)


def _best(trigger: Token, located: Sequence[_Located]) -> Place | None:
    """The place closest to the event; the more specific wins a tie ("in Kharkiv, Ukraine")."""
    scored = []
    sentence = trigger.sent.start
    for item in located:
        if item.governor is None or item.sentence != sentence or _onward(trigger, item):
            continue
        rank = attachment_rank(trigger, item.governor)
        if rank is None:
            rank = _participant_rank(trigger, item.governor, item.link)
        if rank is None and item.link in _LOCATIVE:
            rank = _site_rank(trigger, item.governor)
        if rank is None and item.link in _LOCATIVE and _told_of(trigger, item.governor):
            rank = 1
        if rank is None and _occasion(item.governor):
            clause_rank = attachment_rank(trigger, clause_head(item.governor))
            rank = None if clause_rank is None else clause_rank + 2
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
    named = find_places(doc)
    mentions = sorted([*named, *_anaphoric_mentions(document, named)], key=lambda m: m.start_char)
    if not mentions:
        return document
    located = _refined(_located(doc, mentions, story_context(document, mentions)))
    carried = _narration_places(doc, located)
    plans = planned(doc, document.mentions, lambda token: _best(token, located))
    setting = _story_setting(document, located)
    incident = _incident(document, located)
    events = []
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        place = _best(token, located) if token is not None else None
        if place is None and token is not None:
            place = _antecedent_place(token, located) or \
                _speech_place(document, event, located, carried) or (
                carried.get(token.sent.start) if narrated(token) else None) or (
                plans.get(token.sent.start) if foretold(token) else None)
        if place is None and setting is not None and setting.covers(event, token):
            place = setting.place
        if place is None and incident is not None and token is not None and incident.covers(event, token) \
                and not _elsewhere(token.sent, located, incident.place):
            place, event = incident.place, replace(event, date=incident.day_of(event))
        events.append(event if place is None else replace(event, location=place.location()))
    return replace(document, events=tuple(events))


@dataclass(frozen=True)
class _Setting:
    """The occasion a story's lead reports ("Top diplomats gathered Thursday in Rome", "during a
    two-day visit by the premier to Oslo"): where, when, who took part, and where the scene
    ends (the token index of the first sentence that tells of something else)."""

    place: Place
    date: DateInfo
    participants: frozenset[str]
    scene_end: int | None = None

    def covers(self, event: Event, trigger: Token | None = None) -> bool:
        """Whether an event is a participant's words or talks on the occasion's day: there.
        Past the scene's end only talks with a participant are (a minister's "meetings with
        counterparts" on the summit's day)."""
        if event.quad_class not in (1, 3) and event.type != "CONSULT":
            return False
        codes = {event.source.code, event.target.code if event.target else None}
        if not codes & self.participants:
            return False
        same_day = (event.date.start, event.date.end) == (self.date.start, self.date.end)
        if not (same_day and (event.date.precision != "story" or self.date.end == event.date.end)):
            return False
        in_scene = self.scene_end is None or trigger is None or trigger.i < self.scene_end
        return in_scene or event.type == "CONSULT"


_LEAD_SENTENCES = 2  # a lead's occasion is in its first two sentences
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _story_setting(document: Document, located: Sequence[_Located]) -> _Setting | None:
    """The setting of a story whose lead reports an occasion with a place: a meeting, summit
    or visit at the root of its first sentence, or an occasion noun with a place of its own in
    its first two sentences ("said in a statement from the site of their talks in Canada")."""
    return _lead_setting(document, located) or _occasion_setting(document, located)


def _lead_setting(document: Document, located: Sequence[_Located]) -> _Setting | None:
    """A meeting, summit or visit at the root of the story's first sentence, with a place."""
    doc = document.doc
    lead_sentence = next(iter(doc.sents), None)
    if lead_sentence is None:
        return None
    root = lead_sentence.root
    words = temporal.vocabulary("occasion_verb").keys() | temporal.vocabulary("occasion").keys()
    if root.lemma_.lower() not in words and not any(
            c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in words for c in root.children):
        return None
    place = _best(root, located)
    lead = next((e for e in document.events if trigger_token(doc, e.trigger) == root), None)
    if place is None or lead is None:
        return None
    end = root.sent.end
    participants = frozenset(m.actor.code for m in document.mentions if m.last <= end and m.actor.code)
    return _Setting(place, lead.date, participants)


def _occasion_setting(document: Document, located: Sequence[_Located]) -> _Setting | None:
    """An occasion with a place of its own in the lead ("a two-day visit by the premier to
    Oslo", "from the site of their talks in Canada", "arrived in Oslo on Tuesday for a two-day
    visit"). Its participants are the actors named
    in its phrase, the subject of its clause and the host country; the scene lasts while the
    sentences after it tell of their words and talks. An occasion of the host's own people
    alone ("local officials were meeting at a hotel in central Somalia", "detainees were flown
    to Louisiana") sets no scene: the host's every act would be placed there."""
    doc = document.doc
    for sentence in list(doc.sents)[:_LEAD_SENTENCES]:
        for noun in sentence:
            if not _occasion(noun) and not _arrival(noun):
                continue
            place = _own_place(noun, located)
            if place is None:
                continue
            participants = _participants(document, noun, place)
            if not participants - {place.country}:
                continue  # a domestic occasion ("officials were meeting in central Somalia")
            date = _occasion_date(document, noun)
            setting = _Setting(place, date, participants)
            return replace(setting, scene_end=_scene_end(document, setting, sentence.end))
    return None


def _arrival(verb: Token) -> bool:
    """A meeting or a journey told by its verb ("met in Oslo", "arrived in Oslo for talks")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _ARRIVAL or lemma in temporal.vocabulary("occasion_verb"))


def _own_place(noun: Token, located: Sequence[_Located]) -> Place | None:
    """The place written in an occasion noun's own phrase ("talks in Geneva", "visit to Oslo")."""
    own = [item for item in located if item.governor is not None and item.governor.i == noun.i]
    return max(own, key=lambda item: _SPECIFIC.get(item.place.kind, 0)).place if own else None


def _participants(document: Document, noun: Token, place: Place) -> frozenset[str]:
    """The actors named in an occasion's phrase, the subject of its clause, and the host."""
    spans = [(noun.left_edge.i, noun.right_edge.i + 1)]
    clause = clause_head(noun)
    spans += [(c.left_edge.i, c.right_edge.i + 1) for c in clause.children
              if c.dep_ in ("nsubj", "nsubjpass")]
    codes = {m.actor.code for m in document.mentions
             if m.actor.code and any(start <= m.head < end for start, end in spans)}
    if codes and place.country:
        codes.add(place.country)
    return frozenset(codes)


def _occasion_date(document: Document, noun: Token) -> DateInfo:
    """The date of the occasion's own event, else of its sentence's first event, else the story's."""
    sentence = noun.sent
    inside = [e for e in document.events if sentence.start_char <= e.trigger.start < sentence.end_char]
    own = next((e for e in inside if e.trigger.start == noun.idx), None) or next(iter(inside), None)
    if own is not None:
        return own.date
    day = document.story.story_date.isoformat()
    return DateInfo(day, day, "story")


def _scene_end(document: Document, setting: _Setting, start: int) -> int:
    """The token index of the first sentence after ``start`` whose events, if any, are none of
    the participants' words or talks on the occasion's day."""
    doc = document.doc
    by_sentence: dict[int, list[Event]] = {}
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        if token is not None and token.i >= start:
            by_sentence.setdefault(token.sent.start, []).append(event)
    for sentence_start in sorted(by_sentence):
        if not any(setting.covers(e) for e in by_sentence[sentence_start]):
            return sentence_start
    return len(doc)


def _refined(located: Sequence[_Located]) -> list[_Located]:
    """Occasions placed in a country made more specific by a later definite mention of the same
    occasion: "talks in Canada" and then "The talks in Charlevoix, Quebec" are in Charlevoix
    ("a visit to Oslo" and then "a visit to the port" are two visits)."""
    refined = list(located)
    for index, item in enumerate(located):
        if item.place.kind != "country" or item.governor is None or not _occasion(item.governor):
            continue
        lemma = item.governor.lemma_.lower()
        finer = next((later.place for later in located[index + 1:] if later.governor is not None
                      and later.governor.lemma_.lower() == lemma and _definite(later.governor)
                      and later.place.country == item.place.country and later.place.kind != "country"), None)
        if finer is not None:
            refined[index] = replace(item, place=finer)
    return refined


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _speech_place(document: Document, event: Event, located: Sequence[_Located],
                  carried: Mapping[int, Place]) -> Place | None:
    """Where a speaker's own speech act was made: an event inside a quote whose speaker is its
    source takes the place of the quote's cue ("In Paris, Macron said: 'We will send troops'")."""
    cue = speech_cue(document.doc, document.quotes, event)
    if cue is None:
        return None
    return _best(cue, located) or _antecedent_place(cue, located) or (
        carried.get(cue.sent.start) if narrated(cue) else None)


def _antecedent_place(trigger: Token, located: Sequence[_Located]) -> Place | None:
    """The place of what a definite noun of the event points back to ("boycotted the meeting";
    "The statement said": the statement issued from the site of the talks)."""
    return next((p for e in antecedents(trigger) if (p := _best(e, located)) is not None), None)


def _narration_places(doc: Doc, located: Sequence[_Located]) -> dict[int, Place]:
    """Sentence start -> the place a simple-past sentence with none of its own continues: the
    place of the sentence before it ("The rebels attended a meeting in Doha. The hosts did not
    invite ..."), deeds after deeds and words after words (see :func:`~dyads.stages.attach.narrated`),
    also the place of the occasion the sentence before points back to ("Speaking at the event, X
    suggested ... X also suggested")."""
    carried: dict[int, Place] = {}
    previous: tuple[Place, bool] | None = None
    for sentence in doc.sents:
        root = sentence.root
        if previous is not None and previous[1] == reports(root) and continues(root):
            carried[sentence.start] = previous[0]
        if not narrated(root):
            previous = None
            continue
        own = _best(root, located) or _antecedent_place(root, located)
        if own is not None:
            previous = (own, reports(root))
        elif sentence.start not in carried:
            previous = None
    return carried


# --------------------------------------------------------------------------- the incident

_DEEDS = frozenset({2, 4})  # material cooperation and material conflict: what is done, not said
_UNSURE = frozenset({"future", "hypothetical"})
_INCIDENT_LEAD = 5  # an incident story names its incident and its town in its first sentences
_PLACE_NAMES = frozenset({"GPE", "LOC", "FAC"})
_NON_FINITE = frozenset({"VBG", "VBN", "VB"})
# Adverbs that set a deed apart from the incident: "and later killed 50 militants in airstrikes".
_ANOTHER_EPISODE = frozenset({"later", "afterwards", "afterward", "subsequently", "elsewhere"})


@dataclass(frozen=True)
class _Incident:
    """A deed at a town that a story's lead reports ("Militants attacked a train on Tuesday near
    Sibi"): where and when it happened, and the token span of the story that tells of it, from
    its sentence to the first sentence with a deed of another place or day."""

    place: Place
    date: DateInfo
    start: int
    end: int

    def covers(self, event: Event, trigger: Token) -> bool:
        """Whether an event is a deed of the incident: done (not said, planned or denied), told
        in the simple past while the story tells of the incident, and on its day as far as the
        text says ("our soldiers shot dead two militants"; not "the army has increased the
        violence over the last weeks", nor "Troops occupy the campus")."""
        if not self.start <= trigger.i < self.end or event.quad_class not in _DEEDS:
            return False
        if event.negated or event.modality in _UNSURE or trigger.pos_ not in ("VERB", "NOUN"):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in _ANOTHER_EPISODE for c in clause_head(trigger).children):
            return False
        return _within(event.date, self.date) and simple_past(_finite_clause(trigger))

    def day_of(self, event: Event) -> DateInfo:
        """A deed of the incident the text gives no date of its own happened on its day."""
        return self.date if event.date.precision == "story" else event.date


def _within(date: DateInfo, other: DateInfo) -> bool:
    """Whether a date lies inside another, or has no date of its own (the story's)."""
    return date.precision == "story" or (other.start <= date.start and date.end <= other.end)


def _finite_clause(trigger: Token) -> Token:
    """The first clause with a tense of its own above a trigger: "worked" for "rescue" in
    "worked through the night to rescue elders", "singled out" for "shooting" in "singled out
    passengers, shooting many"."""
    clause = clause_head(trigger)
    for _ in range(4):
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        finite = clause.tag_ not in _NON_FINITE or any(a.tag_ != "TO" for a in auxes)
        if finite or clause.head.i == clause.i:
            return clause
        clause = clause_head(clause.head)
    return clause


def _incident(document: Document, located: Sequence[_Located]) -> _Incident | None:
    """The first material-conflict deed in the lead that a town locates, as an incident the
    story goes on to tell of ("killed the six attackers who laid siege to a hotel in the town of
    Beledweyne. ... shot dead two militants"); None when the lead names no such deed."""
    doc = document.doc
    lead = list(doc.sents)[:_INCIDENT_LEAD]
    lead_end = lead[-1].end if lead else 0
    for event in sorted(document.events, key=lambda e: e.trigger.start):
        token = trigger_token(doc, event.trigger)
        if token is None or token.i >= lead_end or event.quad_class != 4 or event.modality in _UNSURE:
            continue
        place = _best(token, located)
        if place is not None and not place.is_area:
            end = _incident_end(document, located, place, event.date, token)
            return _Incident(place, event.date, token.sent.start, end)
    return None


def _incident_end(document: Document, located: Sequence[_Located], place: Place, date: DateInfo,
                  trigger: Token) -> int:
    """The start of the first sentence after the incident's with a deed of another place in
    its country or of an earlier time: the story has moved on to elsewhere or to the background
    ("killed dozens elsewhere in Hirshabelle", "In 2009, a bombing killed 25"). What follows the
    incident (the operation that ended it the next day) is still its story, and so are the
    reactions abroad it tells of on the way ("Protesters massed in front of the embassy in
    Istanbul"), which take no place from it."""
    doc = document.doc
    heads = {item.head for item in located}
    ends = [len(doc)]
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        if token is None or token.sent.start <= trigger.sent.start or event.quad_class not in _DEEDS:
            continue
        own = _best(token, located)
        moved = (own is not None and own != place and own.country == place.country) \
            or _unknown_place_of(token, heads)
        earlier = event.date.precision != "story" and event.date.end < date.start
        if moved or earlier:
            ends.append(token.sent.start)
    return min(ends)


def _unknown_place_of(trigger: Token, known: set[int]) -> bool:
    """Whether a locative phrase of the event's clause names a place the gazetteer lacks."""
    for token in trigger.sent:
        if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE and _names_unknown_place(token, known):
            link = attachment(token, _chained)
            if link is not None and attachment_rank(trigger, token.doc[link.governor]) is not None:
                return True
    return False


def _elsewhere(sentence: Span, located: Sequence[_Located], place: Place) -> bool:
    """Whether a sentence names somewhere other than the incident's town: a place abroad, or a
    place that says where something happened ("during a visit to Quetta"), known to the
    gazetteer or not; the town's own country or state do not count."""
    for item in located:
        if item.sentence != sentence.start or item.place == place:
            continue
        if item.place.country != place.country:
            return True
        if item.governor is not None and not _contains(item.place, place):
            return True
    heads = {item.head for item in located}
    return any(_names_unknown_place(token, heads) for token in sentence
               if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE)


def _contains(area: Place, town: Place) -> bool:
    """Whether a place is the town's country or first-level division."""
    return area.country == town.country and (
        area.kind == "country" or (area.kind == "admin1" and area.admin1 == town.admin1))


def _names_unknown_place(obj: Token, known: set[int]) -> bool:
    """Whether a locative object names a place the gazetteer lacks ("in the Middle Shabelle
    region"), judging by its named entities."""
    subtree = list(obj.subtree)
    if any(t.i in known for t in subtree):
        return False
    return any(t.ent_type_ in _PLACE_NAMES for t in subtree)
