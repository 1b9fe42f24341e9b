"""Throughput of dyads against the bare spaCy parse of the same stories, in one run.

    python benchmarks/throughput.py [STORIES.jsonl] [--workers N] [--batch-size N] [--repeat K]

Prints one table: stories/s and words/s for (1) the bare spaCy parse with the
same model, batch size and workers, (2) the dyads stages alone over parses
made once (ratio to a serial parse of the same stories), each stage apart, after a
one-time load of its dictionaries (timed and printed apart), (3) `dyads code` end to end into a fresh DuckDB
database; the ratio of each to the parse; and peak memory. Default input: the
VOA corpus in ../shared, else the bundled samples.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import dyads
from dyads.nlp import load_model
from dyads.pipeline import coder_info, stages
from dyads.runner import run
from dyads.settings import Settings
from dyads.stages import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = (ROOT.parent / "shared" / "corpora" / "voa_stories.jsonl", ROOT / "samples" / "voa_sample.jsonl")


def _timed(fn: Callable[[], object], repeat: int) -> float:
    """Best wall time of ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def _bare_parse(texts: list[str], settings: Settings) -> None:
    nlp = load_model(settings.model)
    for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=settings.workers):
        pass


def _stage_times(stories: list[dyads.Story], settings: Settings, repeat: int) -> dict[str, float]:
    """Seconds of the serial parse, of loading the stages' knowledge, and of each stage (best of ``repeat``)."""
    nlp = load_model(settings.model)
    started = time.perf_counter()
    docs = list(nlp.pipe((s.text for s in stories), batch_size=settings.batch_size))
    times = {"parse": time.perf_counter() - started}
    started = time.perf_counter()
    _run_stages([Document(stories[0], docs[0])], settings)  # dictionaries and automata load once per process
    times["one-time knowledge loading"] = time.perf_counter() - started
    for _ in range(repeat):
        for name, seconds in _run_stages([Document(s, d) for s, d in zip(stories, docs)], settings).items():
            times[name] = min(seconds, times.get(name, float("inf")))
    return times


def _run_stages(documents: list[Document], settings: Settings) -> dict[str, float]:
    times = {}
    for stage in stages(settings):
        started = time.perf_counter()
        documents = [stage(d) for d in documents]
        times[getattr(stage, "func", stage).__name__] = time.perf_counter() - started
    return times


def _end_to_end(source: Path, settings: Settings) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run([source], settings, db=Path(tmp) / "bench.duckdb")


def _row(label: str, seconds: float, n_stories: int, n_words: int, parse: float) -> str:
    return (f"| {label:<36} | {seconds:>8.2f} | {n_stories / seconds:>10.1f} | {n_words / seconds:>10,.0f} "
            f"| {seconds / parse:>7.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", nargs="?", type=Path, help="JSONL stories (default: VOA corpus)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best counts")
    args = parser.parse_args()
    source = args.stories or next(p for p in DEFAULT_INPUTS if p.exists())
    settings = Settings(workers=args.workers, batch_size=args.batch_size)
    stories = [s for s in dyads.read_stories([source]) if isinstance(s, dyads.Story)]
    texts = [s.text for s in stories]
    n_words = sum(len(t.split()) for t in texts)
    coder_info(settings)  # load the model before any clock starts

    parse = _timed(lambda: _bare_parse(texts, settings), args.repeat)
    stage_times = _stage_times(stories, settings, args.repeat)
    total = _timed(lambda: _end_to_end(source, settings), args.repeat)

    print(f"input: {source.name}: {len(stories)} stories, {n_words:,} words; model {settings.model}; "
          f"workers {settings.workers}; batch {settings.batch_size}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print("| what                                 |        s |  stories/s |    words/s | x parse |")
    print("|--------------------------------------|---------:|-----------:|-----------:|--------:|")
    print(_row("bare spaCy parse", parse, len(stories), n_words, parse))
    serial_parse = stage_times.pop("parse")
    loading = stage_times.pop("one-time knowledge loading")
    for name, seconds in stage_times.items():
        print(_row(f"stage {name} (serial)", seconds, len(stories), n_words, serial_parse))
    print(_row("all stages (serial)", sum(stage_times.values()), len(stories), n_words, serial_parse))
    print(_row("dyads code, end to end, into DuckDB", total, len(stories), n_words, parse))
    print(f"one-time loading of the stages' knowledge, per process: {loading:.2f} s (not in the rows above)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak memory (this process + largest child): {peak / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
