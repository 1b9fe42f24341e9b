"""Docs stay honest: every command has help, every setting is documented, __all__ is true."""

from __future__ import annotations

import argparse
import re
import types
from pathlib import Path

import pytest

import dyads
from dyads.cli import build_parser
from dyads.settings import DECLARED, Settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_and_option_has_help(name: str) -> None:
    parser = subcommands()[name]
    assert parser.description, f"'dyads {name}' has no description"
    for action in parser._actions:
        if action.option_strings and action.dest != "help":
            assert action.help, f"'dyads {name} {action.option_strings[0]}' has no help"


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"dyads {name}" in README


@pytest.mark.parametrize("setting", DECLARED, ids=lambda s: s.name)
def test_every_setting_is_documented_and_declared(setting) -> None:
    assert f"`{setting.name}`" in README, f"setting {setting.name} is not in the README"
    assert getattr(Settings(), setting.name) == setting.default


def test_all_names_exist_and_are_exported() -> None:
    for name in dyads.__all__:
        assert getattr(dyads, name) is not None
    public = {n for n, v in vars(dyads).items() if not n.startswith("_") and not isinstance(v, types.ModuleType)}
    assert public - {"annotations", "Any"} <= set(dyads.__all__)


def test_quick_start_commands_exist() -> None:
    commands = re.findall(r"^python3 dev\.py (\w+)", README, flags=re.M)
    assert commands[:2] == ["demo", "test"]
    assert (ROOT / ".ci" / "run").read_text().count("python3 dev.py test") == 1
