"""The stance lexicon: the words that carry stance, time cues and concept classes, as data.

Everything the stance stage and the concept canonicaliser know about words lives in
``dyads/data/stance_lexicon.tsv`` (columns ``kind cue polarity negated value note``), read on
first use. Its ``version`` row is stamped into every stance id, so stances coded with another
lexicon never collide. Kinds:

- ``verb``: a stance verb by lemma, optionally with the preposition or particle that introduces
  its target ("object to", "rule out") or an object noun and preposition ("soften stance on");
  ``polarity`` as written (empty for a cue that is a stance only when negated: "did not comment
  on X" is neutral, "commented on X" none), ``negated`` when negated ("did not support" -> oppose), ``value``
  an order rank (1: later than the story's other stances, as a change of stance is);
- ``noun``: a stance noun and the preposition of its target ("support for", "opposition to");
- ``adjective``: a predicate after "be" whose subject holds the stance, with the words leading
  to its target ("supportive of", "opposed to", "against", "in favor of");
- ``evaluation``: an evaluative adjective ("positive elements in", "nothing wrong with");
  ``value`` ``verdict-only`` for one that judges only as a predicate ("the talks are important"),
  not as an epithet in a quote ("the most important players" judges nobody);
- ``desire``: a verb whose subject wants what its object or complement clause says ("hopes a
  ceasefire can take place", "urged Russia to accept the plan", "we need talks"); the wanted
  thing is supported, or opposed when the complement's verb is a ``removal`` ("lift the ban");
  ``value`` ``clause-only`` for a verb whose object is no wanted thing ("threatened to impose
  tariffs" wants the tariffs, "threatens the security of X" does not want the security); ``act-only``
  for one whose prepositional object is wanted only as an act ("focus on ending the war", not
  "focused on cultural topics", a subject matter); ``object-wanted`` for one whose object is
  always the thing wanted, never an addressee, so a want urged on others passes it on ("urged
  people to seek medical attention", not "urged the council to press the parties");
  ``mandative`` for one whose clause is wanted only in the subjunctive ("insisted that the talks
  go ahead"), a claim in the indicative ("insists the plan is illegal");
- ``removal``: a verb whose object a wanter opposes ("called for the Taliban to lift the ban");
  value ``policy`` marks a removal that is a measure of its own ("close"): one the holder means
  to take itself is a stance for that measure ("Kenya wants to close the camps"); value
  ``measure`` marks one that is also a stand against its object when done ("has banned X");
- ``appraise``: a verb whose subject gives its object an evaluation ("called the move
  disappointing", "dismissed the charges as baseless");
- ``deontic``: a modal by which a speaker advocates an act ('"Europe must lift the tariffs,"
  X said'), held by the speaker of the quote or report around it;
- ``intent``: a noun whose owner stands for the act its infinitive names ("Kenya's decision to
  close the camps", "expressed its willingness to join"; "refusal to" stands against it);
- ``receive``: a verb whose subject receives the stance its object noun names, held by the noun's
  'of' or 'from' phrase ("the plan won the backing of France", "has the support of Peru");
- ``commissive``: a modal by which a speaker commits to an act of their own ('ECOWAS said it
  will maintain trade ties'): the act is the speaker's stance; ``aspectual``: a verb passing the
  commitment to its complement ("will continue to exert pressure"); ``empty``: verbs that name no
  act to stand for ("will be", "will have");
- ``negator``: a noun, adjective or phrase that negates the cue it governs ("lack of support",
  "was unable to provide details");
- ``time``: a cue that places a stance before (-1) or after (1) the others in its story;
- ``speech``, ``light``, ``author``: verbs whose subject holds a construction's stance, whose
  object noun a holder takes ("expressed support"), whose object plan is the subject's;
- ``holder``: a noun naming people who may hold a stance though no actor is resolved for them
  ("critics rejected the plan", "donors voiced concern");
- ``means``: a noun naming a means to an end, whose infinitive is the act wanted ("take steps to
  curb inflation", "find ways to end the war");
- ``instrument``: a verb whose object is the tool its subject acts with, so its infinitive is the
  subject's own act ("used its veto to block the resolution"), not a request of the object;
- ``effect``: a verb saying what its subject does to its object, harm (``oppose``) or good
  (``support``); whoever says so judges the subject by it ('"cheap imports are harming our
  economy," X said': X stands against the imports); with ``value`` ``intransitive``, a verb of
  working that judges its subject with no object ('"sanctions will not work," X said');
- ``outcome``: a verb and the noun of what its subject brings about ("have impact", "do harm"):
  whoever says so judges the subject by the noun's own polarity, else by the evaluative adjective
  on it ('"closing the camps will have an adverse impact," X said': X stands against the closing);
- ``withhold``: a verb and the information it names as object ("provide details"), a neutral
  stance when negated, as a no comment is ("was unable to provide details");
- ``warning``: a verb whose subject, foretelling what something will or could do, stands against
  that thing ("warned that the government's actions would divide the country");
- ``failure``: a verb saying its subject did not do what it should ("Kabul has failed to rein in
  the militants"): whoever reports the failure wants the act done;
- ``consequence``: a verb offered as the alternative to a demanded act, or a noun before what it
  threatens ("urged Iran to comply or face the prospect of sanctions"): the demander stands for
  the threatened measure;
- ``judge``: a verb of praise or blame whose 'for' phrase (or the preposition in ``value``: 'of'
  for "accused Norway of closing the border"), after an actor as object, names what is judged
  ("condemned Norway for closing the border": against the closure);
- ``condition``, ``quantifier``: condition subordinators; quantifiers of restrictive rules;
- ``reaction``: a verb whose object, an actor, reacts to its subject, against (``oppose``) or for
  (``support``) it ("the drills angered Beijing": Beijing stands against the drills; "Tokyo was
  reassured by the pledge");
- ``topical``: a verb whose object is a topic it takes up, not a thing wanted or done ("urged
  the council to discuss the transfers" wants no transfers);
- ``meeting``: a verb of meeting or talking whose act with a named party is itself what a wanter
  wants or an intention intends ("does not want to meet with Kim", "is willing to talk to the
  rebels"), though the verb alone names no act ("wants to meet soon");
- ``claim``: a noun naming a claim whose content clause a rejecter denies ("rejected accusations
  that the trial is unfair"): a verdict or effect in that clause is the rejecter's, reversed
  (support of the trial);
- ``hazard``: a natural force nobody stands for or against ("floods were still a concern" is
  worry about the weather, no stance on a proposal, policy, actor or act);
- ``party``: a verb cue whose target must be a party, a person or group ("stand with the
  people"; "stood with a loaded gun" is standing, not solidarity);
- ``permit``: a verb letting another act ("let the refugees settle elsewhere", "allow them to
  leave"): whoever wants the permission given wants the act it lets happen;
- ``head``, ``topic``: head nouns and key modifiers of concepts, by class (plan, proposal,
  initiative and offer are one class, "plan").

Example::

    >>> stance_lexicon().verbs["reject"][0].polarity
    'oppose'
    >>> stance_lexicon().heads["proposal"]
    'plan'
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from dyads.knowledge import KnowledgeError

LEXICON_FILE = "stance_lexicon.tsv"
POLARITIES = ("support", "oppose", "neutral")
KINDS = ("version", "verb", "noun", "adjective", "evaluation", "desire", "removal", "appraise", "deontic",
         "intent", "receive", "commissive", "aspectual", "empty", "negator", "time",
         "speech", "light", "author", "holder", "means", "instrument", "effect", "warning", "failure",
         "consequence", "judge", "condition", "quantifier", "head", "topic", "meeting",
         "reaction", "topical", "outcome", "withhold", "hazard", "party", "permit", "claim")


@dataclass(frozen=True)
class Cue:
    """One way a word carries stance: its words, polarity as written and when negated, rank."""

    words: tuple[str, ...]
    polarity: str
    negated: str
    rank: int = 0

    def polarity_when(self, negated: bool) -> str:
        """The polarity of the cue, negated or not ("" when a negated cue says nothing)."""
        return self.negated if negated else self.polarity


@dataclass(frozen=True)
class StanceLexicon:
    """The stance lexicon, indexed for the stage: cues by their first word."""

    version: str
    verbs: Mapping[str, tuple[Cue, ...]]
    nouns: Mapping[str, tuple[Cue, ...]]
    predicates: Mapping[str, tuple[Cue, ...]]
    evaluations: Mapping[str, Cue]
    desires: Mapping[str, tuple[Cue, ...]]
    clause_desires: frozenset[str]
    act_desires: frozenset[str]
    object_desires: frozenset[str]
    mandatives: frozenset[str]
    verdict_only: frozenset[str]
    removals: frozenset[str]
    policies: frozenset[str]
    measures: frozenset[str]
    appraisals: frozenset[str]
    deontics: frozenset[str]
    intentions: Mapping[str, Cue]
    receivers: frozenset[str]
    commissives: frozenset[str]
    aspectuals: frozenset[str]
    empty_acts: frozenset[str]
    negators: Mapping[str, int]
    time_cues: Mapping[str, int]
    speech: frozenset[str]
    light: frozenset[str]
    authors: frozenset[str]
    holders: frozenset[str]
    means: frozenset[str]
    instruments: frozenset[str]
    effects: Mapping[str, Cue]
    warnings: frozenset[str]
    failures: frozenset[str]
    consequences: frozenset[str]
    judgements: Mapping[str, str]
    conditions: frozenset[str]
    quantifiers: frozenset[str]
    heads: Mapping[str, str]
    topics: Mapping[str, str]
    meetings: frozenset[str]
    reactions: Mapping[str, Cue]
    topical: frozenset[str]
    outcomes: Mapping[str, tuple[Cue, ...]]
    withheld: Mapping[str, tuple[Cue, ...]]
    hazards: frozenset[str]
    party_cues: frozenset[str]
    permissions: frozenset[str]
    efficacies: frozenset[str]
    claims: frozenset[str]


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _check(row: dict[str, str], line: int) -> None:
    """Refuse a row whose kind or polarity is unknown, naming the line and the valid values."""
    if row["kind"] not in KINDS:
        raise KnowledgeError(f"{LEXICON_FILE} line {line}: unknown kind {row['kind']!r}; "
                             f"use one of {', '.join(KINDS)}")
    for field in ("polarity", "negated"):
        if row[field] and row[field] not in POLARITIES:
            raise KnowledgeError(f"{LEXICON_FILE} line {line}: {field} {row[field]!r} is not one of "
                                 f"{', '.join(POLARITIES)} (or empty)")
    if row["kind"] in ("verb", "noun", "adjective", "evaluation", "desire", "intent", "effect", "reaction") \
            and not row["polarity"] and not (row["kind"] in ("verb", "noun") and row["negated"]):
        raise KnowledgeError(f"{LEXICON_FILE} line {line}: a {row['kind']} cue needs a polarity "
                             "(a verb or noun cue may have only a negated one: 'no comment on')")


def _rank(value: str) -> int:
    """An order rank; a word in ``value`` (a restriction such as ``clause-only``) ranks 0."""
    return int(value) if value.lstrip("-").isdigit() else 0


def _cue(row: dict[str, str]) -> Cue:
    return Cue(tuple(row["cue"].split()), row["polarity"], row["negated"], _rank(row["value"]))


def _by_first_word(cues: list[Cue]) -> Mapping[str, tuple[Cue, ...]]:
    """Cues indexed by their first word, longest (most specific) first."""
    index: dict[str, list[Cue]] = {}
    for cue in cues:
        index.setdefault(cue.words[0], []).append(cue)
    return MappingProxyType({w: tuple(sorted(c, key=lambda c: -len(c.words))) for w, c in index.items()})


def parse_lexicon(text: str) -> StanceLexicon:
    """Read the lexicon from its TSV text (see the module docstring for the kinds)."""
    rows = _rows(text)
    by_kind: dict[str, list[dict[str, str]]] = {kind: [] for kind in KINDS}
    for line, row in enumerate(rows, start=2):
        _check(row, line)
        by_kind[row["kind"]].append(row)
    if len(by_kind["version"]) != 1:
        raise KnowledgeError(f"{LEXICON_FILE} must have exactly one version row")

    def words(kind: str) -> frozenset[str]:
        return frozenset(r["cue"] for r in by_kind[kind])

    def values(kind: str) -> Mapping[str, str]:
        return MappingProxyType({r["cue"]: r["value"] for r in by_kind[kind]})

    return StanceLexicon(
        version=by_kind["version"][0]["cue"],
        verbs=_by_first_word([_cue(r) for r in by_kind["verb"]]),
        nouns=_by_first_word([_cue(r) for r in by_kind["noun"]]),
        predicates=_by_first_word([_cue(r) for r in by_kind["adjective"]]),
        evaluations=MappingProxyType({r["cue"]: _cue(r) for r in by_kind["evaluation"]}),
        desires=_by_first_word([_cue(r) for r in by_kind["desire"]]),
        clause_desires=frozenset(r["cue"].split()[0] for r in by_kind["desire"] if r["value"] == "clause-only"),
        act_desires=frozenset(r["cue"].split()[0] for r in by_kind["desire"] if r["value"] == "act-only"),
        object_desires=frozenset(r["cue"].split()[0] for r in by_kind["desire"] if r["value"] == "object-wanted"),
        mandatives=frozenset(r["cue"].split()[0] for r in by_kind["desire"] if r["value"] == "mandative"),
        verdict_only=frozenset(r["cue"] for r in by_kind["evaluation"] if r["value"] == "verdict-only"),
        removals=words("removal"),
        policies=frozenset(r["cue"] for r in by_kind["removal"] if r["value"] in ("policy", "measure")),
        measures=frozenset(r["cue"] for r in by_kind["removal"] if r["value"] == "measure"), appraisals=words("appraise"), deontics=words("deontic"),
        intentions=MappingProxyType({r["cue"]: _cue(r) for r in by_kind["intent"]}),
        receivers=words("receive"), commissives=words("commissive"), aspectuals=words("aspectual"),
        empty_acts=words("empty"),
        negators=MappingProxyType({r["cue"]: _rank(r["value"]) for r in by_kind["negator"]}),
        time_cues=MappingProxyType({r["cue"]: _rank(r["value"]) for r in by_kind["time"]}),
        speech=words("speech"), light=words("light"), authors=words("author"), holders=words("holder"),
        means=words("means"), instruments=words("instrument"),
        effects=MappingProxyType({r["cue"]: _cue(r) for r in by_kind["effect"]}), warnings=words("warning"),
        failures=words("failure"), consequences=words("consequence"), judgements=values("judge"),
        conditions=words("condition"), quantifiers=words("quantifier"),
        heads=values("head"), topics=values("topic"), meetings=words("meeting"),
        reactions=MappingProxyType({r["cue"]: _cue(r) for r in by_kind["reaction"]}),
        topical=words("topical"), outcomes=_by_first_word([_cue(r) for r in by_kind["outcome"]]),
        withheld=_by_first_word([_cue(r) for r in by_kind["withhold"]]),
        hazards=words("hazard"), party_cues=words("party"), permissions=words("permit"),
        efficacies=frozenset(r["cue"] for r in by_kind["effect"] if r["value"] == "intransitive"),
        claims=words("claim"),
    )


@functools.cache
def stance_lexicon() -> StanceLexicon:
    """The shipped stance lexicon (read once per process)."""
    try:
        text = resources.files("dyads").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError(f"the stance lexicon dyads/data/{LEXICON_FILE} is missing; "
                             "reinstall dyads") from exc
    return parse_lexicon(text)


def lexicon_version() -> str:
    """The version of the stance lexicon, e.g. ``"1.0.0"``."""
    return stance_lexicon().version


__all__ = ["Cue", "KINDS", "LEXICON_FILE", "POLARITIES", "StanceLexicon", "lexicon_version",
           "parse_lexicon", "stance_lexicon"]
