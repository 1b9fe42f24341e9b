"""Nominal events: a noun names the event ("talks with X", "visits by X to Y", "a rebuke from X").

The trigger nouns are data (``data/event_words.tsv``). A nominal event needs a source, found in
this order: the noun's ``by`` phrase ("visits by Macron"), its possessor ("Russia's invasion"),
a demonym or name modifying it ("a Turkish offensive", "Palestinian riots"), the sides of its
``between`` or ``among`` phrase (the first-named one; "talks between X and Y"), whom a passive participle
describes when the noun ('in', 'during') names a 'with' party ("Palestinians injured in
confrontations with Israeli police": PSE -> ISR; "officials involved in negotiations with North
Korea"), the ``from`` phrase of a reaction verb whose subject is then the target ("X's remarks
drew a rebuke from Y": Y -> X), or the subject of the clause the noun is attached to as object of
an uncoded verb or through an adverbial preposition ("staged demonstrations", "is in Europe for
talks with", "shake hands after talks") unless that verb hands the noun over ("gave them a
veto"). Targets are the noun's recipient prepositions ("with", "to", "against", "on", "of"). An
attack its target undergoes with no doer named ("the train came under attack") is the attack of
the story's one claimant ("the BLA claimed responsibility", data/event_words.tsv role
'owned-attack'), as the gold guidelines code it.

A noun inside the argument of a coded verb is that verb's business ("held talks with" is coded
by *hold*; "condemned the attack on" names the attack as what was condemned), so it gives no
event of its own.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Token

from dyads import knowledge
from dyads.nlp import regular_bases
from dyads.records import Actor
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stages.arguments import actors_in, subject_tokens

_DATA_FILE = "event_words.tsv"
# Prepositions through which the clause's subject is the noun's agent ("for talks", "after talks").
# "in"/"at" mostly give the setting of another event ("accused X in the negotiations on").
_CLAUSE_PREPS = frozenset({"for", "after", "during", "following"})
# Nominal types whose event stands even when the doer is uncoded ("activists staged rallies"): a
# protest is the event whoever stages it, and the verb would otherwise code its purpose clause.
_UNCODED_SOURCE_TYPES = frozenset({"PROTEST"})
# Governments abroad voicing a reaction no one is named for ("drew international condemnation").
_ABROAD_SECTOR = "GOV"
# Prepositions naming the recipient of a nominal event.
_RECIPIENT_PREPS = frozenset({"with", "to", "against", "on", "of", "toward", "towards", "into",
                              "between", "over"})
# "fighting between rebels and government forces", "an agreement among X, Y and Z": the sides of a
# reciprocal event (docs/GOLD.md).
_SIDES_PREPS = frozenset({"between", "among"})
# Country alias kinds that name a state in "U.S.-Ukraine talks" (demonyms and capitals are too loose).
_PAIR_ALIAS_KINDS = frozenset({"name", "short-name", "abbreviation"})
_PAIR_REACH = 80  # characters: longer than any hyphenated pair of state names
# ... and the state doing a hyphenated participle's act ("a U.S.-designated group", "a Beijing-imposed
# law"): its name or capital, not its demonym ("Chinese-funded" describes, "Serb-controlled" is a people)
_DOER_ALIAS_KINDS = _PAIR_ALIAS_KINDS | {"capital"}
_DOER_WORDS = 3  # a state's name before the hyphen is at most this many words ("United Arab Emirates")
# Prepositions by which the clause's subject undergoes the noun's event ("Iran is under U.S. sanctions",
# "the convoy came under attack"): the subject is its recipient.
_UNDERGOING_PREPS = frozenset({"under"})
_AGAINST = frozenset({"against"})
_ATTACK_AIMS = _AGAINST | {"on", "at", "into"}
# Nominal types whose event, undergone with no doer named ("came under attack"), is the story's claimant's.
_CLAIMED_TYPES = frozenset({"ASSAULT"})
_CLAIMANT = "story claimant"
# "injured in clashes with police", "involved in negotiations with X": prepositions of the event a
# participle's subject took part in, and the one naming its other party.
_PARTICIPATION_PREPS = frozenset({"in", "during"})
_PARTNER_PREP = frozenset({"with"})
# Prepositions naming the recipient of the thing an 'of' phrase names ("imposition of tariffs on X").
_THING_RECIPIENT_PREPS = frozenset({"on", "against"})
# Nominal types that name an outcome: an event only as the subject of their clause ("a ceasefire between
# X and Y took hold"); as an object they are what another act is about ("called for a ceasefire").
_OUTCOME_TYPES = frozenset({"RETREAT"})
# Prepositions of a verb whose object is not the verb's argument ("criticized X during talks").
_ADJUNCT_PREPS = frozenset({"in", "at", "near", "during", "since", "after", "before", "until",
                            "following", "amid", "despite", "for", "as", "by"})


@dataclass(frozen=True)
class TriggerNoun:
    """A noun that names an event, with the modifier or preposition it must carry."""

    word: str
    modifier: str
    prep: str
    cameo: str

    @property
    def specificity(self) -> int:
        return int(bool(self.modifier)) + int(bool(self.prep))


@dataclass(frozen=True)
class NominalEvent:
    """An event a noun names: its trigger entry, governing verb, sources and targets."""

    noun: Token
    entry: TriggerNoun
    plover_type: str
    plover_mode: str
    governor: Token | None
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    resolved_by: str


@functools.cache
def _rows() -> tuple[dict[str, str], ...]:
    text = resources.files("dyads").joinpath("data", _DATA_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@functools.cache
def trigger_nouns() -> Mapping[str, tuple[TriggerNoun, ...]]:
    """Trigger entries by noun, most specific first."""
    table: dict[str, list[TriggerNoun]] = {}
    for row in _rows():
        if row["role"] == "trigger":
            entry = TriggerNoun(row["word"], row["modifier"], row["prep"], row["cameo"])
            table.setdefault(entry.word, []).append(entry)
    return {w: tuple(sorted(es, key=lambda e: -e.specificity)) for w, es in table.items()}


@functools.cache
def words_of(role: str) -> frozenset[str]:
    """The words of one role in the data file: 'reaction' or 'authoring' verbs, 'authored' nouns."""
    return frozenset(row["word"] for row in _rows() if row["role"] == role)


@functools.cache
def authority_verbs() -> Mapping[str, tuple[str, bool]]:
    """Verbs of state authority ('arrest', 'sentence'): the sector of the state body that does them,
    and whether they are its acts only with a custody phrase ("released on bail")."""
    return {row["word"]: (row["modifier"], row["prep"] == "custody")
            for row in _rows() if row["role"] == "authority"}


@functools.cache
def attack_claims() -> frozenset[tuple[str, str]]:
    """(verb, object) pairs by which the verb's subject owns an attack ('claim responsibility')."""
    return frozenset((row["modifier"], row["word"]) for row in _rows() if row["role"] == "owned-attack")


@functools.cache
def verdict_adjectives() -> Mapping[str, str]:
    """Adjectives by which a speaker condemns the subject of its reported clause ('X is unacceptable')."""
    return {row["word"]: row["cameo"] for row in _rows() if row["role"] == "verdict"}


@functools.cache
def predicate_adjectives() -> Mapping[str, str]:
    """Stance adjectives after a copula ('willing', 'concerned') and the CAMEO code of the stance."""
    return {row["word"]: row["cameo"] for row in _rows() if row["role"] == "predicate"}


def match_noun(noun: Token) -> TriggerNoun | None:
    """The trigger entry whose modifier and preposition the noun carries, if any."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    for key in (noun.lower_, noun.lemma_.lower(), *_proper_plural(noun)):
        for entry in trigger_nouns().get(key, ()):
            if (not entry.modifier or entry.modifier in modifiers) and (not entry.prep or entry.prep in preps):
                return entry
    return None


def _proper_plural(noun: Token) -> tuple[str, ...]:
    """The singular of a capitalised plural the tagger took for a name, whose lemma it leaves as is
    ("Negotiations between Britain and Mauritius" opening a sentence): 'negotiation'."""
    if noun.pos_ == "PROPN" and noun.is_title and noun.lower_.endswith("s") and len(noun.text) > 3:
        return (noun.lower_[:-1],)
    return ()


def attachment(noun: Token) -> tuple[Token | None, str]:
    """The verb the noun's phrase hangs from, and how: 'dobj', a preposition, or another dep."""
    token = noun
    while token.head.i != token.i:
        head = token.head
        if head.pos_ in ("VERB", "AUX"):
            return head, token.lower_ if token.dep_ == "prep" else token.dep_
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            return head.head, head.lower_
        if token.dep_ not in ("pobj", "prep", "conj", "appos"):
            return None, token.dep_  # a modifier of another noun: that noun's phrase
        token = head
    return None, token.dep_


def _pobjs(token: Token, preps: frozenset[str]) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def nominal_events(document: Document, noun: Token, is_coded: Callable[[Token], bool]) -> Iterator[NominalEvent]:
    """The event the noun names, when it has a source (see the module docstring)."""
    entry = match_noun(noun)
    if entry is None or (mapped := knowledge.cameo_to_plover(entry.cameo)) is None:
        return
    governor, link = attachment(noun)
    if mapped[0] in _OUTCOME_TYPES and link not in ("nsubj", "nsubjpass"):
        return  # "called for a ceasefire", "to oversee a ceasefire": what another act is about
    if governor is not None and is_coded(governor) and link not in _ADJUNCT_PREPS | {"nsubj", "nsubjpass"}:
        return  # the coded verb's argument ("held talks with", "condemned the attack on")
    found = _actors(document, noun, governor, link, is_coded, mapped[0] in _UNCODED_SOURCE_TYPES,
                    mapped[0] in _CLAIMED_TYPES)
    if found is None:
        return
    sources, targets, how = found
    yield NominalEvent(noun, entry, mapped[0], mapped[1], governor, tuple(sources), tuple(targets), how)



def _actors(document: Document, noun: Token, governor: Token | None, link: str,
            is_coded: Callable[[Token], bool], uncoded_ok: bool = False,
            attack: bool = False) -> tuple[list[Actor], list[Actor], str] | None:
    """(sources, targets, how the source was found), or None without a coded source.

    With ``uncoded_ok`` the object of an uncoded verb takes its clause's subject even when
    the actor stage could not code it ("Angry activists staged rallies").
    """
    targets = _actor_list(document, _pobjs(noun, _RECIPIENT_PREPS)) or _actor_list(
        document, [g for thing in _pobjs(noun, frozenset({"of"})) for g in _pobjs(thing, _THING_RECIPIENT_PREPS)])
    undergone = not targets and governor is not None and link in _UNDERGOING_PREPS
    if undergone:
        targets = _actor_list(document, subject_tokens(governor))  # "Iran is under U.S. sanctions"
    if not targets and governor is not None and link == "dobj" and not is_coded(governor):
        # "spearheaded the offensive against X", "intensified airstrikes on X": the parser hangs
        # the noun's 'against' (an attack's 'on', 'at', 'into' too) on the verb
        targets = _actor_list(document, _pobjs(governor, _ATTACK_AIMS if attack else _AGAINST))
    for how, tokens in (("by", _pobjs(noun, frozenset({"by"}))),
                        ("possessor", [c for c in noun.children if c.dep_ == "poss"])):
        sources = _actor_list(document, tokens)
        if coded_actors(sources):
            return coded_actors(sources), targets, how
    if len(pair := _hyphenated_pair(document.story.text, noun)) > 1:
        return pair, targets, "modifier"
    if len(sides := _actor_list(document, _pobjs(noun, _SIDES_PREPS))) > 1:
        return sides[:1], sides[1:], "between"  # coded once, the first-named side as source
    if (own := _own_actor(document, noun)) is not None:
        return [own], targets, "modifier"
    if attack and undergone and targets and (claimant := _story_claimant(document)):
        return claimant, targets, "claimant"  # "the train came under attack", the BLA claiming it
    if governor is None:
        return None
    if targets and (party := _participle_party(document, noun, governor, link)):
        return party, targets, "participle"  # "Palestinians injured in confrontations with police"
    if link == "dobj" and governor.lemma_.lower() in words_of("reaction"):
        sources = _actor_list(document, _pobjs(noun, frozenset({"from"})) + _pobjs(governor, frozenset({"from"})))
        owners = _actor_list(document, subject_tokens(governor))
        if not coded_actors(sources) and (outside := _voices_abroad(noun)) is not None and coded_actors(owners):
            return [outside], coded_actors(owners), "reaction"
        return (coded_actors(sources), owners, "reaction") if coded_actors(sources) else None
    if link == "dobj" and governor.lemma_.lower() in words_of("transfer"):
        return None  # "gave them a veto over the settlement": a power handed over, not an act of the giver
    if link == "dobj" or (link in _CLAUSE_PREPS and not is_coded(governor)):
        subjects = _actor_list(document, subject_tokens(governor))
        sources = coded_actors(subjects) or (subjects if uncoded_ok and link == "dobj" else [])
        return (sources, targets, "clause") if sources else None
    return None


def _story_claimant(document: Document) -> list[Actor]:
    """The one actor the story says owns an attack ("the BLA claimed responsibility"), anywhere in the
    story, or none when no one or several (by code) claim one."""
    claims = attack_claims()
    owners = [s for verb in document.doc if verb.pos_ == "VERB"
              and any((verb.lemma_.lower(), o.lemma_.lower()) in claims for o in verb.children if o.dep_ == "dobj")
              for s in verb.children if s.dep_ == "nsubj"]
    found = coded_actors(_actor_list(document, owners))
    # marked as inferred, as the story's other inferred participants are (docs/OUTPUT.md)
    return [replace(found[0], resolved_by=_CLAIMANT)] if len({a.code for a in found}) == 1 else []


def _participle_party(document: Document, noun: Token, governor: Token, link: str) -> list[Actor]:
    """'Palestinians injured in violent confrontations with Israeli police', 'officials involved in
    negotiations with North Korea': whom a passive participle describes, in an event with a named other
    party, is a party to that event too, its source (a clash is reciprocal, coded once with the first
    side as source, docs/GOLD.md; here the sufferer is named first)."""
    if link not in _PARTICIPATION_PREPS or governor.tag_ != "VBN" or not _pobjs(noun, _PARTNER_PREP):
        return []
    if any(c.dep_ == "agent" for c in governor.children):
        return []
    described = [c for c in governor.children if c.dep_ == "nsubjpass"]
    if not described and governor.dep_ == "acl":
        described = [governor.head]  # "Palestinians injured in ...", "officials involved in ..."
    return coded_actors(_actor_list(document, described))


def _voices_abroad(noun: Token) -> Actor | None:
    """'drew international condemnation': a reaction from abroad with no one named (an adjective of
    role 'abroad'), an uncoded doer as the gold codes it (null code, GOV)."""
    adjective = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in words_of("abroad")), None)
    if adjective is None:
        return None
    return Actor(adjective.text, adjective.idx, adjective.idx + len(adjective.text), adjective.text, None, None,
                 (_ABROAD_SECTOR,), resolved_by="reaction-abroad")


def _hyphenated_pair(text: str, noun: Token) -> list[Actor]:
    """The states a hyphenated modifier joins ("U.S.-Ukraine talks"): both take part in the event.

    ``text`` is the story's text (the parse's own ``Doc.text`` is rebuilt on every access).
    """
    window = max(0, noun.idx - _PAIR_REACH)  # a bounded look back, not the whole story before the noun
    before = text[window:noun.idx].rstrip()
    words = before.split()
    word = words[-1] if words else ""
    start = window + len(before) - len(word)
    actors: list[Actor] = []
    for part in word.split("-"):
        alias = knowledge.country_aliases().get(knowledge.normalise_alias(part))
        if alias is None or alias.ambiguous or alias.kind not in _PAIR_ALIAS_KINDS:
            return []
        actors.append(Actor(part, start, start + len(part), knowledge.country_name(alias.iso3), alias.iso3,
                            alias.iso3, resolved_by="hyphenated-pair"))
        start += len(part) + 1
    return actors if len({a.code for a in actors}) > 1 else []


def hyphenated_doer(token: Token) -> tuple[Actor, tuple[str, ...]] | None:
    """The state named before the hyphen of a participle modifying a noun, and the participle's
    candidate base forms: "a U.S.-designated group" (one token), "a Beijing-imposed law" (three).

    The left part of such a compound is the participle's agent (the group is designated by the
    U.S.), as a 'by' phrase would be. None when the word is no hyphenated participle or its left
    part names no state by its name, abbreviation or capital.
    """
    if not token.text.endswith("ed"):
        return None
    if "-" in token.text.strip("-"):
        left, participle = token.text.rsplit("-", 1)
        doer = _state_named(left, token.idx)
        return (doer, regular_bases(participle, "VBN")) if doer is not None else None
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return None
    for size in range(min(_DOER_WORDS, token.i - 1), 0, -1):
        words = doc[token.i - 1 - size:token.i - 1]
        actor = _state_named(words.text, words.start_char)
        if actor is not None:
            return actor, (token.lemma_.lower(), *regular_bases(token.lower_, "VBN"))
    return None


def _state_named(words: str, start: int) -> Actor | None:
    alias = knowledge.country_aliases().get(knowledge.normalise_alias(words))
    if alias is None or alias.ambiguous or alias.kind not in _DOER_ALIAS_KINDS:
        return None
    return Actor(words, start, start + len(words), knowledge.country_name(alias.iso3), alias.iso3, alias.iso3,
                 resolved_by="hyphenated-doer")


def _own_actor(document: Document, noun: Token) -> Actor | None:
    """The coded actor the noun's own phrase names by a demonym: "Palestinian riots", "a Turkish offensive"."""
    mention = mention_at(document, noun)
    if mention is None or mention.head != noun.i or mention.actor.code is None:
        return None
    return mention.actor if any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in noun.children) else None


def _actor_list(document: Document, tokens: list[Token]) -> list[Actor]:
    return [m.actor for m in actors_in(document, tokens)]


def coded_actors(actors: list[Actor]) -> list[Actor]:
    """Only the actors resolved to a code."""
    return [a for a in actors if a.code is not None]


__all__ = ["NominalEvent", "TriggerNoun", "attachment", "attack_claims", "authority_verbs", "coded_actors",
           "hyphenated_doer", "match_noun", "nominal_events", "predicate_adjectives", "trigger_nouns",
           "verdict_adjectives", "words_of"]
