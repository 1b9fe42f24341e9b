"""Events read off something other than a coded verb's own lexicon entry, and the dyads they share.

Read by the event stage (:mod:`dyads.stages.events`), which owns the verbs:

* "Z said X must / should / needs to / has to do Y" (or "X must be ready") is a REQUEST from Z to
  X, whatever Y is; "we must" binds the speaker's own side (no event), and a meeting noun as X
  ("talks with Y must continue") is a hoped-for meeting, AGREE Z -> Y;
* a naming verb with a verdict word of the event lexicon is that verdict's event: "called the
  subsidies 'unbearable'" is ACCUSE, "described the talks as constructive" SUPPORT; a warning
  that something is wrong ("warned that their cooperation is dangerous"), or about what another
  actor does ("warned that Somalia's actions would divide the country"), is ACCUSE, not THREATEN;
  "Z said X's conduct was unacceptable" is ACCUSE Z -> X;
* a stance adjective after a copula is coded by its CAMEO code (data/event_words.tsv): "Syria is
  willing to withdraw from Lebanon" is AGREE (SYR -> LBN), "Britain is concerned about Iran"
  ACCUSE (and "is not worried" no event); readiness to use force ("is prepared to impose martial
  law") is THREATEN;
* nouns that name events (found by :mod:`dyads.stages.nominal`) become events aimed at their
  targets; a protest whose purpose clause makes a demand ("staged demonstrations to demand
  reforms by Y") is one PROTEST aimed at Y (PLOVER manual, PROTEST); event nouns coordinated with
  each other or subjects of one verb, each with its own owner and no recipient ("Washington's call
  for denuclearization and Pyongyang's call for sanctions relief did not mesh"), face each other.

Every reader returns a :class:`_Found`, whose (source, target) pairs come from :func:`_pairs`:
a source never targets itself, and co-subjects may act on each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads import knowledge
from dyads.records import Actor, is_person
from dyads.stages import Document
from dyads.stages.arguments import (
    actors_in,
    coded,
    complement_clauses,
    source_actors,
    target_mentions,
    verdict_words,
)
from dyads.stages.mood import is_negated, modality
from dyads.stages.nominal import NominalEvent, match_noun, predicate_adjectives, verdict_adjectives, words_of
from dyads.stages.story_dyads import DENIAL_CAMEO, UNDIRECTED_NOMINALS
from dyads.stages.verb_match import VerbMatch, match_verb

# The PLOVER manual (Special cases; AGREE): cooperation reported in the future is AGREE, and a
# material conflict that is only announced or conditional is THREATEN ("THREATEN could be
# ASSAULT + hypothetical ... the coder should always return the single event category").
# CONCEDE and RETREAT in the future stay as they are (manual, AGREE section).
_INTENT_TYPES = {
    ("future", "CONSULT"): "AGREE", ("future", "SUPPORT"): "AGREE",
    ("future", "COOPERATE"): "AGREE", ("future", "AID"): "AGREE",
    # a meeting only supposed ("would meet X if ...", "attempting a summit could be risky") is
    # willingness to meet: the gold codes a summit analysts call possible as AGREE, hypothetical
    ("hypothetical", "CONSULT"): "AGREE",
    **{(mood, t): "THREATEN" for mood in ("future", "hypothetical")
       for t in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE")},
}
# Types whose co-subjects act on each other when no one else is named ("X and Y met", "X and Y
# traded accusations", "X and Y cut ties").
_MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "ASSAULT", "SANCTION", "ACCUSE"})
# Prepositions by which an event noun names the one it is aimed at ("a dispute with X", "talks with X").
_COUNTERPART_PREPS = frozenset({"with", "against", "toward", "towards"})
# "X must / should do Y", reported: an appeal (CAMEO 020 -> REQUEST).
_OBLIGATION_AUX = frozenset({"must", "should"})
_OBLIGATION_VERBS = frozenset({"need", "have"})  # "X needs to / has to do Y", reported: an appeal
_REQUEST_CAMEO = "020"
_AGREE_CAMEO = "030"  # intent to cooperate: a hoped-for meeting (PLOVER manual, AGREE)
_ACCUSE_CAMEO = "112"  # accuse: a charge of wrongdoing (CAMEO 112 -> ACCUSE allege)
# "we must / we need to": the speaker binds its own side (no appeal to anyone).
_FIRST_PERSON = frozenset({"we", "i"})
# "you must liberate yourself", "every believer has to keep the faith": a norm for anyone, asked of no one.
_GENERIC_OBLIGED = frozenset({"you", "one", "everyone", "everybody", "anyone", "anybody"})
_GENERIC_DETERMINERS = frozenset({"every", "each", "any"})
_PARTNER_PREPS = frozenset({"with", "between"})
# Sectors that do not speak for their state (PLOVER sectors; rebels, opposition, civil society ...).
_NON_STATE_SECTORS = frozenset({"REB", "OPP", "CVL", "NGO", "EDU", "ELI", "UNK", "JRN", "BUS"})
_THREAT_CAMEO = "130"  # threaten
_VERDICT_WARNING = ("ACCUSE", "disapprove", "111")  # a warning that something is wrong: criticism
_WARNING_VERBS = frozenset({"warn", "caution"})
# Condemning a claim as baseless denies it: REJECT, CAMEO 016 deny responsibility (gold: REJECT, no mode).
_CLAIM_DENIED = ("REJECT", None, DENIAL_CAMEO)
# Verbs that name their object with a verdict ("called the move unacceptable").
_NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub", "characterize", "characterise"})
# Support is support of someone: with no one named ("backed its claims") the gold has no event.
_ENDORSING_TYPES = frozenset({"SUPPORT"})
# Reporters asking or contacting officials gather quotes; the gold records no event for it.
_INQUIRY_TYPES = frozenset({"REQUEST", "CONSULT"})
_PRESS_SECTOR = "JRN"


def coded_match(verb: Token) -> VerbMatch | None:
    """The lexicon match of a verb if it codes a PLOVER event (CAMEO 01 statements do not)."""
    match = match_verb(verb)
    return match if match is not None and match.entry.plover_type else None


def _complements(verb: Token) -> list[Token]:
    """Complement clauses whose actors are the verb's, including gerunds after a preposition."""
    gerunds = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    return [*complement_clauses(verb), *(g for g in gerunds if g.pos_ == "VERB")]


@dataclass(frozen=True)
class _Found:
    """An event before it becomes records: what, where, the dyads, and how it was found."""

    type: str
    mode: str | None
    cameo: str
    tokens: tuple[Token, ...]
    pairs: tuple[tuple[Actor, Actor | None], ...]
    negated: bool
    mood: str
    how: tuple[str, ...]
    # an appeal to an unnamed many ("called on democratic nations"): aimed at no one in particular,
    # so no recipient is inferred from the story
    to_many: bool = False
    # a worry voiced ("expressed concern about rising tensions"): no reply in a running dispute, so
    # its recipient is never the source's last counterpart
    worry: bool = False


def _pairs(sources: list[Actor], targets: list[Actor], plover_type: str, other_party: bool = False,
           reciprocal: bool = True, addressed: bool = False) -> Iterator[tuple[Actor, Actor | None]]:
    """(source, target) pairs; a source never targets itself, and co-sources may act on each other.

    Co-sources act on each other when no one else is named and the act is ``reciprocal`` ("X and
    Y met", not "X and Y offered to help": each offered, to no one named); two sides of one state
    ("clan elders and security officials were meeting") are coded once, the first-named side as
    source (gold: a meeting inside one state names the same state as target); and when the only
    recipient named is their own ("both countries withdrew their ambassadors"), unless the
    clause names another party the actor stage could not code (``other_party``: "the three
    nations accused the regional body").
    Types the PLOVER manual says require a recipient (COOPERATE, AID, SANCTION) give no
    event without one: "Iran increased aid" names no one the aid went to; nor does an act that
    must be ``addressed`` to someone (see :func:`dyads.stages.events._is_addressed`).
    """
    coded_sources = [s for s in sources if s.code is not None]
    source_codes = {s.code for s in coded_sources}
    sides = {(s.code, s.sector) for s in coded_sources}
    one_state_sides = len(source_codes) == 1 and len(sides) > 1 and not targets
    mutual = plover_type in _MUTUAL_TYPES and (len(source_codes) > 1 or one_state_sides) and not other_party
    for source in sources:
        if _is_press_inquiry(plover_type, source):
            continue
        if one_state_sides and mutual and source is not coded_sources[0]:
            continue  # "elders and security officials were meeting": one state's sides, coded once
        own = [t for t in targets if not _same(source, t)]
        if any(t.code not in (None, source.code) for t in own):
            # "defended Pyongyang and Moscow's treaty": with another party named, the source's own
            # state is no recipient
            own = [t for t in own if t.code is None or t.code != source.code]
        # "Hungarian and Romanian officials agreed that their countries should cooperate": the
        # co-subjects named again as recipients act on each other
        if mutual and source.code is not None and (reciprocal or own) and all(
                _their_own(t) or t.code in source_codes for t in own):
            own = [s for s in coded_sources if (s.code, s.sector) != (source.code, source.sector)]
        if own or not (knowledge.requires_recipient(plover_type) or plover_type in _ENDORSING_TYPES
                       or addressed):
            yield from ((source, target) for target in own or [None])


def _is_press_inquiry(plover_type: str, source: Actor) -> bool:
    """'asked by VOA', 'when contacted by Reuters': a news outlet gathering quotes makes no event."""
    return plover_type in _INQUIRY_TYPES and _PRESS_SECTOR in source.sector and not is_person(source)


def _their_own(target: Actor) -> bool:
    """An uncoded recipient the sources own: "their ambassadors"."""
    return target.code is None and target.text.lower().startswith("their ")


def intent_type(plover_type: str, mood: str) -> str | None:
    """The single PLOVER type for an event in this mood, when the manual folds it (else None).

    Example: ``intent_type("CONSULT", "future")`` -> ``"AGREE"`` ("will visit Paris").
    """
    return _INTENT_TYPES.get((mood, plover_type))


def _naming_verdict(verb: Token) -> tuple[str, str | None, str] | None:
    """'called the subsidies "unbearable"', 'described the plan as constructive': a verdict word
    of the event lexicon (role 'verdict') makes the naming verb its event, criticism or praise."""
    if verb.lemma_.lower() not in _NAMING_VERBS or _names_a_free_relative(verb):
        return None
    verdicts = verdict_adjectives()
    for word in verdict_words(verb):
        cameo = verdicts.get(word.lower_)
        mapped = knowledge.cameo_to_plover(cameo) if cameo is not None else None
        if mapped is not None and mapped[0] == "ACCUSE" and _names_a_claim(verb):
            return _CLAIM_DENIED  # "called Pakistan's assertions baseless": the accused denies
        if mapped is not None:
            return mapped[0], mapped[1] or None, cameo
    return None


def _names_a_claim(verb: Token) -> bool:
    """The naming verb's object is a claim someone made ("the allegations", "Pakistan's assertions";
    data/event_words.tsv, role 'claim'): condemning it rejects it (the gold codes REJECT)."""
    claims = words_of("claim")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in claims for c in verb.children)


def _named_verdict_event(document: Document, verb: Token, sentence: SpacySpan,
                         verdict: tuple[str, str | None, str]) -> _Found | None:
    """The criticism or praise a naming verb's verdict makes, aimed at what it names."""
    type_, mode, cameo = verdict
    sources = source_actors(document, verb)
    codes = frozenset(s.code for s in sources if s.code is not None)
    targets = [m.actor for m in target_mentions(document, verb, None, [], codes)]
    pairs = tuple(_pairs(sources, targets, type_))
    return _Found(type_, mode, cameo, (verb,), pairs, is_negated(verb), modality(verb, sentence),
                  ("verb", "verdict")) if pairs else None


def _warns_of_a_verdict(verb: Token) -> bool:
    """'warned that their cooperation is dangerous': a judgement, not a threat of action (which
    'warned that police will no longer tolerate rallies' is)."""
    return any(c.dep_ == "ccomp" and c.lemma_ == "be" and not any(a.dep_ == "aux" for a in c.children)
               and any(g.dep_ in ("acomp", "attr") for g in c.children) for c in verb.children)


def _warns_of_others(document: Document, verb: Token) -> bool:
    """'the EU warned that the Somali government's actions would divide the country': a warning
    about what another actor does is criticism of it; a threat warns of the source's own acts
    ("the security chief warned that police will no longer tolerate rallies")."""
    if verb.lemma_.lower() not in _WARNING_VERBS:
        return False
    own = {s.code for s in source_actors(document, verb) if s.code is not None}
    subjects = [c for clause in verb.children if clause.dep_ == "ccomp"
                for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    others = {m.actor.code for m in actors_in(document, subjects) if m.actor.code is not None}
    return bool(own) and bool(others) and not others & own


def obligation_speaker(verb: Token) -> Token | None:
    """'Z said that X must do Y': the statement verb whose reported clause obliges X, or None.

    A coded governing verb ("demanded that X must") is left to code the event itself.
    """
    modal = any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in verb.children)
    if not modal and not _needs_to(verb):
        return None
    return _reporting_verb(verb)


def _needs_to(verb: Token) -> bool:
    """'Washington needs to act', 'Russia has to accept': an obligation put on the subject."""
    return verb.lemma_.lower() in _OBLIGATION_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in verb.children)


def _obligation(document: Document, verb: Token, speaker: Token) -> _Found | None:
    """REQUEST from the speaker to the obliged subject.

    "we must / we need to", or the speaker's own state named as the one obliged, binds the
    speaker's own side: a resolve, not an appeal to anyone; "you must" or "everyone has to" is a
    norm for anyone. A
    meeting noun as the obliged subject ("talks with China must continue") is a hoped-for meeting,
    which the gold conventions code AGREE, aimed at the meeting's other party.
    """
    obliged = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(o.lower_ in _FIRST_PERSON or _is_generic(o) for o in obliged):
        return None
    sources = source_actors(document, speaker)
    meetings = [o for o in obliged if _is_meeting_noun(o)]
    if meetings:
        partners = [m.actor for o in meetings for m in actors_in(document, _partner_tokens(o))]
        pairs = tuple(_pairs(sources, partners, "AGREE"))
        return _Found("AGREE", None, _AGREE_CAMEO, (meetings[0], verb), pairs, is_negated(speaker),
                      "asserted", ("obligation",)) if partners and pairs else None
    targets = [m.actor for m in actors_in(document, obliged)]
    if _binds_own_state(sources, targets):
        return None  # "the United States will have to take steps", said the US envoy: a resolve
    pairs = tuple(_pairs(sources, targets, "REQUEST"))
    return _Found("REQUEST", None, _REQUEST_CAMEO, (verb,), pairs, is_negated(speaker),
                  modality(speaker, verb.sent), ("obligation",)) if pairs else None


def _is_generic(obliged: Token) -> bool:
    """'you must', 'everyone has to', 'every believer has to': a norm for anyone, no addressee."""
    return obliged.lower_ in _GENERIC_OBLIGED or any(
        c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS for c in obliged.children)


def _binds_own_state(speakers: list[Actor], obliged: list[Actor]) -> bool:
    """A state's official obliging that state itself: "the United States will have to ...", said by
    a US envoy. Rebels or opposition obliging their state make a (domestic) demand."""
    official = [s for s in speakers if s.code is not None and not set(s.sector) & _NON_STATE_SECTORS]
    return bool(obliged) and bool(official) and all(
        (o.id or "").startswith("state:") and o.code in {s.code for s in official} for o in obliged)


def _is_meeting_noun(noun: Token) -> bool:
    """A noun of the event lexicon that names a meeting ('talks', 'negotiations')."""
    entry = match_noun(noun)
    mapped = knowledge.cameo_to_plover(entry.cameo) if entry is not None else None
    return mapped is not None and mapped[0] == "CONSULT"


def _partner_tokens(noun: Token) -> list[Token]:
    """The other party of a meeting noun: 'talks with China', 'negotiations between X and Y'."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ in _PARTNER_PREPS
            for g in p.children if g.dep_ == "pobj"]


def _names_a_free_relative(verb: Token) -> bool:
    """'what it called resistance workers', 'what officials described as criminals': the naming
    tells what a thing is called, it is no act of the namer (CONSULT, ACCUSE ...)."""
    return verb.lemma_.lower() in _NAMING_VERBS and any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def _nominal_event(document: Document, found: NominalEvent, purposes: list[Token],
                   sentence: SpacySpan) -> _Found | None:
    """A noun's event; a protest takes the targets of its purpose clause when it names none."""
    targets = list(found.targets)
    for purpose in purposes if not targets else []:
        targets = [m.actor for m in target_mentions(document, purpose, None, _complements(purpose))]
    if not targets:
        targets = _rival_owners(document, found)  # "Washington's call ... and Pyongyang's call ..."
    governor = found.governor
    mood = modality(governor, sentence) if governor is not None else "asserted"
    if mood == "asserted" and _is_prospective(found.noun):
        mood = "future"  # "future negotiations with China", "another summit": not yet held
    negated = governor is not None and is_negated(governor) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in found.noun.children)
    type_, mode = found.plover_type, found.plover_mode or None
    if (folded := intent_type(type_, mood)) is not None:
        type_, mode, mood = folded, None, "asserted"
    mutual = len({s.code for s in found.sources}) > 1 and not _names_other_party(found.noun)
    if not targets and not mutual and type_ not in UNDIRECTED_NOMINALS:
        return None  # "during her visit": a noun names an event worth coding by whom it was aimed at
    pairs = tuple(_pairs(list(found.sources), targets, type_))
    how = ("nominal", found.resolved_by)
    return _Found(type_, mode, found.entry.cameo, (found.noun,), pairs, negated, mood, how) if pairs else None


def _rival_owners(document: Document, found: NominalEvent) -> list[Actor]:
    """'Washington's call for denuclearization and Pyongyang's call for sanctions relief did not mesh':
    event nouns coordinated with each other, each with its own coded owner, face each other; each owner
    is the other's recipient."""
    own = {s.code for s in found.sources}
    noun = found.noun
    # coordinated, or both subjects of one verb (the parser's reading of "X's call and Y's call did not mesh")
    fellows = [*noun.conjuncts, *(c for c in noun.head.children if c.dep_ == noun.dep_ == "nsubj" and c != noun)]
    rivals = [c for c in fellows if match_noun(c) is not None]
    owners = [m.actor for c in rivals for m in coded(actors_in(document, [p for p in c.children if p.dep_ == "poss"]))]
    return [a for a in owners if a.code not in own]


def _reported_charge(document: Document, verb: Token, sentence: SpacySpan) -> _Found | None:
    """'They say it violates Thailand's obligations', 'said Kabul was failing to rein in the
    separatists': a statement whose reported clause has an actor do wrong (data/event_words.tsv,
    role 'wrongdoing') accuses that actor, ACCUSE allege from the speaker to the clause's subject,
    anchored at the statement verb (the wrongdoing may be an event of its own)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and _wrongdoing(c) is not None]
    if not clauses or coded_match(verb) is not None:  # the cheap test first: this runs on every verb
        return None
    subjects = [c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the subject or its owner ("Peru's decision"), not an actor inside its phrase ("the talks with Peru")
    accused = {t.i for s in subjects for t in (s, *s.conjuncts, *(c for c in s.children if c.dep_ == "poss"))}
    targets = [m.actor for m in coded(actors_in(document, subjects)) if m.head in accused]
    sources = source_actors(document, verb)
    if any(_same(source, target) for source in sources for target in targets):
        return None  # "sources on both sides said X and Y failed to agree": an admission, no charge
    pairs = tuple(_pairs(sources, targets, "ACCUSE")) if targets else ()
    return _Found("ACCUSE", "allege", _ACCUSE_CAMEO, (verb,), pairs, is_negated(clauses[0]),
                  modality(verb, sentence), ("reported charge",)) if pairs else None


def _wrongdoing(clause: Token) -> Token | None:
    """The verb of wrongdoing a clause heads, directly or through an attempt ('tried to sabotage')."""
    wrongs = words_of("wrongdoing")
    for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
        if verb.lemma_.lower() in wrongs:
            return verb
    return None


def _names_other_party(noun: Token) -> bool:
    """The noun names its counterpart in a phrase the actor stage left uncoded ("Mali and Niger
    withdrew after a dispute with the bloc"): its co-sources act together on that party, not on
    each other, so they are no reciprocal pair."""
    return any(c.dep_ == "prep" and c.lower_ in _COUNTERPART_PREPS for c in noun.children)


def _is_prospective(noun: Token) -> bool:
    """A noun modified by a word that puts its event ahead (data/event_words.tsv, role
    'prospective': 'future talks', 'another summit', 'renewed negotiations')."""
    return any(c.dep_ in ("amod", "det", "compound") and c.lower_ in words_of("prospective")
               for c in noun.children)


def _purpose_clauses(verb: Token, noun: Token) -> list[Token]:
    """'staged demonstrations to demand ...': infinitive purpose clauses of the verb or noun."""
    return [c for c in (*verb.children, *noun.children)
            if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _predicate_cameo(token: Token) -> str | None:
    """The CAMEO code of a stance adjective after a copula ('is willing to', 'is concerned about'),
    also when parsed as a passive participle ("Israel is opposed to French mediation")."""
    cameo = predicate_adjectives().get(token.lower_)
    return cameo if cameo is not None and (token.dep_ == "acomp" or _is_stative(token)) else None


def _is_stative(participle: Token) -> bool:
    """A participle the parser read as a passive: 'is opposed to', 'is committed to', and, for a
    feeling, with its cause as the agent ('was alarmed by the build-up'); 'the report was prepared
    by X' is a true passive."""
    if participle.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in participle.children):
        return False
    return not _causes(participle) or _is_feeling(participle)


def _causes(adjective: Token) -> list[Token]:
    """What a feeling is caused by, parsed as a passive's agent: 'disappointed by Somalia's decision'."""
    return [g for c in adjective.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _is_feeling(adjective: Token) -> bool:
    """A stance adjective of disapproval ('concerned', 'alarmed', 'disappointed'; CAMEO 11x)."""
    mapped = knowledge.cameo_to_plover(predicate_adjectives().get(adjective.lower_, ""))
    return mapped is not None and mapped[0] == "ACCUSE"


def _predicate_event(document: Document, adjective: Token, cameo: str, sentence: SpacySpan) -> _Found | None:
    """The copula's subject takes a stance (AGREE, ACCUSE ...) aimed at its complement's target."""
    cameo = _threat_if_forceful(adjective, cameo)
    mapped = knowledge.cameo_to_plover(cameo)
    if mapped is None or obligation_speaker(adjective.head) is not None:
        return None  # "said the US must be ready to mediate": an appeal to the US (the copula's obligation)
    copula = adjective if _is_stative(adjective) else adjective.head
    if mapped[0] == "ACCUSE" and is_negated(copula):
        return None  # "was not worried": no disapproval is expressed at all
    holders = [c for c in copula.children if c.dep_ == "nsubjpass"] if copula.i == adjective.i else []
    sources = [m.actor for m in actors_in(document, holders)] if holders else source_actors(document, copula)
    codes = frozenset(s.code for s in sources if s.code is not None)
    causes = coded(actors_in(document, _causes(adjective))) if _is_feeling(adjective) else []
    found = causes or target_mentions(document, adjective, None, _complements(adjective), codes)
    if mapped[0] == "ACCUSE" and not found and _is_unaimed(adjective):
        return None  # "I'm concerned.": a feeling aimed at nothing named is no accusation of anyone
    pairs = tuple(_pairs(sources, [m.actor for m in found], mapped[0]))
    return _Found(mapped[0], mapped[1] or None, cameo, (adjective,), pairs, is_negated(copula),
                  modality(copula, sentence), ("predicate",)) if pairs else None


def _is_unaimed(adjective: Token) -> bool:
    """A predicate adjective with no phrase or clause saying what it is about ("we are concerned")."""
    return not any(c.dep_ in ("prep", "ccomp", "xcomp", "advcl") for c in adjective.children)


def _verdict_event(document: Document, adjective: Token, sentence: SpacySpan) -> _Found | None:
    """'Z said X's conduct was unacceptable': ACCUSE from the speaker to the clause's subject."""
    cameo = verdict_adjectives().get(adjective.lower_)
    mapped = knowledge.cameo_to_plover(cameo) if cameo is not None and adjective.dep_ == "acomp" else None
    speaker = _reporting_verb(adjective.head) if mapped is not None else None
    if mapped is None or speaker is None:
        return None
    sources = source_actors(document, speaker)
    judged = [c for c in adjective.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    targets = [m.actor for m in actors_in(document, judged)]
    pairs = tuple(_pairs(sources, targets, mapped[0]))
    return _Found(mapped[0], mapped[1] or None, cameo, (adjective,), pairs, is_negated(adjective.head),
                  modality(speaker, sentence), ("predicate",)) if pairs else None


def _reporting_verb(clause: Token) -> Token | None:
    """The uncoded statement verb ('said') whose reported clause ``clause`` heads, or None."""
    while clause.dep_ == "conj":
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or coded_match(head) is not None:
        return None
    return head


def _threat_if_forceful(adjective: Token, cameo: str) -> str:
    """'prepared to impose martial law': readiness to use force is a THREATEN (CAMEO 130), not an AGREE.

    The PLOVER manual folds announced material conflict into THREATEN (see ``intent_type``).
    """
    mapped = knowledge.cameo_to_plover(cameo)
    if mapped is None or mapped[0] != "AGREE":
        return cameo
    forceful = any((m := coded_match(c)) is not None and intent_type(m.entry.plover_type, "future") == "THREATEN"
                   for c in _clause_conjuncts(_complements(adjective)))
    return _THREAT_CAMEO if forceful else cameo


def _clause_conjuncts(clauses: Iterable[Token]) -> list[Token]:
    """The clause heads and their coordinated clauses ('willing to close or suspend')."""
    return [t for c in clauses for t in (c, *c.conjuncts)]


def _same(source: Actor, target: Actor) -> bool:
    return source.start == target.start or (source.code is not None and source.code == target.code
                                            and source.id == target.id)


__all__ = ["coded_match", "intent_type", "obligation_speaker"]
