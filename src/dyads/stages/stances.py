"""The stance stage: who stands where on what, read from the constructions that carry stance.

Four constructions carry a stance (their words are data: ``dyads/data/stance_lexicon.tsv``):

1. a **stance verb**: the holder is its subject, the target its object ("Blinken criticized the
   proposal", "the United States initially rejected the plan", "has softened its stance on
   China's negotiation offer", "not supporting Russian annexations");
2. a **stance noun**: the holder is its possessor, an actor modifying it, the possessor of a
   negator governing it, or the subject of a light verb taking it ("Beijing's lack of support
   for Russian annexations", "US support for the negotiations", "expressed support for X");
3. a **stance predicate** after "be", held by the subject: "Germany is opposed to the plan",
   "Beijing was not supportive of the meeting", "France is in favor of X";
4. an **evaluation** in reported speech, held by the speaker: "Blinken went on to say that
   there are positive elements in China's 12-point peace plan", "there is nothing wrong with
   X", "the call was a positive thing".

A negated cue ("did not support", "refusing to condemn", "lack of support", "nothing wrong")
takes the lexicon's ``negated`` polarity. A stance is **conditional** when an ``if``/``unless``
clause governs it, or when its target or the speech elaborating it is a quantified rule
restricted by a relative clause ("criticized the proposal, saying any call for a ceasefire that
does not include the withdrawal ... would be ratification"); ``condition`` holds the clause.

The story's stances are listed in story time: stances a cue places earlier ("initially",
"at first", "previously") first, then those without cues, then those placed later ("now",
"has softened its stance"), each group in text order. The stored ``position`` is that order.
A stance read from a coded event's trigger takes the event's id and date, else the story date;
one read inside a quote's content takes the quote's id (and, with no holder of its own, the
quote's speaker).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from dyads.concepts import StoryConcepts
from dyads.records import Actor, Stance
from dyads.stages import Document
from dyads.stages.arguments import subject_tokens
from dyads.stages.mood import is_negated
from dyads.stages.stance_anchors import STANCE_CODER_VERSION, Finding, anchor_stance, holders_of
from dyads.stance_lexicon import Cue, StanceLexicon, stance_lexicon

_NEGATING_WORDS = frozenset({"nothing", "none", "no", "never"})
# Prepositions that introduce what an evaluation is about: "positive elements in", "wrong with".
_ABOUT_PREPS = frozenset({"in", "with", "about", "of", "to", "for", "on", "toward", "towards", "regarding"})
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})
_PRONOUN_TARGETS = frozenset({"PRON"})
_PARTICLES = frozenset({"off", "down", "away", "out", "up"})
_COPULAS = frozenset({"be", "remain", "seem", "appear", "become", "stay"})


def code_stances(document: Document) -> Document:
    """The stance stage: every stance construction with a resolved holder becomes a Stance.

    Args:
        document: a parsed story with its actor mentions (and, if coded, events and quotes).

    Returns:
        The document with its stances, in story-time order (see the module docstring).

    Example: "The United States initially rejected the plan." gives one stance: holder USA,
    target "the plan", polarity ``oppose``.
    """
    lexicon = stance_lexicon()
    findings = list(_findings(document, lexicon))
    if not findings:
        return replace(document, stances=())
    concepts = StoryConcepts(document)
    anchored: dict[tuple[int, int, int], tuple[int, Stance]] = {}
    for finding in findings:
        stance = anchor_stance(document, finding, concepts, lexicon)
        if stance.holder.code and stance.target.concept == stance.holder.code.lower():
            continue  # "Pyongyang's envoy defended Pyongyang": a misread target, not a stance
        anchored.setdefault((stance.holder.start, stance.target.start, stance.evidence.start),
                            (finding.rank, stance))
    ordered = sorted(anchored.values(), key=lambda item: (item[0], item[1].evidence.start))
    return replace(document, stances=tuple(stance for _, stance in ordered))


def _findings(document: Document, lexicon: StanceLexicon) -> Iterator[Finding]:
    for token in document.doc:
        pos = token.pos_
        if token.dep_ in ("acomp", "prep") and (cues := lexicon.predicates.get(token.lower_)):
            yield from _predicate_findings(document, token, cues, lexicon)
        elif pos == "VERB" and (cues := lexicon.verbs.get(token.lemma_.lower())):
            yield from _verb_findings(document, token, cues, lexicon)
        elif pos == "NOUN" and (cues := lexicon.nouns.get(token.lemma_.lower())):
            yield from _noun_findings(document, token, cues, lexicon)
        elif pos == "ADJ" and (cue := lexicon.evaluations.get(token.lower_)):
            yield from _evaluation_findings(document, token, cue, lexicon)


# -- stance verbs --------------------------------------------------------------------------

def _verb_findings(document: Document, verb: Token, cues: tuple[Cue, ...],
                   lexicon: StanceLexicon) -> Iterator[Finding]:
    if verb.dep_ in ("amod", "compound"):
        return  # "a Russia-backed plan" describes the plan, it reports no stance
    if _object_controlled(verb):
        return  # "urged Russia to accept the plan" is a request; acceptance is not yet a stance
    matched = next(((c, found) for c in cues if (found := _verb_target(verb, c)) is not None), None)
    if matched is None:
        return
    cue, (target, cue_tokens) = matched
    no_longer = _no_longer(verb)
    polarity = cue.polarity_when(is_negated(verb) or no_longer is not None)
    if not polarity:
        return
    rank = cue.rank or (lexicon.negators.get("no longer", 1) if no_longer is not None else _time_rank(verb, lexicon))
    for holder in holders_of(document, _verb_subjects(verb), verb):
        if not _inside(target, holder):
            yield Finding(holder, target, polarity, cue_tokens, verb, rank)


def _verb_subjects(verb: Token) -> list[Token]:
    """The verb's subject; for a gerund after a preposition ("Far from rejecting X, he ..."),
    the subject of the clause the phrase modifies."""
    subjects = subject_tokens(verb)
    if not subjects and verb.dep_ == "pcomp" and verb.head.i != verb.i:
        subjects = subject_tokens(_clause_verb(verb.head))
    return subjects


def _verb_target(verb: Token, cue: Cue) -> tuple[Token, tuple[Token, ...]] | None:
    """The head of the verb's target phrase and the cue's tokens, if the cue's words match."""
    words = cue.words[1:]
    if not words:
        if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in _PARTICLES) for c in verb.children):
            return None  # "back off", "back down" are other verbs than "back"
        target = _first(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
        return (target, (verb,)) if target is not None else None
    if len(words) == 1:
        particle = _first(c for c in verb.children if c.lower_ == words[0] and c.dep_ in ("prep", "prt"))
        if particle is None:
            return None
        slot = ("pobj",) if particle.dep_ == "prep" else ("dobj", "nsubjpass")
        target = _first(c for c in (particle if particle.dep_ == "prep" else verb).children if c.dep_ in slot)
        return (target, (verb, particle)) if target is not None else None
    noun = _first(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == words[0])
    prep = noun and _first(c for c in noun.children if c.dep_ == "prep" and c.lower_ == words[1])
    target = prep and _first(c for c in prep.children if c.dep_ == "pobj")
    return (target, (verb, noun, prep)) if target is not None and noun and prep else None


def _object_controlled(verb: Token) -> bool:
    """True when the verb's understood subject is not its governing verb's subject: an object
    ("urged Russia to accept", "attacked the Journal for refusing to support") or a noun's
    owner ("support for Ukraine in defending its integrity")."""
    current = verb
    while current.dep_ in ("xcomp", "pcomp", "prep") and current.head.i != current.i:
        current = current.head
        if current.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if current.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on" and current.lemma_ == "call")
               for c in current.children):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False
    return False


def _first(tokens: Iterable[Token]) -> Token | None:
    """The first token that is not a pronoun (a pronoun target says nothing we can name)."""
    return next((t for t in tokens if t.pos_ not in _PRONOUN_TARGETS), None)


def _no_longer(verb: Token) -> Token | None:
    """'no longer supports': the 'longer' modifier, if present."""
    return next((c for c in verb.children if c.lower_ == "longer"
                 and any(g.lower_ == "no" for g in c.children)), None)


def _time_rank(verb: Token, lexicon: StanceLexicon) -> int:
    """-1 for 'initially', 'at first'; 1 for 'now', 'later'; on the verb or the verb it complements."""
    token = verb
    for _ in range(3):
        for child in token.children:
            phrase = child.lower_
            if child.dep_ == "prep":
                phrase += "".join(f" {g.lower_}" for g in child.children if g.dep_ in ("pobj", "amod"))
            elif child.dep_ not in ("advmod", "npadvmod"):
                continue
            if phrase in lexicon.time_cues:
                return lexicon.time_cues[phrase]
        if token.dep_ != "xcomp":
            break
        token = token.head
    return 0


def _inside(target: Token, holder: Actor) -> bool:
    return holder.start <= target.idx < holder.end and holder.start <= target.left_edge.idx


# -- stance predicates -----------------------------------------------------------------------

def _predicate_findings(document: Document, predicate: Token, cues: tuple[Cue, ...],
                        lexicon: StanceLexicon) -> Iterator[Finding]:
    """'China is supportive of X', 'Germany is opposed to X', 'India remains against X'."""
    copula = predicate.head
    if copula.lemma_.lower() not in _COPULAS:
        return
    matched = next(((c, found) for c in cues if (found := _predicate_target(predicate, c)) is not None), None)
    if matched is None:
        return
    cue, (target, cue_tokens) = matched
    polarity = cue.polarity_when(is_negated(copula))
    if not polarity:
        return
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    for holder in holders_of(document, subjects or subject_tokens(copula), copula):
        if not _inside(target, holder):
            yield Finding(holder, target, polarity, (copula, *cue_tokens), copula, _time_rank(copula, lexicon))


def _predicate_target(predicate: Token, cue: Cue) -> tuple[Token, tuple[Token, ...]] | None:
    """Follow the cue's words down from the predicate ('in' -> 'favor' -> 'of'), then its object."""
    path = [predicate]
    for word in cue.words[1:]:
        step = next((c for c in path[-1].children if c.lower_ == word), None)
        if step is None:
            return None
        path.append(step)
    target = _first(c for c in path[-1].children if c.dep_ == "pobj")
    return (target, tuple(path)) if target is not None else None


# -- stance nouns --------------------------------------------------------------------------

def _noun_findings(document: Document, noun: Token, cues: tuple[Cue, ...],
                   lexicon: StanceLexicon) -> Iterator[Finding]:
    for cue in cues:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == cue.words[1]), None)
        target = prep and _first(g for g in prep.children if g.dep_ == "pobj")
        if target is not None and prep is not None:
            break
    else:
        return
    negator = _negator(noun, lexicon)
    light = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.light else None
    negated = (negator is not None or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
               or (light is not None and is_negated(light)))
    polarity = cue.polarity_when(negated)
    if not polarity:
        return
    clause = light or _clause_verb(noun)
    cue_tokens = (noun, prep) if negator is None else (negator, noun, prep)
    holders = holders_of(document, _noun_holder_tokens(noun, negator), clause)
    if not holders and light is not None:  # "their support", "expressed support": the light verb's subject
        holders = holders_of(document, subject_tokens(light), clause)
    for holder in holders:
        if holder.code is None and holder.start <= noun.idx < holder.end:
            continue  # "growing opposition to": the noun itself read as an agent is no holder
        if not _inside(target, holder):
            yield Finding(holder, target, polarity, cue_tokens, clause, _time_rank(clause, lexicon))


def _negator(noun: Token, lexicon: StanceLexicon) -> Token | None:
    """'lack' in 'lack of support for': a negating noun whose 'of' phrase the cue is."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lexicon.negators:
        return noun.head.head
    return None


def _noun_holder_tokens(noun: Token, negator: Token | None) -> list[Token]:
    """Possessor, actor modifiers and 'from' phrase of the noun, else of its negator."""
    for owner in (noun, negator):
        if owner is None:
            continue
        found = [c for c in owner.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        found += [g for c in owner.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj"]
        if found:
            return found
    return []


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a noun stands in (the noun itself at the root).

    Heads are compared by index: spaCy builds a new Token on every access, so ``is`` never holds.
    """
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


# -- evaluations ---------------------------------------------------------------------------

def _evaluation_findings(document: Document, adjective: Token, cue: Cue,
                         lexicon: StanceLexicon) -> Iterator[Finding]:
    noun = adjective.head if adjective.dep_ == "amod" else None
    if noun is not None and noun.dep_ == "attr":
        copula = noun.head
    elif adjective.dep_ == "acomp":
        copula = adjective.head
    else:
        return
    if copula.lemma_.lower() != "be":
        return
    existential = next((c for c in copula.children if c.dep_ == "expl"), None)
    target = (_about_object(adjective, noun) if existential is not None
              else _first(c for c in copula.children if c.dep_ == "nsubj"))
    if target is None:
        return
    negated = is_negated(copula) or (noun is not None and (
        noun.lower_ in _NEGATING_WORDS or any(c.lower_ in _NEGATING_WORDS for c in noun.children if c.dep_ == "det")))
    polarity = cue.polarity_when(negated)
    speech = _speech_governor(copula, lexicon)
    if not polarity or speech is None:
        return  # an evaluation nobody is said to make is the author's, not an actor's
    cue_tokens = tuple(t for t in (existential, copula, noun, adjective) if t is not None)
    for holder in holders_of(document, subject_tokens(speech), copula):
        if not _inside(target, holder):
            yield Finding(holder, target, polarity, cue_tokens, speech, _time_rank(speech, lexicon))


def _about_object(adjective: Token, noun: Token | None) -> Token | None:
    """The object of 'in', 'with', 'about' ... after the evaluated word."""
    for word in (adjective, noun):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS) if word else ():
            target = _first(g for g in prep.children if g.dep_ == "pobj")
            if target is not None:
                return target
    return None


def _speech_governor(token: Token, lexicon: StanceLexicon) -> Token | None:
    """The speech verb whose reported clause holds ``token`` ('said that there are ...')."""
    current = token
    for _ in range(4):
        if current.dep_ not in _CLAUSE_LINKS or current.head.i == current.i:
            return None
        current = current.head
        if current.lemma_.lower() in lexicon.speech:
            return current
    return None


__all__ = ["Finding", "STANCE_CODER_VERSION", "code_stances"]
