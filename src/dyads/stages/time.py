"""The time stage: date every event by the temporal expression that governs its clause.

:func:`find_expressions` lists the temporal mentions of a parsed story (spaCy DATE and TIME
entities plus weekday and day words the NER misses, without durations and ages);
:func:`is_past_context` reads the tense that decides whether a year-less date looks back or
forward; :func:`event_date` attaches one expression to an event by the parse (see
:mod:`dyads.stages.attach`: "spoke ... on April 26 for the first time since the invasion in
February 2022" is April 26) and resolves it with :func:`dyads.temporal.resolve_expression`.
An event in a "when" clause takes the date the clause describes ("in 2013, when both
countries withdrew their ambassadors"). A reported event with no expression of its own takes
the date of the report ("Akar on Saturday said Ankara was close to realigning"), unless it is
in the past perfect ("confirmed Wednesday that the Taliban had barred him": before the report,
on a day the text does not give). An event no expression governs keeps the story date,
precision ``story``.

Photo captions and datelines are sentences like any other: in "Putin and Xi shake hands after
talks ... in Moscow, Russia, March 21, 2023" the date hangs from "talks", the object of the
caption's verb.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from dyads import temporal
from dyads.records import DateInfo
from dyads.stages import Document
from dyads.stages.attach import (CONTINUATIONS, attachment, attachment_rank, clause_head,
                                 governing_clauses, trigger_token)

__all__ = ["TemporalMention", "date_events", "event_date", "find_expressions", "is_past_context"]

_BOUNDARY_PREPOSITIONS = frozenset({"since", "until", "till", "by", "before", "after"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "gonna"})
# Entity types a date may be chained to: "in Moscow, Russia, March 21" hangs from the place.
_CHAIN_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# A reported event without a date of its own takes the report's: "Akar on Saturday said Ankara
# was close to realigning" (a place is not inherited so: where it was said is not where); not
# a past perfect one, which happened before the report: "confirmed Wednesday that the Taliban
# had barred him".
_THROUGH = CONTINUATIONS | {"ccomp"}


@dataclass(frozen=True)
class TemporalMention:
    """A temporal expression in a parsed document.

    ``head_token_index`` is the document index of the mention's syntactic root: the token
    whose head lies outside the mention, so the stage can follow it to the governing verb.
    """

    start_char: int
    end_char: int
    text: str
    head_token_index: int


# --------------------------------------------------------------------------- finding mentions


def _with_boundary(span: Span) -> Span:
    """Take in 'since', 'until', 'before'... right before the mention: they change its meaning."""
    doc = span.doc
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.lower_ in _BOUNDARY_PREPOSITIONS and span.root.head.i == prev.i:
            return doc[prev.i: span.end]
    return span


def _mention(span: Span) -> TemporalMention:
    return TemporalMention(span.start_char, span.end_char, span.text, span.root.i)


@functools.cache
def _loose_words() -> frozenset[str]:
    single = {w for w in temporal.vocabulary("day_offset") if " " not in w}
    return frozenset(single | {w for w in temporal.vocabulary("weekday") if len(w) > 4})


def _missed_words(doc: Doc) -> Iterator[Span]:
    """Weekday and day words ("Tuesday", "yesterday") outside every entity."""
    weekdays = temporal.vocabulary("weekday")
    for token in doc:
        if token.ent_type_ or token.lower_ not in _loose_words():
            continue
        if token.lower_ in weekdays and not token.text[0].isupper():
            continue
        yield doc[token.i: token.i + 1]


def find_expressions(doc: Doc) -> list[TemporalMention]:
    """The temporal mentions of a parsed document, in text order.

    Args:
        doc: a spaCy ``Doc`` parsed with a tagger, parser and NER.

    Returns:
        One ``TemporalMention`` per DATE or TIME entity that names a point or period in time
        (durations such as "four years" and ages such as "65-year-old" are dropped) and per
        weekday or day word the NER missed. A preposition that changes the meaning ("since",
        "until", "before"...) is taken into the mention.

    Example: in "The ministers spoke on April 26." the mention is ``"April 26"`` with
    ``head_token_index`` 4 ("April", whose head "on" lies outside it).
    """
    spans = [ent for ent in doc.ents
             if ent.label_ in ("DATE", "TIME") and temporal.is_point_in_time(ent.text)]
    spans.extend(_missed_words(doc))
    mentions = {_mention(_with_boundary(span)) for span in spans}
    return sorted(mentions, key=lambda m: (m.start_char, m.end_char))


# --------------------------------------------------------------------------- tense


def _path_to_verb(token: Token) -> list[Token]:
    """The token and its heads up to the nearest verb (or the sentence root)."""
    path = [token]
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
        path.append(token)
    return path


def is_past_context(token: Token) -> bool:
    """Whether the verb governing ``token`` puts it in the past (``past`` for resolution).

    Past unless something marks a plan or the future: a scheduling word on the way to the verb
    ("scheduled for", "due on", "expected"), "will/shall", a modal without a perfect ("would
    resume", but not "could have met"), "going to", an infinitive ("agreed to meet") or a
    present progressive ("is visiting"). Past tense, perfects and plain present count as past,
    the safer default for news.

    Example: for "Tuesday" in "Putin will visit Beijing on Tuesday" -> ``False``.
    """
    path = _path_to_verb(token)
    cues = temporal.vocabulary("future_cue")
    if any(t.lemma_.lower() in cues for t in path):
        return False
    verb = path[-1]
    return _verb_is_past(verb) if verb.pos_ in ("VERB", "AUX") else True


def _verb_is_past(verb: Token) -> bool:
    """The tense rules of :func:`is_past_context` for one verb and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or (verb.head.lower_ == "going" and "to" in lowers):
        return False
    if any(a.tag_ == "MD" for a in auxes):
        return "have" in lowers and verb.tag_ == "VBN"
    if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return True
    if verb.tag_ == "VB" and "to" in lowers:
        return False
    return not (verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes))


# --------------------------------------------------------------------------- attachment


def _chained(token: Token) -> bool:
    return token.ent_type_ in _CHAIN_ENTITIES


@dataclass(frozen=True)
class _Attached:
    """A mention and the token it modifies."""

    mention: TemporalMention
    governor: Token


def _attached(doc: Doc, mentions: Sequence[TemporalMention]) -> list[_Attached]:
    found = []
    for mention in mentions:
        link = attachment(doc[mention.head_token_index], _chained)
        if link is not None and link.link != "dobj":
            found.append(_Attached(mention, doc[link.governor]))
    return found


def _past_perfect(verb: Token) -> bool:
    """'had barred', 'had been barred': the clause's verb in the past perfect."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _ranked(trigger: Token, attached: Sequence[_Attached]) -> list[TemporalMention]:
    """The mentions that belong to the event at ``trigger``, closest first."""
    scored = []
    through = CONTINUATIONS if _past_perfect(clause_head(trigger)) else _THROUGH
    for item in attached:
        if item.governor.sent.start != trigger.sent.start:
            continue
        rank = attachment_rank(trigger, item.governor, through)
        if rank is not None:
            head = item.mention.head_token_index
            scored.append((rank, abs(head - trigger.i), head, item.mention))
    return [mention for *_, mention in sorted(scored, key=lambda s: s[:3])]


class _Resolver:
    """Resolves each mention of one document once, with the tense of its clause."""

    def __init__(self, doc: Doc, story_date: date):
        self._doc, self._story_date = doc, story_date
        self._cache: dict[TemporalMention, DateInfo | None] = {}

    def __call__(self, mention: TemporalMention) -> DateInfo | None:
        if mention not in self._cache:
            past = is_past_context(self._doc[mention.head_token_index])
            self._cache[mention] = temporal.resolve_expression(mention.text, self._story_date, past=past)
        return self._cache[mention]


def _first_resolved(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver) -> DateInfo | None:
    for mention in _ranked(trigger, attached):
        found = resolve(mention)
        if found is not None:
            return found
    return _when_setting(trigger, [item.mention for item in attached], resolve)


def _when_setting(trigger: Token, mentions: Sequence[TemporalMention], resolve: _Resolver) -> DateInfo | None:
    """The date a "when" clause around the event describes ("in 2013, when both countries
    withdrew their ambassadors")."""
    for clause in governing_clauses(trigger, _THROUGH):
        if clause.dep_ == "relcl" and any(c.lower_ == "when" for c in clause.children):
            head = clause.head
            return next((resolve(m) for m in mentions if m.start_char <= head.idx < m.end_char), None)
    return None


def event_date(trigger: Token, story_date: date,
               mentions: Sequence[TemporalMention] | None = None) -> DateInfo | None:
    """The date of the event whose trigger (verb or event noun) is ``trigger``, or None.

    Args:
        trigger: the event's trigger token in a parsed document.
        story_date: the day the story was published.
        mentions: the document's temporal mentions (:func:`find_expressions` when omitted).

    Returns:
        The resolved expression that governs the trigger's clause, or None when none does
        (the event then keeps the story date).

    Example: for "clashed" in "Baerbock clashed with Qin in Berlin on Tuesday", story date
    Friday 12 May 2023 -> ``DateInfo('2023-05-09', '2023-05-09', 'day', 'Tuesday')``.
    """
    doc = trigger.doc
    found = find_expressions(doc) if mentions is None else mentions
    return _first_resolved(trigger, _attached(doc, found), _Resolver(doc, story_date))


def date_events(document: Document) -> Document:
    """The time stage: each event takes the date of the expression governing its clause.

    Args:
        document: a parsed story with its events coded (see ``code_events``).

    Returns:
        The document with every event's ``date`` read from the text where an expression
        governs the event's clause; other events keep the story date (precision ``story``).

    Example: "Xi spoke with Zelensky on April 26." in a story of 12 May 2023 dates the
    CONSULT event 2023-04-26, precision ``day``.
    """
    if not document.events:
        return document
    doc = document.doc
    attached = _attached(doc, find_expressions(doc))
    if not attached:
        return document
    resolve = _Resolver(doc, document.story.story_date)
    events = []
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        found = _first_resolved(token, attached, resolve) if token is not None else None
        events.append(event if found is None else replace(event, date=found))
    return replace(document, events=tuple(events))
