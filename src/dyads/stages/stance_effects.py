"""Stances read from what a thing is said to do: warnings, effects, outcomes and reactions.

Split from ``stance_frames`` (constructions 8 to 11 of its docstring); their words are data in
``dyads/data/stance_lexicon.tsv``, kinds ``warning``, ``effect``, ``outcome`` and ``reaction``:

- a **warning** that a thing will or could do harm: the warner stands against the thing ("the EU
  warned that the government's actions would divide the country");
- an **effect** a speaker ascribes to a thing (in the passive, its agent), harm or good: the speaker
  stands against or for the thing ('"cheap imports are harming our economy," he said');
- an **outcome** a speaker says a thing brings about ('"closing the camps will have an adverse
  impact," he said');
- a **reaction**: an actor angered or reassured by a thing stands against or for it ("the drills
  angered Beijing").

An actor foretold to act or to do harm is a forecast or an accusation, not read here.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dyads.knowledge import agent_sectors
from dyads.records import is_person
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stages.mood import is_negated
from dyads.stages.stance_anchors import Finding, holders_of
from dyads.stages.stance_syntax import (
    AGENT_ENTITIES, first_named, inside, judges_of, speaker_of, time_rank, verb_subjects,
)
from dyads.stance_lexicon import Cue, StanceLexicon, stance_lexicon

# Objects of "do" that deny what its complement does: "does little to help".
_NO_AMOUNT = frozenset({"little", "nothing"})


# -- warnings ------------------------------------------------------------------------------


def warning_findings(document: Document, word: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'The EU warned that the government's actions would divide the country', 'Germany voiced
    fears that the tariffs could spark a trade war': whoever foretells that a thing will or could
    do something to something stands against the thing. An actor foretold to act ("warned that
    Russia could invade") is a forecast of the act, not read here."""
    clause = next((c for c in word.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
                   and any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)), None)
    if clause is None or is_negated(word) or any(c.dep_ == "neg" for c in clause.children):
        return  # "did not warn", "warned it would not last": no harm foretold
    target = first_named(c for c in clause.children if c.dep_ == "nsubj")
    if target is None or not any(c.dep_ in ("dobj", "ccomp") for c in clause.children) or acts(document, target):
        return  # "warned the deal could collapse" fears for the deal; only a harm done is a thing opposed
    anchor = word.head if word.pos_ == "NOUN" else word
    for holder in holders_of(document, _warners(word, lexicon), anchor):
        if not inside(target, holder):
            yield Finding(holder, target, "oppose", (word,), anchor, time_rank(anchor, lexicon))


def _warners(word: Token, lexicon: StanceLexicon) -> list[Token]:
    """Who warns: the verb's subject; a warning noun's owner ("Germany's fears that ..."), or the
    subject of the light verb taking it ("voiced fears that ...")."""
    if word.pos_ != "NOUN":
        return verb_subjects(word)
    owners = [c for c in word.children if c.dep_ in ("poss", "compound", "nmod")]
    if owners or word.dep_ != "dobj" or word.head.lemma_.lower() not in lexicon.light:
        return owners
    return verb_subjects(word.head)


# -- effects -------------------------------------------------------------------------------


def effect_findings(document: Document, verb: Token, cue: Cue, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'"Cheap imports are harming our economy," the minister said': whoever says that a thing
    does harm (or good) to something stands against (or for) the thing. In the author's own voice
    it is a report, no actor's stance; an actor said to do harm is an accusation, read elsewhere."""
    # "X is (not) going to achieve Y": the subject and negation of the verb it complements
    clauses = (verb, verb.head) if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" else (verb,)
    # a subject act is judged itself: '"putting pressure on Iran will not achieve the goal"'; in the
    # passive, the agent: 'the province is threatened by the high consumption of dog meat'
    cause = _passive_cause(verb)
    target = cause or first_named(c for h in clauses for c in h.children if c.dep_ in ("nsubj", "csubj"))
    if target is None or not (cause is not None or any(c.dep_ == "dobj" for c in verb.children)
                              or _works(verb, lexicon)) or acts(document, target):
        return
    # "does little to help X" denies the effect as "does not help X" does
    denied = any(c.dep_ == "dobj" and c.lower_ in _NO_AMOUNT for h in clauses[1:] for c in h.children)
    polarity = cue.polarity_when(denied or any(is_negated(h) for h in clauses))
    holders, polarity = judges_of(document, verb, polarity, lexicon)
    for holder in holders if polarity else ():
        if not inside(target, holder):
            yield Finding(holder, target, polarity, (verb,), verb, time_rank(verb, lexicon))


def _passive_cause(verb: Token) -> Token | None:
    """The agent of a passive effect verb, what does the harm or good ('is hurt by cheap imports')."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return first_named(g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")


def _works(verb: Token, lexicon: StanceLexicon) -> bool:
    """'the sanctions will not work': a verb of working alone (not 'working on X', 'working to
    restore X', 'work out a deal', which name other acts)."""
    return verb.lemma_.lower() in lexicon.efficacies and not any(
        c.dep_ in ("dobj", "prep", "xcomp", "prt", "advcl", "ccomp") for c in verb.children)


def outcome_findings(document: Document, verb: Token, cues: tuple[Cue, ...],
                     lexicon: StanceLexicon) -> Iterator[Finding]:
    """'"Closing the camps will have an adverse impact on us," X said', '"a trade war would do us
    more harm than good"': whoever says that a thing brings about an outcome, bad or good by the
    outcome's noun or its adjective, stands against or for the thing (as with an effect verb)."""
    target = first_named(c for c in verb.children if c.dep_ in ("nsubj", "csubj"))
    if target is None or acts(document, target) or is_negated(verb):
        return  # "the army will do damage" is an accusation; "will not have an impact" says little
    for cue in cues:
        outcome = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == cue.words[1]), None)
        if outcome is None:
            continue
        polarity = cue.polarity or _outcome_verdict(outcome, lexicon)
        if not polarity:
            return
        for holder in speaker_of(document, verb, lexicon):
            if not inside(target, holder):
                yield Finding(holder, target, polarity, (verb, outcome), verb, time_rank(verb, lexicon))
        return


def _outcome_verdict(outcome: Token, lexicon: StanceLexicon) -> str:
    """The polarity of the evaluative adjective on an outcome noun ("an adverse impact"), or ""."""
    cue = next((found for c in outcome.children if c.dep_ == "amod"
                and (found := lexicon.evaluations.get(c.lower_)) is not None), None)
    return cue.polarity if cue is not None and cue.polarity != "neutral" else ""


def acts(document: Document, token: Token) -> bool:
    """True when ``token`` names an actor who would act ("the army", "Russia", "the protesters"),
    not a thing that would do harm ("the government's actions", "cheap Chinese imports")."""
    mention = mention_at(document, token)
    return agent_word(token) or (mention is not None and mention.head == token.i and is_person(mention.actor))


# -- reactions -----------------------------------------------------------------------------


def reaction_findings(document: Document, verb: Token, cue: Cue) -> Iterator[Finding]:
    """'The drills angered Beijing', 'the warships sailed through, irritating China', 'Tokyo was
    reassured by the pledge': the actor who reacts stands against (or for) what provoked it."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        experiencers = [c for c in verb.children if c.dep_ == "nsubjpass"]
        cause = first_named(g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")
    else:
        experiencers = [c for c in verb.children if c.dep_ == "dobj"]
        cause = _reaction_cause(verb)
    polarity = cue.polarity_when(is_negated(verb))
    if cause is None or not polarity:
        return
    for holder in holders_of(document, experiencers, verb):
        if not inside(cause, holder):
            yield Finding(holder, cause, polarity, (verb,), verb, 0)


def _reaction_cause(verb: Token) -> Token | None:
    """What provokes a reaction: the verb's subject ('the move angered Moscow'), the noun a relative
    clause hangs on ('a law that angered Beijing'), or the subject of the clause a participle
    comments on ('the ships passed through, irritating China')."""
    subject = first_named(c for c in verb.children if c.dep_ in ("nsubj", "csubj"))
    if subject is not None and subject.tag_ not in ("WDT", "WP"):
        return subject
    if verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ == "VERB":
        return first_named(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return None


def agent_word(token: Token) -> bool:
    """A name of an actor or a noun of people who act ('the EU', 'the ministers'); a concept noun
    of the stance lexicon names a thing, whatever else it may name ('a settlement')."""
    agents, lexicon = agent_sectors(), stance_lexicon()
    lemma = token.lemma_.lower()
    if lemma in lexicon.heads or lemma in lexicon.topics:
        return False
    return token.ent_type_ in AGENT_ENTITIES or token.lower_ in agents or lemma in agents


__all__ = ["acts", "agent_word", "effect_findings", "outcome_findings", "reaction_findings", "warning_findings"]
