"""Stances framed by another verb: wants, advocacy and appraisals (warnings, effects, reactions
and outcomes, 8 to 11 below, live in ``stance_effects``).

Eleven constructions carry a stance through a word that is no stance verb itself (their words
are data in ``dyads/data/stance_lexicon.tsv``, kinds ``desire``, ``removal``, ``deontic``,
``appraise``, ``failure``, ``intent``, ``instrument``, ``warning``, ``effect``, ``reaction`` and
``outcome``):

1. a **desire**: the subject of a verb of wanting supports what it wants, given as object or
   complement clause ("he hopes a ceasefire can take place", "we need talks", "urged Russia to
   accept the plan", "called on donors to fund the clinic"), and opposes what it wants removed
   ("called for the junta to lift the curfew") or not done ("urged Russia not to accept the
   plan"); a want urged on others passes on what it wants ("urged the ministers to focus on
   ending the war"), a means wants its end ("find ways to end the war"), and a measure threatened
   as the alternative is the wanter's ("urged Iran to comply or face sanctions"); an offer or
   agreement to act is a want of the act ("offered to resettle the refugees"), and an act done to
   people is wanted as the act itself ("resettle the refugees");
2. **advocacy**: whoever says that an act must or should be done advocates it ('"Europe must
   lift the tariffs," the minister said', and each act conjoined to it); a "must" in the
   author's own voice is no stance;
3. an **appraisal**: the subject gives its object a verdict ("called the move disappointing",
   "described the plan as unrealistic", "dismissed the charges as baseless", "considers France a
   key partner"; in the passive only with its appraiser: "is seen by its backers as crucial");
4. a **commitment**: what a speaker says they themselves will do, they stand for ("ECOWAS said it
   will maintain trade ties", "said he will impose the tariff"); a forecast about another actor,
   an act with no object, or "no longer" is none;
5. a **failure**: whoever reports that an actor failed to act wants the act done ("said Kabul
   was failing to rein in the militants"); and a state's own official speaks for the state's
   commitments ("Netanyahu said Israel will continue to maintain X");
6. an **intention** noun: its owner stands for the act its infinitive names ("Kenya's decision
   to close the camps", "expressed its willingness to resume talks", "its reluctance to endorse");
   an intention adjective after a copula does the same for its subject ("Ukraine is willing to
   accept the plan", "Kyiv is reluctant to resume talks", "seems reluctant to"), a hope giving the
   aim of a clause for that clause's subject ("flew to Washington in the hope that X"), and "has no
   intention of joining X" refuses the act;
7. a **tool** used for an act: its user stands for what the act does ("Russia used its veto to
   shut down the panel": against the panel);
8. a **warning** that a thing will or could do harm: the warner stands against the thing ("the EU
   warned that the government's actions would divide the country");
9. an **effect** a speaker ascribes to a thing, harm or good: the speaker stands against or for the
   thing ('"cheap imports are harming our economy," he said'). An actor foretold to act or to do
   harm is a forecast or an accusation, not read by 8 or 9;
10. a **reaction**: an actor angered or reassured by a thing stands against or for it ("the drills
   angered Beijing", "warships sailed through, irritating China");
11. an **outcome** a speaker says a thing brings about, bad or good by its noun or adjective: the
   speaker stands against or for the thing ('"closing the camps will have an adverse impact," he
   said', '"a trade war would do us more harm than good"').

A meeting or talks with a named party is itself an act a wanter wants ("does not want to meet
with Kim"), and a return an act though 'go' names none ("pleaded with civilians to go back to
their villages"); an act on a topic ("to discuss the transfers") stands on nothing; a 'should'
in a question ("how Europe should respond") or a purpose ("so that they should get X") advocates
nothing, and 'we have to' advocates as 'must' does.

Advocacy also reads what a speaker says should exist ('"there must be accountability"'), what
should be done to a thing in the passive ('"the ban must be lifted"': against the ban; '"the border
should be extended"': for the border) and an act with no object as itself ('"they must return to
the negotiating table"'). A permission wanted wants the act it lets happen ("urged Thailand to let
the Uyghurs settle elsewhere"), and a want urged on others with no want of its own is read as the
stance verb it is ("urged the leaders to agree to a way forward").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dyads.concepts import TOPIC_PREPS, head_class
from dyads.nlp import lexicon_lemma
from dyads.records import Actor, Span
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stages.arguments import verdict_words
from dyads.stages.mood import is_negated
from dyads.stages.stance_anchors import Finding, holders_of, permitted_act, quote_at
from dyads.stages.stance_effects import (
    acts, agent_word, effect_findings, outcome_findings, reaction_findings, warning_findings,
)
from dyads.stages.stance_syntax import (
    AGENT_ENTITIES, act_preps, act_target, denied_by_subject, first_named, goes_back, indicative, inside,
    object_controlled, predicate_adjective, prep_object, pronoun_object, relative_head, signed, speaker_of,
    speech_governor, through_stance_noun, time_rank, verb_subjects, verb_target,
)
from dyads.stance_lexicon import Cue, StanceLexicon

# Subjects that stand for anybody: "either you want to end this war or you don't".
# Subjects of a reported clause that stand for its speaker: "X said he will ...".
_SELF_PRONOUNS = frozenset({"he", "she"})
# Subjects that, inside a speaker's quote, are somebody or something else: '"It will hurt us," X said'.
_OTHERS_PRONOUNS = frozenset({"they", "you", "he", "she", "it"})
# Adverbs that make "will" a forecast, not a promise: "it will likely miss its targets".
_FORECAST_ADVERBS = frozenset({"likely", "probably", "possibly", "perhaps", "unlikely"})
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
# Articles an object takes and a verdict does not: "called the coup illegal" (a verdict is "a sham").
_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Sectors whose people do not speak for their state: "British media reported Britain will ...".
_NONOFFICIAL_SECTORS = frozenset({"JRN", "EDU", "NGO", "ELI", "BUS", "CVL", "OPP", "REB", "IGO"})
# Named entities that are people or bodies, not places: "resettle the Rohingya", not "touch the airbase".
_PEOPLE_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})
# Actor ids of persons and groups of people (not states or bodies).
_PEOPLE_IDS = ("person:", "agent:")
# Sectors of armed or police forces.
_FORCE_SECTORS = frozenset({"MIL", "COP"})
# Subject words that name a party of their own (a noun, or an adjective as one: "the wealthy").
_NOMINAL_SUBJECTS = frozenset({"NOUN", "ADJ"})
# Intention nouns whose 'in' phrase gives the aim of the clause it modifies: "in hopes that X".
_PURPOSE_INTENTIONS = frozenset({"hope"})
_GENERIC_SUBJECTS = frozenset({"you", "one", "anyone", "everyone", "everybody", "someone", "somebody", "nobody"})


def frame_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """The stances a verb frames: as a desire, an appraisal, or an act a speaker says must be done."""
    if cues := lexicon.desires.get(lexicon_lemma(verb, lexicon.desires)):
        yield from desire_findings(document, verb, cues, lexicon)
    if verb.lemma_.lower() in lexicon.appraisals:
        yield from appraisal_findings(document, verb, lexicon)
    if verb.lemma_.lower() in lexicon.failures:
        yield from failure_findings(document, verb, lexicon)
    if verb.lemma_.lower() in lexicon.instruments:
        yield from instrument_findings(document, verb, lexicon)
    if verb.lemma_.lower() in lexicon.warnings:
        yield from warning_findings(document, verb, lexicon)
    if cue := lexicon.effects.get(lexicon_lemma(verb, lexicon.effects)):
        yield from effect_findings(document, verb, cue, lexicon)
    if cue := lexicon.reactions.get(verb.lemma_.lower()):
        yield from reaction_findings(document, verb, cue)
    if cues := lexicon.outcomes.get(verb.lemma_.lower()):
        yield from outcome_findings(document, verb, cues, lexicon)
    if _deontic(verb, lexicon) is not None:
        yield from advocacy_findings(document, verb, lexicon)
    elif any(c.dep_ == "aux" and c.lower_ in lexicon.commissives for c in verb.children):
        yield from commitment_findings(document, verb, lexicon)


# -- intentions ----------------------------------------------------------------------------


def noun_frame_findings(document: Document, noun: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """The stances a noun or adjective frames: an intention ("decision to"), a warning ("fears that")."""
    yield from intention_findings(document, noun, lexicon)
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.warnings:
        yield from warning_findings(document, noun, lexicon)


def intention_findings(document: Document, noun: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """"Kenya's decision to close the camps", "expressed its willingness to join the talks",
    "the Kremlin's reluctance to endorse the plan": whoever's intention it is stands for the act
    (against it, for a refusal or reluctance), as with a verb of wanting."""
    cue = lexicon.intentions.get(noun.lemma_.lower())
    # "its decision to close the camps"; "expressed hope that the talks would resume"
    # "a request for the hearing to be postponed": a 'for ... to' clause (the parser's relative clause)
    act = (next((c for c in noun.children if c.dep_ in ("acl", "xcomp", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                 and any((a.dep_ == "aux" and a.lower_ == "to" and c.dep_ != "relcl")
                         or (a.dep_ == "mark" and a.lower_ == ("for" if c.dep_ == "relcl" else "that"))
                         for a in c.children)), None) or _of_gerund(noun) or _for_clause_after(noun)) if cue else None
    if cue is None or act is None or any(c.dep_ == "det" and c.lower_ in lexicon.quantifiers for c in noun.children):
        return
    hoped = _hoped_event(document, act, lexicon) or meeting_act(document, act, lexicon)
    if act.lemma_.lower() in lexicon.empty_acts and hoped is None and not goes_back(act):
        return  # "ready to do our part", "willing to go": the act names nothing to stand for
    found = hoped or act_target(act, lexicon)
    # "have the intention to" is too weak a light verb: "unless they have the intention to invade";
    # but "has no intention of joining" is a plain refusal
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    weak = set() if denied else {"have"}
    light = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.light - weak else None
    base = cue.polarity_when(is_negated(act) or (light is not None and is_negated(light)) or denied)
    if found is None or not base or (denied and found[1] < 0):
        return  # "has no plans to attack X" says nothing for X
    target, sign = found
    copula = noun.head if noun.pos_ == "ADJ" and predicate_adjective(noun) else None
    if copula is not None:  # "Ukraine is willing to accept the plan": the subject's readiness
        base = cue.polarity_when(is_negated(act) or is_negated(copula))
        holders = holders_of(document, verb_subjects(copula), copula) if base else []
    elif noun.pos_ == "ADJ":
        return  # "a ready to use kit": an adjective stands for nobody's intention off a copula
    else:
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        holders = holders_of(document, owners, noun) if owners else []
    if not holders and light is not None:
        holders = holders_of(document, verb_subjects(light), light)
    purpose = _purpose_of(noun) if not holders and light is None and copula is None else None
    if purpose is not None:  # "flew to Washington in hopes that X": the traveller's hope
        holders = holders_of(document, verb_subjects(purpose), purpose)
    clause = light if light is not None else copula if copula is not None else purpose if purpose is not None else act
    for holder in holders:
        if not inside(target, holder) and (holder.code is not None or not holder.start <= noun.idx < holder.end):
            yield Finding(holder, target, signed(base, sign), (noun, act), clause, time_rank(clause, lexicon))


def _for_clause_after(noun: Token) -> Token | None:
    """'filed several requests for the hearing to be postponed': the 'for ... to' clause the parser
    hung on the verb right after its object noun, which is the noun's."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                 and c.left_edge.i == noun.right_edge.i + 1 and c.left_edge.lower_ == "for"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _purpose_of(noun: Token) -> Token | None:
    """'were in Washington in hopes that the U.S. can push for X', 'in the hope of a deal': the
    clause an intention noun gives the aim of, whose subject holds the intention."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head if noun.lemma_.lower() in _PURPOSE_INTENTIONS else None


def _of_gerund(noun: Token) -> Token | None:
    """'China's policy of asserting its claims': the act an intention noun names with 'of' and a gerund."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


# -- commitments ---------------------------------------------------------------------------


def commitment_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'ECOWAS said it will maintain trade ties', '"We will retaliate," the minister said': what a
    speaker says they themselves will do, they stand for (oppose, for a removal: 'will lift the
    ban'). What a speaker says somebody else will do is a forecast, no stance."""
    act = _carried_act(verb, lexicon)
    if is_negated(verb) or act is None or _no_longer(verb) or _forecast(verb):
        return
    if not any(c.dep_ == "dobj" for c in act.children):
        act = _joined_act(act)  # "will cooperate in building a parliament": the act joined in
        if act is None:
            return  # "we will react", "he will move": an act with no object says too little to stand for
    found = act_target(act, lexicon) if act.lemma_.lower() in lexicon.removals else (act, 1)
    if found is None:
        return
    target, sign = found
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None and own.lower_ in _OTHERS_PRONOUNS and _quoted(document, verb):
        return  # '"They will calculate the risks," X said': in a quote, "they" are others
    if own is None and verb.dep_ == "conj" and verb.head.lemma_.lower() in lexicon.appraisals:
        return  # 'called the move "disappointing and will undercut X"': a 'will' conjoined to a
        # verdict says what the thing judged will do, not what the appraiser will
    speakers = speaker_of(document, verb, lexicon)
    subjects = verb_subjects(verb)
    holders = holders_of(document, subjects, verb)
    if not holders and len(subjects) == 1 and subjects[0].lower_ in _SELF_PRONOUNS and speech_governor(verb, lexicon):
        holders = speakers  # "X said he will impose a tariff" (inside a quote, "he" is somebody else)
    for holder in holders:
        if any(_same_actor(holder, speaker) or _speaks_for(speaker, holder) for speaker in speakers) \
                and not inside(target, holder):
            yield Finding(holder, target, signed("support", sign), (verb,), verb, time_rank(verb, lexicon))


def _joined_act(act: Token) -> Token | None:
    """'will cooperate in building a new parliament', 'will help with rebuilding the port': an act
    with no object of its own commits to the act with an object its preposition takes."""
    return next((g for c in act.children if c.dep_ == "prep" and c.lower_ in ("in", "with", "on")
                 for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB" and g.tag_ == "VBG"
                 and any(o.dep_ == "dobj" for o in g.children)), None)


def _forecast(verb: Token) -> bool:
    """'X said it will likely miss its targets': a hedged 'will' foretells; it promises nothing."""
    return any(c.dep_ == "advmod" and c.lower_ in _FORECAST_ADVERBS for c in verb.children)


def _hoped_event(document: Document, act: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """'hope that the talks would resume': a 'that' clause whose subject is a thing, not an actor,
    wants that thing to happen (to go, when its verb is a removal: 'that the fighting would end')."""
    if not any(m.dep_ == "mark" and m.lower_ == "that" for m in act.children):
        return None
    subject = first_named(c for c in act.children if c.dep_ in ("nsubj", "nsubjpass"))
    if subject is None or subject.ent_type_ in AGENT_ENTITIES or _names_actor(document, subject):
        return None
    return subject, -1 if lexicon_lemma(act, lexicon.removals) in lexicon.removals else 1


def _quoted(document: Document, token: Token) -> bool:
    """True inside a direct quote (where 'he' and 'they' are not its speaker)."""
    quote = quote_at(document, Span(token.idx, token.idx + len(token.text), token.text))
    return quote is not None and quote.kind == "direct"


def _no_longer(verb: Token) -> bool:
    """'will no longer grant access': a commitment withdrawn."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)


def _carried_act(verb: Token, lexicon: StanceLexicon) -> Token | None:
    """The act a future verb commits to: 'will continue to exert pressure' commits to exerting it;
    verbs that name no act of their own ('will be', 'will have') commit to nothing here."""
    act = verb
    while act.lemma_.lower() in lexicon.aspectuals:
        act = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), act)
        if act.lemma_.lower() in lexicon.aspectuals:
            return act if any(c.dep_ == "dobj" for c in act.children) else None  # "will continue the talks"
    lemma = act.lemma_.lower()
    reports = lemma in lexicon.speech and any(c.dep_ == "ccomp" for c in act.children)  # "will say that ..."
    if act.pos_ != "VERB" or lemma in lexicon.empty_acts or reports or lemma in lexicon.verbs:
        return None
    return act


def _speaks_for(speaker: Actor, state: Actor) -> bool:
    """'Netanyahu said Israel will maintain X': a state's own official speaks for the state (its
    media, reporting that "Britain will cede X", do not)."""
    return (state.code is not None and speaker.code == state.code and state.id == f"state:{state.code}"
            and not _NONOFFICIAL_SECTORS.intersection(speaker.sector))


def _same_actor(one: Actor, other: Actor) -> bool:
    """Whether two holders are one actor: the same id or code, or the same words."""
    if one.id and one.id == other.id:
        return True
    if one.code and one.code == other.code and (one.country is None or one.text.lower() == other.text.lower()
                                                or one.resolved_by == other.resolved_by):
        return True
    return one.text.lower() == other.text.lower() or (one.start, one.end) == (other.start, other.end)


def appraisal_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'X called the move disappointing', 'X described the plan as unrealistic'."""
    verdict = next((w for w in (*verdict_words(verb), *_appositive_verdicts(verb)) if w.lower_ in lexicon.evaluations),
                   None)
    target = first_named(c for c in verb.children if c.dep_ == "dobj" and not _relative_that(verb, c)) \
        or relative_head(verb) or (
        verdict and _misparsed_object(verb, verdict)) or pronoun_object(verb) or _appraised_passive(verb) or (
        verdict and _small_clause_subject(verb, verdict))
    if target is None or verdict is None or target.lower_ in _DEMONSTRATIVES:
        return  # "considers that unrealistic": what "that" is, the sentence does not say
    polarity = lexicon.evaluations[verdict.lower_].polarity_when(is_negated(verb))
    if not polarity:
        return
    for holder in holders_of(document, verb_subjects(verb), verb):
        if not inside(target, holder):
            # the verdict phrase runs to its head: "called the decision a blatant case"
            yield Finding(holder, target, polarity, (verb, verdict, verdict.head), verb, time_rank(verb, lexicon))


def _relative_that(verb: Token, obj: Token) -> bool:
    """'a move that X called "inhumane"' with 'that' read as a conjunction: the relative pronoun
    before the verb of a relative clause, which stands for the noun the clause modifies."""
    return obj.lower_ == "that" and obj.i < verb.i and verb.dep_ in ("relcl", "acl")


def _appositive_verdicts(verb: Token) -> Iterator[Token]:
    """'designated the group a terrorist organization' parsed with the verdict as an apposition of
    the object: a noun right after the object, with no comma between, and its adjectives."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in (g for g in obj.children if g.dep_ == "appos" and g.i > obj.i):
            if not any(t.is_punct for t in obj.doc[obj.i + 1:noun.i]):
                yield noun
                yield from (a for a in noun.children if a.dep_ == "amod")


def _small_clause_subject(verb: Token, verdict: Token) -> Token | None:
    """'considers France a key partner' parsed as a clause 'France (is) a key partner'."""
    clause = verdict if verdict.head.i == verb.i else verdict.head
    if clause.head.i != verb.i or clause.dep_ not in ("ccomp", "xcomp", "oprd"):
        return None
    return first_named(c for c in clause.children if c.dep_ == "nsubj")


def _appraised_passive(verb: Token) -> Token | None:
    """'the zone is seen by its backers as crucial': the passive subject, when the agent names the
    appraiser (without one, 'is widely seen as unfair' says nobody's verdict)."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    return first_named(c for c in verb.children if c.dep_ == "nsubjpass")


def _misparsed_object(verb: Token, verdict: Token) -> Token | None:
    """'called the ruling unacceptable' parsed with 'ruling' as a modifier of the verdict: a word
    ending in -ing between the verb and its verdict, under the verdict, is the object; and
    'called Pakistan's assertions "baseless"' parsed with two complements: the noun before the
    verdict is the object; so is a noun the parser made a compound of a verdict that took the object's
    definite article ('called the coup illegal' as 'the [coup illegal]': a verdict takes 'a', not 'the')."""
    return next((c for c in verdict.children if verb.i < c.i < verdict.i and c.dep_ in ("amod", "compound", "nsubj")
                 and (c.lower_.endswith("ing") or _definite_compound(verdict, c))), None) or next(
        (c for c in verb.children if verb.i < c.i < verdict.i and c.dep_ == "oprd" and c.pos_ == "NOUN"
         and verdict.dep_ == "oprd" and verdict.pos_ == "ADJ"), None)


def _definite_compound(verdict: Token, word: Token) -> bool:
    """A noun compound on a verdict whose article or possessor ('the', 'its') comes before it."""
    return word.dep_ == "compound" and word.pos_ in ("NOUN", "PROPN") and any(
        c.i < word.i and (c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS))
        for c in verdict.children)


# -- failures ------------------------------------------------------------------------------


def failure_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'"Kabul has failed to address the threat," the envoy said': whoever reports that an actor
    failed to act wants the act done; the act itself is the target ("address the threat"). A thing
    that fails ("the document fails to reflect the country's diversity") is found wanting: the
    reporter stands against the thing."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    # (the act counts as negated by "failed" itself, so only its own "not" is asked)
    if act is None or is_negated(verb) or any(c.dep_ == "neg" for c in act.children) \
            or not any(c.dep_ in ("dobj", "prt") for c in act.children):
        return  # "did not fail to": no complaint; "failed to act": nothing named to want
    failing = _failing_thing(document, verb)
    target, polarity = (failing, "oppose") if failing is not None else (act, "support")
    for holder in speaker_of(document, verb, lexicon):
        if not inside(target, holder):
            yield Finding(holder, target, polarity, (verb, act), verb, time_rank(verb, lexicon))


def _failing_thing(document: Document, verb: Token) -> Token | None:
    """The subject of 'fail' when it is a thing, no actor: a common noun no actor mention covers."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or mention_at(document, subject) is not None:
        return None
    return subject


# -- instruments ---------------------------------------------------------------------------


def instrument_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'Russia used its veto to shut down the panel': whoever uses a tool to do something stands
    for what the act does (against what it removes). A stance verb as the act ("used its veto to
    block X") is read on that verb."""
    act = _purpose(verb)
    if act is None or is_negated(verb) or lexicon_lemma(act, lexicon.verbs) in lexicon.verbs \
            or act.lemma_.lower() in lexicon.empty_acts | lexicon.speech | lexicon.appraisals \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return  # "used to exaggerate": a habit, no tool; "used the word to describe X": naming, no act
    found = act_target(act, lexicon)
    if found is None:
        return
    target, sign = found
    target = act if _done_to_people(document, act, target, lexicon) else target  # "to hold migrants"
    for holder in holders_of(document, verb_subjects(verb), verb):
        if not inside(target, holder):
            yield Finding(holder, target, signed("support", sign), (verb, act), verb, time_rank(verb, lexicon))


def _purpose(verb: Token) -> Token | None:
    """The infinitive saying what a tool is used for: 'to shut down' in 'used its veto to shut down'."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and _infinitive(c)),
                None)


# -- advocacy ------------------------------------------------------------------------------


def advocacy_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'"Europe must lift the tariffs," the minister said': whoever says that an act must or
    should be done advocates it (opposes the object of a removal); a bare 'must' in the
    author's own voice is no actor's stance."""
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) and verb.tag_ == "VBN":
        return  # "he must have given the orders": a modal perfect infers or regrets, it advocates nothing
    if verb.lemma_.lower() in lexicon.appraisals and any(w.lower_ in lexicon.evaluations for w in verdict_words(verb)):
        return  # "we must see the attacks as a dangerous trend": the appraisal is the stance
    if _open_or_purpose(verb):
        return  # "how Europe should respond", "so that they should get X" (a 'whether' is left open for all)
    # "must return to the negotiating table": an act with no object, named with its preposition (a
    # passive's is what is done to its subject, read by _passive_theme)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    found = act_target(verb, lexicon) or _passive_theme(document, verb, lexicon) or (
        None if passive else _act_itself(verb, lexicon))
    if found is None or _addressed(document, verb, found[0], lexicon):
        return
    target, sign = found
    polarity = signed("oppose" if is_negated(verb) else "support", sign)
    modal = _deontic(verb, lexicon)
    assert modal is not None  # advocacy_findings is called only on a verb with a deontic
    for holder in speaker_of(document, verb, lexicon):
        if not inside(target, holder):
            yield Finding(holder, target, polarity, (modal, verb), verb, time_rank(verb, lexicon))


def _passive_theme(document: Document, verb: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """'"West African ways should be taken seriously," he says', 'the border should be extended':
    a thing a speaker says should be acted on in the passive is what the speaker stands for (against
    it, when it should not be: 'the results should not be packaged as good news'). People to be
    acted on ('the perpetrators must be held accountable') are not stood for, and a topic taken up
    ('the claims must be investigated') is no stand on it."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_.lower() in lexicon.topical:
        return None
    theme = first_named(c for c in verb.children if c.dep_ == "nsubjpass")
    if theme is None or agent_word(theme) or mention_at(document, theme) is not None:
        return None
    return theme, 1


def _addressed(document: Document, act: Token, target: Token, lexicon: StanceLexicon) -> bool:
    """'we must ask European countries (if they can help)': the people an act that names nothing
    is done to are addressed, not stood for."""
    if target.head.i != act.i or target.dep_ != "dobj" or act.lemma_.lower() not in lexicon.empty_acts \
            or goes_back(act) or any(c.dep_ == "prt" for c in act.children):
        return False  # "shouldn't give these people back to China" does something to them
    return agent_word(target) or mention_at(document, target) is not None or any(
        c.dep_ == "amod" and c.ent_type_ in AGENT_ENTITIES for c in target.children)


def _open_or_purpose(verb: Token) -> bool:
    """A 'should' that advocates nothing: in a question ('how Europe should respond') or in a
    purpose ('so that they should get an education'); 'that is why we must act' still advocates."""
    return any((c.dep_ == "mark" and c.lower_ == "so") or (c.lower_ == "how" and c.i < verb.i)
               for c in verb.children)


def _deontic(verb: Token, lexicon: StanceLexicon) -> Token | None:
    """The verb's 'must' or 'should', or the one it shares with the verb it is conjoined to
    ("must stop the attacks and return to talks")."""
    for owner in (verb, verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None):
        if owner is None or (owner is not verb and any(c.dep_ == "aux" for c in verb.children)):
            continue
        found = next((c for c in owner.children if c.dep_ == "aux" and c.lower_ in lexicon.deontics), None)
        if found is not None:
            return found
    return _periphrastic_modal(verb, lexicon)


def _periphrastic_modal(verb: Token, lexicon: StanceLexicon) -> Token | None:
    """'we have to accept X': a verb whose infinitive it takes is a 'must' ('have to' as a deontic
    row), when it takes no object of its own ('we have a plan to X' is no 'must')."""
    governor = verb.head
    if verb.dep_ != "xcomp" or not _infinitive(verb) or f"{governor.lemma_.lower()} to" not in lexicon.deontics:
        return None
    if any(c.dep_ == "dobj" for c in governor.children):
        return None
    # "we have to accept X"; but "every kid has to attend classes" tells of a burden, not a want
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return governor if subject is not None and subject.lower_ == "we" else None


# -- desires -------------------------------------------------------------------------------


def desire_findings(document: Document, verb: Token, cues: tuple[Cue, ...],
                    lexicon: StanceLexicon) -> Iterator[Finding]:
    """'X hopes a ceasefire can take place', 'X urged Russia to accept the plan', 'we need talks':
    the subject of a verb of wanting supports what it wants (opposes it, when it wants it ended)."""
    if verb.dep_ in ("amod", "compound") or object_controlled(verb) or _wanter_unnamed(verb, lexicon):
        return  # "urged Russia to refuse X", "attacked the paper for refusing to X": another's want
    wanted = next((found for cue in cues if (found := _wanted(document, verb, cue, lexicon))), None)
    if not wanted:
        return
    cue, targets = wanted
    base = cue.polarity_when(is_negated(verb) or denied_by_subject(verb))
    rank = time_rank(verb, lexicon)
    # "Europe needs to fortify its defenses," the minister said: a want no actor is named for
    # is the speaker's advocacy
    subjects = verb_subjects(verb)
    holders = holders_of(document, subjects, verb)
    # "either you want X": nobody's; "the body would focus on X, analysts say": a forecast of a thing
    # ("China's wealthy focus on X," he said: a group the actor stage left alone is not the speaker)
    # ('"They don't want to go back," she said': in a quote, 'they' are others, not the speaker)
    if not holders and not any(s.lower_ in _GENERIC_SUBJECTS or (s.pos_ in _NOMINAL_SUBJECTS and verb.lemma_.lower()
                                                                 not in lexicon.deontics) for s in subjects) \
            and not _others_quoted(document, verb, subjects, lexicon):
        holders = speaker_of(document, verb, lexicon)
    elif verb.lemma_.lower() in lexicon.deontics and (act_complements(verb) or not any(h.code for h in holders)):
        # "Europe needs to fortify its defenses," the minister said: a need put on another is the
        # speaker's advocacy, like "must"; so is a thing an unnamed group needs ("women need X")
        holders = speaker_of(document, verb, lexicon) or holders
    for target, sign, cue_tokens in targets:
        polarity = signed(base, sign)
        for holder in holders:
            if polarity and not inside(target, holder):
                yield Finding(holder, target, polarity, cue_tokens, verb, rank)


def _wanter_unnamed(verb: Token, lexicon: StanceLexicon) -> bool:
    """'the attack was planned from abroad', 'talks are expected to resume': a want in the passive
    with no agent is somebody's the text does not name, or a forecast (a need is the speaker's:
    'talks are needed,' X said)."""
    return verb.lemma_.lower() not in lexicon.deontics and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _others_quoted(document: Document, verb: Token, subjects: list[Token], lexicon: StanceLexicon) -> bool:
    """A want a speaker's quote gives a third person ('"They want to go home," she said'), which is
    theirs, not the speaker's (a need put on them is still the speaker's advocacy)."""
    return verb.lemma_.lower() not in lexicon.deontics and any(s.lower_ in _OTHERS_PRONOUNS for s in subjects) \
        and _quoted(document, verb)


Wanted = tuple[Cue, list[tuple[Token, int, tuple[Token, ...]]]]


def _wanted(document: Document, verb: Token, cue: Cue, lexicon: StanceLexicon) -> Wanted | None:
    """The things a desire verb wants, each with its sign and cue words, if the cue's words match."""
    cue_tokens = _desire_cue_tokens(verb, cue)
    if cue_tokens is None:
        return None
    acts = act_complements(verb) or _addressee_acts(verb, cue_tokens)
    if verb.lemma_.lower() in lexicon.clause_desires:  # "asked who has a child": a question, no want
        acts = [a for a in acts if a.dep_ != "ccomp"]
    if verb.lemma_.lower() in lexicon.mandatives:  # "insists the plan is illegal": a claim, no want
        acts = [a for a in acts if a.dep_ != "ccomp" or not indicative(a)]
    found = []
    # "urged X to use its influence to end Y": the tool's use is wanted, and what it is used for
    tools = [p for act in acts if act.lemma_.lower() in lexicon.instruments and (p := _purpose(act)) is not None]
    for act in (a for act in (*acts, *tools) for a in (act, *_and_conjuncts(act))):
        if (target := _act_wanted(document, act, lexicon)) is not None:
            # "urged Russia not to accept the plan" wants the plan refused
            # (the act's own "not": is_negated would also read "refused to" as negating it)
            negated = any(c.dep_ == "neg" for c in act.children)
            found.append((target[0], -target[1] if negated else target[1], cue_tokens))
    found.extend((target, 1, (*cue_tokens, face)) for act in acts if (face := _threatened(act, lexicon)) is not None
                 and (target := _threatened_measure(face, lexicon)) is not None)
    # a clause-only verb wants no object ("asked the minister"), but its cue's preposition names
    # one ("asked for the return of X", "appealed for calm")
    if not acts and (verb.lemma_.lower() not in lexicon.clause_desires or len(cue.words) > 1):
        target = _object_wanted(document, verb, cue_tokens, lexicon)
        if target is not None:
            found.append((*target, cue_tokens))
    elif not acts and (measure := _measure_object(verb)) is not None:
        found.append((measure, 1, cue_tokens))
    return (cue, found) if found else None


def _measure_object(verb: Token) -> Token | None:
    """'threatened sanctions', 'offered talks', 'ordered a ceasefire': a verb that otherwise wants
    only what its clause says still wants a plan, talks or measure named as its object ('threatens
    the security of X' wants no security)."""
    target = first_named(c for c in verb.children if c.dep_ == "dobj")
    return target if target is not None and head_class(target) is not None else None


def act_complements(verb: Token) -> list[Token]:
    """The clauses saying what a verb of wanting wants: 'to accept', 'a ceasefire could take
    place', 'for the Taliban to lift', 'lobby the EU to abandon' (an infinitive the parser hung
    on the verb right after the actor it addresses)."""
    addressee = next((c for c in verb.children if c.dep_ == "dobj" and agent_word(c)), None)
    return [c for c in verb.children if c.pos_ in ("VERB", "AUX") and (
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                   for m in c.children))
        or (c.dep_ == "advcl" and addressee is not None and _infinitive(c)
            and c.left_edge.i == addressee.right_edge.i + 1))]


def _infinitive(verb: Token) -> bool:
    """True for a 'to'-infinitive ('to return', 'to accept')."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _addressee_acts(verb: Token, cue_tokens: tuple[Token, ...]) -> list[Token]:
    """'calls on parties concerned to be rational': the infinitive the parser hung under the
    addressee of 'call on' (on its modifier 'concerned') is still what is called for."""
    if len(cue_tokens) < 2 or cue_tokens[-1].dep_ != "prep":
        return []
    addressee = next((c for c in cue_tokens[-1].children if c.dep_ == "pobj"), None)
    if addressee is None:
        return []
    under = [t for t in addressee.subtree if t.pos_ in ("VERB", "AUX") and t.dep_ == "xcomp" and _infinitive(t)]
    if under or cue_tokens[-1].lower_ == "for":
        return under[:1]  # "called for talks to end X": the talks are wanted, not asked to act
    # "pleaded with Peru to release the prisoners": the infinitive hung on the verb after its addressee
    return [c for c in cue_tokens[0].children if c.dep_ == "advcl" and c.pos_ == "VERB" and _infinitive(c)
            and c.left_edge.i == addressee.right_edge.i + 1][:1]


def _threatened(act: Token, lexicon: StanceLexicon) -> Token | None:
    """'to accept the plan or face sanctions': the alternative offered as the price of refusing."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in act.children):
        return None
    return next((c for c in act.conjuncts if c.lemma_.lower() in lexicon.consequences), None)


def _threatened_measure(face: Token, lexicon: StanceLexicon) -> Token | None:
    """What the alternative threatens: 'face sanctions', 'face the possibility of sanctions'."""
    measure = first_named(c for c in face.children if c.dep_ == "dobj")
    if measure is not None and measure.lemma_.lower() in lexicon.consequences:
        measure = next((g for c in measure.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
    return measure


def _and_conjuncts(act: Token) -> tuple[Token, ...]:
    """Acts wanted together ('to lift the ban and open a dialogue'); an alternative ('accept the
    ceasefire or face sanctions') is not wanted."""
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in act.children):
        return ()
    return act.conjuncts


def _desire_cue_tokens(verb: Token, cue: Cue) -> tuple[Token, ...] | None:
    """The verb and its particle words ('call for', 'look forward to'), or None if they are missing."""
    path = [verb]
    for word in cue.words[1:]:
        step = next((c for c in (*path[-1].children, *verb.children) if c.lower_ == word), None)
        if step is None:  # "called for the Taliban to lift": 'for' marks the complement clause
            step = next((m for c in verb.children if c.dep_ == "advcl" for m in c.children
                         if m.dep_ == "mark" and m.lower_ == word), None)
        if step is None:  # "looking to repair ties": 'to' marks the infinitive the verb wants
            step = next((m for c in verb.children if c.dep_ == "xcomp" for m in c.children
                         if m.dep_ == "aux" and m.lower_ == word), None)
        if step is None:
            return None
        path.append(step)
    return tuple(path)


def _act_wanted(document: Document, act: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """What a wanted act is about: 'there can be a new deal', 'a ceasefire could take place',
    'to see a mission come', 'to lift the ban' (-1), 'Russia to accept the plan'."""
    lemma = act.lemma_.lower()
    own_subject = first_named(c for c in act.children if c.dep_ in ("nsubj", "nsubjpass"))
    if own_subject is None and not object_controlled(act) and any(
            verb_target(act, cue) is not None for cue in lexicon.verbs.get(lemma, ())):
        return None  # "hopes to support X": the stance verb speaks for itself ("to get loans" is no "get behind")
    if lemma in ("see", "have", "get") and not any(g.dep_ == "mark" for c in act.children for g in c.children):
        return _seen_wanted(document, act, lexicon)
    if own_subject is not None and not _names_actor(document, own_subject) and not acts(document, own_subject) \
            and lemma not in lexicon.removals:
        return own_subject, 1  # "hopes a ceasefire could take place": the event is the subject
    if (deed := _act_subject(act)) is not None:
        return deed, 1  # "hoped that including X would show Y": the act the clause is about
    if lexicon_lemma(act, lexicon.desires) in lexicon.desires:
        if own_subject is None and not object_controlled(act):
            return None  # "plans to urge X": the inner want is the subject's own, read on its own verb
        # "urged the council to press the parties": the parties are addressed, nothing is wanted of
        # them; "urged the ministers to focus on ending the war": what the inner want wants; "urged
        # the leaders to agree to a way forward": a want with nothing of its own is read as a stance verb
        inner = _inner_wanted(document, act, lexicon)
        if inner is not None or not any(verb_target(act, cue) for cue in lexicon.verbs.get(lemma, ())):
            return inner
    if lemma in lexicon.permissions and permitted_act(act) is not None:
        return act, 1  # "urged Thailand to let the Uyghurs settle elsewhere": the act let happen
    found = act_target(act, lexicon)
    if found is not None and _done_to_people(document, act, found[0], lexicon):
        return act, found[1]  # "offered to resettle the refugees", "to hold migrants": the act is wanted
    return found or _act_itself(act, lexicon) or _act_on_people(act, lexicon) or meeting_act(document, act, lexicon)


def _act_subject(act: Token) -> Token | None:
    """The act a wanted clause has for its subject: 'that including X would show Y' (a finite
    clause; an infinitive's understood subject is no act)."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return None
    return next((c for c in act.children if c.dep_ == "csubj" and c.pos_ == "VERB"), None)


def _done_to_people(document: Document, act: Token, target: Token, lexicon: StanceLexicon) -> bool:
    """True when ``target`` is the people or body a plain act is done to ('pay the relatives',
    'hold migrants'), which nobody is said to stand for; a stance verb's object ('to back the
    refugees') is what it stands for."""
    lemma = act.lemma_.lower()
    if target.head.i != act.i or target.dep_ != "dobj" or lemma in lexicon.removals:
        return False
    if any(c.polarity for c in lexicon.verbs.get(lexicon_lemma(act, lexicon.verbs), ())):
        return False
    mention = mention_at(document, target)
    if mention is None or mention.head != target.i:
        return False
    actor = mention.actor  # people, not a state's "Turkey-Israel relations"
    if _FORCE_SECTORS.intersection(actor.sector):
        return False  # "to strengthen its navy": forces built up or sent are means, not people acted on
    return (actor.id or "").startswith(_PEOPLE_IDS) or "agent" in (actor.resolved_by or "")


def _seen_wanted(document: Document, act: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """'to see a mission come': the thing seen; 'to see China respect the deal': an actor seen doing
    something is wanted to do it, so what is wanted is what its act is about."""
    seen = first_named(c for c in act.children if c.dep_ == "dobj")
    if seen is not None:
        return seen, 1
    clause = next((c for c in act.children if c.dep_ == "ccomp"), None)
    seen = clause and first_named(g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass"))
    if clause is None or seen is None:
        return None
    if _names_actor(document, seen) and clause.pos_ == "VERB" and not is_negated(clause):
        return act_target(clause, lexicon) or (seen, 1)
    return seen, 1


def meeting_act(document: Document, act: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """'does not want to meet with Kim', 'is willing to talk to the rebels': a meeting with a named
    party is itself the act wanted (a meeting with nobody named, 'wants to meet soon', is none)."""
    if act.lemma_.lower() not in lexicon.meetings or act.pos_ != "VERB":
        return None
    parties = [c for c in act.children if c.dep_ == "dobj"]
    parties += [g for h in (act, *(c for c in act.children if c.dep_ == "prt")) for c in h.children
                if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    named = any(p.ent_type_ in AGENT_ENTITIES or _names_actor(document, p) for p in parties)
    return (act, 1) if named else None


def _act_on_people(act: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """'offered to resettle the Rohingya': an act done to people or a body names no thing to stand
    for but the act itself, which is what is wanted (not 'to see Kim', an act that names nothing,
    nor 'to visit China', where the place is no more than where the act happens)."""
    if act.lemma_.lower() in lexicon.empty_acts | lexicon.speech or act.pos_ != "VERB":
        return None
    done_to = first_named(c for c in act.children if c.dep_ == "dobj")
    return (act, 1) if done_to is not None and done_to.ent_type_ in _PEOPLE_ENTITIES else None


def _act_itself(act: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """'urged civilians to return to their villages': an act with no object, named by its verb and
    preposition, is itself what is wanted (not 'to act quickly', nor 'to go there')."""
    # "declined to comment on X" (but "go back to their villages" is a return)
    says_nothing = act.lemma_.lower() in lexicon.empty_acts | lexicon.speech and not goes_back(act)
    if says_nothing or any(c.dep_ in ("ccomp", "xcomp") for c in act.children) \
            or not any(c.lower_ in TOPIC_PREPS for c in act_preps(act)):
        return None  # "wants to show to its public that ...": what is shown is the point, not read here
    return act, 1


def _inner_wanted(document: Document, act: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """What a wanted want wants ('urge X to focus on Y', 'urge X to press Y to lift Z'), signed by
    the inner verb ('urge X to refuse Y' stands against Y)."""
    for cue in lexicon.desires[lexicon_lemma(act, lexicon.desires)]:
        if len(cue.words) == 1 and not act_complements(act):
            # "urged people to seek medical attention": a thing sought is wanted; "to press the
            # warring parties": an addressee, not a thing wanted
            sought = first_named(c for c in act.children if c.dep_ == "dobj")
            if sought is not None and act.lemma_.lower() in lexicon.object_desires and not agent_word(sought):
                return sought, 1 if cue.polarity == "support" else -1
            continue
        inner = _wanted(document, act, cue, lexicon)
        if inner is not None and cue.polarity != "neutral":
            target, sign, _ = inner[1][0]
            return target, sign if cue.polarity == "support" else -sign
    return None


def _names_actor(document: Document, token: Token) -> bool:
    """True when ``token`` is a coded actor (who would act), not a thing that would happen."""
    mention = mention_at(document, token)
    return mention is not None and mention.actor.code is not None


def _object_wanted(document: Document, verb: Token, cue_tokens: tuple[Token, ...],
                   lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """'we need talks', 'calls for a ceasefire', 'a response was needed' (no complement clause)."""
    last = cue_tokens[-1]
    if last.dep_ == "prep" and verb.lemma_.lower() in lexicon.act_desires \
            and not any(g.dep_ == "pcomp" for g in last.children):
        return None  # "focused on cultural topics": a subject matter, not a priority
    if last.dep_ == "prep":
        if any(g.dep_ == "pcomp" and g.lemma_.lower() in lexicon.topical for g in last.children):
            return None  # "focuses on documenting X": a topic recorded is no thing wanted
        target = prep_object(last)
        if target is None or target.ent_type_ in AGENT_ENTITIES:
            return None  # "pleaded with Peru": an addressee, not a thing wanted
        return target, 1
    # "a response was needed": the passive subject is wanted; with an agent ("democracies were
    # threatened by X") it is the one acted upon
    passive = ("nsubjpass",) if not any(c.dep_ == "agent" for c in verb.children) else ()
    obj = first_named(c for c in verb.children if c.dep_ in ("dobj", *passive))
    if obj is None or mention_at(document, obj) is not None or obj.ent_type_ in AGENT_ENTITIES:
        return None  # "to press the warring parties": an addressee, not a thing wanted
    target, sign = through_stance_noun(obj, lexicon)
    if target.i != obj.i and verb.lemma_.lower() in lexicon.light:
        return None  # "urged an end to X": the stance noun speaks for itself, held by the urger
    return target, sign


__all__ = ["advocacy_findings", "appraisal_findings", "commitment_findings", "desire_findings", "frame_findings",
           "instrument_findings", "intention_findings", "noun_frame_findings"]
