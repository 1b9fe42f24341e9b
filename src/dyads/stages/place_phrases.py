"""Place phrases within a sentence: which names are places, and which word each says where of.

A place is a name the gazetteer knows (:mod:`dyads.gazetteer`) written as the object of a locative
preposition ("talks in Berlin", "at the Grand Kremlin Palace, in Moscow", "near Kharkiv"), as the
destination of a visit or a journey ("visits ... to Beijing", "traveled to Jeddah", "visited Kyiv"),
as the object of an assault when it is a town or a region ("shelled Kharkiv", "a strike on Odesa";
in "Russia attacked Ukraine" the state is the target), or inside "the city of Lviv", "the streets of
Tbilisi" or "Pakistan's southwest"; "the Afghan capital" is Kabul. A name as subject or object of
another verb is an actor, not a place: "Washington accused Moscow" has no location; so is what an
act is aimed "at" ("lashed out at Norway"), and a one-word name the story also gives as a person's
surname ("went to Clinton" after "Hillary Clinton"). The place attaches to the event whose clause it
governs (:mod:`dyads.stages.attach`), not to whichever event is nearest, and a name written right
after it qualifies it ("Moscow, Idaho"; "Moscow, Russia" is Moscow), and a name in apposition to a
place noun is the place ("in the regional capital, Banja Luka"). An event with no place of its own
inside a "where" clause takes the place the clause describes ("talks in Jeddah, where Ukraine said
it is ready to accept ..."). A town compounded to an occasion is where it happens ("the Jeddah
talks", and a city-state's city: "the Singapore summit"; a state so written is a party:
"U.S.-Ukraine talks"), a town compounded to a court or a police force is where it sits and acts ("a
Phnom Penh court ruled"), and a meeting's or summit's place is where what is done at it happens,
however deep in the clause ("met on the sidelines of the summit in Kazan"), also when a relative
clause or an apposition places it ("at the meetings that wrapped up in Beijing", "told the Dialogue,
a forum in Singapore"); a place in a participle scene-setter or describing the subject as it acts
counts ("Speaking at a news conference in Oslo, ...", "EU leaders, meeting in Brussels, agreed",
"Blinken, who is in Tokyo for talks, said"), as does the place words are said "from" ("speaking
from Kyiv") and the venue an act of saying is done at ("accused Russia at the United Nations in New
York", "at the Brookings Institution, a think tank in Washington"); a place in an apposition
says who an actor is ("Demir, of a think tank in Ankara"), not where. An acronym in capitals
("BLA") is no town.

"The country", "the nation" or "the capital" ("the capital city", "the country's capital") in a
place position points back at the state the story named last, "the city" or "the town" at the town
("relaunched hostilities in the central African nation"); an adverb pointing at a place phrase
passes it on ("killed dozens elsewhere in Hirshabelle"), and a site's town is where what happened
at the site happened ("massed in front of the consulate in Istanbul"), also where a participant
was held ("cleared out the migrants held at its base in Cuba"), as the place of an incident's agent is the incident's
("airstrikes by the army in Middle Shabelle killed ..."), as is a place anywhere in an assault
noun's phrase ("carried out airstrikes against the militants in Syria, hitting ...": not one set
"after" or "before"), a place of a deed's gerund object is the deed's ("bans fishing in the
sea"), and help is given where what it helps
do is done ("helped Mauritius build a jetty in Agalega"). "On" a part of a place is in it ("on
the streets of New York City"); what a relative clause of an incident tells of happened where the incident did
("the bombing of a base in Ivory Coast that killed nine soldiers"); a place a participle beside
the event sends someone on to is not the event's ("removed the migrants, flying them to
Louisiana").

A town's name given to a district or region ("Kalat district", "the Kidal region") names the
area, not the town: only an area the gazetteer knows by that name, or by the name with its area
noun ("the Donetsk region"), is taken, also when the NER misses the name.

Namesakes are told apart by the story: the countries of its resolved actors and the
countries and US states it names unambiguously, then size (see
:func:`dyads.gazetteer.resolve_place`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyads import gazetteer, knowledge, temporal
from dyads.gazetteer import Place, StoryContext
from dyads.stages import Document
from dyads.stages.attach import (CONTINUATIONS, attachment, attachment_rank, clause_head, governing_clauses,
                                 is_clause)

__all__ = ["DESTINATION", "LOCATIVE", "SPECIFICITY", "VISIT", "LocatedPlace", "PlaceMention", "anaphoric_mentions",
           "best_place", "find_places", "in_name_chain", "is_occasion", "located_places", "story_context"]

_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})  # ORG: "at the Kremlin"
_CHAIN_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around",
                      "within", "into", "off", "nearby"})
DESTINATION = frozenset({"to", "toward", "towards"})
# Words whose destination is where the event happens: "visits to Beijing", "traveled to Jeddah".
_MOVEMENT = frozenset({"visit", "travel", "trip", "tour", "journey", "fly", "go", "come", "head",
                       "return", "arrive", "deploy", "redeploy", "dispatch", "flee", "evacuate",
                       "welcome"})  # "welcomed the president to Beijing": in Beijing
VISIT = frozenset({"visit", "tour"})  # "visited Kyiv": the object is the destination
# Assaults whose object, when a place, is where they happened: "shelled Kharkiv", "invaded Ukraine".
_ASSAULT = frozenset({"attack", "strike", "shell", "bomb", "bombard", "raid", "storm", "seize",
                      "capture", "recapture", "retake", "invade", "occupy", "besiege", "encircle",
                      "liberate", "overrun", "hit", "target", "pound"})
_PLACE_OBJECT = VISIT | _ASSAULT
# Assaults "on" a town happened there: "a strike on Odesa", "the assault on Bakhmut".
_ASSAULT_ON = _ASSAULT | {"assault", "airstrike", "bombing", "shelling", "offensive"}
# Assault nouns whose "of" object, when a town or a region, is where they happened, as the object of
# the verb is: "the siege of Mariupol", "a blockade of the Gaza Strip", "the shelling of Kharkiv".
_ASSAULT_OF = _ASSAULT_ON | {"siege", "blockade", "occupation", "capture", "seizure", "invasion"}
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
                          "front",
                          # "in the northern part of the sea"
                          "part"})
# Parts of a place one is "on" when in it: "on the streets of Tbilisi", "on the outskirts of Kyiv".
# Nouns for parts of a state a town's name may be given to: "Kalat district", "the Kidal region".
_AREA_NOUNS = frozenset({"district", "region", "province", "state", "county", "governorate", "oblast", "prefecture",
                         "department", "municipality"})
_PARTS_ON = frozenset({"street", "streets", "outskirts", "edge", "fringes", "island", "coast", "shores"})
_ANOTHER_TIME = frozenset({"after", "before", "since", "until", "following"})
_QUALIFIER_DEPS = frozenset({"conj", "appos", "npadvmod", "compound"})
_TOWNS = frozenset({"city", "capital"})
_ACRONYM_MAX = 4
SPECIFICITY = {kind: rank for rank, kind in enumerate(gazetteer.KINDS)}
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
    """Object of a locative or destination preposition, of "visit", of an assault ("an attack on
    Kyiv", "the siege of Mariupol"), or of "the town of", or the name of a place noun in such a
    position ("in the regional capital, Banja Luka"), or compounded onto an area noun in one ("in
    the Kherson region")."""
    if token.dep_ == "appos" and token.head.lower_ in _PLACE_NOUNS and token.head.i < token.i:
        return _in_place_position(token.head)
    if token.dep_ == "compound" and token.head.lower_ in _AREA_NOUNS and token.head.i > token.i:
        return _in_place_position(token.head)  # "in the Kherson region"
    if token.dep_ == "pobj":
        preposition = token.head
        noun = preposition.head.lemma_.lower() if preposition.head.pos_ == "NOUN" else ""
        if preposition.lower_ == "of":  # the NER calls "Aungban" in "the town of Aungban" a group
            return preposition.head.lower_ in _PLACE_NOUNS or noun in _ASSAULT_OF
        if preposition.lower_ == "on" and noun in _ASSAULT_ON:  # "an attack on Kyiv"
            return True
        return preposition.lower_ in LOCATIVE or preposition.lower_ in DESTINATION
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _PLACE_OBJECT


def _name_spans(doc: Doc) -> Iterator[Span]:
    """Place-like entities, and proper nouns in a place position whatever the NER made of them
    (the small model tags "Kyiv" in "visited Kyiv" as a person), unless the story names a person
    of that surname ("the state went to Clinton" after "Hillary Clinton")."""
    entity_at = {}
    for ent in doc.ents:
        if ent.label_ in _PLACE_ENTITIES:
            yield ent
        else:
            entity_at[ent.root.i] = ent
    persons = [ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1]
    for token in doc:
        label = token.ent_type_
        if token.pos_ == "PROPN" and label not in _PLACE_ENTITIES and label not in _NOT_NAMES \
                and _in_place_position(token):
            span = entity_at.get(token.i) or _compound_name(token)
            if not _surname(span, persons):
                yield span


def _surname(span: Span, persons: Sequence[Span]) -> bool:
    """Whether a one-word name is the surname of a person named elsewhere in the story."""
    return len(span) == 1 and any(p[-1].text == span.text and not p.start <= span.start < p.end for p in persons)


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
    while len(span) > 1 and span[0].pos_ == "DET":  # "the Middle Shabelle" (region): its name's root
        span = span[1:]
    span = _with_named_modifier(_with_area_noun(span))
    first, *rest = [part.strip() for part in span.text.split(",")]
    namesakes = _spelled_as(first, gazetteer.lookup(first))
    if _names_an_area(span):
        namesakes = tuple(p for p in namesakes if p.is_area)
    if not namesakes:
        return None
    qualifiers = tuple(p for part in rest for p in gazetteer.lookup(part))
    end = span.start_char + len(first) if rest else span.end_char
    return PlaceMention(span.start_char, end, first, span.root.i, namesakes, qualifiers)


def _names_an_area(span: Span) -> bool:
    """Whether a name is compounded onto an area noun, so names the area, not its town: "Kalat
    district", "the Kidal region" (a town's district is not the town)."""
    root = span.root
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.lower_ in _AREA_NOUNS


def _with_area_noun(span: Span) -> Span:
    """A name with the area noun it is compounded onto, when the two name an area of their own in
    the gazetteer ("the Donetsk region", "Kherson oblast"); else the name as it is."""
    if not _names_an_area(span) or span.root.head.i != span.end:
        return span
    wider = span.doc[span.start: span.end + 1]
    return wider if any(p.is_area for p in gazetteer.lookup(wider.text)) else span


def _with_named_modifier(span: Span) -> Span:
    """A name with the word modifying it from the left, when the two name a region of their own
    in the gazetteer ("northeast Syria"); else the name as it is ("eastern Ukraine")."""
    if span.start == 0:
        return span
    modifier = span.doc[span.start - 1]
    if modifier.dep_ not in ("amod", "compound") or modifier.head.i != span.root.i:
        return span
    wider = span.doc[span.start - 1: span.end]
    return wider if any(p.kind == "region" for p in gazetteer.lookup(wider.text)) else span


def _spelled_as(name: str, namesakes: tuple[Place, ...]) -> tuple[Place, ...]:
    """The namesakes a name may stand for as written: an acronym in capitals ("BLA", "UAE") names
    a state or a region, never a town ("Bla", Mali); a longer name in capitals may be a
    dateline's town ("BLANTYRE —")."""
    if any(c.islower() for c in name) or len(name) > _ACRONYM_MAX:
        return namesakes
    return tuple(p for p in namesakes if p.kind not in _TOWNS)


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
_WATER_NOUNS = frozenset({"sea", "strait", "gulf"})
_BACK_POINTING = _STATE_NOUNS | _TOWN_NOUNS | _WATER_NOUNS | {"capital"}


def anaphoric_mentions(document: Document, named: Sequence[PlaceMention]) -> list[PlaceMention]:
    """"the country", "the nation" or "the capital" in a place position: the state named last
    before it (by a place name or as an actor's country), or that state's capital, also written
    "the capital city" or "the country's capital"; "the city" or "the town": the town named last
    before it; "the (disputed) sea", "the strait" or "the gulf": the one named last before it."""
    doc = document.doc
    nouns = [t for t in _tokens_spelled(doc, _BACK_POINTING) if _in_place_position(t) and (
        _bare_definite(t) or t.lower_ in _WATER_NOUNS and _definite_water(t))
             or t.lower_ == "capital" and _in_place_position(t) and _of_the_state(t)]
    if not nouns:
        return []
    states = sorted([(m.start_char, c) for m in named if (c := _sole_country(m)) is not None] +
                    [(doc[m.first].idx, m.actor.country) for m in document.mentions if m.actor.country])
    found = []
    for token in nouns:
        if token.lower_ in _WATER_NOUNS:
            places = _last_water(named, token)
        elif token.lower_ in _TOWN_NOUNS and not _capital_town(token):
            places = _last_town(named, token)
        else:
            before = [country for start, country in states if start < token.idx]
            place = _state_place(before[-1], token) if before else None
            places = () if place is None else (place,)
        if places:
            start = token.left_edge.idx
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


def _last_water(named: Sequence[PlaceMention], noun: Token) -> tuple[Place, ...]:
    """The sea, strait or gulf named last before "the (disputed) sea", "the strait": the region
    whose name ends in that noun ("the South China Sea")."""
    before = [m for m in named if m.start_char < noun.idx and any(
        p.kind == "region" and p.name.lower().endswith(noun.lower_) for p in m.namesakes)]
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
    if any(c.dep_ in ("poss", "appos", "prep", "compound") and c.lower_ != "capital" for c in children):
        return False
    aliases = knowledge.country_aliases()
    return not any(c.dep_ == "amod" and knowledge.normalise_alias(c.text) in aliases for c in children)


def _definite_water(noun: Token) -> bool:
    """"the (disputed) sea", also with a phrase after it ("the sea in the middle of the year"); not
    "the Red Sea" (a name) nor "the sea's fish"."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
        and not any(c.dep_ in ("poss", "appos", "compound") or c.pos_ == "PROPN" for c in children) \
        and noun.text.islower()


def _capital_town(noun: Token) -> bool:
    """"the capital city": a town noun that is the capital."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ == "capital" for c in noun.children)


def _of_the_state(capital: Token) -> bool:
    """"the country's capital", "the nation's capital": the capital of the state named last."""
    return any(c.dep_ == "poss" and c.lower_ in _STATE_NOUNS and _bare_definite(c) for c in capital.children)


def _state_place(country: str, noun: Token) -> Place | None:
    capital = noun.lower_ not in _STATE_NOUNS or _capital_town(noun)
    return gazetteer.capital_of(country) if capital else gazetteer.country_of(country)


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


def in_name_chain(token: Token) -> bool:
    """Whether a token is part of a chain of place names a modifier may hang from ("in Moscow, Russia")."""
    return token.ent_type_ in _CHAIN_ENTITIES or token.lower_ in _PLACE_NOUNS \
        or token.pos_ == "NOUN" and token.lemma_.lower() in _PLACE_NOUNS  # "in Beirut's southern suburbs"


def _where(link: str, governor: Token, place: Place) -> bool:
    """Whether a name linked this way to this word says where the word's event happened.

    The object of an assault is a place when it is a town or a region ("shelled Kharkiv");
    a state it attacks is its target, an actor ("Russia attacked Ukraine"); so is the "of" object of
    an assault noun ("the siege of Mariupol", not "the invasion of Ukraine"). Words said "from" a
    place were said there ("speaking from Kyiv"). What an act is aimed
    "at" is its target, not its place: a state ("lashed out at Norway"; one is "in" a country,
    never "at" it), and a town after words aimed at someone ("took aim at Washington").
    """
    if link == "at" and _aimed_at(governor, place):
        return False
    if link in LOCATIVE:
        return True
    lemma = governor.lemma_.lower()
    if link in DESTINATION:
        return lemma in _MOVEMENT
    if link == "from":  # "speaking from Kyiv": where the words were said; "fled from Kyiv" is not
        return lemma in temporal.vocabulary("report_verb")
    if link == "on":
        return lemma in _ASSAULT_ON and place.kind != "country"
    if link == "of":
        return governor.pos_ == "NOUN" and lemma in _ASSAULT_OF and place.kind != "country"
    if link != "dobj":
        return False
    return lemma in VISIT or (lemma in _ASSAULT and place.kind != "country")


def _aimed_at(governor: Token, place: Place) -> bool:
    """Whether a name after "at" is what the act is aimed at: a state (not a city-state, "talks
    at Singapore"), or anything after a word of aiming (``aimed_at`` in ``temporal.tsv``)."""
    if governor.lemma_.lower() in temporal.vocabulary("aimed_at"):
        return True
    capital = gazetteer.capital_of(place.country) if place.kind == "country" and place.country else None
    return place.kind == "country" and (capital is None or capital.name != place.name)


def _describes_actor(governor: Token) -> bool:
    """A place in an apposition tells who an actor is, not where an event was ("said Demir of
    the Foreign Policy Institute, a think tank in Ankara"), also deep in its phrase ("Dodik, the
    leader of the Serb entity within Bosnia"); an occasion's apposition tells where it is held
    ("told the Shangri-La Dialogue, a security forum in Singapore"), and a site's where it is
    ("at the Brookings Institution, a think tank in Washington")."""
    token = governor
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "appos" and token.pos_ in ("NOUN", "PROPN") and not in_name_chain(token) \
        and not is_occasion(token) and not _describes_site(token)


def _describes_site(appos: Token) -> bool:
    """Whether an apposition tells where a site is, the object of a locative preposition: "spoke
    at the Brookings Institution, a think tank in Washington" was in Washington."""
    site = appos.head
    return site.dep_ == "pobj" and site.head.lower_ in LOCATIVE


@dataclass(frozen=True)
class LocatedPlace:
    """A resolved place, its name's head token and the token the name modifies (None when the
    name is not in a place position: "Washington accused Moscow")."""

    place: Place
    head: int
    governor: Token | None
    sentence: int  # the start of the name's sentence
    link: str = ""


def located_places(doc: Doc, mentions: Sequence[PlaceMention], context: StoryContext) -> list[LocatedPlace]:
    """Each mention resolved among its namesakes, with the word its phrase says where of, if any."""
    found = []
    for mention in mentions:
        place = max(mention.namesakes, key=lambda p: gazetteer.score(p, context, mention.qualifiers))
        head = doc[mention.head_token_index]
        town = _city_of_state(mention, place) if head.dep_ == "compound" else place
        if _names_an_occasion(head, town):
            found.append(LocatedPlace(town, head.i, head.head, head.sent.start))
            continue
        if _names_a_seat(head, town):
            found.append(LocatedPlace(town, head.i, head.head, head.sent.start, "in"))
            continue
        link = attachment(head, in_name_chain)
        word = "" if link is None else "in" if link.link == "on" and _on_a_part(head) else link.link
        where = link is not None and _where(word, doc[link.governor], place) \
            and not _describes_actor(doc[link.governor])
        found.append(LocatedPlace(place, head.i, doc[link.governor] if where else None, head.sent.start, word))
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


def _names_a_seat(head: Token, place: Place) -> bool:
    """A town written before a court, a police force or a town's officer is where that body sits,
    so where it acts: "a Phnom Penh court ruled" as "a court in Phnom Penh ruled"; a state so
    written only says whose the body is ("a Pakistan court")."""
    return head.dep_ == "compound" and not place.is_area \
        and head.head.lemma_.lower() in temporal.vocabulary("seat")


def _named_at(token: Token, located: Sequence[LocatedPlace]) -> Place | None:
    """The place named at ``token`` or at the name it qualifies ("Jeddah, Saudi Arabia")."""
    for _ in range(4):
        place = next((item.place for item in located if item.head == token.i), None)
        if place is not None or token.dep_ not in _QUALIFIER_DEPS:
            return place
        token = token.head
    return None


def _setting(trigger: Token, located: Sequence[LocatedPlace]) -> Place | None:
    """The place a "where" clause around the event describes ("talks in Jeddah, where Ukraine
    said it is ready to accept ...")."""
    for clause in governing_clauses(trigger, _SETTING_THROUGH):
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
            return _named_at(clause.head, located) or _place_before_date(clause.head, located)
    return None


def _place_before_date(head: Token, located: Sequence[LocatedPlace]) -> Place | None:
    """A "where" clause the parser hangs from the date written after the place it tells of:
    "arrived in Kyiv on Monday, where he met ...": the place of the date's clause closest before it."""
    if head.ent_type_ not in ("DATE", "TIME"):
        return None
    clause = clause_head(head)
    before = [item for item in located
              if item.head < head.i and clause_head(head.doc[item.head]) == clause]
    return max(before, key=lambda item: item.head).place if before else None


def _describes_participant(governor: Token | None, link: str) -> bool:
    """A place in a participle describing a participant is where the participant was, so where
    the event met it ("ambushed a truck carrying soldiers near Kandahar", "spoke to the officers
    gathered in Rome", "Blinken, who is in Tokyo for talks, said"); a destination is not ("a
    convoy heading to Kandahar")."""
    if governor is not None and _where_the_subject_is(governor):
        return link in LOCATIVE
    if governor is None or governor.dep_ != "acl" or governor.tag_ not in ("VBN", "VBG"):
        return False
    # "The alliance, headquartered in Copenhagen, was sanctioned": where it lives, not where
    # the event met it
    # "EU leaders, meeting in Brussels, agreed": where the subject is as it acts
    in_action = governor.tag_ == "VBG" or governor.head.dep_ not in ("nsubj", "nsubjpass")
    return link in LOCATIVE and governor.lemma_.lower() not in _RESIDENCE and in_action


def _where_the_subject_is(verb: Token) -> bool:
    """A relative clause saying where the subject is as it acts ("Blinken, who is in Tokyo for
    talks, said"), with no time of its own ("who was in Paris last week")."""
    return verb.dep_ == "relcl" and verb.lemma_ == "be" and verb.head.dep_ in ("nsubj", "nsubjpass") \
        and verb.tag_ in ("VBZ", "VBP", "VBD") and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


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
    up = attachment(site, in_name_chain)
    if up is None or up.link not in LOCATIVE:
        return None
    governor = site.doc[up.governor]
    rank = attachment_rank(trigger, governor)
    if rank is None and _describes_participant(governor, up.link):
        rank = attachment_rank(trigger, governor.head)  # "freed the hostages held at a camp in Mali"
        rank = None if rank is None else rank + 1
    return None if rank is None else rank + 1


def _agent_rank(trigger: Token, agent: Token) -> int | None:
    """How closely a place on the agent of an incident noun belongs to the event: the agent
    acted there, so the incident was there ("Airstrikes by the army and its partners in Middle
    Shabelle killed 50 militants", where the small model hangs the place on the agent)."""
    while agent.dep_ == "conj":
        agent = agent.head
    if agent.dep_ != "pobj" or agent.head.lower_ != "by" or agent.head.head.i == agent.head.i:
        return None
    incident = agent.head.head
    if incident.lemma_.lower() not in _ASSAULT_ON:
        return None
    rank = attachment_rank(trigger, incident)
    return None if rank is None else rank + 1


def _assault_phrase_rank(trigger: Token, governor: Token) -> int | None:
    """How closely a place inside the phrase of an assault noun belongs to the event: the
    assault was there, so was the deed its clause tells ("carried out a series of airstrikes
    against the militants in Syria, hitting their camps": the strikes, so the hits, were in Syria)."""
    token, assault = governor, None
    while token.dep_ in ("pobj", "prep", "dobj", "appos", "conj") and not is_clause(token):
        if token.dep_ == "prep" and token.lower_ in _ANOTHER_TIME:
            return None  # "rescued them a day after an attack in the province": not then, nor there
        if token.pos_ == "NOUN" and token.lemma_.lower() in _ASSAULT_ON:
            assault = token
        token = token.head
    if token.pos_ == "NOUN" and token.lemma_.lower() in _ASSAULT_ON:
        assault = token
    if assault is None:
        return None
    rank = attachment_rank(trigger, token)
    return None if rank is None else rank + 1


def _gerund_object_rank(trigger: Token, governor: Token) -> int | None:
    """How closely a place in a gerund the event's verb takes as its object belongs to the event:
    what is banned, resumed or stopped there is banned, resumed or stopped there ("bans fishing in
    the disputed sea"); not for words, which are said where the speaker is."""
    for gerund in trigger.children:
        if gerund.dep_ == "xcomp" and gerund.tag_ == "VBG" and gerund.i > trigger.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in gerund.children):
            rank = attachment_rank(gerund, governor)
            if rank is not None:
                return rank + 2
    return None


def _helped_rank(trigger: Token, governor: Token) -> int | None:
    """How closely a place in the clause a helping verb completes belongs to the help: help is
    given where what it helps do is done ("helped Mauritius build a jetty in Agalega"; ``helping``
    in ``temporal.tsv``)."""
    if trigger.lemma_.lower() not in temporal.vocabulary("helping"):
        return None
    ranks = [attachment_rank(c, governor) for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    found = [rank for rank in ranks if rank is not None]
    return min(found) + 3 if found else None


def is_occasion(governor: Token) -> bool:
    """A meeting, summit or visit noun: its place is where what is done at it happens, however
    deep in the clause ("met on the sidelines of the summit in Kazan")."""
    return governor.pos_ == "NOUN" and governor.lemma_.lower() in temporal.vocabulary("occasion")


def _occasion_told_of(governor: Token, link: str) -> Token | None:
    """The occasion a relative clause placing it describes: "the meetings that wrapped up in
    Beijing", "the summit, which was held in Kazan"."""
    noun = governor.head
    placed = link in LOCATIVE and governor.dep_ == "relcl" and governor.i != noun.i
    return noun if placed and is_occasion(noun) else None


def _told_of(trigger: Token, noun: Token) -> bool:
    """Whether the event is told in a relative clause or participle describing an incident or
    an occasion, so happened where it did: "the bombing of a base in Ivory Coast that killed
    nine soldiers"."""
    clause = clause_head(trigger)
    lemma = noun.lemma_.lower()
    return clause.dep_ in ("relcl", "acl") and clause.head.i == noun.i and clause.i != noun.i \
        and (lemma in _ASSAULT_ON or is_occasion(noun))


def _onward(trigger: Token, item: LocatedPlace) -> bool:
    """Whether a place is where a participle clause beside the event's sends someone on to, not
    where the event happened: "decided to remove the migrants from the base, flying them to
    Louisiana" (the removal was at the base)."""
    if item.governor is None or item.link not in DESTINATION:
        return False
    clause = clause_head(item.governor)
    return clause.dep_ == "advcl" and clause.tag_ in ("VBG", "VBN") and clause.i > trigger.i \
        and not any(token.i == trigger.i for token in clause.subtree)


def _of_what_is_said(trigger: Token, governor: Token) -> bool:
    """Whether a place qualifies a thing an event made by saying speaks of, not where it was said:
    "called for a new government in Syria", "opposes investment in Balochistan". A place of the
    speaker ("a court in Phnom Penh alleged"), of the partner spoken with ("agreed with the
    insurgents in Doha", where the parser hangs the place on the partner) or of an occasion
    ("urged at the summit in Rome") or of the venue ("accused Russia at the United Nations in
    New York") is where the words were said."""
    partner = governor.dep_ == "pobj" and governor.head.lower_ == "with"
    return governor.pos_ in ("NOUN", "PROPN", "PRON") and governor.i != trigger.i and not partner \
        and governor.dep_ not in ("nsubj", "nsubjpass") and not is_occasion(governor) \
        and not _venue_of(trigger, governor)


def _venue_of(trigger: Token, governor: Token) -> bool:
    """Whether a noun is the venue of the event, the object of a locative preposition on its verb
    ("accused Russia at the United Nations in New York"), or an apposition telling where that
    venue is ("criticized China at the Brookings Institution, a think tank in Washington"): the
    words were said there."""
    site = governor.head if governor.dep_ == "appos" else governor
    return site.dep_ == "pobj" and site.head.lower_ in LOCATIVE and site.head.head.i == trigger.i


def best_place(trigger: Token, located: Sequence[LocatedPlace], said: bool = False) -> Place | None:
    """The place closest to the event; the more specific wins a tie ("in Kharkiv, Ukraine"), and
    a place inside the state named closest, in the same clause ("in Plateau state in Nigeria").
    An event made by saying (``said``) takes no place from the things it speaks of."""
    scored = []
    sentence = trigger.sent.start
    for item in located:
        if item.governor is None or item.sentence != sentence or _onward(trigger, item):
            continue
        if said and _of_what_is_said(trigger, item.governor):
            continue
        rank = attachment_rank(trigger, item.governor)
        if rank is None:
            rank = _participant_rank(trigger, item.governor, item.link)
        if rank is None and item.link in LOCATIVE:
            rank = _site_rank(trigger, item.governor)
        if rank is None and item.link in LOCATIVE:
            rank = _agent_rank(trigger, item.governor)
        if rank is None and item.link in LOCATIVE:
            rank = _helped_rank(trigger, item.governor)
        if rank is None and item.link in LOCATIVE:
            rank = _assault_phrase_rank(trigger, item.governor)
        if rank is None and item.link in LOCATIVE and not said:
            rank = _gerund_object_rank(trigger, item.governor)
        if rank is None and item.link in LOCATIVE and _told_of(trigger, item.governor):
            rank = 1
        occasion = item.governor if is_occasion(item.governor) else _occasion_told_of(item.governor, item.link)
        if rank is None and occasion is not None:
            clause_rank = attachment_rank(trigger, clause_head(occasion))
            rank = None if clause_rank is None else clause_rank + 2
        if rank is not None:
            scored.append((rank, SPECIFICITY.get(item.place.kind, 0), abs(item.head - trigger.i), item.place))
    if scored:
        return _more_specific(min(scored, key=lambda s: s[:3]), scored)
    return _setting(trigger, located)


_INSIDE_SPAN = 2  # rank steps within which a place in a named state stands for it (one clause)


def _more_specific(best: tuple[int, int, int, Place], scored: Sequence[tuple[int, int, int, Place]]) -> Place:
    """A place in the state the closest place names, told in the same clause, is where in it:
    "killed 12 villagers in Plateau state in central Nigeria" was in Plateau."""
    rank, _, _, place = best
    if place.kind != "country":
        return place
    inside = [s for s in scored
              if s[3].country == place.country and s[3].kind != "country" and s[0] <= rank + _INSIDE_SPAN]
    return min(inside, key=lambda s: s[:3])[3] if inside else place
