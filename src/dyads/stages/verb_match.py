"""Match a verb in the parse against the verb lexicon (CAMEO.2.0 patterns plus our extras).

A lexicon pattern lists words that must occur among the verb's arguments: ``(prep noun)``
for prepositional phrases, ``{modifier head}`` for noun phrases, ``a/b`` for alternatives,
``&name`` for a synonym set, and ``pre * post`` for words before the verb (its subject side).
``$``, ``+``, ``^`` and ``%`` mark where PETRARCH puts the source, the target, skipped words
and compounds; they constrain order, which a dependency parse already gives, so they are
dropped. Patterns are compiled once per pattern text, never per token.

A verb is looked up by its lemma; where the model's lemmatizer misreads an inflection
("hopes" -> 'hop', "relaunched" -> 'relaunche') and its lemma is no lexicon key, by the base
form the regular English rules give (:func:`dyads.nlp.lexicon_lemma`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from dyads import knowledge
from dyads.nlp import lexicon_lemma
from dyads.stages.arguments import gapped_object, is_for_clause, is_misparsed_particle

# A requirement is satisfied when one of its alternatives (a tuple of words) is all present.
Requirement = tuple[tuple[str, ...], ...]
# Argument links whose words a pattern may name: objects, particles, preps, complements.
_ARGUMENT_DEPS = frozenset({"dobj", "prep", "prt", "attr", "xcomp", "dative", "pobj", "acomp",
                            "oprd"})
# The passive subject is the active verb's object ("troops were deployed": ``deploy &military``);
# only its head and modifiers count, its own phrases ("a camp for refugees") are no prepositions of the verb.
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Clauses inside an argument are other events ("announced a plan that ends the ceasefire"),
# so their words must not complete this verb's pattern.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "appos"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_INDEFINITE = frozenset({"a", "an"})
_MARKERS = re.compile(r"[(){}$+^%]")


@dataclass(frozen=True)
class VerbMatch:
    """A lexicon entry matched at a verb, with the words that triggered it."""

    entry: knowledge.VerbEntry
    tokens: tuple[Token, ...]
    specificity: int


@dataclass(frozen=True)
class CompiledPattern:
    """A pattern as word requirements on the subject side (``pre``) and the argument side."""

    pre: tuple[Requirement, ...]
    post: tuple[Requirement, ...]

    @property
    def size(self) -> int:
        """How many words the pattern requires: more words, a more specific reading."""
        return len(self.pre) + len(self.post)


@functools.cache
def compile_pattern(pattern: str) -> CompiledPattern:
    """``"&aircraft * attack (on)"`` -> requirements before and after the verb."""
    pre_text, star, post_text = pattern.partition("*")
    if not star:
        pre_text, post_text = "", pattern
    return CompiledPattern(_requirements(pre_text), _requirements(post_text))


def _requirements(text: str) -> tuple[Requirement, ...]:
    words = _MARKERS.sub(" ", text).split()
    return tuple(req for req in (_alternatives(w) for w in words) if req)


def _alternatives(word: str) -> Requirement:
    """'a/b' -> either word; '&set' -> any phrase of the synonym set (each phrase all words)."""
    options: list[tuple[str, ...]] = []
    for part in word.split("/"):
        if part.startswith("&"):
            options.extend(tuple(p.lower().split()) for p in knowledge.verb_synsets().get(part, ()))
        elif part:
            options.append((part,))
    return tuple(o for o in options if o)


def _lexicon_keys(verb: Token) -> Iterator[tuple[str, tuple[Token, ...]]]:
    """Multiword keys first ('call on'), then the bare lemma.

    A preposition joins the verb only right after it: "talked about the scenario over dinner"
    is no 'talk over'; a particle may stand after the object ("pulled its troops out").
    """
    lemma = verb_lemma(verb)
    for child in verb.children:
        if (child.dep_ == "prt" and child.i > verb.i) or (child.dep_ == "prep" and child.i == verb.i + 1) \
                or is_misparsed_particle(verb, child):
            yield f"{lemma} {child.lower_}", (verb, child)
    yield lemma, (verb,)


def verb_lemma(verb: Token) -> str:
    """The verb's lemma as the verb lexicon knows it (:func:`dyads.nlp.lexicon_lemma`)."""
    return lexicon_lemma(verb, knowledge.verb_lexicon())


def _words(tokens: Iterator[Token]) -> frozenset[str]:
    words: set[str] = set()
    for token in tokens:
        words.update((token.lower_, token.lemma_.lower()))
    return frozenset(words)


def _phrase(token: Token) -> Iterator[Token]:
    """The token and its dependents, leaving out embedded clauses and infinitive markers.

    An infinitive's 'to' is no preposition: "welcomed the statement ... for a settlement to be
    reached" does not fit ``welcome (to)`` (host a visitor).
    """
    yield token
    for child in token.children:
        if child.dep_ not in _CLAUSE_DEPS and not (child.dep_ == "aux" and child.tag_ == "TO"):
            yield from _phrase(child)


def argument_words(verb: Token) -> frozenset[str]:
    """Forms and lemmas of the words in the verb's objects, preps and complements.

    A 'for X to do Y' clause is a complement too, though spaCy attaches it as an adverbial
    clause: "called for the Taliban to lift the ban" fits the pattern ``(for)``; so is the noun a
    relative clause acts on ("the claims, which Moscow denied").
    """
    words = _words(t for c in verb.children if (c.dep_ in _ARGUMENT_DEPS and not _is_time_phrase(c))
                   or is_for_clause(c) for t in _phrase(c))
    words |= _words(t for c in verb.children if c.dep_ == "nsubjpass" for t in _passive_object(c))
    words |= _words(t for c in object_complements(verb) for t in _phrase(c))
    gap = gapped_object(verb)  # "a charge New Delhi rejected" fits ``reject charge``
    return words | _words(iter([gap])) if gap is not None else words


def object_complements(verb: Token) -> list[Token]:
    """An indefinite noun phrase set after the verb's object, which spaCy parses as an apposition:
    "designated BLA a terrorist group" names what the object is made (an object complement), so
    its words complete the verb's pattern (``designate terrorist``) as "designated BLA as ..." does."""
    return [a for o in verb.children if o.dep_ == "dobj" for a in o.children
            if a.dep_ == "appos" and a.i > o.i and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in a.children)]


def _is_time_phrase(child: Token) -> bool:
    """'headed the mission for the past two years': a 'for' phrase of duration is no argument, so
    it cannot complete a pattern such as ``head (for)`` (travel)."""
    return child.dep_ == "prep" and child.lower_ == "for" and any(
        g.dep_ == "pobj" and g.ent_type_ in _TIME_ENTITIES for g in child.children)


def _passive_object(subject: Token) -> Iterator[Token]:
    """A passive subject's head and its modifiers ("riot police", "Russian troops")."""
    yield subject
    yield from (c for c in subject.children if c.dep_ in _NOUN_MODIFIER_DEPS)


def subject_words(verb: Token) -> frozenset[str]:
    """Forms and lemmas of the words left of the verb in its own clause (subject side)."""
    return _words(t for c in verb.lefts if c.dep_ not in _CLAUSE_DEPS for t in _phrase(c))


def _satisfied(requirements: tuple[Requirement, ...], words: frozenset[str]) -> bool:
    return all(any(all(w in words for w in option) for option in req) for req in requirements)


class _Context:
    """The argument and subject words of one verb, computed only if a pattern needs them."""

    def __init__(self, verb: Token):
        self.verb = verb

    @functools.cached_property
    def post(self) -> frozenset[str]:
        return argument_words(self.verb)

    @functools.cached_property
    def pre(self) -> frozenset[str]:
        return subject_words(self.verb)

    def fits(self, compiled: CompiledPattern) -> bool:
        return _satisfied(compiled.post, self.post) and _satisfied(compiled.pre, self.pre)


@functools.cache
def _ranked(key: str) -> tuple[tuple[knowledge.VerbEntry, CompiledPattern], ...]:
    """A lexicon key's usable entries, most pattern words first (file order within a size)."""
    usable = [(entry, compile_pattern(entry.pattern)) for entry in knowledge.verb_lexicon().get(key, ())
              if not entry.reverse]
    # a pattern of markers only ('+') says nothing we can check
    usable = [(entry, compiled) for entry, compiled in usable if compiled.size or not entry.pattern]
    return tuple(sorted(usable, key=lambda pair: -pair[1].size))


def _best(key: str, tokens: tuple[Token, ...], context: _Context) -> VerbMatch | None:
    """The entry with the most satisfied pattern words; the default (no pattern) scores 0."""
    for entry, compiled in _ranked(key):
        if compiled.size == 0 or context.fits(compiled):
            return VerbMatch(entry, tokens, compiled.size)
    return None


def match_verb(verb: Token) -> VerbMatch | None:
    """The most specific lexicon entry whose pattern fits this verb, or its default.

    Args:
        verb: a token of a parsed sentence, normally a VERB.

    Returns:
        The match, or None when neither a multiword key ('call on') nor the lemma is in the
        lexicon, or only patterns that do not fit are.

    Example: in "Iran launched an attack on Iraq", ``match_verb(launched).entry.plover_type``
    is ``"ASSAULT"`` (pattern ``attack``), not the verb's default.
    """
    context = _Context(verb)
    for key, tokens in _lexicon_keys(verb):
        best = _best(key, tokens, context)
        if best is not None:
            return best
    return None


__all__ = ["CompiledPattern", "VerbMatch", "argument_words", "compile_pattern", "match_verb",
           "object_complements", "subject_words", "verb_lemma"]
