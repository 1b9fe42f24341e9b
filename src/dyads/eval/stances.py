"""Score stances against the hand-annotated news stories (format: docs/GOLD.md).

**Candidates.** A predicted stance and a gold stance are candidates when the predicted
evidence overlaps the sentence that holds the gold anchor's first character (sentences from
the same spaCy parse the coder used).

**Fields.**

``holder``
    the gold holder has a code and the predicted holder has the same code; or the gold holder
    has none and the last word of its text (lowercased, possessive dropped) is in the predicted
    holder's text or name.
``polarity``
    the same of ``support`` / ``oppose`` / ``neutral``.
``target``
    the predicted concept's **head** (its last word: the head class such as ``plan``, the head
    lemma, or an actor code for an actor target) is among the gold target's and gold concept's
    words, both read as concept names are (:func:`dyads.concepts.query_terms`: "proposal" ->
    ``plan``, "China" -> ``chn``) and also as plain words with a final "s" dropped; or the last
    word of the predicted target text is among those plain words (``target_head`` asks only
    this); or the predicted and gold target phrases **overlap** in a content word: a word that is
    no function word and names no country ("the rebels' offensive" and "the offensive in the
    north" share "offensive"; "the U.S. plan" and "U.S. sanctions" share nothing). Gold targets
    carry no offsets, so overlap is taken on words: this is the lenient *binary overlap* of
    opinion-target evaluation (Johansson and Moschitti 2010), since the annotated phrase and the
    coded phrase often differ in extent ("supporting the Muslim Brotherhood" for "Muslim
    Brothers" after "a mistake to support"). Owners and topics are not compared: gold concepts
    are free text ("us-north korea denuclearization talks").

**Pairing.** For each criterion separately, predictions are taken in text order and each is
paired with the first unpaired gold candidate that meets the criterion; ``tp`` counts pairs,
``fp`` unpaired predictions and ``fn`` unpaired gold stances. Criteria:
``holder+polarity+target`` (the headline), ``holder+polarity+target_head`` (the stricter head
rule alone), ``holder+polarity``, ``holder``, ``polarity`` (the stance was seen and read the right
way, whoever holds it: separates stance errors from actor errors), and ``found`` (any candidate:
the stance was seen at all). Scores are given per split: tune on ``dev``, report
``test``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyads import knowledge
from dyads.concepts import query_terms
from dyads.eval.metrics import PRF, SplitReport
from dyads.eval.voa import gold_anchor, read_gold_folder
from dyads.nlp import load_model
from dyads.pipeline import code_document, coder_info
from dyads.records import Stance, Story
from dyads.settings import Settings

_WORD = re.compile(r"[\w-]+")
CRITERIA = ("holder+polarity+target", "holder+polarity+target_head", "holder+polarity", "holder", "polarity",
            "found")
# Words that carry no target: function words, and a few words every political phrase shares.
_FUNCTION_WORDS = frozenset("""a an the of for on to in at by with from against about over into and or
    its their his her our your my this that these those any all some new""".split())


@dataclass(frozen=True)
class GoldStance:
    """One annotated stance: where its anchor starts, and what it says."""

    start: int
    anchor: str
    holder_code: str | None
    holder_text: str
    polarity: str
    target: str
    concept: str


@dataclass(frozen=True)
class GoldStanceStory:
    """One annotated story with its stances."""

    story: Story
    split: str
    stances: tuple[GoldStance, ...]


@dataclass(frozen=True)
class CodedStances:
    """What the coder found in one story: its stances and its sentence spans."""

    stances: tuple[Stance, ...]
    sentences: tuple[tuple[int, int], ...]


def load_stance_gold(folder: Path | None = None) -> list[GoldStanceStory]:
    """Every ``<story_id>.json`` in ``folder`` (default: the shipped set), sorted by id."""
    return [GoldStanceStory(story, split, stances)
            for story, split, stances in read_gold_folder(folder, "stances", _gold_stance)]


def _gold_stance(record: dict[str, Any], text: str) -> GoldStance:
    span = gold_anchor(record, text)
    holder = record.get("holder") or {}
    return GoldStance(span.start, span.text, holder.get("code"), holder.get("text") or holder.get("name") or "",
                      record["polarity"], record.get("target") or "", record.get("concept") or "")


def _plain_words(text: str) -> set[str]:
    words = _WORD.findall(re.sub(r"['\u2019]s\b", "", text.lower()))
    return {w.removesuffix("s") for w in words} | set(words)


def holder_agrees(pred: Stance, gold: GoldStance) -> bool:
    """Same code; or, for a gold holder without code, its head word in the predicted holder."""
    if gold.holder_code:
        return pred.holder.code == gold.holder_code
    words = _WORD.findall(re.sub(r"['\u2019]s\b", "", gold.holder_text.lower()))
    return bool(words) and words[-1] in f"{pred.holder.text} {pred.holder.name}".lower()


def target_head_agrees(pred: Stance, gold: GoldStance) -> bool:
    """The predicted concept head (or target head word) among the gold target's words."""
    gold_text = f"{gold.target} {gold.concept}"
    terms = set(query_terms(gold.target)) | set(query_terms(gold.concept)) | _plain_words(gold_text)
    head = pred.target.concept.split()[-1] if pred.target.concept else ""
    last = _WORD.findall(pred.target.text.lower())
    return head in terms or (bool(last) and last[-1].removesuffix("s") in _plain_words(gold_text))


def target_agrees(pred: Stance, gold: GoldStance) -> bool:
    """Same concept head, or target phrases sharing a content word (see the module docstring)."""
    return target_head_agrees(pred, gold) or bool(content_words(pred.target.text) & content_words(gold.target))


def content_words(text: str) -> set[str]:
    """The words of a target phrase that say what it is: no function words, no country names;
    lowercased, possessive and final "s" dropped."""
    words = _WORD.findall(re.sub(r"['\u2019]s\b", "", text.lower()))
    return {w.removesuffix("s") for w in words
            if w not in _FUNCTION_WORDS and len(w) > 2 and knowledge.normalise_alias(w) not in knowledge.country_aliases()}


_SAME: dict[str, Callable[[Stance, GoldStance], bool]] = {
    "holder+polarity+target": lambda p, g: holder_agrees(p, g) and p.polarity == g.polarity
    and target_agrees(p, g),
    "holder+polarity+target_head": lambda p, g: holder_agrees(p, g) and p.polarity == g.polarity
    and target_head_agrees(p, g),
    "holder+polarity": lambda p, g: holder_agrees(p, g) and p.polarity == g.polarity,
    "holder": holder_agrees,
    "polarity": lambda p, g: p.polarity == g.polarity,
    "found": lambda p, g: True,
}


def match(coded: CodedStances, gold: Sequence[GoldStance], same: Callable[[Stance, GoldStance], bool]) -> PRF:
    """Greedy one-to-one pairing of predicted with gold stances that ``same`` accepts."""
    free = list(gold)
    pairs = 0
    for stance in sorted(coded.stances, key=lambda s: s.evidence.start):
        hit = next((g for g in free if _candidate(stance, g, coded.sentences) and same(stance, g)), None)
        if hit is not None:
            free.remove(hit)
            pairs += 1
    return PRF(tp=pairs, fp=len(coded.stances) - pairs, fn=len(gold) - pairs)


def _candidate(stance: Stance, gold: GoldStance, sentences: Sequence[tuple[int, int]]) -> bool:
    start, end = next(((s, e) for s, e in sentences if s <= gold.start < e), (gold.start, gold.start + 1))
    return stance.evidence.start < end and start < stance.evidence.end


def evaluate_stances(code: Callable[[Sequence[Story]], Sequence[CodedStances]],
                     gold: Sequence[GoldStanceStory]) -> SplitReport:
    """Code the annotated stories with ``code`` and score the stances per split and criterion."""
    report = SplitReport()
    for story, coded in zip(gold, code([g.story for g in gold]), strict=True):
        report.add(story.split, {c: match(coded, story.stances, _SAME[c]) for c in CRITERIA})
    return report


def code_with_sentences(stories: Sequence[Story], settings: Settings) -> list[CodedStances]:
    """Run the whole pipeline over each story, keeping its sentence spans for matching."""
    nlp = load_model(settings.model)
    coder = coder_info(settings)
    results = []
    for story in stories:
        doc = nlp(story.text)
        coded = code_document(story, doc, settings, coder)
        results.append(CodedStances(coded.stances, tuple((s.start_char, s.end_char) for s in doc.sents)))
    return results


def score_stances(settings: Settings | None = None, gold: Path | None = None) -> SplitReport:
    """Stance scores of the coder on the shipped annotated stories (or those in ``gold``).

    Example::

        >>> score_stances().splits["test"]["holder+polarity+target"].f1
        0.2...
    """
    settings = settings or Settings()
    return evaluate_stances(lambda stories: code_with_sentences(stories, settings), load_stance_gold(gold))


__all__ = ["CRITERIA", "CodedStances", "GoldStance", "GoldStanceStory",
           "code_with_sentences", "evaluate_stances", "holder_agrees", "load_stance_gold", "match",
           "score_stances", "target_agrees", "target_head_agrees", "content_words"]
