"""The actors of the seed story (read from ../shared, never copied) resolve correctly."""

from __future__ import annotations

import pytest

import dyads
from conftest import SEED, shared_file
from dyads.nlp import load_model
from dyads.records import Actor
from dyads.settings import Settings
from dyads.stages import Document
from dyads.stages.actors import resolve_actors


@pytest.fixture(scope="module")
def actors() -> list[Actor]:
    stories = list(dyads.read_stories([shared_file(SEED)]))
    story = stories[0]
    assert isinstance(story, dyads.Story)
    document = resolve_actors(Document(story, load_model(Settings().model)(story.text)))
    return [m.actor for m in document.mentions]


def named(actors: list[Actor], text: str) -> list[Actor]:
    found = [a for a in actors if a.text == text or a.text.endswith(f" {text}")]
    assert found, f"no mention {text!r}"
    return found


PEOPLE = [
    ("Antony Blinken", "USA", "GOV"),
    ("Xi Jinping", "CHN", "GOV"),
    ("Volodymyr Zelensky", "UKR", "GOV"),
    ("Qin Gang", "CHN", "GOV"),
    ("Annalena Baerbock", "DEU", "GOV"),
    ("Emmanuel Macron", "FRA", "GOV"),
]


@pytest.mark.parametrize(("name", "code", "sector"), PEOPLE)
def test_titled_people(actors: list[Actor], name: str, code: str, sector: str) -> None:
    for actor in named(actors, name):
        assert (actor.name, actor.code, actor.sector[:1]) == (name, code, (sector,))
        assert actor.resolved_by in ("title", "coreference")


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("European Union", "EU", "IGO"),
    ("German Foreign Ministry", "DEU", "GOV"),
])
def test_institutions(actors: list[Actor], text: str, code: str, sector: str) -> None:
    actor = named(actors, text)[0]
    assert (actor.code, actor.sector) == (code, (sector,))


@pytest.mark.parametrize(("text", "code"), [("Washington", "USA"), ("Beijing", "CHN"), ("Moscow", "RUS")])
def test_capitals_as_actors(actors: list[Actor], text: str, code: str) -> None:
    found = [a for a in actors if a.text == text]
    assert found and all((a.code, a.resolved_by) == (code, "capital-metonym") for a in found)


@pytest.mark.parametrize(("text", "name"), [
    ("Baerbock", "Annalena Baerbock"), ("Qin", "Qin Gang"), ("Blinken", "Antony Blinken"),
    ("Zelensky", "Volodymyr Zelensky"), ("Macron", "Emmanuel Macron"), ("Xi", "Xi Jinping"),
    ("Chinese leader", "Xi Jinping"),
])
def test_later_bare_mentions(actors: list[Actor], text: str, name: str) -> None:
    found = [a for a in actors if a.text == text]
    assert found and all((a.name, a.resolved_by) == (name, "coreference") for a in found)


def test_pronouns(actors: list[Actor]) -> None:
    pronouns = [a.name for a in actors if a.text in ("he", "He", "she", "her")]
    # Zelensky ("he said in a statement"), Macron (three times), Baerbock ("During her visit"),
    # Blinken ("He also said"), Ignatius ("As he said", after "In his comment, Ignatius ...")
    assert pronouns == ["Volodymyr Zelensky", "Emmanuel Macron", "Emmanuel Macron",
                        "Emmanuel Macron", "Annalena Baerbock",
                        "Antony Blinken", "David Ignatius"]


def test_places_are_not_actors(actors: list[Actor]) -> None:
    # "talks at the Grand Kremlin Palace, in Moscow, Russia", "clashed ... in Berlin"
    texts = {a.text for a in actors}
    assert "Berlin" not in texts and "Grand Kremlin Palace" not in texts
    assert sum(a.text == "Moscow" for a in actors) == 2  # "crushing Moscow", "pushed Moscow"
