"""The public API: dyads.code streams coded stories, records failures, and parallel equals serial."""

from __future__ import annotations

import datetime as dt

import pytest

import dyads
from dyads import pipeline
from dyads.records import CodedStory, Reject
from dyads.settings import Settings

DAY = dt.date(2024, 3, 1)
TEXTS = [
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.",
    "Russian troops attacked Ukrainian positions near Kharkiv.",
    "The weather was mild and nobody did anything of note.",
]


def stories() -> list[dyads.Story]:
    return [dyads.make_story(text, DAY) for text in TEXTS]


def test_code_streams_one_coded_story_per_input_in_order() -> None:
    coded = list(dyads.code(stories()))
    assert [c.story.text for c in coded] == TEXTS
    assert all(isinstance(c, CodedStory) for c in coded)


def test_coder_and_model_are_stamped_on_every_story() -> None:
    coded = next(dyads.code(stories()[:1]))
    assert coded.coder.name == "dyads"
    assert coded.coder.version == dyads.__version__
    assert coded.coder.model.endswith("-3.8.0")
    assert coded.coder.lexicon


def test_events_carry_story_date_fallback_and_offsets() -> None:
    coded = next(dyads.code(stories()[1:2]))
    assert coded.events, "an attack by Russian troops on Ukrainian positions is an event"
    for event in coded.events:
        assert event.date.precision == "story"
        assert event.date.start == DAY.isoformat()
        assert coded.story.text[event.trigger.start:event.trigger.end] == event.trigger.text


def test_code_is_lazy() -> None:
    consumed = []

    def source():
        for story in stories():
            consumed.append(story)
            yield story

    iterator = dyads.code(source(), settings=Settings(batch_size=1))
    next(iterator)
    assert len(consumed) < len(TEXTS)


def test_a_story_that_fails_in_a_stage_becomes_a_reject(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(document):
        if "weather" in document.story.text:
            raise RuntimeError("stage broke")
        return document

    monkeypatch.setattr(pipeline, "STAGES_AFTER_ACTORS", (*pipeline.STAGES_AFTER_ACTORS, broken))
    rejects: list[Reject] = []
    coded = list(dyads.code(stories(), on_reject=rejects.append))
    assert len(coded) == 2
    assert len(rejects) == 1
    assert rejects[0].reason == "coding-error"
    assert "stage broke" in rejects[0].detail and rejects[0].story_id


def test_min_confidence_filters_events() -> None:
    everything = next(dyads.code(stories()[1:2]))
    nothing = next(dyads.code(stories()[1:2], settings=Settings(min_confidence=1.0)))
    assert everything.events and not nothing.events


def test_parallel_workers_give_the_same_records_as_serial() -> None:
    serial = [dyads.to_dict(c) for c in dyads.code(stories(), settings=Settings(batch_size=1))]
    parallel = [dyads.to_dict(c) for c in dyads.code(stories(), settings=Settings(batch_size=1, workers=2))]
    assert parallel == serial


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(dyads.ModelError, match="no_such_model"):
        list(dyads.code(stories(), settings=Settings(model="no_such_model")))


def test_the_actors_file_setting_reaches_the_pipeline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    mine = tmp_path / "mine.tsv"
    mine.write_text("actor_id\tname\talias\tcountry\tsector\tstart\n"
                    "person:jane-doe\tJane Doe\tmayor doe\tGBR\tGOV\t2021-05-08\n", encoding="utf-8")
    story = dyads.make_story("Mayor Doe criticized Russia.", DAY)
    plain = next(dyads.code([story]))
    with_file = next(dyads.code([story], settings=Settings(actors_file=str(mine))))
    assert "person:jane-doe" not in {a.id for a in plain.actors}
    assert "person:jane-doe" in {a.id for a in with_file.actors}
