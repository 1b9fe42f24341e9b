"""Where the actor stage looks for actors: the phrase heads it resolves, in the order it resolves
them, and the mentions it keeps.

A head is the root of a noun chunk, of a name entity, of a known actor's name or of a state's
name, or an agent adjective standing for a noun ("paramedic" alone). The actor stage
(:mod:`dyads.stages.actors`) resolves them sentence by sentence, the personal pronouns of a
sentence after its phrases (:func:`sentence_order`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dyads.actor_dictionary import ActorDictionary, KnownActor
from dyads.stages import ActorMention
from dyads.stages.titles import NameHit, sectors_of

NAME_LABELS = frozenset({"PERSON"})
_ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})
# Dependencies of an adjective that stands for a noun ("paramedic" alone, tagged ADJ).
NOMINAL_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,30}(,[^\n\u2014\u2013]{1,40}?)?\s*(\([^)\n]{1,20}\))?\s*[\u2014\u2013-]")

KnownSpan = tuple[int, int, KnownActor]  # first token, end token, the known actor


def known_spans(doc: Doc, dictionary: ActorDictionary, on: object) -> list[KnownSpan]:
    """Known actors of the dictionary named in the text, as token ranges."""
    spans = []
    for found in dictionary.find_known(doc.text, on):  # type: ignore[arg-type]
        span: Span | None = doc.char_span(found.start, found.end, alignment_mode="contract")
        if span is not None and len(span):
            spans.append((span.start, span.end, found.actor))
    return spans


def dateline_end(doc: Doc, text: str) -> int:
    """The token after a dateline ("KYIV, Ukraine (AP) —"), or 0 when the story has none."""
    match = _DATELINE.match(text[:80])
    if match is None:
        return 0
    span = doc.char_span(0, match.end(), alignment_mode="expand")
    return span.end if span is not None else 0


def candidate_heads(doc: Doc, tokens: Sequence[Token], known: Sequence[KnownSpan], hits: Sequence[NameHit],
                    pronouns: set[int]) -> list[Token]:
    """Heads of noun phrases that may name actors, in text order (pronouns apart)."""
    heads = {chunk.root.i for chunk in doc.noun_chunks}
    heads.update(ent.root.i for ent in doc.ents if ent.label_ in NAME_LABELS | _ORG_LABELS)
    heads.update(doc[first:last].root.i for first, last, _ in known)
    heads.update(doc[hit.first:hit.last].root.i for hit in hits)
    heads.update(t.i for t in tokens if t.pos_ == "ADJ" and t.dep_ in NOMINAL_DEPS and sectors_of(t))
    heads.difference_update(pronouns)
    heads.difference_update(_inner_words(doc, known, hits))
    return [tokens[i] for i in sorted(heads)]


def sentence_order(doc: Doc, heads: Sequence[Token], pronouns: Sequence[Token]) -> list[Token]:
    """The phrase heads and then the personal pronouns of each sentence, sentence by sentence: a
    pronoun may point at a person named later in its sentence ("During her visit, Baerbock ..."),
    and a possessive of the next sentence at the pronoun ("He said ... His government")."""
    sentence_of = {t.i: sentence.start for sentence in doc.sents for t in sentence}
    is_pronoun = {t.i for t in pronouns}
    return sorted([*heads, *pronouns], key=lambda t: (sentence_of[t.i], t.i in is_pronoun, t.i))


def _inner_words(doc: Doc, known: Sequence[KnownSpan], hits: Sequence[NameHit]) -> set[int]:
    """Tokens inside a name the parse split ("Borders" of "Doctors Without Borders"): no heads."""
    spans = [(first, last) for first, last, _ in known]
    spans += [(hit.first, hit.last) for hit in hits]
    return {i for first, last in spans if last - first > 1
            for i in range(first, last) if i != doc[first:last].root.i}


def outermost(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions nested inside a larger mention with the same head chain."""
    kept = []
    for mention in mentions:
        inside = any(o is not mention and o.first <= mention.head < o.last and o.head != mention.head
                     and mention.first >= o.first and mention.last <= o.last for o in mentions)
        if not inside:
            kept.append(mention)
    return kept


__all__ = ["NAME_LABELS", "NOMINAL_DEPS", "candidate_heads", "dateline_end", "known_spans", "outermost",
           "sentence_order"]
