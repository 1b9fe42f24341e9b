"""Whom a person acts for when their title names no state.

A person the dictionary does not know and whose title names no state ("Mahad Wasuge, the
executive director of ...") takes the code of what the text puts around the name
(:class:`Affiliation`, mixed into the actor stage's resolver), by the first of these that applies:

* a known organisation or person in the title ("Taliban spokesperson X": AFG; "Guterres'
  spokesman, X": UN; but not "X, a critic of Putin");
* the organisation described before that owns the title ("the court's president, X") or the
  coded group the person is named as one of ("three members of the U.S. Senate — W, X and Y",
  "including X", "such as X");
* the organisation the person works at, for or with: an international one ("the director at
  Human Rights Watch": HRW), a known one ("a fellow at the Brookings Institution": USA EDU),
  else one named after its town ("a professor at Kyoto University": JPN);
* a state the person or an apposition is said to be of, at or in ("X of the Foreign Policy
  Institute, a think tank in Ankara": TUR), never where the person lives ("an ethnic Uyghur
  living in Australia");
* what the person is said to be ("Y is a Chinese businessman in Austria": CHN).

A state named as an expert's field ("an Iran analyst", "the Japan chair", "a North Korean expert")
is not the expert's state (:meth:`Affiliation._field_of_study`), nor is a state naming a war
("a Vietnam War veteran") the veteran's (:meth:`Affiliation._names_war`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from dyads import knowledge
from dyads.actor_dictionary import Role
from dyads.gazetteer import resolve_place
from dyads.records import Actor, is_person
from dyads.stages.titles import BODY_TITLES, PERSON_TITLES, NameHit, is_role, phrase_tokens

UNKNOWN_SECTOR = ("UNK",)
# Prepositions that place an agent in a country: "rebels in", "Albanians of", "refugees from",
# "regions across Indonesia", "a professor at ... in Scotland".
LOCATING_PREPS = frozenset({"in", "of", "from", "throughout", "inside", "across", "at"})
# Nouns of a relation whose owner is the other side: "the United States' partners".
RELATIONAL_NOUNS = frozenset({"partner", "ally", "neighbour", "neighbor", "rival", "adversary",
                              "enemy", "foe", "critic", "opponent"})
# Prepositions after a person's role that name the organisation they work for, and the
# places and bodies that place a person ("a fellow with the Singapore Institute").
EMPLOYER_PREPS = frozenset({"at", "of", "for", "with"})
WORKPLACE_PREPS = LOCATING_PREPS | EMPLOYER_PREPS
# Prepositions that name a member of the group before them: "members of the Senate, including X".
_MEMBER_OF_GROUP_PREPS = frozenset({"including", "as", "like"})
# Verbs whose subject works where their "at" or "for" phrase says: "X teaches at Y".
# A town the tagger did not mark as a place counts after "in" or "from" only when this large.
_UNTAGGED_TOWN_MIN_POPULATION = 100_000
_WORK_VERBS = frozenset({"work", "teach", "lecture", "serve", "research", "study"})
_WORKPLACE_PREPS = frozenset({"at", "for", "with"})  # not "of": "studies the history of Russia"
# Nouns of experts whose state modifier is their field ("an Iran analyst", "a China hand"), and
# those of them for which a demonym is the field too ("a North Korean expert").
_EXPERT_NOUNS = frozenset({"analyst", "expert", "specialist", "scholar", "chair", "researcher", "fellow",
                           "watcher", "observer", "correspondent", "historian", "economist", "hand"})
_FIELD_DEMONYM_NOUNS = frozenset({"expert", "specialist", "watcher", "hand", "chair"})
# Nouns a state's name can head the name of without acting: "a Vietnam War veteran", "the Gulf War".
_NAMED_AFTER_STATE_NOUNS = frozenset({"war"})
# Words for the kind of a place, after its name: "Ghazni province", "Lamu County".
_DIVISION_WORDS = frozenset({"province", "county", "district", "region", "state", "city", "governorate",
                             "prefecture", "municipality"})
# Where a person lives is not whom they act for: "an ethnic Uyghur living in Australia".
RESIDING_WORDS = frozenset({"living", "residing"})
# Modifiers of a role held away from the body's seat ("a nonresident fellow").
_NONRESIDENT_WORDS = frozenset({"nonresident", "non-resident"})
# Verbs of leaving a country under threat: "fled Syria", "driven from Somalia" (a refugee's origin).
_FLEEING_VERBS = frozenset({"flee", "escape", "drive", "displace", "uproot", "force"})
_FLED_OBJECT_VERBS = frozenset({"flee", "escape"})  # "fled Syria"; the others only as "driven from"
_OWN_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "conj"})


class Affiliation:
    """The affiliation rules, mixed into the actor stage's resolver: they read its story state
    (``doc``, ``on``, ``known_at``, ``town_at``, ``actor_at``, ``context``) and use its
    ``_country_hit``, ``_located_hit``, ``_inner_state`` and ``_text``."""

    def _affiliated(self, actor: Actor, head: Token, tokens: list[Token], name: list[Token]) -> Actor:
        """A person with no state in the title nor a known role takes the state or body they
        work for: a known organisation or person in the title ("Taliban spokesperson X",
        "Guterres' spokesman, X"), else a state the person or an apposition is said to be of,
        at or in ("X of the Foreign Policy Institute, a think tank in Ankara")."""
        first, last = name[0].i, name[-1].i
        for token in tokens:
            known = self.known_at.get(token.i)
            if known is None or known[0] <= last and first < known[1]:
                continue
            if not _gives_title(self.doc[known[0]:known[1]].root):
                continue  # "X, a critic of Putin" does not work for Putin
            role = known[2].role_on(self.on)
            if role is not None and role.country:
                sector = actor.sector if actor.sector not in ((), UNKNOWN_SECTOR) else role_sectors(role)
                return replace(actor, code=role.country, country=state_code(role.country),
                               sector=sector, resolved_by="affiliation")
        owner = self._owning_organisation(tokens, name) or self._including_group(name[-1]) \
            or self._compound_owner(tokens, first)
        if owner is not None:
            return replace(actor, code=owner.code, country=owner.country, sector=actor.sector or owner.sector,
                           resolved_by="affiliation")
        employer = self._employer(name[-1])
        if employer is not None:
            code, sector = employer
            return replace(actor, code=code, country=state_code(code), sector=sector or actor.sector,
                           resolved_by="affiliation")
        hit = self._located_hit(name[-1], follow_appos=True)
        if hit is None and head.i != name[-1].i:
            hit = self._located_hit(head, follow_appos=True)
        if hit is None and name[-1].dep_ == "nsubj" and name[-1].head.lemma_.lower() in _WORK_VERBS:
            hit = self._workplace(name[-1].head)  # "X teaches politics at the University of Somalia"
        code = hit.entry.code if hit is not None else self._located_town(name[-1]) or self._title_town(tokens, first)
        if code is None and (described := _copular_description(name[-1])) is not None:
            code = self._described_as(described)
        if code is None:
            code = self._fled_from(name[-1])
        if code is None:
            return actor
        return replace(actor, code=code, country=state_code(code), resolved_by="affiliation")

    def _fled_from(self, name_last: Token) -> str | None:
        """The state a person fled or was driven from ("X, who fled Syria", "X was among the first
        refugees to arrive, driven from Somalia by war"): a refugee's country of origin."""
        for verb in _own_clauses(name_last):
            lemma = verb.lemma_.lower()
            if lemma not in _FLEEING_VERBS or lemma not in _FLED_OBJECT_VERBS and verb.tag_ != "VBN":
                continue  # "driven from Somalia", not "drove from Canada"
            places = [c for c in verb.children if c.dep_ == "dobj" and lemma in _FLED_OBJECT_VERBS]
            places += _objects([verb], frozenset({"from"}), depth=1)
            for place in places:
                hit = self._country_hit(place, phrase_tokens(place))
                if hit is not None and hit.entry.country is not None:
                    return hit.entry.code
        return None

    def _compound_owner(self, tokens: list[Token], first: int) -> Actor | None:
        """The coded actor named before the title ("an Iberdrola spokesman, X" after Iberdrola
        was placed in Spain), or the coded body owning it ("WindEurope's CEO X"; but a person's
        possessive names a client or a boss: "Mhlanga's lawyer X")."""
        for token in (t for t in tokens if t.i < first and t.dep_ in ("compound", "poss")):
            owner = self.actor_at.get(token.i)
            if owner is not None and owner.code is not None and (token.dep_ == "compound" or not is_person(owner)):
                return owner
        return None

    def _workplace(self, verb: Token) -> NameHit | None:
        """The state of the place a working verb's 'at', 'for' or 'with' phrase names."""
        for prep in verb.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in _WORKPLACE_PREPS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                hit = self._country_hit(pobj, phrase_tokens(pobj)) or self._located_hit(pobj, 2, True)
                if hit is not None and hit.entry.country is not None:
                    return hit
        return None

    def _described_as(self, description: Token) -> str | None:
        """The state or body of a person's description ("a Chinese businessman in Austria",
        "the executive director of the Mogadishu-based group")."""
        hit = self._country_hit(description, phrase_tokens(description)) \
            or self._located_hit(description, follow_appos=True)
        return hit.entry.code if hit is not None else self._located_town(description)

    def _field_of_study(self, hit: NameHit) -> bool:
        """A state named as what an expert studies, not where they are from: a state's name
        before an expert's noun ("an Iran analyst", "the Japan chair"), or its demonym before
        one that is never a nationality ("a North Korean expert")."""
        noun = self.doc[hit.last - 1].head
        if noun.lemma_.lower() not in _EXPERT_NOUNS or noun.i < hit.last:
            return False
        return hit.entry.kind != "demonym" or noun.lemma_.lower() in _FIELD_DEMONYM_NOUNS

    def _names_war(self, hit: NameHit) -> bool:
        """A state named as the war a person fought or lived through ("a Vietnam War veteran",
        "Korean War refugee X"): the war's name, not whom the person acts for."""
        after = self.doc[hit.last] if hit.last < len(self.doc) else None
        return after is not None and after.lemma_.lower() in _NAMED_AFTER_STATE_NOUNS

    def _including_group(self, name_last: Token) -> Actor | None:
        """The coded group a person is named as one of ("three members of the U.S. Senate,
        including X"; "opposition lawmakers such as X"; "three senators — W, X and Y —")."""
        first = name_last
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "appos":
            group = self.actor_at.get(first.head.i)
        elif first.dep_ == "pobj" and first.head.lower_ in _MEMBER_OF_GROUP_PREPS:
            group = self.actor_at.get(first.head.head.i)
        else:
            return None
        if group is None or group.code is None or is_person(group):
            return None
        return group

    def _owning_organisation(self, tokens: list[Token], name: list[Token]) -> Actor | None:
        """The organisation described before that owns the title ("the court's president, X")."""
        for token in tokens:
            if token.dep_ == "poss" and token.pos_ == "NOUN" and not name[0].i <= token.i <= name[-1].i:
                return self.context.organisation(token, [token], self._text([token]))
        return None

    def _employer(self, name_last: Token) -> tuple[str, tuple[str, ...]] | None:
        """The code and sector of the organisation a person works at, for or with, by a role
        apposition or the name itself: an international one ("X, the associate director at Human
        Rights Watch"), a known one ("director of the Korea program at the Stimson Center"), else
        one named after its town ("a professor at Kyoto University")."""
        roles = [c for c in name_last.children if c.dep_ == "appos" and is_role(c)
                 and c.lemma_.lower() not in RELATIONAL_NOUNS]
        heads = [name_last, *(r for role in roles for r in _resident_roles(role))]
        places = _objects(heads, EMPLOYER_PREPS)
        for pobj in places:
            tokens = phrase_tokens(pobj)
            hit = self._country_hit(pobj, tokens)
            if hit is not None and hit.entry.country is None:
                return hit.entry.code, hit.entry.sector
            known = next((self.known_at[t.i] for t in tokens if t.i in self.known_at), None)
            role = known[2].role_on(self.on) if known is not None else None
            if role is not None and state_code(role.country) is not None and known[2].actor_id.startswith("org:"):
                return role.country, role_sectors(role)
        for pobj in places:
            inner = self._inner_state(pobj, phrase_tokens(pobj))
            if inner is not None:
                return inner[0], ()
        return self._known_body_in(heads[1:])

    def _known_body_in(self, roles: Sequence[Token]) -> tuple[str, tuple[str, ...]] | None:
        """The state of the one known organisation a role apposition names anywhere, however
        deep the parser hangs it ("X, a lecturer focusing on Japanese policy at Stanford
        University")."""
        bodies = {}
        for token in (t for role in roles for t in role.subtree if t.i in self.known_at):
            known = self.known_at[token.i]
            role = known[2].role_on(self.on)
            if role is not None and known[2].actor_id.startswith("org:") and state_code(role.country) is not None:
                bodies[known[2].actor_id] = (role.country, role_sectors(role))
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _title_town(self, tokens: list[Token], first: int) -> str | None:
        """The state of a town or county named in the title before the name ("Lamu County
        Commissioner X", "the Ghazni provincial head, X"), or the town a body in the title is
        named after ("University of Melbourne professor X")."""
        towns = {id(self.town_at[t.i]): self.town_at[t.i] for t in tokens if t.i < first and t.i in self.town_at}
        code = next(filter(None, (entity_state(town) for town in towns.values())), None)
        named_after = (t for t in tokens if t.i < first and t.dep_ == "pobj" and t.head.lower_ == "of")
        return code or next(filter(None, map(untagged_town_state, named_after)), None)

    def _located_town(self, head: Token) -> str | None:
        """The state of a town or US state a person is said to be of or at ("X of Istanbul's ...
        University", "an expert at the X Institute of Studies in California"), directly or
        through an apposition ("X, a lecturer in Izmir"), or at the body they work with or for
        ("X, managing director with Y Brokerage in Ho Chi Minh City")."""
        heads = [head, *(c for c in head.children if c.dep_ == "appos" and c.lower_ not in RESIDING_WORDS)]
        for pobj in _objects(heads, WORKPLACE_PREPS, depth=3):
            for town in (self.town_at[t.i] for t in phrase_tokens(pobj) if t.i in self.town_at):
                code = entity_state(town)
                if code is not None:
                    return code
            code = untagged_town_state(pobj)  # "a firefighter from Edmonton", tagged as no place
            if code is not None:
                return code
        return None


def _resident_roles(role: Token) -> list[Token]:
    """A role and its conjoined roles, a nonresident one left out when another remains: "X, a
    nonresident fellow at the Atlantic Council and a professor at Tokyo International
    University" works in Tokyo."""
    roles = [role, *(c for c in role.conjuncts if is_role(c))]
    resident = [r for r in roles if not any(c.lower_ in _NONRESIDENT_WORDS for c in r.lefts)]
    return resident or roles


def _objects(heads: Sequence[Token], preps: frozenset[str], depth: int = 2) -> list[Token]:
    """The objects of these prepositions after the heads, and after those objects in turn,
    ``depth`` links down ("director of the Korea program at the Stimson Center": program, Center;
    "an expert at the X Institute of Studies in California": Institute, Studies, California)."""
    found: list[Token] = []
    level = list(heads)
    for _ in range(depth):
        level = [g for h in level for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                 for g in p.children if g.dep_ == "pobj"]
        found.extend(level)
    return found


def _own_clauses(name_last: Token) -> list[Token]:
    """The verbs that say what a named person did: its relative clauses, and the verb it is the
    subject of with that verb's participle and infinitive clauses, two levels down."""
    verbs = [c for c in name_last.children if c.dep_ == "relcl"]
    if name_last.dep_ in ("nsubj", "nsubjpass"):
        clauses = [c for c in name_last.head.children if c.dep_ in _OWN_CLAUSE_DEPS]
        verbs += [name_last.head, *clauses, *(g for c in clauses for g in c.children if g.dep_ in _OWN_CLAUSE_DEPS)]
    return verbs


def _copular_description(subject: Token) -> Token | None:
    """The noun a name is said to be: "Mahad Wasuge is the executive director of ..." -> director."""
    if subject.dep_ != "nsubj" or subject.head.lemma_ != "be":
        return None
    return next((c for c in subject.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def _gives_title(root: Token) -> bool:
    """A body or person in a person's phrase gives the title ("Taliban spokesperson",
    "Guterres' spokesman", "head of the agency"), unless it is the object of a word that is
    no title ("a critic of Putin")."""
    if root.dep_ != "pobj":
        return True
    holder = root.head.head
    return root.head.lower_ == "of" and (holder.lower_ in BODY_TITLES or holder.lower_ in PERSON_TITLES)


def entity_state(entity: Span) -> str | None:
    """The state of a place entity the gazetteer knows, by its words without determiners, else
    without the word for its kind ("Ghazni province", "Lamu County" are Ghazni's and Lamu's)."""
    words = [t for t in entity if t.pos_ != "DET"]
    for candidate in (words, [t for t in words if t.lower_ not in _DIVISION_WORDS]):
        place = resolve_place(" ".join(t.text for t in candidate)) if candidate else None
        if place is not None and state_code(place.country) is not None:
            return place.country
    return None


def untagged_town_state(token: Token) -> str | None:
    """The state of a sizeable town named by a capitalised proper noun the tagger did not mark as
    a place ("a firefighter from Edmonton"): small namesakes are more likely other names."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or any(c.dep_ == "compound" for c in token.children):
        return None
    place = resolve_place(token.text)
    if place is None or (place.population or 0) < _UNTAGGED_TOWN_MIN_POPULATION:
        return None
    return state_code(place.country)


def state_code(code: str | None) -> str | None:
    """The code as a state's ISO3, or None for an organisation's code."""
    return code if code is not None and code in _state_codes() else None


@functools.cache
def _state_codes() -> frozenset[str]:
    return frozenset(alias.iso3 for alias in knowledge.country_aliases().values())


def role_sectors(role: Role) -> tuple[str, ...]:
    return (role.sector,) if role.sector else ()


__all__ = ["EMPLOYER_PREPS", "LOCATING_PREPS", "RELATIONAL_NOUNS", "RESIDING_WORDS", "UNKNOWN_SECTOR",
           "WORKPLACE_PREPS", "Affiliation", "entity_state", "role_sectors", "state_code", "untagged_town_state"]
