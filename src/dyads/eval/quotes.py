"""Score the quote stage against PolNeAR and the Gender Gap Tracker (GGT) quote annotations.

Neither set is shipped: both stay in the shared folder (``gold/quotes/polnear`` and
``gold/quotes/ggt_quotes``) and are read from there; see :mod:`dyads.eval.ngec` for how that
folder is found.

PolNeAR (brat standoff, one ``.txt`` and one ``.ann`` per article and annotator)
--------------------------------------------------------------------------------
Each ``E`` line is an attribution: its ``Source``, ``Cue`` and ``Content`` (``Content2``...)
``T`` spans, each possibly in several fragments (``start end;start end``). Articles annotated
by several people are read from the first annotator's file, in file-name order. Predicted
quotes that share a cue span are one attribution (a quotation broken by its frame, or carried
on in the next sentence, is one attribution in PolNeAR), their contents joined.

PolNeAR annotates every attribution, beliefs, intentions and judgements as well as speech,
so the coder is scored on it with :func:`code_attributions`
(:func:`~dyads.stages.attributions.extract_attributions`, the quote stage widened to every
attribution); :func:`code_quotes` gives the pipeline's speech quotes, which is what GGT
annotates.

Each gold and predicted content is a set of fragments trimmed of white space, quotation marks
and edge punctuation (``,.;:`` and dashes). Gold and predicted attributions are paired one to
one, greedily by decreasing score, under three criteria, each giving micro P/R/F1:

``exact``
    the trimmed fragments are the same character positions;
``overlap``
    they share at least one character;
``jaccard``
    the Jaccard index of their word positions (``\\w+`` runs) is at least 0.5.

Speaker accuracy is taken over the overlap pairs whose gold attribution has a source: the
predicted speaker mention overlaps the gold source span, or the two share their head word
(last word, lowercased, possessive ``'s`` dropped).

GGT (``ggt_quotes_gold.jsonl``)
-------------------------------
Offsets refer to the text after GGT's own preprocessing (non-breaking spaces and accents
replaced, ``.`` added before each newline, double marks straightened), so the raw text is
coded and predicted offsets are carried into that text. Scoring follows the GGT evaluation
script: for each gold quote in order, the unused predicted quote covering the largest share
of the gold quote's characters is its match if that share exceeds 0.3 (F1 from matches);
the speaker of a match is right when the predicted speaker span overlaps the gold one, or
the gold quote names no speaker and the predicted quote is *floating* (GGT's term for a
quotation whose speaker comes from elsewhere: here, one whose cue stands outside the quote's
own sentences, or that has no speaker). Gold quotes whose offsets do not hold their text are re-anchored on the
nearest occurrence of the text; the report counts them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from dyads.errors import GoldDataError
from dyads.eval.metrics import PRF
from dyads.eval.ngec import ACCURACY_HEADER, Accuracy, accuracy_row, align, count
from dyads.nlp import load_model, parse
from dyads.pipeline import code_stream
from dyads.records import Quote, Reject, Story
from dyads.settings import Settings
from dyads.stages import Document
from dyads.stages.actors import actor_stage
from dyads.stages.attributions import extract_attributions

Fragments = tuple[tuple[int, int], ...]
CodeTexts = Callable[[Sequence[str]], Sequence[Sequence[Quote]]]

POLNEAR_SPLITS = ("train", "dev", "test")
POLNEAR_DIR = PurePosixPath("gold/quotes/polnear")
GGT_QUOTES = PurePosixPath("gold/quotes/ggt_quotes/ggt_quotes_gold.jsonl")
# The gold articles are coded as stories of this (arbitrary, fixed) date.
QUOTE_GOLD_DATE = dt.date(2016, 1, 1)
_TRIM = " \t\r\n\"'\u201c\u201d\u2018\u2019,.;:-\u2014\u2013"
_WORD = re.compile(r"\w+")
_PRF_HEADER = ("field", "P", "R", "F1", "support")
_GGT_THRESHOLD = 0.3


def code_quotes(texts: Sequence[str], settings: Settings | None = None) -> list[list[Quote]]:
    """Code each text as a story through the whole pipeline; its quotes, in input order."""
    stories = [Story(f"quotes-{i}", QUOTE_GOLD_DATE, text) for i, text in enumerate(texts)]
    return [[] if isinstance(r, Reject) else list(r.quotes) for r in code_stream(stories, settings)]


def code_attributions(texts: Sequence[str], settings: Settings | None = None) -> list[list[Quote]]:
    """Each text's attributions (:func:`~dyads.stages.attributions.extract_attributions`), in input order.

    PolNeAR annotates every attribution, thoughts and intentions as well as speech, so it is
    scored on these; GGT annotates quotes of speech, so it is scored on :func:`code_quotes`.
    Only the parse and the actor stage run before, as the quote stage needs nothing else.
    """
    settings = settings or Settings()
    nlp = load_model(settings.model)
    find_actors = actor_stage(settings.actors_file)
    stories = [Story(f"quotes-{i}", QUOTE_GOLD_DATE, text) for i, text in enumerate(texts)]
    docs = parse(nlp, (s.text for s in stories), settings.batch_size)
    return [list(extract_attributions(find_actors(Document(story, doc))).quotes)
            for story, doc in zip(stories, docs)]


# --- PolNeAR ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: source, cue and content as character fragments."""

    id: str
    source: Fragments
    cue: Fragments
    content: Fragments


@dataclass(frozen=True)
class PolnearArticle:
    """One article's text and the attributions of one annotator."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def load_polnear(root: Path | str, split: str = "test", limit: int | None = None) -> list[PolnearArticle]:
    """Read one PolNeAR split.

    Args:
        root: the PolNeAR folder (holding ``data/<split>/text`` and ``.../attributions``).
        split: ``train``, ``dev`` or ``test``; tune on the first two, report on ``test``.
        limit: read only the first ``limit`` articles (in file-name order).

    Returns:
        The articles in file-name order.

    Raises:
        GoldDataError: unknown split, missing folder, an article without annotations, or a
            malformed ``.ann`` line (the message names the file and line).

    Example:
        >>> articles = load_polnear(default_shared_dir() / "gold/quotes/polnear")  # doctest: +SKIP
        >>> len(articles)  # doctest: +SKIP
        84
    """
    if split not in POLNEAR_SPLITS:
        raise GoldDataError(f"unknown PolNeAR split {split!r}; expected one of {', '.join(POLNEAR_SPLITS)}")
    base = Path(root) / "data" / split
    texts = sorted((base / "text").glob("*.txt"))
    if not texts:
        raise GoldDataError(f"{base / 'text'}: no PolNeAR articles; pass the PolNeAR folder "
                            "(the one holding data/train, data/dev, data/test)")
    return [_article(path, base / "attributions") for path in texts[:limit]]


def _article(text_path: Path, ann_dir: Path) -> PolnearArticle:
    annotations = sorted(ann_dir.glob(f"{text_path.stem}_*.ann"))
    if not annotations:
        raise GoldDataError(f"{text_path}: no annotation file {text_path.stem}_<annotator>.ann in {ann_dir}")
    text = text_path.read_text(encoding="utf-8")
    return PolnearArticle(text_path.stem, text, tuple(read_brat(annotations[0])))


def read_brat(path: Path | str) -> Iterator[GoldAttribution]:
    """The attributions (``E`` lines) of one brat ``.ann`` file, in file order."""
    spans: dict[str, Fragments] = {}
    events: list[tuple[str, str, int]] = []
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines, start=1):
        if re.match(r"T\d+\t", line):
            tid, body = line.split("\t", 2)[:2]
            spans[tid] = _fragments(body, f"{path}:{number}")
        elif re.match(r"E\d+\t", line):
            events.append((line.split("\t")[0], line.split("\t")[1], number))
        # other lines: notes, or the rest of a span text that ran over a newline
    for eid, body, number in events:
        yield _attribution(eid, body, spans, f"{path}:{number}")


def _fragments(body: str, where: str) -> Fragments:
    """'Content 10 20;25 30' -> ((10, 20), (25, 30))."""
    try:
        _, offsets = body.split(" ", 1)
        return tuple((int(a), int(b)) for a, b in (part.split() for part in offsets.split(";")))
    except ValueError as err:
        raise GoldDataError(f"{where}: unreadable span {body!r}; expected 'Type start end[;start end]'") from err


def _attribution(eid: str, body: str, spans: dict[str, Fragments], where: str) -> GoldAttribution:
    roles: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
    for arg in body.split()[1:]:
        role, _, tid = arg.partition(":")
        if tid not in spans:
            raise GoldDataError(f"{where}: attribution {eid} names unknown span {tid!r}")
        key = "Content" if role.startswith("Content") else role
        if key in roles:
            roles[key].extend(spans[tid])
    return GoldAttribution(eid, tuple(roles["Source"]), tuple(roles["Cue"]), tuple(sorted(roles["Content"])))


@dataclass(frozen=True)
class _Predicted:
    """Predicted quotes that share a cue, as one attribution."""

    content: Fragments
    speakers: Fragments


def _attributions(quotes: Iterable[Quote]) -> list[_Predicted]:
    by_cue: dict[tuple[int, int], list[Quote]] = {}
    for quote in quotes:
        by_cue.setdefault((quote.cue.start, quote.cue.end), []).append(quote)
    return [
        _Predicted(tuple(sorted((q.content.start, q.content.end) for q in group)),
                   tuple((q.speaker.start, q.speaker.end) for q in group if q.speaker is not None))
        for group in by_cue.values()
    ]


def trimmed_positions(text: str, fragments: Fragments) -> frozenset[int]:
    """Character positions of the fragments, each trimmed of white space, marks and edge punctuation."""
    positions: set[int] = set()
    for start, end in fragments:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        positions.update(range(start, end))
    return frozenset(positions)


def word_positions(text: str, fragments: Fragments) -> frozenset[int]:
    """Start offsets of the words inside the fragments."""
    return frozenset(m.start() for s, e in fragments for m in _WORD.finditer(text, s, e))


def head_word(text: str) -> str:
    """The last word of a phrase, lowercased, without a possessive 's."""
    words = _WORD.findall(text.lower().replace("\u2019", "'").removesuffix("'s"))
    return words[-1] if words else ""


@dataclass(frozen=True)
class QuoteReport:
    """PolNeAR scores: content P/R/F1 by exact, overlap and Jaccard match; speaker accuracy."""

    n_articles: int
    n_gold: int
    n_predicted: int
    exact: PRF
    overlap: PRF
    jaccard: PRF
    speaker: Accuracy
    split: str = "test"
    kinds: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (for ``dyads eval --json``)."""
        return {
            "split": self.split, "n_articles": self.n_articles, "n_gold": self.n_gold,
            "n_predicted": self.n_predicted, "exact": self.exact.to_dict(),
            "overlap": self.overlap.to_dict(), "jaccard": self.jaccard.to_dict(),
            "speaker": self.speaker.to_dict(), "kinds": dict(self.kinds),
        }

    def format_table(self) -> str:
        """Content P/R/F1 per match criterion, then speaker accuracy."""
        prf = align([_PRF_HEADER, _prf_row("content_exact", self.exact),
                     _prf_row("content_overlap", self.overlap),
                     _prf_row("content_jaccard>=0.5", self.jaccard)])
        return f"{prf}\n\n{align([ACCURACY_HEADER, accuracy_row('speaker', self.speaker)])}"


def evaluate_quotes(code_texts: CodeTexts, articles: Sequence[PolnearArticle], split: str = "test") -> QuoteReport:
    """Code every article with ``code_texts`` and score its quotes against the attributions.

    Args:
        code_texts: given the article texts, returns each one's quotes in the same order.
        articles: e.g. from :func:`load_polnear`.
        split: the split's name, for the report.

    Returns:
        A report (definitions in the module docstring).

    Example:
        >>> report = evaluate_quotes(lambda texts: [[] for _ in texts], [])
        >>> report.overlap.f1
        0.0
    """
    predicted = list(code_texts([a.text for a in articles]))
    if len(predicted) != len(articles):
        raise ValueError(f"{len(articles)} articles but {len(predicted)} results; return one list per article")
    totals = {"exact": PRF(), "overlap": PRF(), "jaccard": PRF()}
    speaker, kinds, n_pred = Accuracy(), dict[str, int](), 0
    for article, quotes in zip(articles, predicted):
        for quote in quotes:
            kinds[quote.kind] = kinds.get(quote.kind, 0) + 1
        preds = _attributions(quotes)
        n_pred += len(preds)
        scored = _score_article(article, preds)
        totals = {k: totals[k] + scored[k] for k in totals}
        speaker += scored["speaker"]
    return QuoteReport(len(articles), sum(len(a.attributions) for a in articles), n_pred,
                       totals["exact"], totals["overlap"], totals["jaccard"], speaker, split, kinds)


def _score_article(article: PolnearArticle, preds: list[_Predicted]) -> dict[str, Any]:
    text, gold = article.text, article.attributions
    gold_chars = [trimmed_positions(text, g.content) for g in gold]
    pred_chars = [trimmed_positions(text, p.content) for p in preds]
    gold_words = [word_positions(text, g.content) for g in gold]
    pred_words = [word_positions(text, p.content) for p in preds]

    def overlap(i: int, j: int) -> float:
        return float(len(gold_chars[i] & pred_chars[j]))

    def exact(i: int, j: int) -> float:
        return 1.0 if gold_chars[i] and gold_chars[i] == pred_chars[j] else 0.0

    def jaccard(i: int, j: int) -> float:
        union = gold_words[i] | pred_words[j]
        score = len(gold_words[i] & pred_words[j]) / len(union) if union else 0.0
        return score if score >= 0.5 else 0.0

    pairs = _pairs(len(gold), len(preds), overlap)
    speaker = Accuracy()
    for i, j in pairs:
        if gold[i].source:
            speaker += count(_same_speaker(text, gold[i].source, preds[j].speakers))
    return {
        "exact": _prf(len(gold), len(preds), _pairs(len(gold), len(preds), exact)),
        "overlap": _prf(len(gold), len(preds), pairs),
        "jaccard": _prf(len(gold), len(preds), _pairs(len(gold), len(preds), jaccard)),
        "speaker": speaker,
    }


def _pairs(n_gold: int, n_pred: int, score: Callable[[int, int], float]) -> list[tuple[int, int]]:
    """One-to-one pairs with a positive score, greedily by decreasing score."""
    candidates = sorted(((score(i, j), i, j) for i in range(n_gold) for j in range(n_pred)),
                        key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for value, i, j in candidates:
        if value <= 0:
            break
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def _prf(n_gold: int, n_pred: int, pairs: list[tuple[int, int]]) -> PRF:
    return PRF(len(pairs), n_pred - len(pairs), n_gold - len(pairs))


def _same_speaker(text: str, source: Fragments, speakers: Fragments) -> bool:
    gold_chars = {c for s, e in source for c in range(s, e)}
    gold_head = head_word(" ".join(text[s:e] for s, e in source))
    for start, end in speakers:
        if gold_chars.intersection(range(start, end)) or (gold_head and head_word(text[start:end]) == gold_head):
            return True
    return False


def _prf_row(name: str, prf: PRF) -> tuple[str, ...]:
    return (name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.support))


# --- GGT -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GgtQuote:
    """One GGT gold quote; spans are offsets in the GGT-preprocessed text (None if absent)."""

    quote: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_text: str
    verb: str


@dataclass(frozen=True)
class GgtArticle:
    """One GGT article: the raw text, its preprocessed form and the gold quotes."""

    doc_id: str
    raw_text: str
    quotes: tuple[GgtQuote, ...]
    realigned: int = 0


_GGT_ACCENTS = {**dict.fromkeys("àáâãäå", "a"), **dict.fromkeys("èéêë", "e"), **dict.fromkeys("ìíîïı", "i"),
                **dict.fromkeys("òóôõö", "o"), **dict.fromkeys("ùúûü", "u"), **dict.fromkeys("ýÿ", "y"),
                "ç": "c", "ğ": "g", "ñ": "n", "ş": "s",
                **dict.fromkeys("ÀÁÂÃÄÅ", "A"), **dict.fromkeys("ÈÉÊË", "E"), **dict.fromkeys("ÌÍÎÏİ", "I"),
                **dict.fromkeys("ÒÓÔÕÖ", "O"), **dict.fromkeys("ÙÚÛÜ", "U"), **dict.fromkeys("ÝŸ", "Y"),
                "Ç": "C", "Ğ": "G", "Ñ": "N", "Ş": "S", "\xa0": " ",
                **dict.fromkeys("\u201d\u201c\u301d\u301e", '"')}
# The string replacements GGT applies, in its order (after the one-for-one character map).
_GGT_REPLACEMENTS = (("\n", ".\n "), ("..\n ", ".\n "), (". .\n ", ".\n "), ("  ", " "),
                     ("\\n", " "), ("\\n\\n", " "))


def ggt_preprocess(raw: str) -> tuple[str, list[int]]:
    """GGT's preprocessed text and, for each of its characters, the raw offset it came from."""
    text = "".join(_GGT_ACCENTS.get(ch, ch) for ch in raw)
    origin = list(range(len(raw)))
    for old, new in _GGT_REPLACEMENTS:
        text, origin = _replace(text, origin, old, new)
    return text, origin


def _replace(text: str, origin: list[int], old: str, new: str) -> tuple[str, list[int]]:
    """``text.replace(old, new)``, carrying each character's raw offset along."""
    parts: list[str] = []
    mapped: list[int] = []
    last = 0
    for match in re.finditer(re.escape(old), text):
        parts.append(text[last:match.start()])
        mapped.extend(origin[last:match.start()])
        parts.append(new)
        mapped.extend(origin[match.start() + min(k, len(old) - 1)] for k in range(len(new)))
        last = match.end()
    parts.append(text[last:])
    mapped.extend(origin[last:])
    return "".join(parts), mapped


def raw_to_preprocessed(origin: list[int], raw_length: int) -> list[int]:
    """For each raw offset (and the end), the first preprocessed offset at or after it."""
    forward = [len(origin)] * (raw_length + 1)
    for index in range(len(origin) - 1, -1, -1):
        forward[origin[index]] = index
    for raw in range(raw_length - 1, -1, -1):
        forward[raw] = min(forward[raw], forward[raw + 1])
    return forward


def load_ggt(path: Path | str) -> list[GgtArticle]:
    """Read the GGT gold quotes (``ggt_quotes_gold.jsonl``); articles without quotes are skipped.

    Raises:
        GoldDataError: the file cannot be read or a line is not a JSON article.
    """
    source = Path(path)
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise GoldDataError(f"{source}: cannot read the GGT gold file ({err}); pass "
                            "gold/quotes/ggt_quotes/ggt_quotes_gold.jsonl from the shared folder") from err
    articles = []
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
            raw, quotes = record["raw_text"], record["quotes"]
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise GoldDataError(f"{source}:{number}: not a GGT article ({err})") from err
        if quotes:
            articles.append(_ggt_article(record["doc_id"], raw, quotes))
    return articles


def _ggt_article(doc_id: str, raw: str, records: list[dict[str, str]]) -> GgtArticle:
    text, _ = ggt_preprocess(raw)
    quotes, realigned = [], 0
    for record in records:
        span = _index(record.get("quote_index", ""))
        anchored = _anchor(text, record.get("quote", ""), span)
        realigned += anchored != span
        quotes.append(GgtQuote(anchored, _index(record.get("speaker_index", "")),
                               record.get("speaker", ""), record.get("verb", "")))
    return GgtArticle(doc_id, raw, tuple(quotes), realigned)


def _index(value: str) -> tuple[int, int] | None:
    """'(12,40)' -> (12, 40); anything else None, as GGT's scorer reads it."""
    numbers = re.findall(r"\d+", value or "")
    return (int(numbers[0]), int(numbers[1])) if len(numbers) == 2 else None


def _anchor(text: str, quote: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span if it holds the quote's text, else the nearest occurrence of that text."""
    wanted = "".join(_GGT_ACCENTS.get(ch, ch) for ch in quote).strip()
    if not wanted or (span and text[span[0]:span[1]].strip() == wanted):
        return span
    found = [m.start() for m in re.finditer(re.escape(wanted), text)]
    if not found:
        return span
    near = span[0] if span else 0
    start = min(found, key=lambda s: abs(s - near))
    return (start, start + len(wanted))


@dataclass(frozen=True)
class GgtReport:
    """GGT scores as its authors define them: quote P/R/F1 at share > 0.3, speaker accuracy."""

    n_articles: int
    quotes: PRF
    speaker: Accuracy
    realigned: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {"n_articles": self.n_articles, "threshold": _GGT_THRESHOLD,
                "quotes": self.quotes.to_dict(), "speaker": self.speaker.to_dict(),
                "realigned_gold_quotes": self.realigned}

    def format_table(self) -> str:
        """Quote P/R/F1, then speaker accuracy over matched quotes."""
        prf = align([_PRF_HEADER, _prf_row(f"quote>{_GGT_THRESHOLD}", self.quotes)])
        return f"{prf}\n\n{align([ACCURACY_HEADER, accuracy_row('speaker', self.speaker)])}"


def evaluate_ggt(code_texts: CodeTexts, articles: Sequence[GgtArticle]) -> GgtReport:
    """Code every GGT article's raw text and score its quotes the GGT way.

    Example:
        >>> evaluate_ggt(lambda texts: [[] for _ in texts], []).quotes.f1
        0.0
    """
    predicted = list(code_texts([a.raw_text for a in articles]))
    if len(predicted) != len(articles):
        raise ValueError(f"{len(articles)} articles but {len(predicted)} results; return one list per article")
    total, speaker = PRF(), Accuracy()
    for article, quotes in zip(articles, predicted):
        prf, right = _ggt_article_score(article, quotes)
        total += prf
        speaker += right
    return GgtReport(len(articles), total, speaker, sum(a.realigned for a in articles))


def _ggt_article_score(article: GgtArticle, quotes: Sequence[Quote]) -> tuple[PRF, Accuracy]:
    _, origin = ggt_preprocess(article.raw_text)
    forward = raw_to_preprocessed(origin, len(article.raw_text))

    def carried(start: int, end: int) -> tuple[int, int]:
        return forward[start], forward[end]

    remaining = [(carried(q.content.start, q.content.end),
                  carried(q.speaker.start, q.speaker.end) if q.speaker else None, _floating(q)) for q in quotes]
    tp, speaker = 0, Accuracy()
    for gold in article.quotes:
        best = _ggt_best(gold, remaining)
        if best is None:
            continue
        tp += 1
        _, pred_speaker, floating = remaining.pop(best)
        speaker += count(_ggt_speaker_match(gold, pred_speaker, floating))
    return PRF(tp, len(remaining), len(article.quotes) - tp), speaker


def _floating(quote: Quote) -> bool:
    """True when the quote's cue sentence does not touch its content, or it has no speaker."""
    sentence, content = quote.sentence, quote.content
    return quote.speaker is None or not (sentence.start < content.end and content.start < sentence.end)


def _ggt_best(gold: GgtQuote, remaining: list[tuple[tuple[int, int], tuple[int, int] | None, bool]]) -> int | None:
    best, best_score = None, 0.0
    for index, (span, _, _) in enumerate(remaining):
        score = _share(gold.quote, span)
        if score > _GGT_THRESHOLD and score > best_score:
            best, best_score = index, score
    return best


def _share(reference: tuple[int, int] | None, other: tuple[int, int] | None) -> float:
    """The share of ``reference``'s characters that ``other`` covers (GGT's match score)."""
    if reference is None or other is None or reference[1] <= reference[0] or other[1] <= other[0]:
        return 0.0
    covered = min(reference[1], other[1]) - max(reference[0], other[0])
    return max(covered, 0) / (reference[1] - reference[0])


def _ggt_speaker_match(gold: GgtQuote, predicted: tuple[int, int] | None, floating: bool) -> bool:
    if _share(gold.speaker, predicted) > 0:
        return True
    return floating and not gold.speaker_text.strip()


__all__ = [
    "GGT_QUOTES", "GgtArticle", "GgtQuote", "GgtReport", "GoldAttribution", "POLNEAR_DIR",
    "POLNEAR_SPLITS", "PolnearArticle", "QUOTE_GOLD_DATE", "QuoteReport", "code_attributions", "code_quotes", "evaluate_ggt", "evaluate_quotes", "ggt_preprocess", "head_word", "load_ggt",
    "load_polnear", "raw_to_preprocessed", "read_brat", "trimmed_positions", "word_positions",
]
