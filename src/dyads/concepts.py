"""Canonical concepts: one name and one id for every mention of the same stance target.

A concept is named by three features read from the noun phrase, all normalised through the
stance lexicon (``dyads/data/stance_lexicon.tsv``):

- **owner**: whose it is, as the actor code in lower case: a possessor ("China's",
  "Beijing's" -> ``chn``), a country or organisation modifier ("the Chinese plan", "the EU
  plan"), or the subject of an authoring verb for a newly introduced plan ("The Chinese
  government announced a 12-point plan");
- **topics**: key modifiers mapped to their class ("peace talks", "negotiation" -> ``peace``)
  from the phrase's modifiers, its ``for/of/on/to`` phrases and the object of a purpose
  clause ("a plan to facilitate talks"); other modifiers ("12-point", "new") are ignored;
- **head**: the head noun's class ("plan", "proposal", "initiative", "offer" -> ``plan``), or
  its lemma when the lexicon has no class for it.

The name is ``owner topics head`` ("chn peace plan"), the id a hash of the name, so the same
name in any story of any database has the same id: that is the rule across stories.

Within a story a definite or possessed mention ("the plan", "his plan", "China's proposal")
takes the concept of the most recent earlier mention it is compatible with: same head class,
its topics a subset of the antecedent's, and its owner, if it names one, the same. An
indefinite mention ("a plan", "any proposal") always starts a concept of its own.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyads import knowledge
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stages.arguments import subject_tokens
from dyads.stance_lexicon import stance_lexicon

_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
# Prepositions whose object says what a plan is about: "a proposal for peace talks".
TOPIC_PREPS = frozenset({"for", "of", "on", "to", "toward", "towards"})
_WORD = re.compile(r"[\w-]+")
_POSSESSIVE = re.compile(r"'s?\b")
# Words a concept name never holds, so a query may use them freely ("the plan of China").
_QUERY_STOPWORDS = frozenset({"the", "a", "an", "of", "for", "on", "to", "its", "their"})


@dataclass(frozen=True)
class ConceptKey:
    """The features that name a concept (see the module docstring)."""

    owner: str | None
    topics: frozenset[str]
    head: str

    @property
    def name(self) -> str:
        """The readable canonical name, e.g. ``"chn peace plan"``."""
        return " ".join([*([self.owner] if self.owner else []), *sorted(self.topics), self.head])

    def refines(self, antecedent: ConceptKey) -> bool:
        """True when a mention with this key can refer to ``antecedent``."""
        return (self.head == antecedent.head and self.topics <= antecedent.topics
                and (self.owner is None or self.owner == antecedent.owner))


def actor_code_at(document: Document, token: Token) -> str | None:
    """The code of the actor mentioned at ``token``: its actor mention, else its own name.

    The name fallback reads the country and organisation tables directly, so "Beijing's" in
    a phrase the actor stage did not take as a mention still gives ``CHN``.
    """
    mention = mention_at(document, token)
    if mention is not None and mention.actor.code:
        return mention.actor.code
    return name_code(token)


def name_code(token: Token | Span) -> str | None:
    """The code of the country or organisation ``token`` (or a name of several words) names on
    its own, written as a name."""
    key = knowledge.normalise_alias(token.text)
    country = knowledge.country_aliases().get(key)
    if country is not None and _written_as_name(token.text, country.kind, country.ambiguous):
        return country.iso3
    igo = knowledge.igo_aliases().get(key)
    if igo is not None and _written_as_name(token.text, igo.kind, igo.ambiguous):
        return igo.code
    return None


def _written_as_name(surface: str, kind: str, ambiguous: bool) -> bool:
    """Abbreviations in capitals ("US", not "us"), ambiguous names capitalised."""
    if kind == "abbreviation":
        return surface.isupper()
    return surface[:1].isupper() or not ambiguous


def concept_id(name: str) -> str:
    """The stable identifier of a concept name: ``concept_id("chn peace plan")`` -> ``"c-…"``."""
    return "c-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def head_class(token: Token) -> str | None:
    """The concept class of a head noun ("proposal" -> "plan"), or None."""
    heads = stance_lexicon().heads
    return heads.get(token.lemma_.lower()) or heads.get(token.lower_)


def names_concept(token: Token) -> bool:
    """True when the word names a kind of concept of the lexicon, as a head ("accord") or a topic
    ("tariff"), even inside a name the parser tags as an organisation ("the Dairy Tariff")."""
    return head_class(token) is not None or _topic(token) is not None


def _topic(token: Token) -> str | None:
    topics = stance_lexicon().topics
    return topics.get(token.lemma_.lower()) or topics.get(token.lower_)


def _modifiers(token: Token) -> Iterator[Token]:
    """The token and its compound, adjective and noun modifiers, recursively."""
    yield token
    for child in token.children:
        if child.dep_ in _MODIFIER_DEPS:
            yield from _modifiers(child)


def _topic_tokens(head: Token) -> Iterator[Token]:
    """Tokens whose topic class is a key modifier of the phrase headed by ``head``."""
    for child in head.children:
        if child.dep_ in _MODIFIER_DEPS:
            yield from _modifiers(child)
        elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                yield from _modifiers(pobj)
        elif child.dep_ == "acl" and child.pos_ == "VERB":  # "a plan to facilitate talks"
            for obj in (g for g in child.children if g.dep_ == "dobj"):
                yield from _modifiers(obj)


def _possessor(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "poss"), None)


def is_definite(head: Token) -> bool:
    """'the plan', 'this proposal', 'his plan', "China's offer": refers back, introduces nothing."""
    return _possessor(head) is not None or any(
        c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in head.children)


class StoryConcepts:
    """The concepts of one story: keys of its mentions, resolved in text order."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._resolved: dict[int, ConceptKey] = {}
        self._order: list[int] = []
        heads = stance_lexicon().heads
        for token in document.doc:
            if token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in heads or token.lower_ in heads):
                self.resolve(token)

    def resolve(self, head: Token) -> ConceptKey:
        """The concept of the phrase headed by ``head``, after within-story coreference."""
        if head.i in self._resolved:
            return self._resolved[head.i]
        key = self.key(head)
        if is_definite(head):
            key = self._antecedent(head.i, key) or key
        self._resolved[head.i] = key
        self._order.append(head.i)
        return key

    def _antecedent(self, before: int, key: ConceptKey) -> ConceptKey | None:
        """The most recent earlier concept that ``key`` refines."""
        earlier = sorted((i for i in self._order if i < before), reverse=True)
        return next((self._resolved[i] for i in earlier if key.refines(self._resolved[i])), None)

    def key(self, head: Token) -> ConceptKey:
        """The concept features of the phrase headed by ``head``, before coreference."""
        cls = head_class(head)
        # "their Dairy Tariff" names a measure, even where the actor stage read the name as an actor
        actor = actor_code_at(self.document, head) if head.pos_ == "PROPN" and not names_concept(head) else None
        if actor is not None:  # a target that is itself an actor: "defended Israel"
            return ConceptKey(None, frozenset(), actor.lower())
        topics = frozenset(t for t in (_topic(tok) for tok in _topic_tokens(head)) if t)
        head_name = cls or head.lemma_.lower()
        return ConceptKey(self._owner(head), topics - {head_name}, head_name)

    def _owner(self, head: Token) -> str | None:
        possessor = _possessor(head)
        if possessor is not None:
            code = actor_code_at(self.document, possessor)
            return code.lower() if code else None
        for child in head.children:
            if child.dep_ in _MODIFIER_DEPS and (code := actor_code_at(self.document, child)):
                return code.lower()
        return self._author(head) if not is_definite(head) else None

    def _author(self, head: Token) -> str | None:
        """The subject of 'announced a plan', 'proposed an initiative', if an actor."""
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in stance_lexicon().authors:
            return None
        for subject in subject_tokens(verb):
            code = actor_code_at(self.document, subject)
            if code:
                return code.lower()
        return None


def query_terms(text: str) -> tuple[str, ...]:
    """The words a concept query asks for, canonicalised as concept names are.

    Synonym heads and topics map to their class, countries to their code:
    ``query_terms("China's peace proposal")`` -> ``("chn", "peace", "plan")``.
    """
    words = _WORD.findall(_POSSESSIVE.sub("", text.lower().replace("\u2019", "'")))
    words = [w for w in words if w not in _QUERY_STOPWORDS]
    terms: list[str] = []
    for i, word in enumerate(words):
        term = _query_term(word, is_head=i == len(words) - 1)
        if term not in terms:
            terms.append(term)
    return tuple(terms)


def _query_term(word: str, is_head: bool) -> str:
    """One query word as concept names write it: its class, its country code, or itself.

    The last word is read as the head ("peace talks" -> talks), the others as modifiers
    ("negotiation offer" -> peace plan), as in a noun phrase.
    """
    lexicon = stance_lexicon()
    tables = (lexicon.heads, lexicon.topics) if is_head else (lexicon.topics, lexicon.heads)
    for form in (word, word.removesuffix("s")):
        for table in tables:
            if form in table:
                return table[form]
    alias = knowledge.country_aliases().get(knowledge.normalise_alias(word))
    return alias.iso3.lower() if alias else word


__all__ = ["ConceptKey", "StoryConcepts", "TOPIC_PREPS", "actor_code_at", "concept_id", "head_class",
           "is_definite", "name_code", "names_concept", "query_terms"]
