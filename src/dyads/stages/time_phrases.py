"""The date phrases of a story and the clause each one dates: how the time stage reads them.

:func:`find_expressions` lists the temporal mentions of a parsed story (spaCy DATE and TIME
entities plus weekday and day words the NER misses, without durations and ages);
:func:`is_past_context` reads the tense that decides whether a year-less date looks back or
forward; :func:`event_date` attaches one expression to an event by the parse (see
:mod:`dyads.stages.attach`: "spoke ... on April 26 for the first time since the invasion in
February 2022" is April 26) and resolves it with :func:`dyads.temporal.resolve_expression`.
:mod:`dyads.stages.time` dates every event with these readings and carries dates to the events
no expression governs.

An event in a "when" clause takes the date the clause describes ("in 2013, when both countries
withdrew their ambassadors"; of "since 2011, when ...", 2011), and a simple-past "when", "as" or
"while" clause the date of the clause it hangs from ("cheered on Tuesday when the president lashed out"); a
verb with no object of its own, the date of the verb coordinated after it ("attacking and fighting
the troops since 2011"); a simple-past deed, a past date hung on its purpose clause ("launched an
operation to flush out militants in 2015"; a year-less one read back or forward, whichever is nearer
the story's day) or on a bare participle after it ("caught migrants entering the country in 2014").
A date after "for" on a verb with an object is when its object is to be ("ordered a new trial for
2025"), and an occasion in the object's phrase dates the object ("urging an inquiry into fraud in
the February 8 vote"). A reported event with no expression of its own takes the date of the report
("Akar on Saturday said Ankara was close to realigning"), unless it is in the past perfect
("confirmed Wednesday that the Taliban had barred him": before the report, on a day the text does
not give) or under a modal ("said Monday he would urge the commission": later), except a pledge or
threat, made by saying it ("said Monday it would invest"); nor does a named other's past deed it
reports ("the prosecutor said Tuesday that Tehran offered to pay them": before the report). A bare
date the small model hangs on a noun dates that noun's clause too ("announced the creation of a
border force Tuesday on the margins of the summit"), as a dated statement does what was done in it
("condemned the attack in a statement issued Thursday", "said in a November report"); a possessive
date on an object dates only that noun ("condemned Thursday's attack"). Two days the NER splits are
one range ("met on Wednesday and Thursday", "from Monday to Wednesday"). A year-less date in a plain
present that is not a report ("The summit opens Monday in Rome") takes whichever reading, back or forward, is nearer the
story date. An expression told from another date ("One day earlier", "the previous year") counts
from the last date the text gave before it (a part of the day, "in the afternoon", from the last
day), "earlier in the week" is one expression though the NER tags "the week" alone, an infinitive a
past implicative verb says was done is past ("forced the president to resign in March"), and a day
the small model compounds onto the subject after a verb dates that verb ("said Sunday Israel will
..."). A date written apart from its clause still dates it: on a noun a past relative clause
describes ("the February 2020 pact the United States negotiated"), on the occasion a statement was
issued at ("In a statement issued at their meeting in July, ..."), on an occasion the event was done
at however deep the parse hangs it ("met for the first time at the summit in June 2018"), on a
document's dating participle ("sent a letter ... dated Feb. 4") or in a verbless adverbial
("effective Monday, he was charging ..."). A date on the object of "before", "since" or "until" is
another time ("meet before the election in November"). What had been done before a report, or is
still so, does not take the report's date, along the clauses it goes on from ("told VOA on Sunday it
had been working with Thailand, including by offering ...").

Photo captions and datelines are sentences like any other: in "Putin and Xi shake hands after
talks ... in Moscow, Russia, March 21, 2023" the date hangs from "talks", the object of the
caption's verb.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from dyads import temporal
from dyads.records import DateInfo, Event
from dyads.stages.attach import (CONTINUATIONS, Attachment, attachment, attachment_rank, clause_head,
                                 governing_clauses, is_clause, narrated, reports, simple_past)

__all__ = ["THROUGH", "Attached", "Resolver", "TemporalMention", "attach_mentions", "event_date",
           "find_expressions", "first_resolved", "in_words", "is_past_context", "not_then", "past_perfect",
           "ranked", "words_behind"]

_BOUNDARY_PREPOSITIONS = frozenset({"since", "until", "till", "by", "before", "after"})
_SPAN_JOINTS = frozenset({"to", "through", "until", "till"})  # "from Monday to Wednesday"
_LEAD_INS = frozenset({"earlier", "later"})  # "earlier in the week"
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "gonna"})
# Entity types a date may be chained to: "in Moscow, Russia, March 21" hangs from the place.
_CHAIN_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# A reported event without a date of its own takes the report's: "Akar on Saturday said Ankara
# was close to realigning" (a place is not inherited so: where it was said is not where); not
# a past perfect one, which happened before the report: "confirmed Wednesday that the Taliban
# had barred him".
THROUGH = CONTINUATIONS | {"ccomp", "reported-conj", "simultaneous"}
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
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


def _with_lead_in(span: Span) -> Span:
    """Take in "earlier in" or "later in" before a period the NER tagged alone ("Earlier in the
    week": "the week" alone names no date)."""
    doc = span.doc
    if span.start < 2 or doc[span.start].lower_ != "the":
        return span
    preposition, lead = doc[span.start - 1], doc[span.start - 2]
    if preposition.lower_ == "in" and span.root.head.i == preposition.i and lead.lower_ in _LEAD_INS:
        return doc[lead.i: span.end]
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
    """Two days the NER split ("on Wednesday and Thursday", "from Monday to Wednesday") as one
    expression: an event held over both days, or over the span between them
    (:func:`dyads.temporal.resolve_expression` reads "Wednesday and Thursday", "Monday to
    Wednesday")."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is not None and span.start == last.end + 1 and (_coordinated(last, span) or _spanned(last, span)):
            both = doc[last.start: span.end]
            if temporal.resolve_expression(both.text, _ANY_DAY) is not None:
                joined[-1] = both
                continue
        joined.append(span)
    return joined


def _coordinated(first: Span, second: Span) -> bool:
    """"Wednesday and Thursday": the second day coordinated with the first."""
    return first.doc[first.end].lower_ == "and" and second.root.dep_ == "conj" and second.root.head.i == first.root.i


def _spanned(first: Span, second: Span) -> bool:
    """"from Monday to Wednesday", "from March 3 until March 5": the two ends of one span, the
    first after "from", the second the object of the word joining them."""
    doc = first.doc
    joint = doc[first.end]
    return first.start > 0 and doc[first.start - 1].lower_ == "from" and joint.lower_ in _SPAN_JOINTS \
        and second.root.head.i == joint.i


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
    entities = [_with_lead_in(ent) for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    spans = [span for span in entities if temporal.is_point_in_time(span.text)]
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
        return _implied_done(verb)
    return not (verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes))


def _implied_done(infinitive: Token) -> bool:
    """Whether an infinitive is what a simple-past implicative verb says was done, or failed to
    be, then ("prompted parliament to call a debate in January", "managed to retake the town in
    March"; not "urged them to disarm in March"): ``implicative`` in ``temporal.tsv``."""
    head = infinitive.head
    return infinitive.dep_ == "xcomp" and head.tag_ == "VBD" \
        and head.lemma_.lower() in temporal.vocabulary("implicative")


# --------------------------------------------------------------------------- attachment


def _chained(token: Token) -> bool:
    return token.ent_type_ in _CHAIN_ENTITIES


@dataclass(frozen=True)
class Attached:
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


def attach_mentions(doc: Doc, mentions: Sequence[TemporalMention]) -> list[Attached]:
    """Each mention with the token it modifies and what it dates, for :func:`ranked`."""
    found = []
    for mention in mentions:
        head = doc[mention.head_token_index]
        noun = _modified_noun(head)
        if noun is not None:
            found.append(Attached(mention, noun, None, noun.sent.start, noun_only=True))
            continue
        verb = _verb_before_subject(head)
        if verb is not None:
            found.append(Attached(mention, verb, None, verb.sent.start))
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
        found.append(Attached(mention, governor, fallback, governor.sent.start))
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
    return _medium_noun(noun, "occasion")


def _said_in(noun: Token) -> bool:
    """A message the event is said in, its date written before it: "said in a November report"
    said in November (where "condemned the 2004 bombing" was not done in 2004)."""
    return _medium_noun(noun, "message")


def _medium_noun(noun: Token, kind: str) -> bool:
    """A noun of ``kind`` in ``temporal.tsv`` that the clause's event is done in, at or during."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM_PREPOSITIONS \
        and noun.lemma_.lower() in temporal.vocabulary(kind) and not _in_object(noun)


def _in_object(noun: Token) -> bool:
    """Whether a noun lies in the phrase of its clause's direct object."""
    token = noun
    while not is_clause(token):
        if token.dep_ == "dobj":
            return True
        token = token.head
    return False


def words_behind(event: Event, trigger: Token) -> bool:
    """Whether an event is words told in a "because" clause of a clause on its sentence's main line
    ("The summit ended quickly because their demands did not mesh"): the words that made it end
    were said then and there. A deed given as the reason may have been done any time."""
    clause = clause_head(trigger)
    because = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in clause.children)
    return because and event.quad_class in (1, 3) and narrated(clause.head)


def past_perfect(verb: Token) -> bool:
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


def ranked(trigger: Token, attached: Sequence[Attached], said_then: bool = True) -> list[TemporalMention]:
    """The mentions that belong to the event at ``trigger``, closest first. ``said_then``: a
    modal event may take the date of the report it is in (a promise is made by saying it)."""
    scored = []
    sentence = trigger.sent.start
    items = [item for item in attached if item.sentence == sentence]
    elsewhen = not_then(trigger, said_then) or _told_of_another(trigger)
    through = CONTINUATIONS if items and elsewhen else THROUGH
    own = {clause.i for clause in governing_clauses(trigger, through)}
    for item in items:
        if item.governor.i not in own and _scene_before_a_present(item.governor):
            continue
        rank = attachment_rank(trigger, item.governor, through)
        if item.noun_only and rank is None and _describes(trigger, item.governor):
            rank = 1
        if item.noun_only and rank is not None and rank > 1 and not _said_in(item.governor):
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


def _told_of_another(trigger: Token) -> bool:
    """Whether the event is a past deed of another, named, that a speaker reports: "the prosecutor
    said on Tuesday that Tehran offered to pay them" (the offer was made before the report)."""
    clause = clause_head(trigger)
    if clause.dep_ != "ccomp" or clause.tag_ != "VBD" or not reports(clause.head):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and speaker is not None and subject.pos_ == "PROPN" \
        and subject.lower_ != speaker.lower_


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


def not_then(trigger: Token, said_then: bool = True) -> bool:
    """Whether the event, or a clause it goes on from below its report, is past perfect, modal or
    still true, so not done on the report's day ("said on Sunday it had been working with them,
    including by offering aid": the offers were made before)."""
    return any(past_perfect(clause) or (_modal(clause) and not said_then) or _still_true(clause)
               for clause in governing_clauses(trigger, CONTINUATIONS))


def _describes(trigger: Token, noun: Token) -> bool:
    """Whether the event is told in a past restrictive relative clause or participle describing a
    dated noun, which tells of its making: "the February 2020 pact the United States negotiated"
    was negotiated then; "the 2015 deal, which Trump abandoned" was not."""
    clause = clause_head(trigger)
    if clause.dep_ not in ("relcl", "acl") or clause.head.i != noun.i or clause.tag_ not in ("VBD", "VBN"):
        return False
    return not any(t.text == "," for t in noun.doc[noun.i + 1: clause.left_edge.i])


class Resolver:
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
                found = temporal.resolve_from(mention.text, anchor)
                if found is not None or not temporal.is_part_of_a_day(mention.text):
                    return found
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


def first_resolved(trigger: Token, attached: Sequence[Attached], resolve: Resolver,
                   said_then: bool = True) -> DateInfo | None:
    """The date of the first mention that belongs to the event at ``trigger`` and resolves, else
    the date its clause takes from a "when" clause, a coordinated verb or a purpose clause."""
    for mention in ranked(trigger, attached, said_then):
        found = resolve(mention)
        if found is not None:
            return found
    return _when_setting(trigger, [item.mention for item in attached], resolve) or \
        _raised_date(trigger, attached, resolve) or _purpose_date(trigger, attached, resolve)


def _raised_date(trigger: Token, attached: Sequence[Attached], resolve: Resolver) -> DateInfo | None:
    """A verb with no object of its own shares the object and the date of the verb coordinated
    after it: "has been attacking and fighting the troops since 2011"."""
    if trigger.pos_ not in ("VERB", "AUX") or any(c.dep_ in _COMPLEMENTS for c in trigger.children):
        return None
    for conj in trigger.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > trigger.i and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return first_resolved(conj, attached, resolve)
    return None


def _purpose_date(trigger: Token, attached: Sequence[Attached], resolve: Resolver) -> DateInfo | None:
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
            found = first_resolved(purpose, attached, resolve)
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


def _when_setting(trigger: Token, mentions: Sequence[TemporalMention], resolve: Resolver) -> DateInfo | None:
    """The date a "when" clause around the event describes ("in 2013, when both countries
    withdrew their ambassadors"); of a bounded span, its bound ("fighting since 2011, when the
    government sent troops": sent in 2011)."""
    for clause in governing_clauses(trigger, THROUGH):
        if clause.dep_ == "relcl" and any(c.lower_ == "when" for c in clause.children):
            head = clause.head
            return next((resolve(_bound(m)) for m in mentions if m.start_char <= head.idx < m.end_char), None)
    return None


def _bound(mention: TemporalMention) -> TemporalMention:
    """The date a bounded mention counts from or to, without its "since", "until" or "before"."""
    word, _, rest = mention.text.partition(" ")
    if word.lower() not in _BOUNDARY_PREPOSITIONS or not rest:
        return mention
    return TemporalMention(mention.end_char - len(rest), mention.end_char, rest, mention.head_token_index)


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
    return first_resolved(trigger, attach_mentions(doc, found), Resolver(doc, story_date, found))


def in_words(verb: Token) -> bool:
    """Whether a sentence's verb tells of words: a report ("said", "wrote") or an act done by
    saying ("called on China to ...", "reaffirmed their concern": ``speech_act`` in
    ``temporal.tsv``), so that words go on from words ("The statement said ... They called on ...")."""
    return reports(verb) or verb.lemma_.lower() in temporal.vocabulary("speech_act")
