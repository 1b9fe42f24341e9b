"""A coding run: read sources, code stories, store and write them, record rejects, summarise."""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from dyads.ingest import read_stories
from dyads.pipeline import code_stream
from dyads.progress import Progress
from dyads.records import CodedStory, Reject, Story
from dyads.settings import Settings
from dyads.store import Store, dump_line

log = logging.getLogger(__name__)

WRITE_BATCH = 64


@dataclass
class RunSummary:
    """What a run did, for the end-of-run screen and for callers."""

    coded: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    events: int = 0
    quotes: int = 0
    stances: int = 0
    actors: int = 0
    seconds: float = 0.0
    db: str | None = None
    out: str | None = None
    rejects_file: str | None = None

    def add(self, coded: CodedStory) -> None:
        """Count one coded story and its records."""
        self.coded += 1
        self.events += len(coded.events)
        self.quotes += len(coded.quotes)
        self.stances += len(coded.stances)
        self.actors += len(coded.actors)

    def format(self) -> str:
        """The one-screen summary printed at the end of ``dyads code``."""
        rate = self.coded / self.seconds if self.seconds else 0.0
        lines = [
            f"stories coded     {self.coded:>8,}",
            f"stories rejected  {sum(self.rejected.values()):>8,}"
            + (f"   ({', '.join(f'{r}: {n}' for r, n in sorted(self.rejected.items()))})" if self.rejected else ""),
            f"events            {self.events:>8,}",
            f"quotes            {self.quotes:>8,}",
            f"stances           {self.stances:>8,}",
            f"actor mentions    {self.actors:>8,}",
            f"time              {self.seconds:>8.1f} s   ({rate:,.2f} stories/s)",
        ]
        lines += [f"{label:<18}{value}" for label, value in
                  (("database", self.db), ("jsonl", self.out), ("rejects", self.rejects_file)) if value]
        return "\n".join(lines)


class _Sink:
    """Where coded stories and rejects go: database, JSONL file, rejects file, summary."""

    def __init__(self, stack: ExitStack, summary: RunSummary, db: Path | None, out: Path | None,
                 rejects: Path | None, progress: Progress):
        self.summary, self.progress = summary, progress
        self.store = stack.enter_context(Store(db)) if db else None
        self.out = _open(stack, out)
        self.rejects = _open(stack, rejects)
        self.pending: list[CodedStory] = []

    def coded(self, coded: CodedStory) -> None:
        self.summary.add(coded)
        self.progress.tick(coded=1)
        if self.out:
            self.out.write(dump_line(coded) + "\n")
        self.pending.append(coded)
        if len(self.pending) >= WRITE_BATCH:
            self.flush()

    def rejected(self, reject: Reject) -> None:
        log.warning("rejected %s: %s", reject.origin, reject.detail)
        self.summary.rejected[reject.reason] += 1
        self.progress.tick(rejected=1)
        if self.rejects:
            self.rejects.write(json.dumps(_reject_dict(reject), ensure_ascii=False) + "\n")
        if self.store:
            self.store.write_reject(reject)

    def flush(self) -> None:
        if self.store and self.pending:
            self.store.write_many(self.pending)
        self.pending = []


def _open(stack: ExitStack, path: Path | None) -> IO[str] | None:
    if path is None:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    return stack.enter_context(path.open("w", encoding="utf-8"))


def _reject_dict(reject: Reject) -> dict[str, Any]:
    return {"origin": reject.origin, "story_id": reject.story_id, "reason": reject.reason,
            "detail": reject.detail}


def _stories_only(items: Iterable[Story | Reject], sink: _Sink) -> Iterator[Story]:
    for item in items:
        if isinstance(item, Reject):
            sink.rejected(item)
        else:
            yield item


def run(sources: Iterable[str | Path], settings: Settings, *, story_date: date | None = None,
        db: Path | None = None, out: Path | None = None, rejects: Path | None = None,
        progress: Progress | None = None) -> RunSummary:
    """Code every story in ``sources`` into the database and/or a JSONL file.

    Bad inputs and stories that fail to code are recorded (rejects file,
    database, log) and counted; they never stop the run.
    """
    summary = RunSummary(db=str(db) if db else None, out=str(out) if out else None,
                         rejects_file=str(rejects) if rejects else None)
    progress = progress or Progress(enabled=False)
    started = time.perf_counter()
    with ExitStack() as stack:
        sink = _Sink(stack, summary, db, out, rejects, progress)
        items = read_stories(sources, date=story_date, max_chars=settings.max_chars)
        for result in code_stream(_stories_only(items, sink), settings):
            sink.rejected(result) if isinstance(result, Reject) else sink.coded(result)
        sink.flush()
    progress.close()
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = ["RunSummary", "run"]
