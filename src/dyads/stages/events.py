"""The event stage: PLOVER events from subject-verb-object patterns in the parse.

For every verb in the verb lexicon (data/verbs.tsv, matched by
:mod:`dyads.stages.verb_match`), the source is its subject and the targets its objects
(see :mod:`dyads.stages.arguments`); negation and modality come from the verb and the
clauses that govern it (:mod:`dyads.stages.mood`).

A verb whose clause is the complement of another coded verb is not an event of its own:
PLOVER codes "threatened to shell Iraqi towns" as THREATEN (with Iraq as target), "refused
to condemn" as REJECT and "pledged to work with France" as AGREE. The governing verb takes
the complement's actors as its targets instead. Some governing verbs step aside:

* an intent verb ("plans to", "decided to"; data/event_words.tsv) is not an event when it has
  a complement clause, which is coded in its place ("plans to impose sanctions": THREATEN);
* a denial keeps its complement an event of its own, with modality 'denied' (docs/GOLD.md);
* a statement verb ("said that") is not in the lexicon at all;
* an order to one's own forces is the act ordered ("ordered its military to seal the border":
  COERCE), and a wish that another act is an appeal to it ("wants Iran to stop": REQUEST);
  telling someone to act is a demand ("told officials to draft rules": REQUEST).

Other clauses that are not events of their own: an adverbial clause without its own subject
("fired, killing three"), the 'to'-clause spelling out a request or offer ("rejected a
request to interrogate"), a past participle describing a noun ("land seized in the 1970s")
unless it names its doer ("a meeting requested by X", aimed at the noun), and the 'if' /
'unless' condition of a coded event ("threatened to boycott unless Sudan agrees"). A
subordinate clause with its own subject ("..., while Canada imposed tariffs") is an event.

Beyond verbs:

* nouns that name events, obligations ("Z said X must do Y": REQUEST Z -> X), verdicts ("called
  the subsidies 'unbearable'": ACCUSE) and stance adjectives after a copula ("Syria is willing to
  withdraw from Lebanon": AGREE) are read by :mod:`dyads.stages.event_predicates`, which also
  pairs sources with targets for every reader;
* a withdrawal from an organisation is SANCTION withdraw, not RETREAT (ontology: RETREAT
  withdraw is "from territory"; SANCTION withdraw "from a group ... organization"), and halting
  cooperation ("stopped cooperating with the IAEA") is SANCTION, not negated cooperation;
* actors coordinated as the subject of a verb with no object act on each other ("Putin and Xi
  shake hands after talks": CONSULT both ways), for the types that can be mutual, and so do
  co-subjects renewing a pledge they own together ("reaffirmed their commitment"), and
  co-subjects named again as the recipient ("agreed that their countries should cooperate"),
  but not co-subjects acting on someone's proposal ("Greece and Panama supported the call");
  several states staging a show of force together cooperate militarily (COOPERATE);
* forces moved in an agentless passive ("Kenyan troops were deployed to the border") show their own
  side's force (MOBILIZE KEN), whoever gave the order; an agentless passive of state authority ("the
  editor was arrested") is done by the state the story places it in
  (:func:`dyads.stages.story_dyads.implicit_authority`), and one of force that armed forces report
  ("the army said 20 militants were killed") by those forces, acting together on its patients
  (:func:`dyads.stages.story_dyads.reporting_forces`);
* a participle after a state's name and a hyphen ("Al-Shabab, a U.S.-designated terrorist group", "a
  Beijing-imposed law") is that state's act on what the noun names (its apposition, or its 'on' phrase),
  for acts done to the noun (coercion, sanctions, demands ...), not for backing or funding it;
* a subjectless gerund with a 'between' phrase ("displaced by fighting between rebels and army
  forces") is coded once, the first-named side as source;
* within a sentence an event (type, source, target) is reported once;
* an event with no coded recipient takes one from the story (:mod:`dyads.stages.story_dyads`): a
  reply in a running dispute is aimed at the source's last counterpart, a denial at whoever
  accused the source, and the types the PLOVER gold codes domestically at the source's own state.
  A meeting read from a verb of motion ("arrived", "comes", "sent a delegation") needs a coded
  recipient, which its purpose clause may name ("sent a delegation to attend X's inauguration"), and a
  visitor who is no private traveller. An appeal to an unnamed many states
  ("called on democratic nations") is aimed at no one, but one to "all warring parties" at the
  story's sides; one to unnamed people ("urged owners of food stalls", "encourage AI companies")
  is domestic. Pledges (AGREE), withdrawals (RETREAT), shows of force (MOBILIZE) and other meetings
  stand without a recipient;
* a denial whose object is a clause ("denied that ...", "..., which Moscow denied") denies a claim
  (CAMEO 016), not a request; an addressing verb with a 'to'-clause ("encouraged the police to
  speed up") is an appeal; naming a free relative ("what it called resistance workers"), a display
  verb with an object ("demonstrates a disregard") and withholding comment ("declined to comment")
  are no events;
* a ban word's sanction (data/event_words.tsv, role 'ban') on a group of the banning state's own is a
  domestic ban, COERCE restrict, and its co-subjects ban the group, never each other ("Pakistan and the
  U.S. designated the BLA a terrorist group": COERCE PAK -> PAK, SANCTION USA -> PAK);
* a dyad with no state or organisation code on either side gives no event.

Confidence is a calibrated probability that the event's type is right, from features of how it
was found (see :mod:`dyads.stages.confidence`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads import knowledge
from dyads.records import Actor, DateInfo, Event, SentenceRef, Span
from dyads.stages import Document
from dyads.stages.arguments import (
    ADDRESSING_VERBS,
    STATE_GROUP_NOUNS,
    TIME_PREPS,
    actors_in,
    coded,
    complement_clauses,
    deployed_forces,
    is_for_clause,
    object_tokens,
    purpose_clauses,
    shared_objects,
    source_actors,
    subject_tokens,
    target_mentions,
)
from dyads.stages.confidence import calibrated
from dyads.stages.event_predicates import (
    _NAMING_VERBS,
    _REQUEST_CAMEO,
    _VERDICT_WARNING,
    _clause_conjuncts,
    _complements,
    _Found,
    _named_verdict_event,
    _names_a_free_relative,
    _naming_verdict,
    _nominal_event,
    _obligation,
    _pairs,
    _predicate_cameo,
    _predicate_event,
    _purpose_clauses,
    _reported_charge,
    _verdict_event,
    _warns_of_a_verdict,
    _warns_of_others,
    coded_match,
    intent_type,
    obligation_speaker,
)
from dyads.stages.mood import governors, is_denial, is_negated, modality
from dyads.stages.nominal import attachment, hyphenated_doer, match_noun, nominal_events, words_of
from dyads.stages.story_dyads import (
    DENIAL_CAMEO,
    StoryMemory,
    implicit_authority,
    inferred_dyad,
    passive_patients,
    reporting_forces,
)
from dyads.stages.verb_match import VerbMatch, match_verb

CODER_VERSION = "0.7.0"

_VERB_TAGS = frozenset({"VERB"})
_REJECT_CAMEO = "120"  # reject, not specified (CAMEO 120 -> REJECT)
# Types of a charge voiced in a participle beside another act ("attacked the convoy, accusing X of ...").
_SPOKEN_CHARGE_TYPES = frozenset({"ACCUSE"})
# A participle used as an adjective ("the disputed border", "occupied territories") describes
# a state, not an event of the sentence.
_ADJECTIVAL_DEPS = frozenset({"amod", "compound"})
_PARTY_LABELS = frozenset({"ORG", "GPE", "NORP"})
_PATTERN_PREPOSITION = re.compile(r"\((\w+)\)")  # "concern (about)"
_PARTY_NOUNS = frozenset({"body", "bloc", "organization", "organisation", "alliance", "union",
                          "council", "court", "group", "coalition"})
# CAMEO codes "X needs aid" as an appeal; it is one only when someone is named to meet the need.
_NEED_VERBS = frozenset({"need"})
_QUESTION_VERBS = frozenset({"ask", "wonder"})  # "'Who is dead?' he asked": a question, no request
_QUESTION_WORDS = frozenset({"WP", "WP$", "WRB", "WDT"})
# "suggest Europe cannot afford it", "suggested ending the war would help": a clause of possibility,
# prediction or fact says what the speaker thinks; "suggested that X should go", "that X go" and
# "suggested X could shut the office" (the gold's REQUEST) propose.
_SURMISE_AUX = frozenset({"can", "may", "might", "would", "will", "ca", "wo"})
_INDICATIVE_TAGS = frozenset({"VBZ", "VBD", "VBP"})
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her"})  # "ordered its troops"
_ADDRESS_PREPS = frozenset({"on", "upon", "to"})  # "called on X", "appealed to X"
_CONDITION_MARKS = frozenset({"if", "unless"})
# The ontology's RETREAT withdraw is "from territory or ... an area"; leaving an organisation is
# SANCTION withdraw ("withdraw oneself ... from a group, mediation, organization").
_RETREAT_WITHDRAW = ("RETREAT", "withdraw")
_SANCTION_WITHDRAW = ("SANCTION", "withdraw", "161")  # as CAMEO.2.0 codes "withdraw (from coalition)"
# A show of force staged by several states together is a joint exercise: military cooperation
# (CAMEO 062), as the verb lexicon keeps "joint exercises" COOPERATE.
_JOINT_EXERCISE = ("COOPERATE", None, "062")
# Halting cooperation reduces relations (CAMEO 160 -> SANCTION): "stopped cooperating with the IAEA".
_HALTING_VERBS = frozenset({"stop", "cease", "halt", "suspend", "end", "discontinue"})
_COOPERATIVE_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID"})
_HALTED_COOPERATION = ("SANCTION", None, "160")
# Acts a state's hyphenated participle does to the noun it describes ("a U.S.-designated terrorist group",
# "a Beijing-imposed law"); the gold leaves backing, funding and leading ("U.S.-backed forces",
# "a China-funded port", "the Saudi-led coalition") uncoded, as what the noun is rather than an act.
_HYPHENATED_ACT_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT", "THREATEN", "REQUEST", "REJECT", "ACCUSE"})
_IMPOSED_ON = frozenset({"on", "against"})
# Verbs of agreement that name no partner ("offered to help") are no event in the gold (see _is_addressed).
_ADDRESSED_TYPES = frozenset({"AGREE"})
# Pledges that co-subjects owning them together make to each other ("reaffirmed their commitment").
_PLEDGE_NOUNS = frozenset({"commitment", "pledge", "promise"})
# Adverbs by which co-subjects act on each other ("patrolled jointly").
_TOGETHER = frozenset({"together", "jointly", "bilaterally", "mutually"})
# A state's ban on a group of its own (CAMEO 172 impose administrative sanctions -> COERCE restrict).
_DOMESTIC_BAN = ("COERCE", "restrict", "172")
_REFUSED_MEETING = ("REJECT", "meet", "125")  # CAMEO 125 reject proposal to meet, discuss or negotiate
_DEMAND = ("REQUEST", None, "100")  # CAMEO 100 demand: "told X to withdraw"
# "called on all warring parties": the sides of a conflict the story names, not an unnamed many ("parties
# concerned"); the story's inference finds them (the gold resolves "the warring parties").
_CONFLICT_WORDS = frozenset({"warring", "rival", "opposing", "conflicting", "belligerent"})
# Lexicon blocks of verbs of motion, which CAMEO reads as visits (040, 042), and of visiting itself: a
# visit needs someone visited, so with no coded recipient ("security forces arrived at the site") there
# is no event, nor when the visitors are private people ("Chinese tourists visited Vietnam").
_MOTION_BLOCKS = frozenset({"ARRIVE", "GO_SOMEWHERE", "RETURN", "SEND", "VISIT"})
# Types that stand without a recipient ("gathered and attacked the police": the gathering is no
# meeting with the police); other verbs share the object of the verb coordinated after them.
_SELF_CONTAINED_TYPES = frozenset({"CONSULT", "MOBILIZE", "PROTEST", "RETREAT"})
# "declined to comment" rejects no one, "requested anonymity" asks nothing of anyone: a source's terms
# with the press (data/event_words.tsv, role 'comment').
_PRESS_WITHHOLDING_TYPES = frozenset({"REJECT", "REQUEST"})
# Sectors of people whose travel is no visit ("travelers arriving from India", "detainees began arriving").
_NON_VISITORS = frozenset({"CVL", "REF", "BUS", "CRM"})
# "we will retaliate": the speaker's own side, whose announced act of force is a threat.
_FIRST_PERSON = frozenset({"i", "we"})
# Sectors of people who comment on what a state may do rather than speak for it (analysts, media).
_COMMENTATOR_SECTORS = frozenset({"EDU", "JRN", "NGO", "BUS"})
# Intent verbs that forecast rather than announce ("is expected to", "will tend to close the base").
_FORECAST_VERBS = frozenset({"expect", "tend"})


def governing_event_verb(verb: Token) -> Token | None:
    """The coded verb whose complement clause ``verb`` heads, if any.

    Walks up 'to'-infinitives, 'that'-clauses and gerunds after a preposition ("accused X
    of attacking"); verbs outside the lexicon ("tried to hack") are passed through, and a
    statement verb ("said that ...") stops the walk, since reported events are events. So does
    a denial: "denied attacking" is a REJECT and an attack with modality 'denied' (docs/GOLD.md).
    """
    token = verb
    while (head := _clause_head(token)) is not None:
        match = match_verb(head)
        if match is not None and not _is_intent(head) and not _commands_own_forces(head):
            return head if match.entry.plover_type and not is_denial(head) else None
        token = head
    return None


def _is_intent(verb: Token) -> bool:
    """An intent verb ('plans to', 'decided to'): a complement clause names the event, not the verb."""
    return verb.lemma_.lower() in words_of("intent")


def _commands_own_forces(verb: Token) -> bool:
    """'the government ordered its military to seal the border': an order to one's own forces
    is the act ordered (the sealing), not an appeal to anyone."""
    return verb.lemma_.lower() in words_of("command") and any(
        o.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in _OWN_POSSESSIVES for p in o.children)
        for o in verb.children) and bool(complement_clauses(verb))


def _clause_head(token: Token) -> Token | None:
    """The verb that takes ``token``'s clause (or the clause it is coordinated with) as a complement."""
    while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        token = token.head  # "called for X to lift the ban and establish a dialogue"
    if token.dep_ in ("xcomp", "ccomp") or is_for_clause(token):
        head = token.head
    elif token.dep_ == "pcomp" and token.head.dep_ == "prep" and not _has_subject(token) \
            and token.head.lower_ not in TIME_PREPS:
        # "with Sullivan speaking to ...": a clause with its own subject is no complement
        head = token.head.head
    else:
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _sentence_ref(index: int, sentence: SpacySpan) -> SentenceRef:
    return SentenceRef(index, sentence.start_char, sentence.end_char, sentence.text)


def _trigger(document: Document, tokens: tuple[Token, ...]) -> Span:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(start, end, document.story.text[start:end])


def _event_id(document: Document, trigger: Span, type_: str, source: Actor, target: Actor | None) -> str:
    key = "|".join([document.story.story_id, CODER_VERSION, str(trigger.start), type_,
                    source.id or source.text, (target.id or target.text) if target else "-"])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _verb_dyads(document: Document, verb: Token, match: VerbMatch,
                plover_type: str) -> list[tuple[Actor, Actor | None]]:
    # a named preposition wins over a particle: "spoke up for Taiwan" (pattern "speak up (for)")
    used_prep = _object_preposition(verb, match) or (match.tokens[1] if len(match.tokens) > 1 else None)
    sources = source_actors(document, verb)
    if not sources and _is_verbal_noun(verb) and len(sides := _sides(document, verb)) > 1:
        return list(_pairs(sides[:1], sides[1:], plover_type))
    if not sources and plover_type == "MOBILIZE":
        sources = deployed_forces(document, verb)  # "troops were deployed to the border": they mobilize
    if not sources and (authority := implicit_authority(document, verb)) is not None:
        sources = [authority]  # "Dara was released on bail": by the state it happens in
    forces = [] if sources else reporting_forces(document, verb, plover_type)
    if forces:
        sources = forces  # "the army said 20 militants were killed"
    codes = frozenset(s.code for s in sources if s.code is not None)
    # a protest's purpose names whom it is against ("blocked a road to show disapproval of X's policy")
    # ... and a journey's purpose whom it visits ("sent a delegation to attend X's inauguration")
    aimed = plover_type == "PROTEST" or (plover_type == "CONSULT" and match.entry.block in _MOTION_BLOCKS)
    complements = _complements(verb) + (purpose_clauses(verb) if aimed else [])
    targets = [m.actor for m in target_mentions(document, verb, used_prep, complements, codes)]
    if not targets and plover_type not in _SELF_CONTAINED_TYPES:
        targets = [m.actor for m in coded(actors_in(document, shared_objects(verb)))]  # "attacked and killed X"
    if not targets and forces:
        targets = passive_patients(document, verb)  # "rebels were neutralized or captured"
    # the forces reporting their own act act together on its patients, not on each other
    other_party = _names_other_party(verb, used_prep) or verb.lemma_.lower() in words_of("ban") or bool(forces)
    return list(_pairs(sources, targets, plover_type, other_party, _is_reciprocal(verb),
                       _is_addressed(verb, plover_type)))


def _is_addressed(verb: Token, plover_type: str) -> bool:
    """A verb of agreement is an event only towards someone ("offered to help", "seeks advantage"
    name no partner), unless it accepts or pledges (data/event_words.tsv, role 'standalone')."""
    return plover_type in _ADDRESSED_TYPES and verb.lemma_.lower() not in words_of("standalone")


def _is_reciprocal(verb: Token) -> bool:
    """'X and Y met', 'upgraded ties', 'patrolled jointly': a verb whose co-subjects act on each
    other (data/event_words.tsv, role 'reciprocal'), takes a relation between them as object, or
    is said to be done together."""
    shared = words_of("reciprocal")
    objects = [o for c in verb.children if c.dep_ == "dobj"
               for o in (c, *(g for p in c.children if p.lower_ == "of" for g in p.children))]
    return verb.lemma_.lower() in shared or any(o.lemma_.lower() in shared for o in objects) or any(
        c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in verb.children) or _shared_pledge(verb)


def _shared_pledge(verb: Token) -> bool:
    """'both leaders reaffirmed their commitment': a pledge the co-subjects own together is one they
    make to each other ("offered their help" offers it to no one named)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PLEDGE_NOUNS
               and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children) for c in verb.children)


def _is_verbal_noun(verb: Token) -> bool:
    """A gerund used as a noun ("displaced by fighting between ..."), not a clause whose doer the
    sentence names elsewhere ("must be ready to mediate between ...")."""
    return verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "nsubj", "nsubjpass", "dobj", "csubj")


def _sides(document: Document, verb: Token) -> list[Actor]:
    """'displaced by fighting between rebels and government forces', 'expanding cooperation between
    X and Y': with no subject, the sides of a 'between' phrase on the gerund or its object are the
    parties, coded once with the first-named as source (docs/GOLD.md)."""
    holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    return [m.actor for m in actors_in(document, [g for h in holders for p in h.children if p.dep_ == "prep"
                                                  and p.lower_ == "between" for g in p.children if g.dep_ == "pobj"])]


def _object_preposition(verb: Token, match: VerbMatch) -> Token | None:
    """The preposition a pattern names, on the verb ('for' in "voted for X", pattern "(for)") or on
    its object ('about' in "expressed concern about X", pattern "concern (about)")."""
    named = _PATTERN_PREPOSITION.search(match.entry.pattern)
    if named is None:
        return None
    own = (p for p in verb.children if p.dep_ == "prep" and p.lower_ == named.group(1))
    on_object = (p for o in verb.children if o.dep_ == "dobj" for p in o.children
                 if p.dep_ == "prep" and p.lower_ == named.group(1))
    return next(own, None) or next(on_object, None)


def _is_halted(verb: Token) -> bool:
    """The verb is what a halting verb stops ('stopped cooperating', 'ceased supplying')."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HALTING_VERBS


def _coded_states(actors: Iterable[Actor]) -> set[str]:
    return {a.code for a in actors if a.code is not None}


def _names_other_party(verb: Token, used_prep: Token | None) -> bool:
    """An object naming an organisation or a name the actor stage left uncoded ("accused the
    regional body"), or a proposal, call or plan put forward by someone ("Greece and Panama
    supported the call"): someone other than the co-subjects is acted on. (A ban word's co-subjects,
    "Pakistan and the United States designated the BLA", each ban the group, never each other.)"""
    return any(o.ent_type_ in _PARTY_LABELS or o.lemma_.lower() in _PARTY_NOUNS | words_of("authored")
               for o in object_tokens(verb, used_prep))


def _all_organisations(targets: Iterable[Actor | None]) -> bool:
    """Every target is an organisation (a code but no country): 'withdrew from ECOWAS'."""
    found = list(targets)
    return bool(found) and all(t is not None and t.code is not None and t.country is None for t in found)


def _is_proposal_content(verb: Token) -> bool:
    """A 'to'-clause spelling out what a request, offer or ultimatum asks ('an offer to host')."""
    head = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "acl" or head.pos_ != "NOUN" or not infinitive:
        return False
    return match_noun(head) is not None or head.lemma_.lower() in words_of("authored")


def _is_background_participle(verb: Token) -> bool:
    """A past participle describing a noun ("the land seized in the 1970s"): background, not an event.

    A present participle is kept: "demonstrators protesting the results" is the protest itself,
    and so is a past participle that names its doer ("a meeting requested by the United States"),
    unless its noun is part of another event ("demanded the return of property seized by the army").
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "agent" for c in verb.children):
        return True
    governor, _ = attachment(verb.head)
    return governor is not None and coded_match(governor) is not None


def _permits_as_purpose(verb: Token) -> bool:
    """A verb of permission (data/event_words.tsv, role 'enabling') in a purpose infinitive, or
    joined to one ("paid X to lease back the base and allow the garrison to remain"): it says what
    the main act is for, it grants nothing of its own, whether or not the main verb is coded."""
    if verb.lemma_.lower() not in words_of("enabling"):
        return False
    clause = verb.head if verb.dep_ == "conj" else verb
    return clause.dep_ == "advcl" and not _has_subject(clause) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _is_condition(verb: Token) -> bool:
    """An 'if' / 'unless' clause of a coded event: the condition set, not an event (it names the target)."""
    marked = any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children)
    if verb.dep_ != "advcl" or not marked:
        return False
    return any(coded_match(g) is not None for g in (verb.head, *governors(verb.head)))


def _wish_for_others(document: Document, verb: Token, sentence: SpacySpan) -> _Found | None:
    """'wants Iran to stop enriching uranium': a wish that another act is a REQUEST from the
    subject to the infinitive's own subject (CAMEO 020)."""
    if verb.lemma_.lower() not in words_of("wish"):
        return None  # "expected EU states to abstain" predicts, it asks nothing
    subjects = [c for clause in complement_clauses(verb) if _is_infinitive(clause)
                for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    targets = [m.actor for m in actors_in(document, subjects) if m.actor.code is not None]
    pairs = tuple(_pairs(source_actors(document, verb), targets, "REQUEST")) if targets else ()
    return _Found("REQUEST", None, _REQUEST_CAMEO, (verb,), pairs, is_negated(verb), modality(verb, sentence),
                  ("verb", "wish")) if pairs else None


def _directive(document: Document, verb: Token, sentence: SpacySpan) -> _Found | None:
    """'told city council members to draft regulations': telling someone to act is a demand (CAMEO
    100, REQUEST) to the one told, whatever the verb of telling means alone (data/event_words.tsv)."""
    if verb.lemma_.lower() not in words_of("directive") or governing_event_verb(verb) is not None:
        return None
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not told or not any(c.dep_ == "xcomp" and _is_infinitive(c) for c in verb.children):
        return None
    targets = [m.actor for m in target_mentions(document, verb, None, [])]
    pairs = tuple(_pairs(source_actors(document, verb), targets, "REQUEST"))
    return _Found(*_DEMAND, (verb,), pairs, is_negated(verb), modality(verb, sentence),
                  ("verb", "pattern")) if pairs else None


def _is_infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _has_subject(verb: Token) -> bool:
    """A finite clause with its own subject ("..., while Canada imposed tariffs") reports its own event."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _is_event_verb(verb: Token) -> bool:
    """A verb, or a copula carrying an obligation ("said the Council must be united": an appeal)."""
    if verb.pos_ == "AUX" and verb.lemma_ == "be":
        return obligation_speaker(verb) is not None
    return verb.pos_ in _VERB_TAGS and verb.dep_ not in _ADJECTIVAL_DEPS


def _verb_event(document: Document, verb: Token, sentence: SpacySpan) -> _Found | None:
    if (speaker := obligation_speaker(verb)) is not None:
        return _obligation(document, verb, speaker)
    if (verdict := _naming_verdict(verb)) is not None:
        return _named_verdict_event(document, verb, sentence, verdict)
    if (directive := _directive(document, verb, sentence)) is not None:
        return directive
    if (charge := _reported_charge(document, verb, sentence)) is not None:
        return charge
    match = coded_match(verb)
    if (match is None and not _is_intent(verb)) or governing_event_verb(verb) is not None:
        return None
    if _is_intent(verb) and complement_clauses(verb):
        # "plans to impose restrictions": the complement is the event (THREATEN), if any; a wish
        # that another do something ("wants Iran to stop") is an appeal to it
        return _wish_for_others(document, verb, sentence)
    if match is None or _is_no_event_of_its_own(document, verb, match):
        return None
    type_, mode, cameo, negated, mood = _reading(document, verb, match.entry, sentence)
    if _refuses(verb, negated):
        type_, mode, cameo, negated = "REJECT", None, _REJECT_CAMEO, False
    pairs = tuple(_verb_dyads(document, verb, match, type_))
    if verb.lemma_.lower() in _NEED_VERBS and all(target is None for _, target in pairs):
        return None  # "Europe needs to fortify its security": a need no one is asked to meet
    if type_ == "CONSULT" and match.entry.block in _MOTION_BLOCKS:
        # "security forces arrived", "when it comes to": a visit visits someone, and travellers or
        # detainees arriving somewhere visit no one
        pairs = tuple((s, t) for s, t in pairs if t is not None and t.code and not set(s.sector) & _NON_VISITORS)
    if (type_, mode) == _RETREAT_WITHDRAW and _all_organisations(target for _, target in pairs):
        type_, mode, cameo = _SANCTION_WITHDRAW
    how = ("verb", "pattern" if match.specificity else "default")
    to_many = type_ == "REQUEST" and _appeals_to_many(document, verb)
    return _Found(type_, mode, cameo, match.tokens, pairs, negated, mood, how, to_many,
                  _voices_a_worry(verb)) if pairs else None


def _is_no_event_of_its_own(document: Document, verb: Token, match: VerbMatch) -> bool:
    """Coded verbs that are part of another event or only describe (see the module docstring)."""
    if _commands_own_forces(verb) or _names_a_free_relative(verb):
        return True  # "ordered its military to seal the border": the sealing is the event
    if match.specificity == 0 and _shows_something(verb):
        return True  # "the transfers demonstrate a disregard for dignity": showing, not demonstrating
    if _is_standing_aim(document, verb):
        return True  # "a group that aims to topple the government": what the actor is, not what it did
    if _gives_an_opinion(verb):
        return True  # "suggested Europe cannot afford it": what the speaker thinks, no proposal
    if _asks_a_question(verb):
        return True  # "'Who is dead?' he asked": a question put to no one named asks nothing of anyone
    if _credits_a_reporter(verb):
        return True  # "Jane Roe contributed to this report": the story's credits, no aid
    if match.entry.plover_type in _PRESS_WITHHOLDING_TYPES and _withholds_comment(document, verb):
        return True  # "declined to comment", "requested anonymity": a source's terms with the press
    naming = match.specificity == 0 or verb.lemma_.lower() in _NAMING_VERBS
    if naming and any(c.dep_ == "oprd" for c in verb.children):
        # "called the claims baseless", "called the drills a punishment for ...": a verb with a
        # predicate on its object names, not acts, whatever words the predicate carries
        return True
    if match.specificity == 0 and _coded_means(verb):
        return True  # "retaliated by announcing tariffs": the means names the event
    if (verb.dep_ == "advcl" and not _has_subject(verb) and not _leads_its_clause(verb)
            and coded_match(verb.head) is not None and not _is_spoken_charge(verb, match)):
        # purpose, manner or consequence of the main event ("fired, killing three"); a participle
        # before it is an act of its own ("Threatening to kill the hostages, the group demanded ...")
        return True
    if _permits_as_purpose(verb):
        return True  # "leased the base to allow the garrison to remain": what the lease is for
    # "rejected a request to interrogate detainees": what was asked; "property seized by the army
    # in the 1970s": describes the noun; "threatened to boycott unless the president agrees":
    # the demand's terms
    return _is_proposal_content(verb) or _is_background_participle(verb) or _is_condition(verb)


def _refuses(verb: Token, negated: bool) -> bool:
    """'will not succumb to pressure', 'does not recognize the court': a verb of yielding or accepting
    (data/event_words.tsv, role 'refusal') denied is a refusal (CAMEO 12, REJECT; the gold's
    convention), not a negated concession or endorsement. A classification ("does not recognize dog
    meat as edible") refuses no one."""
    classifies = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
    return negated and verb.lemma_.lower() in words_of("refusal") and not classifies


def _is_spoken_charge(verb: Token, match: VerbMatch) -> bool:
    """A participle accusing someone beside a main event of another kind ("fought the state,
    accusing it of exploiting the province"): a statement made alongside the act, not its manner
    or result, so it is an event of its own. An infinitive ("sent envoys to check up on them") is
    the act's purpose."""
    head_match = coded_match(verb.head)
    return (verb.tag_ == "VBG" and match.entry.plover_type in _SPOKEN_CHARGE_TYPES and head_match is not None
            and head_match.entry.plover_type != match.entry.plover_type)


def _leads_its_clause(verb: Token) -> bool:
    """A present participle opening the sentence before its main verb ("Threatening to kill the
    hostages, the group demanded ..."): its subject's own act, not the manner of the main one."""
    return verb.tag_ == "VBG" and verb.i < verb.head.i


def _is_standing_aim(document: Document, verb: Token) -> bool:
    """The complement of a verb of standing purpose (data/event_words.tsv, role 'mission') that
    describes an actor: in a relative clause on the actor ("an agency that aims to prevent
    blindness") or a participle with no subject of its own ("conducts bombings, aiming to topple
    the government"). What a resolution or plan aims to do is its content, an event."""
    token = verb
    while (head := _clause_head(token)) is not None:
        if head.lemma_.lower() in words_of("mission"):
            if head.dep_ == "relcl":
                antecedent = head.head
                return antecedent.lemma_.lower() not in words_of("measure") and bool(actors_in(document, [antecedent]))
            return head.tag_ == "VBG" and head.dep_ in ("advcl", "acl") and not _has_subject(head)
        token = head
    return False


def _gives_an_opinion(verb: Token) -> bool:
    """A verb of opinion (data/event_words.tsv, role 'opinion') whose clause states a possibility,
    a prediction or a fact ("suggested Gbagbo's aides must have given the orders"), not an act
    asked of anyone ("suggested that the army should withdraw", "suggested that it withdraw")."""
    if verb.lemma_.lower() not in words_of("opinion"):
        return False
    return any(_is_surmise(c) for c in verb.children if c.dep_ == "ccomp")


def _is_surmise(clause: Token) -> bool:
    """A clause of possibility, prediction, inference or fact, not a 'should' or subjunctive one."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _SURMISE_AUX for a in aux) or any(a.lemma_ == "have" for a in aux):
        return True  # "cannot afford", "must have given"
    return not any(a.tag_ == "MD" for a in aux) and (clause.tag_ in _INDICATIVE_TAGS
                                                       or any(a.tag_ in _INDICATIVE_TAGS for a in aux))


def _asks_a_question(verb: Token) -> bool:
    """'asked: "Who is dead?"', 'asked whether ...': a question verb with no addressee, no 'for' or
    'to'-clause, whose clause is a question (a wh-word, 'whether' or a question mark)."""
    if verb.lemma_.lower() not in _QUESTION_VERBS:
        return False
    if any(c.dep_ in ("dobj", "dative", "xcomp", "prep") for c in verb.children):
        return False  # "asked Kyiv why", "asked for help", "asked to leave"
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    opens_a_question = any(c.left_edge.tag_ in _QUESTION_WORDS or c.left_edge.lower_ == "whether" for c in clauses)
    return opens_a_question or any(t.text == "?" for c in (verb, *clauses) for t in c.children)


def _credits_a_reporter(verb: Token) -> bool:
    """A credit verb (data/event_words.tsv, role 'credit') with nothing given and no recipient but
    the story ('credited'): "contributed to this report", "contributed from Nairobi"."""
    if verb.lemma_.lower() not in words_of("credit") or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    recipients = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj"]
    return all(o.lemma_.lower() in words_of("credited") for o in recipients)


def _withholds_comment(document: Document, verb: Token) -> bool:
    """'declined to comment', 'declined comment', 'refused to be named', 'requested anonymity': what
    is refused or asked is a statement or its attribution (data/event_words.tsv, role 'comment'),
    which the gold records as no event, unless it answers a named actor ("declined to respond to
    Peru's proposal")."""
    comment = words_of("comment")
    withheld = [c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in comment]
    return bool(withheld) and not any(coded(actors_in(document, object_tokens(w, None))) for w in withheld)


def _shows_something(verb: Token) -> bool:
    """A display verb with a direct object ("demonstrates a complete disregard"): it shows
    something, it is no street demonstration (data/event_words.tsv, role 'display')."""
    return verb.lemma_.lower() in words_of("display") and any(c.dep_ == "dobj" for c in verb.children)


def _coded_means(verb: Token) -> bool:
    """A 'by'-gerund clause of the verb that names an event noun ("by announcing tariffs").

    Coded verbs in the clause are left to the governing verb (see :func:`governing_event_verb`).
    """
    means = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
             for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    return any(t.pos_ == "NOUN" and match_noun(t) is not None for m in means for t in m.subtree)


def _reading(document: Document, verb: Token, entry: knowledge.VerbEntry,
             sentence: SpacySpan) -> tuple[str, str | None, str, bool, str]:
    """(type, mode, CAMEO code, negated, modality) of a coded verb, after the PLOVER rules."""
    negated, mood = is_negated(verb), modality(verb, sentence)
    type_, mode, cameo = entry.plover_type, entry.plover_mode or None, entry.cameo
    if type_ == "THREATEN" and (_warns_of_a_verdict(verb) or _warns_of_others(document, verb)):
        type_, mode, cameo = _VERDICT_WARNING
    folded = intent_type(type_, mood)
    if folded is not None and not (negated and folded == "AGREE") and (
            folded != "THREATEN" or _announces_own_act(document, verb)):
        # the stated intent is what happened; "will not meet X" promises nothing, it stays the act denied
        type_, mode, mood = folded, None, "asserted"
    if type_ == "CONSULT" and _declines_to_meet(verb):
        type_, mode, cameo, negated = *_REFUSED_MEETING, False  # "does not want to meet X"
    if type_ in _COOPERATIVE_TYPES and _is_halted(verb):
        type_, mode, cameo, negated = *_HALTED_COOPERATION, False  # "stopped cooperating with X"
    if type_ == "MOBILIZE" and len(_coded_states(source_actors(document, verb))) > 1:
        type_, mode, cameo = _JOINT_EXERCISE  # "French and Egyptian warships launched war games"
    if type_ == "SUPPORT" and _appeals_to_act(verb):
        type_, mode, cameo = "REQUEST", None, _REQUEST_CAMEO  # "encouraged the police to speed up inquiries"
    if type_ == "REJECT" and _denies_a_claim(verb):
        cameo = DENIAL_CAMEO  # "denied that its program is military": a claim denied, not a request refused
    return type_, mode, cameo, negated, mood


def _announces_own_act(document: Document, verb: Token) -> bool:
    """A future or possible act of force is a threat (PLOVER manual) when the narrator or its doer
    states it: its intent verb ("plans to impose sanctions"), its own words ("we will retaliate"),
    its own report ("Trump said he will impose tariffs"). Reported from someone else ("an analyst
    said the administration could impose restrictions"), it is that other's forecast of the act,
    kept as the act, hypothetical or future, as the gold codes forecasts (docs/GOLD.md)."""
    chain = list(governors(verb))
    if not _has_subject(verb) and any(g.lemma_.lower() in words_of("intent") - _FORECAST_VERBS for g in chain):
        return True
    subjects = subject_tokens(verb)
    if any(s.lower_ in _FIRST_PERSON for s in subjects):
        return True
    # the nearest governing clause with a subject of its own names who states the act
    reporter = next((g for g in chain if any(c.dep_ == "nsubj" for c in g.children)), None)
    if reporter is None:
        return True
    doers = {a.code for a in source_actors(document, verb) if a.code is not None}
    speakers = actors_in(document, [c for c in reporter.children if c.dep_ == "nsubj"])
    return any(m.actor.code in doers and not set(m.actor.sector) & _COMMENTATOR_SECTORS for m in speakers)


def _appeals_to_act(verb: Token) -> bool:
    """'encouraged the police to speed up': an addressing verb with an addressee and a 'to'-clause
    asks the addressee to act (CAMEO 020 appeal), it does not praise it (CAMEO 051)."""
    return verb.lemma_.lower() in ADDRESSING_VERBS and any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "xcomp" and _is_infinitive(c) for c in verb.children)


def _denies_a_claim(verb: Token) -> bool:
    """'denied that ...', 'denied attacking', 'X reported Y, which Moscow denied': a denial whose
    object is a clause (CAMEO 016 deny responsibility); 'denied the request' refuses (CAMEO 120)."""
    if not is_denial(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    clausal = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or any(
        g.dep_ == "pcomp" for c in verb.children if c.dep_ == "prep" for g in c.children)
    sentential = [o.lower_ for o in objects] == ["which"] and verb.dep_ == "advcl"
    return (clausal and not objects) or sentential


def _declines_to_meet(verb: Token) -> bool:
    """'does not want to meet X': unwillingness to meet is a refusal to meet, not a meeting denied."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in words_of("wish")
            and any(c.dep_ == "neg" for c in head.children))


def _voices_a_worry(verb: Token) -> bool:
    """'expressed concern', 'voiced concern about the violence': a worry (data/event_words.tsv,
    role 'worry') as the verb's object, which is no reply to the speaker's last counterpart."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words_of("worry") for c in verb.children)


def _appeals_to_many(document: Document, verb: Token) -> bool:
    """'called on democratic nations', 'urged parties concerned': every addressee is an unnamed
    plural of states ('nations', 'parties'), not a coded actor or someone's own ('their allies').

    Unnamed people ("urged owners of food stalls to", "encourage AI companies") are no such many:
    the PLOVER gold codes an appeal to them as domestic, aimed at the source's own state.
    """
    addressing = verb.lemma_.lower() in ADDRESSING_VERBS
    addressees = [c for c in verb.children if addressing and c.dep_ in ("dobj", "dative")]
    addressees += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in _ADDRESS_PREPS
                   for g in p.children if g.dep_ == "pobj"]
    return bool(addressees) and all(
        a.tag_ == "NNS" and a.lemma_.lower() in STATE_GROUP_NOUNS and not _are_conflict_sides(a)
        and not any(c.dep_ == "poss" for c in a.children)
        and not coded(actors_in(document, [a])) for a in addressees)


def _are_conflict_sides(addressee: Token) -> bool:
    """'all warring parties', 'the rival sides': the sides of the story's conflict."""
    return any(c.dep_ == "amod" and c.lower_ in _CONFLICT_WORDS for c in addressee.children)


def _found_in(document: Document, sentence: SpacySpan) -> Iterator[_Found]:
    """Nominal and predicate-adjective events first (they absorb their clauses), then verb events."""
    absorbed: set[int] = set()
    tokens = list(sentence)  # one pass over the doc, three over the list
    for token in tokens:
        cameo = _predicate_cameo(token)
        if cameo is not None and (found := _predicate_event(document, token, cameo, sentence)) is not None:
            absorbed.update(t.i for t in (token, *_clause_conjuncts(_complements(token))))
            yield found
        elif (found := _verdict_event(document, token, sentence)) is not None:
            yield found
        elif (found := _hyphenated_event(document, token)) is not None:
            yield found
    for token in tokens:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        for nominal in nominal_events(document, token, lambda v: coded_match(v) is not None):
            purposes = []
            if nominal.plover_type == "PROTEST" and nominal.governor is not None:
                purposes = _purpose_clauses(nominal.governor, nominal.noun)
                absorbed.update(p.i for p in purposes)
            if (found := _nominal_event(document, nominal, purposes, sentence)) is not None:
                yield found
    for token in tokens:
        if _is_event_verb(token) and token.i not in absorbed:
            if (found := _verb_event(document, token, sentence)) is not None:
                yield found


def _hyphenated_event(document: Document, participle: Token) -> _Found | None:
    """'Al-Shabab, a U.S.-designated terrorist group', 'a Beijing-imposed law': the state before the
    hyphen does the participle's act (its lexicon default, one of ``_HYPHENATED_ACT_TYPES``) to what
    the noun names, or to the actor the noun stands in apposition to."""
    noun = participle.head
    if participle.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    found = hyphenated_doer(participle)
    if found is None:
        return None
    doer, bases = found
    entry = _hyphenated_entry(bases, noun)
    if entry is None or entry.plover_type not in _HYPHENATED_ACT_TYPES:
        return None
    described = noun.head if noun.dep_ == "appos" else noun
    # "a Kenya-imposed ban on Somali imports": what the noun is imposed on names the recipient
    aimed_at = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in _IMPOSED_ON for g in p.children
                if g.dep_ == "pobj"]
    targets = [m.actor for m in coded(actors_in(document, [described, *aimed_at])) if m.actor.code != doer.code]
    pairs = tuple((doer, target) for target in targets) or ((doer, None),)
    return _Found(entry.plover_type, entry.plover_mode or None, entry.cameo, (participle,), pairs, False,
                  "asserted", ("verb", "default"))


def _hyphenated_entry(bases: tuple[str, ...], noun: Token) -> knowledge.VerbEntry | None:
    """The participle's lexicon entry whose plain-word pattern the noun's phrase fills ("designated
    terrorist group": designate + terrorist), else its default."""
    words = {t.lower_ for t in noun.subtree} | {t.lemma_.lower() for t in noun.subtree}
    for base in bases:
        entries = [e for e in knowledge.verb_lexicon().get(base, ()) if not e.reverse and e.plover_type]
        fitting = [e for e in entries if e.pattern and e.pattern.replace(" ", "").isalpha()
                   and set(e.pattern.split()) <= words]
        default = [e for e in entries if not e.pattern]
        if fitting or default:
            return (fitting or default)[0]
    return None


def _records(document: Document, index: int, sentence: SpacySpan, found: list[_Found],
             memory: StoryMemory) -> Iterator[Event]:
    """Event records, one per dyad, each (type, source, target) once per sentence."""
    seen: set[tuple[str, ...]] = set()
    rivals = len({f.type for f in found}) > 1
    for item in found:
        trigger = _trigger(document, item.tokens)
        for pair in item.pairs:
            source, target = (pair[0], None) if item.to_many else inferred_dyad(
                item.type, item.mode, item.cameo, *pair, memory, reply=not item.worry,
                aimed=not item.worry and _aims_at_a_thing(item.tokens))
            if source.code is None and (target is None or target.code is None):
                continue  # no one placed: "gunmen attacked a hotel"
            type_, mode, cameo = _pair_reading(item, source, target)
            key = (type_, source.id or source.code or source.text,
                   (target.id or target.code or target.text) if target else "-")
            # "the British government and Britain's decision to relinquish": one trigger, two
            # mentions of one state as its doer, one event (distinct recipients stay distinct)
            coded_key = (type_, str(item.tokens[0].i), source.code or key[1], key[2])
            if key in seen or coded_key in seen:
                continue
            seen.update((key, coded_key))
            event = Event(
                event_id=_event_id(document, trigger, type_, source, target),
                type=type_, mode=mode, cameo=cameo,
                quad_class=knowledge.quad_class(type_),
                goldstein=knowledge.goldstein(cameo),
                trigger=trigger, sentence=_sentence_ref(index, sentence),
                source=source, target=target, negated=item.negated, modality=item.mood,
                date=_story_date(document),
                confidence=calibrated(_features(item, source, target, item.tokens[0], rivals)),
            )
            memory.note_accusation(event)
            yield event


def _aims_at_a_thing(tokens: tuple[Token, ...]) -> bool:
    """The verb names what it acts on, though no actor: its object ("rejected the charges",
    "condemned the jailbreak") or that of the preposition its lexicon pattern names ("asked for
    a bylaw", "called for the charges to be dropped"). A preposition the pattern does not name
    gives a purpose ("fighting for her"), and the object of an addressing verb that is no one
    addressed is what is asked ("urged calm")."""
    verb, *pattern_words = tokens
    if verb.pos_ != "VERB":
        return False
    object_deps = ("oprd",) if verb.lemma_.lower() in ADDRESSING_VERBS else ("dobj", "oprd")
    return any(c.dep_ in object_deps or is_for_clause(c) or (
        c.dep_ == "prep" and c in pattern_words and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children)


def _pair_reading(item: _Found, source: Actor, target: Actor | None) -> tuple[str, str | None, str]:
    """(type, mode, CAMEO code) of one dyad: a ban word's sanction (data/event_words.tsv, role 'ban')
    on a group of the banning state's own is a domestic restriction ("Pakistan designated the BLA a
    terrorist group": COERCE restrict), as the gold codes a domestic ban; abroad it stays a SANCTION."""
    domestic = target is not None and source.country is not None and source.country == target.country
    if item.type == "SANCTION" and domestic and item.tokens[0].lemma_.lower() in words_of("ban"):
        return _DOMESTIC_BAN
    return item.type, item.mode, item.cameo


def _features(item: _Found, source: Actor, target: Actor | None, head: Token, rivals: bool) -> tuple[str, ...]:
    """What the confidence table is calibrated on: how the event and its actors were found."""
    return (
        *(f"how={h}" for h in item.how),
        f"type={item.type}",
        f"mood={item.mood}",
        "source=coded" if source.code else "source=uncoded",
        "target=coded" if target is not None and target.code else ("target=uncoded" if target else "target=none"),
        "clause=main" if head.dep_ == "ROOT" else "clause=embedded",
        "rivals" if rivals else "alone",
        *(("negated",) if item.negated else ()),
    )


def _story_date(document: Document) -> DateInfo:
    day = document.story.story_date.isoformat()
    return DateInfo(day, day, "story", None)


def code_events(document: Document) -> Document:
    """The event stage: every lexicon verb or event noun with a source becomes events, one per dyad.

    A dyad with no state or organisation code on either side places no one and gives no event.

    Args:
        document: a parsed story whose actor mentions are resolved (see ``resolve_actors``).

    Returns:
        The document with its events, one per (source, target) pair of each event.

    Example: "Iran threatened to shell Iraqi towns." gives one THREATEN event, IRN -> IRQ.
    """
    events: list[Event] = []
    memory = StoryMemory()
    for index, sentence in enumerate(document.doc.sents):
        found = list(_records(document, index, sentence, list(_found_in(document, sentence)), memory))
        events.extend(found)
        memory.remember(found)
    return replace(document, events=tuple(events))


__all__ = ["CODER_VERSION", "VerbMatch", "code_events", "coded_match", "governing_event_verb",
           "intent_type", "is_negated", "match_verb", "modality", "obligation_speaker"]
