"""Who an event is aimed at when its sentence names no coded recipient: the story, or home.

Each sentence's events are coded before the next, and :class:`StoryMemory` keeps what the
story has said so far:

* a reply in a running dispute (threat, rejection, accusation, request, sanction, concession;
  an investigation or a voiced worry, "expressed concern", is none) with no coded recipient is
  aimed at the actor its source last dealt with in an earlier sentence ("Brazil said it would
  retaliate": the state whose tariffs it answers);
* a denial of an accusation ("Hong Kong rejected the accusations", "Iran denied that ...") is
  aimed at whoever last accused the denier in the story, a rival side of its own state too ("the
  Taliban accused the government ... a spokesman rejected the accusations": AFG -> AFG), and with no
  accuser at no one (the gold codes "a denial with no one named as asking" with a null target), never
  at a mere counterpart;
* failing these, for the types the PLOVER gold codes domestically (protests, demands,
  repression ...), the event is aimed at the source's own state ("police dispersed the rally":
  X -> X), unless the source is a person and the event names nothing it acts on ("the president
  urged calm"; "the president rejected the charges" acts at home), or the source is the state
  itself by its name ("China expressed concern" names no one);
* an uncoded doer acting on a body of a state, or on a place in it, is taken to be of that state,
  unless it faces abroad;
* an agentless passive of state authority over a coded person or group ("he was arrested", "they
  were deported", "Dara was released"; data/event_words.tsv, role 'authority') is done by the state
  it happens in: the one state its sentence places it in, else the story's home state when that is
  the patient's own (a domestic arrest). A foreigner held where the story does not say is left so;
* an agentless passive of force (ASSAULT, COERCE) in a clause that a state's armed or security forces
  report ("the army said 20 militants were killed", "both forces say rebels were neutralized or
  captured") is done by those forces, each acting on its patients, unless the passive names its means
  ("killed in an airstrike") or how it came about ("when gunmen stormed the hotel").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from dyads import knowledge
from dyads.records import Actor, Event, is_person
from dyads.stages import Document
from dyads.stages.arguments import actors_in, coded, gapped_object, place_actors, place_tokens
from dyads.stages.nominal import authority_verbs, match_noun, words_of
from dyads.stages.verb_match import verb_lemma

# Nominal events that stand without a recipient (a strike, a demonstration).
UNDIRECTED_NOMINALS = frozenset({"PROTEST"})
# Types whose events the PLOVER gold codes as domestic when no recipient is named ("police
# dispersed the rally": COERCE X -> X). Cooperation, pledges (AGREE), withdrawals (RETREAT) and shows
# of force (MOBILIZE) stand without a recipient; AID, COOPERATE and SANCTION require one (manual).
_DOMESTIC_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE", "CONCEDE", "PROTEST", "REJECT", "REQUEST", "THREATEN"})
# A state's court convicting or sentencing someone it did not place acts at home, as an arrest does.
_DOMESTIC_MODES = {("SANCTION", "convict"): "COERCE"}
_DOMESTIC = "source's state"
# Alias kinds that name a state as a whole: its name or its capital (not its people, "Nigerians").
_WHOLE_STATE_KINDS = frozenset({"name", "short-name", "abbreviation", "capital", "seat"})
_TARGET_STATE = "target's state"
_REFUGEE_SECTOR = "REF"
_PLACE_NAME = "place-name"  # a state's name read as the place an event happens in (dyads.stages.arguments)
_COUNTERPART = "story counterpart"
_ACCUSER = "story accuser"
_INFERRED = frozenset({_DOMESTIC, _TARGET_STATE, _COUNTERPART, _ACCUSER})
# Types whose unnamed recipient is the source's last counterpart in the story: replies in a
# running dispute ("we will retaliate", "it rejected the demand"). Meetings, cooperation and
# aid with no one named are left so; coercion, assault and protest stay at home.
_COUNTERPART_TYPES = frozenset({"THREATEN", "REJECT", "ACCUSE", "REQUEST", "SANCTION", "CONCEDE"})
_NO_REPLY_MODES = frozenset({("ACCUSE", "investigate")})
DENIAL_CAMEO = "016"  # CAMEO 016 deny responsibility: "denied the accusations", "denied attacking"
_AUTHORITY = "implicit authority"
_REPORTING_FORCE = "reporting force"
# Types of an act of force whose agentless passive a state's forces report as their own ("the army
# said 20 militants were killed"): the reporting forces are its doers.
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Sectors of armed or security forces (a state's, or peacekeepers of an organisation).
_ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "PRM"})
# Clauses that say how the act came about ("were killed when gunmen opened fire"): its doer is there.
_CIRCUMSTANCE_DEPS = frozenset({"advcl"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class StoryMemory:
    """What the story has said so far: each actor's last counterpart and last accuser, by code."""

    counterparts: dict[str, Actor] = field(default_factory=dict)
    accusers: dict[str, Actor] = field(default_factory=dict)

    def note_accusation(self, event: Event) -> None:
        """Who accused whom, at once, so that a denial later in the same sentence sees it ("blamed
        India, a charge New Delhi rejected"): by an accusation, or as the one whose accusation was denied."""
        source, target = event.source, event.target
        if source.code is None or target is None or target.code is None or target.resolved_by in _INFERRED:
            return
        if event.type == "ACCUSE":
            self.accusers[target.code] = source  # "the Taliban chief accused Ghani's government"
        elif event.cameo == DENIAL_CAMEO:
            self.accusers[source.code] = target  # "Kabul rejected Pakistan's allegation": Pakistan accused it

    def remember(self, events: Iterable[Event]) -> None:
        """Who each state or organisation last dealt with in a finished sentence, both ways round."""
        for event in events:
            source, target = event.source, event.target
            if source.code is None or target is None or target.code is None or target.resolved_by in _INFERRED:
                continue
            if source.code != target.code:
                self.counterparts[source.code] = target
                self.counterparts[target.code] = source


def inferred_dyad(plover_type: str, mode: str | None, cameo: str, source: Actor, target: Actor | None,
                  memory: StoryMemory, reply: bool = True, aimed: bool = False) -> tuple[Actor, Actor | None]:
    """The pair with an uncoded side filled in from the story or the other side's state; an event
    that is no ``reply`` (a voiced worry) is never aimed at the source's last counterpart, and one
    ``aimed`` at an uncoded thing it names ("rejected the charges") is a person's act at home."""
    source = _domestic_source(plover_type, source, target)
    if (target is not None and target.code is not None) or source.code is None:
        return source, target
    if cameo == DENIAL_CAMEO:
        return source, _accuser(source, target, memory)
    inferred = _counterpart(plover_type, mode, source, memory) if reply else None
    domestic = _DOMESTIC_MODES.get((plover_type, mode), plover_type)
    return source, inferred or _domestic_target(domestic, source, target, aimed)


def _accuser(source: Actor, target: Actor | None, memory: StoryMemory) -> Actor | None:
    """Whoever last accused the denier in the story (not the denier's own side), else the uncoded target."""
    found = memory.accusers.get(source.code or "")
    if found is None or _own_side(found, source):
        return target
    return replace(found, resolved_by=_ACCUSER)


def _own_side(accuser: Actor, denier: Actor) -> bool:
    """The accuser is of the denier's own side: its state with a sector they share, or the state as a
    whole. A rival side of the same state (the government denying the rebels' charges, the rebels the
    government's) is another side, whose charge the denial answers: the gold codes it AFG -> AFG."""
    return accuser.code == denier.code and (not accuser.sector or bool(set(accuser.sector) & set(denier.sector)))


def _counterpart(plover_type: str, mode: str | None, source: Actor, memory: StoryMemory) -> Actor | None:
    """With no coded recipient, the actor the source last dealt with in an earlier sentence.

    "Turkey threatened the United States with sanctions. ... 'We will retaliate,' Erdogan said":
    the retaliation is aimed at the United States. Only replies in a running dispute
    (``_COUNTERPART_TYPES``) are inferred so; coercion, assault and protest are left to the
    domestic rule (:func:`_domestic_target`), and so is an investigation, which looks into what it
    names ("the police will investigate the jailbreak"), not into a dispute.
    """
    if plover_type not in _COUNTERPART_TYPES or (plover_type, mode) in _NO_REPLY_MODES:
        return None
    found = memory.counterparts.get(source.code or "")
    return replace(found, resolved_by=_COUNTERPART) if found is not None else None


def _domestic_target(plover_type: str, source: Actor, target: Actor | None, aimed: bool = False) -> Actor | None:
    """With no coded recipient, a state actor's event is aimed at its own state.

    The PLOVER gold codes a domestic event's target as the source's country: "Zimbabwe's
    opposition demanded that the president resign" is REQUEST ZWE -> ZWE, "police dispersed the
    rally" COERCE -> the police's state. An uncoded target ("the demonstrators") keeps its words
    and takes the state's code; with no target at all the source's own words stand for the state,
    unless the source is a person whose act is ``aimed`` at nothing it names ("the president urged
    calm" is aimed at no one named; "he rejected the arrest warrant" acts at home) or the
    state itself by its name or capital ("China expressed concern about rising tensions" names no
    one, and a whole state is not a domestic actor at home); a person's protest ("an activist
    began a hunger strike") is still aimed at home.
    Organisations (no country) and types outside ``_DOMESTIC_TYPES`` keep what they had.
    """
    if source.country is None or plover_type not in _DOMESTIC_TYPES:
        return target
    person_alone = is_person(source) and plover_type not in UNDIRECTED_NOMINALS and not aimed
    if target is None and (person_alone or _is_whole_state(source)):
        return None
    anchor = target if target is not None else source
    country = source.country
    return Actor(anchor.text, anchor.start, anchor.end, knowledge.country_name(country), country, country,
                 resolved_by=_DOMESTIC)


def _is_whole_state(actor: Actor) -> bool:
    """The actor's words are only a name or capital of its state ("China", "the U.S.", "Beijing"),
    not an agent of it ("Cairo's security chief") or its people ("Nigerians")."""
    alias = knowledge.country_aliases().get(knowledge.normalise_alias(actor.text))
    return alias is not None and alias.iso3 == actor.code and alias.kind in _WHOLE_STATE_KINDS


def _domestic_source(plover_type: str, source: Actor, target: Actor | None) -> Actor:
    """An uncoded doer acting on a state's body or ground is taken to be of that state.

    "Ibo elders demanded that Nigeria's interior ministry ..." is REQUEST NGA -> NGA in the PLOVER
    gold: a group the actor stage could not place is, by default, a domestic one, unless it faces
    abroad (:func:`_faces_abroad`) or what it acts on could be acted on from abroad
    (:func:`_is_home_ground`).
    """
    if source.code is not None or target is None or target.country is None or target.code != target.country:
        return source
    if plover_type not in _DOMESTIC_TYPES or _faces_abroad(source) or not _is_home_ground(target):
        return source
    country = target.country
    return replace(source, code=country, country=country, resolved_by=_TARGET_STATE)


def _is_home_ground(target: Actor) -> bool:
    """A target only a domestic doer acts on: a body of the state (its government, ministry, forces)
    or a place in it ("a curfew in Algiers"). A state named as a whole or by its people ("European
    leaders are worried Russia ...", "investigated the welfare of 2,000 Libyans") may be acted on
    from anywhere, and refugees are outside their state."""
    if _REFUGEE_SECTOR in target.sector:
        return False
    return bool(target.sector) or target.resolved_by == _PLACE_NAME


def _faces_abroad(source: Actor) -> bool:
    """A doer that is not of the state it acts on: civil-society groups and words facing abroad.

    "International rights groups condemned Thailand" is null NGO -> THA in the gold, not THA -> THA:
    an NGO or an "international", "foreign" or "Western" doer speaks from outside (data/event_words.tsv).
    """
    if "NGO" in source.sector:
        return True
    return any(word in words_of("abroad") for word in source.text.lower().split())


def implicit_authority(document: Document, verb: Token) -> Actor | None:
    """The state body that did an agentless passive of state authority to a coded patient, if the
    story gives it unambiguously ("Dara was released on bail" in a story about Cambodia: KHM).

    The state is the one its sentence places the act in ("was arrested in Moscow"), else the story's
    home state when the patient is of it and the sentence names no other place; the sector is the
    body's (data/event_words.tsv). A release placed abroad is the state's only from custody
    ("released from prison in Moscow"): captors release hostages too. A release at home ("Dara was
    released") is the home state's either way, as the gold codes domestic captors by their state.
    """
    sector, custody = authority_verbs().get(verb_lemma(verb), ("", False))
    if not sector or any(c.dep_ == "agent" for c in verb.children):
        return None
    # "Dara, who was arrested in May": a relative pronoun stands for its antecedent
    patients = coded(actors_in(document, _patient_tokens(verb)))
    countries = {m.actor.country for m in patients}
    if len(countries) != 1 or None in countries:
        return None
    state = _placed_state(document, verb)
    at_home = state is None and not _names_a_place(verb) and document.home_state in countries
    if at_home:
        state = document.home_state
    # a release at home is the home state's whoever held the person (its jailers or domestic captors)
    if state is None or (custody and not at_home and not _in_custody(verb)):
        return None
    return Actor(verb.text, verb.idx, verb.idx + len(verb.text), knowledge.country_name(state), state, state,
                 (sector,), resolved_by=_AUTHORITY)


def passive_patients(document: Document, verb: Token) -> list[Actor]:
    """The coded actors an agentless passive acts on, shared with the passive it is coordinated with
    ("several rebels were neutralized or captured": both acts befall the rebels)."""
    return [m.actor for m in coded(actors_in(document, _passive_subjects(verb)))]


def reporting_forces(document: Document, verb: Token, plover_type: str) -> list[Actor]:
    """The armed forces that report an agentless passive of force as the clause they state ("Both
    forces say several rebels were neutralized", "the army said 20 militants were killed"): the
    forces are its doers, as a source left implicit that the context makes unambiguous (gold
    guidelines). None when the passive names its means ("killed in an airstrike", "in suicide
    attacks": whose attack the text leaves open) or how it came about ("when gunmen opened fire")."""
    if plover_type not in _FORCE_TYPES or not _is_agentless_passive(verb):
        return []
    if _names_means(verb) or any(c.dep_ in _CIRCUMSTANCE_DEPS for c in verb.children):
        return []
    reporter = _reporting_verb(verb)
    if reporter is None:
        return []
    speakers = coded(actors_in(document, [c for c in reporter.children if c.dep_ == "nsubj"]))
    if not speakers or not all(_ARMED_SECTORS & set(m.actor.sector) for m in speakers):
        return []
    return [replace(m.actor, resolved_by=_REPORTING_FORCE) for m in speakers]


def _is_agentless_passive(verb: Token) -> bool:
    """A passive verb with no 'by' agent, or one coordinated with such a passive ("were neutralized
    or captured")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    own = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return own or (verb.dep_ == "conj" and verb.tag_ == "VBN" and _is_agentless_passive(verb.head))


def _reporting_verb(verb: Token) -> Token | None:
    """The verb whose reported clause ``verb`` heads, through coordinated clauses ("say X were seized
    and Y were captured")."""
    token = verb
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head if token.dep_ == "ccomp" and token.head.pos_ == "VERB" else None


def _names_means(verb: Token) -> bool:
    """'killed in suicide attacks', 'in an airstrike', 'by a bomb blast': a phrase naming the attack."""
    return any(match_noun(g) is not None for p in verb.children if p.dep_ == "prep"
               for g in p.children if g.dep_ == "pobj")


def _patient_tokens(verb: Token) -> list[Token]:
    """Whom an agentless passive acts on: its subject (or the one it shares with the passive it is
    coordinated with), or the antecedent of a relative pronoun subject."""
    antecedent = gapped_object(verb)
    return [antecedent] if antecedent is not None else _passive_subjects(verb)


def _passive_subjects(verb: Token) -> list[Token]:
    """The verb's passive subject, or the one it shares with the passive it is coordinated with ("he
    had been arrested and sentenced": both acts befall him)."""
    own = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if own or verb.dep_ != "conj" or verb.tag_ != "VBN":
        return [c for c in own if c.dep_ == "nsubjpass"]
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def _in_custody(verb: Token) -> bool:
    """'released on bail', 'released from prison': a release from state custody (data/event_words.tsv)."""
    return any(g.lemma_.lower() in words_of("custody") for p in verb.children if p.dep_ == "prep"
               for g in p.children if g.dep_ == "pobj")


def _placed_state(document: Document, verb: Token) -> str | None:
    """The one state the verb's place phrases name ("was arrested in Moscow")."""
    places = {m.actor.country for m in place_actors(document, place_tokens(verb))} - {None}
    return places.pop() if len(places) == 1 else None


def _names_a_place(verb: Token) -> bool:
    """The verb's place phrases name a place ("in his car in Brooklyn"), placed in a state or not:
    the story's home state is then no safe guess."""
    return any(t.ent_type_ in _PLACE_ENTITIES for p in place_tokens(verb) for t in p.subtree)


__all__ = ["DENIAL_CAMEO", "UNDIRECTED_NOMINALS", "StoryMemory", "implicit_authority", "inferred_dyad",
           "passive_patients", "reporting_forces"]
