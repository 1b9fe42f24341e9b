"""The actor stage: find actor mentions and resolve them to name, code, country and sector.

A mention is a noun phrase (spaCy noun chunk, named entity, known name or personal
pronoun). How a phrase resolves, first rule that applies (``resolved_by`` says which):

* a person's name (PERSON entity or a known person of the dictionary): the person met
  earlier in the story under that name (``coreference``), else the state of a title in the
  phrase ("Chinese President Xi Jinping": ``title``), else the person's role on the story
  date in the known-actor dictionary (``dictionary``), filling what the title leaves open,
  else the organisation or state the person works for ("Taliban spokesperson X", "X of a
  think tank in Ankara": ``affiliation``);
* a known organisation of the dictionary ("FSB", "People's Liberation Army": ``dictionary``);
  a state named in the phrase outside the known name wins the country ("Chile's Defense
  Department");
* a state or organisation name: ``country-name``, ``demonym``, ``capital-metonym`` (capitals
  and seats of power: "Washington", "the Kremlin"), IGO names (``dictionary``). A definite
  description ("the Chinese leader") means the most recent person of that state whose sector
  agrees, and "the" with a title word alone ("the spokesman") the most recent person
  introduced with it, and "the bloc" or "its executive body" the organisation named last
  (``coreference``);
* a generic agent noun ("protesters", "police", "the government": ``agent``), with the state
  of a modifier ("Ukrainian troops": ``demonym+agent``), of a known organisation or town before
  it ("Kano police"), of a place it is said to be in ("rebels in Mali"), of a known organisation
  it is of or from or a gazetteer town it is in ("activists from Fatah", "police in Karachi":
  ``affiliation+agent``), or of the person owning it ("his forces"), else, for a domestic
  agent, of the state the story is about (``story-state+agent``); a people named by its
  nation takes the state it lives in ("Bosnian Serbs", "ethnic Albanians in Serbia"); its sector is the one :func:`~dyads.stages.titles.phrase_sectors` reads
  from the phrase, or the known organisation's ("members of the Sejm": LEG);
* a town of the gazetteer named as an actor ("Chicago sued"): its people, CVL (``town``); a
  capital the gazetteer knows but ``countries.tsv`` does not: its government, GOV;
* he, she, him, her: the person the pronoun means (:mod:`dyads.stages.coref`);
* what the story said before (:mod:`dyads.stages.story_context`): the state it is about for a
  domestic agent nothing else places, the organisation "the bloc" means, the agents "the
  officials" means, the author of "a statement".

Sectors. A bare state name or demonym ("France", "Chinese") names the state as a whole: its
sector is empty, as the peer coder NGEC writes it. Capitals stand for their governments
("Beijing" -> GOV) and seats carry their own sector ("the Pentagon" -> MIL). When such an
actor takes part in an event, PLOVER codes it as the government: :func:`participant_sectors`
gives that reading.

Places are not actors: a state or place name that is the object of a locative preposition
("talks in Berlin", "at the White House") or the dateline gives no mention.

The rules for people, agents and affiliations are mixins of the resolver, one module each
(:mod:`dyads.stages.people`, :mod:`dyads.stages.agents`, :mod:`dyads.stages.affiliation`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Span, Token

from dyads import knowledge
from dyads.actor_dictionary import ActorDictionary, KnownActor, Role, default_dictionary
from dyads.gazetteer import resolve_place
from dyads.records import Actor, is_person
from dyads.stages import ActorMention, Document, Stage
from dyads.stages.agents import STATE_MODIFIERS, Agents, located_conjuncts, pair_mentions, state_conjuncts
from dyads.stages.affiliation import (LOCATING_PREPS, RELATIONAL_NOUNS, RESIDING_WORDS, UNKNOWN_SECTOR,
                                      WORKPLACE_PREPS, Affiliation, entity_state, role_sectors, state_code)
from dyads.stages.coref import StoryMemory, is_subject, office_of, quoted_tokens
from dyads.stages.mention_heads import (NAME_LABELS, NOMINAL_DEPS, candidate_heads, dateline_end, known_spans,
                                        outermost, sentence_order)
from dyads.stages.people import People, slug
from dyads.stages.story_context import KIN_NOUNS, SPEECH_ACT_VERBS, StoryContext, is_document
from dyads.stages.titles import (FORMER_WORDS, PERSON_TITLES, STATE_NAME_KINDS, NameHit, is_seat_modifier,
                                 find_names, fold, is_role, phrase_sectors,
                                 phrase_tokens, sectors_of, surnames_again, untagged_people)

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its"})
# Prepositions of a title's scope: "Resident Coordinator for Myanmar", "Ambassador to France".
_TITLE_SCOPE_PREPS = frozenset({"for", "to"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Heads of a field of study, whose state is what is studied: "a professor in Modern Chinese Studies".
_FIELD_NOUNS = frozenset({"studies", "history", "politics", "literature", "languages", "economics"})
# ... and that make an agent a member of an organisation: "diplomats from the G7".
_MEMBER_PREPS = frozenset({"of", "from"})
# Prepositions whose object is a place where something happens, never a participant.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around",
                             "throughout", "within"})
# Person titles naming an office below the leader: "Russia's envoy" is no earlier Russian
# official but one introduced with that title.
_OFFICE_TITLES = frozenset({"envoy", "ambassador", "minister", "secretary", "spokesman",
                            "spokeswoman", "spokesperson"})
_PLACE_PREPS = frozenset({"to", "in", "from", "into", "near"})
_PARTITIVE_PRONOUNS = frozenset({"some", "many", "others", "most"})  # "Some have said": some of a group
# Singular nouns that describe one person a later pronoun may mean ("The mayor said ... He added").
_UNNAMED_PERSON_NOUNS = PERSON_TITLES | _OFFICE_TITLES | {"mayor", "governor", "official", "commander", "officer",
                                                          "lawmaker", "senator", "diplomat"}
# States whose demonym after another names citizens of another descent ("Korean Americans").
_CITIZEN_DEMONYM_STATES = frozenset({"USA", "CAN", "AUS", "NZL"})
# Nouns of agreements and meetings a town's name may label ("the Doha agreement", "the Jeddah talks").
_OCCASION_NOUNS = frozenset({"agreement", "accord", "deal", "talk", "declaration", "communique", "communiqué",
                             "format", "process", "summit", "protocol", "memorandum", "conference",
                             "framework", "treaty", "charter", "ceasefire", "truce", "peace"})
# Nouns of a state's divisions: "Balochistan province" is a place, its people or government act.
_DIVISION_NOUNS = frozenset({"province", "region", "state", "district", "county", "prefecture", "oblast",
                             "territory"})
# Relations whose bare state modifier is the other side ("Chinese rivals" are China's rivals);
# not "ally"/"partner": "European allies" are allies that are European.
_OPPONENT_NOUNS = frozenset({"rival", "adversary", "enemy", "foe", "opponent"})
# Participles that seat an organisation in a place: "headquartered in", "based in".
_SEAT_VERBS = frozenset({"headquarter", "headquartered", "base", "based"})
# Verbs of putting out a document, which then speaks for the subject: "it issued a statement".
_ISSUING_VERBS = frozenset({"issue", "release", "publish"})


def participant_sectors(actor: Actor) -> tuple[str, ...]:
    """The actor's sectors as an event participant: a bare state takes part as its government.

    Example: the actor of "France" has sectors (); ``participant_sectors`` gives ("GOV",).
    """
    if not actor.sector and actor.country is not None:
        return ("GOV",)
    return actor.sector


class _Resolver(Affiliation, Agents, People):
    """Resolves the actor phrases of one story, remembering the people it has met."""

    def __init__(self, document: Document, dictionary: ActorDictionary):
        doc = document.doc
        self.doc = doc
        self.on = document.story.story_date
        self.text = doc.text  # Doc.text is rebuilt from the tokens on every access
        self.tokens = list(doc)  # a spaCy Token is built anew on every access
        entities = list(doc.ents)  # so are Doc.ents and Doc.sents
        sentences = list(doc.sents)
        self.entity_at = {i: e for e in entities for i in range(e.start, e.end)}
        self.person_at = {i: e for e in entities if e.label_ in NAME_LABELS
                          and e.text[:1].isupper() and not _place_named_as_person(e) for i in range(e.start, e.end)}
        self.place_at = {i for e in entities if e.label_ in _PLACE_LABELS
                         for i in range(e.start, e.end)}
        self.town_at = {e.root.i: e for e in entities if e.label_ == "GPE"}
        self.place_ent_at = {i: e for e in entities if e.label_ in _PLACE_LABELS
                             for i in range(e.start, e.end)}
        self.hits = find_names(doc)
        state_tokens = {i for h in self.hits for i in range(h.first, h.last)}
        self.person_at.update(untagged_people(self.tokens, state_tokens))
        self.person_at.update(surnames_again(self.tokens, self.person_at, state_tokens))
        self.hit_at = {i: h for h in self.hits for i in range(h.first, h.last)}
        self.known = known_spans(doc, dictionary, self.on)
        self.known_at = {i: k for k in self.known for i in range(k[0], k[1])}
        self.memory = StoryMemory([(s.start, s.end, s.root.i) for s in sentences], quoted_tokens(doc))
        self.dateline_end = dateline_end(doc, self.text)
        self.pronouns = [t.i for t in self.tokens if t.lower_ in _PERSON_PRONOUNS and t.pos_ == "PRON"]
        self.people_at: dict[int, Actor] = {}  # first token of a resolved name -> its person
        self.bodies: dict[str, Actor] = {}  # proper name of a coded body the dictionary lacks -> it
        self.actor_at: dict[int, Actor] = {}  # head of every phrase resolved so far -> its actor
        # subject descriptions of one person no name has been given yet ("China's ambassador")
        self.unnamed: list[tuple[int, Actor]] = []
        self.context = StoryContext(self.hits, [s.start for s in sentences], _places_named(entities, self.hit_at),
                                    document.story.title or "")

    # ------------------------------------------------------------------ phrases

    def resolve(self, head: Token) -> ActorMention | None:
        """The actor of the phrase headed by ``head``, if it is one."""
        if _group_pronoun(head):  # "they said", "Some have said": part or all of a group named before
            group = self.context.group(head)
            return ActorMention(group, head.i, head.i + 1, head.i) if group is not None else None
        if head.lower_ == "it" and head.pos_ == "PRON":
            body = self._speaking_body(head)
            return ActorMention(body, head.i, head.i + 1, head.i) if body is not None else None
        if self._names_occasion(head) or self._kind_of_organisation(head) or self._names_other_side(head):
            return None  # "the Doha agreement"; "an Asian NATO" is an alliance like NATO, not NATO
        tokens = self._with_titled_person(head, phrase_tokens(head))
        if len(tokens) == 1 and (short := self.context.short_form(head, self._text(tokens))) is not None:
            return ActorMention(short, head.i, head.i + 1, head.i)  # "NISA" after "..., or NISA,"
        if self._is_place(head, tokens):
            return None
        known = self._known_in(head, tokens)
        for first, last in self._names_at(head, known):  # "Doctors Without Borders"
            tokens = _with_tokens(tokens, self.tokens[first:last])
        name = self._name_tokens(head, tokens, known)
        title = [t for t in tokens if name is None or not name[0].i <= t.i <= name[-1].i]
        hit = self._resident_state(head, title, self._country_hit(head, title))
        if hit is not None and name is not None and (self._field_of_study(hit) or self._names_war(hit)
                                                  or self._run_into(hit, name)):
            hit = None  # "a North Korea expert", "a Vietnam War veteran"; "... anti-China, Ishiba, a former ..."
        if hit is not None and self._against(hit):
            hit = None  # "anti-French sentiment" is no French actor
        # "United States", "Islamic Republic": words of a name are no title nouns
        sectors = phrase_sectors([t for t in title if t.i not in self.hit_at])
        if name is not None:
            actor = self._person(head, tokens, name, known, hit, sectors)
        elif known is not None and (known[0] <= head.i < known[1]) and self._org_role(known):
            actor = self._organisation(tokens, known, hit)
        elif (mission := self._state_mission(head, tokens)) is not None:
            actor = mission
        elif hit is not None:
            actor = self._named(head, tokens, hit, sectors)
        elif (met := self._titled(head, tokens)) is not None:
            actor = met
        elif self._opposes_named_state(head, tokens):
            text, start, end = self._text(tokens)  # "Chinese rivals": some other side, not China
            actor = Actor(text=text, start=start, end=end, name=text, code=None, country=None, resolved_by="relation")
        elif sectors and _nominal(head):
            owner = _agent_owner(head)
            if owner is not None:  # "the girl's dreadlocks": the girl, not her hair
                return self.resolve(owner)
            actor = self._agent(head, tokens, sectors)
        elif (body := self.context.organisation(head, tokens, self._text(tokens))) is not None:
            actor = body
        elif (author := self.context.author(head, self._text(tokens))) is not None:
            actor = author
        elif (issuer := self._document_issuer(head, tokens)) is not None:
            actor = issuer
        elif (based := self._based_organisation(head, tokens)) is not None:
            actor = based
        elif (seen := self._body_named_before(head, tokens)) is not None:
            actor = seen
        else:
            town = self._town(tokens, head)
            if town is None:
                if self._uncoded_organisation(head):
                    self.context.forget_organisation()
                return None
            actor = town
        self.context.remember(actor, head, tokens[-1])
        if _unnamed_person(head, actor):  # "The mayor of X said ... He added": the mayor
            self.memory.remember(actor, (), head, None)
        self.actor_at[head.i] = actor
        self._remember_body(head, actor)
        return ActorMention(actor, tokens[0].i, tokens[-1].i + 1, head.i)

    def _remember_body(self, head: Token, actor: Actor) -> None:
        """A coded organisation the dictionary lacks, by its proper name ("Sightsavers, a
        British nongovernmental agency"), for its later bare mentions."""
        proper = head.pos_ == "PROPN" or head.text[:1].isupper() and not head.is_sent_start
        if proper and actor.code is not None and not is_person(actor) \
                and head.i not in self.hit_at and head.i not in self.known_at:
            self.bodies.setdefault(head.text, actor)

    def _body_named_before(self, head: Token, tokens: list[Token]) -> Actor | None:
        """'Sightsavers said' after "Sightsavers, a British ... agency" (``coreference``)."""
        body = self.bodies.get(head.text)  # the tagger may take the name again for a noun
        if body is None:
            return None
        text, start, end = self._text(tokens)
        return replace(body, text=text, start=start, end=end, resolved_by="coreference")


    def _speaking_body(self, pronoun: Token) -> Actor | None:
        """'It' as the subject of a speech act ("it said", "it issued a statement"): the
        organisation or state that is the last nominal subject of its sentence or the one before,
        when that subject was coded."""
        if pronoun.dep_ != "nsubj" or not _speech_act(pronoun.head):
            return None
        body = self._subject_body(pronoun, sentences_back=1)
        if body is None:
            return None
        return replace(body, text=pronoun.text, start=pronoun.idx, end=pronoun.idx + len(pronoun.text),
                       resolved_by="coreference")

    def _document_issuer(self, head: Token, tokens: list[Token]) -> Actor | None:
        """'a statement from the ISPR', 'a declaration by the G7': the state or organisation it
        names (``author``)."""
        if not is_document(head):
            return None
        hit = self._located_hit(head, depth=1, organisations=True)
        code = hit.entry.code if hit is not None else self._located_body(head)
        if code is None:
            return None
        text, start, end = self._text(tokens)
        name = hit.entry.name if hit is not None else knowledge.country_name(code)
        return Actor(text=text, start=start, end=end, name=name, code=code, country=state_code(code),
                     sector=hit.entry.sector if hit is not None else (), resolved_by="author")

    def _based_organisation(self, head: Token, tokens: list[Token]) -> Actor | None:
        """An organisation the dictionary does not know, placed by where it is based: "the
        Alliance of Democracies, headquartered in Copenhagen" -> DNK (``affiliation``)."""
        if head.ent_type_ != "ORG":
            return None
        seats = [g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _SEAT_VERBS
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
        for seat in seats:
            hit = self._country_hit(seat, phrase_tokens(seat))
            place = None if hit is not None else resolve_place(" ".join(t.text for t in phrase_tokens(seat)
                                                                        if t.pos_ != "DET"))
            code = hit.entry.country if hit is not None else place.country if place is not None else None
            if state_code(code) is not None:
                name = self.entity_at[head.i]
                text, start, end = self._text([t for t in name if t.pos_ != "DET"] or list(name))
                return Actor(text=text, start=start, end=end, name=text, code=code, country=code,
                             sector=phrase_sectors(tokens) or UNKNOWN_SECTOR, id=f"org:{slug(text)}",
                             resolved_by="affiliation")
        return None

    def _uncoded_organisation(self, head: Token) -> bool:
        """The head of an organisation's name we cannot code (not a town the parser took for one)."""
        entity = self.entity_at.get(head.i)
        return entity is not None and entity.label_ == "ORG" and entity.root.i == head.i \
            and resolve_place(entity.text) is None

    def _with_titled_person(self, head: Token, tokens: list[Token]) -> list[Token]:
        """The phrase with the person its title's 'for'/'to' phrase runs into, or with the scope
        of a titled person's title.

        The parser reads "U.N. Resident Coordinator for Myanmar Andrew Kirkwood" as a title
        whose 'for' phrase is the person "Myanmar Andrew Kirkwood"; the person holds the title.
        In "the spokesperson for Pakistan's foreign ministry, Ambassador X" the 'for' phrase
        says whom X speaks for.
        """
        if head.i in self.person_at:
            return tokens
        if is_role(head) and not any(c.dep_ == "cc" for c in head.children):
            # "the spokesperson ..., Ambassador X,": an apposition the parser took for a conjunct
            named = [c for c in head.children if c.dep_ == "conj" and c.i in self.person_at]
            tokens = sorted([*tokens, *(t for c in named for t in phrase_tokens(c))], key=lambda t: t.i)
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _TITLE_SCOPE_PREPS):
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.i in self.person_at):
                inner = phrase_tokens(pobj)
                # the person holds the title, unless titled in turn ("a spokesman for President X")
                if inner[0].i in self.hit_at and phrase_sectors(tokens) and not phrase_sectors(inner):
                    return sorted([*tokens, prep, *inner], key=lambda t: t.i)
            if is_role(head) and any(t.i in self.person_at for t in tokens):
                # "the spokesperson for Pakistan's foreign ministry, Ambassador X": the title's scope
                scope = [t for g in prep.children if g.dep_ == "pobj" for t in g.subtree]
                if any(t.i in self.hit_at for t in scope):
                    return sorted([*tokens, prep, *scope], key=lambda t: t.i)
        return tokens

    def _names_occasion(self, head: Token) -> bool:
        """A town's name before an agreement, talks or declaration names the occasion by where it
        was held ("the Doha agreement", "the Minsk agreements", "the Washington Declaration")."""
        noun = head.head if head.dep_ == "compound" else head
        if noun.lemma_.lower() not in _OCCASION_NOUNS:
            return False
        modifiers = [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound"]
        return any(self._is_town_name(t) for t in modifiers)

    def _kind_of_organisation(self, head: Token) -> bool:
        """An organisation's name with "a"/"an" names a kind of body like it ("an Asian NATO")."""
        hit = self.hit_at.get(head.i)
        return hit is not None and hit.entry.country is None and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)

    def _is_town_name(self, token: Token) -> bool:
        hit = self.hit_at.get(token.i)
        if hit is not None:
            return hit.entry.kind in ("capital", "seat")
        return token.i in self.place_at and token.i not in self.known_at

    def _is_place(self, head: Token, tokens: list[Token]) -> bool:
        """A place, not a participant: a dateline, or a named place after in/at/near."""
        if head.i < self.dateline_end:
            return True
        if head.i in self.person_at or not self._names_place(head, tokens):
            return False
        node = head
        while node.dep_ in ("compound", "conj", "appos") and node.head.i != node.i:
            node = node.head
        return node.dep_ == "pobj" and node.head.lower_ in _LOCATIVE_PREPS

    def _names_place(self, head: Token, tokens: list[Token]) -> bool:
        if head.lemma_.lower() in _DIVISION_NOUNS and any(t.i in self.hit_at for t in tokens):
            return True  # "in Balochistan province"
        hit = self.hit_at.get(head.i)
        if hit is not None:  # a state, or an organisation's name the parser tags as a place ("Europe")
            return (hit.entry.country is not None or head.i in self.place_at) and not phrase_sectors(tokens)
        return head.i in self.place_at and head.i not in self.known_at

    def _known_in(self, head: Token, tokens: list[Token]) -> tuple[int, int, KnownActor] | None:
        """The known actor named in the phrase: a person first, else one covering the head."""
        inside = {self.known_at[t.i] for t in tokens if t.i in self.known_at}
        people = [k for k in inside if k[2].actor_id.startswith("person:")
                  and not self._owns_other_person(k, tokens)]
        if people:
            return min(people)
        return self.known_at.get(head.i)

    def _names_at(self, head: Token, known: tuple[int, int, KnownActor] | None) -> list[tuple[int, int]]:
        """The token ranges of the known name and the state or organisation name covering the head."""
        spans = [(known[0], known[1])] if known is not None and known[0] <= head.i < known[1] else []
        hit = self.hit_at.get(head.i)
        return spans + [(hit.first, hit.last)] if hit is not None else spans

    def _owns_other_person(self, known: tuple[int, int, KnownActor], tokens: list[Token]) -> bool:
        """'Guterres' spokesman, Stephane Dujarric': the known person owns the title of
        another, named later in the phrase."""
        root = self.doc[known[0]:known[1]].root
        return root.dep_ in ("poss", "nmod") and any(
            t.i >= known[1] and (t.i in self.person_at or self._known_person_at(t.i)) for t in tokens)

    def _known_person_at(self, i: int) -> bool:
        known = self.known_at.get(i)
        return known is not None and known[2].actor_id.startswith("person:")

    def _name_tokens(self, head: Token, tokens: list[Token],
                     known: tuple[int, int, KnownActor] | None) -> list[Token] | None:
        """The words of a person's name in the phrase, titles left out: the name the phrase is
        headed by, else the first ("Beledweyne District Commissioner Omar Osman Alasow", both
        tagged as names, is Alasow)."""
        if known is not None and known[2].actor_id.startswith("person:"):
            span = list(self.doc[known[0]:known[1]])
            size = len(known[2].name.split())
            if len(span) >= size and fold(" ".join(t.text for t in span[-size:])) == fold(known[2].name):
                return span[-size:]  # "Foreign Minister Qin Gang": the name, whatever its words
            return _trailing_name(span) or None
        ents = [self.person_at[t.i] for t in tokens if t.i in self.person_at
                and self.person_at[t.i].start == t.i and not self._is_state_name(self.person_at[t.i])
                and not _names_a_thing(self.person_at[t.i])]
        if ents:
            owners = [e for e in ents if e.root.dep_ in ("poss", "nmod")]  # "Putin's aide, X": X
            if len(owners) == len(ents) and head.lemma_.lower() in KIN_NOUNS:
                return None  # "Alinejad's relatives" are other people than Alinejad
            ent = next((e for e in ents if e.start <= head.i < e.end and e not in owners), None) \
                or min((e for e in ents if e not in owners), key=lambda e: e.start, default=ents[0])
            return _strip_state_words(self, _trailing_name(list(ent))) or None
        name = _trailing_name(tokens)  # a name the tagger missed, met earlier in the story
        if name and all(t.pos_ == "PROPN" for t in name) and self.memory.named([t.text for t in name]):
            return name
        return None

    def _is_state_name(self, ent: Span) -> bool:
        """A PERSON entity that is wholly a state or capital name ("Kiev", "Burkina Faso's")
        names no person."""
        return all(t.i in self.hit_at or t.tag_ == "POS" for t in ent)

    def _country_hit(self, head: Token, tokens: list[Token]) -> NameHit | None:
        if head.i in self.hit_at:
            return self._country_office(self.hit_at[head.i]) or self.hit_at[head.i]
        hits = [hit for token in tokens if (hit := self.hit_at.get(token.i)) is not None
                and not self._owns_relation(head, hit) and not self._inside_foreign_name(token, hit)]
        # "the London-based group Amnesty International": the body named, not its seat
        return next((hit for hit in hits if not is_seat_modifier(hit, self.doc)), hits[0] if hits else None)

    def _inside_foreign_name(self, token: Token, hit: NameHit) -> bool:
        """'Chinese' in "the Chinese Council of Advanced Policy Studies", a Taipei think tank:
        a state word inside the name of a known organisation of another state."""
        known = self.known_at.get(token.i)
        role = known[2].role_on(self.on) if known is not None and known[1] - known[0] > 1 else None
        return role is not None and state_code(role.country) not in (None, hit.entry.country)

    def _against(self, hit: NameHit) -> bool:
        """The name follows 'anti-' ("anti-French", "Anti-China protests")."""
        return hit.first >= 2 and self.tokens[hit.first - 1].text == "-" \
            and self.tokens[hit.first - 2].lower_ == "anti"

    def _country_office(self, hit: NameHit) -> NameHit | None:
        """'UNHCR Kenya', 'UNICEF Sudan': an organisation's office in a state is the organisation."""
        before = self.hit_at.get(hit.first - 1)
        if hit.entry.country is None or before is None or before.entry.country is not None:
            return None
        return before if self.tokens[hit.first - 1].dep_ == "compound" else None

    def _opposes_named_state(self, head: Token, tokens: list[Token]) -> bool:
        """'Chinese rivals', 'U.S. adversaries': the phrase names the other side of a state."""
        return any(t.head.i == head.i and self._names_other_side(t) for t in tokens)

    def _names_other_side(self, head: Token) -> bool:
        """'Chinese' of "Chinese rivals": the state the rivals oppose is no actor of the phrase."""
        hit = self.hit_at.get(head.i)
        return hit is not None and head.head.i != head.i and head.dep_ in STATE_MODIFIERS \
            and head.head.lemma_.lower() in _OPPONENT_NOUNS and self._owns_relation(head.head, hit)

    def _owns_relation(self, head: Token, hit: NameHit) -> bool:
        """'the United States' partners', 'China's neighbours': the owner of a relational noun
        is the other side of the relation, not the actor."""
        root = self.doc[hit.first:hit.last].root
        if head.lemma_.lower() in _OPPONENT_NOUNS and root.dep_ in STATE_MODIFIERS and root.head.i == head.i:
            return _relation_unowned(head)  # "Chinese rivals", "U.S. adversaries": China's, the US's
        return head.lemma_.lower() in RELATIONAL_NOUNS and root.dep_ == "poss" and root.head.i == head.i

    def _resident_state(self, head: Token, tokens: list[Token], hit: NameHit | None) -> NameHit | None:
        """The state a people named by its nation lives in, as PLOVER codes such groups.

        "Bosnian Serbs" are Bosnia's (the state named before the people; but "Chinese
        Americans" are American citizens of Chinese descent), "the Albanians of
        southern Serbia" and "ethnic Albanians in Serbia" Serbia's; "Albanians in Serbia"
        without "ethnic" may be visitors, and "Russian troops in Syria" are no people.
        """
        if hit is None or hit.entry.kind != "demonym" or self.hit_at.get(head.i) is not hit:
            return hit
        if hit.entry.code in _CITIZEN_DEMONYM_STATES:
            return hit  # "Chinese Americans" are Americans of Chinese descent
        for token in tokens:
            before = self.hit_at.get(token.i)
            if token.i < hit.first and before is not None and _other_state(before, hit):
                return before
        ethnic = any(t.lower_ == "ethnic" for t in tokens)
        homes = self._homes(head, ("in", "of") if ethnic else ("of",))
        if ethnic and head.dep_ in ("nsubj", "dobj", "pobj"):
            # "ethnic Albanians demonstrated in Serbia", "killed ethnic Albanians in a raid in
            # Serbia": the clause places them
            homes = [*homes, *self._homes(head.head, ("in",), depth=2)]
        return next((home for home in homes if _other_state(home, hit)), hit)

    def _homes(self, head: Token, preps: tuple[str, ...], depth: int = 1) -> list[NameHit]:
        """The states named after ``preps`` below ``head``, down ``depth`` such phrases."""
        homes = []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                home = self._country_hit(pobj, phrase_tokens(pobj))
                if home is not None:
                    homes.append(home)
                elif depth > 1:
                    homes.extend(self._homes(pobj, preps, depth - 1))
        return homes

    def _located_hit(self, head: Token, depth: int = 3, follow_appos: bool = False,
                     organisations: bool = False) -> NameHit | None:
        """The state of 'rebels in the Ivory Coast', 'Albanians of southern Serbia'.

        An agent noun with no country of its own takes the country of the place it is said
        to be in or from, as PLOVER codes actors by country; the place may sit further down a
        chain of such phrases ("a professor at the University of St Andrews in Scotland").
        With ``organisations``, an international organisation it is of or from counts too.
        """
        preps = _MEMBER_PREPS if organisations else WORKPLACE_PREPS if follow_appos else LOCATING_PREPS
        seated = (g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _SEAT_VERBS for g in c.children)
        for prep in (c for c in (*head.children, *seated) if c.dep_ == "prep" and c.lower_ in preps):  # "based in"
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ not in _FIELD_NOUNS):
                hit = self._country_hit(pobj, phrase_tokens(pobj))
                if hit is None and follow_appos:  # "director for the X Foundation, a Thai rights group"
                    hit = next(filter(None, (self._country_hit(a, phrase_tokens(a))
                                             for a in pobj.children if a.dep_ == "appos")), None)
                if hit is None and depth > 1:
                    hit = self._located_hit(pobj, depth - 1, follow_appos, organisations)
                if hit is not None and (hit.entry.country is not None or organisations):
                    return hit
        if follow_appos and depth > 1:  # "X of the Institute, a think tank in Ankara"
            for appos in (c for c in head.children if c.dep_ == "appos" and c.lower_ not in RESIDING_WORDS):
                hit = self._located_hit(appos, depth - 1, follow_appos)
                if hit is not None:
                    return hit
        return None

    def _text(self, tokens: Sequence[Token]) -> tuple[str, int, int]:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return self.text[start:end], start, end

    # ------------------------------------------------------------------ organisations, states

    def _org_role(self, known: tuple[int, int, KnownActor]) -> Role | None:
        return known[2].role_on(self.on)

    def _organisation(self, tokens: list[Token], known: tuple[int, int, KnownActor],
                      hit: NameHit | None) -> Actor:
        text, start, end = self._text(tokens)
        role = self._org_role(known)
        assert role is not None  # checked by the caller
        outside = hit is not None and not known[0] <= hit.first < known[1]
        code = hit.entry.code if outside and hit is not None else role.country
        sectors = role_sectors(role)
        titled = phrase_sectors(self.doc[known[0]:known[1]])  # the name as an agent phrase
        if code != role.country:  # "Chile's Defense Department": Chile's own, not the US one
            sectors = titled or sectors
        if titled and any(t.lower_ in FORMER_WORDS for t in tokens):
            sectors = ("ELI",)  # "a former White House official"
        return Actor(text=text, start=start, end=end, name=known[2].name, code=code,
                     country=state_code(code), sector=sectors, id=known[2].actor_id,
                     resolved_by="dictionary")

    def _named(self, head: Token, tokens: list[Token], hit: NameHit,
               sectors: tuple[str, ...]) -> Actor:
        describes = hit.entry.country is not None and _describes_person(head, tokens)
        if describes:
            office = office_of(head.lower_) if head.lower_ in _OFFICE_TITLES else None
            person = self.memory.described(hit.entry.code, sectors, head.i, office)
            if person is not None:
                text, start, end = self._text(tokens)
                return replace(person, text=text, start=start, end=end, resolved_by="coreference")
        actor = self._described_actor(tokens, hit, sectors)
        office = head.tag_ == "NN" and head.lower_ in _OFFICE_TITLES  # "A spokesman for X said ... Y told VOA"
        if (describes or office and hit.entry.country is not None) and is_subject(head):
            self.unnamed.append((head.i, actor))
        return actor

    def _described_actor(self, tokens: list[Token], hit: NameHit, sectors: tuple[str, ...]) -> Actor:
        """The state (or organisation) of a name hit, with the phrase's agent sectors."""
        entry = hit.entry
        text, start, end = self._text(tokens)
        resolved_by = _RESOLVED_BY.get(entry.kind, "country-name")
        if is_seat_modifier(hit, self.doc) and entry.country is not None:
            return Actor(text=text, start=start, end=end, name=text, code=entry.country, country=entry.country,
                         sector=sectors or UNKNOWN_SECTOR, id=f"org:{slug(text)}", resolved_by="affiliation")
        if sectors:
            sector = sectors
        elif entry.country is None or entry.kind not in STATE_NAME_KINDS:
            sector = entry.sector or ("GOV",)  # organisations; capitals and seats of power
        else:
            sector = entry.sector  # the state as a whole (PRE for a partly recognised one)
        prefix = "state" if entry.country else "igo"
        return Actor(text=text, start=start, end=end, name=entry.name, code=entry.code,
                     country=entry.country, sector=sector,
                     id=f"{prefix}:{entry.code}" + (f":{'-'.join(sectors)}" if sectors else ""),
                     resolved_by=f"{resolved_by}+agent" if sectors else resolved_by)


_RESOLVED_BY = {
    "name": "country-name", "short-name": "country-name", "abbreviation": "country-name",
    "prefix": "country-name", "territory": "country-name",
    "demonym": "demonym", "capital": "capital-metonym", "seat": "capital-metonym", "igo": "dictionary",
}


def _places_named(entities: Sequence[Span], hit_at: dict[int, NameHit]) -> list[tuple[int, str]]:
    """The first token and state of each place the story names as a place: a town or region the
    gazetteer knows, or a state's name after a preposition ("in Afghanistan"), not as an actor."""
    places = []
    for entity in entities:
        if entity.label_ not in _PLACE_LABELS or (entity.start in hit_at and entity.root.dep_ != "pobj"):
            continue
        if entity.root.head.lower_ == "with" and entity.root.head.head.lemma_.lower() in _BORDER_NOUNS:
            continue  # "the forest, on the border with Somalia": the other side is not where it happens
        code = entity_state(entity)
        if code is not None:
            places.append((entity.start, code))
    return places


def _place_named_as_person(entity: Span) -> bool:
    """A one-word 'person' that names a place or a thing: a town the gazetteer knows after
    'to', 'in' or 'from' ("moved to Okinawa"), a region the gazetteer knows by no other kind
    ("Bali banned the trade"), or the modifier of a common noun that is no title nor agent
    ("JFK airport", "his Twitter account"; "the Abe government" keeps Abe)."""
    if len(entity) != 1:
        return False
    token = entity[0]
    head = token.head
    if token.dep_ == "compound" and head.pos_ == "NOUN" and not is_role(head) and not sectors_of(head):
        return True
    place = resolve_place(token.text)
    if place is not None and place.kind == "region":
        return True
    return token.dep_ == "pobj" and head.lower_ in _PLACE_PREPS and place is not None


def _other_state(hit: NameHit, people: NameHit) -> bool:
    """A state name (not an organisation or a seat) other than the people's own."""
    entry = hit.entry
    return (entry.kind in STATE_NAME_KINDS and entry.country is not None
            and entry.country != people.entry.country)


def _names_a_thing(ent: Span) -> bool:
    """A name modifying a common noun that names no role is a place or thing, not a person:
    "the Dadaab refugee complex", "Dadaab and Kakuma camps" (where "the Biden administration"
    and "Putin aide X" keep their person)."""
    root = ent.root
    while root.dep_ == "conj":
        root = root.head
    owner = root.head
    return root.dep_ in ("compound", "nmod") and owner.i > root.i and owner.pos_ == "NOUN" \
        and not is_role(owner)


def _trailing_name(tokens: list[Token]) -> list[Token]:
    """The name at the end of a titled name: "Foreign Minister Qin Gang" -> "Qin Gang"."""
    name: list[Token] = []
    for token in reversed(tokens):
        if token.is_punct and token.text not in ("-", "."):
            break
        if sectors_of(token) or token.lower_ in _OWNER_PRONOUNS or not token.text[:1].isupper():
            if name:
                break
            continue
        name.insert(0, token)
    return name


def _strip_state_words(resolver: _Resolver, name: list[Token]) -> list[Token]:
    """A name without the state name the tagger glued to its front ("Myanmar Andrew
    Kirkwood"), when two words of name remain ("Israel Katz" stays whole)."""
    cut = 0
    while cut < len(name) and name[cut].i in resolver.hit_at:
        cut += 1
    return name[cut:] if len(name) - cut >= 2 else name


def _with_tokens(tokens: list[Token], more: Sequence[Token]) -> list[Token]:
    """The phrase's tokens and ``more`` (a known name the parse split at a preposition), in order."""
    merged = {t.i: t for t in tokens} | {t.i: t for t in more}
    return [merged[i] for i in sorted(merged)]


def _speech_act(verb: Token) -> bool:
    """A verb of saying ("it said"), or one of putting out a document ("it issued a statement")."""
    lemma = verb.lemma_.lower()
    return lemma in SPEECH_ACT_VERBS or lemma in _ISSUING_VERBS and any(
        c.dep_ == "dobj" and is_document(c) for c in verb.children)


def _agent_owner(head: Token) -> Token | None:
    """The possessor that gives a thing its agent words ("the girl's dreadlocks", "women's dress"):
    the phrase names the thing, and the possessor is the actor."""
    if sectors_of(head):
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                 and phrase_sectors(phrase_tokens(c))), None)


def _group_pronoun(head: Token) -> bool:
    """'they', or a bare partitive subject ("Some", "Many", "Others"; not "Some of the rebels")."""
    if head.lower_ == "they":
        return head.pos_ == "PRON"
    return head.lower_ in _PARTITIVE_PRONOUNS and head.pos_ in ("PRON", "DET", "ADJ") \
        and not any(c.dep_ == "prep" for c in head.children)


def _unnamed_person(head: Token, actor: Actor) -> bool:
    """One person described, not named, as a clause's subject ("The mayor of Lagos said"): a later
    'he' or 'she' may mean them."""
    return not is_person(actor) and head.tag_ == "NN" and is_subject(head) \
        and head.lemma_.lower() in _UNNAMED_PERSON_NOUNS and not (actor.resolved_by or "").startswith("coreference")


def _relation_unowned(head: Token) -> bool:
    """No possessor and no 'of' phrase says whose rivals they are ("Huawei's Chinese rivals",
    "Chinese opponents of the plan"): the state word before them names the other side."""
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)


def _nominal(head: Token) -> bool:
    """A noun, or an agent noun the tagger took for an adjective ("paramedic" alone)."""
    return head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and head.dep_ in NOMINAL_DEPS)


def _describes_person(head: Token, tokens: list[Token]) -> bool:
    """'the Chinese leader', 'his Ukrainian counterpart': a title naming one person."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    words = {t.lower_ for t in tokens} | {f"{a.lower_} {b.lower_}" for a, b in zip(tokens, tokens[1:])}
    determined = any(t.lower_ == "the" or t.dep_ == "poss" for t in head.children)
    return determined and bool(words & PERSON_TITLES) and head.lower_ in PERSON_TITLES


def resolve_actors(document: Document, dictionary: ActorDictionary | None = None) -> Document:
    """The actor stage: every actor mention in the story, resolved.

    Args:
        document: a parsed story.
        dictionary: the known actors to look names up in; the shipped one when None (see
            :func:`actor_stage` for a user's ``actors_file``).

    Returns:
        The document with ``mentions`` set, in text order, and ``home_state``, the state the
        story is about (:func:`~dyads.stages.story_context.home_state`), if any.

    Example:
        >>> doc = resolve_actors(Document(story, nlp(story.text)))  # doctest: +SKIP
        >>> [(m.actor.text, m.actor.code, m.actor.sector) for m in doc.mentions]  # doctest: +SKIP
        [('Ukrainian troops', 'UKR', ('MIL',)), ('Putin', 'RUS', ('GOV',))]
    """
    resolver = _Resolver(document, dictionary or default_dictionary())
    doc = document.doc
    pronouns = set(resolver.pronouns)
    heads = candidate_heads(doc, resolver.tokens, resolver.known, resolver.hits, pronouns)
    mentions = [m for m in (resolver.pronoun(token) if token.i in pronouns else resolver.resolve(token)
                            for token in sentence_order(doc, heads, [resolver.tokens[i] for i in pronouns])) if m]
    mentions.sort(key=lambda m: (m.first, m.head))
    mentions = outermost(mentions)
    mentions.extend(m for phrase in list(mentions) for conjuncts in (state_conjuncts, located_conjuncts)
                    for m in conjuncts(phrase, resolver.tokens, resolver.hit_at))
    mentions = pair_mentions(sorted(mentions, key=lambda m: (m.first, m.head)), resolver.tokens)
    return replace(document, mentions=tuple(mentions), home_state=resolver.context.home)


@functools.lru_cache(maxsize=8)
def user_dictionary(actors_file: str) -> ActorDictionary:
    """The shipped dictionary with a user's actors file over it, read once per process.

    Raises ActorFileError naming the line for a malformed file.
    """
    return default_dictionary().with_user_file(Path(actors_file))


def actor_stage(actors_file: str = "") -> Stage:
    """The actor stage with a user's actors file (the ``actors_file`` setting; "" for none).

    Example: ``stage = actor_stage(settings.actors_file); document = stage(document)``.
    """
    if not actors_file:
        return resolve_actors
    dictionary = user_dictionary(actors_file)
    return functools.partial(resolve_actors, dictionary=dictionary)


def mention_at(document: Document, token: Token) -> ActorMention | None:
    """The actor mention headed by, or else covering, ``token``."""
    covering = None
    for mention in document.mentions:
        if mention.head == token.i:
            return mention
        if mention.first <= token.i < mention.last and covering is None:
            covering = mention
    return covering


__all__ = ["NameHit", "actor_stage", "find_names", "mention_at", "participant_sectors",
           "phrase_tokens", "resolve_actors", "user_dictionary"]
