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
# Verbs that name their object as something ("designated BLA a terrorist group"): an unpunctuated
# noun after the object is its predicate, not an apposition.
_NAMING_VERBS = frozenset({"designate", "name", "call", "declare", "label", "brand", "dub", "list", "term"})
# Kinds of state alias that name the state itself, not a seat of its power.
FORMER_WORDS = frozenset({"former", "retired", "ex", "ex-"})
STATE_NAME_KINDS = frozenset({"name", "short-name", "abbreviation", "demonym", "prefix", "territory"})

_COMPASS_WORDS = frozenset({"North", "South", "East", "West"})
# Nationality nouns a demonym before names the heritage of: "Chinese Americans", "Korean-Canadian".
_HERITAGE_NATIONALITIES = frozenset({"american", "americans"})
# Capitalised nouns of geographic features, whose names hold state names ("South China Sea").
_FEATURE_WORDS = frozenset({"Sea", "Seas", "Ocean", "Oceans", "Peninsula", "Gulf", "Strait", "Straits", "Bay",
                            "Channel", "Basin", "Desert", "Plateau", "Highlands", "Mountains", "River", "Lake",
                            "Island", "Islands", "Archipelago", "Shelf", "Trench", "Corridor"})
# Nouns naming a person's role that are no agent nouns of agents.tsv (their holders comment on
# events rather than take part), so that "the analyst" can mean the analyst named before.
ROLE_NOUNS = frozenset({"analyst", "expert", "rapporteur", "coordinator", "secretary-general",
                        "aide", "adviser", "advisor", "researcher", "fellow", "general",
                        "governor", "mayor", "lawmaker", "senator", "commissioner"})
# Title nouns that name one person ("the Chinese leader"), as opposed to an institution.
PERSON_TITLES = frozenset({"leader", "president", "premier", "minister", "chancellor", "king",
                           "queen", "emir", "sultan", "counterpart", "secretary", "monarch",
                           "ruler", "prime minister", "foreign minister", "defence minister",
                           "defense minister", "head", "chief", "envoy", "ambassador"})
# Roles only one person holds, which make the full name they describe a person's whatever its tag
# ("Rogier Creemers, assistant professor at ..."; "Human Rights Watch, a rights group" is no person).
_ONE_PERSON_ROLES = PERSON_TITLES - {"counterpart"} | {"professor", "lecturer", "researcher", "fellow", "analyst",
                                                       "scholar", "economist", "historian", "director", "founder",
                                                       "spokesman", "spokeswoman", "spokesperson", "chairman",
                                                       "chairwoman", "adviser", "advisor", "lawyer", "attorney"}
# Nouns of places, whose appositions describe no person: "Solo, a city renowned for ...".
_PLACE_WORDS = frozenset({"city", "town", "village", "region", "province", "state", "country", "district",
                          "county", "capital", "port", "island"})
# Entity labels that keep a capitalised word from being read as an untagged person's name.
_NOT_PERSON_LABELS = frozenset({"ORG", "NORP", "FAC", "LOC"})
_MAX_AGE = 110  # "X, 29,": an apposition that is a number below this is a person's age
# Verbs whose capitalised subject is a person the parser may have missed ("X told reporters").
_REPORTING_VERBS = frozenset({"say", "tell", "add", "note", "explain", "insist", "argue", "write", "reply"})
# Title nouns whose holder belongs to the body after "of": "president of the Riigikogu" (LEG),
# "members of SANDF" (MIL), "head of the FSB" (SPY).
BODY_TITLES = frozenset({"president", "chairman", "chairwoman", "chair", "head", "leader", "chief",
                         "speaker", "director", "member", "members", "commander", "spokesman",
                         "spokeswoman", "spokesperson", "secretary"})


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
        if span is not None and _case_ok(text[start:end + 1], entry) and not _inside_new_name(span) \
                and not _names_feature(span) and not _names_heritage(span, entry):
            candidates.append((span, entry))
    hits = _longest_first(candidates)
    firsts = {hit.first for hit in hits}
    # "Sino-U.S.", "Indo-Pakistani": a prefix joins two states; "Indo-Pacific" names none
    return [hit for hit in hits if hit.entry.kind != "prefix" or hit.last in firsts]


def is_seat_modifier(hit: NameHit, doc: Doc) -> bool:
    """A place name that only says where a body sits ("a Nairobi-based analyst", "the
    Brussels-based trade association"): its state, not that state's government."""
    return hit.last + 1 < len(doc) and doc[hit.last].text == "-" and doc[hit.last + 1].lower_ == "based"


def _names_feature(span: Span) -> bool:
    """An alias in the name of a sea, peninsula or other feature is a place: "the Korean
    Peninsula", "the South China Sea", "the Sea of Japan"."""
    doc = span.doc
    after = [t.text for t in doc[span.end:span.end + 2]]
    before = [t.text for t in doc[max(span.start - 2, 0):span.start]]
    named_after = bool(after) and after[0] in _FEATURE_WORDS and not (len(after) == 2 and after[1].istitle())
    return named_after or len(before) == 2 and before[1] == "of" and before[0] in _FEATURE_WORDS


def _names_heritage(span: Span, entry: NameEntry) -> bool:
    """A demonym before "American(s)" names where an American's family came from, not a state
    that acts: "Chinese Americans", "a Korean-American lawmaker"; but before a thing's noun it
    names two states ("Turkish-American cooperation")."""
    after = [t for t in span.doc[span.end:span.end + 3] if t.text != "-"]
    if entry.kind != "demonym" or not after or after[0].lower_ not in _HERITAGE_NATIONALITIES:
        return False
    thing = len(after) > 1 and after[1].pos_ == "NOUN" and not is_role(after[1])
    return after[0].lower_.endswith("s") or not thing


def _inside_new_name(span: Span) -> bool:
    """An alias after "New" is a word of another name: "New Mexico", "New South Wales"."""
    before = span.start - 1
    while before >= 0 and span.doc[before].text in _COMPASS_WORDS:
        before -= 1
    return before >= 0 and span.doc[before].text == "New"


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
        if child.dep_ == "appos" and child.conjuncts and not is_role(child):
            continue  # "its neighbours, Peru and Bolivia": a list of actors of their own
        if child.dep_ == "appos" and head.i < head.head.i < child.left_edge.i:
            continue  # an apposition across the head's own verb is a misparse ("India helped ... — two islands")
        if child.dep_ == "appos" and any(c.dep_ == "conj" and c.i < child.i for c in head.children):
            continue  # "China and Malaysia, old friends, ...": it describes the list, not its first actor
        if child.dep_ == "appos" and _object_predicate(head, child):
            continue  # "designated BLA a terrorist group": what BLA is named, not more of its name
        if child.dep_ not in _OUTSIDE_PHRASE or _is_title_of(child):
            tokens.extend(phrase_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def _object_predicate(head: Token, appos: Token) -> bool:
    """'BLA a terrorist group' after a naming verb, with no comma between: the object's predicate."""
    between = head.doc[head.i + 1:appos.left_edge.i]
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _NAMING_VERBS \
        and not any(t.is_punct for t in between)


def _is_title_of(token: Token) -> bool:
    """'Secretary of State', 'leader of Russia': an 'of' phrase is part of a title, and of a
    body's name ("the U.S. House of Representatives")."""
    if token.dep_ != "prep" or token.lower_ != "of":
        return False
    if sectors_of(token.head) != () or phrase_sectors([*token.head.lefts, token.head]) != ():
        return True  # "the legislative body of the Islamic Republic of Iran"
    if token.head.lower_ in BODY_TITLES and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in token.children):
        return True  # "the head of MSF", "the director of the Kenya Wildlife Service": whom they lead
    words = " ".join(t.lower_ for t in token.subtree)
    return f"{token.head.lower_} {words}" in knowledge.agent_sectors()


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


def untagged_people(tokens: Sequence[Token], state_tokens: set[int]) -> dict[int, Span]:
    """Names the parser did not tag as people but the sentence shows to be: the capitalised
    subject of a reporting verb ("Vassily Nebenzia told the council") or of a role ("Mahad
    Wasuge is the executive director"), or a name after a title noun ("presidential adviser
    Mesut Casin"), or a name given an age ("Lydia Rosasi, 29,"), when no word of it names a
    state, an organisation or an agent ("Defense Department")."""
    found: dict[int, Span] = {}
    for token in tokens:
        if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or token.dep_ == "compound":
            continue
        names = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        titled = any(is_role(t) for t in token.lefts if t.dep_ == "compound" and t.pos_ == "NOUN")
        speaks = token.dep_ == "nsubj" and token.head.lemma_.lower() in _REPORTING_VERBS
        described = token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" and is_role(c) for c in token.head.children)
        aged = any(c.dep_ == "appos" and c.text.isdigit() and 0 < int(c.text) < _MAX_AGE for c in token.children)
        aged = aged or any(c.dep_ == "appos" and c.pos_ == "NOUN" and is_role(c) and c.i > token.i
                           and c.lower_ not in _PLACE_WORDS
                           and any(d.lower_ in ("a", "an") for d in c.children) for c in token.children)
        words = [*names, token]
        aged = aged or len(words) > 1 and any(c.dep_ == "appos" and c.i > token.i and c.tag_ == "NN"
                                              and c.lower_ in _ONE_PERSON_ROLES for c in token.children)
        if not (titled or speaks or described or aged) or not all(t.text[:1].isupper() for t in words) \
                or any(t.i in state_tokens or sectors_of(t) for t in words) \
                or not aged and any(t.ent_type_ in _NOT_PERSON_LABELS for t in words) \
                or words[-1].i - words[0].i != len(words) - 1:
            continue
        span = Span(token.doc, words[0].i, token.i + 1, label="PERSON")
        found.update((t.i, span) for t in words)
    return found


def surnames_again(tokens: Sequence[Token], person_at: dict[int, Span],
                   state_tokens: set[int]) -> dict[int, Span]:
    """Later mentions of a person's full name or surname that the parser tagged as something else
    ("Beledweyne District Commissioner Omar Osman Alasow ... Alasow said", the second tagged ORG;
    "Milorad Dodik" tagged as a building)."""
    first_seen: dict[tuple[str, ...], int] = {}
    for span in {id(s): s for s in person_at.values()}.values():
        if len(span) > 1:
            first_seen.setdefault((span[-1].text,), span.end)
            first_seen.setdefault(tuple(t.text for t in span), span.end)
    found: dict[int, Span] = {}
    for token in tokens:
        if token.i in person_at or token.i in state_tokens or token.pos_ != "PROPN" \
                or token.dep_ == "compound" or sectors_of(token):
            continue
        names = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        words = tuple(t.text for t in (*names, token))
        if first_seen.get(words, len(tokens)) > token.i or any(t.i in person_at for t in names) \
                or names and names[0].i != token.i - len(names):
            continue
        span = Span(token.doc, token.i - len(names), token.i + 1, label="PERSON")
        found.update((t.i, span) for t in span)
    return found


def is_role(token: Token) -> bool:
    """A noun naming what a person is or does: an agent noun, or a title of one person."""
    word = compound_word(token)
    return bool(sectors_of(token)) or word in PERSON_TITLES or word in BODY_TITLES or word in ROLE_NOUNS


def compound_word(token: Token) -> str:
    """The token with the words hyphened to it, lowercased: "secretary-general"."""
    doc, first, last = token.doc, token.i, token.i
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_:
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].text == "-" and not token.whitespace_ \
            and not doc[last + 1].whitespace_:
        last += 2
    return doc[first:last + 1].text.lower()


__all__ = ["BODY_TITLES", "FORMER_WORDS", "NameEntry", "NameHit", "PERSON_TITLES", "ROLE_NOUNS",
           "STATE_NAME_KINDS", "compound_word", "find_names", "fold", "is_role", "phrase_sectors",
           "phrase_tokens", "sectors_of", "surnames_again", "untagged_people"]
