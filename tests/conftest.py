"""Shared test fixtures: the ../shared folder (skipped cleanly when absent) and sample paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples" / "voa_sample.jsonl"
SEED = SHARED / "seed" / "000_65ba51254759c753.txt"
VOA = SHARED / "corpora" / "voa_stories.jsonl"


def shared_file(path: Path) -> Path:
    """Return ``path`` or skip the test when ../shared (or that file) is absent."""
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    return path
