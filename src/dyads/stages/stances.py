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
4. an **evaluation** in reported speech or a quote, held by the speaker (in a speaker's own quoted
   words also an evaluative adjective on a noun, "Russia's illegal aggression"): "Blinken went on to
   say that there are positive elements in China's 12-point peace plan", "there is nothing
   wrong with X", "the call was a positive thing", '"The blockade is a mistake," X said'; a
   verdict on an extraposed act judges the act's object ("it was a mistake to back the rebels":
   opposition to the rebels), and the act itself is nobody's stance.

A stance noun received by its subject is held by its giver ("the resolution won the backing of
France", "the move drew condemnation from Chile"; on the noun's own target when it names one:
"Botswana faces opposition from Britain to its hunting policy"), and so is one accompanying a clause ("the
measure will pass, with support from France": on the subject; "approved the tariffs despite
objections from Germany": on what was done); a passive participle's agent holds the stance on
the noun it modifies ("a truce supported by Ukrainians"); a stance noun after a copula is held
by the subject ("X has been a critic of Y"); a stance verb with no object, conjoined to a clause
with one and a subject of its own, takes that object ("China proposed a price floor, but the EU
refused"); a gerund right after the verb is its object ("ruled out sending troops"); a date, sum
or empty noun ("agree on things") is no target; a phrase set against the target takes the
opposite polarity ("supports dialogue, not sanctions"); a subject quantified by "few" or "no"
negates the cue ("few Europeans want X"). A
holder the actor stage left unresolved may still be the speaker the quote stage traced it to ("many
have said they want X"), a name or a people noun of the lexicon (``holder`` rows: "critics",
"donors"), kept uncoded.

A verdict in a relative clause judges the noun the clause modifies ('"they built a dam that is
illegal," X said': against the dam); a demand noun calling on an actor to act is on what the act is
about ("its call for the junta to lift the ban": against the ban), and "any" under a negated light
verb negates the noun ("does not have any problems with X": support).

A stance noun as a stance verb's object passes the stance on ("rejected calls for a truce":
opposition to the truce; "demanded an end to the fighting": opposition to the fighting;
"dismissed concerns about X": neutral). A relative clause's object pronoun stands for its noun
("charges which Washington dismissed"), and an 'it' or 'they' object for the thing named earlier
in its sentence ("rejected the charter, calling it divisive"); a verb of praise or blame hands its 'for' phrase to its
object ("attacked the Journal for refusing to support X": the Journal opposes X), and judges what that phrase
names rather than the actor it names as object ("condemned Norway for closing the border": against the
closure; also with a pronoun for the actor, wherever the parser hangs the phrase: "he was criticized by
France at the meeting for X"). A verdict or effect in a claim the holder rejects is the holder's,
reversed ("rejected accusations that the trial is unfair": for the trial). A share stands for its whole ("contest all or parts of the rival claims"); a cue the lexicon
gives only a negated polarity is a stance only when negated ("had no comment on X", "has yet to comment
on X": neutral); a stance noun held "among" a group is the group's ("fears among farmers about X"). Stances
framed by another verb (wants, advocacy with "must", appraisals) are read in
:mod:`dyads.stages.stance_frames`.

A stance in a question left open ("asked whether China supports X", "Does China support X?") is
nobody's. A negated cue ("did not support", "refusing to condemn", "lack of support", "nothing
wrong") takes the lexicon's ``negated`` polarity; a stance declared groundless takes the opposite
one ("there is no reason to be concerned about X": support). A subject's companions hold its
stance too ("France, along with Germany, rejected X"), and so do the members it is exemplified by
("critics, such as Orban, say ..."); one holder's two cues on one phrase ("rejected baseless
allegations") are one stance. An appraisal verb with a verdict ("considers the plan unrealistic")
or in an agentless passive ("is considered a threat") is read as an appraisal, not as a stance verb
("is considering sanctions": neutral). A stance is **conditional** when an ``if``/``unless`` clause governs it, or
when its target or the speech elaborating it is a quantified rule restricted by a relative clause
("criticized the proposal, saying any call for a ceasefire that does not include the withdrawal ...
would be ratification"); ``condition`` holds the clause.

The story's stances are listed in story time: stances a cue places earlier ("initially",
"at first", "previously") first, then those without cues, then those placed later ("now",
"has softened its stance"), each group in text order. The stored ``position`` is that order.
A stance read from a coded event's trigger takes the event's id and date, else the story date;
one read inside a quote's content takes the quote's id (and, with no holder of its own, the
quote's speaker).

What another is hoped or demanded to do is the wanter's want, not yet a stance of the one it is
hoped of ("Kenya hopes Somalia will accept the plan": Kenya's support only); a clause 'insist'
puts in the indicative is a claim, read as said ("insists the plan is illegal"). An adjective after
'seem' or 'appear' is a predicate as after 'be' ("seems reluctant to back X"); the parser's stray
first name of a subject list ("Malaysia, the Philippines and Vietnam contest X"), a crowd counted
("thousands of protesters"), a past verb misconjoined into a present reported clause ("found that
the detention is arbitrary and called for his release") and an infinitive on a ranking predicate
("was the first to reject X") are read for the holder they name. Demands left unanswered are a no
comment on them ("have not responded to the demands": neutral), but a press inquiry or a request
for comment is no target. An actor who shares or echoes a concern (view, criticism, support) pointed
back to ("shares that concern", "echoed their criticism") takes up the stance voiced last before it,
in its sentence or the two before. Whoever looks to an actor for support or help stands by that actor
("the Gulf states look to Washington for support").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from dyads.concepts import StoryConcepts, name_code, names_concept
from dyads.nlp import lexicon_lemma
from dyads.records import Actor, Span, Stance
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stages.arguments import subject_tokens, verdict_words
from dyads.stages.mood import is_denial, is_negated
from dyads.stages.stance_anchors import (
    STANCE_CODER_VERSION, Finding, anchor_stance, holders_of, partitive_whole, quote_at,
)
from dyads.stages.stance_frames import frame_findings, noun_frame_findings
from dyads.stages.stance_syntax import (
    AGENT_ENTITIES, COPULAS, NON_NOMINALS, act_target, clause_verb, conjoined_object, denied_by_no,
    denied_by_subject, first_named, inside, judges_of, not_yet, noun_prep, object_controlled, predicate_adjective,
    prep_object, said_of, signed, speech_governor, through_stance_noun, time_rank, verb_subjects,
    verb_target, wished,
)
from dyads.stance_lexicon import Cue, StanceLexicon, stance_lexicon

_NEGATING_WORDS = frozenset({"nothing", "none", "no", "never"})
# Subjects that stand for an extraposed act: "it was a mistake to back X".
_DUMMY_SUBJECTS = frozenset({"it", "this", "that"})
# Pronouns that point back to what was said before: "This is false," X said.
_DEMONSTRATIVES = frozenset({"this", "that"})
# Prepositions that introduce what an evaluation is about: "positive elements in", "wrong with".
_ABOUT_PREPS = frozenset({"in", "with", "about", "of", "to", "for", "on", "toward", "towards", "regarding"})
# Prepositions whose stance noun accompanies a clause: "with support from X", "despite objections from X".
_ACCOMPANYING_PREPS = frozenset({"with", "despite", "over", "amid"})
# Question words, whose question presumes what it asks about: "why does Kenya oppose X?".
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
# Relative pronouns, which stand for the noun their clause modifies: "a base that is vital".
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Pronouns that stand for a person: "he was criticized for X" judges X, as "Moise was" does.
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
_COPULAS = COPULAS
# Nouns that name nothing an epithet could judge: "the good thing", "the bad news"; nor anything to
# stand on: "asked for more details", "concern over the situation" (a state of affairs, no proposal,
# policy, actor or act).
_EMPTY_NOUNS = frozenset({"thing", "part", "way", "news", "lot", "time", "day", "question", "point", "sign", "one",
                          "bit", "area", "opportunity", "chance", "detail", "information", "clarification",
                          "explanation", "situation", "query"})
# Nouns a 'this' is called that only stand for what 'this' means: "this is a positive step".
_ANAPHORIC_NOUNS = frozenset({"step", "move", "development", "decision", "action", "act", "measure", "moment",
                              "example", "signal", "message", "reminder", "precedent", "start", "beginning", "result",
                              "outcome", "achievement", "success", "failure", "idea", "approach"})
# What an actor may look to another for: "look to Washington for support".
_SOUGHT_HELP = frozenset({"support", "help", "protection", "leadership", "guidance", "assistance", "backing", "aid"})
# Verbs by which an actor takes up a stance voiced before ("shares that concern", "echoed their
# criticism"), the nouns that name such a stance, with the polarities each can take up, and the
# determiners that point back to it.
_ECHO_VERBS = frozenset({"share", "echo"})
_ECHOED_NOUNS = {"concern": ("oppose",), "worry": ("oppose",), "fear": ("oppose",), "criticism": ("oppose",),
                 "opposition": ("oppose",), "objection": ("oppose",), "support": ("support",),
                 "view": ("support", "oppose"), "position": ("support", "oppose"), "call": ("support", "oppose"),
                 "sentiment": ("support", "oppose")}
_ANAPHORIC_DETERMINERS = frozenset({"that", "this", "those", "these", "their", "his", "her", "its", "such",
                                    "similar", "same"})
# What a request for information asks for: "did not respond to a request for comment" is no stance.
_INFORMATION_NOUNS = frozenset({"comment", "detail", "information", "clarification", "explanation"})
# Questions put to an actor, which it answers or not ("did not respond to a VOA inquiry"): no proposal.
_INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "query", "question", "request"})
_ANSWER_VERBS = frozenset({"respond", "reply", "answer"})
# Adverbs that make an empty 'way' a solution: "agree to a way forward", "a way out of the crisis".
_SOLUTION_ADVERBS = frozenset({"forward", "out"})
# Named entities no one stands for or against: "agreed on Wednesday", "will invest $11 million".
_UNSTANCEABLE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})


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
    findings += list(_echoed_findings(document, findings, lexicon))
    if not findings:
        return replace(document, stances=())
    concepts = StoryConcepts(document)
    anchored: dict[tuple[str, int, str, int], tuple[int, Stance]] = {}
    for finding in findings:
        if (whole := partitive_whole(finding.target)) is not None:
            finding = replace(finding, target=whole)  # "urged that all parts of the deal be implemented"
        if _empty_target(finding.target) and not _named_by_cue(finding):
            continue
        if _withheld_noun(finding.target, lexicon) is not None:
            continue  # "declined comment": a no comment is read with its topic, or not at all
        if finding.target.lemma_.lower() in lexicon.hazards:
            continue  # "floods were still a concern": worry about the weather, no stance
        if _asked_information(finding.target):
            continue  # "did not respond to a request for comment": information asked for, no stance
        stance = anchor_stance(document, finding, concepts, lexicon)
        if stance.holder.code and stance.target.concept == stance.holder.code.lower():
            continue  # "Pyongyang's envoy defended Pyongyang": a misread target, not a stance
        # one stance per holder, target mention and polarity: several mentions of one person ("he",
        # "his") found for one construction, or two cues on one phrase ("reject baseless
        # allegations"), are one statement; the first cue read is kept. A verdict in a later
        # sentence on a target named before ('condemned the raids. "This is unacceptable"') is another
        holder = stance.holder.id or stance.holder.code or stance.holder.text.lower()
        said = finding.cue[0].sent.start if finding.cue[0].sent != finding.target.sent else -1
        anchored.setdefault((holder, stance.target.start, stance.polarity, said), (finding.rank, stance))
    ordered = sorted(anchored.values(), key=lambda item: (item[0], item[1].evidence.start))
    return replace(document, stances=tuple(stance for _, stance in ordered))


def _asked_information(target: Token) -> bool:
    """'a request for comment', 'an inquiry for details': the information a question asks for."""
    prep = target.head
    return target.lemma_.lower() in _INFORMATION_NOUNS and prep.lower_ == "for" \
        and prep.head.lemma_.lower() in _INQUIRY_NOUNS


def _empty_target(target: Token) -> bool:
    """A date, sum or count, a noun naming nothing ("agree on things", "seize the opportunity") or
    a word of no nominal class ("pay more"): no stance is about it ("a way forward", "a way out"
    name a solution, though)."""
    solution = any(c.dep_ == "advmod" and c.lower_ in _SOLUTION_ADVERBS for c in target.children)
    # 'called the ruling "arbitrary"': a noun in -ing the parser hung on the verdict as a modifier
    misparsed = target.lower_.endswith("ing") and target.dep_ in ("amod", "compound")
    asked = noun_prep(target, "for")
    if asked is not None and any(g.lemma_.lower() in _INFORMATION_NOUNS for g in asked.children if g.dep_ == "pobj"):
        return True  # "did not respond to a request for comment": a press inquiry, no proposal
    if target.lemma_.lower() in _INQUIRY_NOUNS and target.head.head.lemma_.lower() in _ANSWER_VERBS:
        return True  # "did not respond to a VOA inquiry": a question answered or not is no stance on it
    return target.ent_type_ in _UNSTANCEABLE_ENTITIES or (target.pos_ in NON_NOMINALS and not misparsed) or (
        target.pos_ == "NOUN" and target.lemma_.lower() in _EMPTY_NOUNS and not solution)


def _named_by_cue(finding: Finding) -> bool:
    """'did not provide details': a target the cue itself names is what the stance is about."""
    return any(token.i == finding.target.i for token in finding.cue)


def _findings(document: Document, lexicon: StanceLexicon) -> Iterator[Finding]:
    for token in document.doc:
        if _denied_act(token):
            continue
        if token.pos_ in ("VERB", "AUX") and wished(token, lexicon):
            continue  # "Kenya hopes Somalia will accept the plan": Kenya's hope, not yet Somalia's stance
        found = list(_token_findings(document, token, lexicon))
        # "there must be talks": an existential 'be' frames what should exist, as a verb does
        if not found and (token.pos_ == "VERB" or any(c.dep_ == "expl" for c in token.children)):
            found = list(frame_findings(document, token, lexicon)) or list(_measure_findings(document, token, lexicon)) \
                or list(_authored_findings(document, token, lexicon))
        elif not found and token.pos_ in ("NOUN", "ADJ"):
            found = list(noun_frame_findings(document, token, lexicon))
        if not found and token.pos_ == "VERB" and token.lemma_.lower() == "look":
            found = list(_sought_findings(document, token, lexicon))
        for finding in found:
            if finding.polarity == "neutral" or not _left_open(finding.clause):
                yield from _with_contrast(finding)


def _sought_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'the Gulf states look to Washington for support': whoever looks to an actor for help stands
    by that actor."""
    helper = first_named(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj")
    sought = any(g.lemma_.lower() in _SOUGHT_HELP for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj")
    if helper is None or not sought or is_negated(verb):
        return
    for holder in holders_of(document, verb_subjects(verb), verb):
        if not inside(helper, holder):
            yield Finding(holder, helper, "support", (verb,), verb, time_rank(verb, lexicon))


def _echoed_findings(document: Document, findings: list[Finding], lexicon: StanceLexicon) -> Iterator[Finding]:
    """'"Closing the camps will hurt us," Haji said. The UNHCR shares that concern.': an actor who
    shares or echoes a concern (view, criticism, support) named by a determiner takes the stance of
    the latest one voiced before, in its sentence or the two before it."""
    for verb in (t for t in document.doc if (t.pos_ == "VERB" or _misread_verb(t)) and t.lemma_.lower() in _ECHO_VERBS):
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ECHOED_NOUNS
                     and any(d.lower_ in _ANAPHORIC_DETERMINERS for d in c.children
                             if d.dep_ in ("det", "poss", "amod"))
                     and not any(d.dep_ == "prep" for d in c.children)), None)
        if noun is None or is_negated(verb):
            continue
        earliest = _sentence_start(verb, back=2)
        polarities = _ECHOED_NOUNS[noun.lemma_.lower()]
        earlier = [f for f in findings if earliest <= f.cue[0].i < verb.i and f.polarity in polarities]
        if not earlier:
            continue
        latest = max(earlier, key=lambda f: f.cue[0].i)
        for holder in holders_of(document, verb_subjects(verb), verb):
            if not inside(latest.target, holder) and not _same_holder(holder, latest.holder):
                yield Finding(holder, latest.target, latest.polarity, (verb, noun), verb, time_rank(verb, lexicon))


def _sentence_start(token: Token, back: int) -> int:
    """Where the sentence ``back`` sentences before the token's own starts (or the story's first)."""
    start = token.sent.start
    for _ in range(back):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def _same_holder(one: Actor, other: Actor) -> bool:
    return (one.id is not None and one.id == other.id) or (one.start, one.end) == (other.start, other.end)


def _denied_act(token: Token) -> bool:
    """'denied seeking nuclear weapons': a verb a denial governs says what was not done, so no
    stance of its own (the denial itself is read as the stance)."""
    return token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp", "pcomp") and is_denial(token.head)


def _measure_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'The U.S. has banned the supply of chips', 'Malaysia froze the pipeline': a measure taken
    against a thing is a stand against it (one wanted or weighed is read elsewhere: 'wants to ban
    X' as a desire, 'could ban X' not at all)."""
    if verb.lemma_.lower() not in lexicon.measures or not _done(verb):
        return
    target = first_named(c for c in verb.children if c.dep_ == "dobj")
    if target is None:
        return
    for holder in holders_of(document, verb_subjects(verb), verb):
        if not inside(target, holder):
            yield Finding(holder, target, "oppose", (verb,), verb, time_rank(verb, lexicon))


def _authored_findings(document: Document, verb: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'China released an AI development program', 'retaliated by announcing increased tariffs': whoever
    puts forward a plan or measure of their own stands for it."""
    if verb.lemma_.lower() not in lexicon.authors or not (_done(verb) or _by_gerund(verb)):
        return
    target = first_named(c for c in verb.children if c.dep_ == "dobj")
    if target is None or not names_concept(target) or any(c.dep_ == "acl" for c in target.children):
        return  # "announced a plan to hold talks": the act planned is what the plan's owner stands for
    for holder in holders_of(document, verb_subjects(verb), verb):
        if not inside(target, holder):
            yield Finding(holder, target, "support", (verb,), verb, time_rank(verb, lexicon))


def _by_gerund(verb: Token) -> bool:
    """'retaliated by announcing X': a gerund saying how its clause's subject acted."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and not any(
        c.dep_ == "neg" for c in verb.children)


def _done(verb: Token) -> bool:
    """A finite, active verb stating an act as done or being done: no modal, 'to', 'not' or passive."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(
        c.dep_ in ("auxpass", "neg") or (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to"))
        for c in verb.children) and verb.dep_ not in ("xcomp", "acl", "amod", "compound", "pcomp", "csubj")


def _left_open(clause: Token) -> bool:
    """'asked whether China supports the plan', 'debated whether Kenya should seek a loan': a
    stance in a question left open is asserted by nobody (a verdict left open by 'whether' is
    read as neutral where it is found)."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children) or _asked(clause)


def _asked(clause: Token) -> bool:
    """'Do you hope that China can do more?': a yes-no question, its auxiliary before its subject in
    a sentence ending with a question mark, asserts nothing ('why does Kenya oppose X?' presumes it)."""
    # the subject nearest the verb ("VOA: Do you hope ...?" in an interview has a speaker label first)
    subject = max((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i, default=None)
    if subject is None or clause.sent[-1].text != "?":
        return False
    inverted = any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in clause.children)
    return inverted and not any(t.tag_ in _WH_TAGS and t.i < subject.i for t in clause.sent)


def _with_contrast(finding: Finding) -> Iterator[Finding]:
    """'we want dialogue, not sanctions': the phrase set against the target takes the opposite
    polarity ("support" dialogue, "oppose" sanctions). The parser may make the negated phrase the
    target and hang the other under it ("want toasts not tariffs"): then the target is flipped."""
    target, flipped = finding.target, signed(finding.polarity, -1)
    after = next((c for c in target.children if c.dep_ == "neg" and c.i > target.i), None)
    before = next((c for c in target.children if c.dep_ == "neg" and c.i < target.i), None)
    if flipped == finding.polarity or (after is None and before is None):
        yield finding
    elif after is not None:
        yield finding
        other = next((c for c in target.children if c.dep_ in ("appos", "conj") and c.i > after.i), None)
        if other is not None:
            yield replace(finding, target=other, polarity=flipped, cue=(*finding.cue, after))
    elif before is not None:
        first = next((c for c in target.children if c.pos_ in ("NOUN", "PROPN") and c.i < before.i), None)
        if first is None:
            yield finding
        else:
            yield replace(finding, target=first)
            yield replace(finding, polarity=flipped, cue=(*finding.cue, before))


def _token_findings(document: Document, token: Token, lexicon: StanceLexicon) -> Iterator[Finding]:
    """The constructions a word heads by its own class: predicate, verb, noun or evaluation."""
    if _so_called(token) and (cue := lexicon.evaluations.get("so-called")):
        yield from _epithet_findings(document, token, cue)
        return
    pos = "VERB" if _misread_verb(token) else token.pos_
    verbless = _verbless_predicate(token)
    predicate = predicate_adjective(token) or token.dep_ == "prep" or verbless
    if (predicate or token.tag_ == "VBN") and (cues := lexicon.predicates.get(token.lower_)):
        found = list(_predicate_findings(document, token, cues, lexicon))
        if found or predicate:
            yield from found
            return
    if pos == "VERB" and (cues := lexicon.verbs.get(lexicon_lemma(token, lexicon.verbs))):
        yield from _verb_findings(document, token, cues, lexicon)
        return
    if pos == "VERB" and (cues := lexicon.withheld.get(token.lemma_.lower())):
        yield from _verb_findings(document, token, cues, lexicon)  # "did not provide details"
        return
    found = []
    if pos == "NOUN" and (cues := lexicon.nouns.get(token.lemma_.lower())):
        found = list(_noun_findings(document, token, cues, lexicon))
    # a noun may be a stance noun ("concern about X") or a verdict ("X is a deep concern")
    if not found and pos in ("ADJ", "NOUN") and (cue := lexicon.evaluations.get(token.lower_) or
                                                 lexicon.evaluations.get(token.lemma_.lower())):
        found = list(_evaluation_findings(document, token, cue, lexicon))
    yield from found


def _misread_verb(token: Token) -> bool:
    """'The UNHCR shares that concern' with 'shares' tagged a plural noun: a main-clause head in -s
    with a subject and an object of its own is a verb, whatever its tag."""
    return token.tag_ == "NNS" and token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children) \
        and any(c.dep_ == "dobj" for c in token.children)


def _so_called(token: Token) -> bool:
    """'the "so-called" declaration': the parser splits the word into 'so' and a participle 'called'
    on the noun; in a speaker's own words it disowns the name, a verdict as an adjective gives."""
    return token.lower_ == "called" and token.dep_ == "amod" and any(
        c.lower_ == "so" and c.i < token.i for c in token.children)


# -- stance verbs --------------------------------------------------------------------------


def _relative_small_clause(verb: Token) -> bool:
    """'an island that Beijing considers its own territory': an appraising verb in a relative clause
    with an object of its own gives the noun it modifies a classification, not a stance verb's object."""
    return verb.dep_ == "relcl" and any(c.dep_ == "dobj" for c in verb.children) and any(
        c.lower_ in ("that", "which", "whom") and c.i < verb.i for c in verb.children)


def _verb_findings(document: Document, verb: Token, cues: tuple[Cue, ...],
                   lexicon: StanceLexicon) -> Iterator[Finding]:
    if verb.dep_ in ("amod", "compound"):
        return  # "a Russia-backed plan" describes the plan, it reports no stance
    if _extraposed(verb):
        return  # "it was a mistake to back X" judges backing X; nobody is said to back it
    if verb.lemma_.lower() in lexicon.appraisals and (any(True for _ in verdict_words(verb))
                                                       or _agentless_participle(verb) or _relative_small_clause(verb)):
        return  # "considers the plan unrealistic" is an appraisal, read as one; "(is) considered the
        # holiest site" or "considers the island its territory" classifies, with no stance to take
    controller = _for_controller(verb)
    if controller is None and object_controlled(verb):
        return  # "urged Russia to accept the plan" is a request; acceptance is not yet a stance
    matched = next(((c, found) for c in cues if (found := verb_target(verb, c)) is not None), None)
    if matched is None and (other := conjoined_object(verb)) is not None:
        matched = next(((c, (other, (verb,))) for c in cues if len(c.words) == 1), None)
    if matched is None and (judged := _judged_of_person(document, verb, lexicon)) is not None:
        matched = next(((c, (judged, (verb,))) for c in cues if len(c.words) == 1), None)
    if matched is None:
        return
    cue, (target, cue_tokens) = matched
    if " ".join(cue.words) in lexicon.party_cues and not _names_party(document, target):
        return  # "stood with a loaded gun" is standing, not solidarity
    if cue.polarity == "neutral" and _free_adjunct(verb):
        return  # "we have to support X, but considering biodiversity ...": 'given', nothing weighed
    if (withheld := _withheld_noun(target, lexicon)) is not None:
        yield from _withheld_findings(document, verb, withheld, cue_tokens, lexicon)
        return
    target, sign = through_stance_noun(target, lexicon)
    target = _judged_act(document, verb, target, lexicon) or target
    no_longer = _no_longer(verb)
    negated = (is_negated(verb) or _unable(verb, lexicon)) and not _not_alone(verb)
    polarity = cue.polarity_when(negated or no_longer is not None or denied_by_subject(verb) or not_yet(verb))
    # "there is no reason to oppose X": the stance is declared groundless, so the speaker holds the opposite
    polarity = signed(polarity, -1) if denied_by_no(verb) else polarity
    # "rejected calls for a truce" opposes the truce, "demanded an end to X" opposes X; but
    # "dismissed concerns about X" only declines to oppose X
    polarity = "neutral" if polarity == "oppose" and sign < 0 else signed(polarity, sign)
    if not polarity:
        return
    rank = cue.rank or (lexicon.negators.get("no longer", 1) if no_longer is not None else time_rank(verb, lexicon))
    subjects = [controller] if controller is not None else verb_subjects(verb)
    for holder in holders_of(document, subjects, verb):
        if not inside(target, holder):
            yield Finding(holder, target, polarity, cue_tokens, verb, rank)


def _names_party(document: Document, target: Token) -> bool:
    """True when ``target`` names a person, group, state or body (a pronoun may stand for one)."""
    return mention_at(document, target) is not None or target.pos_ in ("PROPN", "PRON") \
        or target.ent_type_ in AGENT_ENTITIES


def _free_adjunct(verb: Token) -> bool:
    """'considering biodiversity, ...': a bare participle with no subject, auxiliary or
    subordinator of its own works as a preposition ('given'), not as a verb of weighing (one
    conjoined to a verb of another form, 'must support X, but considering Y', is no conjunct of it)."""
    adjunct = verb.dep_ in ("advcl", "prep") or (verb.dep_ == "conj" and verb.head.tag_ != "VBG")
    return verb.tag_ == "VBG" and adjunct and not any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children)


def _withheld_noun(noun: Token, lexicon: StanceLexicon) -> tuple[Token | None, str] | None:
    """'declined comment on X' is 'did not comment on X': a refused noun whose cue speaks only
    when withheld gives its withheld polarity to its own object (None: 'declined comment' alone)."""
    cue = next((c for c in lexicon.nouns.get(noun.lemma_.lower(), ()) if not c.polarity and c.negated), None)
    refused = any(c.polarity == "oppose" for c in lexicon.desires.get(noun.head.lemma_.lower(), ()))
    if cue is None or noun.dep_ != "dobj" or not refused:
        return None  # "called Ford's comments egregious" judges the comments
    prep = noun_prep(noun, cue.words[1]) if len(cue.words) > 1 else None
    return (prep_object(prep) if prep is not None else None), cue.negated


def _withheld_findings(document: Document, verb: Token, withheld: tuple[Token | None, str],
                       cue_tokens: tuple[Token, ...], lexicon: StanceLexicon) -> Iterator[Finding]:
    """The refuser's withheld stance on the refused noun's object; none when it has no object or
    the refusal is itself denied ('did not decline comment')."""
    target, polarity = withheld
    if target is None or is_negated(verb):
        return
    for holder in holders_of(document, verb_subjects(verb), verb):
        if not inside(target, holder):
            yield Finding(holder, target, polarity, cue_tokens, verb, time_rank(verb, lexicon))


def _unable(verb: Token, lexicon: StanceLexicon) -> bool:
    """'was unable to provide details': an act its subject says it cannot do is not done."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() in lexicon.negators


def _not_alone(verb: Token) -> bool:
    """'we were not fighting for Makeda alone but for all children': the 'not' denies that the
    stance stops there, not the stance."""
    return any(c.dep_ == "advmod" and c.lower_ in ("alone", "solely", "merely") for c in verb.children) \
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)


def _extraposed(verb: Token) -> bool:
    """True for the act a verdict judges: 'to back X' in 'it was a mistake to back X', 'rejecting X'
    in 'rejecting X was a mistake'."""
    copula = verb.head
    if verb.dep_ == "csubj" and copula.lemma_.lower() == "be":
        return True  # "rejecting the offer was a mistake": the act is judged, nobody is said to do it
    return (verb.dep_ in ("xcomp", "ccomp") and copula.lemma_.lower() == "be"
            and any(c.dep_ == "nsubj" and c.lower_ in _DUMMY_SUBJECTS for c in copula.children))


def _agentless_participle(verb: Token) -> bool:
    """A passive with no 'by' phrase ("is considered a threat"; on a noun, 'X, considered the
    holiest site', whatever its tag)."""
    passive = verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def _for_controller(verb: Token) -> Token | None:
    """The object of a verb of praise or blame whose 'for' phrase holds ``verb``: "attacked the
    Journal for refusing to support X" - the Journal refuses, so the Journal holds the stance."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("xcomp", "pcomp") or current.head.i == current.i:
            return None
        current = current.head
        if current.dep_ == "prep" and current.lower_ == "for" and current.head.pos_ == "VERB":
            return first_named(c for c in current.head.children if c.dep_ == "dobj")
    return None


def _judged_act(document: Document, verb: Token, target: Token, lexicon: StanceLexicon) -> Token | None:
    """'condemned Norway for closing the border', 'blamed the rebels for the violence': a verb
    of praise or blame whose object is an actor judges what its 'for' phrase (an accusation's
    'of' phrase) names, the act or the thing, more than the actor."""
    # the passive judges as the active does: "Norway was condemned by Sweden for closing the border"
    if verb.lemma_.lower() not in lexicon.judgements or target.dep_ not in ("dobj", "nsubjpass") or not (
            target.ent_type_ in AGENT_ENTITIES or target.lower_ in _PERSONAL_PRONOUNS
            or mention_at(document, target) is not None):
        return None
    word = lexicon.judgements[verb.lemma_.lower()] or "for"
    prep = next((c for h in (verb, target, *_phrases_after(verb, target)) for c in h.children
                 if c.dep_ == "prep" and c.lower_ == word and c.i > target.i), None)
    if prep is None:
        return None
    act = next((g for g in prep.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
    if word != "for":  # "accused X of genocide", "of killing": a bare charge judges the accused
        return act if act is not None and any(c.dep_ == "dobj" for c in act.children) else None
    return act if act is not None else first_named(g for g in prep.children if g.dep_ == "pobj")


def _judged_of_person(document: Document, verb: Token, lexicon: StanceLexicon) -> Token | None:
    """'criticized him for the jailbreak', 'he was criticized by France for X': with a pronoun for
    the person judged (no target of its own), what the 'for' phrase names is the target."""
    person = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _PERSONAL_PRONOUNS),
                  None)
    if person is None or (person.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in verb.children)):
        return None
    return _judged_act(document, verb, person, lexicon)


def _phrases_after(verb: Token, target: Token) -> list[Token]:
    """The nouns of the verb's own clause after the target, where the parser may hang a judged
    'for' phrase ("was criticized by France at the meeting for X")."""
    return [t for t in verb.subtree if t.i > target.i and t.pos_ in ("NOUN", "PROPN") and _in_clause_of(t, verb)]


def _in_clause_of(token: Token, verb: Token) -> bool:
    """True when ``token`` hangs on ``verb`` through no other verb."""
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _no_longer(verb: Token) -> Token | None:
    """'no longer supports': the 'longer' modifier, if present."""
    return next((c for c in verb.children if c.lower_ == "longer"
                 and any(g.lower_ == "no" for g in c.children)), None)


# -- stance predicates -----------------------------------------------------------------------


def _predicate_findings(document: Document, predicate: Token, cues: tuple[Cue, ...],
                        lexicon: StanceLexicon) -> Iterator[Finding]:
    """'China is supportive of X', 'Germany is opposed to X', 'India remains against X'."""
    # "while critical of X, he warned ...": a verbless clause's predicate is the main subject's
    copula = predicate.head if predicate_adjective(predicate) or predicate.dep_ == "prep" \
        or _verbless_predicate(predicate) else predicate
    if copula.i == predicate.i and not any(c.dep_ == "auxpass" and c.lemma_.lower() in _COPULAS
                                           for c in predicate.children):
        return  # a passive participle is a predicate only after "be": "is committed to"
    # a phrase of three words or more stands on its own after any verb: "voted in favor of X",
    # "rallied in support of X"; "against" after "voted" is read by the verb cue "vote against"
    adverbial = copula.lemma_.lower() not in _COPULAS and copula.i != predicate.i and not _verbless_predicate(predicate)
    if adverbial and (predicate.dep_ != "prep" or copula.pos_ != "VERB"):
        return
    matched = next(((c, found) for c in cues if (found := _predicate_target(predicate, c)) is not None), None)
    if matched is None or (adverbial and len(matched[0].words) < 3):
        return
    cue, (target, cue_tokens) = matched
    target, sign = through_stance_noun(target, lexicon)  # "disappointed by the approval of X": against X
    polarity = cue.polarity_when(is_negated(copula))
    polarity = signed(polarity, -1) if denied_by_no(copula) else polarity  # "no reason to be concerned about X"
    polarity = "neutral" if polarity == "oppose" and sign < 0 else signed(polarity, sign)
    if not polarity:
        return
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Brazil said it is committed to X": a pronoun the actor stage left alone is the reporter
    holders = holders_of(document, subjects, copula) or holders_of(document, subject_tokens(copula), copula)
    for holder in holders:
        if not inside(target, holder):
            yield Finding(holder, target, polarity, (copula, *cue_tokens), copula, time_rank(copula, lexicon))


def _verbless_predicate(token: Token) -> bool:
    """'While highly critical of X, he warned ...': an adjective heading an adverbial clause with
    no verb or subject of its own, predicated of the main clause's subject."""
    return token.dep_ == "advcl" and token.pos_ == "ADJ" and token.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "cop", "aux") for c in token.children)


def _predicate_target(predicate: Token, cue: Cue) -> tuple[Token, tuple[Token, ...]] | None:
    """Follow the cue's words down from the predicate ('in' -> 'favor' -> 'of'), then its object."""
    path = [predicate]
    for word in cue.words[1:]:
        step = next((c for c in path[-1].children if c.lower_ == word), None)
        if step is None and len(path) == 1 and predicate_adjective(predicate):
            # "is expected to be tough on X": the parser may hang the preposition on the copula
            step = next((c for c in predicate.head.children if c.lower_ == word and c.i == predicate.i + 1), None)
        if step is None:
            return None
        path.append(step)
    target = prep_object(path[-1])
    return (target, tuple(path)) if target is not None else None


# -- stance nouns --------------------------------------------------------------------------


def _noun_findings(document: Document, noun: Token, cues: tuple[Cue, ...],
                   lexicon: StanceLexicon) -> Iterator[Finding]:
    if noun.dep_ == "dobj" and (noun.head.lemma_.lower() in lexicon.receivers or _had_from_giver(noun)):
        yield from _received_findings(document, noun, cues[0], lexicon)
        return
    if noun.dep_ == "pobj" and noun.head.lower_ in _ACCOMPANYING_PREPS and noun.head.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "prep" and c.lower_ in {cue.words[1] for cue in cues} for c in noun.children):
        yield from _accompanied_findings(document, noun, cues[0], lexicon)
        return
    for cue in cues:
        prep = noun_prep(noun, cue.words[1]) if noun.head.lemma_.lower() in lexicon.light else next(
            (c for c in noun.children if c.dep_ == "prep" and c.lower_ == cue.words[1]), None)
        target = prep and prep_object(prep)
        if target is not None and prep is not None:
            break
    else:
        return
    target, sign = _called_act(document, noun, target, lexicon)
    if not sign:
        return
    light = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.light else None
    if any(c.dep_ == "det" and c.lower_ in lexicon.quantifiers for c in noun.children) and not (
            light is not None and is_negated(light)):
        return  # "any call for a ceasefire that ...": a rule about calls, nobody's call ("has no
        # problems with X", "does not have any problems with X": a negation, read below)
    negator = _negator(noun, lexicon)
    negated = (negator is not None or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
               or (light is not None and is_negated(light)))
    polarity = signed(cue.polarity_when(negated), sign)
    if not polarity:
        return
    clause = light or clause_verb(noun)
    cue_tokens = (noun, prep) if negator is None else (negator, noun, prep)
    owners = _noun_holder_tokens(noun, negator)
    unowned = not owners and light is None and not (noun.dep_ == "attr" and noun.head.lemma_.lower() in _COPULAS)
    if unowned and (noun.dep_ == "pobj" or not _in_direct_quote(document, noun)):
        return  # "disappointed by the approval of the bill", "said the ban on books ...": whose, it does not say
    # "growing opposition to": the noun itself read as an agent is no holder
    controller = _object_controller(light) if light is not None and not owners else None
    if controller is not None and _blames(controller.head, lexicon):
        return  # "accused India of providing support to X": an allegation, not India's stance
    owners = [controller] if controller is not None else owners  # "thanked India for providing support"
    holders = [h for h in holders_of(document, owners, clause) if h.code is not None or not h.start <= noun.idx < h.end]
    if not holders and light is not None:  # "their support", "expressed support": the light verb's subject
        holders = holders_of(document, subject_tokens(light), clause)
    elif not holders and noun.dep_ == "attr" and noun.head.lemma_.lower() in _COPULAS:
        holders = holders_of(document, subject_tokens(noun.head), clause)  # "X has been a critic of Y"
    for holder in holders:
        if not inside(target, holder):
            yield Finding(holder, target, polarity, cue_tokens, clause, time_rank(clause, lexicon))


def _called_act(document: Document, noun: Token, target: Token, lexicon: StanceLexicon) -> tuple[Token, int]:
    """'a call for the junta to lift the ban', 'a call for sanctions to be lifted': the act a demand
    noun calls for is what the stance is on, signed by the act (-1 for a removal); an actor called on
    to act is addressed, not stood for (sign 0 when the act names nothing). Else the target itself,
    +1 (also after a noun of support: "support for Ukraine to defend itself" is for Ukraine)."""
    if noun.lemma_.lower() not in lexicon.intentions:
        return target, 1
    act = next((c for h in (target, noun, clause_verb(noun)) for c in h.children if c.pos_ in ("VERB", "AUX")
                and c.dep_ in ("acl", "relcl", "advcl") and c.left_edge.i == target.right_edge.i + 1
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is not None and any(c.dep_ == "auxpass" for c in act.children) and not any(
            c.dep_ == "nsubjpass" for c in act.children):  # "sanctions to be lifted": done to the target
        return target, -1 if lexicon_lemma(act, lexicon.verbs) in lexicon.removals else 1
    found = act_target(act, lexicon) if act is not None else None
    if found is not None:
        return found
    addressed = act is not None and (target.ent_type_ in AGENT_ENTITIES or mention_at(document, target) is not None)
    return target, 0 if addressed else 1


def _had_from_giver(noun: Token) -> bool:
    """'the treaty has the backing of Chile': a stance noun that its subject has, given by an 'of' or
    'from' phrase, is received like 'won the backing of' ('we have support for X' is our own)."""
    return noun.head.lemma_.lower() == "have" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "from") and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children)


def _in_direct_quote(document: Document, token: Token) -> bool:
    """True in a speaker's own quoted words, where an unowned stance noun is the speaker's
    ('"... our position on decolonization and support for sovereignty," the minister said')."""
    quote = quote_at(document, Span(token.idx, token.idx + len(token.text), token.text))
    return quote is not None and quote.kind == "direct"


def _received_findings(document: Document, noun: Token, cue: Cue, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'The resolution won the backing of 120 states', 'the plan has the support of France',
    'the bill enjoys wide support from lawmakers': the giver holds the stance, on the receiver."""
    verb = noun.head
    polarity = cue.polarity_when(is_negated(verb))
    # "won the backing of France" names the giver; "drew criticism of the world body" the target
    giver_preps = ("from",) if cue.polarity == "oppose" else ("of", "from")
    # the parser may hang the 'from' phrase on the verb: "drew condemnation from Chile"
    givers = [g for word in giver_preps if (prep := noun_prep(noun, word)) is not None
              for g in prep.children if g.dep_ == "pobj"]
    givers += [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
               or (c.dep_ == "amod" and (c.pos_ == "PROPN" or name_code(c) is not None))]  # "wide European support"
    # "has received broad support in Ottawa": the capital or body it is given in
    givers += [g for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
               for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG")]
    # "Botswana faces opposition from Britain to its hunting policy": the noun's own target, if it
    # names one, else the receiver
    target = _own_target(noun, lexicon) or first_named(verb_subjects(verb))
    if target is None or not polarity:
        return
    for holder in holders_of(document, givers, verb):
        if not inside(target, holder):
            yield Finding(holder, target, polarity, (verb, noun), verb, time_rank(verb, lexicon))


def _own_target(noun: Token, lexicon: StanceLexicon) -> Token | None:
    """The object of a stance noun's own preposition ('opposition to X', 'support for X'), also
    where the parser hung it on the verb; an 'of' or 'from' phrase names the giver, not the target."""
    for cue in lexicon.nouns.get(noun.lemma_.lower(), ()):
        prep = noun_prep(noun, cue.words[1]) if len(cue.words) > 1 and cue.words[1] not in ("of", "from") else None
        if prep is not None and (target := prep_object(prep)) is not None:
            return target
    return None


def _accompanied_findings(document: Document, noun: Token, cue: Cue, lexicon: StanceLexicon) -> Iterator[Finding]:
    """'the measure has enough votes to pass, with support from France and Greece': the giver of
    a stance noun in a 'with' phrase holds it, on the subject of the clause it accompanies; in a
    'despite', 'over' or 'amid' phrase, on what the clause does ("approved the tariffs despite
    objections from Germany")."""
    givers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for g in c.children if g.dep_ == "pobj"]
    clause = clause_verb(noun)
    if noun.head.lower_ == "with":
        target = first_named(verb_subjects(clause))
    else:  # "approved the tariffs despite objections from Germany": what was done over them
        target = first_named(c for c in clause.children if c.dep_ in ("dobj", "nsubjpass"))
    if not givers or target is None or cue.polarity in ("", "neutral"):
        return
    for holder in holders_of(document, givers, clause):
        if not inside(target, holder):
            yield Finding(holder, target, cue.polarity, (noun.head, noun), clause, time_rank(clause, lexicon))


def _object_controller(verb: Token) -> Token | None:
    """'accused India of providing support': in 'V X of/for Ving', X does the gerund's act."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)


def _blames(verb: Token, lexicon: StanceLexicon) -> bool:
    """'accuse', 'blame', 'condemn': a verb whose subject stands against its object."""
    return any(cue.polarity == "oppose" for cue in lexicon.verbs.get(verb.lemma_.lower(), ()))


def _negator(noun: Token, lexicon: StanceLexicon) -> Token | None:
    """'lack' in 'lack of support for': a negating noun whose 'of' phrase the cue is."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lexicon.negators:
        return noun.head.head
    return None


def _noun_holder_tokens(noun: Token, negator: Token | None) -> list[Token]:
    """Possessor, actor modifiers and 'from' or 'among' phrase of the noun ("fears among
    farmers about X"), else of its negator."""
    for owner in (noun, negator):
        if owner is None:
            continue
        found = [c for c in owner.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        found += [g for c in owner.children if c.dep_ == "prep" and c.lower_ in ("from", "among")
                  for g in c.children if g.dep_ == "pobj"]
        if found:
            return found
    return []


# -- evaluations ---------------------------------------------------------------------------


def _evaluation_findings(document: Document, word: Token, cue: Cue,
                         lexicon: StanceLexicon) -> Iterator[Finding]:
    """'X said there are positive elements in Y', 'Y is unacceptable,' X said, 'it was a mistake
    to back Y': a verdict on a subject, on what it is about, or on an infinitive's object."""
    noun = word if word.pos_ == "NOUN" else (word.head if word.dep_ == "amod" else None)
    if noun is not None and noun.dep_ == "attr":
        copula = noun.head
    elif word.dep_ == "acomp" or _conjoined_predicate(word):
        copula = _first_conjunct(word).head
    else:
        if not {word.lower_, word.lemma_.lower()} & lexicon.verdict_only:  # "greatest" is "great"
            yield from _epithet_findings(document, word, cue)
        return
    if copula.lemma_.lower() != "be":
        return
    found = _verdict_target(copula, word, noun)
    if found is None:
        return
    for target, sign in (found, *_conjoined_judged_acts(copula, word)):
        yield from _verdict_findings(document, copula, word, noun, cue, target, sign, lexicon)


def _verdict_findings(document: Document, copula: Token, word: Token, noun: Token | None, cue: Cue,
                      target: Token, sign: int, lexicon: StanceLexicon) -> Iterator[Finding]:
    """The findings of one verdict on one target: negation, an open 'whether', and who judges."""
    negated = is_negated(copula) or (noun is not None and noun.i != word.i and (
        noun.lower_ in _NEGATING_WORDS or any(c.lower_ in _NEGATING_WORDS for c in noun.children if c.dep_ == "det")))
    polarity = signed(cue.polarity_when(negated), sign)
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in copula.children):
        polarity = "neutral"  # "we will see whether a summit is appropriate": the verdict is left open
    speech = speech_governor(copula, lexicon)
    holders, polarity = judges_of(document, copula, polarity, lexicon)
    if not polarity or not holders:
        return  # an evaluation nobody is said to make is the author's, not an actor's
    existential = next((c for c in copula.children if c.dep_ == "expl"), None)
    cue_tokens = tuple(t for t in (existential, copula, noun, word) if t is not None)
    clause = speech if speech is not None else copula
    if target.sent != copula.sent and mention_at(document, target) is not None:
        return  # 'The court jailed the editor. "This is unacceptable"': the jailing is judged, not the editor
    for holder in holders:
        if not inside(target, holder):
            yield Finding(holder, target, polarity, cue_tokens, clause, time_rank(clause, lexicon))


def _first_conjunct(word: Token) -> Token:
    """The first of a run of conjoined words: 'rare' in 'rare but essential'."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word


def _conjoined_predicate(word: Token) -> bool:
    """'studies are rare but essential': an adjective conjoined to a predicate adjective is a
    predicate too, and the verdict it gives is on the same subject."""
    return word.dep_ == "conj" and word.pos_ == "ADJ" and _first_conjunct(word).dep_ == "acomp"


def _epithet_findings(document: Document, word: Token, cue: Cue) -> Iterator[Finding]:
    """'"... in the face of Russia's illegal aggression," Joly said': an evaluative adjective on a
    noun, in a speaker's own quoted words, is the speaker's verdict on what the noun names."""
    noun = word.head
    if word.dep_ != "amod" or not (word.pos_ == "ADJ" or _so_called(word)) or noun.pos_ not in ("NOUN", "PROPN") \
            or cue.polarity == "neutral" \
            or noun.lemma_.lower() in _EMPTY_NOUNS:
        return  # "the good thing is ...": a frame, not a verdict on anything named
    quote = quote_at(document, Span(noun.idx, noun.idx + len(noun.text), noun.text))
    if quote is None or quote.kind != "direct" or quote.speaker is None or inside(noun, quote.speaker):
        return
    yield Finding(quote.speaker, noun, cue.polarity, (word,), clause_verb(noun), 0)


def _verdict_target(copula: Token, word: Token, noun: Token | None) -> tuple[Token, int] | None:
    """What a verdict judges, and +1, or -1 when it judges an act against it ('a mistake to reject')."""
    if any(c.dep_ == "expl" for c in copula.children):
        if word.pos_ == "NOUN":
            return None  # "there was a threat in the area" says where, not what is judged
        target = _about_object(word, noun)
        return (target, 1) if target is not None else None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None) or _raised_subject(copula)
    if subject is not None and subject.tag_ in _RELATIVE_TAGS and copula.dep_ == "relcl":
        target = first_named([copula.head])  # "a base that is vital for our security": the base
        return (target, 1) if target is not None else None
    if subject is not None and subject.lower_ in ("that", "which") and subject.i < copula.head.i:
        reported = _said_of_relative(copula)  # "a case that X say is politically motivated"
        if reported is not None:
            return reported, 1
    if subject is not None and subject.lower_ in _DUMMY_SUBJECTS:
        # "it is necessary for India to engage": the 'for ... to' clause is the extraposed act; "it
        # will be great if there is a ban": the 'if' clause is what would be great
        act = next((c for h in (copula, word) for c in h.children if c.pos_ in ("VERB", "AUX") and (
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("for", "if")
                                                                       for m in c.children)))), None)
        if act is None:  # '"This is a positive step," X said of the deal': the deal is judged
            topic = said_of(copula) or _judged_noun(word, noun) or _antecedent(subject)
            return (topic, 1) if topic is not None else None
        return act_target(act, stance_lexicon())
    if subject is None:  # "closing the camps is dangerous": a verdict on an act
        act = next((c for c in copula.children if c.dep_ == "csubj" and c.pos_ == "VERB"), None)
        if act is None:
            reported = _said_of_relative(copula)
            return (reported, 1) if reported is not None else None
        lexicon = stance_lexicon()
        # "rejecting the plan was a mistake" judges the plan; other acts are judged themselves
        return act_target(act, lexicon) if lexicon_lemma(act, lexicon.verbs) in lexicon.verbs else (act, 1)
    target = first_named([subject])
    return (target, 1) if target is not None else None


def _conjoined_judged_acts(copula: Token, word: Token) -> list[tuple[Token, int]]:
    """'it might be necessary to renegotiate the rules and reintroduce border controls': acts
    conjoined to an extraposed act are judged with it (an alternative, 'or', is not)."""
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _DUMMY_SUBJECTS or any(c.dep_ == "expl" for c in copula.children):
        return []
    act = next((c for h in (copula, word) for c in h.children
                if c.pos_ in ("VERB", "AUX") and c.dep_ in ("xcomp", "ccomp")), None)
    if act is None or any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in act.children):
        return []
    lexicon = stance_lexicon()
    return [found for conjunct in act.conjuncts if conjunct.pos_ == "VERB"
            and (found := act_target(conjunct, lexicon)) is not None]


def _judged_noun(word: Token, noun: Token | None) -> Token | None:
    """'"This is a baseless case," X said': an epithet on the noun a 'this' is called names what is
    judged, when the noun names something ('this is a good thing' names nothing)."""
    if noun is None or noun.i == word.i or word.dep_ != "amod" \
            or noun.lemma_.lower() in _EMPTY_NOUNS | _ANAPHORIC_NOUNS:
        return None
    return noun


def _antecedent(pronoun: Token) -> Token | None:
    """'Russia dismissed the accusations. "This is completely false," its envoy said': a 'this' or
    'that' opening a sentence points back to what the sentence before spoke of: the object of a
    stance verb there ('dismissed the accusations'), else the object or predicate noun of its main clause."""
    sentence = pronoun.sent
    if pronoun.lower_ not in _DEMONSTRATIVES or sentence.start == 0 \
            or any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in pronoun.doc[sentence.start:pronoun.i]):
        return None
    before = pronoun.doc[sentence.start - 1].sent
    verbs = stance_lexicon().verbs
    stance_objects = [c for verb in before if verb.pos_ == "VERB" and lexicon_lemma(verb, verbs) in verbs
                      for c in verb.children if c.dep_ == "dobj"]
    root = before.root  # '"X are these proceedings," Y said': the clause reported is the main one
    if root.lemma_.lower() in stance_lexicon().speech:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    main = [c for c in root.children if c.dep_ in ("dobj", "attr")]
    return first_named(t for t in (*stance_objects, *main)
                       if t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() not in _EMPTY_NOUNS)


def _said_of_relative(copula: Token) -> Token | None:
    """'a case that rights groups say is politically motivated': the verdict of a clause reported
    inside a relative clause, with no subject of its own, judges the noun the relative clause modifies."""
    speech = copula.head
    if copula.dep_ != "ccomp" or speech.dep_ not in ("relcl", "acl") or speech.head.pos_ not in ("NOUN", "PROPN") \
            or speech.lemma_.lower() not in stance_lexicon().speech:
        return None
    return first_named([speech.head])


def _raised_subject(copula: Token) -> Token | None:
    """'the ban is going to be bad', 'the plan seems to be unworkable', 'the deal is likely to be
    good': the subject of the verb or adjective a 'to be' complements."""
    current = copula
    for _ in range(2):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return None
        current = current.head
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _about_object(adjective: Token, noun: Token | None) -> Token | None:
    """The object of 'in', 'with', 'about' ... after the evaluated word."""
    for word in (adjective, noun):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS) if word else ():
            target = first_named(g for g in prep.children if g.dep_ == "pobj")
            if target is not None:
                return target
    return None


__all__ = ["Finding", "STANCE_CODER_VERSION", "code_stances"]
