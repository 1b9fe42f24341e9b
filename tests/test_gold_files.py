"""Every shipped hand-annotated story follows the gold format (docs/GOLD.md).

These are the checks the annotation guidelines promise (src/dyads/data/gold/voa/README.md,
"Validation"), run on every file so a new or edited annotation cannot land broken.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from dyads import knowledge
from dyads.eval.voa import default_gold_dir

GOLD_FILES = sorted(default_gold_dir().glob("*.json"))
SECOND_FILES = sorted((default_gold_dir().parent / "voa_second").glob("*.json"))
MODALITIES = {"asserted", "reported", "hypothetical", "future", "denied"}
PRECISIONS = {"day", "week", "month", "year", "story"}
QUOTE_KINDS = {"direct", "indirect", "mixed"}
POLARITIES = {"support", "oppose", "neutral"}
SPLITS = {"dev", "test"}


def _modes() -> dict[str, set[str]]:
    modes: dict[str, set[str]] = {}
    for row in knowledge._rows("plover_types.tsv"):
        modes.setdefault(row["plover_type"], set()).add(row["mode"])
    return modes


def _codes() -> set[str]:
    states = {alias.iso3 for alias in knowledge.country_aliases().values()}
    return states | {alias.code for alias in knowledge.igo_aliases().values()}


def _sectors() -> set[str]:
    sectors = {s for row in knowledge._rows("agents.tsv") for s in row["sectors"].split()}
    return sectors | {row["sector"] for row in knowledge._rows("igos.tsv")}


MODES, CODES, SECTORS = _modes(), _codes(), _sectors()


def _problems(record: dict[str, Any]) -> list[str]:
    text, day = record["text"], dt.date.fromisoformat(record["story_date"])
    problems = [] if record.get("split") in SPLITS else [f"split {record.get('split')!r}"]
    for kind in ("events", "quotes", "stances"):
        for i, item in enumerate(record.get(kind, [])):
            where = f"{kind}[{i}] {item.get('anchor')!r}"
            problems += [f"{where}: {p}" for p in _item_problems(kind, item, text, day)]
    return problems


def _item_problems(kind: str, item: dict[str, Any], text: str, day: dt.date) -> list[str]:
    start, anchor = item["start"], item["anchor"]
    problems = [] if text[start:start + len(anchor)] == anchor else ["anchor not at its offset"]
    if kind == "events":
        problems += _event_problems(item, day)
    elif kind == "quotes":
        problems += _actor_problems(item["speaker"], named=True)
        problems += [] if item["kind"] in QUOTE_KINDS else [f"kind {item['kind']!r}"]
    else:
        problems += _actor_problems(item["holder"], named=True)
        problems += [] if item["polarity"] in POLARITIES else [f"polarity {item['polarity']!r}"]
        problems += [] if item["target"] and item["concept"] else ["no target or concept"]
    return problems


def _event_problems(event: dict[str, Any], day: dt.date) -> list[str]:
    problems = []
    if (event["mode"] or "") not in MODES.get(event["type"], set()):
        problems.append(f"type/mode {event['type']}/{event['mode']}")
    if event["modality"] not in MODALITIES:
        problems.append(f"modality {event['modality']!r}")
    if not isinstance(event["negated"], bool):
        problems.append("negated is not a boolean")
    problems += _actor_problems(event["source"])
    problems += _actor_problems(event["target"]) if event["target"] else []
    return problems + _date_problems(event["date"], day)


def _actor_problems(actor: dict[str, Any], named: bool = False) -> list[str]:
    problems = []
    if actor.get("code") is not None and actor["code"] not in CODES:
        problems.append(f"code {actor['code']!r} is neither ISO3 nor a known organisation")
    if actor.get("sector") is not None and actor["sector"] not in SECTORS:
        problems.append(f"sector {actor['sector']!r}")
    if named and "name" not in actor:
        problems.append("speaker or holder without 'name'")
    return problems


def _date_problems(date: dict[str, str], day: dt.date) -> list[str]:
    if date["precision"] not in PRECISIONS:
        return [f"precision {date['precision']!r}"]
    start, end = dt.date.fromisoformat(date["start"]), dt.date.fromisoformat(date["end"])
    if start > end:
        return ["date starts after it ends"]
    if date["precision"] == "story" and start != day:
        return ["a story-precision date that is not the story date"]
    return []


def test_gold_folder_has_both_splits() -> None:
    splits = {json.loads(p.read_text(encoding="utf-8"))["split"] for p in GOLD_FILES}
    assert splits == SPLITS


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_story_follows_the_format(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["story_id"] == path.stem
    assert _problems(record) == []


@pytest.mark.parametrize("path", SECOND_FILES, ids=lambda p: p.stem)
def test_second_annotation_follows_the_format_on_the_gold_text(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    gold = json.loads((default_gold_dir() / path.name).read_text(encoding="utf-8"))
    assert (record["story_id"], record["split"], record["text"]) == (gold["story_id"], gold["split"], gold["text"])
    assert _problems(record) == []


def test_second_annotation_covers_the_whole_test_half() -> None:
    test_ids = {p.stem for p in GOLD_FILES if json.loads(p.read_text(encoding="utf-8"))["split"] == "test"}
    assert {p.stem for p in SECOND_FILES} == test_ids


def test_checks_catch_a_broken_annotation() -> None:
    record = json.loads(GOLD_FILES[0].read_text(encoding="utf-8"))
    event = dict(record["events"][0], start=record["events"][0]["start"] + 1, type="MEET",
                 source={"code": "XXX", "sector": "GOV", "text": "x"})
    problems = _problems(dict(record, events=[event], quotes=[], stances=[]))
    assert [p.split(": ", 1)[1] for p in problems] == [
        "anchor not at its offset", f"type/mode MEET/{event['mode']}",
        "code 'XXX' is neither ISO3 nor a known organisation"]
