"""The event stage: PLOVER events from subject-verb-object patterns in the parse.

For every verb in the verb lexicon (data/verbs.tsv, matched by
:mod:`dyads.stages.verb_match`), the source is its subject and the targets its objects
(see :mod:`dyads.stages.arguments`); negation and modality come from the verb and the
clauses that govern it (:mod:`dyads.stages.mood`).

A verb whose clause is the complement of another coded verb is not an event of its own:
PLOVER codes "threatened to shell Iraqi towns" as THREATEN (with Iraq as target), "refused
to condemn" as REJECT and "pledged to work with France" as AGREE. The governing verb takes
the complement's actors as its targets instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads import knowledge
from dyads.records import Actor, DateInfo, Event, SentenceRef, Span
from dyads.stages import Document
from dyads.stages.arguments import (
    actors_in,
    coded,
    complement_clauses,
    subject_tokens,
    target_mentions,
)
from dyads.stages.mood import is_negated, modality
from dyads.stages.verb_match import VerbMatch, match_verb

CODER_VERSION = "0.1.1"

_VERB_TAGS = frozenset({"VERB"})
# A participle used as an adjective ("the disputed border", "occupied territories") describes
# a state, not an event of the sentence.
_ADJECTIVAL_DEPS = frozenset({"amod", "compound"})
# The PLOVER manual (Special cases; AGREE): cooperation reported in the future is AGREE, and a
# material conflict that is only announced or conditional is THREATEN ("THREATEN could be
# ASSAULT + hypothetical ... the coder should always return the single event category").
# CONCEDE and RETREAT in the future stay as they are (manual, AGREE section).
_INTENT_TYPES = {
    ("future", "CONSULT"): "AGREE", ("future", "SUPPORT"): "AGREE",
    ("future", "COOPERATE"): "AGREE", ("future", "AID"): "AGREE",
    **{(mood, t): "THREATEN" for mood in ("future", "hypothetical")
       for t in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE")},
}


def coded_match(verb: Token) -> VerbMatch | None:
    """The lexicon match of a verb if it codes a PLOVER event (CAMEO 01 statements do not)."""
    match = match_verb(verb)
    return match if match is not None and match.entry.plover_type else None


def governing_event_verb(verb: Token) -> Token | None:
    """The coded verb whose complement clause ``verb`` heads, if any.

    Walks up 'to'-infinitives, 'that'-clauses and gerunds after a preposition ("accused X
    of attacking"); verbs outside the lexicon ("tried to hack") are passed through, and a
    statement verb ("said that ...") stops the walk, since reported events are events.
    """
    token = verb
    while (head := _clause_head(token)) is not None:
        match = match_verb(head)
        if match is not None:
            return head if match.entry.plover_type else None
        token = head
    return None


def _clause_head(token: Token) -> Token | None:
    """The verb that takes ``token``'s clause as a complement, or None."""
    if token.dep_ in ("xcomp", "ccomp"):
        head = token.head
    elif token.dep_ == "pcomp" and token.head.dep_ == "prep":
        head = token.head.head
    else:
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _complements(verb: Token) -> list[Token]:
    """Complement clauses whose actors are the verb's, including gerunds after a preposition."""
    gerunds = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    return [*complement_clauses(verb), *(g for g in gerunds if g.pos_ == "VERB")]


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


def _confidence(match: VerbMatch, source: Actor, target: Actor | None, mood: str) -> float:
    """A first, uncalibrated score: resolved actors and specific patterns raise it."""
    score = 0.35
    score += 0.2 if source.code else 0.05
    score += 0.15 if target is not None and target.code else 0.0
    score += 0.1 if match.specificity else 0.0
    score += 0.1 if mood == "asserted" else 0.0
    return round(min(score, 0.95), 2)


def _dyads(document: Document, verb: Token, match: VerbMatch,
           needs_target: bool) -> Iterator[tuple[Actor, Actor | None]]:
    """(source, target) pairs of the verb; a source never targets itself.

    Types the PLOVER manual says require a recipient (COOPERATE, AID, SANCTION) give no
    event without one: "Iran increased aid" names no one the aid went to.
    """
    used_prep = match.tokens[1] if len(match.tokens) > 1 else None
    sources = [m.actor for m in actors_in(document, subject_tokens(verb))]
    targets = [m.actor for m in target_mentions(document, verb, used_prep, _complements(verb))]
    for source in sources:
        own = [t for t in targets if not _same(source, t)]
        if own or not needs_target:
            yield from ((source, target) for target in own or [None])


def intent_type(plover_type: str, mood: str) -> str | None:
    """The single PLOVER type for an event in this mood, when the manual folds it (else None).

    Example: ``intent_type("CONSULT", "future")`` -> ``"AGREE"`` ("will visit Paris").
    """
    return _INTENT_TYPES.get((mood, plover_type))


def _is_event_verb(verb: Token) -> bool:
    return verb.pos_ in _VERB_TAGS and verb.dep_ not in _ADJECTIVAL_DEPS


def _events_at(document: Document, verb: Token, index: int, sentence: SpacySpan) -> Iterator[Event]:
    match = coded_match(verb)
    if match is None or governing_event_verb(verb) is not None:
        return
    if match.specificity == 0 and any(c.dep_ == "oprd" for c in verb.children):
        return  # "called the claims baseless": a verb with a predicate on its object names, not acts
    if verb.dep_ == "advcl" and coded_match(verb.head) is not None:
        return  # purpose, manner or consequence of the main event ("fired, killing three")
    entry = match.entry
    trigger = _trigger(document, match.tokens)
    negated, mood = is_negated(verb), modality(verb, sentence)
    type_, mode = entry.plover_type, entry.plover_mode or None
    if (folded := intent_type(type_, mood)) is not None:
        type_, mode, mood = folded, None, "asserted"  # the stated intent is what happened
    for source, target in _dyads(document, verb, match, knowledge.requires_recipient(type_)):
        yield Event(
            event_id=_event_id(document, trigger, type_, source, target),
            type=type_, mode=mode, cameo=entry.cameo,
            quad_class=knowledge.quad_class(type_),
            goldstein=knowledge.goldstein(entry.cameo),
            trigger=trigger, sentence=_sentence_ref(index, sentence),
            source=source, target=target, negated=negated, modality=mood,
            date=_story_date(document), confidence=_confidence(match, source, target, mood),
        )


def _same(source: Actor, target: Actor) -> bool:
    return source.start == target.start or (source.code is not None and source.code == target.code
                                            and source.id == target.id)


def _story_date(document: Document) -> DateInfo:
    day = document.story.story_date.isoformat()
    return DateInfo(day, day, "story", None)


def code_events(document: Document) -> Document:
    """The event stage: every lexicon verb with a resolved source becomes events, one per dyad.

    Args:
        document: a parsed story whose actor mentions are resolved (see ``resolve_actors``).

    Returns:
        The document with its events, one per (source, target) pair of each event verb.

    Example: "Iran threatened to shell Iraqi towns." gives one THREATEN event, IRN -> IRQ.
    """
    events: list[Event] = []
    for index, sentence in enumerate(document.doc.sents):
        for token in sentence:
            if _is_event_verb(token):
                events.extend(_events_at(document, token, index, sentence))
    return replace(document, events=tuple(events))


__all__ = ["CODER_VERSION", "VerbMatch", "code_events", "coded_match", "governing_event_verb",
           "intent_type", "is_negated", "match_verb", "modality"]
