"""The event stage: PLOVER events from subject-verb-object patterns in the parse.

For every verb in the verb lexicon (data/verbs.tsv), the source is its subject
(or the subject it inherits through control, coordination and adverbial
clauses; the ``by`` agent in the passive), the targets are its object and the
objects of its prepositions (and their conjuncts). Negation and modality come
from the verb's own dependents and from the clauses that govern it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads import knowledge
from dyads.records import Actor, DateInfo, Event, SentenceRef, Span
from dyads.stages import ActorMention, Document
from dyads.stages.actors import mention_at

CODER_VERSION = "0.1.0"

# Prepositions that introduce places and times, not targets ("talks in Berlin").
_NON_TARGET_PREPS = frozenset({
    "in", "at", "near", "inside", "across", "throughout", "during", "since", "after", "before",
    "until", "for", "by", "as", "because", "despite", "amid", "over", "within", "via", "like",
})
# Links through which a verb inherits the subject and the mood of the clause that governs it.
_GOVERNED = frozenset({"xcomp", "pcomp", "prep", "advcl", "conj", "ccomp"})
_INHERITS_SUBJECT = frozenset({"xcomp", "pcomp", "prep", "advcl", "conj"})
_COMPLEMENT = frozenset({"xcomp", "pcomp", "prep", "ccomp"})
_NEGATING_VERBS = frozenset({"refuse", "decline", "fail", "avoid", "stop", "cease", "abandon"})
_DENYING_VERBS = frozenset({"deny"})
_FUTURE_VERBS = frozenset({"plan", "promise", "pledge", "intend", "vow", "prepare", "aim", "seek"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can"})
_FUTURE_AUX = frozenset({"will", "shall"})
_REPORTING_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "apparently"})


@dataclass(frozen=True)
class VerbMatch:
    """A lexicon entry matched at a verb, with the words that triggered it."""

    entry: knowledge.VerbEntry
    tokens: tuple[Token, ...]
    specificity: int


def _lexicon_keys(verb: Token) -> Iterator[tuple[str, tuple[Token, ...]]]:
    """Multiword keys first ('call on'), then the bare lemma."""
    for child in verb.children:
        if child.dep_ in ("prt", "prep") and child.i > verb.i:
            yield f"{verb.lemma_.lower()} {child.lower_}", (verb, child)
    yield verb.lemma_.lower(), (verb,)


def _argument_words(verb: Token) -> set[str]:
    """Lowercased forms and lemmas of the verb's objects and prepositions, for pattern matching."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "prep", "prt", "attr", "xcomp", "dative", "pobj", "acomp"):
            for token in child.subtree:
                words.update((token.lower_, token.lemma_.lower()))
                words.add(f"({token.lower_})")
    return words


def match_verb(verb: Token) -> VerbMatch | None:
    """The most specific lexicon entry whose pattern fits this verb, or its default."""
    lexicon = knowledge.verb_lexicon()
    words: set[str] | None = None
    for key, tokens in _lexicon_keys(verb):
        entries = lexicon.get(key, ())
        best: VerbMatch | None = None
        for entry in entries:
            if entry.reverse:
                continue
            if not entry.pattern:
                if best is None:
                    best = VerbMatch(entry, tokens, 0)
                continue
            words = _argument_words(verb) if words is None else words
            needed = entry.pattern.split()
            if all(w in words for w in needed) and (best is None or len(needed) > best.specificity):
                best = VerbMatch(entry, tokens, len(needed))
        if best is not None:
            return best
    return None


def _governors(verb: Token) -> Iterator[Token]:
    """The verbs whose clauses govern ``verb``, nearest first."""
    token = verb
    while token.dep_ in _GOVERNED and token.head is not token:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            yield token


def _subject_tokens(verb: Token) -> list[Token]:
    """Subject of the verb, or of the clause it inherits its subject from."""
    token = verb
    while True:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "agent_pobj")]
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subjects or agents:
            return agents or subjects
        if token.dep_ not in _INHERITS_SUBJECT or token.head is token:
            return []
        token = token.head


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _object_tokens(verb: Token, used_prep: Token | None) -> list[Token]:
    """Direct objects, passive subjects and prepositional objects that may be targets."""
    objects = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative"):
            objects.append(child)
        elif child.dep_ == "prep" and (child is used_prep or child.lower_ not in _NON_TARGET_PREPS):
            objects.extend(g for g in child.children if g.dep_ == "pobj")
    return objects


def _actors(document: Document, tokens: list[Token]) -> list[ActorMention]:
    found = []
    for head in tokens:
        for token in _with_conjuncts(head):
            mention = mention_at(document, token)
            if mention is not None and mention not in found:
                found.append(mention)
    return found


def is_negated(verb: Token) -> bool:
    """Negated by its own dependents, by 'far from', or by a refusing verb it complements."""
    if _has_neg(verb):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and verb.head.head.lower_ == "far":
        return True
    return any(g.lemma_.lower() in _NEGATING_VERBS or _has_neg(g) for g in _complemented(verb))


def _has_neg(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _complemented(verb: Token) -> Iterator[Token]:
    """Verbs that take ``verb`` as a complement ('refused to condemn'), nearest first."""
    token = verb
    while token.dep_ in _COMPLEMENT and token.head is not token:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            yield token


def modality(verb: Token, sentence: SpacySpan) -> str:
    """asserted, reported, hypothetical, future or denied, from the verb and its governors."""
    chain = [verb, *_governors(verb)]
    aux = {c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")}
    lemmas = {v.lemma_.lower() for v in chain[1:]}
    if lemmas & _DENYING_VERBS:
        return "denied"
    if aux & _FUTURE_AUX or lemmas & _FUTURE_VERBS:
        return "future"
    if aux & _HYPOTHETICAL_AUX or any(c.lower_ == "if" and c.dep_ == "mark" for v in chain for c in v.children):
        return "hypothetical"
    if _is_reported(chain, sentence):
        return "reported"
    return "asserted"


def _is_reported(chain: list[Token], sentence: SpacySpan) -> bool:
    if any(c.lower_ in _REPORTING_ADVERBS for v in chain for c in v.children):
        return True
    return "according to" in sentence.text.lower()


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


def _events_at(document: Document, verb: Token, index: int, sentence: SpacySpan) -> Iterator[Event]:
    match = match_verb(verb)
    if match is None or not match.entry.plover_type:  # CAMEO 01 statements: no PLOVER event
        return
    used_prep = match.tokens[1] if len(match.tokens) > 1 else None
    sources = _actors(document, _subject_tokens(verb))
    targets = [m.actor for m in _actors(document, _object_tokens(verb, used_prep))]
    entry = match.entry
    trigger = _trigger(document, match.tokens)
    negated, mood = is_negated(verb), modality(verb, sentence)
    for source in (m.actor for m in sources):
        for target in [t for t in targets if not _same(source, t)] or [None]:
            yield Event(
                event_id=_event_id(document, trigger, entry.plover_type, source, target),
                type=entry.plover_type, mode=entry.plover_mode or None, cameo=entry.cameo,
                quad_class=knowledge.quad_class(entry.plover_type),
                goldstein=knowledge.goldstein(entry.cameo),
                trigger=trigger, sentence=_sentence_ref(index, sentence),
                source=source, target=target, negated=negated, modality=mood,
                date=_story_date(document), confidence=_confidence(match, source, target, mood),
            )


def _same(source: Actor, target: Actor) -> bool:
    return source.start == target.start or (source.code is not None and source.code == target.code)


def _story_date(document: Document) -> DateInfo:
    day = document.story.story_date.isoformat()
    return DateInfo(day, day, "story", None)


def code_events(document: Document) -> Document:
    """The event stage: every lexicon verb with a resolved source becomes events, one per dyad."""
    events: list[Event] = []
    for index, sentence in enumerate(document.doc.sents):
        for token in sentence:
            if token.pos_ == "VERB":
                events.extend(_events_at(document, token, index, sentence))
    return replace(document, events=tuple(events))


__all__ = ["CODER_VERSION", "VerbMatch", "code_events", "is_negated", "match_verb", "modality"]
