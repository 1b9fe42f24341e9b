"""Settings: one declared table; a file overlays what it sets; environment overlays that."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.errors import SettingsError
from dyads.settings import DECLARED, Settings, load_settings


def test_defaults_match_the_declared_table() -> None:
    settings = load_settings(environ={})
    for declared in DECLARED:
        assert getattr(settings, declared.name) == declared.default


def test_file_overlays_only_what_it_sets(tmp_path: Path) -> None:
    path = tmp_path / "dyads.toml"
    path.write_text('workers = 2\nmodel = "en_core_web_sm"\n')
    settings = load_settings(path, environ={})
    assert (settings.workers, settings.model, settings.batch_size) == (2, "en_core_web_sm", 32)


def test_environment_overlays_the_file(tmp_path: Path) -> None:
    path = tmp_path / "dyads.toml"
    path.write_text("workers = 2\n")
    assert load_settings(path, environ={"DYADS_WORKERS": "3"}).workers == 3


@pytest.mark.parametrize("text, message", [
    ("colour = 'blue'\n", "unknown setting"),
    ("workers = 'many'\n", "not a valid int"),
    ("workers = 0\n", ">= 1"),
    ("min_confidence = 2.0\n", "between 0 and 1"),
    ("workers = \n", "cannot read settings file"),
])
def test_bad_settings_are_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "dyads.toml"
    path.write_text(text)
    with pytest.raises(SettingsError, match=message):
        load_settings(path, environ={})


def test_replace_ignores_none_and_validates() -> None:
    assert Settings().replace(workers=None).workers == 1
    with pytest.raises(SettingsError):
        Settings().replace(batch_size=0)
