"""The place stage: locate every event at the place that governs its clause.

Which names are places, and which word of its sentence each place phrase says where of, is read
by :mod:`dyads.stages.place_phrases`; an event takes the place closest to it there. An occasion
placed in a country takes the town a later definite mention of it names ("talks in Canada" ...
"The talks in Charlevoix").

With no place in its own sentence, an event takes, in order: the place of the occasion a
definite noun of its clause, or of a participle setting its scene, points back to ("boycotted
the meeting", "Speaking at the event, ..."; a definite incident noun, "the attack", points
back to the incident told of before); for a speaker's own
speech act inside a quote, the place of the quote's cue; for a simple-past sentence that says
it goes on from the one before ("The hosts, however, did not invite ..."), that sentence's
place, also when that place is an occasion's it points back to (and so for words given as its
reason: "It ended quickly because their demands did not mesh"); for an event foretold in a
sentence that goes on from a meeting or journey yet to come that the sentence before
announces, that occasion's place. These are the time stage's rules
(:mod:`dyads.stages.attach`). Last, a story whose
lead reports an occasion with a place ("Foreign ministers gathered Thursday in Rome", "The
announcement came during a two-day visit by the premier to Oslo") sets the scene for the
words and talks of its participants (and the doings of a club's members, when a club takes part:
"Rubio is to meet Iwaya" at a G7 meeting) on that day: for the whole story when the occasion is the
lead's main verb; else while the sentences after it tell of them, and for their talks after.
Likewise a story whose lead reports a deed at a town ("Militants attacked a train on Tuesday
near Sibi") sets the scene for the deeds it goes on to tell in the simple past, on that day
("The militants blew up the tracks"), or as going on then ("were holding hostages"), which
take the town and, when the text gives them no date, the incident's day; not for words,
plans or denials, nor for a deed in a sentence that names somewhere else (not where a journey
still on its way is going: "was traveling to Peshawar when it came under attack") or set at another
time ("was providing aid before the coup"), and only until the story moves to another town of
the country or back to an earlier time. The lead's deed need not be coded: one whose doer the
guidelines leave uncoded ("Gunmen attacked a bus on Tuesday near Sibi") is the incident all the
same. An occasion of the host's own people alone sets no scene.

When the lead places its deed only in a province ("an attack on a train in Balochistan
province"), the incident's town is the first town a later sentence of the lead sets the scene in
("the train remains blocked in a tunnel near Sibi"), or else the first town the story later
writes with that province ("a tunnel near Sibi, Balochistan"). The incident's story takes in
deeds of the day before its own ("rescued the passengers, a day after the attack").

An event made by saying (a demand, an accusation, a pledge) happens where the words are said: it
takes no place from the things it speaks of ("called for a new government in Syria"), nor do talks
from their topic ("discussed challenges in Asia"); words
reported as the speaker's own, or their state's, take the report's place ("said in Oslo that
Norway will retaliate"), as long as they are not a request still to come.

An event told in a "where" clause on a site that another event is done to happened where that
event did: "militants attacked a hotel where elders were meeting" (the meeting was at the hotel).

An event no place governs between a state's own people ("Police detained 40 protesters") happened
in that state; any other event no place governs keeps ``location = None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain

from spacy.tokens import Doc, Span, Token

from dyads import gazetteer, temporal
from dyads.gazetteer import Place, StoryContext
from dyads.records import Actor, DateInfo, Event, Location
from dyads.stages import Document
from dyads.stages.attach import (antecedents, attachment, attachment_rank, clause_head, continues, foretold,
                                 narrated, planned, reports, same_speaker, simple_past, site_antecedents,
                                 speaker, speech_cue, trigger_token)
from dyads.stages.place_phrases import (DESTINATION, LOCATIVE, SPECIFICITY, VISIT, LocatedPlace, PlaceMention,
                                        anaphoric_mentions, best_place, find_places, in_name_chain,
                                        is_occasion, located_places, story_context)
from dyads.stages.time_phrases import (Resolver, attach_mentions, find_expressions, first_resolved, in_words,
                                      words_behind)

__all__ = ["PlaceMention", "event_location", "find_places", "locate_events", "story_context"]

# Events made by saying something: they happen where the words are said, not where what they
# speak of is ("called for a new government in Syria").
_SAID = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# ... of which a pledge or a threat is made by saying it, also when it is of what is to come (as
# the time stage dates it).
_PLEDGES = frozenset({"AGREE", "THREATEN"})
# Journeys that bring a visitor to an occasion (not "fled to Poland", "deployed to the border").
_ARRIVAL = VISIT | {"travel", "arrive", "fly"}


def event_location(trigger: Token, context: StoryContext = StoryContext(),
                   mentions: Sequence[PlaceMention] | None = None) -> Location | None:
    """Where the event whose trigger (verb or event noun) is ``trigger`` happened, or None.

    Args:
        trigger: the event's trigger token in a parsed document.
        context: the story's countries and US states (see :func:`story_context`).
        mentions: the document's place mentions (:func:`find_places` when omitted).

    Returns:
        The gazetteer place that governs the trigger's clause, as a ``Location``, or None.

    Example: for "clashed" in "Baerbock clashed with Qin in Berlin on Tuesday." ->
    ``Location('Berlin', 2950159, 'DEU', 52.52437, 13.41053)``.
    """
    doc = trigger.doc
    found = find_places(doc) if mentions is None else mentions
    place = best_place(trigger, located_places(doc, found, context))
    return None if place is None else place.location()


def locate_events(document: Document) -> Document:
    """The place stage: each event takes the place that governs its clause, if any.

    Args:
        document: a parsed story with its events coded and actors resolved.

    Returns:
        The document with ``location`` set on every event a place name governs.

    Example: "Putin will meet Xi in Beijing next week." locates the event in Beijing
    (geonameid 1816670, CHN).
    """
    if not document.events:
        return document
    doc = document.doc
    named = find_places(doc)
    mentions = sorted([*named, *anaphoric_mentions(document, named)], key=lambda m: m.start_char)
    if not mentions:
        return replace(document, events=tuple(_at_home(event) for event in document.events))
    located = _refined(located_places(doc, mentions, story_context(document, mentions)))
    carried = _narration_places(doc, located)
    plans = planned(doc, document.mentions, lambda token: best_place(token, located))
    setting = _story_setting(document, located)
    incident = _incident(document, located)
    events = []
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        place = best_place(token, located, _made_by_saying(event, token)) if token is not None else None
        if place is None and token is not None:
            place = _antecedent_place(token, located) or \
                _speech_place(document, event, located, carried) or \
                _reported_place(document, event, token, located) or (
                carried.get(token.sent.start) if narrated(token) or words_behind(event, token) else None) or (
                plans.get(token.sent.start) if foretold(token) else None)
        if place is None and setting is not None and setting.covers(event, token):
            place = setting.place
        if place is None and incident is not None and token is not None and incident.covers(event, token) \
                and not _elsewhere(token.sent, located, incident.place, incident.region):
            place, event = incident.place, replace(event, date=incident.day_of(event))
        events.append(event if place is None else replace(event, location=place.location()))
    return replace(document, events=tuple(_at_home(event) for event in _at_sites(doc, events)))


def _at_home(event: Event) -> Event:
    """An event no place governs between a state's own people ("Police detained 40 protesters")
    happened in that state."""
    if event.location is not None:
        return event
    home = event.source.country
    if home is None or event.target is None or event.target.country != home:
        return event
    state = gazetteer.country_of(home)
    return event if state is None else replace(event, location=state.location())


def _at_sites(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """Events told in a "where" clause on a site another event is done to take that event's
    place: "attacked a hotel where officials were meeting" (the meeting was at the hotel, so
    wherever the attack was). Words about a site are not said at it ("in Geneva, criticized a
    country where journalists are jailed"): only a deed done to the site, or any event at it
    ("spoke at a hotel where ..."), passes its place on."""
    placed = {token.i: event for event in events if event.location is not None
              and (token := trigger_token(doc, event.trigger)) is not None}
    located = []
    for event in events:
        token = trigger_token(doc, event.trigger) if event.location is None else None
        site = _where_site(token) if token is not None else None
        done = placed.get(clause_head(site).i) if site is not None else None
        place = done.location if done is not None and site is not None and _done_at(site, done) else None
        located.append(event if place is None else replace(event, location=place))
    return located


def _where_site(trigger: Token) -> Token | None:
    """The noun a "where" relative clause holding the trigger describes ("a hotel where officials
    were meeting"), or None."""
    clause = clause_head(trigger)
    where = clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children)
    return clause.head if where else None


def _done_at(site: Token, event: Event) -> bool:
    """Whether an event of a site's clause happened at the site: a deed done to it ("attacked a
    hotel"), or any event with the site as its locative ("fought in a village")."""
    if site.dep_ == "dobj":
        return event.quad_class in _DEEDS
    return site.dep_ == "pobj" and site.head.lower_ in LOCATIVE and site.head.head.i == clause_head(site).i


def _made_by_saying(event: Event, trigger: Token | None) -> bool:
    """Whether an event is made by saying something, so takes no place from what it speaks of:
    the said types, and talks about a topic ("discussed challenges in Asia"; ``topic_verb`` in
    ``temporal.tsv``)."""
    return event.type in _SAID or (trigger is not None and trigger.lemma_.lower() in temporal.vocabulary("topic_verb"))


@dataclass(frozen=True)
class _Setting:
    """The occasion a story's lead reports ("Top diplomats gathered Thursday in Rome", "during a
    two-day visit by the premier to Oslo"): where, when, who took part, and where the scene
    ends (the token index of the first sentence that tells of something else)."""

    place: Place
    date: DateInfo
    participants: frozenset[str]
    scene_end: int | None = None
    members: frozenset[str] = frozenset()  # member states of a club among the participants

    def covers(self, event: Event, trigger: Token | None = None) -> bool:
        """Whether an event is a participant's words or talks on the occasion's day, or a
        member's of a club taking part, as the doer: there. Past the scene's end only talks are
        (a minister's "meetings with counterparts" on the summit's day)."""
        if event.quad_class not in (1, 3) and event.type != "CONSULT":
            return False
        codes = {event.source.code, event.target.code if event.target else None}
        if not codes & self.participants and event.source.code not in self.members:
            return False  # "Rubio met Iwaya" at the G7, not "Putin backs the U.S." on its day
        same_day = (event.date.start, event.date.end) == (self.date.start, self.date.end)
        if not (same_day and (event.date.precision != "story" or self.date.end == event.date.end)):
            return False
        in_scene = self.scene_end is None or trigger is None or trigger.i < self.scene_end
        return in_scene or event.type == "CONSULT"


_LEAD_SENTENCES = 2  # a lead's occasion is in its first two sentences
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _story_setting(document: Document, located: Sequence[LocatedPlace]) -> _Setting | None:
    """The setting of a story whose lead reports an occasion with a place: a meeting, summit
    or visit at the root of its first sentence, or an occasion noun with a place of its own in
    its first two sentences ("said in a statement from the site of their talks in Canada")."""
    return _lead_setting(document, located) or _occasion_setting(document, located)


def _lead_setting(document: Document, located: Sequence[LocatedPlace]) -> _Setting | None:
    """A meeting, summit or visit at the root of the story's first sentence, with a place."""
    doc = document.doc
    lead_sentence = next(iter(doc.sents), None)
    if lead_sentence is None:
        return None
    root = lead_sentence.root
    words = temporal.vocabulary("occasion_verb").keys() | temporal.vocabulary("occasion").keys()
    if root.lemma_.lower() not in words and not any(
            c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in words for c in root.children):
        return None
    place = best_place(root, located)
    lead = next((e for e in document.events if trigger_token(doc, e.trigger) == root), None)
    if place is None or lead is None:
        return None
    end = root.sent.end
    participants = frozenset(m.actor.code for m in document.mentions if m.last <= end and m.actor.code)
    return _Setting(place, lead.date, participants, members=_members(participants, document))


def _occasion_setting(document: Document, located: Sequence[LocatedPlace]) -> _Setting | None:
    """An occasion with a place of its own in the lead ("a two-day visit by the premier to
    Oslo", "from the site of their talks in Canada", "arrived in Oslo on Tuesday for a two-day
    visit"; not one still to come, "met Putin before flying to Paris"). Its participants are the
    actors named in its phrase, the subject of its clause and the host country; the scene lasts while the
    sentences after it tell of their words and talks. An occasion of the host's own people
    alone ("local officials were meeting at a hotel in central Somalia", "detainees were flown
    to Louisiana") sets no scene: the host's every act would be placed there."""
    doc = document.doc
    for sentence in list(doc.sents)[:_LEAD_SENTENCES]:
        for noun in sentence:
            if not is_occasion(noun) and not _arrival(noun) or _still_to_come(noun):
                continue
            place = _own_place(noun, located)
            if place is None:
                continue
            participants = _participants(document, noun, place)
            if not participants - {place.country}:
                continue  # a domestic occasion ("officials were meeting in central Somalia")
            date = _occasion_date(document, noun)
            setting = _Setting(place, date, participants, members=_members(participants, document))
            return replace(setting, scene_end=_scene_end(document, setting, sentence.end))
    return None


def _still_to_come(verb: Token) -> bool:
    """Whether an occasion or journey comes after what its sentence tells ("met Putin on Monday
    before flying to Paris"): not the scene of it."""
    if verb.dep_ == "pcomp":
        return verb.head.lower_ == "before"
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "before" for c in verb.children)


def _arrival(verb: Token) -> bool:
    """A meeting or a journey told by its verb ("met in Oslo", "arrived in Oslo for talks")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _ARRIVAL or lemma in temporal.vocabulary("occasion_verb"))


def _own_place(noun: Token, located: Sequence[LocatedPlace]) -> Place | None:
    """The place written in an occasion noun's own phrase ("talks in Geneva", "visit to Oslo")."""
    own = [item for item in located if item.governor is not None and item.governor.i == noun.i]
    return max(own, key=lambda item: SPECIFICITY.get(item.place.kind, 0)).place if own else None


def _participants(document: Document, noun: Token, place: Place) -> frozenset[str]:
    """The actors named in an occasion's phrase, the subject of its clause, and the host."""
    spans = [(noun.left_edge.i, noun.right_edge.i + 1)]
    clause = clause_head(noun)
    spans += [(c.left_edge.i, c.right_edge.i + 1) for c in clause.children
              if c.dep_ in ("nsubj", "nsubjpass")]
    codes = {m.actor.code for m in document.mentions
             if m.actor.code and any(start <= m.head < end for start, end in spans)}
    if codes and place.country:
        codes.add(place.country)
    return frozenset(codes)


def _members(participants: frozenset[str], document: Document) -> frozenset[str]:
    """The member states of the clubs among an occasion's participants: a meeting of the G7's
    ministers is one of each member's minister (``igo_members.tsv``)."""
    year = document.story.story_date.year
    return frozenset().union(*(gazetteer.members_of(code, year) for code in participants))


def _occasion_date(document: Document, noun: Token) -> DateInfo:
    """The date of the occasion's own event, else of its sentence's first event, else the story's."""
    sentence = noun.sent
    inside = [e for e in document.events if sentence.start_char <= e.trigger.start < sentence.end_char]
    own = next((e for e in inside if e.trigger.start == noun.idx), None) or next(iter(inside), None)
    if own is not None:
        return own.date
    day = document.story.story_date.isoformat()
    return DateInfo(day, day, "story")


def _scene_end(document: Document, setting: _Setting, start: int) -> int:
    """The token index of the first sentence after ``start`` whose events, if any, are none of
    the participants' words or talks on the occasion's day."""
    doc = document.doc
    by_sentence: dict[int, list[Event]] = {}
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        if token is not None and token.i >= start:
            by_sentence.setdefault(token.sent.start, []).append(event)
    for sentence_start in sorted(by_sentence):
        if not any(setting.covers(e) for e in by_sentence[sentence_start]):
            return sentence_start
    return len(doc)


def _refined(located: Sequence[LocatedPlace]) -> list[LocatedPlace]:
    """Occasions placed in a country made more specific by a later definite mention of the same
    occasion: "talks in Canada" and then "The talks in Charlevoix, Quebec" are in Charlevoix
    ("a visit to Oslo" and then "a visit to the port" are two visits)."""
    refined = list(located)
    for index, item in enumerate(located):
        if item.place.kind != "country" or item.governor is None or not is_occasion(item.governor):
            continue
        lemma = item.governor.lemma_.lower()
        finer = next((later.place for later in located[index + 1:] if later.governor is not None
                      and later.governor.lemma_.lower() == lemma and _definite(later.governor)
                      and later.place.country == item.place.country and later.place.kind != "country"), None)
        if finer is not None:
            refined[index] = replace(item, place=finer)
    return refined


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _speech_place(document: Document, event: Event, located: Sequence[LocatedPlace],
                  carried: Mapping[int, Place]) -> Place | None:
    """Where a speaker's own speech act was made: an event inside a quote whose speaker is its
    source takes the place of the quote's cue ("In Paris, Macron said: 'We will send troops'")."""
    cue = speech_cue(document.doc, document.quotes, event)
    if cue is None:
        return None
    return best_place(cue, located) or _antecedent_place(cue, located) or (
        carried.get(cue.sent.start) if narrated(cue) else None)


def _reported_place(document: Document, event: Event, trigger: Token,
                    located: Sequence[LocatedPlace]) -> Place | None:
    """Where words reported as their speaker's own were said: an event made by saying, in what its
    source (or its speaker's side) is reported to have said, was made where the report places
    the speaker ("Speaking in Washington, the adviser said the president would meet Kim": the
    offer was made there). A deed reported ("said in Oslo that rebels had attacked") was not."""
    if event.type not in _SAID or (event.modality in _UNSURE and event.type not in _PLEDGES):
        return None  # "said in Beijing he would urge the Commission": a request still to come
    clause = clause_head(trigger)
    while clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head.i != clause.i:
        verb = clause.head
        if reports(verb):
            said_by = speaker(verb, document.mentions)
            return best_place(verb, located) if _speaks_for(said_by, event.source) else None
        clause = clause_head(verb)
    return None


def _speaks_for(said_by: Actor | None, source: Actor) -> bool:
    """Whether a speaker speaks for an event's source: the same actor, or an official of the
    state the source is ("the Russian minister said Russia will retaliate")."""
    official = said_by is not None and "GOV" in said_by.sector and said_by.code == source.code \
        and source.code is not None
    return official or same_speaker(said_by, source)


def _antecedent_place(trigger: Token, located: Sequence[LocatedPlace]) -> Place | None:
    """The place of what a definite noun of the event points back to ("boycotted the meeting";
    "The statement said": the statement issued from the site of the talks; "surrounded the
    hotel": the hotel stormed in Beledweyne)."""
    earlier = chain(antecedents(trigger), site_antecedents(trigger))
    return next((p for e in earlier if (p := best_place(e, located)) is not None), None)


def _narration_places(doc: Doc, located: Sequence[LocatedPlace]) -> dict[int, Place]:
    """Sentence start -> the place a simple-past sentence with none of its own continues: the
    place of the sentence before it ("The rebels attended a meeting in Doha. The hosts did not
    invite ..."), deeds after deeds and words after words (see :func:`~dyads.stages.attach.narrated`),
    also the place of the occasion the sentence before points back to ("Speaking at the event, X
    suggested ... X also suggested")."""
    carried: dict[int, Place] = {}
    previous: tuple[Place, bool] | None = None
    for sentence in doc.sents:
        root = sentence.root
        if previous is not None and previous[1] == in_words(root) and continues(root):
            carried[sentence.start] = previous[0]
        if not narrated(root):
            previous = None
            continue
        own = best_place(root, located) or _antecedent_place(root, located)
        if own is not None:
            previous = (own, in_words(root))
        elif sentence.start not in carried:
            previous = None
    return carried


# --------------------------------------------------------------------------- the incident

_DEEDS = frozenset({2, 4})  # material cooperation and material conflict: what is done, not said
_UNSURE = frozenset({"future", "hypothetical"})
_PROVINCES = frozenset({"region", "admin1"})  # parts of a state, which hold a few towns
_INCIDENT_LEAD = 5  # an incident story names its incident and its town in its first sentences
_PLACE_NAMES = frozenset({"GPE", "LOC", "FAC"})
_NON_FINITE = frozenset({"VBG", "VBN", "VB"})
_FINITE_AUX = frozenset({"VBD", "VBZ", "VBP", "MD"})  # "were holding", not "to be holding"
# Adverbs that set a deed apart from the incident: "and later killed 50 militants in airstrikes".
_ANOTHER_EPISODE = frozenset({"later", "afterwards", "afterward", "subsequently", "elsewhere"})
_OTHER_TIME = frozenset({"before", "since", "until"})  # "providing aid before the coup"


@dataclass(frozen=True)
class _Incident:
    """A deed at a town that a story's lead reports ("Militants attacked a train on Tuesday near
    Sibi"): where and when it happened, and the token span of the story that tells of it, from
    its sentence to the first sentence with a deed of another place or day."""

    place: Place
    date: DateInfo
    start: int
    end: int
    region: Place | None = None  # the province the lead named the town's deed in, if any

    def covers(self, event: Event, trigger: Token) -> bool:
        """Whether an event is a deed of the incident: done (not said, planned or denied), told
        in the simple past while the story tells of the incident, and on its day as far as the
        text says ("our soldiers shot dead two militants"; not "the army has increased the
        violence over the last weeks", nor "Troops occupy the campus", nor "was providing aid
        before the coup")."""
        if not self.start <= trigger.i < self.end or event.quad_class not in _DEEDS:
            return False
        if event.negated or event.modality in _UNSURE or trigger.pos_ not in ("VERB", "NOUN"):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in _ANOTHER_EPISODE or _set_apart(c)
               for c in clause_head(trigger).children):
            return False
        return _within(event.date, self.date) and _told_in_the_past(_finite_clause(trigger))

    def day_of(self, event: Event) -> DateInfo:
        """A deed of the incident the text gives no date of its own happened on its day."""
        return self.date if event.date.precision == "story" else event.date


def _set_apart(child: Token) -> bool:
    """Whether a clause's modifier sets it at another time than the incident's: "was already
    providing aid before the coup", "have fought since 2011"."""
    if child.dep_ == "prep":
        return child.lower_ in _OTHER_TIME
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in child.children)


def _within(date: DateInfo, other: DateInfo) -> bool:
    """Whether a date lies inside an incident's (from its eve, see :func:`_eve`), or has no date
    of its own (the story's)."""
    return date.precision == "story" or (_eve(other) <= date.start and date.end <= other.end)


def _eve(date: DateInfo) -> str:
    """The day before an incident's date: a lead often tells of an incident on the day it ended
    ("rescued the passengers, a day after an attack on a train"), so the attack of the day
    before ("claimed responsibility for the attack") is still its story."""
    return (dt.date.fromisoformat(date.start) - dt.timedelta(days=1)).isoformat()


def _told_in_the_past(verb: Token) -> bool:
    """A simple past, or a past progressive telling what was going on ("bombers were holding
    hostages")."""
    if simple_past(verb):
        return True
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and bool(auxes) and all(a.lemma_ == "be" and a.tag_ == "VBD" for a in auxes)


def _finite_clause(trigger: Token) -> Token:
    """The first clause with a tense of its own above a trigger: "worked" for "rescue" in
    "worked through the night to rescue elders", "singled out" for "shooting" in "singled out
    passengers, shooting many"."""
    clause = clause_head(trigger)
    for _ in range(4):
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        finite = clause.tag_ not in _NON_FINITE or any(a.tag_ in _FINITE_AUX for a in auxes)
        if finite or clause.head.i == clause.i:
            return clause
        clause = clause_head(clause.head)
    return clause


def _incident(document: Document, located: Sequence[LocatedPlace]) -> _Incident | None:
    """The first material-conflict deed in the lead that a town locates, as an incident the
    story goes on to tell of ("killed the six attackers who laid siege to a hotel in the town of
    Beledweyne. ... shot dead two militants"), else the first such deed the lead tells of with no
    event coded (:func:`_uncoded_incident`); None when the lead names no such deed."""
    doc = document.doc
    lead = list(doc.sents)[:_INCIDENT_LEAD]
    lead_end = lead[-1].end if lead else 0
    for event in sorted(document.events, key=lambda e: e.trigger.start):
        token = trigger_token(doc, event.trigger)
        if token is None or token.i >= lead_end or event.quad_class != 4 or event.modality in _UNSURE:
            continue
        place, region = best_place(token, located), None
        if place is None or place.is_area:
            place, region = _town_of_region(token, located, lead_end, place, _trigger_indices(document))
        if place is not None and not place.is_area:
            end = _incident_end(document, located, place, event.date, token)
            return _Incident(place, event.date, token.sent.start, end, region)
    return _uncoded_incident(document, located, lead_end)


def _uncoded_incident(document: Document, located: Sequence[LocatedPlace], lead_end: int) -> _Incident | None:
    """A deed at a town that the lead tells of with no event coded for it, its doer unnamed
    ("Gunmen attacked a bus on Tuesday near Sibi"; the guidelines code no event with no
    identifiable source): still the incident the story goes on to tell of. Its verb is an
    ``incident_verb`` of ``temporal.tsv``, told in the simple past and not denied."""
    doc = document.doc
    words = temporal.vocabulary("incident_verb")
    triggers = _trigger_indices(document)
    for token in doc[:lead_end]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in words or token.i in triggers \
                or any(c.dep_ == "neg" for c in token.children) or not simple_past(_finite_clause(token)):
            continue
        place, region = best_place(token, located), None
        if place is None or place.is_area:
            place, region = _town_of_region(token, located, lead_end, place, triggers)
        if place is not None and not place.is_area:
            day = _deed_date(document, token)
            return _Incident(place, day, token.sent.start, _incident_end(document, located, place, day, token), region)
    return None


def _deed_date(document: Document, verb: Token) -> DateInfo:
    """The date the text gives an uncoded deed's clause, else the story's (precision ``story``)."""
    doc = document.doc
    mentions = find_expressions(doc)
    found = first_resolved(verb, attach_mentions(doc, mentions), Resolver(doc, document.story.story_date, mentions))
    day = document.story.story_date.isoformat()
    return found if found is not None else DateInfo(day, day, "story")


def _trigger_indices(document: Document) -> set[int]:
    """The token indices of the document's event triggers."""
    tokens = (trigger_token(document.doc, event.trigger) for event in document.events)
    return {token.i for token in tokens if token is not None}


def _town_of_region(trigger: Token, located: Sequence[LocatedPlace], lead_end: int,
                    own: Place | None, triggers: set[int]) -> tuple[Place | None, Place | None]:
    """The town where a lead's deed placed only in a province happened: the first town a later
    sentence of the lead sets its scene in, when it is in that province's country ("an attack on
    a train in Balochistan province. ... The train remains blocked in a tunnel near Sibi"), and
    is not where another event is told ("Separately, protesters rallied in Peshawar"). A whole
    country holds too many towns for the next one named to be the deed's. Returns the town and
    its province, or ``(None, None)``."""
    regions = [item.place for item in located if item.sentence == trigger.sent.start
               and item.governor is not None and item.place.kind in _PROVINCES]
    regions += [own] if own is not None and own.kind in _PROVINCES else []
    later = next((item for item in located if trigger.sent.end <= item.head < lead_end
                  and item.governor is not None and item.link in LOCATIVE and not item.place.is_area), None) \
        or _qualified_town(located, regions, trigger.sent.end)
    if later is not None and later.governor is not None \
            and {later.governor.i, clause_head(later.governor).i} & triggers:
        return None, None
    region = next((r for r in regions if later is not None and r.country == later.place.country), None)
    return (None, None) if later is None or region is None else (later.place, region)


def _qualified_town(located: Sequence[LocatedPlace], regions: Sequence[Place], after: int) -> LocatedPlace | None:
    """The first town after token ``after`` that a locative phrase names with the lead's province
    as its qualifier ("came under attack while passing through a tunnel near Sibi, Balochistan"):
    a story that tells of the incident again, further down, says there where in the province it
    was, even when its lead names no town."""
    for item in located:
        if item.head < after or item.governor is None or item.link not in LOCATIVE or item.place.is_area:
            continue
        following = item.governor.doc[item.head + 1: item.head + 3]
        if len(following) == 2 and following[0].text == "," \
                and set(gazetteer.lookup(following[1].text)) & set(regions):
            return item
    return None


def _incident_end(document: Document, located: Sequence[LocatedPlace], place: Place, date: DateInfo,
                  trigger: Token) -> int:
    """The start of the first sentence after the incident's with a deed of another place in
    its country or of an earlier time: the story has moved on to elsewhere or to the background
    ("killed dozens elsewhere in Hirshabelle", "In 2009, a bombing killed 25"). What follows the
    incident (the operation that ended it the next day) is still its story, and so are the
    reactions abroad it tells of on the way ("Protesters massed in front of the embassy in
    Istanbul"), which take no place from it."""
    doc = document.doc
    heads = {item.head for item in located}
    ends = [len(doc)]
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        if token is None or token.sent.start <= trigger.sent.start or event.quad_class not in _DEEDS:
            continue
        own = best_place(token, located)
        moved = (own is not None and own != place and own.country == place.country) \
            or _unknown_place_of(token, heads)
        earlier = event.date.precision != "story" and event.date.end < _eve(date)
        if moved or earlier:
            ends.append(token.sent.start)
    return min(ends)


def _unknown_place_of(trigger: Token, known: set[int]) -> bool:
    """Whether a locative phrase of the event's clause names a place the gazetteer lacks."""
    for token in trigger.sent:
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE and _names_unknown_place(token, known):
            link = attachment(token, in_name_chain)
            if link is not None and attachment_rank(trigger, token.doc[link.governor]) is not None:
                return True
    return False


def _elsewhere(sentence: Span, located: Sequence[LocatedPlace], place: Place, region: Place | None = None) -> bool:
    """Whether a sentence names somewhere other than the incident's town: a place abroad, or a
    place that says where something happened ("during a visit to Quetta"), known to the
    gazetteer or not; the town's own country, state or province do not count, nor where a journey
    still on its way is going (:func:`_en_route`)."""
    for item in located:
        if item.sentence != sentence.start or item.place in (place, region):
            continue
        if item.place.country != place.country:
            return True
        if item.governor is not None and not _contains(item.place, place) and not _en_route(item):
            return True
    heads = {item.head for item in located}
    return any(_names_unknown_place(token, heads) for token in sentence
               if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE)


def _en_route(item: LocatedPlace) -> bool:
    """Whether a place is where a journey still on its way is going ("was traveling to Peshawar
    when it came under attack"): the journey has not got there, so the place is not somewhere
    else that its sentence tells of, any more than a convoy's destination is where it was."""
    governor = item.governor
    return governor is not None and item.link in DESTINATION and governor.tag_ == "VBG" \
        and governor.pos_ == "VERB"


def _contains(area: Place, town: Place) -> bool:
    """Whether a place is the town's country or first-level division."""
    return area.country == town.country and (
        area.kind == "country" or (area.kind == "admin1" and area.admin1 == town.admin1))


def _names_unknown_place(obj: Token, known: set[int]) -> bool:
    """Whether a locative object names a place the gazetteer lacks ("in the Middle Shabelle
    region"), judging by its named entities."""
    subtree = list(obj.subtree)
    if any(t.i in known for t in subtree):
        return False
    return any(t.ent_type_ in _PLACE_NAMES for t in subtree)
