"""The time stage: date every event by the temporal expression that governs its clause.

:func:`date_events` gives each event the date of the expression governing its clause, read as
:mod:`dyads.stages.time_phrases` reads it (:func:`find_expressions`, :func:`is_past_context` and
:func:`event_date` are importable from here too). A threat is made by saying it: a day to come
in its clause is the threatened act's, not the threat's ("will raise tariffs on April 2"). A
clause set some days from its main clause is dated from it ("His remarks come two days after the
president denounced the raid": two days before the story's day).

An event no expression governs takes, the first that applies:

1. the date of the occasion a definite noun of its clause points back to ("attended the
   meeting": the meeting called for Wednesday, see :func:`~dyads.stages.attach.antecedents`),
   also when the text told of it with a verb ("The leaders met on Tuesday. At the meeting, they
   agreed ...");
2. for a speaker's own speech act inside a quote, the date of the quote's cue, also for a quote
   running on past the cue's sentence, unless it is what had been done before the report, or is
   still so ("told VOA on Sunday it had been working with Thailand, including by offering ...");
3. on a simple-past sentence that goes on from the one before ("Its neighbour quickly
   retaliated", "He added", the same speaker's words again; deeds after deeds, words after words,
   see :func:`~dyads.stages.attach.narrated`) or with a history told in an earlier year ("In 2013,
   rebels seized power. A militia fought back."; not one told as coming "later"), the date of that
   sentence, also for words given as the reason such a sentence tells of ("It ended quickly
   because their demands did not mesh");
4. for words of a speaker whose dated words come right after ("X denounced the moves. 'We are
   right,' he said Wednesday."), their date;
5. in a clause set just after or before its main clause, the main clause's week, month or year
   ("soured in 2010 after commandos stormed the ship"), as a simple-past clause takes the week,
   month or year of a clause set just before or after it ("Before concluding his questioning last
   week, the prosecutor read out the charges"), and its day when set only hours from it ("seized
   the train hours after it left Quetta on Tuesday");
6. if it is not modal, the date of a past "while" or "when" clause hanging from its clause ("kept
   building missiles while it was talking with Washington last year");
7. in a past "where" clause, the date of the past clause naming the place it tells of ("arrived in
   Kyiv on Monday, where he held talks");
8. if it is foretold in a sentence that goes on from a meeting or journey yet to come that the
   sentence before announces ("Modi is due to travel to Mauritius on Tuesday. Modi is expected to
   discuss ..."), the date of that occasion (see :func:`~dyads.stages.attach.planned`);
9. else the story date, precision ``story``.

A definite incident noun ("plotting the attack") is the incident told of before ("the previous
day's blasts"), and so is the incident a verb claims ("claimed responsibility for the attack"),
coded as the deed. A definite message that does something ("The statement threatened sanctions")
is dated when it was issued ("issued a statement Tuesday").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import chain

from spacy.tokens import Doc, Token

from dyads import temporal
from dyads.records import Actor, DateInfo, Event
from dyads.stages import Document
from dyads.stages.attach import (CONTINUATIONS, antecedents, claimed_antecedents, clause_head, continues, foretold,
                                 governing_clauses, narrated, planned, reports, same_speaker, simple_past, speaker,
                                 speech_cue, trigger_token)
from dyads.stages.time_phrases import (THROUGH, Attached, Resolver, TemporalMention, attach_mentions, event_date,
                                       find_expressions, first_resolved, is_past_context, not_then, past_perfect,
                                       ranked, words_behind)

__all__ = ["TemporalMention", "date_events", "event_date", "find_expressions", "is_past_context"]

# Modal events made by saying them: a pledge or offer (AGREE), a threat.
_SAID_THEN = frozenset({"AGREE", "THREATEN"})
_VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation and verbal conflict


# --------------------------------------------------------------------------- narration


def _narration_dates(document: Document, attached: Sequence[Attached],
                     resolve: Resolver) -> dict[int, DateInfo]:
    """Sentence start -> the date a simple-past sentence with none of its own continues: the
    date of the sentence before it, as long as each sentence in between goes on narrating.
    Deeds continue deeds ("On Wednesday, the government raised duties. Its neighbour quickly
    retaliated"), words continue words ("X wrote Wednesday ... He added that ...", or the same
    speaker again: "Scholz said Wednesday ... 'Trade matters,' Scholz said"; a sentence's date may
    be the occasion's it points back to: "Speaking at the event, X said ... X also said"); a deed after words
    (or words after a deed) has a time of its own the text does not give."""
    doc, story_date = document.doc, document.story.story_date
    carried: dict[int, DateInfo] = {}
    previous: tuple[DateInfo, bool, Actor | None] | None = None
    for sentence in doc.sents:
        root = sentence.root
        said = reports(root)
        who = speaker(root, document.mentions) if said else None
        if previous is not None and previous[1] == said and (
                continues(root, said and same_speaker(who, previous[2])) or
                not said and _years_back(previous[0], story_date) and not _told_as_later(root)):
            carried[sentence.start] = previous[0]
        if not narrated(root):
            previous = None
            continue
        own = first_resolved(root, attached, resolve) or _antecedent_date(root, attached, resolve)
        if own is not None:
            previous = (own, said, who) if date.fromisoformat(own.start) <= story_date else None
        elif sentence.start in carried:
            previous = (carried[sentence.start], said, who)
        else:
            previous = None
    return carried


def _dated_next(document: Document, attached: Sequence[Attached], resolve: Resolver) -> dict[int, DateInfo]:
    """Sentence start -> the date of the next sentence when that one is the same speaker's words
    told with a date and pointing back to the speaker ("X denounced the moves. 'We are right,' he
    said Wednesday."; "the spokesperson added"): what the speaker said just before, with no date
    of its own, was said then. A speaker named again ("..., Zelenskyy wrote Wednesday") may be
    quoted from another statement."""
    sentences = list(document.doc.sents)
    told: dict[int, DateInfo] = {}
    for sentence, after in zip(sentences, sentences[1:]):
        root, next_root = sentence.root, after.root
        if not reports(next_root) or not simple_past(root) or not simple_past(next_root) \
                or not _points_back(next_root):
            continue
        who = speaker(root, document.mentions)
        if not same_speaker(who, speaker(next_root, document.mentions)):
            continue
        found = first_resolved(next_root, attached, resolve)
        if found is not None and resolve.before_story(found):
            told[sentence.start] = found
    return told


def _points_back(verb: Token) -> bool:
    """Whether a verb's subject points back to someone named before: a pronoun ("he said") or a
    definite common noun ("the spokesperson added")."""
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - verb.i))
    if not subjects:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return True
    return subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _years_back(found: DateInfo, story_date: date) -> bool:
    """A year before the story's: a history the next deeds go on telling ("In 2013, rebels seized
    power. A militia fought back."), where a recent day is an event of its own."""
    return found.precision == "year" and date.fromisoformat(found.end).year < story_date.year


def _told_as_later(root: Token) -> bool:
    """Whether a sentence says it comes later than the one before ("A court later sentenced
    him"): after a history's year, on a day the text does not give."""
    later = {word for word, step in temporal.vocabulary("sequel").items() if int(step) > 0}
    return any(c.dep_ == "advmod" and c.lower_ in later for c in root.children)


def _antecedent_date(trigger: Token, attached: Sequence[Attached], resolve: Resolver) -> DateInfo | None:
    """The date of what a definite noun of the event points back to ("participated in the
    meeting": the meeting called for Wednesday; "claimed responsibility for the attack": the
    attack of Tuesday)."""
    for earlier in chain(antecedents(trigger), claimed_antecedents(trigger)):
        found = first_resolved(earlier, attached, resolve)
        if found is not None:
            return found
    return None


def _told_as_a_verb_date(trigger: Token, attached: Sequence[Attached], resolve: Resolver) -> DateInfo | None:
    """The date of the occasion a definite noun of the event points back to when the text told
    of it with a verb ("The leaders met on Tuesday. At the meeting, they agreed to reopen the
    border": the meeting is the meeting of Tuesday; ``occasion_verb_of`` in ``temporal.tsv``)."""
    verbs = temporal.vocabulary("occasion_verb_of")
    doc = trigger.doc
    for noun in _definite_occasions(trigger):
        lemma = verbs.get(noun.lemma_.lower())
        earlier = next((doc[i] for i in range(trigger.sent.start - 1, -1, -1)
                        if doc[i].pos_ == "VERB" and doc[i].lemma_.lower() == lemma), None)
        if earlier is not None:
            return first_resolved(earlier, attached, resolve)
    return None


def _definite_occasions(trigger: Token) -> list[Token]:
    """The definite occasion nouns the event is done at or names: "At the meeting, they agreed",
    "attended the talks", "the talks" itself."""
    nouns = [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ == "dobj"] + [
        o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    verbs = temporal.vocabulary("occasion_verb_of")
    return [n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in verbs
            and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "their", "its")
                    for c in n.children)]


def _speech_date(document: Document, event: Event, attached: Sequence[Attached], resolve: Resolver,
                 carried: Mapping[int, DateInfo]) -> DateInfo | None:
    """When a speaker's own speech act was made: the date of its quote's cue ("'We will
    retaliate.' ... the minister said on Tuesday", or the day a statement that is the cue's
    subject was issued), also for a quote running on past the cue's sentence; not what the
    speaker says had been done before or is still so ('told VOA on Sunday it had been working
    with Thailand, "including by offering ..."')."""
    cue = speech_cue(document.doc, document.quotes, event)
    token = trigger_token(document.doc, event.trigger)
    # a modal speech act is made by saying it, not one the speaker only believes will be
    if cue is None or token is None or not_then(token, not _believed(token)):
        return None
    return first_resolved(cue, attached, resolve) or _antecedent_date(cue, attached, resolve) or (
        carried.get(cue.sent.start) if narrated(cue) else None)


def _days_apart(clause: Token) -> tuple[int, Token] | None:
    """"two days after ...", "a day before ...": the count of days a subordinate clause is set
    from its main clause, and the marker; None for no such measure."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    words = temporal.vocabulary("number")
    for measure in (*clause.children, *clause.head.children):
        if measure.dep_ != "npadvmod" or measure.lemma_.lower() != "day" or measure.i > mark.i:
            continue
        count = next((c for c in measure.children if c.dep_ in ("nummod", "det")), None)
        if count is None:
            return None
        number = count.text if count.text.isdigit() else words.get(count.lower_)
        return (int(number), mark) if number is not None else None
    return None


def _offset_date(trigger: Token, attached: Sequence[Attached], resolve: Resolver,
                 story_date: date) -> DateInfo | None:
    """The day of an event in a clause set some days from its main clause ("His remarks come
    two days after the president denounced the raid": the denunciation two days before the
    remarks; "He spoke a day after the rebels said that they seized the port"). The
    main clause's own day counts from; with none, the story's day, unless it is perfect,
    modal or future ("will meet two days after ..." is not counted from today). A past
    perfect event happened before the clause it is reported in ("reported that they had seized
    the port"), on a day the text does not give."""
    if past_perfect(clause_head(trigger)):
        return None
    for clause in governing_clauses(trigger, THROUGH):
        apart = _days_apart(clause) if clause.dep_ == "advcl" else None
        if apart is None:
            continue
        days, mark = apart
        main = clause_head(clause.head)
        base = first_resolved(main, attached, resolve)
        if base is None and _plain_or_past(main):
            day = story_date
        elif base is not None and base.precision == "day" and base.start == base.end:
            day = date.fromisoformat(base.start)
        else:
            return None
        day += timedelta(days=-days if mark.lower_ == "after" else days)
        return DateInfo(day.isoformat(), day.isoformat(), "day", None)
    return None


_COARSE = frozenset({"week", "month", "year"})


def _shared_period(trigger: Token, attached: Sequence[Attached], resolve: Resolver) -> DateInfo | None:
    """The week, month or year of the main clause, for an event in a clause set just before or
    after it with no date of its own: "Relations soured in 2010 after commandos stormed the
    ship", also with a gerund: "escaped in July 2020 before being caught"). A day is not
    shared: in "threatened tariffs on Thursday after the EU levied duties" the levy came before
    Thursday, on a day the text does not give."""
    if past_perfect(clause_head(trigger)):
        return None
    for clause in governing_clauses(trigger, THROUGH):
        marked = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before")
                                                for c in clause.children)
        gerund = clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and \
            clause.head.lower_ in ("after", "before")
        if not (marked or gerund):
            continue
        main = first_resolved(clause_head(clause.head if marked else clause.head.head), attached, resolve)
        return main if main is not None and main.precision in _COARSE else None
    return None


def _bounding_period(trigger: Token, attached: Sequence[Attached], resolve: Resolver,
                     said_then: bool = True) -> DateInfo | None:
    """The week, month or year of a clause set just before or after the event's simple-past
    clause, when the event has no date of its own: "Before concluding his questioning last week,
    the prosecutor read out the charges" (the reading too was last week; not "officials are
    pleading ..., after thousands fled this week", still going on). As in
    :func:`_shared_period`, a day is not shared unless the clause is set only hours away, nor is
    the time of a report with what it says will or could be."""
    through = CONTINUATIONS if not_then(trigger, said_then) else THROUGH
    for clause in governing_clauses(trigger, through):
        for child in clause.children:
            bound = _bounding_clause(child)
            if bound is None or not simple_past(clause):
                continue
            found = first_resolved(bound, attached, resolve)
            shared = found is not None and (found.precision in _COARSE or _hours_apart(bound))
            return found if shared else None
    return None


_DURING = frozenset({"while", "when"})


def _during_date(trigger: Token, attached: Sequence[Attached], resolve: Resolver) -> DateInfo | None:
    """The date of a past "while" or "when" clause hanging from the event's clause, when the
    event has none of its own: the event went on at that time ("has continued to build missiles
    while it was talking with Washington last year"); not a future or modal event, which is
    set by the clause only as a condition ("will strike when it is ready"), nor a date to come."""
    for clause in governing_clauses(trigger, THROUGH):
        if _modal_or_future(clause):
            return None
        for child in clause.children:
            if child.dep_ != "advcl" or child.i < clause.i or not _past_clause(child):
                continue
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "advmod") and c.i < child.i}
            if not marks & _DURING:
                continue
            found = first_resolved(child, attached, resolve)
            return found if found is not None and not resolve.after_story(found) else None
    return None


def _where_date(trigger: Token, attached: Sequence[Attached], resolve: Resolver) -> DateInfo | None:
    """The date of the past clause naming the place a past "where" clause tells of, when the event
    has none of its own: it happened there on that visit ("attended a meeting last month in Doha,
    where they met envoys"; "arrived in Kyiv on Monday, where he held talks"); not a place's
    standing state ("Kyiv, where fighting has raged") nor what will be done there."""
    for clause in governing_clauses(trigger, THROUGH):
        if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
            continue
        main = clause_head(clause.head)
        if not simple_past(clause) or not _past_clause(main):
            return None
        found = first_resolved(main, attached, resolve)
        return found if found is not None and not resolve.after_story(found) else None
    return None


def _past_clause(verb: Token) -> bool:
    """A simple past or a past progressive: "was talking", "talked", "was held"."""
    return simple_past(verb) or any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ == "be"
                                    for c in verb.children)


def _modal_or_future(verb: Token) -> bool:
    """'will strike', 'would meet', 'could attack': not what has been done."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _hours_apart(clause: Token) -> bool:
    """Whether a "before" or "after" clause is set hours or minutes from its main clause, so on
    its day: "seized the train hours after it left Quetta on Tuesday"."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")),
                clause.head if clause.dep_ == "pcomp" else None)
    if mark is None:
        return False
    return any(m.dep_ == "npadvmod" and m.lemma_.lower() in ("hour", "minute") and m.i < mark.i
               for m in (*clause.children, *clause.head.children, *mark.children))


def _bounding_clause(child: Token) -> Token | None:
    """The verb of a "before ..." or "after ..." clause hanging from a clause, or None."""
    marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
    if child.dep_ == "advcl" and marks & {"after", "before"}:
        return child
    if child.dep_ == "prep" and child.lower_ in ("after", "before"):
        return next((c for c in child.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")), None)
    return None


def _plain_or_past(verb: Token) -> bool:
    """A plain present or simple past: "His remarks come", "He spoke"; not "has spoken", "will
    speak"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBZ", "VBP", "VBD") and not auxes or \
        verb.tag_ == "VBN" and all(a.tag_ == "VBD" and a.lemma_ == "be" for a in auxes) and bool(auxes)


def _words(event: Event) -> bool:
    """A verbal event (quad class 1 or 3): done by saying it."""
    return event.quad_class in _VERBAL_QUADS


def _said_then(event: Event, trigger: Token | None = None) -> bool:
    """Whether a modal event in a report happens when it is said: a promise or a threat ("said
    on Monday it would invest"), not what the speaker will do later ("said on Monday he would
    urge the commission"), nor what the speaker believes others will do ("told VOA on Friday he
    believes the two leaders will meet": ``belief_verb`` in ``temporal.tsv``)."""
    return event.type in _SAID_THEN and (trigger is None or not _believed(trigger))


def _believed(trigger: Token) -> bool:
    """Whether the event's clause is what someone believes, expects or hopes others will do ("he
    believes the leaders will meet"): a thought, not made by saying it; a speaker's own hedge
    ("I think we'll be inclined to go along") is still a pledge."""
    beliefs = temporal.vocabulary("belief_verb")
    return any(clause.lemma_.lower() in beliefs and not _first_person(clause)
               for clause in list(governing_clauses(trigger, THROUGH))[1:])


def _first_person(verb: Token) -> bool:
    """'I think', 'we expect': the speaker's own voice."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def date_events(document: Document) -> Document:
    """The time stage: each event takes the date of the expression governing its clause.

    Args:
        document: a parsed story with its events coded (see ``code_events``).

    Returns:
        The document with every event's ``date`` read from the text where an expression
        governs the event's clause; other events keep the story date (precision ``story``).

    Example: "Xi spoke with Zelensky on April 26." in a story of 12 May 2023 dates the
    CONSULT event 2023-04-26, precision ``day``.
    """
    if not document.events:
        return document
    doc = document.doc
    mentions = find_expressions(doc)
    attached = attach_mentions(doc, mentions)
    resolve = Resolver(doc, document.story.story_date, mentions)
    carried = _narration_dates(document, attached, resolve)
    told_next = _dated_next(document, attached, resolve)
    plans = planned(doc, document.mentions, lambda token: first_resolved(token, attached, resolve))
    events: list[Event] = []
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        found = first_resolved(token, attached, resolve, _said_then(event, token)) if token is not None else None
        if found is not None and token is not None and _threat_to_come(event, found, resolve):
            found = _said_on(token, attached, resolve)
        if found is None and token is not None:
            found = _offset_date(token, attached, resolve, document.story.story_date) or \
                _shared_period(token, attached, resolve) or \
                _bounding_period(token, attached, resolve, _said_then(event, token)) or \
                _during_date(token, attached, resolve) or \
                _where_date(token, attached, resolve) or \
                _antecedent_date(token, attached, resolve) or \
                _told_as_a_verb_date(token, attached, resolve) or \
                _speech_date(document, event, attached, resolve, carried) or (
                carried.get(token.sent.start) if narrated(token) or words_behind(event, token) else None) or (
                told_next.get(token.sent.start) if _words(event) and narrated(token) else None) or (
                plans.get(token.sent.start) if foretold(token) else None) or \
                _also_done(doc, event, token, events)
        events.append(event if found is None else replace(event, date=found))
    return replace(document, events=tuple(events))


def _threat_to_come(event: Event, found: DateInfo, resolve: Resolver) -> bool:
    """A threat dated by a day to come: the day of the act threatened (see :func:`_said_on`)."""
    return event.type == "THREATEN" and resolve.after_story(found)


def _said_on(trigger: Token, attached: Sequence[Attached], resolve: Resolver) -> DateInfo | None:
    """A threat is made by saying it: a date to come in its clause is when the act threatened
    is to be ("I will increase the tariffs on April 2," he wrote), so it takes the first date of
    its clause that is not to come, the report's ("warned on Monday it will raise tariffs on
    April 2"), or none. (A pledge is dated by what it pledges: "will convene a meeting Friday".)"""
    for mention in ranked(trigger, attached):
        found = resolve(mention)
        if found is not None and not resolve.after_story(found):
            return found
    return None


def _also_done(doc: Doc, event: Event, trigger: Token, earlier: Sequence[Event]) -> DateInfo | None:
    """'The court on Jan. 14 ordered schools to admit them. ... The court also ordered the school
    to give her extra classes': the same actor "also" doing what it did on a day the text gave
    did it then, in the same act."""
    also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children)
    if not also or not simple_past(trigger) or event.source.code is None:
        return None
    for before in reversed(earlier):
        token = trigger_token(doc, before.trigger)
        if token is not None and token.i < trigger.i and before.date.precision != "story" \
                and token.lemma_ == trigger.lemma_ and before.source.code == event.source.code:
            return before.date
    return None
