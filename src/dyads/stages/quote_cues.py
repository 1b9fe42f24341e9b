"""The surface signs of a quotation: quotation marks, and the cue words of the lexicon.

Cue verbs and phrases, of speech and of attitude, are data (``dyads/data/quote_cues.tsv``),
read once per process by :func:`cues`.

News writes quotations with curly (“ ”) or straight (") double marks; a quotation that runs
over several paragraphs opens each paragraph with a mark and closes only the last one. This
module pairs the marks of a text in one scan and returns each quoted stretch with the
offsets of the text inside its marks. A mark that opens words (a space before it, a word
after it) while a stretch is open starts a new stretch: the open one lost its closing mark,
or the paragraph break between the two was lost, and one wrong pairing must not turn every
later quotation inside out. It knows nothing of speakers or verbs; the quote stage
(:mod:`dyads.stages.quotes`) decides which stretches are quotes, and the attribution
extractor (:mod:`dyads.stages.attributions`) reads the attitude cues.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

from dyads.knowledge import KnowledgeError

CUES_FILE = "quote_cues.tsv"
ROLES = ("speech", "speech-act", "attitude", "voiced", "noun", "adjective", "source", "according", "quoted-as",
         "appraisal", "interviewer")
COMPLEMENTS = ("object", "infinitive", "passive", "topic", "bare")  # what a verb cue may attribute besides a clause

_OPENING = "\u201c\u201e\u00ab"  # “ „ «
_CLOSING = "\u201d\u00bb"  # ” »
_STRAIGHT = '"'
_MARK = re.compile(r'["\u201c\u201d\u201e\u00ab\u00bb]|\n')
_WORD = re.compile(r"\w+")
_BEFORE_OPENING = "([\u2014\u2013"  # '(“quoted”)', '—“quoted”'
_MARK_OPENERS = "([\u2018$\u2026"  # '"[the] mandate"', '"…we will"', '"$5 a day"'


@dataclass(frozen=True)
class Quoted:
    """Text between quotation marks: ``start`` .. ``end`` excludes the marks.

    ``continued`` is true when the stretch carries on the quotation before it (that one ended
    at a paragraph break, or at a mark opening this one, without a closing mark).
    ``closed`` is false for such an unclosed stretch.
    """

    start: int
    end: int
    continued: bool = False
    closed: bool = True

    def words(self, text: str) -> int:
        """How many words the stretch holds."""
        return len(_WORD.findall(text, self.start, self.end))


def quoted_stretches(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in order.

    A mark that no other mark closes in its paragraph opens a stretch that ends at the
    paragraph break only when the next paragraph opens with a quotation mark (the news
    convention for a quotation running over paragraphs); otherwise it is dropped as stray.

    Example:
        >>> [(q.start, q.end) for q in quoted_stretches('He said: "We will win."')]
        [(10, 22)]
    """
    scanner = _Scanner(text)
    for match in _MARK.finditer(text):
        scanner.feed(match.start(), match.group())
    scanner.paragraph_break(len(text))
    return scanner.found


def tokens_inside(stretches: list[Quoted], starts: list[int]) -> frozenset[int]:
    """The indices of the tokens (by their start offsets ``starts``) that start inside a stretch."""
    inside: set[int] = set()
    for stretch in stretches:
        inside.update(range(bisect.bisect_left(starts, stretch.start), bisect.bisect_left(starts, stretch.end)))
    return frozenset(inside)


class _Scanner:
    """Pairs marks left to right, one paragraph at a time."""

    def __init__(self, text: str):
        self.text = text
        self.found: list[Quoted] = []
        self.open_at: int | None = None
        self.continued = False
        self.pending: tuple[int, int, bool] | None = None  # unclosed stretch of the last paragraph

    def feed(self, at: int, mark: str) -> None:
        if mark == "\n":
            self.paragraph_break(at)
        elif self.open_at is None:
            if mark in _OPENING or mark == _STRAIGHT:
                self._open(at)
        elif mark not in _CLOSING and _opens_words(self.text, at):
            self._reopen(at)
        elif mark in _CLOSING or mark == _STRAIGHT:
            self._close(at)
        # any other opening mark inside an open stretch is a nested or broken mark: ignored

    def _open(self, at: int) -> None:
        if self.pending is not None:
            start, end, continued = self.pending
            if self.text[self.pending[1]:at].strip() == "":
                self.found.append(Quoted(start, end, continued, closed=False))
                self.continued = True
            self.pending = None
        self.open_at = at + 1

    def _reopen(self, at: int) -> None:
        """A mark opening words while a stretch is open: the open stretch lost its closing
        mark, or its paragraph break was lost ('"A. "B," he said.'); the new one carries it on."""
        assert self.open_at is not None
        end = at
        while end > self.open_at and self.text[end - 1].isspace():
            end -= 1
        self.found.append(Quoted(self.open_at, end, self.continued, closed=False))
        self.open_at, self.continued = at + 1, True

    def _close(self, at: int) -> None:
        assert self.open_at is not None
        self.found.append(Quoted(self.open_at, at, self.continued))
        self.open_at, self.continued = None, False

    def paragraph_break(self, at: int) -> None:
        """A newline: an open stretch may go on in the next paragraph."""
        if self.open_at is None:
            if self.pending is not None and self.text[self.pending[1]:at].strip():
                self.pending = None
            return
        end = at
        while end > self.open_at and self.text[end - 1].isspace():
            end -= 1
        self.pending = (self.open_at, end, self.continued)
        self.open_at, self.continued = None, False


def _opens_words(text: str, at: int) -> bool:
    """A mark with a space (or a line's start) before it and a word right after it opens a
    quotation, whatever its shape: a straight mark, or a curly one typed the wrong way."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in _BEFORE_OPENING) and (after.isalnum() or after in _MARK_OPENERS)


@dataclass(frozen=True)
class Cues:
    """The cue lexicon.

    ``verbs`` and ``particle_verbs`` are speech cues (they also frame quotations in marks);
    ``speech_acts`` are speech cues whose object is what was said ('urged X to ...',
    'accused X of ...', 'stressed the need for ...');
    ``attitudes`` and ``attitude_phrases`` are cues of thought, intention, judgement and
    evidence ('believes', 'wants to', 'criticized', 'a poll shows', 'called for'), which
    attribute a clause or an object but never frame a quotation; ``voiced`` are
    verbs of attitude or finding whose holder states the attitude in public ('rejected the claim
    that ...', 'blamed X for Y'), which the quote stage reports as speech (without framing
    quotations); ``nouns`` head a
    complement of their own ('his claim that ...', 'her decision to ...'); ``adjectives``
    predicate an attitude of their subject ('she is confident that ...', 'wary of ...');
    ``sources`` are documents and surveys that speak through 'in' ('in a new poll, ...');
    ``appraisals`` give their object a verdict in the speaker's own quoted words ('called the
    subsidies "unbearable"'); ``interviewers`` label the questions of an interview transcript
    ('VOA: ...', 'Q: ...'), which are no quotes.
    """

    verbs: frozenset[str]
    particle_verbs: frozenset[tuple[str, str]]
    according: tuple[str, str]
    quoted_as: frozenset[str]
    attitudes: frozenset[str] = frozenset()
    speech_acts: frozenset[str] = frozenset()
    attitude_phrases: frozenset[tuple[str, str]] = frozenset()
    voiced: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    appraisals: frozenset[str] = frozenset()
    interviewers: frozenset[str] = frozenset()
    version: str = "0"
    refused: dict[str, frozenset[str]] = field(default_factory=dict)

    def takes(self, lemma: str, complement: str) -> bool:
        """Whether cue ``lemma`` attributes a ``complement`` (one of :data:`COMPLEMENTS`)."""
        return complement not in self.refused.get(lemma, frozenset())


@functools.cache
def cues() -> Cues:
    """The cue lexicon read from ``dyads/data/quote_cues.tsv`` (once per process)."""
    rows = list(_cue_rows())
    version = next((role for cue, role, _ in rows if cue == "version"), "0")
    refused = {cue: refuses for cue, _, refuses in rows if refuses}
    rows = [(cue, role) for cue, role, _ in rows if cue != "version"]
    by_role = {role: [cue for cue, r in rows if r == role] for role in ROLES}
    according = by_role["according"]
    return Cues(
        verbs=frozenset(c for c in by_role["speech"] if " " not in c),
        particle_verbs=frozenset(_two_words(c) for c in by_role["speech"] if " " in c),
        according=_two_words(according[0]) if according else ("according", "to"),
        quoted_as=frozenset(by_role["quoted-as"]),
        speech_acts=frozenset(c for c in by_role["speech-act"] if c in by_role["speech"]),
        attitudes=frozenset(c for c in by_role["attitude"] if " " not in c),
        attitude_phrases=frozenset(_two_words(c) for c in by_role["attitude"] if " " in c),
        voiced=frozenset(by_role["voiced"]),
        nouns=frozenset(by_role["noun"]),
        adjectives=frozenset(by_role["adjective"]),
        sources=frozenset(by_role["source"]),
        appraisals=frozenset(by_role["appraisal"]),
        interviewers=frozenset(by_role["interviewer"]),
        version=version,
        refused=refused,
    )


def _two_words(cue: str) -> tuple[str, str]:
    first, _, rest = cue.partition(" ")
    return first, rest


def _cue_rows() -> Iterator[tuple[str, str, frozenset[str]]]:
    text = resources.files("dyads").joinpath("data", CUES_FILE).read_text(encoding="utf-8")
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        fields = line.split("\t")
        if len(fields) == 2 and fields[0] == "version" and fields[1].strip():
            yield "version", fields[1].strip(), frozenset()
            continue
        refuses = frozenset(f.strip() for f in fields[2].split(",") if f.strip()) if len(fields) == 3 else frozenset()
        if not 2 <= len(fields) <= 3 or fields[1] not in ROLES or not refuses <= set(COMPLEMENTS):
            raise KnowledgeError(f"{CUES_FILE}: bad row {number} {line!r}; expected "
                                 f"'cue<TAB>role[<TAB>refuses]' with role one of {', '.join(ROLES)} and "
                                 f"refuses a comma list of {', '.join(COMPLEMENTS)}, or 'version<TAB>x.y.z'")
        yield fields[0].strip().lower(), fields[1], refuses


__all__ = ["COMPLEMENTS", "CUES_FILE", "Cues", "Quoted", "ROLES", "cues", "quoted_stretches"]
