"""Syntactic attachment: which event a modifier (a date, a place) belongs to.

A modifier belongs to the event whose clause it governs, not to the event it happens to sit
nearest. :func:`attachment` follows a modifier's head up its preposition or bare noun-phrase
link ("on April 26", "last month", "in Berlin") to the word it modifies, passing through the
names it is chained to ("in Moscow, Russia, March 21"); :func:`attachment_rank` then says how
closely that word belongs to an event's trigger:

- 0: the trigger itself ("clashed ... on Tuesday", "visits ... to Beijing");
- 1: the verb heading the trigger's clause ("Qin is in Europe this week for talks"), a word
  inside a noun trigger's own phrase ("the activation of a force Tuesday"), or a participle or
  relative clause describing a noun trigger ("talks held on Tuesday");
- 2: a noun that is a direct argument of that verb ("clashed with Qin in Berlin", "shake
  hands after talks ... in Moscow, March 21"), or a bare participle clause setting the scene
  for it, or a noun that clause takes ("Speaking in Brussels on Tuesday, the NATO chief
  warned", "Speaking at a news conference in Brussels, ...");
- 3 and up: the same, in a clause the trigger's clause continues (:data:`CONTINUATIONS`): a
  coordinated verb sharing its subject ("met on Tuesday and signed"), a verb it completes
  ("continued on Tuesday to defend"), the movement it is the purpose of ("traveled to Jeddah
  to meet"), the act a gerund after "in" or "by" says how it was done ("led the delegates in
  calling for a truce"), the clause a bare participle describes ("struck Kharkiv on Tuesday,
  killing five"; not "after meeting Xi", whose marker sets a time of its own), the clause whose
  subject a bare participle describes ("Leaders, joined by allies, formed a party in 1998")
  and, for dates only, the statement it reports ("said on Saturday that Ankara was close to
  ...", also through a second reported clause with a subject of its own: '"A is ready, and we
  are prepared," X wrote Wednesday') and the simple-past clause an "as", "while" or "though"
  clause hangs from ("told VOA on Wednesday as the army completed the operation").

Anything else (a date inside another event noun, "since Russia's invasion in February 2022")
does not attach.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Token

from dyads import temporal
from dyads.records import Actor, Event, Quote, Span
from dyads.stages import ActorMention

__all__ = ["CONTINUATIONS", "Attachment", "attachment", "attachment_rank", "clause_head",
           "antecedents", "claimed_antecedents", "continues", "foretold", "governing_clauses", "is_clause",
           "narrated", "planned", "reports", "same_speaker", "simple_past", "site_antecedents", "speaker",
           "speech_cue", "trigger_token"]

_T = TypeVar("_T")
_ALWAYS_CLAUSES = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "csubj", "csubjpass",
                             "parataxis"})
_VERB_CLAUSES = frozenset({"acl", "conj", "pcomp"})  # clauses only when headed by a verb
_VERBS = frozenset({"VERB", "AUX"})
_BARE_LINKS = frozenset({"npadvmod", "tmod", "obl:tmod", "advmod"})  # advmod: "overnight"
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd", "npadvmod"})
CONTINUATIONS = frozenset({"conj", "xcomp", "purpose", "participle"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MEANS = frozenset({"in", "by"})  # a gerund after these is how the main clause's act was done
"""Clause links an event inherits its clause's modifiers through (dates add ``ccomp``)."""
# Adverbs a place phrase hangs from that only point at it: "killed dozens elsewhere in Hirshabelle"
# is "killed ... in Hirshabelle"; "here in Kyiv", "back in Moscow".
_POINTING_ADVERBS = frozenset({"elsewhere", "here", "there", "somewhere", "back"})
# Boundaries whose object is at a time apart from the clause's: "before", "since", "until".
_APART = frozenset({"since", "until", "till", "by", "before"})
_INHERIT_STEPS = 3
_STEP = 3  # rank added per clause the attachment is inherited through


@dataclass(frozen=True)
class Attachment:
    """What a modifier attaches to: ``governor`` (a token index) and the ``link``.

    ``link`` is the lowercase preposition ("on", "in", "to"), ``""`` for a bare noun phrase
    ("last month", "Tuesday"), ``"dobj"`` for a direct object ("visited Beijing") and ``"'s"``
    for a possessive ("Tuesday's attack").
    """

    governor: int
    link: str


def is_clause(token: Token) -> bool:
    """Whether ``token`` heads a clause of its own."""
    if token.head.i == token.i or token.dep_ in _ALWAYS_CLAUSES:
        return True
    return token.dep_ in _VERB_CLAUSES and token.pos_ in _VERBS


def clause_head(token: Token) -> Token:
    """The head of the clause ``token`` is in (itself when it heads one)."""
    while not is_clause(token):
        token = token.head
    return token


def attachment(head: Token, chained: Callable[[Token], bool]) -> Attachment | None:
    """The word a modifier whose syntactic head is ``head`` modifies, and how.

    ``chained`` says which tokens belong to a chain of names the modifier may hang from
    ("Moscow, Russia, March 21": the date hangs from "Russia", which hangs from "in"): the
    walk continues through them, and through stacked prepositions ("On Thursday in
    Washington"). Returns None when the modifier is not linked by a preposition, as a bare
    noun phrase or as an object (a subject date modifies nothing).

    Example: for "April" in "Xi spoke with Zelensky on April 26" -> the index of "spoke",
    link ``"on"``.
    """
    link: str | None = None
    token = head
    for _ in range(12):  # a parse is a tree; the bound only guards against odd parses
        step = _step(token)
        if step is None:
            return None
        token, word = step
        if word is None and not chained(token):
            return None  # apposition, coordination or compound with something else
        if word is not None and (link is None or link in ("of", "'s")):
            link = word  # the innermost preposition, but "in the city of Lviv" is "in"
        if not chained(token) and not (token.dep_ == "prep" and token.pos_ == "ADP") \
                and not (word is not None and _points(token)):
            return Attachment(token.i, link or "")
    return None


def _points(token: Token) -> bool:
    """An adverb that points at the place phrase it governs ("elsewhere in Hirshabelle")."""
    return token.dep_ == "advmod" and token.lower_ in _POINTING_ADVERBS


def _step(token: Token) -> tuple[Token, str | None] | None:
    """One link up: (the token above, the preposition crossed or None)."""
    dep = token.dep_
    if dep in ("pobj", "pcomp") and token.head.dep_ in ("prep", "agent"):
        return token.head.head, token.head.lower_
    if dep == "prep":
        return token.head, token.lower_
    if dep in _BARE_LINKS:
        return token.head, ""
    if dep == "dobj":
        return token.head, "dobj"
    if dep == "poss":  # "Tuesday's attack", "in Pakistan's southwest"
        return token.head, "'s"
    if dep in ("appos", "conj", "compound", "amod"):  # amod: "the Sagaing region" (tagged VBG)
        return token.head, None
    return None


def _is_argument(token: Token, clause: Token) -> bool:
    """Whether a noun is a direct argument of the clause: its subject, object or a PP object, but
    not the object of a boundary that sets a time apart from it ("meet before the election in
    November", "since the invasion in 2022"; "shake hands after talks in Moscow, March 21" is
    right after, so then and there)."""
    if token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.head.i == clause.i:
        return token.dep_ in _ARGUMENT_DEPS
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i == clause.i \
        and token.head.lower_ not in _APART


def _continuation(clause: Token) -> str | None:
    """How a clause continues its head's clause: one of :data:`CONTINUATIONS`, "ccomp",
    "reported-conj" (a clause with its own subject coordinated inside a reported statement),
    "simultaneous" (see :func:`_simultaneous`) or None."""
    dep = clause.dep_
    if dep == "conj":  # a coordinated verb with a subject of its own tells its own story ...
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        if clause.head.pos_ not in _VERBS:
            return None
        if not own_subject:
            return "conj"
        # ... unless both are what a speaker said: '"A is ready, and we are prepared," X wrote'
        return "reported-conj" if clause.head.dep_ == "ccomp" else None
    if dep == "advcl":
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return "purpose"
        if _bare_participle(clause):
            return "participle"
        return "simultaneous" if _simultaneous(clause) else None
    if dep == "pcomp" and clause.head.dep_ == "prep" and clause.head.lower_ in _MEANS:
        return "participle"  # "led the delegates in calling for a truce", "by imposing tariffs"
    if dep == "acl" and clause.head.dep_ in _SUBJECTS and _bare_participle(clause):
        return "participle"  # the subject as it acts: "Leaders, joined by allies, formed a party in 1998"
    return dep if dep in ("xcomp", "ccomp") else None


def _simultaneous(clause: Token) -> bool:
    """A simple-past clause marked "as", "while" or "though" on one with no perfect, modal or
    future ("told VOA on Wednesday as the military completed the operation", "heard the case in
    March, though Kenya refused to attend"): told of the same moment; not
    on a clause of what will be ("warned Wednesday it will keep up pressure, as Tehran
    rejected")."""
    return _marked_simultaneous(clause) and simple_past(clause) \
        and _plain_or_past(clause_head(clause.head))


def _marked_simultaneous(clause: Token) -> bool:
    """Whether an adverbial clause is marked as told of the same moment: "as", "while", or a
    "when" in front ("the crowd cheered on Tuesday when the president lashed out at the rebels")."""
    marks = {c.lower_ for c in clause.children
             if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i)}
    return bool(marks & temporal.vocabulary("simultaneous_mark").keys())


def _bare_participle(clause: Token) -> bool:
    """A participle clause with no subject, marker or auxiliary of its own ("..., killing five")."""
    if clause.tag_ not in ("VBG", "VBN"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass")
                   for c in clause.children)


def governing_clauses(trigger: Token, through: frozenset[str] = CONTINUATIONS) -> Iterator[Token]:
    """The head of the trigger's clause, then of each clause it continues (``through`` links)."""
    clause = clause_head(trigger)
    yield clause
    for _ in range(_INHERIT_STEPS):
        if _continuation(clause) not in through:
            return
        clause = clause_head(clause.head)
        yield clause


def _inside(governor: Token, noun: Token, clause: Token) -> bool:
    """Whether ``governor`` lies in the phrase of ``noun``, within one clause."""
    token = governor
    while token.i != clause.i and token.head.i != token.i:
        token = token.head
        if token.i == noun.i:
            return True
    return False


def _rank_in(trigger: Token | None, clause: Token, governor: Token) -> int | None:
    if trigger is not None and governor.i == trigger.i:
        return 0
    if governor.i == clause.i:
        return 1
    own = clause_head(governor)
    if trigger is not None and trigger.pos_ not in _VERBS:
        if own.i == clause.i and _inside(governor, trigger, clause):
            return 1
        if own.dep_ in ("acl", "relcl") and own.head.i == trigger.i and governor.i == own.i:
            return 1
    if own.i == clause.i and governor.pos_ not in _VERBS and _is_argument(governor, clause):
        return 2
    if governor.dep_ == "advcl" and governor.head.i == clause.i and _bare_participle(governor):
        return 2  # "Speaking in Brussels on Tuesday, the NATO chief warned ..."
    if own.dep_ == "advcl" and own.head.i == clause.i and _bare_participle(own) \
            and governor.pos_ not in _VERBS and _is_argument(governor, own):
        return 2  # "Speaking at a news conference in Brussels, the NATO chief warned ..."
    return None


def attachment_rank(trigger: Token, governor: Token, through: frozenset[str] = CONTINUATIONS) -> int | None:
    """How closely a modifier on ``governor`` belongs to the event at ``trigger``: 0 is closest,
    None means it does not belong to it (ranks in the module docstring). ``through`` names the
    clause links the event inherits modifiers through.

    Example: in "Baerbock clashed with Qin in Berlin on Tuesday", "Tuesday" (on "clashed")
    ranks 0 and "Berlin" (on "Qin") 2 for the event at "clashed".
    """
    for step, clause in enumerate(governing_clauses(trigger, through)):
        rank = _rank_in(trigger if step == 0 else None, clause, governor)
        if rank is not None:
            return rank + _STEP * step
    return None


# --------------------------------------------------------------------------- narration

_BOUNDARY_PREPOSITIONS = frozenset({"since", "until", "till", "by", "before", "after"})


def _before_boundary(trigger: Token) -> bool:
    """Whether a noun trigger sits in "after the talks", "since the invasion": a time of its own."""
    token = trigger
    while not is_clause(token):
        if token.dep_ == "prep" and token.lower_ in _BOUNDARY_PREPOSITIONS:
            return True
        token = token.head
    return False


def simple_past(verb: Token) -> bool:
    """'levied', 'was killed', 'did not invite': a past tense with no perfect, modal or future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ == "VBN":  # a passive: "was killed"
        return bool(auxes) and all(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)
    return verb.tag_ == "VB" and any(a.lemma_ == "do" and a.tag_ == "VBD" for a in auxes)


def _plain_or_past(verb: Token) -> bool:
    """Not perfect, modal, future or infinitive: what a past report can say happened then."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return not auxes or simple_past(verb)


def _narrated_link(clause: Token) -> bool:
    """Whether a clause tells the same moment as the clause above it."""
    if clause.dep_ in ("conj", "ccomp"):
        return True
    if clause.dep_ != "advcl":
        return False
    return _marked_simultaneous(clause)


def narrated(trigger: Token) -> bool:
    """Whether an event is told on its sentence's main line, in the simple past: its clause
    reaches the sentence's simple-past root through coordination, reports and simultaneous
    adverbials ("while", "as"), and no clause on the way is perfect, modal or future. Such a
    sentence goes on where the one before it left off (see :func:`reports`).

    Example: "retaliated" in "The neighbour quickly retaliated, while its ally imposed duties."
    -> True; "imposed" in "Its ally has imposed duties." -> False.
    """
    if _before_boundary(trigger):
        return False
    clause = clause_head(trigger)
    for _ in range(8):
        if clause.head.i == clause.i:
            return simple_past(clause)
        if not _narrated_link(clause) or not _plain_or_past(clause):
            return False
        clause = clause_head(clause.head)
    return False


_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we"})


def _sets_own_time(root: Token) -> bool:
    """'But after the talks failed, they left the city': a time relative to another event."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in _BOUNDARY_PREPOSITIONS:
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _BOUNDARY_PREPOSITIONS
                                         for m in child.children):
            return True
    return False


def continues(sentence_root: Token, by_same_speaker: bool = False) -> bool:
    """Whether a sentence says it goes on from the one before: a continuation adverb or
    conjunction ("also", "quickly", "however", "But": ``continuation_cue`` in
    ``temporal.tsv``), a pronoun subject ("He added") or, when the caller says so, the same
    speaker's words again. "Russia attacked Ukraine." after another attack is a statement of
    its own."""
    if _sets_own_time(sentence_root):
        return False
    if by_same_speaker:
        return True
    cues = temporal.vocabulary("continuation_cue")
    for child in sentence_root.children:
        if child.dep_ == "advmod" and child.lower_ in cues:
            return True
        if child.dep_ == "cc" and child.i == child.sent.start and child.lower_ in cues:
            return True  # "But ...", not the "and" of "expressed sorrow and urged"
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _PRONOUN_SUBJECTS:
            return True
    return False


# --------------------------------------------------------------------------- plans

_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_PLAN_LINKS = frozenset({"xcomp", "acomp"})  # "is due to travel", "are expected to attend"


def _foretells(verb: Token) -> bool:
    """Whether a clause tells of what is yet to come: "will convene", "is due to travel", "are
    expected to attend" (``future_cue`` in ``temporal.tsv``)."""
    cues = temporal.vocabulary("future_cue")
    token = verb
    for _ in range(4):
        will = any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in token.children)
        if will or token.lemma_.lower() in cues:
            return True
        if token.dep_ not in _PLAN_LINKS:
            return False
        token = token.head
    return False


def foretold(trigger: Token) -> bool:
    """Whether an event is told as yet to come, on its sentence's main line: its clause, or one
    it goes on from ("and the ministers are expected to attend"), foretells it."""
    return any(_foretells(clause) for clause in governing_clauses(trigger, CONTINUATIONS | {"ccomp"}))


@functools.cache
def _occasion_words() -> frozenset[str]:
    """Meetings and journeys: ``occasion``, ``occasion_verb`` and ``journey`` in ``temporal.tsv``."""
    kinds = ("occasion", "occasion_verb", "journey")
    return frozenset(word for kind in kinds for word in temporal.vocabulary(kind))


def _occasion_tokens(doc: Doc) -> list[Token]:
    """The meeting and journey words of a document (found on the token array: a stage walks
    every story, and most tell of no plan)."""
    wanted = {doc.vocab.strings.add(word) for word in _occasion_words()}
    return [doc[i] for i, lemma in enumerate(doc.to_array("LEMMA").tolist()) if lemma in wanted]


def _subject(verb: Token, mentions: Sequence[ActorMention]) -> Actor | None:
    """The actor who is the subject of a clause, or of the clause it completes ("Modi" for
    "travel" in "Modi is due to travel")."""
    token = verb
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return next((m.actor for m in mentions if m.first <= subject.i < m.last), None)
        if token.dep_ not in _PLAN_LINKS:
            return None
        token = token.head
    return None


def planned(doc: Doc, mentions: Sequence[ActorMention], own: Callable[[Token], _T | None]) -> dict[int, _T]:
    """Sentence start -> the date or place (``own`` of a token) of the meeting or journey yet to
    come that the sentence before announces, for a sentence that goes on foretelling it: with a
    pronoun subject or a continuation cue, or of the same subject ("Modi is due to travel to
    Mauritius on Tuesday. Modi is expected to discuss ..."; "China will convene a meeting in
    Beijing on Friday. It will be chaired by ..."). Only events it foretells take it."""
    carried: dict[int, _T] = {}
    previous: tuple[_T, Actor | None] | None = None
    sentences = list(doc.sents)
    starts = [sentence.start for sentence in sentences]
    occasions: dict[int, list[Token]] = {}
    for token in _occasion_tokens(doc):
        occasions.setdefault(starts[bisect.bisect_right(starts, token.i) - 1], []).append(token)
    for sentence in sentences:
        root = sentence.root
        if previous is not None and foretold(root) and (
                continues(root) or same_speaker(_subject(root, mentions), previous[1])):
            carried[sentence.start] = previous[0]
            continue
        previous = None
        for token in occasions.get(sentence.start, ()):
            found = own(token) if _foretells(clause_head(token)) else None
            if found is not None:
                previous = (found, _subject(clause_head(token), mentions))
                break
    return carried


def speaker(verb: Token, mentions: Sequence[ActorMention]) -> Actor | None:
    """The actor who is the subject of a report verb ("Scholz said", "he added"), if resolved;
    of two subjects the small model gives a verb after a long opening participle ("Speaking at
    a forum, a think tank in Oslo, on Tuesday, the minister said"), the one nearest the verb."""
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - verb.i))
    for subject in subjects:
        actor = next((m.actor for m in mentions if m.first <= subject.i < m.last), None)
        if actor is not None:
            return actor
    return None


def same_speaker(one: Actor | None, other: Actor | None) -> bool:
    """Whether two report verbs have one speaker: "Scholz said on Wednesday ... 'Trade matters,'
    Scholz said" goes on with the same statement."""
    return one is not None and other is not None and _same_actor(one, other)


def reports(verb: Token) -> bool:
    """Whether a verb reports words ("said", "added", "wrote") rather than a deed. Narration
    carries on within one kind: deeds after deeds, words after words."""
    return verb.lemma_.lower() in temporal.vocabulary("report_verb")


_VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation and verbal conflict


def _same_actor(one: Actor, other: Actor) -> bool:
    """One actor: one id, or one code and sector (an analyst quoted on a president is not the
    president)."""
    if one.id is not None and one.id == other.id:
        return True
    return one.code is not None and (one.code, one.sector) == (other.code, other.sector)


def speech_cue(doc: Doc, quotes: Sequence[Quote], event: Event) -> Token | None:
    """The cue of the quote an event is its speaker's own speech act in (the threat in
    "'We will retaliate,' the minister said on Tuesday in Ankara"), or None. A speech act
    happens when and where it is spoken; a deed the speaker reports does not.
    """
    if not _speech_act(event):
        return None
    for quote in quotes:
        inside = quote.content.start <= event.trigger.start < quote.content.end
        if inside and quote.speaker is not None and _same_actor(quote.speaker, event.source):
            return trigger_token(doc, quote.cue)
    return None


def _speech_act(event: Event) -> bool:
    """A verbal event (quad class 1 or 3) the speaker performs by speaking: not a deed of theirs
    they report ("we destroyed the depot"), nor one they announce for later ("he would ask the
    council"), except a threat, which is made by announcing it."""
    if event.quad_class not in _VERBAL_QUADS:
        return False
    return event.type == "THREATEN" or event.modality not in ("future", "hypothetical")


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _definite_nouns(trigger: Token) -> Iterator[Token]:
    """The trigger itself when it is a definite noun naming an occasion ("the talks"), else the
    ones its verb takes as object or prepositional object ("participated in the meeting") or a
    participle setting the scene for it takes ("Speaking at the event, she suggested ..."), and
    a definite message its verb has as subject ("The statement threatened sanctions": a message
    does what it says when it is issued). Occasions (meetings, summits, visits: ``occasion`` in
    ``temporal.tsv``) and messages (``message``) happen at one time and place; "welcomed the
    proposal" is not where or when the proposal was made. A definite incident noun that is the
    trigger itself ("the attack") points back to the incident told of before, whatever word told
    of it ("the blasts"); "condemned the attack" is not done when the attack was."""
    candidates = [trigger] if trigger.pos_ == "NOUN" else [
        c for c in trigger.children if c.dep_ == "dobj"] + _prepositional_objects(trigger) + [
        g for c in trigger.children if c.dep_ == "advcl" and _bare_participle(c)
        for g in _prepositional_objects(c)]
    occasions = temporal.vocabulary("occasion")
    for noun in candidates:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in occasions and _is_definite(noun):
            yield noun
    if trigger.pos_ == "NOUN" and _is_incident(trigger) and _is_definite(trigger):
        yield trigger  # "accused the rebels of plotting the attack": the blasts told of before
    if trigger.pos_ in _VERBS:
        messages = temporal.vocabulary("message")
        yield from (c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                    and c.lemma_.lower() in messages and _is_definite(c))


def _claimed_incidents(verb: Token) -> Iterator[Token]:
    """The definite incident a verb claims as its subject's deed ("claimed responsibility for the
    attack", "took credit for the bombing"): coded as the deed itself, it was done when the
    incident told of before was (``claimed_share`` in ``temporal.tsv``)."""
    shares = temporal.vocabulary("claimed_share")
    for share in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in shares):
        for noun in _prepositional_objects(share) + _prepositional_objects(verb):
            if noun.head.lower_ == "for" and _is_incident(noun) and _is_definite(noun):
                yield noun


def _prepositional_objects(verb: Token) -> list[Token]:
    """The objects of a verb's prepositions ("participated in the meeting"; not "met before the
    meeting", at another time)."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ not in _BOUNDARY_PREPOSITIONS
            for g in c.children if g.dep_ == "pobj"]


def _is_incident(noun: Token) -> bool:
    return noun.lemma_.lower() in _incident_words()


@functools.cache
def _incident_words() -> frozenset[str]:
    """Attacks, blasts, raids: ``incident`` in ``temporal.tsv``."""
    return frozenset(temporal.vocabulary("incident"))


def _is_definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def antecedents(trigger: Token) -> Iterator[Token]:
    """Earlier mentions, in earlier sentences and nearest first, of the thing a definite noun
    of the event names: "the meeting" in "The envoy attended the meeting" points back to "called an
    emergency meeting on Wednesday". The caller keeps the first one with a date or place of its own.
    """
    return _earlier_mentions(trigger, _definite_nouns(trigger))


def claimed_antecedents(trigger: Token) -> Iterator[Token]:
    """Earlier mentions, nearest first, of the incident a verb claims ("claimed responsibility
    for the attack" points back to "came under attack on Tuesday"): the claim is coded as the
    deed, so it takes the incident's date. Not its place: a story that names the incident's
    province before its town would put the claim in the province."""
    return _earlier_mentions(trigger, _claimed_incidents(trigger))


def _earlier_mentions(trigger: Token, nouns: Iterable[Token]) -> Iterator[Token]:
    """Nouns of earlier sentences, nearest first, naming what each of ``nouns`` names (any
    incident word for an incident)."""
    doc = trigger.doc
    for noun in nouns:
        words = _incident_words() if _is_incident(noun) else {noun.lemma_}
        wanted = {doc.vocab.strings.add(word) for word in words}
        lemmas = doc.to_array("LEMMA")[:trigger.sent.start].tolist()  # most earlier words are others
        yield from (doc[i] for i in range(len(lemmas) - 1, -1, -1)
                    if lemmas[i] in wanted and doc[i].pos_ == "NOUN")


def site_antecedents(trigger: Token) -> Iterator[Token]:
    """Earlier mentions, nearest first, of a definite site the event's verb acts on or at
    ("surrounded the hotel" points back to "stormed a hotel in Beledweyne"): a building or
    camp stays where it was named, though what happened there may be on another day, so it
    gives a place, not a date (``site`` in ``temporal.tsv``)."""
    if trigger.pos_ not in _VERBS:
        return
    sites = temporal.vocabulary("site")
    doc = trigger.doc
    for noun in [c for c in trigger.children if c.dep_ == "dobj"] + _prepositional_objects(trigger):
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in sites and _is_definite(noun):
            yield from (doc[i] for i in range(trigger.sent.start - 1, -1, -1)
                        if doc[i].lemma_ == noun.lemma_ and doc[i].pos_ == "NOUN")


def trigger_token(doc: Doc, trigger: Span) -> Token | None:
    """The token an event's trigger starts with: its verb or event noun."""
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
