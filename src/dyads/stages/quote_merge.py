"""How the quotes of one story are merged: a reported clause and the quotations it holds,
and the stable id of each quote. Helpers of :mod:`dyads.stages.quotes`."""

from __future__ import annotations

import hashlib

from dyads.records import Quote, Span
from dyads.stages import Document
from dyads.stages.quote_cues import cues


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _compatible(indirect: Quote, direct: Quote) -> bool:
    """A reported clause stands beside a quotation only if apart from it or absorbing it."""
    return not _overlap(indirect.content, direct.content) or _absorbs(indirect, direct)


def _absorbs(indirect: Quote, direct: Quote) -> bool:
    """A reported clause that holds a whole quotation and more words makes it a mixed quote."""
    if indirect.kind != "mixed" or not _inside(direct.content, indirect.content):
        return False
    if indirect.cue == direct.cue:
        return True
    outside = (indirect.content.text[:direct.content.start - indirect.content.start]
               + " " + indirect.content.text[direct.content.end - indirect.content.start:])
    words = [w for w in outside.split() if w.strip("\"\u201c\u201d.,").lower() not in ("", "that")]
    return len(words) >= 1


def _quote_id(document: Document, content: Span, cue: Span, conjunct: int | None = None) -> str:
    """Stable for a story, a content and a cue under one version of the cue lexicon; ``conjunct``:
    where a second speaker named beside the first starts ('Lee and Kim said')."""
    key = f"{document.story.story_id}|{cues().version}|{content.start}|{cue.start}"
    if conjunct is not None:
        key += f"|{conjunct}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


__all__: list[str] = []
