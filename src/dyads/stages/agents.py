"""How the actor stage codes an agent phrase ("police", "its troops", "a spokesperson"): the
mixin :class:`Agents` of the stage's resolver.

An agent noun takes, in this order: the person or body a possessive pronoun means ("his
forces", "its naval base in Cuba"); the state named in or around the phrase ("rebels in
Darfur", "Shanghai police", "diplomats from the G7"); a definite description of an
organisation named before ("the bloc"); the body a spokesperson with no owner speaks for;
the coded group it is named as part of ("militants, including fighters"); for a local agent
("a local official"), the state of the place named last (``local-place+agent``); else the state
the story is about, for agents that act at home (``story-state+agent``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads import knowledge
from dyads.actor_dictionary import Role
from dyads.gazetteer import resolve_place
from dyads.records import Actor, is_person
from dyads.stages import ActorMention
from dyads.stages.affiliation import LOCATING_PREPS, entity_state, state_code, untagged_town_state
from dyads.stages.story_context import SPEECH_ACT_VERBS
from dyads.stages.titles import BODY_TITLES, NameHit, phrase_tokens, sectors_of

# A state's offices abroad, which belong to the owner's state ("his U.N. mission").
_MISSION_NOUNS = frozenset({"mission", "delegation", "embassy", "consulate"})
_SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A town named before an agent noun but not tagged as a place ("Kano State government") counts
# only when this large: a small namesake ("Union", "Liberty") is more likely a word of a name.
_TOWN_MIN_POPULATION = 1_000_000
# Gazetteer kinds of a town named as an actor, and the sector it stands for.
_TOWN_SECTORS = {"city": ("CVL",), "capital": ("GOV",)}
# Kinds of a province or region that stands, as the subject of a deed, for its government ("Bali banned").
_PROVINCE_KINDS = frozenset({"admin1", "region"})
# How a state's name or demonym modifies an agent noun ("Moroccan authorities", "U.S. officials").
STATE_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# "both leaders", "the two countries": a plural noun that points back at a pair named just before.
PAIR_WORDS = frozenset({"both", "two"})
_PAIR_PERSON_NOUNS = frozenset({"leader", "president", "minister", "premier"})
_PAIR_NOUNS = _PAIR_PERSON_NOUNS | {"country", "nation", "state", "government", "side", "force", "army", "military"}


class Agents:
    """The agent rules, mixed into the actor stage's resolver: they read its story state
    (``doc``, ``tokens``, ``on``, ``known_at``, ``place_ent_at``, ``actor_at``, ``memory``,
    ``context``) and use its ``_named``, ``_located_hit``, ``_including_group`` and ``_text``."""

    def _agent(self, head: Token, tokens: list[Token], sectors: tuple[str, ...]) -> Actor:
        text, start, end = self._text(tokens)
        owner = self._owner(head)  # "its naval base at Guantanamo Bay, Cuba": the base of its owner
        if owner is not None and owner.code is not None:
            return Actor(text=text, start=start, end=end, name=owner.name, code=owner.code,
                         country=owner.country, sector=sectors,
                         id=f"state:{owner.code}:{'-'.join(sectors)}" if owner.country else owner.id,
                         resolved_by="coreference+agent")
        hit = self._located_hit(head, follow_appos=head.lower_ in BODY_TITLES)  # "a spokesperson for X"
        if hit is not None:
            sectors = _spoken_for_sectors(self.doc, hit, sectors)
            return replace(self._named(head, tokens, hit, sectors), text=text, start=start, end=end)
        inner = self._inner_state(head, tokens)
        if inner is not None:
            code, name, body = inner
            sectors = _body_sectors(head, sectors, body)
            return Actor(text=text, start=start, end=end, name=name, code=code, country=code,
                         sector=sectors, id=f"state:{code}:{'-'.join(sectors)}",
                         resolved_by="dictionary+agent")
        described = self.context.organisation(head, tokens, (text, start, end))  # "the court", "the group"
        if described is not None:
            return described
        earlier = self.context.agents_met(head, (text, start, end))  # "the diplomats" after "diplomats from the G7"
        if earlier is not None:
            return earlier
        body = self._located_hit(head, depth=1, organisations=True)  # "diplomats from the G7"
        if body is not None:
            return replace(self._named(head, tokens, body, sectors), text=text, start=start, end=end,
                           resolved_by="affiliation+agent")
        code = self._located_body(head) or self._located_place(head)
        if code is not None:
            return Actor(text=text, start=start, end=end, name=knowledge.country_name(code), code=code,
                         country=code, sector=sectors, id=f"state:{code}:{'-'.join(sectors)}",
                         resolved_by="affiliation+agent")
        speaking_for = self._spoken_for(head)  # "the State Department told VOA ... A spokesperson said"
        if speaking_for is not None:
            return replace(speaking_for, text=text, start=start, end=end, sector=speaking_for.sector or sectors,
                           resolved_by="coreference+agent")
        group = self._including_group(head)  # "militants, including key leaders and fighters"
        if group is not None:
            return replace(group, text=text, start=start, end=end, resolved_by="affiliation+agent")
        local = self.context.local_agent(tokens, sectors, (text, start, end))  # "a local official"
        if local is not None:
            return local
        home = self.context.home_agent(tokens, sectors, (text, start, end))
        if home is not None:
            return home
        bare = Actor(text=text, start=start, end=end, name=head.lemma_.lower(), code=None,
                     country=None, sector=sectors, id=f"agent:{'-'.join(sectors).lower()}",
                     resolved_by="agent")
        return self._ministry_member(bare)

    def _ministry_member(self, actor: Actor) -> Actor:
        """An uncoded person or agent of a ministry that names no state ("foreign ministry
        spokesperson X"), of the one state whose ministry the story has named (``story-ministry``)."""
        if actor.code is not None:
            return actor
        state = self.context.ministry_state(actor.text)
        if state is None:
            return actor
        actor_id = actor.id if is_person(actor) else f"state:{state}:{'-'.join(actor.sector)}"
        return replace(actor, code=state, country=state, id=actor_id, resolved_by="story-ministry")

    def _located_pobjs(self, head: Token) -> Iterable[Token]:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in LOCATING_PREPS):
            yield from (g for g in prep.children if g.dep_ == "pobj")

    def _located_body(self, head: Token) -> str | None:
        """The state of a known organisation an agent is said to be of or from ("activists
        from the Fatah party", "fighters of UNITA")."""
        for pobj in self._located_pobjs(head):
            for token in phrase_tokens(pobj):
                known = self.known_at.get(token.i)
                role = known[2].role_on(self.on) if known is not None else None
                if role is not None and known is not None and known[2].actor_id.startswith("org:") \
                        and state_code(role.country) is not None:
                    return role.country
        return None

    def _located_place(self, head: Token) -> str | None:
        """The state of a town or region the gazetteer knows that an agent is said to be in,
        of or from ("police in Karachi", "rebels in Darfur")."""
        for pobj in self._located_pobjs(head):
            ent = self.place_ent_at.get(pobj.i)
            if pobj.i in self.known_at:
                continue
            if ent is None:
                code = untagged_town_state(pobj)  # "firefighters from Edmonton", tagged as no place
                if code is not None:
                    return code
                continue
            code = entity_state(ent)
            if code is not None:
                return code
        return None

    def _inner_state(self, head: Token, tokens: list[Token]
                     ) -> tuple[str, str, tuple[Token, Role] | None] | None:
        """The state of a known organisation or a town named before the agent noun
        ("a former CIA official", "Shanghai police"), with the organisation's first token
        and role when it is one."""
        for token in tokens:
            known = self.known_at.get(token.i)
            role = known[2].role_on(self.on) if known is not None else None
            if known is not None and role is not None and state_code(role.country) is not None:
                body = (self.doc[known[0]], role)
                return role.country, knowledge.country_name(role.country), body
        for token in tokens:
            if token.i < head.i and token.dep_ in ("compound", "nmod") and token.text[:1].isupper():
                entity = self.place_ent_at.get(token.i)
                name = entity.text if entity is not None else token.text  # "New York City", not "York"
                place = resolve_place(name)
                if place is not None and state_code(place.country) is not None and (
                        entity is not None or (place.population or 0) >= _TOWN_MIN_POPULATION):
                    return place.country, knowledge.country_name(place.country), None
        return None

    def _town(self, tokens: list[Token], head: Token) -> Actor | None:
        """A town the gazetteer knows, standing for its people ("Chicago sued the firm": CVL),
        a capital that ``countries.tsv`` lacks, standing for its government ("Prishtina"), or a
        province as the subject of a deed, standing for its government ("Bali banned the trade")."""
        ent = self.town_at.get(head.i)
        if head.i in self.known_at or ent is None and not _bare_subject_name(head):
            return None
        place = resolve_place(head.text if ent is None else " ".join(t.text for t in ent if t.pos_ != "DET"))
        if place is None or state_code(place.country) is None:
            return None
        province = place.kind in _PROVINCE_KINDS and head.dep_ == "nsubj"
        if not province and (ent is None or place.kind not in _TOWN_SECTORS):
            return None
        text, start, end = self._text(tokens)
        return Actor(text=text, start=start, end=end, name=place.name, code=place.country,
                     country=place.country, sector=_TOWN_SECTORS.get(place.kind, ("GOV",)),
                     id=f"place:{place.geonameid or place.name.lower().replace(' ', '-')}",
                     resolved_by="capital-metonym" if place.kind == "capital" else "town")

    def _state_mission(self, head: Token, tokens: list[Token]) -> Actor | None:
        """'his U.N. mission', 'her delegation': a state's mission belongs to its owner's state,
        whatever organisation it is accredited to."""
        if head.lemma_.lower() not in _MISSION_NOUNS:
            return None
        owner = self._owner(head) or self._described_owner(head)
        if owner is None or owner.country is None:
            return None
        text, start, end = self._text(tokens)
        return Actor(text=text, start=start, end=end, name=knowledge.country_name(owner.country), code=owner.country,
                     country=owner.country,
                     sector=("GOV",), id=f"state:{owner.country}:GOV", resolved_by="coreference+agent")

    def _described_owner(self, head: Token) -> Actor | None:
        """'his' after a person described but not named ("Iran's U.N. ambassador ... his
        mission"), in the same sentence or the one before."""
        if not self.unnamed or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
            return None
        at, described = self.unnamed[-1]
        return described if at < head.i and self.memory.sentences_apart(at, head.i) <= 1 else None

    def _owner(self, head: Token) -> Actor | None:
        """Whom a possessive pronoun in the phrase means: a person ("his forces"), or the state
        or body that is the last nominal subject before 'its' in its sentence ("its troops")."""
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                return self.memory.antecedent(child, lookback=1)
            if child.dep_ == "poss" and child.lower_ == "its":
                return self._subject_body(head)
        return None

    def _spoken_for(self, head: Token) -> Actor | None:
        """The body a spokesperson with no owner speaks for: the coded organisation or state
        that last spoke, in this sentence or the one before ("The State Department told VOA it
        knew of reports on China. A spokesperson said"), else the one named last."""
        if head.lemma_.lower() not in _SPOKES_WORDS:
            return None
        at = range(head.i - 1, self._window_start(head, 1) - 1, -1)
        bodies = [body for i in at if (body := self.actor_at.get(i)) is not None and _has_spokespeople(body)]
        speakers = [body for body in bodies if _spoke(self.doc, body)]
        return (speakers or bodies or [None])[0]

    def _subject_body(self, token: Token, sentences_back: int = 0) -> Actor | None:
        """The coded state or body that is the last nominal subject before ``token``, in its
        sentence or up to ``sentences_back`` sentences before."""
        subject = next((t for t in reversed(self.tokens[self._window_start(token, sentences_back):token.i])
                        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")), None)
        body = self.actor_at.get(subject.i) if subject is not None else None
        return body if body is not None and body.code is not None and not is_person(body) else None

    def _window_start(self, token: Token, sentences_back: int) -> int:
        """The first token of the token's sentence, or of the sentence ``sentences_back`` before."""
        start = token.sent.start
        for _ in range(sentences_back):
            start = self.doc[start - 1].sent.start if start > 0 else 0
        return start


def state_conjuncts(mention: ActorMention, tokens: list[Token], hit_at: dict[int, NameHit]) -> list[ActorMention]:
    """'Both Moroccan and Spanish authorities', 'French and German officials': one agent of
    each state conjoined before the shared agent noun. The phrase is the first state's; each
    other state gets a mention of its own, headed by its name, with the same sectors."""
    actor = mention.actor
    if actor.code is None or actor.country is None or not actor.sector or is_person(actor):
        return []
    head = tokens[mention.head]
    first = next((c for c in head.lefts if c.i in hit_at and c.dep_ in STATE_MODIFIERS), None)
    if first is None or hit_at[first.i].entry.code != actor.code:
        return []
    found = []
    for conjunct in first.conjuncts:
        hit = hit_at.get(conjunct.i)
        if hit is None or hit.entry.country is None or hit.entry.code == actor.code \
                or not mention.first <= conjunct.i < mention.last:
            continue
        words = tokens[hit.first:hit.last]
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        code = hit.entry.code
        state = replace(actor, text=tokens[0].doc.text[start:end], start=start, end=end, code=code,
                        country=hit.entry.country, name=knowledge.country_name(code),
                        id=f"state:{code}:{'-'.join(actor.sector)}")
        found.append(ActorMention(state, hit.first, hit.last, conjunct.i))
    return found


def located_conjuncts(mention: ActorMention, tokens: list[Token], hit_at: dict[int, NameHit]) -> list[ActorMention]:
    """'Politicians in Britain and the United States': one agent of each state conjoined in the
    phrase that places it. The phrase is the first state's; each other state gets a mention on
    the same words and head, with the same sectors."""
    actor = mention.actor
    if actor.code is None or actor.country is None or not actor.sector or is_person(actor):
        return []
    places = [g for c in tokens[mention.head].children if c.dep_ == "prep" and c.lower_ in LOCATING_PREPS
              for g in c.children if g.dep_ == "pobj"]
    first = next((p for p in places if p.i in hit_at and hit_at[p.i].entry.code == actor.code), None)
    if first is None:
        return []
    codes = [h.entry.code for c in first.conjuncts if (h := hit_at.get(c.i)) is not None
             and h.entry.country is not None and h.entry.code != actor.code]
    return [ActorMention(replace(actor, code=code, country=code, name=knowledge.country_name(code),
                                 id=f"state:{code}:{'-'.join(actor.sector)}"),
                         mention.first, mention.last, mention.head) for code in dict.fromkeys(codes)]


def pair_mentions(mentions: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
    """'both leaders', 'the two countries', 'Both forces': the two actors its sentence (before it)
    and the one before name, when they name exactly two of that kind (persons for leaders,
    else coded states and bodies). The phrase is the first (``coreference``), and 'both' or
    'two' heads a mention of the second. Returns the mentions with the pairs in text order."""
    kept, paired = list(mentions), []
    for head in tokens:
        pointer = next((c for c in head.lefts if c.lower_ in PAIR_WORDS), None)
        if pointer is None or head.tag_ != "NNS" or head.lemma_.lower() not in _PAIR_NOUNS:
            continue
        pair = _named_pair(mentions, tokens, head, head.lemma_.lower() in _PAIR_PERSON_NOUNS)
        if pair is None:
            continue
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ != "punct"]
        start, end = words[0].idx, head.idx + len(head.text)
        own = next((m for m in kept if m.head == head.i), None)
        sector = own.actor.sector if own is not None else ()
        kept = [m for m in kept if m is not own]
        first, second = (replace(a, text=head.doc.text[start:end], start=start, end=end,
                                 resolved_by="coreference", sector=a.sector or sector) for a in pair)
        paired += [ActorMention(first, words[0].i, head.i + 1, head.i),
                   ActorMention(second, pointer.i, pointer.i + 1, pointer.i)]
    return sorted([*kept, *paired], key=lambda m: (m.first, m.head))


def _named_pair(mentions: list[ActorMention], tokens: list[Token], head: Token,
                persons: bool) -> tuple[Actor, Actor] | None:
    """The two distinct actors of a kind named from the sentence before ``head``'s up to it,
    or None unless there are exactly two."""
    start = head.sent.start
    before = tokens[start - 1].sent.start if start > 0 else start
    seen: dict[str, Actor] = {}
    for mention in mentions:
        actor = mention.actor
        if before <= mention.head < head.i and actor.code is not None and is_person(actor) == persons \
                and tokens[mention.head].pos_ != "PRON":
            seen.setdefault((actor.id or actor.code) if persons else actor.code, actor)
    actors = list(seen.values())
    return (actors[0], actors[1]) if len(actors) == 2 else None


def _spoke(doc: Doc, actor: Actor) -> bool:
    """The actor's phrase is the subject of a verb of saying ("the ministry told VOA")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_ACT_VERBS


def _has_spokespeople(actor: Actor) -> bool:
    """A coded state, government body or organisation; not a person, not the press."""
    return actor.code is not None and not is_person(actor) and "JRN" not in actor.sector


def _spoken_for_sectors(doc: Doc, hit: NameHit, sectors: tuple[str, ...]) -> tuple[str, ...]:
    """An agent of unknown kind takes the sector of the state's body it is for ("a spokesman for
    the U.S. military": MIL; "a spokesman for Kenya" stays of unknown kind)."""
    if sectors != ("UNK",):
        return sectors
    body = doc[hit.first:hit.last].root.head  # the noun the state's name modifies
    if body.i < hit.last:
        return sectors
    return sectors_of(body) or sectors


def _body_sectors(head: Token, sectors: tuple[str, ...],
                  body: tuple[Token, Role] | None) -> tuple[str, ...]:
    """An agent's sectors given the known organisation named in its phrase.

    The organisation's sector wins over an agent of unknown kind ("Northern Fleet's Arctic
    Group") and over a title whose holder belongs to it ("president of the Riigikogu").
    """
    if body is None or not body[1].sector:
        return sectors
    organisation, role = body
    of_body = head.lower_ in BODY_TITLES and any(
        a.lower_ == "of" and a.head.i == head.i for a in organisation.ancestors)
    return (role.sector,) if sectors == ("UNK",) or of_body else sectors


def _bare_subject_name(head: Token) -> bool:
    """A one-word proper name as the subject of a verb, which the tagger did not mark as a place
    ("Bali banned the trade", tagged as a person)."""
    return head.dep_ == "nsubj" and head.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in head.children)
