"""What a story has said so far that later actor phrases lean on.

The actor stage reads a story's phrases in text order; some only make sense against what came
before. :class:`StoryContext` keeps that record and answers, for a phrase the dictionary and its
own words cannot resolve:

* **the state the story is about** (:attr:`StoryContext.home`): named at least three times and
  at least twice as often as any other state (half as often again when it is the one state the
  headline names; more often than any other when the headline places its news there, "Fate of
  8 Uyghurs in Thailand in limbo after 40 deported to China"). A domestic agent with nothing in or around it to
  place it ("security forces", "protesters") belongs to it, unless its words face abroad ("the
  international community", "foreign envoys"), and so does a person whose title is a domestic
  office naming no state ("a member of the upper house") or who has no title, body or place at
  all ("X, a keen birdwatcher");
* **where the story's events happen** (:meth:`StoryContext.local_agent`): a local agent ("a
  local official", "provincial authorities") is of the state of the place named last before it;
* **an organisation described** ("the bloc", "the regional body", "his organization", "the
  court" after "the International Court of Justice"): the organisation named last, at most
  three sentences back, unless an organisation that could not be coded was named since; "the
  group" and "the insurgent group" also mean the armed group named last ("the Taliban");
* **agents met before** ("the officials"): the coded agents of the same noun at most three
  sentences back;
* **short forms** ("NISA" after "the National Intelligence and Security Agency, or NISA"): the
  actor introduced with it;
* **a document's author** ("a statement said"): the coded subject of its sentence or the one
  before (an author the phrase names, "a statement from X", is read by the actor stage);
* **"they" as the subject of a speech act** ("They say", "they wrote", "They called on"): the
  coded group subject of its sentence or the one before: a plural agent ("rights groups"), the
  first of conjoined actors ("The United States, the United Nations and rights groups condemned
  ... They say"), or an organisation ("the group");
* **ministries named before** ("foreign ministry spokesperson X" after "Afghanistan's Ministry
  of Foreign Affairs"): the one state whose ministry of that portfolio the story has named.

Each answer is an :class:`~dyads.records.Actor` re-anchored on the phrase's own words, with
``resolved_by`` saying how it was found.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from dyads import knowledge
from dyads.knowledge import normalise_alias
from dyads.records import Actor, is_person
from dyads.stages.affiliation import EMPLOYER_PREPS, UNKNOWN_SECTOR
from dyads.stages.coref import is_subject, quoted_tokens
from dyads.stages.titles import NameHit, sectors_of

# Sectors of agents that act at home: "security forces", "the junta", "protesters", "gunmen"
# (a militant group operating in one country takes that country), "civil society groups".
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "CVL", "PTY", "CRM", "UAF",
                              "SOC"})
# A named journalist works where the story is; "journalists" in general may be foreign.
_HOME_PERSON_SECTORS = DOMESTIC_SECTORS | {"JRN"}
# Judicial agents act where their court sits ("prosecutors" of a trial in New York).
_JUDICIAL = ("JUD",)
_COURT_NOUNS = frozenset({"court", "trial", "tribunal", "courtroom"})
_HOME_MIN_NAMES = 3
_HOME_ALONE_MIN_NAMES = 2
_HEADLINE_KINDS = frozenset({"name", "short-name", "demonym", "abbreviation"})
_MAX_TITLE_ALIAS_WORDS = 4
# Words of an agent phrase that face abroad: "the international community", "foreign envoys".
_ABROAD_WORDS = frozenset({"international", "foreign", "western", "world", "global", "regional",
                           "multinational", "overseas", "envoy", "diplomat", "ambassador", "delegation",
                           "european", "african", "asian", "arab", "latin", "nordic", "baltic", "balkan"})
# Head nouns of a definite description that means an organisation named before ("the bloc").
_ORGANISATION_NOUNS = frozenset({"bloc", "body", "organization", "organisation", "alliance",
                                 "coalition", "grouping"})
# Members who speak for a body, and the head nouns of the bodies' names: "the judges" after
# "the International Court of Justice ruled" are the court's.
_MEMBER_BODIES = {"judge": ("court", "tribunal"), "justice": ("court",),
                  "lawmaker": ("parliament", "assembly", "congress"), "senator": ("senate",)}
_DEFINITE = frozenset({"the", "this", "that", "its", "his", "her", "their"})
# Sectors of armed groups, which "the group" and "the insurgent group" mean when one was named.
_ARMED_SECTORS = frozenset({"REB", "INS", "UAF", "IMG", "PRM"})
# Modifiers of "group" that name civil society: "the aid group" is the charity named before.
_CIVIL_GROUP_WORDS = frozenset({"aid", "rights", "humanitarian", "relief", "charity", "advocacy",
                                "watchdog", "campaign", "monitoring", "medical"})
_LOOKBACK = 3
# Nouns of kinship: "a descendant of the emperors of Kaabu", "sister of X" name a family, no employer.
KIN_NOUNS = frozenset({"descendant", "son", "daughter", "sister", "brother", "mother", "father", "wife",
                        "husband", "widow", "widower", "child", "grandson", "granddaughter", "nephew", "niece",
                        "cousin", "relative", "heir", "family", "parent", "relation"})
_MODIFIED_LOOKBACK = 8  # an agent repeated with its modifiers ("the foreign ministers") is unambiguous further
# Words of an agent that act where the story's events happen: "a local official".
_LOCAL_WORDS = frozenset({"local", "provincial", "district", "municipal", "village", "county", "tribal"})
# Documents that speak for whoever issued them: "a statement said".
_DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "readout", "declaration"})
# Nouns of a government department, and the portfolio words that tell departments apart:
# "the Ministry of Foreign Affairs" and "the foreign ministry" are one department.
_MINISTRY_NOUNS = frozenset({"ministry", "department"})
_PORTFOLIOS = frozenset({"foreign", "defense", "defence", "interior", "justice", "finance", "health",
                         "trade", "commerce", "economy", "information", "education", "energy",
                         "agriculture", "security", "home"})

# "They" means a group (and "it" a body) only as the subject of these speech acts ("They say ...", "they wrote in a
# letter", "They called on China"): with other verbs it is as often things or victims.
SPEECH_ACT_VERBS = frozenset({"say", "tell", "write", "add", "argue", "call", "urge", "demand", "warn",
                                 "insist", "claim", "accuse", "condemn", "criticize", "criticise", "reject",
                                 "deny", "ask", "note", "stress", "vow", "pledge", "threaten", "announce"})
_ACTOR_ENTITIES = frozenset({"ORG", "GPE", "NORP"})

Anchor = tuple[str, int, int]  # a phrase's text and character offsets


class StoryContext:
    """The organisations, subjects and agents a story has named so far, in text order."""

    def __init__(self, hits: Sequence[NameHit], sentence_starts: Sequence[int],
                 places: Sequence[tuple[int, str]] = (), title: str = ""):
        self.home = home_state(hits, title_states(title), title_place(title))
        self._sentence_starts = sentence_starts
        self._places = places  # (first token, state) of each place named as a place, in text order
        self._court: tuple[str | None] | None = None  # the state the story's court sits in, once looked up
        self._quoted_tokens: frozenset[int] | None = None  # tokens inside quotation marks, once looked up
        self._in_bodies = {i for h in hits if h.entry.country is None for i in range(h.first, h.last)}
        self._states = [(h.first, h.entry.country) for h in hits if h.entry.country is not None]
        self._leading = _most_named([code for _, code in self._states])  # the states the story names most
        self._organisation: tuple[int, Actor] | None = None  # (its sentence's start, actor)
        self._organisations: list[tuple[int, Actor]] = []  # every one named, in text order
        self._armed_group: tuple[int, Actor] | None = None  # the armed group named last
        self._subject: tuple[int, Actor] | None = None
        self._subject_at = -1  # the head token of the last coded subject
        self._document: tuple[int, Actor] | None = None  # (its sentence's start, issuer) of the last document
        self._agents: list[tuple[int, str, frozenset[str], Actor]] = []  # (sentence start, head lemma, modifiers, actor)
        self._short_forms: dict[str, Actor] = {}  # "NISA" -> the agency introduced with it
        self._ministries: dict[frozenset[str], set[str]] = {}  # portfolio -> states named with it
        self._groups: list[tuple[int, int, Actor]] = []  # (sentence start, head, actor) of group subjects
        self._sector_states: dict[str, set[str]] = {}  # sector -> states whose agents of it were coded

    def remember(self, actor: Actor, head: Token, last: Token) -> None:
        """Record a resolved phrase (head ``head``, last token ``last``): an organisation, a coded
        subject, coded agents, the short form the story gives its name."""
        if actor.code is None:
            return
        short = _short_form_after(last)
        if short is not None:
            self._short_forms.setdefault(short, actor)
        sentence = head.sent.start
        if actor.country is None or actor.resolved_by == "affiliation" or _state_in_a_name(head, actor) \
                or _state_before_a_name(head, actor):
            self._organisation = (sentence, actor)
            self._organisations.append((sentence, actor))
        if (actor.id or "").startswith("org:") and set(actor.sector) & _ARMED_SECTORS:
            self._armed_group = (sentence, actor)
        if is_subject(head):
            self._subject, self._subject_at = (sentence, actor), head.i
            if _is_group(actor, head):
                self._groups.append((sentence, head.i, actor))
        if (actor.resolved_by or "").endswith("+agent"):
            self._agents.append((sentence, head.lemma_.lower(), _modifiers(head), actor))
        if actor.country is not None:
            for sector in actor.sector:
                self._sector_states.setdefault(sector, set()).add(actor.country)
        portfolio = _portfolio(actor.text)
        if portfolio and actor.country is not None:
            self._ministries.setdefault(portfolio, set()).add(actor.country)

    def ministry_state(self, text: str) -> str | None:
        """The state of a ministry phrase that names none ("foreign ministry spokesperson"): the
        one state whose ministry of the same portfolio the story has named so far."""
        states = self._ministries.get(_portfolio(text), set())
        return next(iter(states)) if len(states) == 1 else None

    def forget_organisation(self) -> None:
        """An organisation that could not be coded was named: "the organization" is not an earlier one."""
        self._organisation = None

    def home_agent(self, tokens: Sequence[Token], sectors: tuple[str, ...], anchor: Anchor) -> Actor | None:
        """A domestic agent placed only by the story's state (``story-state+agent``), or a
        judicial one by the state its court sits in (``court-place+agent``), else by the state
        named just before it (``sentence-state+agent``, :meth:`_agent_state_nearby`), else, for
        "the military" and the like, by the one state whose agents of that sector the story
        has coded (``story-sector+agent``, :meth:`_one_state_of`)."""
        if not sectors or not set(sectors) <= DOMESTIC_SECTORS:
            return None
        if any(t.lemma_.lower() in _ABROAD_WORDS for t in tokens):
            return None
        code, how = self.home, "story-state+agent"
        if sectors == _JUDICIAL and (court := self.court_state(tokens[0])) is not None:
            code, how = court, "court-place+agent"
        if code is None and sectors != _JUDICIAL:  # judges may sit on an international court
            code, how = self._agent_state_nearby(tokens), "sentence-state+agent"
        if code is None and sectors != _JUDICIAL and _definite_singular(tokens):
            code, how = self._one_state_of(sectors), "story-sector+agent"
        if code is None:
            return None
        text, start, end = anchor
        return Actor(text=text, start=start, end=end, name=knowledge.country_name(code), code=code,
                     country=code, sector=sectors, id=f"state:{code}:{'-'.join(sectors)}", resolved_by=how)

    def _one_state_of(self, sectors: tuple[str, ...]) -> str | None:
        """The one state whose agents of these sectors the story has coded so far, in a story
        about several states ("Pakistani army spokesperson ... paramilitary troops ... the
        military said": Pakistan's, when no other state's forces were named)."""
        states = {code for sector in sectors for code in self._sector_states.get(sector, ())}
        return next(iter(states)) if len(states) == 1 else None

    def _agent_state_nearby(self, tokens: Sequence[Token]) -> str | None:
        """In a story about several states, the one state named in the sentence before an agent,
        or in its own sentence before it when the agent is a subject, if no state is named more
        often in the story ("... the Moroccan counterterror agency broke up a cell. Authorities
        said"). An object beside a state's name is as often the other side ("France offered troops
        to the force in Liberia"), and a state the story names less as often the visitor or critic."""
        code = self._sentence_state(tokens[0], own_sentence=is_subject(_phrase_head(tokens)))
        return code if code in self._leading else None

    def court_state(self, token: Token) -> str | None:
        """The state of the town the story places its court or trial in ("a trial in New York",
        "a Nairobi court"): where prosecutors, judges and lawyers act, whatever state the story is about;
        an international court ("the International Criminal Court in The Hague") is no state's."""
        if self._court is None:
            place_at = dict(self._places)
            courts = (t for t in token.doc if t.lemma_.lower() in _COURT_NOUNS and t.i not in self._in_bodies)
            self._court = (next((code for court in courts for place in _court_places(court)
                                 if (code := place_at.get(place.left_edge.i))), None),)
        return self._court[0]

    def short_form(self, head: Token, anchor: Anchor) -> Actor | None:
        """'NISA' after "the National Intelligence and Security Agency, or NISA" (``coreference``)."""
        actor = self._short_forms.get(head.text)
        if actor is None:
            return None
        text, start, end = anchor
        return replace(actor, text=text, start=start, end=end, resolved_by="coreference")

    def home_person(self, person: Actor, head: Token) -> Actor:
        """A person whose title is a domestic office ("a member of the upper house", "District
        Commissioner X") and names no state: of the story's state (``story-state+title``), or in
        a story about several, of the one state named in its sentence and the one before
        (``sentence-state+title``). A person with no title, body or place at all is of the story's
        state (``story-state+person``); one with a local title ("local resident X") of the state
        of the place named last (``local-place+title``)."""
        local = self._local_state(head) if person.code is None and _has_local_word(head) else None
        if local is not None:
            return replace(person, code=local, country=local, resolved_by="local-place+title")
        if person.code is None and not person.sector and self.home is not None and _undescribed(head):
            return replace(person, code=self.home, country=self.home, resolved_by="story-state+person")
        if person.code is not None or not person.sector or not set(person.sector) <= _HOME_PERSON_SECTORS:
            return person
        home, how = self.home, "story-state+title"
        if person.sector == _JUDICIAL and (court := self.court_state(head)) is not None:
            home, how = court, "court-place+title"
        if home is None:
            home, how = self._sentence_state(head), "sentence-state+title"
        return person if home is None else replace(person, code=home, country=home, resolved_by=how)

    def local_agent(self, tokens: Sequence[Token], sectors: tuple[str, ...], anchor: Anchor) -> Actor | None:
        """A local agent ("a local official", "provincial authorities") of the state of the place
        named last before it (``local-place+agent``): where the story's events happen, which
        need not be the state it names most."""
        if not sectors or not set(sectors) <= DOMESTIC_SECTORS or not any(t.lower_ in _LOCAL_WORDS for t in tokens):
            return None
        code = self._local_state(tokens[0])
        if code is None:
            return None
        text, start, end = anchor
        return Actor(text=text, start=start, end=end, name=knowledge.country_name(code), code=code, country=code,
                     sector=sectors, id=f"state:{code}:{'-'.join(sectors)}", resolved_by="local-place+agent")

    def _local_state(self, token: Token) -> str | None:
        """The state of the place named last before the token."""
        return next((code for at, code in reversed(self._places) if at < token.i), None)

    def _sentence_state(self, token: Token, own_sentence: bool = True) -> str | None:
        """The only state named in the token's sentence (up to the token) and the one before,
        outside quotation marks: a state a speaker names ("the push from the Chinese") is what
        they talk about, not where the narrator places them. Without ``own_sentence``, only when
        the token's own sentence names none before it."""
        sentence = bisect.bisect_right(self._sentence_starts, token.i) - 1
        first = self._sentence_starts[max(sentence - 1, 0)] if sentence >= 0 else 0
        quoted = self._quoted(token)
        named = [(at, code) for at, code in self._states if first <= at < token.i and at not in quoted]
        if not own_sentence and any(at >= self._sentence_starts[max(sentence, 0)] for at, _ in named):
            return None
        states = {code for _, code in named}
        return next(iter(states)) if len(states) == 1 else None

    def _quoted(self, token: Token) -> frozenset[int]:
        """The story's tokens inside quotation marks, found once."""
        if self._quoted_tokens is None:
            self._quoted_tokens = quoted_tokens(token.doc)
        return self._quoted_tokens

    def organisation(self, head: Token, tokens: Sequence[Token], anchor: Anchor) -> Actor | None:
        """'the bloc', 'the regional body', 'his organization', or a noun of the organisation's
        own name ("the court" after "the International Court of Justice") (``coreference``)."""
        lemma = head.lemma_.lower()
        described = self._named_by_noun(head)
        if described is None and lemma in _ORGANISATION_NOUNS:
            described = self._organisation
        if described is None and lemma == "group":  # "the group claimed responsibility"
            described = self._civil_group() if _names_civil_group(tokens) else self._armed_group or self._organisation
        if described is None:
            return None
        if not any(t.lower_ in _DEFINITE for t in head.children if t.dep_ in ("det", "poss")):
            return None
        if any(t.pos_ == "PROPN" for t in tokens):
            return None
        sentence, organisation = described
        if self._sentences_before(head, sentence) > _LOOKBACK:
            return None
        text, start, end = anchor
        return replace(organisation, text=text, start=start, end=end, sector=_organisation_sector(organisation),
                       resolved_by="coreference")

    def _civil_group(self) -> tuple[int, Actor] | None:
        """The non-governmental organisation named last ("the aid group" after the charity), or a
        body of no known kind ("the rights group" after "the Cambodian League for ... Human Rights")."""
        for sentence, body in reversed(self._organisations):
            if "NGO" in body.sector:
                return sentence, body
            if body.sector in ((), UNKNOWN_SECTOR):
                return sentence, replace(body, sector=("NGO",))
        return None

    def _named_by_noun(self, head: Token) -> tuple[int, Actor] | None:
        """The organisation named last whose name's head noun is the phrase's ("the court": the
        International Court of Justice; "the group": the Group of Seven; but "the world" is no
        World Bank), or that the phrase's members make up ("the judges": the court), even with
        an uncoded organisation named since."""
        lemma = head.lemma_.lower()
        if lemma in _ORGANISATION_NOUNS:
            return None
        heads = _MEMBER_BODIES.get(lemma, (lemma, lemma + "s"))  # "the judges": the court
        return next((named for named in reversed(self._organisations)
                     if _name_head(named[1].name or "") in heads), None)

    def agents_met(self, head: Token, anchor: Anchor) -> Actor | None:
        """'the diplomats' after 'diplomats from the G7', up to three sentences back, or further
        when it repeats the earlier phrase's modifiers ("the foreign ministers" after "G7 foreign
        ministers") (``coreference+agent``)."""
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
            return None
        lemma, modifiers = head.lemma_.lower(), _modifiers(head)
        for sentence, word, earlier_modifiers, actor in reversed(self._agents):
            if word == lemma and sentence <= head.sent.start:
                lookback = _MODIFIED_LOOKBACK if modifiers and modifiers <= earlier_modifiers else _LOOKBACK
                if self._sentences_before(head, sentence) > lookback:
                    return None
                text, start, end = anchor
                return replace(actor, text=text, start=start, end=end, resolved_by="coreference+agent")
        return None

    def author(self, head: Token, anchor: Anchor) -> Actor | None:
        """'A statement said': whoever issues it, when the phrase names no author (``author``);
        "X said in a statement" is X's; "the statement" is the one named last, up to
        ``_MODIFIED_LOOKBACK`` sentences back."""
        if not is_document(head):
            return None
        text, start, end = anchor
        spoken = self._spoken_in(head)
        if spoken is not None:
            self._document = (head.sent.start, spoken)
            return replace(spoken, text=text, start=start, end=end, resolved_by="author")
        if any(c.dep_ in ("poss", "prep") for c in head.children):
            return None  # "the ministry's statement", "a statement from X": the author is named
        recent = self._subject is not None and self._sentences_before(head, self._subject[0]) <= 1
        if recent and self._subject is not None:
            author = self._subject[1]
        elif self._document is not None and _definite(head) \
                and self._sentences_before(head, self._document[0]) <= _MODIFIED_LOOKBACK:
            author = self._document[1]
        else:
            return None
        self._document = (head.sent.start, author)
        return replace(author, text=text, start=start, end=end, resolved_by="author")

    def _spoken_in(self, document: Token) -> Actor | None:
        """The coded subject of the speech verb a document gives the words of ('the diplomats
        said in a joint statement'), when it was the last subject named."""
        verb = document.head.head if document.head.dep_ == "prep" and document.head.lower_ == "in" else None
        if verb is None or verb.lemma_.lower() not in SPEECH_ACT_VERBS or self._subject is None:
            return None
        subjects = [c.i for c in verb.children if c.dep_ == "nsubj"]
        sentence, actor = self._subject
        return actor if subjects and sentence == document.sent.start and self._subject_at == subjects[0] else None

    def group(self, pronoun: Token) -> Actor | None:
        """'They' as a subject: the first group subject of the last sentence before it that has
        one, that sentence or the one before (``coreference``)."""
        if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in SPEECH_ACT_VERBS:
            return None
        before = [(sentence, actor) for sentence, head, actor in self._groups if head < pronoun.i]
        if not before or self._sentences_before(pronoun, before[-1][0]) > 1:
            return None
        actor = next(actor for sentence, actor in before if sentence == before[-1][0])  # the first conjunct
        return replace(actor, text=pronoun.text, start=pronoun.idx, end=pronoun.idx + len(pronoun.text),
                       resolved_by="coreference")

    def _sentences_before(self, head: Token, sentence_start: int) -> int:
        return sum(1 for s in self._sentence_starts if sentence_start < s <= head.i)


def _definite(head: Token) -> bool:
    """'the statement', 'this statement': a document named before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children)


def _definite_singular(tokens: Sequence[Token]) -> bool:
    """'the military', 'the army': one body of a state, not a number of people of it."""
    head = _phrase_head(tokens)
    return head.tag_ == "NN" and _definite(head)


def _has_local_word(head: Token) -> bool:
    """A local word before a person's name or in its apposition ("local resident X", "X, a
    district official")."""
    words = [t for t in head.lefts] + [t for c in head.children if c.dep_ == "appos" for t in c.lefts]
    return any(t.lower_ in _LOCAL_WORDS for w in words for t in w.subtree)


def _modifiers(head: Token) -> frozenset[str]:
    """The lowercased common-word modifiers of an agent noun ("foreign" of "G7 foreign ministers")."""
    return frozenset(c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN"))


def _undescribed(head: Token) -> bool:
    """A single person's name the text says nothing about that the actor stage could not read:
    no body it works at, for or with ("X, director of Y University's institute"; "X, a
    descendant of the emperors of Y" says whose family, not whom X works for), no description
    facing abroad ("X, who leads Y's international legal team"), and a full name heading its
    phrase or in apposition with a noun that heads it ("his daughter Linda Wu"): a single word
    tagged as a person is as often a thing ("Brexit", "Europhiles")."""
    name = head if head.pos_ == "PROPN" else next(
        (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    full_name = name is not None and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.lefts)
    if name is None or not full_name or any(t.lower_ in _ABROAD_WORDS for t in head.subtree):
        return False
    roles = [c for c in name.children if c.dep_ == "appos"] + ([head] if name is not head else [])
    return not any(p.dep_ == "prep" and p.lower_ in EMPLOYER_PREPS and any(t.pos_ == "PROPN" for t in p.subtree)
                   for role in roles if role.lemma_.lower() not in KIN_NOUNS for p in role.children)


def _name_head(name: str) -> str:
    """The head noun of an organisation's name, lowercased: the last word before "of", else the
    last word ("Group of Seven" -> group, "World Bank" -> bank)."""
    words = name.lower().split()
    before_of = words[:words.index("of")] if "of" in words else words
    return before_of[-1] if before_of else ""


def _state_in_a_name(head: Token, actor: Actor) -> bool:
    """A state's name ending an organisation's longer name ("Dog Meat Free Indonesia", coded by
    the state): the body is what "the organization" later means."""
    if actor.resolved_by != "country-name" or head.pos_ != "PROPN":
        return False
    before = [t for t in head.subtree if t.i < head.i and t.dep_ == "compound" and t.text[:1].isupper()]
    name = " ".join(t.text for t in [*before, head])
    return len(before) >= 2 and normalise_alias(name) not in knowledge.country_aliases()


def _court_places(court: Token) -> list[Token]:
    """The places a court or trial noun is said to sit in: a compound ("a New York court") or
    an 'in' phrase ("a trial in New York")."""
    inside = [g for p in court.children if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pobj"]
    return [c for c in court.children if c.dep_ == "compound"] + inside


def _state_before_a_name(head: Token, actor: Actor) -> bool:
    """A demonym before an organisation's proper name ("the Cambodian League for ... Human
    Rights", coded by the state): the body is what "the rights group" later means."""
    return actor.resolved_by == "demonym" and head.pos_ == "PROPN" and head.ent_type_ == "ORG"


def _names_civil_group(tokens: Sequence[Token]) -> bool:
    """'the aid group', 'the rights group': a group of civil society, never an armed one."""
    return any(t.lower_ in _CIVIL_GROUP_WORDS for t in tokens)


def _is_group(actor: Actor, head: Token) -> bool:
    """Many people or an organisation named by an actor word: a plural agent, conjoined actors, a
    body with no state (not "the new EU measures")."""
    if is_person(actor):
        return False
    if not (sectors_of(head) or head.ent_type_ in _ACTOR_ENTITIES):
        return False
    listed = any(c.dep_ in ("conj", "appos") for c in head.children)  # a list may parse as appositions
    return head.tag_ in ("NNS", "NNPS") or actor.country is None or listed


def _short_form_after(last: Token) -> str | None:
    """The short form a story gives a name it introduces, after the name's last token ``last``:
    "the agency (NISA)", "the agency, or NISA", or "(NISA" taken into the phrase by the parser."""
    doc, i = last.doc, last.i
    after = [t.text for t in doc[i + 1:i + 4]]
    around = [t.text for t in doc[max(i - 1, 0):i + 2]]
    short = ""
    if len(after) == 3 and (after[0], after[2]) == ("(", ")"):
        short = after[1]
    elif len(after) == 3 and after[:2] == [",", "or"]:
        short = after[2]
    elif len(around) == 3 and (around[0], around[2]) == ("(", ")"):
        short = around[1]
    return short if len(short) >= 2 and short.isalpha() and short.isupper() else None


def _portfolio(text: str) -> frozenset[str]:
    """The portfolio words of a department's phrase ("Ministry of Foreign Affairs" -> foreign);
    empty when the phrase names no ministry or department."""
    words = {w.strip(".,'’").lower() for w in text.split()}
    if not words & _MINISTRY_NOUNS:
        return frozenset()
    return frozenset(words & _PORTFOLIOS)


def _most_named(codes: Sequence[str]) -> frozenset[str]:
    """The states named most often, ties and all."""
    counts = Counter(codes)
    top = max(counts.values(), default=0)
    return frozenset(code for code, count in counts.items() if count == top)


def _phrase_head(tokens: Sequence[Token]) -> Token:
    """The token of the phrase whose syntactic head lies outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


def is_document(head: Token) -> bool:
    """A statement, communique, readout or declaration: it speaks for whoever issued it."""
    return head.lemma_.lower() in _DOCUMENT_NOUNS


def home_state(hits: Sequence[NameHit], headline: frozenset[str] = frozenset(),
               headline_place: str | None = None) -> str | None:
    """The state a story is about: named at least ``_HOME_MIN_NAMES`` times (twice when it is the
    only state named), and at least twice as often as any other state (by name, demonym or
    capital), or half as often again when it is the one state the headline names, or more often
    than any other when the headline places its news there ("Fate of 8 Uyghurs in Thailand")."""
    counts = Counter(h.entry.country for h in hits if h.entry.country is not None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < (_HOME_MIN_NAMES if len(ranked) > 1 else _HOME_ALONE_MIN_NAMES):
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        headlined = headline == {ranked[0][0]} and 2 * ranked[0][1] >= 3 * ranked[1][1]
        return ranked[0][0] if headlined or headline_place == ranked[0][0] else None
    return ranked[0][0]


def title_states(title: str) -> frozenset[str]:
    """The states a headline names by name, demonym or abbreviation ("Kenya's operation")."""
    words = re.findall(r"[\w.'-]+", normalise_alias(title))
    words = [w.removesuffix("'s") for w in words]
    aliases = knowledge.country_aliases()
    found = set()
    for size in range(1, _MAX_TITLE_ALIAS_WORDS + 1):
        for i in range(len(words) - size + 1):
            alias = aliases.get(" ".join(words[i:i + size]))
            if alias is not None and alias.kind in _HEADLINE_KINDS and not alias.ambiguous:
                found.add(alias.iso3)
    return frozenset(found)


def title_place(title: str) -> str | None:
    """The one state a headline places its news in ("Fate of 8 Uyghurs in Thailand in limbo"), if any."""
    aliases = knowledge.country_aliases()
    placed = set()
    for match in re.finditer(r"\bin ((?:the )?(?:[A-Z][\w.'’-]*\s?){1,%d})" % _MAX_TITLE_ALIAS_WORDS, title):
        words = normalise_alias(match.group(1)).split()
        for size in range(len(words), 0, -1):
            alias = aliases.get(" ".join(words[:size]).removesuffix("'s"))
            if alias is not None and alias.kind in _HEADLINE_KINDS and not alias.ambiguous:
                placed.add(alias.iso3)
                break
    return next(iter(placed)) if len(placed) == 1 else None


def _organisation_sector(organisation: Actor) -> tuple[str, ...]:
    """The organisation's own sector ("IGO"), whichever of its agents was named."""
    sector = _igo_sectors().get(organisation.code or "")
    return (sector,) if sector is not None else organisation.sector


@functools.cache
def _igo_sectors() -> dict[str, str]:
    return {alias.code: alias.sector for alias in knowledge.igo_aliases().values()}


__all__ = ["DOMESTIC_SECTORS", "KIN_NOUNS", "SPEECH_ACT_VERBS", "StoryContext", "home_state", "is_document"]
