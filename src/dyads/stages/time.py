"""The time stage: date every event by the temporal expression that governs its clause.

:func:`find_expressions` lists the temporal mentions of a parsed story (spaCy DATE and TIME
entities plus weekday and day words the NER misses, without durations and ages);
:func:`is_past_context` reads the tense that decides whether a year-less date looks back or
forward; :func:`event_date` attaches one expression to an event by the parse (see
:mod:`dyads.stages.attach`: "spoke ... on April 26 for the first time since the invasion in
February 2022" is April 26) and resolves it with :func:`dyads.temporal.resolve_expression`.
An event in a "when" clause takes the date the clause describes ("in 2013, when both
countries withdrew their ambassadors"); a verb with no object of its own, the date of the verb
coordinated after it ("attacking and fighting the troops since 2011"); a simple-past deed, a past
date hung on its purpose clause ("launched an operation to flush out militants in 2015"; a
year-less one read back or forward, whichever is nearer the story's day) or on a bare participle
after it ("caught migrants entering the country in 2014"). A threat is made by saying it: a day
to come in its clause is the threatened act's, not the threat's ("will raise tariffs on April 2"). A
date after "for" on a verb with an object is when its object is to be ("ordered a new trial for
2025"), and an occasion in the object's phrase dates the object ("urging an inquiry into fraud
in the February 8 vote"). A reported event with no expression of its own takes
the date of the report ("Akar on Saturday said Ankara was close to realigning"), unless it is
in the past perfect ("confirmed Wednesday that the Taliban had barred him": before the report,
on a day the text does not give) or under a modal ("said Monday he would urge the
commission": later), except a pledge or threat, made by saying it ("said Monday it would
invest"). A bare date the small model hangs on a noun dates that noun's clause too
("announced the creation of a border force Tuesday on the margins of the summit"), as a dated
statement does what was done in it ("condemned the attack in a statement issued Thursday"); a
possessive date on an object dates only that noun ("condemned Thursday's attack"). Two days
the NER splits are one range ("met on Wednesday and Thursday"). A clause set some days from
its main clause is dated from it ("His remarks come two days after the president denounced
the raid": two days before the story's day). A year-less date in a plain present that is not
a report ("The summit opens Monday in Rome") takes whichever reading, back or forward, is
nearer the story date. An expression told from another date ("One day earlier", "the previous
year") counts from the last date the text gave before it, and a day the small model compounds
onto the subject after a verb dates that verb ("said Sunday Israel will ..."). A date written
apart from its clause still dates it: on a noun a past relative clause describes ("the February
2020 pact the United States negotiated"), on the occasion a statement was issued at ("In a
statement issued at their meeting in July, ..."), on an occasion the event was done at however
deep the parse hangs it ("met for the first time at the summit in June 2018"), on a document's
dating participle ("sent a letter ... dated Feb. 4") or in a verbless adverbial ("effective
Monday, he was charging ..."). A date on the object of "before", "since" or "until" is another
time ("meet before the election in November"). What had been done before a report, or is
still so, takes neither the report's date nor its quote cue's, along the clauses it goes on
from ("told VOA on Sunday it had been working with Thailand, including by offering ...").

An event no expression governs, in order: takes the date of the occasion a definite noun of
its clause points back to ("attended the meeting": the meeting called for Wednesday, see
:func:`~dyads.stages.attach.antecedents`); if it is a speaker's own speech act inside a quote,
the date of the quote's cue, also for a quote running on past the cue's sentence; if it is
told on a simple-past sentence that says it goes on from the one before ("Its neighbour
quickly retaliated", "He added", the same speaker's words again; deeds after deeds, words
after words, see :func:`~dyads.stages.attach.narrated`) or that goes on with a history told
in an earlier year ("In 2013, rebels seized power. A militia fought back."), the date of that
sentence; if it is words of a speaker whose dated words come right after ("X denounced the
moves. 'We are right,' he said Wednesday."), their date; in a clause set just after or
before its main clause, the main clause's week, month or year ("soured in 2010 after
commandos stormed the ship"), as a simple-past clause takes the week, month or year of a
clause set just before or after it ("Before concluding his questioning last week, the
prosecutor read out the charges"), and its day when set only hours from it ("seized the train
hours after it left Quetta on Tuesday"); if it is foretold in a sentence that goes on from a
meeting or journey yet to come that the sentence before announces ("Modi is due to travel to
Mauritius on Tuesday. Modi is expected to discuss ..."), the date of that occasion (see
:func:`~dyads.stages.attach.planned`); else it keeps the story date, precision ``story``. A
definite incident noun ("plotting the attack") is the incident told of before ("the previous
day's blasts"). A definite message that does something ("The statement threatened
sanctions") is dated when it was issued ("issued a statement Tuesday").

Photo captions and datelines are sentences like any other: in "Putin and Xi shake hands after
talks ... in Moscow, Russia, March 21, 2023" the date hangs from "talks", the object of the
caption's verb.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dyads import temporal
from dyads.records import Actor, DateInfo, Event
from dyads.stages import Document
from dyads.stages.attach import (CONTINUATIONS, Attachment, antecedents, attachment, attachment_rank,
                                 clause_head, continues, foretold, governing_clauses, is_clause, narrated,
                                 planned, reports, same_speaker, simple_past, speaker, speech_cue,
                                 trigger_token)

__all__ = ["TemporalMention", "date_events", "event_date", "find_expressions", "is_past_context"]

_BOUNDARY_PREPOSITIONS = frozenset({"since", "until", "till", "by", "before", "after"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "gonna"})
# Entity types a date may be chained to: "in Moscow, Russia, March 21" hangs from the place.
_CHAIN_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# A reported event without a date of its own takes the report's: "Akar on Saturday said Ankara
# was close to realigning" (a place is not inherited so: where it was said is not where); not
# a past perfect one, which happened before the report: "confirmed Wednesday that the Taliban
# had barred him".
_THROUGH = CONTINUATIONS | {"ccomp", "reported-conj", "simultaneous"}
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
# Modal events made by saying them: a pledge or offer (AGREE), a threat.
_SAID_THEN = frozenset({"AGREE", "THREATEN"})
_VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation and verbal conflict
_NOUN_MODIFIERS = frozenset({"nummod", "nmod", "compound", "amod", "poss"})
_MEDIUM_PREPOSITIONS = frozenset({"in", "at", "during"})
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "dative"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass"})
_ANY_DAY = date(2001, 6, 13)  # to ask whether two days written apart read as one range


@dataclass(frozen=True)
class TemporalMention:
    """A temporal expression in a parsed document.

    ``head_token_index`` is the document index of the mention's syntactic root: the token
    whose head lies outside the mention, so the stage can follow it to the governing verb.
    """

    start_char: int
    end_char: int
    text: str
    head_token_index: int


# --------------------------------------------------------------------------- finding mentions


def _with_boundary(span: Span) -> Span:
    """Take in 'since', 'until', 'before'... right before the mention: they change its meaning."""
    doc = span.doc
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.lower_ in _BOUNDARY_PREPOSITIONS and span.root.head.i == prev.i:
            return doc[prev.i: span.end]
    return span


def _mention(span: Span) -> TemporalMention:
    return TemporalMention(span.start_char, span.end_char, span.text, span.root.i)


@functools.cache
def _loose_words() -> frozenset[str]:
    single = {w for w in temporal.vocabulary("day_offset") if " " not in w}
    return frozenset(single | {w for w in temporal.vocabulary("weekday") if len(w) > 4})


def _missed_words(doc: Doc) -> Iterator[Span]:
    """Weekday and day words ("Tuesday", "yesterday") outside every entity."""
    weekdays, loose = temporal.vocabulary("weekday"), _loose_words()
    for token in doc:
        if token.lower_ not in loose or token.ent_type_:
            continue
        if token.lower_ in weekdays and not token.text[0].isupper():
            continue
        yield doc[token.i: token.i + 1]


def _joined_days(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Two days the NER split ("on Wednesday and Thursday") as one expression: an event held
    over both days (:func:`dyads.temporal.resolve_expression` reads "Wednesday and Thursday")."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is not None and span.start == last.end + 1 and doc[last.end].lower_ == "and" \
                and span.root.dep_ == "conj" and span.root.head.i == last.root.i:
            both = doc[last.start: span.end]
            if temporal.resolve_expression(both.text, _ANY_DAY) is not None:
                joined[-1] = both
                continue
        joined.append(span)
    return joined


def find_expressions(doc: Doc) -> list[TemporalMention]:
    """The temporal mentions of a parsed document, in text order.

    Args:
        doc: a spaCy ``Doc`` parsed with a tagger, parser and NER.

    Returns:
        One ``TemporalMention`` per DATE or TIME entity that names a point or period in time
        (durations such as "four years" and ages such as "65-year-old" are dropped) and per
        weekday or day word the NER missed. A preposition that changes the meaning ("since",
        "until", "before"...) is taken into the mention.

    Example: in "The ministers spoke on April 26." the mention is ``"April 26"`` with
    ``head_token_index`` 4 ("April", whose head "on" lies outside it).
    """
    spans = [ent for ent in doc.ents
             if ent.label_ in ("DATE", "TIME") and temporal.is_point_in_time(ent.text)]
    spans.extend(_missed_words(doc))
    spans = _joined_days(doc, sorted(spans, key=lambda span: span.start))
    mentions = {_mention(_with_boundary(span)) for span in spans}
    return sorted(mentions, key=lambda m: (m.start_char, m.end_char))


# --------------------------------------------------------------------------- tense


def _path_to_verb(token: Token) -> list[Token]:
    """The token and its heads up to the nearest verb (or the sentence root)."""
    path = [token]
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
        path.append(token)
    return path


def is_past_context(token: Token) -> bool:
    """Whether the verb governing ``token`` puts it in the past (``past`` for resolution).

    Past unless something marks a plan or the future: a scheduling word on the way to the verb
    ("scheduled for", "due on", "expected"), "will/shall", a modal without a perfect ("would
    resume", but not "could have met"), "going to", an infinitive ("agreed to meet") or a
    present progressive ("is visiting"). Past tense, perfects and plain present count as past,
    the safer default for news.

    Example: for "Tuesday" in "Putin will visit Beijing on Tuesday" -> ``False``.
    """
    path = _path_to_verb(token)
    cues = temporal.vocabulary("future_cue")
    if any(t.lemma_.lower() in cues for t in path):
        return False
    verb = path[-1]
    return _verb_is_past(verb) if verb.pos_ in ("VERB", "AUX") else True


def _is_plain_present(token: Token) -> bool:
    """Whether the verb governing ``token`` is a plain present that is not a report ("There's
    another meeting Wednesday", "The council votes Thursday"; not "China says"): news uses it
    for what is scheduled as much as for what just happened."""
    path = _path_to_verb(token)
    verb = path[-1]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBP"):
        return False
    # only a date on the verb itself: "denies Monday's strike" dates a strike, which is past
    if token.dep_ == "poss" or any(t.dep_ != "prep" for t in path[1:-1]):
        return False
    if verb.lemma_.lower() in temporal.vocabulary("report_verb"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _verb_is_past(verb: Token) -> bool:
    """The tense rules of :func:`is_past_context` for one verb and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or (verb.head.lower_ == "going" and "to" in lowers):
        return False
    if any(a.tag_ == "MD" for a in auxes):
        return "have" in lowers and verb.tag_ == "VBN"
    if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return True
    if verb.tag_ == "VB" and "to" in lowers:
        return False
    return not (verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes))


# --------------------------------------------------------------------------- attachment


def _chained(token: Token) -> bool:
    return token.ent_type_ in _CHAIN_ENTITIES


@dataclass(frozen=True)
class _Attached:
    """A mention, the token it modifies and what it dates when that token is no event's: the
    clause a noun is in for a bare noun phrase hanging from it ("announced the creation of a
    border force Tuesday"), the noun a participle describes ("in a message released Sunday")."""

    mention: TemporalMention
    governor: Token
    clause: Token | None
    sentence: int  # the start of the governor's sentence
    noun_only: bool = False  # "the 2004 bombing" dates the bombing, not "condemned the bombing"


def _clause_of_noun(noun: Token) -> Token | None:
    """The clause a noun sits in, unless a boundary preposition ("after the talks") lies between."""
    token = noun
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in _BOUNDARY_PREPOSITIONS:
            return None
        token = token.head
    return clause_head(token)


def _modified_noun(head: Token) -> Token | None:
    """The noun a date written before it modifies: "the 2004 bombing", "the February 2020 pact",
    "condemned Thursday's attack" (but the subject's date is its verb's: "Sunday's raid killed
    four guards")."""
    noun = head.head
    if head.dep_ == "poss" and noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    if head.dep_ in _NOUN_MODIFIERS and noun.pos_ == "NOUN" and head.i < noun.i and not _chained(noun):
        return noun  # not "Tuesday evening", one expression
    return None


def _attached(doc: Doc, mentions: Sequence[TemporalMention]) -> list[_Attached]:
    found = []
    for mention in mentions:
        head = doc[mention.head_token_index]
        noun = _modified_noun(head)
        if noun is not None:
            found.append(_Attached(mention, noun, None, noun.sent.start, noun_only=True))
            continue
        verb = _verb_before_subject(head)
        if verb is not None:
            found.append(_Attached(mention, verb, None, verb.sent.start))
            continue
        link = attachment(head, _chained)
        if link is None or link.link == "dobj" or _for_what_is_set(link, doc[link.governor]):
            continue
        governor = doc[link.governor]
        # The small model hangs a bare date on the nearest noun; it dates that noun's clause too.
        bare_on_noun = link.link == "" and governor.pos_ in _NOUNS
        if _dates_a_document(governor):
            fallback = _clause_of_noun(governor.head)
        elif bare_on_noun or _loose_noun(governor):
            fallback = _clause_of_noun(governor)
        else:
            fallback = _verbless_clause(governor) or _medium(governor)
        found.append(_Attached(mention, governor, fallback, governor.sent.start))
    return found


def _for_what_is_set(link: Attachment, governor: Token) -> bool:
    """'ordered a new trial for 2025', 'called elections for December': a date after "for" on a
    verb with an object is when what the verb sets up is to happen, not when it was set up
    ("the talks are scheduled for Monday", "talks set for Monday" are on Monday)."""
    return link.link == "for" and governor.pos_ == "VERB" and \
        any(c.dep_ == "dobj" for c in governor.children)


def _loose_noun(governor: Token) -> bool:
    """A noun the parser could not place, such as a subheading run into the sentence after it
    ("Government involvement In 2017, China released a program"): a date on it dates the
    clause it hangs from."""
    return governor.dep_ == "dep" and governor.pos_ in _NOUNS and governor.head.pos_ in ("VERB", "AUX")


def _verb_before_subject(head: Token) -> Token | None:
    """The verb right before a date the small model compounds onto the subject after it: in
    "said Sunday Israel will continue", "Sunday" dates "said", not "Israel"."""
    if head.dep_ != "compound" or head.i == 0 or head.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    before = head.doc[head.i - 1]
    return before if before.pos_ in ("VERB", "AUX") and head.head.i > head.i else None


def _dates_a_document(governor: Token) -> bool:
    """'a letter dated Feb. 4': the participle that dates a document dates the act its clause tells
    of, whichever noun nearby the small model hangs it from ("sent a letter about the plan dated
    Feb. 4")."""
    return governor.dep_ == "acl" and governor.lemma_.lower() in temporal.vocabulary("dating_participle")


def _verbless_clause(governor: Token) -> Token | None:
    """The clause a verbless adverbial clause belongs to: "said that effective Monday, he was
    charging more" dates the charging."""
    return governor.head if governor.dep_ == "advcl" and governor.pos_ == "ADJ" else None


def _medium(governor: Token) -> Token | None:
    """The noun a dated participle describes when the event was done in, at or during it:
    "said in a video message released Sunday", "agreed at a meeting held on Tuesday", also
    through the occasion it was issued at ("In a statement issued at their meeting in July")."""
    preposition = governor.head
    if governor.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.lower_ in _MEDIUM_PREPOSITIONS:
        governor = governor.head.head
    if governor.dep_ != "acl" or governor.tag_ not in ("VBN", "VBG"):
        return None
    noun = governor.head
    is_medium = noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM_PREPOSITIONS
    return noun if is_medium else None


def _medium_rank(trigger: Token, medium: Token, through: frozenset[str]) -> int | None:
    """A dated statement or message anywhere in a clause dates what the clause says was done in
    it, wherever the small model hangs it ("condemned the attack in a statement issued
    Thursday": the statement is the medium of the condemnation, not of the attack)."""
    clause = _clause_of_noun(medium)
    clause_rank = None if clause is None else attachment_rank(trigger, clause, through)
    return None if clause_rank is None else clause_rank + 2


def _held_at(noun: Token) -> bool:
    """An occasion the event is done at, however deep in its clause the small model hangs it:
    "met for the first time at the summit in June 2018" met in June 2018; not one in the phrase
    of the clause's object, which describes the object ("urged an inquiry into fraud in the
    February vote" was not urged in February)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM_PREPOSITIONS \
        and noun.lemma_.lower() in temporal.vocabulary("occasion") and not _in_object(noun)


def _in_object(noun: Token) -> bool:
    """Whether a noun lies in the phrase of its clause's direct object."""
    token = noun
    while not is_clause(token):
        if token.dep_ == "dobj":
            return True
        token = token.head
    return False


def _past_perfect(verb: Token) -> bool:
    """'had barred', 'had been barred', 'had been working': the clause's verb in the past perfect."""
    had = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
    return verb.tag_ in ("VBN", "VBG") and had


def _still_true(verb: Token) -> bool:
    """'reported Wednesday that the measure has enough votes': a present tense kept in a past
    indirect report says what is still so as the story is told, not what happened on the
    report's day ("told them that he does not want to meet"; a direct quote keeps the speaker's
    own tense: '"We expect talks," he said')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    does = bool(auxes) and all(a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    present = verb.tag_ in ("VBZ", "VBP") and not auxes or verb.tag_ == "VB" and does
    if verb.dep_ != "ccomp" or not present or verb.head.tag_ != "VBD":
        return False
    doc = verb.doc
    around = doc[max(verb.left_edge.i - 1, 0): min(verb.right_edge.i + 3, len(doc))]
    return not any(t.tag_ in ("``", "''") or t.text in _QUOTE_MARKS for t in around)


def _modal(verb: Token) -> bool:
    """'would urge', 'will visit', 'could strike': the clause's verb under a modal."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _ranked(trigger: Token, attached: Sequence[_Attached], said_then: bool = True) -> list[TemporalMention]:
    """The mentions that belong to the event at ``trigger``, closest first. ``said_then``: a
    modal event may take the date of the report it is in (a promise is made by saying it)."""
    scored = []
    sentence = trigger.sent.start
    items = [item for item in attached if item.sentence == sentence]
    through = CONTINUATIONS if items and _not_then(trigger, said_then) else _THROUGH
    own = {clause.i for clause in governing_clauses(trigger, through)}
    for item in items:
        if item.governor.i not in own and _scene_before_a_present(item.governor):
            continue
        rank = attachment_rank(trigger, item.governor, through)
        if item.noun_only and rank is None and _describes(trigger, item.governor):
            rank = 1
        if item.noun_only and rank is not None and rank > 1:
            continue
        if rank is None and item.clause is not None:
            clause_rank = attachment_rank(trigger, item.clause, through)
            rank = None if clause_rank is None else clause_rank + 1
        if rank is None and item.clause is not None and item.clause.pos_ in _NOUNS:
            rank = _medium_rank(trigger, item.clause, through)
        if rank is None and _held_at(item.governor):
            rank = _medium_rank(trigger, item.governor, through)
        if rank is not None:
            head = item.mention.head_token_index
            scored.append((rank, abs(head - trigger.i), head, item.mention))
    return [mention for *_, mention in sorted(scored, key=lambda s: s[:3])]


def _scene_before_a_present(governor: Token) -> bool:
    """A dated participle setting the scene for a clause in the present tells of another time
    ("Encouraged by the reception of its platform in January, the leaders are pushing ..."; but
    "Speaking on Wednesday, the minister rejected the plan")."""
    if governor.dep_ != "advcl" or governor.tag_ not in ("VBN", "VBG") or governor.i > governor.head.i:
        return False
    verb = governor.head
    present_be = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
                     for c in verb.children)
    return verb.tag_ in ("VBZ", "VBP") or present_be


def _not_then(trigger: Token, said_then: bool = True) -> bool:
    """Whether the event, or a clause it goes on from below its report, is past perfect, modal or
    still true, so not done on the report's day ("said on Sunday it had been working with them,
    including by offering aid": the offers were made before)."""
    return any(_past_perfect(clause) or (_modal(clause) and not said_then) or _still_true(clause)
               for clause in governing_clauses(trigger, CONTINUATIONS))


def _describes(trigger: Token, noun: Token) -> bool:
    """Whether the event is told in a past restrictive relative clause or participle describing a
    dated noun, which tells of its making: "the February 2020 pact the United States negotiated"
    was negotiated then; "the 2015 deal, which Trump abandoned" was not."""
    clause = clause_head(trigger)
    if clause.dep_ not in ("relcl", "acl") or clause.head.i != noun.i or clause.tag_ not in ("VBD", "VBN"):
        return False
    return not any(t.text == "," for t in noun.doc[noun.i + 1: clause.left_edge.i])


class _Resolver:
    """Resolves each mention of one document once, with the tense of its clause; an expression
    told from another date ("One day earlier", "the previous year") counts from the last date
    the text gave before it ("signed the law late Tuesday. One day earlier, parliament voted")."""

    def __init__(self, doc: Doc, story_date: date, mentions: Sequence[TemporalMention] = ()):
        self._doc, self._story_date = doc, story_date
        self._mentions = sorted(mentions, key=lambda m: m.start_char)
        self._cache: dict[TemporalMention, DateInfo | None] = {}

    def __call__(self, mention: TemporalMention) -> DateInfo | None:
        if mention not in self._cache:
            self._cache[mention] = self._from_another_date(mention) or self._resolve(mention)
        return self._cache[mention]

    def _from_another_date(self, mention: TemporalMention) -> DateInfo | None:
        if not temporal.is_told_from_another_date(mention.text):
            return None
        for earlier in reversed([m for m in self._mentions if m.end_char <= mention.start_char]):
            if not temporal.is_told_from_another_date(earlier.text) and (anchor := self(earlier)) is not None:
                return temporal.resolve_from(mention.text, anchor)
        return None

    def _resolve(self, mention: TemporalMention) -> DateInfo | None:
        """By the tense; in a plain present either way, whichever reading is nearer."""
        head = self._doc[mention.head_token_index]
        head = _verb_before_subject(head) or head  # the tense of the verb the date modifies
        past = is_past_context(head)
        found = temporal.resolve_expression(mention.text, self._story_date, past=past)
        if found is None or not past or not _is_plain_present(head):
            return found
        ahead = temporal.resolve_expression(mention.text, self._story_date, past=False)
        if ahead is not None and self._distance(ahead) < self._distance(found):
            return ahead
        return found

    def nearer_reading(self, found: DateInfo) -> DateInfo:
        """Of the backward and forward readings of a resolved expression, the one nearer the
        story's day (an expression told from another date has one reading)."""
        if found.text is None or temporal.is_told_from_another_date(found.text):
            return found
        readings = [temporal.resolve_expression(found.text, self._story_date, past=past)
                    for past in (True, False)]
        return min((r for r in readings if r is not None), key=self._distance, default=found)

    def after_story(self, found: DateInfo) -> bool:
        """Whether a date starts after the story's day."""
        return date.fromisoformat(found.start) > self._story_date

    def before_story(self, found: DateInfo) -> bool:
        """Whether a date ends before the story's day."""
        return date.fromisoformat(found.end) < self._story_date

    def _distance(self, found: DateInfo) -> int:
        start, end = date.fromisoformat(found.start), date.fromisoformat(found.end)
        return max((start - self._story_date).days, (self._story_date - end).days, 0)


def _first_resolved(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver,
                    said_then: bool = True) -> DateInfo | None:
    for mention in _ranked(trigger, attached, said_then):
        found = resolve(mention)
        if found is not None:
            return found
    return _when_setting(trigger, [item.mention for item in attached], resolve) or \
        _raised_date(trigger, attached, resolve) or _purpose_date(trigger, attached, resolve)


def _raised_date(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver) -> DateInfo | None:
    """A verb with no object of its own shares the object and the date of the verb coordinated
    after it: "has been attacking and fighting the troops since 2011"."""
    if trigger.pos_ not in ("VERB", "AUX") or any(c.dep_ in _COMPLEMENTS for c in trigger.children):
        return None
    for conj in trigger.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > trigger.i and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return _first_resolved(conj, attached, resolve)
    return None


def _purpose_date(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver) -> DateInfo | None:
    """A past date the small model hangs on a purpose clause dates the deed done for it, since
    the purpose is no deed of its own: "launched an operation to flush out the militants in 2015";
    a year-less date there reads back or forward, whichever is nearer the story's day ("sent a
    delegation to attend the inauguration on May 20", two weeks before). So does a date on a bare
    participle after the deed, which tells what its object was doing then ("caught migrants
    entering the country in 2014")."""
    if trigger.pos_ != "VERB" or not simple_past(trigger):
        return None
    for purpose in trigger.children:
        if purpose.i > trigger.i and _done_for_or_with(purpose):
            found = _first_resolved(purpose, attached, resolve)
            found = found if found is None else resolve.nearer_reading(found)
            return found if found is not None and resolve.before_story(found) else None
    return None


def _done_for_or_with(clause: Token) -> bool:
    """A purpose clause ("to flush out the militants") or a bare participle ("entering the
    country"); not the complement a verb takes ("agreed to meet on Monday")."""
    if clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return True
    return clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VBG" \
        and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in clause.children)


def _when_setting(trigger: Token, mentions: Sequence[TemporalMention], resolve: _Resolver) -> DateInfo | None:
    """The date a "when" clause around the event describes ("in 2013, when both countries
    withdrew their ambassadors")."""
    for clause in governing_clauses(trigger, _THROUGH):
        if clause.dep_ == "relcl" and any(c.lower_ == "when" for c in clause.children):
            head = clause.head
            return next((resolve(m) for m in mentions if m.start_char <= head.idx < m.end_char), None)
    return None


def event_date(trigger: Token, story_date: date,
               mentions: Sequence[TemporalMention] | None = None) -> DateInfo | None:
    """The date of the event whose trigger (verb or event noun) is ``trigger``, or None.

    Args:
        trigger: the event's trigger token in a parsed document.
        story_date: the day the story was published.
        mentions: the document's temporal mentions (:func:`find_expressions` when omitted).

    Returns:
        The resolved expression that governs the trigger's clause, or None when none does
        (the event then keeps the story date).

    Example: for "clashed" in "Baerbock clashed with Qin in Berlin on Tuesday", story date
    Friday 12 May 2023 -> ``DateInfo('2023-05-09', '2023-05-09', 'day', 'Tuesday')``.
    """
    doc = trigger.doc
    found = find_expressions(doc) if mentions is None else mentions
    return _first_resolved(trigger, _attached(doc, found), _Resolver(doc, story_date, found))


# --------------------------------------------------------------------------- narration


def _narration_dates(document: Document, attached: Sequence[_Attached],
                     resolve: _Resolver) -> dict[int, DateInfo]:
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
                not said and _years_back(previous[0], story_date)):
            carried[sentence.start] = previous[0]
        if not narrated(root):
            previous = None
            continue
        own = _first_resolved(root, attached, resolve) or _antecedent_date(root, attached, resolve)
        if own is not None:
            previous = (own, said, who) if date.fromisoformat(own.start) <= story_date else None
        elif sentence.start in carried:
            previous = (carried[sentence.start], said, who)
        else:
            previous = None
    return carried


def _dated_next(document: Document, attached: Sequence[_Attached], resolve: _Resolver) -> dict[int, DateInfo]:
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
        found = _first_resolved(next_root, attached, resolve)
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


def _antecedent_date(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver) -> DateInfo | None:
    """The date of what a definite noun of the event points back to ("participated in the
    meeting": the meeting called for Wednesday)."""
    for earlier in antecedents(trigger):
        found = _first_resolved(earlier, attached, resolve)
        if found is not None:
            return found
    return None


def _speech_date(document: Document, event: Event, attached: Sequence[_Attached], resolve: _Resolver,
                 carried: Mapping[int, DateInfo]) -> DateInfo | None:
    """When a speaker's own speech act was made: the date of its quote's cue ("'We will
    retaliate.' ... the minister said on Tuesday", or the day a statement that is the cue's
    subject was issued), also for a quote running on past the cue's sentence; not what the
    speaker says had been done before or is still so ('told VOA on Sunday it had been working
    with Thailand, "including by offering ..."')."""
    cue = speech_cue(document.doc, document.quotes, event)
    token = trigger_token(document.doc, event.trigger)
    if cue is None or token is None or _not_then(token):  # a modal speech act is made by saying it
        return None
    return _first_resolved(cue, attached, resolve) or _antecedent_date(cue, attached, resolve) or (
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


def _offset_date(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver,
                 story_date: date) -> DateInfo | None:
    """The day of an event in a clause set some days from its main clause ("His remarks come
    two days after the president denounced the raid": the denunciation two days before the
    remarks; "He spoke a day after the rebels said that they seized the port"). The
    main clause's own day counts from; with none, the story's day, unless it is perfect,
    modal or future ("will meet two days after ..." is not counted from today). A past
    perfect event happened before the clause it is reported in ("reported that they had seized
    the port"), on a day the text does not give."""
    if _past_perfect(clause_head(trigger)):
        return None
    for clause in governing_clauses(trigger, _THROUGH):
        apart = _days_apart(clause) if clause.dep_ == "advcl" else None
        if apart is None:
            continue
        days, mark = apart
        main = clause_head(clause.head)
        base = _first_resolved(main, attached, resolve)
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


def _shared_period(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver) -> DateInfo | None:
    """The week, month or year of the main clause, for an event in a clause set just before or
    after it with no date of its own: "Relations soured in 2010 after commandos stormed the
    ship", also with a gerund: "escaped in July 2020 before being caught"). A day is not
    shared: in "threatened tariffs on Thursday after the EU levied duties" the levy came before
    Thursday, on a day the text does not give."""
    if _past_perfect(clause_head(trigger)):
        return None
    for clause in governing_clauses(trigger, _THROUGH):
        marked = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before")
                                                for c in clause.children)
        gerund = clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and \
            clause.head.lower_ in ("after", "before")
        if not (marked or gerund):
            continue
        main = _first_resolved(clause_head(clause.head if marked else clause.head.head), attached, resolve)
        return main if main is not None and main.precision in _COARSE else None
    return None


def _bounding_period(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver,
                     said_then: bool = True) -> DateInfo | None:
    """The week, month or year of a clause set just before or after the event's simple-past
    clause, when the event has no date of its own: "Before concluding his questioning last week,
    the prosecutor read out the charges" (the reading too was last week; not "officials are
    pleading ..., after thousands fled this week", still going on). As in
    :func:`_shared_period`, a day is not shared unless the clause is set only hours away, nor is
    the time of a report with what it says will or could be."""
    through = CONTINUATIONS if _not_then(trigger, said_then) else _THROUGH
    for clause in governing_clauses(trigger, through):
        for child in clause.children:
            bound = _bounding_clause(child)
            if bound is None or not simple_past(clause):
                continue
            found = _first_resolved(bound, attached, resolve)
            shared = found is not None and (found.precision in _COARSE or _hours_apart(bound))
            return found if shared else None
    return None


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


def _said_then(event: Event) -> bool:
    """Whether a modal event in a report happens when it is said: a promise or a threat ("said
    on Monday it would invest"), not what the speaker will do later ("said on Monday he would
    urge the commission")."""
    return event.type in _SAID_THEN


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
    attached = _attached(doc, mentions)
    resolve = _Resolver(doc, document.story.story_date, mentions)
    carried = _narration_dates(document, attached, resolve)
    told_next = _dated_next(document, attached, resolve)
    plans = planned(doc, document.mentions, lambda token: _first_resolved(token, attached, resolve))
    events: list[Event] = []
    for event in document.events:
        token = trigger_token(doc, event.trigger)
        found = _first_resolved(token, attached, resolve, _said_then(event)) if token is not None else None
        if found is not None and token is not None and _threat_to_come(event, found, resolve):
            found = _said_on(token, attached, resolve)
        if found is None and token is not None:
            found = _offset_date(token, attached, resolve, document.story.story_date) or \
                _shared_period(token, attached, resolve) or \
                _bounding_period(token, attached, resolve, _said_then(event)) or \
                _antecedent_date(token, attached, resolve) or \
                _speech_date(document, event, attached, resolve, carried) or (
                carried.get(token.sent.start) if narrated(token) else None) or (
                told_next.get(token.sent.start) if _words(event) and narrated(token) else None) or (
                plans.get(token.sent.start) if foretold(token) else None) or \
                _also_done(doc, event, token, events)
        events.append(event if found is None else replace(event, date=found))
    return replace(document, events=tuple(events))


def _threat_to_come(event: Event, found: DateInfo, resolve: _Resolver) -> bool:
    """A threat dated by a day to come: the day of the act threatened (see :func:`_said_on`)."""
    return event.type == "THREATEN" and resolve.after_story(found)


def _said_on(trigger: Token, attached: Sequence[_Attached], resolve: _Resolver) -> DateInfo | None:
    """A threat is made by saying it: a date to come in its clause is when the act threatened
    is to be ("I will increase the tariffs on April 2," he wrote), so it takes the first date of
    its clause that is not to come, the report's ("warned on Monday it will raise tariffs on
    April 2"), or none. (A pledge is dated by what it pledges: "will convene a meeting Friday".)"""
    for mention in _ranked(trigger, attached):
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
