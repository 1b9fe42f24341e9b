"""The syntax the stance constructions share: targets, subjects, clauses and speakers in a parse.

:mod:`dyads.stages.stances` and :mod:`dyads.stages.stance_frames` read stances from spaCy
dependency parses; the helpers here answer the questions both ask: what a verb or preposition
is about (its object, or the object of its gerund), whose subject a verb takes, which speech
verb reports a clause, who speaks a quote, and how an act stands to its object.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dyads.concepts import head_class, names_concept
from dyads.nlp import lexicon_lemma
from dyads.records import Actor, Span
from dyads.stages import Document
from dyads.stages.arguments import subject_tokens
from dyads.stages.stance_anchors import holders_of, partitive_whole, quote_at
from dyads.stance_lexicon import Cue, StanceLexicon, stance_lexicon

_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})
_PRONOUN_TARGETS = frozenset({"PRON"})
_PARTICLES = frozenset({"off", "down", "away", "out", "up"})
# Prepositions that add a co-actor to the subject: "along with", "together with".
_COMPANION_WORDS = frozenset({"along", "together"})
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
# Subjects that, in a quote, are the speaker or the speaker's side.
_FIRST_PERSON = frozenset({"we", "i"})
# Subjects that, in a quote, are somebody the speaker talks about; and the curly quotation marks
# (straight ones are told apart by their tags).
_THIRD_PERSON = frozenset({"they", "he", "she", "it"})
# Pronouns by which a clause takes up the singular subject of the clause it depends on.
_SINGULAR_SUBJECTS = frozenset({"he", "she", "it"})
_OPEN_QUOTES = frozenset({"\u201c"})
_CLOSE_QUOTES = frozenset({"\u201d"})
# Object pronouns that stand for a thing named earlier in the sentence ("criticized it").
_ANAPHORIC_OBJECTS = frozenset({"it", "this", "they", "them"})
_SINGULAR_OBJECTS = frozenset({"it", "this"})
_ANTECEDENT_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})
# Words that can name a holder: a subject of another class ("much remains") names nobody.
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
# Word classes that name nothing to stand for: "wants them to pay more" (the act is what is wanted).
NON_NOMINALS = frozenset({"ADJ", "ADV", "NUM", "DET", "ADP", "PART", "CCONJ", "SCONJ", "PUNCT"})
# Named entities that act rather than get done: the object of a plain act they are not a target.
AGENT_ENTITIES = frozenset({"GPE", "NORP", "PERSON", "ORG"})
# Prepositions naming what a removal with no object removes: "withdraw from", "pull out of".
_REMOVAL_PREPS = frozenset({"from", "of", "on", "against", "to"})
# Forms of "be" that agree with their subject, so mark a clause as indicative, not subjunctive.
_FINITE_BE = frozenset({"is", "are", "was", "were", "am", "'s", "'re"})
# Verbs linking a subject to what is predicated of it: "is opposed to X", "seems reluctant to X".
COPULAS = frozenset({"be", "remain", "seem", "appear", "become", "stay"})


def verb_subjects(verb: Token) -> list[Token]:
    """The verb's subject, with its companions ("France, along with Germany, rejected X"); for a
    gerund after a preposition ("Far from rejecting X, he ..."), the subject of the clause the
    phrase modifies."""
    if selves := _own_first_person(verb) or _quoted_others(verb):
        return selves
    if (main := _misattached_conjunct(verb)) is not None:
        return verb_subjects(main)
    if (copula := _ranked_first(verb)) is not None:
        return verb_subjects(copula)
    subjects = [m for s in subject_tokens(verb) for m in _members(s)]
    if subjects:
        subjects = [*_list_openers(subjects), *subjects, *_companions(verb)]
    if not subjects and verb.dep_ == "pcomp" and verb.head.i != verb.i:
        subjects = subject_tokens(clause_verb(verb.head))
    if verb.dep_ == "acl" and len(subjects) == 1 and subjects[0].i == verb.head.i:
        subjects = _authors(verb.head) or subjects
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and subjects and not any(s.pos_ in _NOMINALS for s in subjects):
        return _reporter_subjects(verb.head) or subjects
    return subjects


def _ranked_first(verb: Token) -> Token | None:
    """'X was the first to reject the constitution', 'Y is the only one to back it': the infinitive
    on a predicate ranking its subject is that subject's act; the copula, whose subject it takes."""
    ranked = verb.head
    if verb.dep_ not in ("relcl", "acl") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or ranked.dep_ != "attr":
        return None
    return ranked.head if ranked.head.lemma_.lower() in COPULAS else None


def _misattached_conjunct(verb: Token) -> Token | None:
    """'The U.N. found that his detention is arbitrary and called for his release': a past verb
    with no subject, which the parser conjoined to a present clause reported by a past verb, is
    conjoined to the reporting verb (conjoined verbs share their tense), whose subject it takes."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if clause.dep_ != "ccomp" or clause.tag_ not in ("VBZ", "VBP") or clause.head.i == clause.i:
        return None
    main = clause.head
    return main if main.tag_ in ("VBD", "VBN") else None


def _list_openers(subjects: list[Token]) -> list[Token]:
    """'Malaysia, the Philippines and Vietnam contest X': the first name of a list of subjects,
    which the parser may hang on the verb as a modifier, before the comma that opens the rest."""
    subject = subjects[0]
    start = subject.left_edge.i
    if not subject.conjuncts or start < 2 or subject.doc[start - 1].text != ",":
        return []
    first = subject.doc[start - 2]
    return [first] if first.dep_ in ("npadvmod", "dep") and first.head.i == subject.head.i \
        and first.pos_ == "PROPN" else []


def _own_first_person(verb: Token) -> list[Token]:
    """'Women need X, and we need to challenge Y,' she said: a 'we' or 'I' subject of a clause
    conjoined to one with another subject is the speaker's side, not that other subject."""
    token = verb
    while not (own := [c for c in token.children if c.dep_ == "nsubj"]):
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return []
        token = token.head
    if own[0].lower_ not in _FIRST_PERSON or token.dep_ != "conj":
        return []
    earlier = [c for c in token.head.children if c.dep_ == "nsubj"]
    return own if earlier and earlier[0].lower_ not in _FIRST_PERSON else []


def _quoted_others(verb: Token) -> list[Token]:
    """'"They don't want to go back," she said': a third-person subject inside quotation marks is
    somebody the speaker talks about, never the speaker who reports the quote."""
    own = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _THIRD_PERSON]
    opening = sum(1 for t in verb.doc[verb.sent.start:verb.i] if t.tag_ == "``" or t.text in _OPEN_QUOTES)
    closing = sum(1 for t in verb.doc[verb.sent.start:verb.i] if t.tag_ == "''" or t.text in _CLOSE_QUOTES)
    return own if own and opening > closing else []


def _members(subject: Token) -> list[Token]:
    """'Nawa is among those who want the hunts stopped', 'Chile was among the states that rejected
    X': a group one is said to be among stands for its named members."""
    among = subject.head
    if subject.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_.lower() != "be":
        return [subject]
    return [c for c in among.head.children if c.dep_ == "nsubj"] or [subject]


def _authors(text: Token) -> list[Token]:
    """'he wrote an article advocating for X', 'Russia unveiled a plan calling for Y': a text that
    argues for something speaks for whoever wrote or put it forward (its owner, or the subject of
    the verb of authorship it is the object of)."""
    owners = [c for c in text.children if c.dep_ == "poss"]
    if owners or text.dep_ != "dobj" or text.head.lemma_.lower() not in stance_lexicon().authors:
        return owners
    return subject_tokens(text.head)


def _companions(verb: Token) -> list[Token]:
    """Who acts with the subject: 'along with donors', 'together with Germany' on the verb."""
    withs = [w for c in verb.children if c.dep_ == "prep" for w in (c, *c.children) if w.lower_ == "with"
             and any(t.lower_ in _COMPANION_WORDS for t in (w.head, *w.children) if t.i != w.i)]
    return [g for w in withs for g in w.children if g.dep_ == "pobj"]


def _reporter_subjects(clause: Token) -> list[Token]:
    """'X said that much remains to be done, signaling its reluctance': a participle hung on a
    reported clause whose subject names nobody ('much') is the reporter's act."""
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head
        if (found := subject_tokens(clause)) and any(s.pos_ in _NOMINALS for s in found):
            return found
    return []


def predicate_adjective(token: Token) -> bool:
    """True for an adjective predicated of its clause's subject: 'is opposed to X' (the parser's
    'acomp'), and 'seems reluctant to X', 'appeared eager to X' (its 'oprd' after 'seem' or 'appear')."""
    return token.dep_ == "acomp" or (token.dep_ == "oprd" and token.head.lemma_.lower() in COPULAS)


def denied_by_subject(verb: Token) -> bool:
    """True when a quantifier on the subject denies the act: "few Europeans want X", "no member
    backed X" ("a few Europeans want X" still says that some do)."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        words = {c.lower_ for c in subject.children if c.dep_ in ("det", "amod", "advmod")}
        if "no" in words or ("few" in words and "a" not in words):
            return True
    return False


def not_yet(verb: Token) -> bool:
    """True for an act said not to have happened yet: "has yet to endorse the plan", "is yet to
    comment on X"."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in ("have", "be")
            and any(c.lower_ == "yet" for c in (*head.children, *verb.children)))


def denied_by_no(verb: Token) -> bool:
    """True for an infinitive on a noun that 'no' denies: "there is no reason to be concerned
    about X", "no need to fear X" (the stance is said to be groundless)."""
    noun = verb.head
    return (verb.dep_ in ("acl", "relcl", "xcomp") and noun.pos_ == "NOUN" and noun.i != verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
            and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children))


def verb_target(verb: Token, cue: Cue) -> tuple[Token, tuple[Token, ...]] | None:
    """The head of the verb's target phrase and the cue's tokens, if the cue's words match."""
    words = cue.words[1:]
    if not words:
        if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in _PARTICLES) for c in verb.children):
            return None  # "back off", "back down" are other verbs than "back"
        target = first_named(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")) or relative_head(verb) \
            or pronoun_object(verb) or _gerund_object(verb) or _partitive_object(verb)
        if target is not None and target.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in verb.children):
            return None  # "journalists have been blocked": a passive without its agent names no holder
        return (target, (verb,)) if target is not None else None
    if len(words) == 1:
        particle = first_named(c for c in verb.children if c.lower_ == words[0] and c.dep_ in ("prep", "prt")) \
            or _after_time(verb, words[0])
        if particle is None:
            return _named_object(verb, words[0])
        if particle.dep_ == "prep":  # "advocated for forming a command": the gerund's object
            target = prep_object(particle)
        else:
            target = first_named(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")) or _gerund_object(verb)
        return (target, (verb, particle)) if target is not None else None
    noun = first_named(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == words[0])
    # the parser may hang the preposition on the verb: "threw its weight behind X"
    prep = noun and first_named(c for h in (noun, verb) for c in h.children
                                if c.dep_ == "prep" and c.lower_ == words[1] and (h is noun or c.i > noun.i))
    target = prep and first_named(c for c in prep.children if c.dep_ == "pobj")
    if target is not None and noun and prep:
        return target, (verb, noun, prep)
    return _particle_prep_target(verb, words)


def _named_object(verb: Token, word: str) -> tuple[Token, tuple[Token, ...]] | None:
    """'did not provide details': a cue that names its object, which is then the target."""
    found = next((c for c in verb.children if c.dep_ == "dobj" and word in (c.lemma_.lower(), c.lower_)), None)
    return (found, (verb, found)) if found is not None else None


def _partitive_object(verb: Token) -> Token | None:
    """'contest all or parts of the rival claims': a quantity pronoun as object stands for the
    whole of its 'of' phrase."""
    return next((w for c in verb.children if c.dep_ == "dobj" and (w := partitive_whole(c)) is not None), None)


def _after_time(verb: Token, word: str) -> Token | None:
    """'warned in July of a resurgence', 'called on Monday for talks': the cue's preposition the
    parser hung on a time phrase between the verb and it."""
    return next((p for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i > verb.i
                 for t in (c, *c.children) if t.ent_type_ in ("DATE", "TIME")
                 for p in t.children if p.dep_ == "prep" and p.lower_ == word), None)


def _gerund_object(verb: Token) -> Token | None:
    """'ruled out sending troops', 'rejected imposing tariffs': an act named by a gerund right
    after the verb (and its particle) is the object ("rejected it, saying ..." is another clause)."""
    return next((c for c in verb.children if c.tag_ == "VBG" and c.dep_ in ("xcomp", "advcl", "ccomp", "dobj")
                 and verb.i < c.i <= verb.i + 2 and not any(t.is_punct for t in verb.doc[verb.i + 1:c.i])
                 and any(g.dep_ == "dobj" for g in c.children)), None)


def _particle_prep_target(verb: Token, words: tuple[str, ...]) -> tuple[Token, tuple[Token, ...]] | None:
    """'spoke out against X', 'pushed back against X': a particle, then the target's preposition."""
    particle = next((c for c in verb.children if c.lower_ == words[0] and c.dep_ in ("prt", "advmod", "prep")), None)
    prep = particle and next((c for c in (*verb.children, *particle.children)
                              if c.dep_ == "prep" and c.lower_ == words[1]), None)
    target = prep and first_named(c for c in prep.children if c.dep_ == "pobj")
    return (target, (verb, particle, prep)) if target is not None and particle and prep else None


def owned_conjunct(target: Token) -> Token:
    """'defended Pyongyang and Moscow's treaty' parsed as two objects: a name conjoined to a
    possessed noun is that noun's co-owner, and the noun is the object."""
    if target.pos_ != "PROPN":
        return target
    owned = next((c for c in target.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                  and any(g.dep_ == "poss" for g in c.children)), None)
    return owned if owned is not None else target


def through_stance_noun(target: Token, lexicon: StanceLexicon) -> tuple[Token, int]:
    """'demanded an end to the fighting', 'rejected calls for a truce': a stance noun as object
    passes the stance on to its own target, flipped when the noun opposes it ('end to')."""
    target = owned_conjunct(target)
    for cue in lexicon.nouns.get(target.lemma_.lower(), ()):
        prep = noun_prep(target, cue.words[1])
        inner = prep_object(prep) if prep is not None else None
        if inner is not None and cue.polarity in ("support", "oppose"):
            return inner, 1 if cue.polarity == "support" else -1
    return target, 1


def noun_prep(noun: Token, word: str) -> Token | None:
    """The noun's preposition ``word``; or the verb's, when the parser hung it there right after
    its object noun: 'voiced opposition to X', 'urged the end to X' (not 'voiced support on Monday')."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == word), None)
    if prep is None and noun.dep_ == "dobj":
        prep = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == word
                     and c.i == noun.right_edge.i + 1), None)
    return prep


def pronoun_object(verb: Token, deps: tuple[str, ...] = ("dobj",)) -> Token | None:
    """What a pronoun object (of ``deps``) stands for, in its sentence: the object of a verb the
    clause hangs on ("rejected the charter, calling it divisive", "highlighted the curbs,
    demanding they be reversed"), else, for 'it' or 'this', the nearest earlier noun that is no
    subject of the verb and names no agent ("attended the meeting, but criticized it")."""
    pronoun = next((c for c in verb.children if c.dep_ in deps and c.lower_ in _ANAPHORIC_OBJECTS), None)
    if pronoun is None:
        return None
    head = verb
    for _ in range(3):
        if head.dep_ not in _CLAUSE_LINKS or head.head.i == head.i:
            break
        head = head.head
        found = first_named(c for c in head.children if c.dep_ == "dobj" and c.i < pronoun.i)
        if found is not None:
            return found
    if pronoun.lower_ not in _SINGULAR_OBJECTS:
        return None
    if (topic := said_of(verb)) is not None:
        return topic
    # the clauses holding the pronoun, and their subjects, are not what it stands for ("the world
    # must find ways to counter it")
    ancestors = {t.i for t in pronoun.ancestors}
    subjects = {t.i for a in pronoun.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree}
    for token in reversed(verb.doc[pronoun.sent.start:pronoun.i]):
        if token.pos_ == "NOUN" and token.dep_ in _ANTECEDENT_DEPS and token.i not in subjects \
                and token.i not in ancestors and not token.ent_type_:
            while token.dep_ == "pobj" and token.head.head.pos_ == "NOUN":
                token = token.head.head  # "persecution based on gender": the persecution, not the gender
            return token
    return None


def conjoined_object(verb: Token) -> Token | None:
    """'China proposed a price floor, but the EU refused': a stance verb with no object of its own
    and a subject of its own, conjoined to a clause with an object, takes that object."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "prt", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "X proposed talks and refused": one actor, changing its mind is not read here
    head = verb.head
    found = first_named(c for c in head.children if c.dep_ == "dobj")
    act = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return found or (first_named(c for c in act.children if c.dep_ == "dobj") if act is not None else None)


def said_of(token: Token) -> Token | None:
    """'"We cannot accept this," the minister said of the proposal': the topic a speech verb's
    'of' phrase names, for a 'this' or 'it' in the words it reports."""
    current = token
    for _ in range(4):
        if current.dep_ not in _CLAUSE_LINKS or current.head.i == current.i:
            return None
        current = current.head
        if current.lemma_.lower() in stance_lexicon().speech:
            return first_named(g for c in current.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj")
    return None


def relative_head(verb: Token) -> Token | None:
    """'charges which Washington dismissed': the noun a relative clause's object pronoun stands for
    (spaCy may also read 'a ruling that X called inhumane' as a clause marked by 'that')."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return _detached_antecedent(verb)
    if any(c.dep_ == "agent" for c in verb.children) and (verb.tag_ == "VBN" and verb.dep_ == "acl" or any(
            c.dep_ == "nsubjpass" and c.lower_ in _RELATIVE_PRONOUNS for c in verb.children)):
        return verb.head  # "a ceasefire (that is) supported by Ukrainians": the passive's agent holds it
    if any(c.dep_ == "dobj" and c.lower_ in _RELATIVE_PRONOUNS for c in verb.children):
        return verb.head
    if not any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return verb.head
    stranded = any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
    if verb.dep_ == "relcl" and not stranded and not any(
            c.dep_ in ("dobj", "mark", "ccomp", "xcomp") or c.lower_ in _RELATIVE_PRONOUNS for c in verb.children):
        return verb.head  # "a charge New Delhi rejected": a relative clause with no pronoun at all
    return None


def _detached_antecedent(verb: Token) -> Token | None:
    """'... in a report in February, which Moscow denied' parsed as a clause of its own: the
    relative 'which' still stands for the nearest noun before it that names no date."""
    which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which" and c.i < verb.i), None)
    if which is None:
        return None
    return next((t for t in reversed(verb.doc[which.sent.start:which.i])
                 if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")), None)


def prep_object(prep: Token, depth: int = 2) -> Token | None:
    """What a preposition is about: its object, or the object of its gerund ("the importance of
    addressing the challenges", "committed to moving toward peace")."""
    target = first_named(g for g in prep.children if g.dep_ == "pobj")
    if target is not None or depth == 0:
        return target
    gerund = next((g for g in prep.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")), None)
    if gerund is None or any(c.dep_ == "neg" for c in gerund.children):
        return None  # "committed to never discussing X" says no stance on X
    if bare_return(gerund):
        return gerund  # "wary of returning": the return itself
    if lexicon_lemma(gerund, stance_lexicon().removals) in stance_lexicon().removals and any(
            c.dep_ == "dobj" for c in gerund.children):
        return gerund  # "focus on ending the war": the act itself, which the cue's polarity is held on
    return verb_object(gerund, depth - 1)


def verb_object(verb: Token, depth: int = 2, preps: bool = True) -> Token | None:
    """A verb's object, else the object of its first preposition with one (with ``preps``
    False, only a preposition taking a gerund: 'focus on ending the war', not 'talk about X')."""
    target = first_named(c for c in verb.children if c.dep_ == "dobj")
    if target is not None:
        return target
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if not preps and not any(g.dep_ == "pcomp" for g in prep.children):
            continue
        if (found := prep_object(prep, depth)) is not None:
            return found
    return None


def indicative(clause: Token) -> bool:
    """True for a clause whose verb agrees in tense ('the plan is illegal', 'the islands were
    theirs', 'talks have failed'), which a verb such as 'insist' asserts; its subjunctive ('that the
    talks go ahead', 'that he be released') is what it demands."""
    verbs = (clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass")))
    return any(v.tag_ in ("VBZ", "VBD") or v.lower_ in _FINITE_BE for v in verbs)


def wished(verb: Token, lexicon: StanceLexicon) -> bool:
    """True when the verb's clause is what another hopes for or demands ('Kenya hopes Somalia will
    accept the plan', 'in the hope that Somalia would back it', 'its demand that Somalia withdraw'):
    what the clause's subject would do there is the wanter's wish, not the subject's own stance (a
    claim put with a mandative verb, 'insists Somalia backs the plan', is reported as said)."""
    clause = verb
    # "hopes the U.S. can help push for X", "hopes Iran will accept and implement X": up to the clause
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    governor = clause.head
    if clause.dep_ not in ("ccomp", "acl") or governor.i == clause.i or _own_wish(clause, governor):
        return False
    if governor.pos_ in ("VERB", "AUX"):
        lemma = lexicon_lemma(governor, lexicon.desires)
        return clause.dep_ == "ccomp" and any(len(c.words) == 1 for c in lexicon.desires.get(lemma, ())) \
            and not (lemma in lexicon.mandatives and indicative(clause))
    return governor.pos_ == "NOUN" and governor.lemma_.lower() in lexicon.intentions \
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _own_wish(clause: Token, governor: Token) -> bool:
    """'Kenya hopes it will back the plan', 'we need to talk to them, we need to put in controls' (a
    comma splice the parser made one clause of the other): a clause whose subject is the wanter's
    own word, or a singular pronoun taking the wanter up, is the wanter's act."""
    inner = {c.lower_ for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
    outer = {c.lower_ for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")}
    return bool(inner) and (inner == outer or (inner <= _SINGULAR_SUBJECTS and bool(outer)))


# Verbs whose subject does with their object what an 'in' gerund says: "joined Germany in calling for X".
_JOINING_VERBS = frozenset({"join", "lead"})


def object_controlled(verb: Token) -> bool:
    """True when the verb's understood subject is not its governing verb's subject: an object
    ("urged Russia to accept", "attacked the Journal for refusing to support") or a noun's
    owner ("support for Ukraine in defending its integrity"), or the subject of an infinitive
    clause another wants or expects ("expects Kabul to uphold X and deny Y")."""
    current = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
    if current.dep_ in ("ccomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children) \
            and any(c.dep_ == "nsubj" for c in current.children):
        return True
    current = verb
    while current.dep_ in ("xcomp", "pcomp", "prep") and current.head.i != current.i:
        current = current.head
        if current.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if current.pos_ not in ("VERB", "AUX"):
            continue
        if current.lemma_.lower() in stance_lexicon().instruments:
            return False  # "used its veto to block X": the subject acts, with its object as the tool
        if current.lemma_.lower() in _JOINING_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i <= c.right_edge.i for c in current.children):
            return False  # "France joined Germany in calling for X": both call for it
        if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on" and current.lemma_ == "call")
               for c in current.children):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False
    return False


def first_named(tokens: Iterable[Token]) -> Token | None:
    """The first token that is not a pronoun (a pronoun target says nothing we can name)."""
    return next((t for t in tokens if t.pos_ not in _PRONOUN_TARGETS), None)


def time_rank(verb: Token, lexicon: StanceLexicon) -> int:
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


def inside(target: Token, holder: Actor) -> bool:
    return holder.start <= target.idx < holder.end and holder.start <= target.left_edge.idx


def clause_verb(token: Token) -> Token:
    """The verb of the clause a noun stands in (the noun itself at the root).

    Heads are compared by index: spaCy builds a new Token on every access, so ``is`` never holds.
    """
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def act_target(act: Token, lexicon: StanceLexicon) -> tuple[Token, int] | None:
    """The object of an act and how the act stands to it: +1 for most ('to establish a dialogue',
    'to accept the plan'), -1 for an opposing or removing act ('to reject', 'to lift the ban')."""
    lemma = lexicon_lemma(act, lexicon.verbs)
    if act.lemma_.lower() in lexicon.topical:
        return None  # "to discuss the transfers": a topic taken up, no stand on it
    if (existent := _existent(act)) is not None:
        # '"there must be accountability," X said': what should exist is wanted ("no more delays": not)
        return existent, -1 if any(t.lower_ == "no" for t in existent.subtree if t.i < existent.i) else 1
    if lemma in lexicon.removals:
        target = verb_object(act) if any(c.dep_ == "dobj" for c in act.children) else (
            _stopped_act(act) or _passive_subject(act) or _ending_subject(act))
        target = target or _removed_from(act) or pronoun_object(act, ("dobj", "nsubjpass"))
        if target is not None and lemma in lexicon.policies and _own_measure(act, lexicon):
            return act, 1  # "Kenya wants to close the camps": for the closure, its own measure
        return (target, -1) if target is not None else None
    for cue in (c for c in lexicon.verbs.get(lemma, ()) if c.polarity in ("support", "oppose")):
        # "the plan should be rejected": an agentless passive's subject is what the act is on (a
        # phrasal cue needs its words: "should be taken seriously" takes no issue with anything)
        passive = _passive_subject(act) if len(cue.words) == 1 else None
        found = verb_target(act, cue) or ((passive, ()) if passive is not None else None)
        if found is not None:
            return found[0], 1 if cue.polarity == "support" else -1
    target = verb_object(act, preps=False) or _concept_object(act) or _going_on_subject(act, lexicon)
    if target is None and bare_return(act):
        return act, 1  # "is reluctant to go back": the return itself
    if target is None or (target.ent_type_ in AGENT_ENTITIES and not names_concept(target)):
        return None  # "wants to visit China", "a mistake to invade Ukraine" say nothing of China (a
        # named measure, "drop the Dairy Tariff", is still a thing)
    if target.pos_ in NON_NOMINALS:
        return act, 1  # "want to pay more for defense": the act itself
    purpose = _means_purpose(target, lexicon)
    if purpose is not None:  # "take steps to curb inflation": the act the means serve
        return act_target(purpose, lexicon) if purpose.i != act.i else None
    return through_stance_noun(target, lexicon)  # "to step up opposition to the dam": against the dam


def _own_measure(act: Token, lexicon: StanceLexicon) -> bool:
    """True when the act is the holder's own measure: 'Kenya wants to close the camps', 'its
    intention to suspend immigration' (not one asked of others: 'urged Canada to curb X', nor a
    tool's work: 'used its veto to shut down X')."""
    clause = act.head if act.dep_ == "conj" and act.head.i != act.i else act
    if clause.dep_ not in ("xcomp", "acl") or object_controlled(clause):
        return False
    return clause.head.lemma_.lower() not in lexicon.instruments


def _removed_from(act: Token) -> Token | None:
    """What a removal with no object is away from or against: 'withdraw from the deal', 'pull out
    of the treaty', 'fight against graft' (not the company kept: 'leave with their families')."""
    for prep in (c for c in act_preps(act) if c.lower_ in _REMOVAL_PREPS):
        if (found := prep_object(prep)) is not None:
            return found
    return None


def _means_purpose(target: Token, lexicon: StanceLexicon) -> Token | None:
    """The infinitive a means noun serves: 'curb' in 'steps to curb inflation' (also when the
    parser hangs the infinitive on the verb that takes the means: 'take steps (to curb X)')."""
    if target.lemma_.lower() not in lexicon.means:
        return None
    taker = (target.head,) if target.dep_ == "dobj" else ()
    return next((c for c in (*target.children, *(c for t in taker for c in t.children if c.i > target.i))
                 if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _stopped_act(act: Token) -> Token | None:
    """'stop killing civilians', 'stop interfering in its affairs': the act a removal ends, as its
    gerund names it (with its object, or the phrase saying what it is done in or to)."""
    return next((c for c in act.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                 and any(g.dep_ == "dobj" or (g.dep_ == "prep" and prep_object(g) is not None) for g in c.children)),
                None)


def _passive_subject(act: Token) -> Token | None:
    """What a passive act is done to: 'demanded that the ban be lifted', 'the plan should be rejected'
    (a plain act in the passive says too little: 'the perpetrators must be held accountable')."""
    if not any(c.dep_ == "auxpass" for c in act.children):
        return None
    return first_named(c for c in act.children if c.dep_ == "nsubjpass")


def _existent(act: Token) -> Token | None:
    """What 'there is' says exists: 'there must be accountability', 'there should be talks'."""
    if act.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in act.children):
        return None
    return first_named(c for c in act.children if c.dep_ == "attr")


def _ending_subject(act: Token) -> Token | None:
    """What an intransitive removal ends: 'immigration should stop', 'the fighting must end'
    (an actor as subject stops doing something, it is not itself ended)."""
    subject = first_named(c for c in act.children if c.dep_ == "nsubj")
    return subject if subject is not None and subject.ent_type_ not in AGENT_ENTITIES else None


def _going_on_subject(act: Token, lexicon: StanceLexicon) -> Token | None:
    """What an intransitive 'continue' or 'resume' keeps going: 'the talks must continue', 'aid
    should resume' (an actor as subject goes on doing something, it is not itself kept going)."""
    if act.lemma_.lower() not in lexicon.aspectuals or any(c.dep_ in ("xcomp", "dobj") for c in act.children):
        return None
    return _ending_subject(act)


def goes_back(act: Token) -> bool:
    """'go back', 'come back': a return, an act of its own though 'go' and 'come' name none."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in act.children)


def bare_return(act: Token) -> bool:
    """'reluctant to go back', 'wary of returning': a return with no object nor destination is an
    act of its own, the one a stance on it is about."""
    return (act.lemma_.lower() == "return" or (act.lemma_.lower() in ("go", "come") and goes_back(act))) \
        and not act_preps(act) and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in act.children)


def act_preps(act: Token) -> list[Token]:
    """An act's prepositions, also those the parser hung on its particle ('go back to the talks')."""
    owners = (act, *(c for c in act.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"))
    return [c for h in owners for c in h.children if c.dep_ == "prep"]


def _concept_object(act: Token) -> Token | None:
    """The object of an act's preposition when it names a known kind of concept: 'return to
    talks', 'take part in the plan' (not 'talk about the bad scenario'), also after a particle:
    'go back to the talks'."""
    for prep in act_preps(act):
        target = first_named(g for g in prep.children if g.dep_ == "pobj")
        if target is not None and head_class(target) is not None:
            return target
    return None


def signed(polarity: str, sign: int) -> str:
    """``polarity`` as held towards an act's object: flipped when the act opposes it."""
    if sign >= 0 or polarity == "neutral":
        return polarity
    return {"support": "oppose", "oppose": "support"}.get(polarity, polarity)


def quote_speakers(document: Document, token: Token) -> list[Actor]:
    """The speaker of the quote holding ``token``: '"Y is unacceptable," X told reporters'."""
    quote = quote_at(document, Span(token.idx, token.idx + len(token.text), token.text))
    return [quote.speaker] if quote is not None and quote.speaker is not None else []


def speech_governor(token: Token, lexicon: StanceLexicon) -> Token | None:
    """The speech verb whose reported clause holds ``token`` ('said that there are ...')."""
    current = token
    for _ in range(4):
        if current.dep_ not in _CLAUSE_LINKS or current.head.i == current.i:
            return None
        current = current.head
        if current.lemma_.lower() in lexicon.speech:
            return current
    return None


def speaker_of(document: Document, token: Token, lexicon: StanceLexicon) -> list[Actor]:
    """Who says the clause of ``token``: the subject of the speech verb reporting it, else the
    speaker of the quote holding it."""
    speech = speech_governor(token, lexicon)
    if speech is not None:
        return holders_of(document, subject_tokens(speech), speech)
    return quote_speakers(document, token)


def judges_of(document: Document, clause: Token, polarity: str, lexicon: StanceLexicon) -> tuple[list[Actor], str]:
    """Who judges by the verdict or effect of ``clause``, and with what polarity: its speaker, as
    said; or, in a rejected claim ("rejected accusations that the trial is unfair"), the rejecter,
    reversed (the trial is defended)."""
    rejecter = _claim_rejecter(clause, lexicon)
    if rejecter is None:
        return speaker_of(document, clause, lexicon), polarity
    return holders_of(document, verb_subjects(rejecter), rejecter), signed(polarity, -1)


def _claim_rejecter(clause: Token, lexicon: StanceLexicon) -> Token | None:
    """The verb rejecting the claim whose content ``clause`` is ('rejected claims that X is Y'),
    if any: a claim noun as object of a rejection verb that is not itself negated."""
    claim = clause.head
    if clause.dep_ not in ("acl", "ccomp") or claim.lemma_.lower() not in lexicon.claims or claim.dep_ != "dobj":
        return None
    verb = claim.head
    cues = lexicon.verbs.get(verb.lemma_.lower(), ())
    rejects = any(c.polarity == "oppose" and len(c.words) == 1 for c in cues)
    return verb if rejects and not any(c.dep_ == "neg" for c in verb.children) else None


__all__ = ["AGENT_ENTITIES", "COPULAS", "NON_NOMINALS", "act_target", "bare_return", "clause_verb", "conjoined_object",
           "denied_by_no", "denied_by_subject", "first_named", "indicative", "inside", "judges_of", "not_yet",
           "noun_prep", "object_controlled", "owned_conjunct", "predicate_adjective", "prep_object", "pronoun_object",
           "quote_speakers", "relative_head", "said_of", "signed", "speaker_of", "speech_governor",
           "through_stance_noun", "time_rank", "verb_object", "verb_subjects", "verb_target", "wished"]
