"""Anchoring a stance in the text: its holder, target phrase, evidence, condition and links.

The stance stage (:mod:`dyads.stages.stances`) finds constructions; this module turns each
into a :class:`~dyads.records.Stance` whose spans point into the story text, whose target
carries its canonical concept (:mod:`dyads.concepts`), and which is linked to the event coded
on the same cue (taking its date) and to the quote whose content holds it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from dyads import knowledge
from dyads.concepts import TOPIC_PREPS, StoryConcepts, concept_id, name_code
from dyads.records import Actor, DateInfo, Quote, Span, Stance, StanceTarget, is_person
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stance_lexicon import StanceLexicon, stance_lexicon

STANCE_CODER_VERSION = "0.16.0"

# Subjects that, inside a quote, stand for its speaker: "We reject the plan," Blinken said.
_SPEAKER_PRONOUNS = frozenset({"we", "i", "us", "me"})
_SPEAKER_POSSESSIVES = frozenset({"our", "my"})
# Subjects of a reported clause that, left unresolved, stand for the reporter: "X said he ...",
# "Washington said it was disappointed by X" (the reporter must be a coded actor, see _reporter).
_REPORTER_PRONOUNS = frozenset({"he", "she", "it"})
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})
_COMPLEMENT_REACH = 3
# Named entities that may hold a stance when the actor stage resolved no actor for them.
# (spaCy tags many unfamiliar surnames GPE; a real place would have resolved to a country)
_HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Words naming a share of what their 'of' phrase names: "all or parts of X", "many of the islanders";
# and counts of a crowd, whose 'of' phrase says who it is: "thousands of protesters", "a majority of MPs".
_PARTITIVES = frozenset({"all", "some", "part", "parts", "much", "most", "many", "any", "each", "several",
                         "both", "none", "dozens", "hundreds", "thousands", "millions", "scores", "tens",
                         "majority", "handful"})


@dataclass(frozen=True)
class Finding:
    """A stance before it is anchored: holder, target head, polarity and where it was read."""

    holder: Actor
    target: Token
    polarity: str
    cue: tuple[Token, ...]
    clause: Token
    rank: int = 0


def holders_of(document: Document, subjects: list[Token], anchor: Token) -> list[Actor]:
    """The actors of the subject phrases (and their conjuncts), in order.

    With none, a stance inside a quote whose subject is "we"/"I", "our government" (or missing) is
    the speaker's.
    """
    found: list[Actor] = []
    for subject in (partitive_whole(s) or s for s in subjects):
        # "members Greece, Panama and South Korea": conjuncts and appositions name holders too
        appositions = [a for c in subject.children if c.dep_ == "appos" for a in (c, *c.conjuncts)]
        members = _named_members(subject)
        group = _actor_named(document, subject)
        for token in (subject, *subject.conjuncts, *appositions, *members, *_fellow_places(document, subject)):
            actor = _actor_named(document, token)
            if actor is not None and actor.code is None and _speakers_own(token):
                continue  # "our government", uncoded: the speaker's side, read from the quote below
            if actor is not None and token in appositions and is_person(actor) and group is not None \
                    and not is_person(group) and group.code is not None and actor.code == group.code:
                continue  # "three US senators, Grassley, Shaheen and Risch": the group speaks for its members
            if actor is not None and actor not in found:
                found.append(actor)
    if not found and len(subjects) == 1 and subjects[0].lower_ in _REPORTER_PRONOUNS:
        return _reporter(document, subjects[0])
    if found or any(s.lower_ not in _SPEAKER_PRONOUNS and not _speakers_own(s) for s in subjects):
        return found
    if len(subjects) == 1 and (reporter := _inner_reporter(document, subjects[0])) is not None:
        return [reporter]
    quote = quote_at(document, Span(anchor.idx, anchor.idx + len(anchor.text), anchor.text))
    return [quote.speaker] if quote is not None and quote.speaker is not None else []


def _named_members(group: Token) -> list[Token]:
    """'populist leaders, such as Hungary's Orban, railed against X', 'critics, including Orban,
    say ...': the members a group is exemplified by hold its stance too, one record each."""
    return [member for c in group.children if c.dep_ == "prep" and (
        c.lower_ == "including" or (c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)))
        for g in c.children if g.dep_ == "pobj" for member in (g, *g.conjuncts)]


def _fellow_places(document: Document, subject: Token) -> list[Token]:
    """'officials from France and Germany': a group placed in several states is one
    holder per state; the first is the group's own mention, the others its place's conjuncts."""
    if mention_at(document, subject) is None:
        return []
    return [conjunct for c in subject.children if c.dep_ == "prep" and c.lower_ in ("in", "from")
            for g in c.children if g.dep_ == "pobj" for conjunct in g.conjuncts if name_code(_own_name(conjunct))]


def partitive_whole(token: Token) -> Token | None:
    """'all or parts of the rival claims', 'many of the islanders': the whole a share is taken of,
    which is what a stance on the share is about, or who holds it."""
    if token.lower_ not in _PARTITIVES:
        return None
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ != "PRON"), None)


def _reporter(document: Document, pronoun: Token) -> list[Actor]:
    """'Chile's president said he was open to talks': a 'he' or 'she' the actor stage left
    unresolved, as subject of a clause reported by a speech verb, is that verb's subject."""
    speech = stance_lexicon().speech
    current = pronoun.head
    for _ in range(4):
        if current.dep_ not in _CLAUSE_LINKS or current.head.i == current.i:
            return []
        current = current.head
        if current.lemma_.lower() in speech:
            reporters = [c for c in current.children if c.dep_ == "nsubj"]
            actor = _actor_named(document, reporters[0]) if len(reporters) == 1 else None
            if pronoun.lower_ == "it" and (actor is None or reporters[0].pos_ == "PRON" or _a_person(actor)):
                return []  # "he said it is in line with X": a person's 'it' is a thing, not the speaker
            return [actor] if actor is not None and actor.code is not None else []
    return []


def _inner_reporter(document: Document, pronoun: Token) -> Actor | None:
    """'"Lai said we are open for dialogue," Armitage said': a 'we' or 'I' in words a speech verb
    inside the quote reports is that verb's subject's, not the quoted speaker's."""
    speech = stance_lexicon().speech
    current = pronoun.head
    for _ in range(4):
        reporter = next((c for c in current.children if c.dep_ == "parataxis" and c.lemma_.lower() in speech), None)
        if reporter is None and current.dep_ in ("ccomp", "parataxis") and current.head.lemma_.lower() in speech:
            reporter = current.head
        if reporter is not None:
            subject = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                return None
            actor = _actor_named(document, subject)
            return actor if actor is not None and actor.code is not None else None
        if current.dep_ not in _CLAUSE_LINKS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _a_person(actor: Actor) -> bool:
    """Whether the actor is a person (whose 'it' is never themself), not a state or body."""
    return (actor.id or "").startswith("person:")


def _speakers_own(subject: Token) -> bool:
    """'our government', 'my country': in a quote, the speaker's own side."""
    return any(c.dep_ == "poss" and c.lower_ in _SPEAKER_POSSESSIVES for c in subject.children)


def _actor_named(document: Document, token: Token) -> Actor | None:
    """The actor of the mention at ``token``; a conjunct the actor stage swallowed into a wider
    mention ("members Greece, Panama and ...") is its own actor when it names a state or body."""
    mention = mention_at(document, token)
    if mention is None:
        # "wide European support", "support in Ottawa": a state's adjective or place name
        code = name_code(token) if token.pos_ == "ADJ" or token.ent_type_ == "GPE" else None
        if code is not None:
            return _named_actor(token, code)
        return _quoted_speaker(document, token) or _unresolved_holder(token)
    if mention.head == token.i or token.pos_ != "PROPN":
        return mention.actor
    name = _own_name(token)
    code = name_code(name)
    if code is None or code == mention.actor.code:
        return mention.actor
    return _named_actor(name, code)


def _quoted_speaker(document: Document, token: Token) -> Actor | None:
    """The speaker the quote stage resolved for the word ``token`` begins ('he called the ruling
    "arbitrary"': the 'he' the quote stage traced to the judge), when the actor stage did not."""
    return next((q.speaker for q in document.quotes
                 if q.speaker is not None and q.speaker.start == token.idx), None)


def _own_name(token: Token) -> SpacySpan | Token:
    """The whole name a conjunct ends ("United States" for "States"): the token with the compound
    words before it."""
    words = [c.i for c in token.children if c.dep_ in ("compound", "flat") and c.i < token.i]
    return token.doc[min(words):token.i + 1] if words else token


def _named_actor(name: SpacySpan | Token, code: str) -> Actor:
    """An actor for a name the actor stage did not resolve on its own: a state or a body."""
    country = code if len(code) == 3 and code.isalpha() and code.isupper() and code in _iso3() else None
    start = name.idx if isinstance(name, Token) else name.start_char
    return Actor(name.text, start, start + len(name.text), name.text, code, country,
                 id=f"state:{code}" if country else f"igo:{code}", resolved_by="name")


# Prepositions that say where an uncoded group of people is from: "residents of the camps".
_PEOPLE_PLACE_PREPS = frozenset({"in", "of", "from", "across"})


def _unresolved_holder(token: Token) -> Actor | None:
    """An uncoded holder for a subject the actor stage left alone: a person's or group's name
    ("Wasuge called for X") or a noun the lexicon lists as naming people ("critics", "donors")."""
    named = token.pos_ == "PROPN" and (token.ent_type_ in _HOLDER_ENTITIES or not token.ent_type_)
    if not named and (token.pos_ != "NOUN" or token.lemma_.lower() not in stance_lexicon().holders):
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None  # "no country has recognized X": nobody holds it
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "amod", "flat") or t.i == token.i]
    first = min(t.i for t in words)
    # where the people are from is part of who they are: "populists in central European countries"
    last = max((c.right_edge.i for c in token.children if c.dep_ == "prep" and c.i == token.i + 1
                and c.lower_ in _PEOPLE_PLACE_PREPS), default=token.i)
    span = token.doc[first:last + 1]
    return Actor(span.text, span.start_char, span.end_char, span.text, None, None, resolved_by="stance-subject")


def _iso3() -> frozenset[str]:
    return frozenset(c.iso3 for c in knowledge.country_aliases().values())


def quote_at(document: Document, span: Span) -> Quote | None:
    """The quote whose content holds ``span``, if the quote stage found one."""
    return next((q for q in document.quotes
                 if q.content.start <= span.start and span.end <= q.content.end), None)


def target_span(head: Token) -> tuple[int, int]:
    """Character offsets of the target phrase: the head, its left modifiers and its topic
    phrases ("Beijing's proposal for peace talks"), without relative clauses or appositions."""
    right, left = head, head.left_edge
    # an act stood for itself: "closing the camps", "impose the tariff" (not a misparsed noun: "the ruling")
    if head.pos_ == "VERB" and head.dep_ not in ("amod", "compound", "nsubj", "dobj", "pobj"):
        # with its object, particle and a return's way back: "go back to their villages"
        right = max((c.right_edge for c in head.children if c.i > head.i and (
            c.dep_ in ("dobj", "prt") or (c.dep_ == "advmod" and c.lower_ == "back"))),
            key=lambda t: t.i, default=head)
        left = head
        # a permission runs over the act it lets happen: "let the Uyghurs settle elsewhere"
        if head.lemma_.lower() in stance_lexicon().permissions and (let := permitted_act(head)) is not None:
            right = max(right, let.right_edge, key=lambda t: t.i)
        # an act with no object runs to the phrase right after it: "interfering in its affairs"
        after = next((c for c in head.children if c.i > head.i and c.dep_ in ("dobj", "prep")), None)
        if after is not None and after.dep_ == "prep":
            right = max(right, after.right_edge, key=lambda t: t.i)
        # and the party met with: "meet with Kim"
        right = max((c.right_edge for c in head.children if c.i > head.i and c.dep_ == "prep" and c.lower_ == "with"
                     and head.lemma_.lower() in stance_lexicon().meetings), key=lambda t: t.i, default=right)
    for child in head.children:
        if child.i > head.i and child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            right = max(right, child.right_edge, key=lambda t: t.i)
    return left.idx, right.idx + len(right.text)


def permitted_act(act: Token) -> Token | None:
    """The act a verb of letting lets happen: 'settle' in 'let the Uyghurs settle elsewhere', 'leave'
    in 'allow the refugees to leave' (a permission with a plain object, 'allow aid', has none)."""
    return next((c for c in act.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)


def _evidence(document: Document, finding: Finding, target: tuple[int, int]) -> Span:
    """From the first cue word (or its auxiliaries, negation, time cue) to the end of the target."""
    tokens = list(finding.cue)
    for cue in finding.cue:
        if cue.pos_ in ("VERB", "AUX"):
            tokens.extend(c.left_edge for c in cue.children if c.dep_ in ("aux", "auxpass", "neg") or
                          (c.dep_ == "advmod" and c.i < cue.i))
            # only the words just before the cue: "refusing to condemn", "far from rejecting"
            tokens.extend(t for t in _complemented(cue) if cue.i - t.i <= _COMPLEMENT_REACH)
    sentence = finding.cue[0].sent
    if not sentence.start_char <= target[0] < sentence.end_char:
        target = (finding.cue[0].idx, finding.cue[0].idx)  # a stance taken up from an earlier sentence
    start = min(target[0], *(t.idx for t in tokens))
    end = max(target[1], *(t.idx + len(t.text) for t in tokens))
    return Span(start, end, document.story.text[start:end])


def _complemented(verb: Token) -> Iterator[Token]:
    """The words a verb's phrase complements, which may negate it: "refusing to condemn",
    "far from rejecting", "continued to defend"."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("xcomp", "pcomp", "prep") or current.head.i == current.i:
            return
        current = current.head
        yield current


def condition_of(document: Document, finding: Finding, lexicon: StanceLexicon) -> str | None:
    """The condition a stance depends on, as written (see :mod:`dyads.stages.stances`), or None."""
    clause = finding.clause
    for verb in (clause, *_heads(clause, 2)):
        for child in verb.children:
            if child.dep_ == "advcl" and _is_condition_clause(child, lexicon):
                return _text(document, child.left_edge, child.right_edge)
    scopes = [finding.target, *(c for c in clause.children
                                if c.dep_ in ("advcl", "ccomp") and c.lemma_.lower() in lexicon.speech)]
    for scope in scopes:
        for token in scope.subtree:
            if token.dep_ == "det" and token.lower_ in lexicon.quantifiers and \
                    any(t.dep_ == "relcl" for t in token.head.subtree):
                return _text(document, token.head.left_edge, token.head.right_edge)
    return None


def _heads(token: Token, depth: int) -> Iterator[Token]:
    current = token
    for _ in range(depth):
        if current.dep_ not in _CLAUSE_LINKS or current.head.i == current.i:
            return
        current = current.head
        yield current


def _is_condition_clause(clause: Token, lexicon: StanceLexicon) -> bool:
    words = " ".join(t.lower_ for t in clause.doc[clause.left_edge.i:clause.left_edge.i + 4])
    return any(words == m or words.startswith(m + " ") for m in lexicon.conditions)


def _text(document: Document, first: Token, last: Token) -> str:
    return document.story.text[first.idx:last.idx + len(last.text)]


def anchor_stance(document: Document, finding: Finding, concepts: StoryConcepts,
                  lexicon: StanceLexicon) -> Stance:
    """The Stance record of a finding: target with its concept, evidence, condition, links, id."""
    start, end = target_span(finding.target)
    concept = concepts.resolve(finding.target).name
    target = StanceTarget(document.story.text[start:end], start, end, concept_id(concept), concept)
    evidence = _evidence(document, finding, (start, end))
    condition = condition_of(document, finding, lexicon)
    quote = quote_at(document, evidence)
    event_id, date = _event_link(document, finding)
    return Stance(
        stance_id=_stance_id(document, finding, evidence, target, lexicon),
        holder=finding.holder, target=target, polarity=finding.polarity, evidence=evidence,
        date=date, conditional=condition is not None, condition=condition,
        quote_id=quote.quote_id if quote is not None else None, event_id=event_id,
    )


def _event_link(document: Document, finding: Finding) -> tuple[str | None, DateInfo]:
    """The event coded on the stance's cue with the same source, and its date."""
    cue_starts = {t.idx for t in finding.cue}
    for event in document.events:
        if any(event.trigger.start <= s < event.trigger.end for s in cue_starts) \
                and event.source.start == finding.holder.start:
            return event.event_id, event.date
    day = document.story.story_date.isoformat()
    return None, DateInfo(day, day, "story", None)


def _stance_id(document: Document, finding: Finding, evidence: Span, target: StanceTarget,
               lexicon: StanceLexicon) -> str:
    key = "|".join([document.story.story_id, STANCE_CODER_VERSION, lexicon.version, str(evidence.start),
                    str(finding.holder.start), str(target.start), finding.polarity])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


__all__ = ["Finding", "STANCE_CODER_VERSION", "anchor_stance", "condition_of", "holders_of", "partitive_whole",
           "permitted_act", "quote_at", "target_span"]
