"""How the actor stage codes a person ("Foreign Minister Qin Gang", "the spokesman", "she"): the
mixin :class:`People` of the stage's resolver.

A named person is, in this order: the person met before under that name (a passport after a
known person, or "a British national" after any placed one, changes nothing); else the
dictionary's or the title's person, then whom the text says they work for
(:class:`~dyads.stages.affiliation.Affiliation`), the one person described just before as
subject, a ministry the story named, or the state the story is about
(:meth:`~dyads.stages.story_context.StoryContext.home_person`). A definite title alone ("the
spokesman") and a personal pronoun mean the person the story's memory
(:class:`~dyads.stages.coref.StoryMemory`) finds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from dyads.actor_dictionary import KnownActor
from dyads.records import Actor
from dyads.stages import ActorMention
from dyads.stages.affiliation import role_sectors, state_code
from dyads.stages.coref import gender_of, is_subject
from dyads.stages.titles import FORMER_WORDS, NameHit, compound_word, is_role, sectors_of


_CITIZEN_NOUNS = frozenset({"national", "citizen", "passport"})  # "a British national": a passport


def slug(name: str) -> str:
    """An id's words: lowercase, runs of other characters as one hyphen ("Qin Gang" -> "qin-gang")."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class People:
    """The person rules, mixed into the actor stage's resolver: they read its story state
    (``tokens``, ``on``, ``hit_at``, ``people_at``, ``unnamed``, ``memory``, ``context``) and use its
    ``_affiliated``, ``_ministry_member`` and ``_text``."""

    def _person(self, head: Token, tokens: list[Token], name: list[Token],
                known: tuple[int, int, KnownActor] | None, hit: NameHit | None,
                sectors: tuple[str, ...]) -> Actor:
        text, start, end = self._text(tokens)
        words = [t.text for t in name]
        if name[0].i in self.people_at:  # the same name seen from another head of the phrase
            return replace(self.people_at[name[0].i], text=text, start=start, end=end)
        met = self.memory.named(words)
        if met is not None and (hit is None or hit.entry.code == met.code or _passport_of_known(hit, met, tokens)):
            actor = replace(met, text=text, start=start, end=end, resolved_by="coreference",
                            sector=met.sector or sectors)
        else:
            if hit is not None and self._former_international(tokens, hit, known):
                hit, sectors = None, ("ELI",)  # now what the dictionary says, out of office
            actor = self._new_person(text, start, end, words, known, hit, sectors)
            if actor.code is None:
                actor = self._affiliated(actor, head, tokens, name)
            if actor.code is None and len(tokens) == len(name):
                actor = self._named_description(actor, head)
            actor = self.context.home_person(self._ministry_member(actor), head)
        self.memory.remember(actor, words, head, gender_of(tokens), self._title_word(head, tokens, name))
        self.people_at[name[0].i] = actor
        return actor

    def _run_into(self, hit: NameHit, name: list[Token]) -> bool:
        """A name right after a state's or organisation's name with nothing but punctuation
        between is no title: a list or a heading run into the sentence ("anti-China, Ishiba, a
        former defense minister"; "Asian NATO Ishiba's call"), where "Russia's Putin" and
        "NATO chief X" are titles."""
        if hit.last > name[0].i or is_role(self.tokens[hit.last - 1]):
            return False  # "NATO Secretary General Mark Rutte": the alias holds the title
        return all(t.is_punct for t in self.tokens[hit.last:name[0].i])

    def _former_international(self, tokens: list[Token], hit: NameHit,
                              known: tuple[int, int, KnownActor] | None) -> bool:
        """A known person with an international office held no longer ("former NATO Secretary
        General X"): coded by the dictionary's role on the story date, not by the organisation."""
        if hit.entry.country is not None or known is None or not any(t.lower_ in FORMER_WORDS for t in tokens):
            return False
        role = known[2].role_on(self.on)
        return role is not None and bool(role.country)

    def _title_word(self, head: Token, tokens: list[Token], name: list[Token]) -> str | None:
        """The word of the title a person is introduced with: the noun before the name
        ("Army spokesman Hamid Ali") or heading an apposition ("Hamid Ali, head of ...")."""
        before = name[0].i - 1
        if before >= 0 and before in {t.i for t in tokens}:
            token = self.tokens[before]
            state = token.i in self.hit_at and self.hit_at[token.i].entry.country is not None
            if token.pos_ in ("NOUN", "PROPN") and not state and is_role(token):
                return compound_word(token)
        for child in name[-1].children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and is_role(child):
                return compound_word(child)
        return None

    def _titled(self, head: Token, tokens: list[Token]) -> Actor | None:
        """'the spokesman', 'the secretary-general': the person last introduced with that
        title word (a definite singular title noun alone)."""
        if head.tag_ != "NN" or tokens[-1].i != head.i:
            return None
        if not any(c.lower_ == "the" and c.dep_ == "det" for t in tokens for c in t.children):
            return None
        if any(t.pos_ not in ("DET", "ADJ", "NOUN", "PUNCT") for t in tokens):
            return None
        modifiers = [t.lower_ for t in tokens if t.i < head.i and (t.pos_ == "NOUN" or sectors_of(t))]
        met = self.memory.titled(compound_word(head), head.i, modifiers)
        if met is None:
            return None
        text, start, end = self._text(tokens)
        actor = replace(met, text=text, start=start, end=end, resolved_by="coreference")
        self.memory.remember(actor, (), head, None)
        return actor

    def _new_person(self, text: str, start: int, end: int, words: list[str],
                    known: tuple[int, int, KnownActor] | None, hit: NameHit | None,
                    sectors: tuple[str, ...]) -> Actor:
        person = known[2] if known is not None else None
        role = person.role_on(self.on) if person is not None else None
        agrees = role is not None and (hit is None or hit.entry.code == role.country)
        if hit is not None:
            code, country = hit.entry.code, hit.entry.country
            sector = sectors or ((role.sector,) if agrees and role else ())
        elif agrees and role is not None and person is not None:
            code, country = role.country, state_code(role.country)
            sector = sectors or role_sectors(role)
        else:
            code, country, sector = None, None, sectors
        if agrees and person is not None:
            name, actor_id = person.name, person.actor_id
        else:
            name, actor_id = " ".join(words), f"person:{slug(' '.join(words))}"
        resolved_by = "title" if hit is not None else "dictionary" if agrees else "name"
        return Actor(text=text, start=start, end=end, name=name, code=code, country=country,
                     sector=sector, id=actor_id, resolved_by=resolved_by)

    def _named_description(self, actor: Actor, head: Token) -> Actor:
        """A bare new name as subject just after a description of one person as subject
        ("China's U.N. ambassador told reporters ... Fu Cong blamed"): that person."""
        if not is_subject(head) or not self.unnamed or head.dep_ == "conj" or any(
                c.dep_ == "conj" for c in head.children):
            return actor  # "X and Y said": a pair is not the one person described
        at, described = self.unnamed[-1]
        own = {t.i for t in self.tokens[at].subtree}  # "a spokesman for President X": X is not between
        if self.memory.sentences_apart(at, head.i) > 1 or any(at < i < head.i and i not in own for i in self.people_at):
            return actor
        self.unnamed.pop()
        return replace(actor, code=described.code, country=described.country,
                       sector=described.sector, resolved_by="coreference")

    def pronoun(self, head: Token) -> ActorMention | None:
        """The person a personal pronoun means, if the story has met one that fits."""
        found = self.memory.antecedent(head)
        if found is None:
            return None
        actor = replace(found, text=head.text, start=head.idx, end=head.idx + len(head.text),
                        resolved_by="coreference")
        self.memory.remember(actor, (), head, None)
        return ActorMention(actor, head.i, head.i + 1, head.i)


def _passport_of_known(hit: NameHit, met: Actor, tokens: list[Token]) -> bool:
    """A demonym describing a person the dictionary already placed, or any placed person it
    calls a national or citizen, is a passport, not whom they act for ("Hong Kong media tycoon
    Jimmy Lai ... Lai, a 77-year-old British national": still Hong Kong's)."""
    if hit.entry.kind != "demonym" or met.code is None:
        return False
    return met.resolved_by == "dictionary" or any(t.lemma_.lower() in _CITIZEN_NOUNS for t in tokens)


__all__ = ["People", "slug"]
