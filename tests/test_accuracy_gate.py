"""The accuracy gate: the coder must not fall below the pinned floors on the shipped gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyads.eval.runner import evaluate
from dyads.settings import Settings

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text())


def metric(report: dict[str, Any], dotted: str) -> float:
    value: Any = report
    for key in dotted.split("."):
        value = value[key]
    return float(value)


@pytest.fixture(scope="module")
def plover_report() -> dict[str, Any]:
    return evaluate(["plover"], Settings())["plover"].to_dict()


@pytest.mark.parametrize("name, floor", sorted(BASELINE["plover"].items()))
def test_plover_metric_stays_above_its_floor(plover_report: dict[str, Any], name: str, floor: float) -> None:
    assert metric(plover_report, name) >= floor, f"{name} fell below its floor {floor}"
