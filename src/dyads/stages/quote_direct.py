"""Direct quotations: which stretches in quotation marks are quotes, and whose.

A quotation in marks is a quote when a speech frame stands beside it: after its closing
mark (``"...," X said`` / ``"...," said X`` / ``"...," according to X``, or a dash and a
name signing it, ``"..." — Jane Doe``) or before its opening one (``X said: "..."``). A
quotation that closes its sentence takes no frame from the next one but a short one ending
it (``"..." X said.``). A quotation with no frame of its own carries on the attributed one
before it in its paragraph, or opening the next sentence, or in the next paragraph of a
quotation running over paragraphs; a run of quoted paragraphs belongs to the frame that
closes it. Stretches of fewer than four words are not quotations on their own (scare
quotes) unless a frame follows them at once. Words quoted inside a clause whose verb is a
cue, of speech or of attitude, are its subject's (``They called on China "to ..."``).
:class:`_DirectFinder` is extended by the quote stage's finder (:mod:`dyads.stages.quotes`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token
from spacy.tokens import Span as Sentence

from dyads.records import Quote, Span
from dyads.stages.quote_cues import Quoted
from dyads.stages.quote_frames import _SENTENCE_END, _SUBJECTS, _Frame, _FrameFinder, _is_mark, _source_of
from dyads.stages.quote_merge import _quote_id

_MIN_WORDS = 4  # a shorter stretch in marks is a quotation only with a frame right after it
_FRAME_REACH = 16  # tokens after a closing mark in which a frame's cue verb may stand
_INSIDE_A_NAME = frozenset({"relcl", "acl", "amod", "compound"})  # 'Lee, who leads X, said'
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
_MARKS_AND_SPACE = " \t\r\n\"\u201c\u201d\u201e\u00ab\u00bb"
_GOVERNING_REACH = 4  # words from a quotation up to the verb whose clause holds it
_CLOSING_FRAME = 6  # tokens a frame may take when the quotation before it closed its own sentence
_NOUN_PARTS = frozenset({"compound", "amod", "det", "nmod", "poss", "case", "nummod"})  # the words before a noun
_NAME_RUN = frozenset({"PROPN", "NOUN", "ADJ", "DET"})  # 'said international relations expert Soli Ozel'


class _DirectFinder(_FrameFinder):
    """Finds the direct quotes of one story: its quotations in marks and their frames."""

    def _direct(self) -> list[Quote]:
        stretches = [q for q in self.stretches if self.text[q.start:q.end].strip()]
        frames = [self._direct_frame(q) for q in stretches]
        ahead = self._frames_ahead(stretches, frames)
        found: list[Quote] = []
        last: tuple[Quoted, Quote] | None = None
        for stretch, frame, next_frame in zip(stretches, frames, ahead):
            content = self._inside_marks(stretch)
            if frame is not None:
                quote = self._quote("direct", frame, content)
            elif stretch.closed and stretch.words(self.text) < _MIN_WORDS:
                continue  # an unclosed stretch runs on to the next quotation: no scare quote
            elif last is not None and self._carries_on(last[0], stretch, next_frame is None):
                quote = replace(last[1], content=content,
                                quote_id=_quote_id(self.document, content, last[1].cue))
            elif next_frame is not None:
                quote = self._quote("direct", next_frame, content)
            elif (governing := self._governing_frame(stretch)) is not None:
                quote = self._quote("direct", governing, content)
            else:
                continue
            found.append(quote)
            last = (stretch, quote)
        return found

    def _governing_frame(self, stretch: Quoted) -> _Frame | None:
        """'They called on China "to engage in ..."', 'Lee sees "the need to ..."': words quoted
        inside a clause whose verb is a cue, of speech or of attitude, are its subject's."""
        first = self._token_at(stretch.start)
        if first is None or stretch.words(self.text) < _MIN_WORDS:
            return None
        verb = self.doc[first]
        while self._in_quotation(verb) and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(_GOVERNING_REACH):  # 'reaffirmed their commitment to a "free ..."'
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if self._in_quotation(verb) or verb.pos_ not in ("VERB", "AUX"):
            return None
        lemma = verb.lemma_.lower()
        phrases = {(lemma, c.lower_) for c in verb.children if c.dep_ in ("prep", "prt")}
        if lemma in self.lexicon.quoted_as and (lemma, "as") in phrases:
            return None  # 'cited "officials in two countries" as saying ...': the words name the speaker
        if lemma not in self.lexicon.verbs | self.lexicon.attitudes and not phrases & self.lexicon.attitude_phrases:
            return None
        subject = self._subject(verb)
        if subject is None or self._in_quotation(subject):
            return None
        return _Frame(verb.i, verb.i, subject)

    def _frames_ahead(self, stretches: list[Quoted], frames: list[_Frame | None]) -> list[_Frame | None]:
        """For each quotation, the frame of the quotation paragraphs that follow it at once.

        A paragraph in marks with no frame, followed straight away by another quoted paragraph,
        belongs to the frame that closes the run ('"A."<br>"B," she said.').
        """
        ahead: list[_Frame | None] = [None] * len(stretches)
        for k in range(len(stretches) - 2, -1, -1):
            between = self.text[stretches[k].end:stretches[k + 1].start]
            if not between.strip(_MARKS_AND_SPACE):
                if stretches[k + 1].words(self.text) >= _MIN_WORDS:
                    ahead[k] = frames[k + 1] or ahead[k + 1]
        return ahead

    def _direct_frame(self, stretch: Quoted) -> _Frame | None:
        """The frame beside a quotation: after its closing mark, or before its opening one."""
        after = self._frame_after(stretch)
        if after is not None:
            return after
        if stretch.words(self.text) < _MIN_WORDS:
            return None
        return self._frame_before(stretch)

    def _inside_marks(self, stretch: Quoted) -> Span:
        """The quotation without the comma that hands over to its frame ('..., ' he said)."""
        end = stretch.end
        while end > stretch.start and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
            end -= 1
        return self._span(stretch.start, end)

    def _frame_after(self, stretch: Quoted) -> _Frame | None:
        """'"...," X said' / '"...," said X': a cue within a few tokens of the closing mark."""
        closing = self._token_at(stretch.end)
        if closing is None or not stretch.closed:
            return None
        signed = self._signature(closing + 1)
        if signed is not None:
            return signed
        reach = _CLOSING_FRAME if self._closes_sentence(stretch, closing) else _FRAME_REACH
        for token in self.doc[closing + 1:self._frame_reach_end(closing)]:
            if _is_mark(token) or token.text in (".", "!", "?", ";", "(") or "\n" in token.text:
                return None
            frame = self._cue_frame(token) or self._according_frame(token)
            if frame is not None and frame.speaker is None:
                frame = self._inverted(frame, closing)
            if frame is not None and (frame.speaker is not None or stretch.words(self.text) >= _MIN_WORDS):
                fits = self._frame_fits(frame, closing, reach) and self._frames_from_outside(frame, stretch)
                return frame if fits else None
            if token.pos_ == "VERB" and token.dep_ not in _INSIDE_A_NAME:
                return None  # the first verb after the quotation is not a cue: no frame here
        return None

    def _frame_reach_end(self, closing: int) -> int:
        """Where the search for a frame after a quotation stops: a few tokens on, or past the
        verb of a subject that opens right after the closing mark, however long the apposition
        describing it ('"...," Jane Roe, professor of ... in the Netherlands, told VOA')."""
        end = min(len(self.doc), closing + 1 + _FRAME_REACH)
        if closing + 1 >= len(self.doc):
            return end
        word = self.doc[closing + 1]
        while word.dep_ in _NOUN_PARTS and word.head.i > word.i:
            word = word.head
        if word.dep_ in _SUBJECTS and word.left_edge.i == closing + 1 and word.head.i > word.i \
                and word.head.sent.start == word.sent.start:
            end = max(end, word.head.i + 1)
        return end

    def _frames_from_outside(self, frame: _Frame, stretch: Quoted) -> bool:
        """A cue after a quotation frames it unless the quotation is part of its speaker's
        name ('the group "Chagos Voices" asserts') or the cue is coordinated with a verb whose
        subject came before it ('X shared concerns over "..." and agreed to ...')."""
        speaker, first = frame.speaker, self._token_at(stretch.start)
        if speaker is None or first is None:
            return True
        if speaker.left_edge.i <= first <= speaker.right_edge.i:
            return False
        return not (self.doc[frame.first].dep_ == "conj" and speaker.i < first)

    def _according_frame(self, token: Token) -> _Frame | None:
        """'"...," according to X': the object of 'to' speaks."""
        nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
        if token.lower_ != self.lexicon.according[0] or nxt is None or nxt.lower_ != self.lexicon.according[1]:
            return None
        source = _source_of(nxt)
        return _Frame(token.i, nxt.i, self._author(source)) if source is not None else None

    def _closes_sentence(self, stretch: Quoted, closing: int) -> bool:
        """'"... now." Analysts say ...': a full stop in the marks and a capital after them."""
        inner = self.text[stretch.start:stretch.end].rstrip()
        after = next((t for t in self.doc[closing + 1:closing + 3] if not t.is_space), None)
        return (inner.endswith(".") and not inner.endswith("..") and after is not None
                and after.text[:1].isupper())

    def _frame_fits(self, frame: _Frame, closing: int, reach: int) -> bool:
        """After a quotation that closed its sentence, only a short frame ending the next one
        ('"..." Smith said.') speaks it; a longer sentence reports something else."""
        if reach >= _FRAME_REACH:
            return True
        tail = self.doc[frame.last + 1:min(len(self.doc), closing + 1 + reach)]
        ends = next((t.i for t in tail if t.text in _SENTENCE_END or "\n" in t.text), None)
        return ends is not None and all(t.pos_ in ("PROPN", "NOUN", "PRON", "PUNCT", "SPACE", "DET", "ADV")
                                        for t in self.doc[frame.last + 1:ends])

    def _inverted(self, frame: _Frame, closing: int) -> _Frame:
        """'"...," added Bagci' / 'said expert Soli Ozel of ...': the name after the cue speaks."""
        if any(not (t.is_punct or t.is_space) for t in self.doc[closing + 1:frame.first]):
            return frame
        first = frame.last + 1
        last = first
        while last < len(self.doc) and self.doc[last].pos_ in _NAME_RUN:
            last += 1
        run = [t for t in self.doc[first:last] if t.pos_ in ("PROPN", "NOUN")]
        if not run or self.doc[first].pos_ == "DET" and run[-1].pos_ != "PROPN" and len(run) > 3:
            return frame
        return replace(frame, speaker=run[-1])

    def _signature(self, at: int) -> _Frame | None:
        """'"..." ― Jane Doe': a dash and a name right after a quotation sign it."""
        if at >= len(self.doc) or self.doc[at].text not in _DASHES:
            return None
        first = at + 1
        while first < len(self.doc) and self.doc[first].is_space and "\n" not in self.doc[first].text:
            first += 1
        if first >= len(self.doc) or self.doc[first].pos_ != "PROPN":
            return None
        last = first
        while last + 1 < len(self.doc) and self.doc[last + 1].pos_ == "PROPN":
            last += 1
        return _Frame(at, at, self.doc[last], bounds=(first, last + 1))

    def _frame_before(self, stretch: Quoted) -> _Frame | None:
        """'X said: "..."' / 'X said "...' in the sentence before the opening mark."""
        opening = self._token_at(stretch.start - 1)
        if opening is None or opening == 0:
            return None
        previous = self.doc[opening - 1]
        if "\n" in self.text[previous.idx:stretch.start]:
            return None
        sentence = previous.sent
        if previous.text in _SENTENCE_END:
            return self._reported_before(sentence)
        for token in reversed(self.doc[sentence.start:opening]):
            if _is_mark(token):
                return None
            frame = self._cue_frame(token)
            if frame is not None:
                return frame
        return None

    def _reported_before(self, sentence: Sentence) -> _Frame | None:
        """'Akar said Ankara was close to a deal. "We have much in common."': a quotation that
        opens a sentence after one that frames its speaker's words carries them on; the frame
        is the last cue of that sentence outside its own quotations ('"...," said Pavone.'), or
        its 'according to'."""
        for token in reversed(sentence):
            if token.dep_ in _INSIDE_A_NAME or self._in_quotation(token):
                continue
            frame = self._cue_frame(token) or self._according_frame(token)
            if frame is not None and frame.speaker is not None:
                return frame
        return None

    def _next_stretch(self, stretch: Quoted) -> Quoted | None:
        at = self.stretches.index(stretch) + 1
        return self.stretches[at] if at < len(self.stretches) else None

    def _carries_on(self, before: Quoted, stretch: Quoted, across_paragraphs: bool) -> bool:
        """A frameless quotation right after an attributed one continues it.

        Within the paragraph it always does; in the next paragraph only when no frame closes
        the run of quoted paragraphs it opens (``across_paragraphs``). In the next sentence it
        must open that sentence: 'Lee sees "the need to ..."' quotes words in Lee's clause.
        """
        if stretch.continued:
            return self._next_stretch(before) == stretch  # not past a quotation no one spoke
        gap = self.text[before.end:stretch.start]
        if "\n" in gap and (not across_paragraphs or gap.count("\n") > 2):
            return False
        distance = self._sentence_index(stretch.start) - self._sentence_index(before.end)
        return distance == 0 or (distance == 1 and self._opens_sentence(stretch))

    def _opens_sentence(self, stretch: Quoted) -> bool:
        """No words before the quotation's opening mark in its sentence."""
        opening = self._token_at(stretch.start - 1)
        if opening is None:
            return True
        sentence = self.doc[opening].sent
        return all(t.is_punct or t.is_space for t in self.doc[sentence.start:opening])


__all__: list[str] = []
