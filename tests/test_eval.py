"""Gold-data loading and scoring behind ``dyads eval``."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from itertools import permutations, product
from pathlib import Path
from typing import Any

import pytest

from dyads.errors import GoldDataError
from dyads.eval import (
    PRF, GoldActor, GoldSentence, evaluate_plover, load_plover_gold, macro_f1, per_label, score_sets,
)
from dyads.eval.metrics import SplitReport, story_interval
from dyads.records import EVENT_TYPES, Actor, DateInfo, Event, SentenceRef, Span

PACKAGE_GOLD = Path(__file__).parents[1] / "src" / "dyads" / "data" / "gold"
SHARED_GOLD = Path(__file__).parents[2] / "shared" / "gold" / "plover" / "PLOVER_GSR_CAMEO.txt"


# -- helpers -------------------------------------------------------------------------------


def _record(**fields: Any) -> dict[str, Any]:
    """A minimal valid gold record, overridden by ``fields``."""
    record = {
        "id": "T-0001", "event": "AGREE", "text": "Japan agreed with Italy.",
        "source": [{"actorText": "Japan", "code": "JPN"}],
        "target": [{"actorText": "Italy", "code": "ITA"}],
        "textInfo": {"markup": "(SRC: Japan) (EVT: agreed) with (TAR: Italy)."},
    }
    return {**record, **fields}


def _write_gold(tmp_path: Path, records: Any) -> Path:
    """A gold file holding ``records`` (after a DOCUMENT record, like the real one)."""
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"id": "DOC", "event": "DOCUMENT"}, *records]), encoding="utf-8")
    return path


def _actor(code: str | None) -> Actor:
    """A minimal resolved (or, with None, unresolved) actor."""
    return Actor(text=code or "someone", start=0, end=1, name=code or "someone", code=code,
                 country=code)


def _event(event_type: str, source: str | None, target: str | None) -> Event:
    """A minimal event; a target code of None means no target."""
    return Event(
        event_id="e1", type=event_type, trigger=Span(0, 1, "x"),
        sentence=SentenceRef(0, 0, 1, "x"), source=_actor(source),
        target=_actor(target) if target is not None else None,
        date=DateInfo("2000-01-01", "2000-01-01", "day"),
    )


def _gold_pairs(sentence: GoldSentence) -> list[tuple[str | None, str | None]]:
    """The (source, target) codes a perfect coder reports, built from the gold itself."""
    if sentence.reciprocal:
        return [(a.code, b.code) for a, b in permutations(sentence.sources, 2)]
    sources = [a.code for a in sentence.sources] or [None]
    targets = [a.code for a in sentence.targets] or [None]
    return list(product(sources, targets))


def perfect_coder(sentences: Sequence[GoldSentence]) -> list[list[Event]]:
    return [[_event(s.event_type, src, tar) for src, tar in _gold_pairs(s)] for s in sentences]


def silent_coder(sentences: Sequence[GoldSentence]) -> list[list[Event]]:
    return [[] for _ in sentences]


def wrong_source_coder(sentences: Sequence[GoldSentence]) -> list[list[Event]]:
    return [[_event(s.event_type, "XXX", tar) for _, tar in _gold_pairs(s)] for s in sentences]


@pytest.fixture(scope="module")
def gold() -> list[GoldSentence]:
    return load_plover_gold()


# -- the shipped file ----------------------------------------------------------------------


def test_shipped_gold_is_an_unchanged_copy() -> None:
    if not SHARED_GOLD.exists():
        pytest.skip("../shared is not present")
    assert (PACKAGE_GOLD / "plover_gsr_cameo.json").read_bytes() == SHARED_GOLD.read_bytes()


def test_shipped_gold_has_licence_and_credit() -> None:
    readme = (PACKAGE_GOLD / "README.md").read_text(encoding="utf-8")
    for needed in ("CC BY-SA 4.0", "Open Event Data Alliance", "github.com/openeventdata/PLOVER"):
        assert needed in readme


def test_loader_reads_every_sentence_but_the_document(gold: list[GoldSentence]) -> None:
    assert len(gold) == 322
    assert all(s.original_type != "DOCUMENT" for s in gold)
    assert {s.event_type for s in gold} == set(EVENT_TYPES)
    # One id is used twice in the file, for two different sentences; both are kept.
    assert [i for i, n in Counter(s.id for s in gold).items() if n > 1] == [
        "PLOVER-GSR01-COERCE-0004"
    ]


@pytest.mark.parametrize(
    ("original", "current", "count"),
    [
        ("DEMAND", "REQUEST", 34),
        ("DISAPPROVE", "ACCUSE", 16),
        ("FIGHT", "ASSAULT", 17),
        ("INVESTIGATE", "ACCUSE", 9),
        ("ASSAULT", "ASSAULT", 15),
        ("AGREE", "AGREE", 40),
    ],
)
def test_shipped_type_renames(
    gold: list[GoldSentence], original: str, current: str, count: int
) -> None:
    matching = [s for s in gold if s.original_type == original]
    assert len(matching) == count
    assert {s.event_type for s in matching} == {current}


@pytest.mark.parametrize(
    ("sentence_id", "field", "codes"),
    [
        ("PLOVER-GSR01-AGREE-0002", "targets", ("JPN",)),  # JAP in the file
        ("PLOVER-GSR01-SANCTION-0001", "sources", ("ITA",)),  # ITL in the file
        ("PLOVER-GSR01-FIGHT-0002", "sources", ("VNM",)),  # VTN in the file
        ("PLOVER-GSR01-AGREE-0002", "sources", ("IGO",)),
        ("PLOVER-GSR01-DEMAND-0011", "sources", ("NGO",)),
        ("PLOVER-GSR01-THREATEN-0021", "sources", ("IMG",)),
        ("PLOVER-GSR01-ASSAULT-0009", "sources", ()),  # missing in the file
        ("PLOVER-GSR01-AGREE-0003", "targets", ()),  # "" in the file
        ("PLOVER-GSR01-AGREE-0007", "targets", ()),  # "diplomatic" in the file
        ("PLOVER-GSR01-AGREE-0032", "targets", ()),  # missing in the file
    ],
)
def test_shipped_actor_codes(
    gold: list[GoldSentence], sentence_id: str, field: str, codes: tuple[str, ...]
) -> None:
    sentence = next(s for s in gold if s.id == sentence_id)
    assert tuple(a.code for a in getattr(sentence, field)) == codes


def test_shipped_codes_are_iso3_or_plover_international(gold: list[GoldSentence]) -> None:
    codes = {a.code for s in gold for a in (*s.sources, *s.targets)}
    assert not codes & {"JAP", "ITL", "VTN"}
    assert all(len(code) == 3 and code.isupper() for code in codes)


def test_reciprocal_sentences(gold: list[GoldSentence]) -> None:
    reciprocal = [s for s in gold if s.reciprocal]
    assert len(reciprocal) == 18
    assert all(len(s.sources) == 2 and not s.targets for s in reciprocal)
    # textInfo is a bare string in this record; it is read all the same.
    investigate = next(s for s in gold if s.id == "PLOVER-GSR01-INVESTIGATE-0002")
    assert not investigate.reciprocal and len(investigate.sources) == 2


# -- the loader on small files -------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "current"),
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("FIGHT", "ASSAULT"),
     ("INVESTIGATE", "ACCUSE"), ("CONSULT", "CONSULT")],
)
def test_rename_mapping(tmp_path: Path, event: str, current: str) -> None:
    [sentence] = load_plover_gold(_write_gold(tmp_path, [_record(event=event)]))
    assert (sentence.event_type, sentence.original_type) == (current, event)


@pytest.mark.parametrize(
    ("code", "expected"), [("JAP", "JPN"), ("ITL", "ITA"), ("VTN", "VNM"), ("IGO", "IGO"),
                           ("NGO", "NGO"), ("USA", "USA")],
)
def test_code_typo_mapping(tmp_path: Path, code: str, expected: str) -> None:
    record = _record(source=[{"actorText": "x", "code": code, "sector": "GOV"}])
    [sentence] = load_plover_gold(_write_gold(tmp_path, [record]))
    assert sentence.sources[0].code == expected
    assert sentence.sources[0].sector == "GOV"


def test_reciprocal_markup_is_detected(tmp_path: Path) -> None:
    record = _record(target="", textInfo={"markup": "(SRC/TAR: Japan) and (SRC/TAR: Italy)"})
    [sentence] = load_plover_gold(_write_gold(tmp_path, [record]))
    assert sentence.reciprocal and sentence.targets == ()


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ({"not": "a list"}, "expected a JSON list"),
        ([["not", "an", "object"]], "record 0"),
        ([_record(text="")], "T-0001"),
        ([_record(event="YIELD")], "unknown event type 'YIELD'"),
        ([_record(source=[{"actorText": "Japan"}])], "'code'"),
        ([_record(target={"actorText": "Italy"})], "must be a list of actors"),
        ([_record(source=[{"actorText": "x", "code": "JPN", "sector": 3}])], "sector"),
    ],
)
def test_malformed_gold_names_file_and_record(
    tmp_path: Path, records: Any, message: str
) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    with pytest.raises(GoldDataError, match="gold.json") as caught:
        load_plover_gold(path)
    assert message in str(caught.value)


@pytest.mark.parametrize("content", [None, "[{"])
def test_unreadable_gold(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldDataError, match="gold.json"):
        load_plover_gold(path)


# -- metrics -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_sets", "pred_sets", "expected"),
    [
        ([], [], (0, 0, 0, 0.0, 0.0, 0.0)),
        ([set()], [set()], (0, 0, 0, 0.0, 0.0, 0.0)),
        ([{"a"}], [set()], (0, 0, 1, 0.0, 0.0, 0.0)),
        ([set()], [{"a"}], (0, 1, 0, 0.0, 0.0, 0.0)),
        ([{"a"}], [{"a"}], (1, 0, 0, 1.0, 1.0, 1.0)),
        ([{"a", "b"}, {"c"}], [{"a"}, {"c", "d"}], (2, 1, 1, 2 / 3, 2 / 3, 2 / 3)),
        ([{"a", "b"}], [{"a"}], (1, 0, 1, 1.0, 0.5, 2 / 3)),
    ],
)
def test_score_sets(
    gold_sets: list[set[str]], pred_sets: list[set[str]], expected: tuple[float, ...]
) -> None:
    prf = score_sets(gold_sets, pred_sets)
    assert (prf.tp, prf.fp, prf.fn) == expected[:3]
    assert (prf.precision, prf.recall, prf.f1) == pytest.approx(expected[3:])


def test_score_sets_needs_one_prediction_per_gold_set() -> None:
    with pytest.raises(ValueError, match="2 gold item sets but 1 predicted"):
        score_sets([{"a"}, {"b"}], [{"a"}])


def test_per_label_and_macro_f1() -> None:
    table = per_label([{"AGREE"}, {"ACCUSE"}], [{"AGREE"}, {"REJECT"}])
    assert table == {"AGREE": PRF(tp=1), "ACCUSE": PRF(fn=1), "REJECT": PRF(fp=1)}
    assert macro_f1(table) == pytest.approx(1 / 3)


def test_per_label_with_label_of() -> None:
    table = per_label([{("AGREE", "USA")}], [{("AGREE", "RUS")}], label_of=lambda item: item[0])
    assert table == {"AGREE": PRF(tp=0, fp=1, fn=1)}


def test_macro_f1_of_nothing_is_zero() -> None:
    assert macro_f1({}) == 0.0


def test_prf_to_dict_is_json_ready() -> None:
    assert json.loads(json.dumps(PRF(1, 1, 0).to_dict())) == {
        "tp": 1, "fp": 1, "fn": 0, "support": 1, "precision": 0.5, "recall": 1.0,
        "f1": pytest.approx(2 / 3),
    }


def test_story_interval_brackets_the_pooled_f1_and_is_reproducible() -> None:
    stories = [PRF(tp=4, fp=1, fn=1), PRF(tp=0, fp=3, fn=5), PRF(tp=6, fn=2), PRF(tp=2, fp=2, fn=2)]
    low, high = story_interval(stories)
    pooled = sum(stories, PRF()).f1
    assert 0.0 <= low < pooled < high <= 1.0
    assert story_interval(stories) == (low, high)


def test_story_interval_of_identical_stories_is_a_point_and_of_none_is_zero() -> None:
    assert story_interval([PRF(tp=1, fn=1)] * 5) == pytest.approx((2 / 3, 2 / 3))
    assert story_interval([]) == (0.0, 0.0)


def test_story_interval_widens_with_fewer_stories() -> None:
    mixed = [PRF(tp=3, fn=1), PRF(fp=2, fn=2)]
    low_few, high_few = story_interval(mixed)
    low_many, high_many = story_interval(mixed * 20)
    assert high_few - low_few > high_many - low_many


def test_split_report_gives_each_criterion_an_interval() -> None:
    report = SplitReport()
    report.add("test", {"content": PRF(tp=2, fn=1)})
    report.add("test", {"content": PRF(fp=1, fn=1)})
    assert report.to_dict()["test"]["content"]["f1_interval"] == list(report.interval("test", "content"))
    assert report.format_table().splitlines()[0].split()[-4:] == ["F1", "95%", "interval", "support"]


# -- evaluate_plover -----------------------------------------------------------------------


def test_perfect_coder_scores_one(gold: list[GoldSentence]) -> None:
    report = evaluate_plover(perfect_coder, gold)
    assert report.n_sentences == 322
    for prf in (report.event_type, report.source, report.target, report.type_dyad):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert report.type_macro_f1 == 1.0
    assert list(report.per_type) == list(EVENT_TYPES)
    assert all(prf.f1 == 1.0 for prf in report.per_type.values())


def test_silent_coder_recalls_nothing(gold: list[GoldSentence]) -> None:
    report = evaluate_plover(silent_coder, gold)
    for prf in (report.event_type, report.source, report.target, report.type_dyad):
        assert (prf.tp, prf.fp, prf.recall, prf.f1) == (0, 0, 0.0, 0.0)
        assert prf.fn == prf.support > 0
    assert report.event_type.support == 322
    assert report.type_macro_f1 == 0.0


def test_wrong_source_coder(gold: list[GoldSentence]) -> None:
    report = evaluate_plover(wrong_source_coder, gold)
    assert report.event_type.f1 == 1.0
    assert report.target.f1 == 1.0
    assert (report.source.tp, report.source.f1) == (0, 0.0)
    assert report.source.fp == 322  # one wrong code per sentence
    assert report.type_dyad.f1 == 0.0


def test_reciprocal_dyads_go_both_ways() -> None:
    sentence = GoldSentence(
        id="r", text="x", event_type="AGREE", original_type="AGREE",
        sources=(GoldActor("Hungary", "HUN"), GoldActor("Romania", "ROU")), targets=(),
        reciprocal=True,
    )
    one_way = evaluate_plover(lambda s: [[_event("AGREE", "HUN", "ROU")]], [sentence])
    assert (one_way.type_dyad.tp, one_way.type_dyad.fn) == (1, 1)
    assert one_way.target.recall == 0.5


def test_coder_must_answer_every_sentence(gold: list[GoldSentence]) -> None:
    with pytest.raises(ValueError, match="one predicted set per gold sentence"):
        evaluate_plover(lambda sentences: [[]], gold)


def test_unknown_predicted_type_is_a_false_positive_outside_the_macro(
    gold: list[GoldSentence],
) -> None:
    report = evaluate_plover(lambda s: [[_event("FIGHT", None, None)] for _ in s], gold)
    assert report.per_type["FIGHT"] == PRF(fp=322)
    assert report.event_type.fp == 322
    assert report.type_macro_f1 == 0.0


def test_report_json_and_table(gold: list[GoldSentence]) -> None:
    report = evaluate_plover(perfect_coder, gold)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["n_sentences"] == 322
    assert data["type_dyad"]["f1"] == 1.0
    assert set(data["per_type"]) == set(EVENT_TYPES)
    lines = report.format_table().splitlines()
    assert lines[0].split() == ["field", "P", "R", "F1", "support"]
    assert lines[1].split() == ["event_type", "1.000", "1.000", "1.000", "322"]
    assert len(lines) == 1 + 5 + len(EVENT_TYPES)
    assert len({len(line) for line in lines}) == 1  # aligned columns


@pytest.mark.parametrize("code, country, expected", [
    ("UN", None, "IGO"),
    ("EU", None, "IGO"),
    ("USA", "USA", "USA"),
    (None, None, None),
])
def test_organisations_compare_as_igo_like_the_gold(code: str | None, country: str | None,
                                                    expected: str | None) -> None:
    from dyads.eval.plover import gold_style_code
    from dyads.records import Actor

    actor = Actor(text="x", start=0, end=1, name="x", code=code, country=country)
    assert gold_style_code(actor) == expected
