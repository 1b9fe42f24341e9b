"""The PolNeAR and GGT loaders and scorers, on tiny files written here; the real sets when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED, shared_file
from dyads.errors import GoldDataError
from dyads.eval.quotes import (
    GGT_QUOTES, POLNEAR_DIR, code_attributions, code_quotes, evaluate_ggt, evaluate_quotes, ggt_preprocess, head_word, load_ggt,
    load_polnear, raw_to_preprocessed, read_brat,
)
from dyads.records import Actor, Quote, SentenceRef, Span

TEXT = 'Smith said the plan failed. "We lost," Jones said. Rain fell.'


def at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


ANN = (
    "T1\tSource {0[0]} {0[1]}\tSmith\n"
    "T2\tCue {1[0]} {1[1]}\tsaid\n"
    "T3\tContent {2[0]} {2[1]}\tthe plan failed\n"
    "T4\tAttribution {1[0]} {1[1]}\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    'T5\tContent {3[0]} {3[1]};{3[1]} {4[1]}\t"We lost,"\n'
    "T6\tCue {5[0]} {5[1]}\tsaid\n"
    "T7\tSource {6[0]} {6[1]}\tJones\n"
    "E2\tAttribution-no-source:T6 Content:T5 Cue:T6 Source:T7\n"
    "#1\tAnnotatorNotes T5\ta note\n"
    "T8\tDiscard {7[0]} {7[1]}\tRain fell.\n"
).format(at("Smith"), at("said"), at("the plan failed"), at('"We lost'), at('"We lost,"'),
         (at("said.")[0], at("said.")[0] + 4), at("Jones"), at("Rain fell."))


def polnear_tree(root: Path, split: str = "test") -> Path:
    (root / "data" / split / "text").mkdir(parents=True)
    (root / "data" / split / "attributions").mkdir(parents=True)
    (root / "data" / split / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    (root / "data" / split / "attributions" / "a1_zz99.ann").write_text("", encoding="utf-8")
    (root / "data" / split / "attributions" / "a1_ab12.ann").write_text(ANN, encoding="utf-8")
    return root


def quote(content: tuple[int, int], cue: tuple[int, int], speaker: tuple[int, int] | None,
          text: str = TEXT, sentence: tuple[int, int] = (0, 27)) -> Quote:
    actor = None
    if speaker:
        words = text[speaker[0]:speaker[1]]
        actor = Actor(words, speaker[0], speaker[1], words, None, None, resolved_by="name")
    return Quote("q", "direct", actor, Span(*cue, text[cue[0]:cue[1]]),
                 Span(*content, text[content[0]:content[1]]), SentenceRef(0, *sentence, ""))


def test_brat_attributions_with_fragments_and_notes(tmp_path: Path) -> None:
    path = tmp_path / "x.ann"
    path.write_text(ANN, encoding="utf-8")
    first, second = read_brat(path)
    assert (first.source, first.cue, first.content) == ((at("Smith"),), (at("said"),), (at("the plan failed"),))
    assert second.content == (at('"We lost'), (at('"We lost')[1], at('"We lost,"')[1]))
    assert second.source == (at("Jones"),)


def test_polnear_reads_the_first_annotator(tmp_path: Path) -> None:
    (article,) = load_polnear(polnear_tree(tmp_path), "test")
    assert article.name == "a1" and len(article.attributions) == 2


def test_polnear_errors_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(GoldDataError, match="unknown PolNeAR split"):
        load_polnear(tmp_path, "validation")
    with pytest.raises(GoldDataError, match="no PolNeAR articles"):
        load_polnear(tmp_path, "dev")


def test_scores_exact_overlap_jaccard_and_speaker(tmp_path: Path) -> None:
    articles = load_polnear(polnear_tree(tmp_path), "test")
    predicted = [[
        quote(at("the plan failed."), at("said"), at("Smith")),  # the same once trimmed
        quote(at("We lost"), (at("said.")[0], at("said.")[0] + 4), at("Jones")),  # inside the marks
        quote(at("Rain"), at("said"), None),  # same cue as the first: joined to it
    ]]
    report = evaluate_quotes(lambda texts: predicted, articles)
    assert (report.n_gold, report.n_predicted) == (2, 2)
    assert report.overlap.tp == 2 and report.overlap.f1 == 1.0
    assert report.exact.tp == 1  # the first attribution gained a stray fragment
    assert report.speaker.correct == 2 and report.speaker.total == 2
    assert "content_overlap" in report.format_table()
    assert report.to_dict()["jaccard"]["tp"] == 2


def test_no_overlap_is_a_miss_and_a_false_alarm(tmp_path: Path) -> None:
    articles = load_polnear(polnear_tree(tmp_path), "test")
    report = evaluate_quotes(lambda texts: [[quote(at("Rain fell"), at("Smith"), None)]], articles)
    assert (report.overlap.tp, report.overlap.fp, report.overlap.fn) == (0, 1, 2)


def test_attributions_take_in_attitudes_that_quotes_leave_out() -> None:
    texts = ["The governor wants to raise the gas tax.", "Officials met on Monday."]
    attributions = code_attributions(texts)
    assert [[(q.cue.text, q.content.text) for q in found] for found in attributions] == [
        [("wants", "to raise the gas tax")], []]
    assert code_quotes(texts) == [[], []]


def test_polnear_scores_the_coder_end_to_end(tmp_path: Path) -> None:
    articles = load_polnear(polnear_tree(tmp_path), "test")
    report = evaluate_quotes(code_attributions, articles)
    assert report.overlap.tp == 2 and report.speaker.correct == 2


def test_head_word() -> None:
    assert head_word("Senator John McCain's") == "mccain"
    assert head_word("the spokesman") == "spokesman"


def test_ggt_preprocessing_keeps_offsets() -> None:
    raw = "Caf\u00e9 owner\u00a0said:\n\u201cWe stay.\u201d"
    text, origin = ggt_preprocess(raw)
    assert text == 'Cafe owner said:.\n "We stay."'
    assert all(raw[origin[i]] in (text[i], "\n") or text[i] in 'e "' for i in range(len(text)))
    forward = raw_to_preprocessed(origin, len(raw))
    start = raw.index("We")
    assert text[forward[start]:forward[start + 7]] == "We stay"


def ggt_file(tmp_path: Path) -> Path:
    raw = 'Officials met.\n"We will build it," Lee said.'
    text, _ = ggt_preprocess(raw)
    start, end = text.index('"We'), text.index(" Lee")
    lee = text.index("Lee")
    record = {"doc_id": "d1", "raw_text": raw, "quotes": [
        {"quote": text[start:end], "quote_index": f"({start},{end})", "speaker": "Lee",
         "speaker_index": f"({lee},{lee + 3})", "verb": "said", "verb_index": "", "reference": "Lee"},
        {"quote": "Officials met", "quote_index": "(0,3)", "speaker": "", "speaker_index": "",
         "verb": "", "verb_index": ""},
    ]}
    path = tmp_path / "ggt.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({**record, "doc_id": "d2", "quotes": None}) + "\n")
    return path


def test_ggt_loader_reanchors_and_skips_articles_without_quotes(tmp_path: Path) -> None:
    (article,) = load_ggt(ggt_file(tmp_path))
    assert article.doc_id == "d1" and article.realigned == 1
    assert article.quotes[1].quote == (0, len("Officials met"))


def test_ggt_scoring(tmp_path: Path) -> None:
    (article,) = load_ggt(ggt_file(tmp_path))
    raw = article.raw_text
    content = (raw.index("We"), raw.index("it") + 2)
    lee = (raw.index("Lee"), raw.index("Lee") + 3)
    said = (raw.index("said"), raw.index("said") + 4)
    predicted = [quote(content, said, lee, raw, (15, len(raw)))]
    report = evaluate_ggt(lambda texts: [predicted], [article])
    assert (report.quotes.tp, report.quotes.fp, report.quotes.fn) == (1, 0, 1)
    assert report.speaker.correct == 1
    assert report.to_dict()["realigned_gold_quotes"] == 1


def test_polnear_test_split_when_present() -> None:
    root = shared_file(SHARED / POLNEAR_DIR)
    articles = load_polnear(root, "test")
    assert len(articles) == 84
    assert sum(len(a.attributions) for a in articles) > 1000
    for article in articles[:5]:
        for attribution in article.attributions:
            assert all(0 <= s <= e <= len(article.text) for s, e in attribution.content)


def test_ggt_gold_when_present() -> None:
    articles = load_ggt(shared_file(SHARED / GGT_QUOTES))
    assert len(articles) == 95  # of 98: one unreadable quotations cell, two without quotes
    assert sum(len(a.quotes) for a in articles) == 1466
