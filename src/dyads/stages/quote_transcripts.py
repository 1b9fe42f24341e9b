"""Interview transcripts: turns labelled by their speaker, without quotation marks.

A Q&A story prints an interview as turns, each opened by the speaker's label and a colon
('VOA: What did you discuss? Jane Doe, former envoy: We discussed trade. VOA: ...
Doe: ...'), often with the paragraph breaks lost. Each answer is the answering speaker's
own words, a direct quote cued by the label; the interviewer's questions are no quotes.

A stretch of text is a transcript when labels of at least two speakers open sentences
there, the interviewer's among them (a label the cue lexicon lists as an interviewer's,
such as the outlet's name or 'Q'), and the interviewer and someone else each speak at least
twice. A label is a name of one to four capitalized words, optionally followed by a comma
and a short description ('Jane Doe, former envoy:'); a turn runs from its label's colon to
the next label or the end of the text, before a closing credit ('Jane Roe contributed to this
report.'). Helpers of :mod:`dyads.stages.quotes`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dyads.records import Quote

_COLON = re.compile(r":[ \t]*\n?[ \t]*(?=[A-Z\"\u201c\u2018\[])")
_SENTENCE_BREAK = re.compile(r"(?:^|\n|[.?!][\"\u201d\u2019)\]]?[ \t]+(?=[A-Z\"\u201c\u2018]))")
_NAME = re.compile(r"(?:[A-Z][\w\u2019'.-]*)(?: [A-Z][\w\u2019'.-]*){0,3}")
_DESCRIPTION_WORDS = 12  # words a label may give its speaker after the name
_MIN_TURNS = 2  # turns each side needs: one labelled line is a headline, not an interview
_FIRST_PERSON = frozenset({"i", "we"})
_CREDIT = re.compile(r"\s*(?:[A-Z][\w\u2019'.-]*,? (?:and )?){1,8}contributed to this report\.?\s*$")


@dataclass(frozen=True)
class Turn:
    """One labelled turn: the label's name ``name_start`` .. ``name_end``, the whole label up
    to its colon ``label_start`` .. ``colon``, and the words spoken ``start`` .. ``end``."""

    label_start: int
    name_end: int
    colon: int
    start: int
    end: int
    key: str  # the label's last name word, lower case: 'doe' for 'Jane Doe' and 'Doe'


def transcript_answers(text: str, interviewers: frozenset[str]) -> tuple[list[Turn], list[Turn]]:
    """The answers of an interview transcript in ``text`` and every turn's label (questions
    included); two empty lists when ``text`` holds no transcript.

    ``interviewers``: lower-case labels that mark the interviewer's turns ('voa', 'q').

    Example:
        >>> text = "VOA: Why? Doe: Trade. VOA: And? Doe: Jobs."
        >>> [text[a.start:a.end] for a in transcript_answers(text, frozenset({"voa"}))[0]]
        ['Trade.', 'Jobs.']
    """
    turns = _turns(text)
    counts = Counter(t.key for t in turns)
    asking = [k for k in counts if k in interviewers and counts[k] >= _MIN_TURNS]
    answering = [k for k in counts if k not in interviewers and counts[k] >= _MIN_TURNS]
    if not asking or not answering:
        return [], []
    return [t for t in turns if t.key not in interviewers], turns


def spoken_by_answerer(quote: Quote, answer: Quote) -> bool:
    """A quote inside a transcript answer whose speaker is the answerer's 'I' or 'we' ('I would
    say ...'): the answer already holds it."""
    inside = answer.content.start <= quote.content.start and quote.content.end <= answer.content.end
    return inside and quote.speaker is not None and quote.speaker.text.lower() in _FIRST_PERSON


def _turns(text: str) -> list[Turn]:
    """Every labelled turn of ``text``, each running to the next label."""
    labels = [label for colon in _COLON.finditer(text) if (label := _label(text, colon)) is not None]
    turns = []
    for (start, name_end, colon, opens, key), following in zip(labels, labels[1:] + [None]):
        end = following[0] if following is not None else _before_credit(text)
        words_end = len(text[:end].rstrip())
        if words_end > opens:
            turns.append(Turn(start, name_end, colon, opens, words_end, key))
    return turns


def _before_credit(text: str) -> int:
    """Where the story's words end: before a closing credit ('Jane Roe contributed to this report.')."""
    credit = _CREDIT.search(text)
    return credit.start() if credit is not None else len(text)


def _label(text: str, colon: re.Match[str]) -> tuple[int, int, int, int, str] | None:
    """The label a colon closes: (start, end of the name, colon, where the turn opens, key);
    None unless a name, and perhaps a short description, run from a sentence start to it."""
    breaks = list(_SENTENCE_BREAK.finditer(text, max(0, colon.start() - 200), colon.start()))
    if not breaks:
        return None
    start = breaks[-1].end()
    label = text[start:colon.start()]
    name, _, description = label.partition(",")
    if not _NAME.fullmatch(name) or len(description.split()) > _DESCRIPTION_WORDS:
        return None
    if "," in label and not description.strip():
        return None
    key = name.split()[-1].lower().rstrip(".")
    return start, start + len(name), colon.start(), colon.end(), key


__all__ = ["Turn", "spoken_by_answerer", "transcript_answers"]
