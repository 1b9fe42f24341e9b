"""The output schema: valid lines pass, and each kind of bad line is refused with its path."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator
from strategies import PROPERTY, coded_stories, example_story, story_batches

from dyads.errors import DyadsError, SchemaError
from dyads.records import EVENT_TYPES, MODALITIES, CodedStory, to_dict
from dyads.schema import load_schema, validate_line
from dyads.store import Store, export


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(load_schema())


def test_schema_enums_follow_the_records_module() -> None:
    defs = load_schema()["$defs"]
    assert tuple(defs["Event"]["properties"]["type"]["enum"]) == EVENT_TYPES
    assert tuple(defs["Event"]["properties"]["modality"]["enum"]) == MODALITIES


def test_schema_names_every_field_to_dict_gives() -> None:
    line = to_dict(example_story())
    defs = load_schema()["$defs"]
    objects = [(load_schema(), line), (defs["Coder"], line["coder"])]
    objects += [(defs[name], line[kind][0]) for kind, name in KINDS]
    for schema, obj in objects:
        assert set(schema["properties"]) == set(obj)
        assert set(schema["required"]) <= set(obj)


KINDS = (("events", "Event"), ("quotes", "Quote"), ("stances", "Stance"), ("actors", "Actor"))


def test_example_line_is_valid() -> None:
    validate_line(to_dict(example_story()))


@PROPERTY
@given(coded_stories())
def test_every_generated_line_is_valid(coded: CodedStory) -> None:
    validate_line(json.loads(json.dumps(to_dict(coded))))


@PROPERTY
@given(story_batches)
def test_every_exported_line_is_valid(batch: list[CodedStory]) -> None:
    with Store(":memory:") as store, tempfile.TemporaryDirectory() as tmp:
        store.write_many(batch)
        (path,) = export(store, "jsonl", Path(tmp) / "stories.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines():
            validate_line(json.loads(line))


def _broken(path: str, value: Any) -> dict[str, Any]:
    """The example line with the value at a dotted path replaced."""
    line = copy.deepcopy(to_dict(example_story()))
    *parents, last = path.split(".")
    node: Any = line
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[int(last) if isinstance(node, list) else last] = value
    return line


BAD_LINES = [
    # (what is broken, dotted path to break, bad value, JSON path reported)
    ("wrong type: story date", "story_date", 20230512, "$.story_date"),
    ("wrong type: not a date", "story_date", "12 May 2023", "$.story_date"),
    ("wrong type: negated", "events.0.negated", "no", "$.events[0].negated"),
    ("wrong type: offset", "events.0.trigger.start", "0", "$.events[0].trigger.start"),
    ("wrong type: bool offset", "events.0.trigger.end", True, "$.events[0].trigger.end"),
    ("wrong type: sector", "actors.0.sector", "GOV", "$.actors[0].sector"),
    ("out of range: confidence", "events.0.confidence", 1.5, "$.events[0].confidence"),
    ("bad enum: event type", "events.0.type", "HUG", "$.events[0].type"),
    ("bad enum: modality", "events.0.modality", "maybe", "$.events[0].modality"),
    ("bad enum: precision", "stances.0.date.precision", "decade", "$.stances[0].date.precision"),
    ("bad enum: polarity", "stances.0.polarity", "against", "$.stances[0].polarity"),
    ("bad enum: quote kind", "quotes.0.kind", "paraphrase", "$.quotes[0].kind"),
    ("bad enum: date source", "date_source", "guess", "$.date_source"),
    ("bad country code", "events.0.location.country", "de", "$.events[0].location.country"),
    ("wrong schema version", "schema_version", "2", "$.schema_version"),
    ("unknown field", "events.0.colour", "red", "$.events[0]"),
    ("span text mismatch", "events.0.trigger.text", "meets", "$.events[0].trigger"),
    ("actor text mismatch", "actors.1.text", "Scholz", "$.actors[1]"),
    ("cue text mismatch", "quotes.0.cue.start", 0, "$.quotes[0].cue"),
    ("content past the end", "quotes.0.content.end", 10_000, "$.quotes[0].content"),
    ("sentence mismatch", "events.0.sentence.text", "Tuesday.", "$.events[0].sentence"),
    ("evidence mismatch", "stances.0.evidence.text", "", "$.stances[0].evidence"),
    ("stance target mismatch", "stances.0.target.start", 1, "$.stances[0].target"),
    ("nested actor mismatch", "events.0.target.end", 5, "$.events[0].target"),
]


@pytest.mark.parametrize(
    ("path", "value", "json_path"), [b[1:] for b in BAD_LINES], ids=[b[0] for b in BAD_LINES]
)
def test_bad_line_is_refused_with_its_path(path: str, value: Any, json_path: str) -> None:
    with pytest.raises(SchemaError) as caught:
        validate_line(_broken(path, value))
    assert caught.value.path == json_path
    assert caught.value.story_id == "voa-1"
    assert "'voa-1'" in str(caught.value) and json_path in str(caught.value)


def test_missing_field_is_refused() -> None:
    line = to_dict(example_story())
    del line["events"][0]["source"]
    with pytest.raises(SchemaError, match=r"\$\.events\[0\].*'source' is a required property"):
        validate_line(line)


def test_line_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(SchemaError) as caught:
        validate_line([])  # type: ignore[arg-type]
    assert caught.value.story_id is None and caught.value.path == "$"


def test_schema_error_is_a_dyads_error() -> None:
    assert issubclass(SchemaError, DyadsError)
