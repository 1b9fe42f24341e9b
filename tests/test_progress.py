"""Progress: drawn with stories/s on a terminal, silent otherwise; the summary fits one screen."""

from __future__ import annotations

import io
from collections import Counter

from dyads.progress import Progress
from dyads.runner import RunSummary


def test_progress_is_silent_when_disabled() -> None:
    stream = io.StringIO()
    progress = Progress(stream, enabled=False)
    progress.tick(coded=3, rejected=1)
    progress.close()
    assert stream.getvalue() == ""


def test_progress_draws_counts_and_rate_when_enabled() -> None:
    stream = io.StringIO()
    progress = Progress(stream, enabled=True)
    progress.tick(coded=2)
    progress.tick(rejected=1)
    progress.close()
    last = stream.getvalue().split("\r")[-1]
    assert "coded 2" in last and "rejected 1" in last and "stories/s" in last


def test_progress_is_off_by_default_when_not_a_terminal() -> None:
    assert Progress(io.StringIO()).enabled is False


def test_summary_names_every_count_on_one_screen() -> None:
    summary = RunSummary(coded=5, rejected=Counter({"bad-json": 2}), events=7, seconds=2.0, db="x.duckdb")
    text = summary.format()
    assert len(text.splitlines()) <= 20
    for expected in ("stories coded", "stories rejected", "bad-json: 2", "events", "quotes", "stances",
                     "2.50 stories/s", "x.duckdb"):
        assert expected in text
