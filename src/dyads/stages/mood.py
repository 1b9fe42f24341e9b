"""Negation and modality of an event verb, read from the verb and the clauses governing it.

"did not attack", "refused to attack" and "far from attacking" negate; "will attack",
"could attack", "reportedly attacked" and "denied attacking" change the modality.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

# Links through which a verb inherits the mood of the clause that governs it.
_GOVERNED = frozenset({"xcomp", "pcomp", "prep", "advcl", "conj", "ccomp"})
_COMPLEMENT = frozenset({"xcomp", "pcomp", "prep", "ccomp"})
_NEGATING_VERBS = frozenset({"refuse", "decline", "fail", "avoid", "stop", "cease", "abandon"})
_NEGATING_ADVERBS = frozenset({"never", "seldom", "rarely", "hardly", "barely", "scarcely"})
_DENYING_VERBS = frozenset({"deny"})
_FUTURE_VERBS = frozenset({"plan", "promise", "pledge", "intend", "vow", "prepare", "aim", "seek", "expect", "look",
                           "schedule", "swear"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can"})
_FUTURE_AUX = frozenset({"will", "shall"})
_REPORTING_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "apparently"})
# "could be seen surrounding", "can hear gunfire": the ability to perceive, no hypothesis about the act.
_PERCEPTION_VERBS = frozenset({"see", "hear", "watch", "observe", "notice", "spot"})
_ABILITY_AUX = frozenset({"can", "could"})
# A finite clause of reason or concession states a fact of its own ("as militants are fighting").
_FACTUAL_MARKS = frozenset({"as", "because", "since", "although", "though", "while", "whereas"})


def is_denial(verb: Token) -> bool:
    """The verb denies ('deny'): its complement is an event with modality 'denied'."""
    return verb.lemma_.lower() in _DENYING_VERBS


def governors(verb: Token) -> Iterator[Token]:
    """The verbs whose clauses govern ``verb``, nearest first."""
    return _verbs_above(verb, _GOVERNED)


def _verbs_above(verb: Token, links: frozenset[str]) -> Iterator[Token]:
    """The verbs above ``verb`` through these dependency links, nearest first."""
    token = verb
    while token.dep_ in links and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            yield token


def is_negated(verb: Token) -> bool:
    """Negated by its own dependents, by 'far from', or by a refusing verb it complements.

    Example: in "Iran refused to condemn Iraq", ``is_negated(condemn)`` is True.
    """
    if _has_neg(verb):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and verb.head.head.lower_ == "far":
        return True
    return any(g.lemma_.lower() in _NEGATING_VERBS or _has_neg(g) for g in _complemented(verb))


def _has_neg(verb: Token) -> bool:
    """'not', 'never', or an adverb that all but denies ("China has seldom condemned Russia")."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATING_ADVERBS) for c in verb.children)


def _complemented(verb: Token) -> Iterator[Token]:
    """Verbs that take ``verb`` as a complement ('refused to condemn'), nearest first."""
    return _verbs_above(verb, _COMPLEMENT)


def modality(verb: Token, sentence: SpacySpan) -> str:
    """asserted, reported, hypothetical, future or denied, from the verb and its governors.

    Example: in "Iran will attack Iraq", ``modality(attack, sentence)`` is ``"future"``.
    """
    chain = _mood_chain(verb)
    aux = {c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")
           and not (c.lower_ in _ABILITY_AUX and v.lemma_.lower() in _PERCEPTION_VERBS)}
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


def _mood_chain(verb: Token) -> list[Token]:
    """The verb and its governors, up to a finite clause of reason or concession, which keeps its
    own mood: in "we can hear gunfire as militants are fighting" the fighting is asserted."""
    chain = [verb]
    token = verb
    for governor in governors(verb):
        if _is_factual_clause(token):
            break
        chain.append(governor)
        token = governor
    return chain


def _is_factual_clause(clause: Token) -> bool:
    """An adverbial clause with its own subject opened by 'as', 'because', 'while' ..."""
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and any(
        c.dep_ == "mark" and c.lower_ in _FACTUAL_MARKS for c in clause.children)


def _is_reported(chain: list[Token], sentence: SpacySpan) -> bool:
    if any(c.lower_ in _REPORTING_ADVERBS for v in chain for c in v.children):
        return True
    return "according to" in sentence.text.lower()


__all__ = ["governors", "is_denial", "is_negated", "modality"]
