"""The quote stage: who said what, with the cue verb that says so.

Three kinds of quote are found in one pass over the story's tokens:

``direct``
    a quotation in marks (see :mod:`dyads.stages.quote_cues`) with a speech frame beside it:
    ``"...," X said.`` / ``X said: "..."`` / ``"...," said X``. A quotation with no frame of
    its own that follows an attributed one (the next sentence, or the next paragraph of a
    quotation running over paragraphs) carries on that quote: same speaker and cue. A
    quotation that closes its sentence takes no frame from the next one but ``"..." X said.``
    Stretches of fewer than four words in marks are not quotations on their own (scare quotes
    such as the so-called "peace plan") unless a frame follows them at once. Words quoted
    inside a clause whose verb is a cue, of speech or attitude, are its subject's (``They
    called on China "to ..."``).
``indirect``
    reported speech: a cue verb and its clause (``X said (that) ...``, ``X told reporters
    ...``, ``..., saying ...``, ``X quoted Y as saying ...``) or, for a speech act, its object
    (``X urged Y to ...``; for any speech verb an object with an ``as`` verdict, ``X described
    Y as Z``, when a name, pronoun or actor says it), a parenthetical frame (``Europe, he said,
    must ...``) or ``according to X, ...`` (a document by, from or of a coded actor speaks for it:
    ``according to a review by VOA``, ``data from the central bank``; after two coordinated
    clauses it speaks for both). A negated cue (``X did not say which ...``) reports
    nothing. The clause stops before a second speaker set against the first (``..., while
    B said ...``) and before an apposition giving someone's answer to it (``..., a charge
    X denied``).
``mixed``
    reported speech with a quoted fragment inside its clause.

Direct quotes are also signed by a dash and a name (``"..." — Jane Doe``), and a frame
that closes its sentence reports the words before it (``..., police said.``; also when set
off by commas before the writer's own clause: ``..., Lee said, but now ...``). In an interview
transcript (``VOA: ...? Jane Doe: ...``) each answer is a direct quote cued by its label
(:mod:`dyads.stages.quote_transcripts`).

The pipeline's quote stage stays with speech. What a story attributes without speech
(beliefs, intentions, judgements) is found by :mod:`dyads.stages.attributions`, whose finder
extends this module's.

The speaker is the actor mention of the frame's subject (pronouns and short names resolve
through the actor stage); a subject with no mention becomes an unresolved actor
(``code`` None, ``resolved_by`` ``"name"``). Where the parse gives a cue no subject, the name
right before it speaks (``..., or NISA, said``); a group speaker takes the code of the member
it names (``Critics, including X, say``, or ``such as X``); a lone name with no mention of its own is the
coded person named earlier with that word in the name (``Robert Manning ... Manning said``);
a 'he' or 'she' the actor stage resolved against the flow of the quotes is the person quoted
just before (:mod:`dyads.stages.quote_speakers`). Cue verbs and phrases are data:
``dyads/data/quote_cues.tsv``, read by :mod:`dyads.stages.quote_cues`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from dyads.records import Quote, SentenceRef, Span
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stages.quote_cues import Quoted, cues, quoted_stretches, tokens_inside
from dyads.stages.quote_merge import _absorbs, _compatible, _quote_id
from dyads.stages.quote_speakers import carry_pronoun_speakers, speaker_actor
from dyads.stages.quote_transcripts import Turn, spoken_by_answerer, transcript_answers

_MIN_WORDS = 4  # a shorter stretch in marks is a quotation only with a frame right after it
_FRAME_REACH = 16  # tokens after a closing mark in which a frame's cue verb may stand
_INSIDE_A_NAME = frozenset({"relcl", "acl", "amod", "compound"})  # 'Lee, who leads X, said'
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERDICT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})  # "called X \"unbearable\""
_INHERITS_SUBJECT = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
_CLIMBS_TO_SUBJECT = _INHERITS_SUBJECT | {"ccomp", "acomp"}  # a misparse's clause; 'X is likely to say'
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
_EDGE_PUNCT = frozenset(",.;:-\u2014\u2013")
_MARKS_AND_SPACE = " \t\r\n\"\u201c\u201d\u201e\u00ab\u00bb"
_HEADLINE = re.compile(r"^([A-Z][^:\n]{0,60}?)\s*:[ \t]+(\S[^\n]*)$", re.MULTILINE)
_WORDS = re.compile(r"\w")
_RELATIVE = frozenset({"who", "which", "that"})
_COMPLETING = frozenset({"oprd", "xcomp", "ccomp"})  # 'called it a mistake', 'urged X to ...'
_COMPLETING_PREPS = frozenset({"as", "for", "of", "over"})  # 'described X as Y', 'blamed X for Y'
_DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')  # a lone ’ is a possessive ('Guterres’ spokesman')
_SENTENCE_END = frozenset({".", "!", "?"})
_STOPS = ".!?"
_CONTRAST = frozenset({"while", "whereas"})
_AUTHORING = frozenset({"by", "from"})  # 'a review by X', 'data from X'
_TIMES = frozenset({"DATE", "TIME"})
_DESCRIBING = frozenset({"appos", "acl", "relcl"})  # 'Lee, the mayor, said', 'Lee, speaking in Ohio, said'
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
_PLURAL_SUBJECTS = frozenset({"NNS", "NNPS"})  # who may say 'maintain', not 'maintains'
_PLAIN_PRESENT_PRONOUNS = frozenset({"i", "we", "you", "they"})
_VERDICT_GAP = 6  # words between an appraised object and its verdict in marks ('called X to do Y "...")
_GOVERNING_REACH = 4  # words from a quotation up to the verb whose clause holds it
_THAT_REACH = 8  # words of a cue's own phrases before the 'that' of its clause ('told VOA on Friday that')
_CLOSING_FRAME = 6  # tokens a frame may take when the quotation before it closed its own sentence
_NAME_RUN = frozenset({"PROPN", "NOUN", "ADJ", "DET"})  # 'said international relations expert Soli Ozel'


@dataclass(frozen=True)
class _Frame:
    """A cue and the speaker it names: cue tokens ``first`` .. ``last`` inclusive."""

    first: int
    last: int
    speaker: Token | None
    bounds: tuple[int, int] | None = None  # tokens the speaker must stay within


def extract_quotes(document: Document) -> Document:
    """The quote stage: every direct, indirect and mixed quote of the story.

    Only speech is quoted here: what someone said, wrote, told or announced. For every
    attribution the story makes, thoughts, intentions and judgements included, see
    :func:`dyads.stages.attributions.extract_attributions`.

    Args:
        document: a parsed story whose actor mentions are resolved.

    Returns:
        The document with ``quotes`` set, in text order.

    Example:
        >>> from dyads.stages.actors import resolve_actors  # doctest: +SKIP
        >>> doc = extract_quotes(resolve_actors(Document(story, nlp(story.text))))  # doctest: +SKIP
        >>> [(q.kind, q.speaker.text, q.content.text) for q in doc.quotes]  # doctest: +SKIP
        [('direct', 'Smith', 'We will win')]
    """
    return replace(document, quotes=tuple(_Finder(document).quotes()))


class _Finder:
    """Finds the quotes of one story.

    :class:`dyads.stages.attributions._AttributionFinder` extends it through ``quotes``,
    ``_cued``, ``_reporting_frame``, ``_complement``, ``_min_content_words`` and ``_negated_reports``.
    """

    _min_content_words = 2  # 'said so' is no quote
    _negated_reports = False  # 'did not say ...' reports no speech

    def __init__(self, document: Document):
        self.document = document
        self.doc: Doc = document.doc
        self.text = document.story.text
        self.lexicon = cues()
        self.starts = [t.idx for t in self.doc]
        self.stretches = quoted_stretches(self.text)
        self.quoted = tokens_inside(self.stretches, self.starts)
        self.sentences = list(self.doc.sents)
        self.sentence_starts = [s.start for s in self.sentences]

    def quotes(self) -> list[Quote]:
        direct = self._direct()
        indirect = [self._absorbing(i, direct) for i in self._indirect() + self._headlines()]
        indirect = [i for i in indirect if all(_compatible(i, d) for d in direct)]
        kept = [d for d in direct if not any(_absorbs(i, d) for i in indirect)]
        found = sorted(kept + indirect, key=lambda q: (q.content.start, q.cue.start))
        return carry_pronoun_speakers(self.document, self._with_transcript(found))

    # --- interview transcripts --------------------------------------------------------------

    def _with_transcript(self, found: list[Quote]) -> list[Quote]:
        """The answers of an interview transcript added as direct quotes; dropped, the quotes
        its labels seemed to cue ('VOA: ...' as a headline) and those inside an answer that
        its speaker frames in the first person ('I would say ...'): the answer holds them."""
        answers, turns = transcript_answers(self.text, self.lexicon.interviewers)
        if not answers:
            return found
        labels = [(t.label_start, t.colon + 1) for t in turns]
        quotes = [self._answer(a) for a in answers]
        kept = [q for q in found if not any(s <= q.cue.start < e for s, e in labels)
                and not any(spoken_by_answerer(q, a) for a in quotes)]
        return sorted(kept + quotes, key=lambda q: (q.content.start, q.cue.start))

    def _answer(self, turn: Turn) -> Quote:
        """A transcript answer as a direct quote cued by its label; its name is the speaker."""
        first, name_last, colon = (self._token_at(c) or 0 for c in (turn.label_start, turn.name_end - 1, turn.colon))
        frame = _Frame(first, colon, self.doc[name_last], bounds=(first, name_last + 1))
        return self._quote("direct", frame, self._span(turn.start, turn.end))

    def _absorbing(self, indirect: Quote, direct: list[Quote]) -> Quote:
        """A reported clause with quoted words runs to the end of the last quotation it takes in:
        one its cue frames, or one it holds all but the closing stop of ('she said that, while
        Y was testifying, she was "overwhelmed."': the quotation is hers, not Y's)."""
        if indirect.kind != "mixed":
            return indirect
        end = indirect.content.end
        for quote in direct:
            inside = indirect.content.start <= quote.content.start < end
            if inside and (quote.cue == indirect.cue or not self.text[end:quote.content.end].strip(_STOPS)):
                end = max(end, quote.content.end)
        if end == indirect.content.end:
            return indirect
        return replace(indirect, content=self._span(indirect.content.start, end))

    # --- cues -----------------------------------------------------------------------------

    def _cue_frame(self, token: Token) -> _Frame | None:
        """The frame of a cue verb: its span and speaker; None if ``token`` is no cue."""
        if token.pos_ not in ("VERB", "AUX") and not (token.tag_.startswith("VB")):
            return None
        lemma = token.lemma_.lower()
        quoted = self._quoted_as(token)
        if quoted is not None:
            return quoted
        if lemma in self.lexicon.verbs:
            return _Frame(token.i, token.i, self._speaking(token))
        particle = next((c for c in token.children if c.dep_ == "prt"), None)
        if particle is not None and (lemma, particle.lower_) in self.lexicon.particle_verbs:
            return _Frame(token.i, max(token.i, particle.i), self._speaking(token))
        return None

    def _quoted_as(self, token: Token) -> _Frame | None:
        """'X quoted Y as saying ...': the cue is 'as saying', the speaker Y."""
        head = token.head
        if not (token.dep_ == "pcomp" and head.lower_ == "as"
                and head.head.lemma_.lower() in self.lexicon.quoted_as):
            return None
        verb = head.head
        named = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return _Frame(head.i, token.i, named)

    def _speaking(self, cue: Token) -> Token | None:
        """Who speaks through a cue verb: its subject; failing a parse that gives it one, for
        a finite cue the name standing right before it ('..., or NISA, said', 'the Post Trump
        said') or, for a participle ('..., announcing ...'), the last subject before it."""
        subject = self._joined_name(cue) or self._subject(cue)
        if subject is not None:
            return subject
        if cue.tag_ in _FINITE:
            before = self._name_before(cue)
            return before if before is not None and before.pos_ in _NOMINAL | {"NUM"} else None
        if cue.tag_ != "VBG":
            return None
        subjects = [t for t in cue.sent if t.i < cue.i and t.dep_ in _SUBJECTS and not self._in_quotation(t)]
        if subjects:
            return self._antecedent(subjects[-1])
        root = cue.sent.root  # 'Erin Brockovich, the activist, ... saying she ...': a verbless sentence
        return root if root.pos_ in _NOMINAL and root.i < cue.i else None

    def _name_before(self, cue: Token) -> Token | None:
        """The word right before a cue in its sentence; across a comma, the name that the
        apposition the comma closes describes ('Willy Neth, coordinator for a group in Ivory
        Coast, says')."""
        comma = cue.i - 1 > cue.sent.start and self.doc[cue.i - 1].text == ","
        at = cue.i - 2 if comma else cue.i - 1
        if at < cue.sent.start or self._in_quotation(self.doc[at]):
            return None
        word = self.doc[at]
        if comma:
            word = self._described(word, cue)
            if word.pos_ == "NUM":
                return None  # 'In 2016, said ...'
        return None if word.ent_type_ in _TIMES else word  # 'About 4 in 10 say', not '... Saturday said'

    @staticmethod
    def _described(word: Token, cue: Token) -> Token:
        """The name an apposition or a participle clause ending in ``word`` describes ('Lee,
        speaking at a rally in Ohio, said'); ``word`` when it ends none."""
        owner = word
        while owner.dep_ in ("pobj", "prep", "compound", "dobj") and owner.head.i < cue.i:
            owner = owner.head
        return owner.head if owner.dep_ in _DESCRIBING and owner.head.i < owner.i else word

    def _subject(self, verb: Token) -> Token | None:
        """The subject of a cue verb, borrowed from the clause it hangs on when it has none."""
        if _disagrees_with_conjunct(verb):  # 'X have rejected claims that Y is unfair and maintain ...'
            root = verb.sent.root
            subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
            plain = subject is not None and (subject.tag_ in _PLURAL_SUBJECTS
                                             or subject.lower_ in _PLAIN_PRESENT_PRONOUNS)
            return subject if plain else None
        seen = 0
        while seen < 6:
            seen += 1
            left = next((c for c in reversed(list(verb.lefts)) if c.dep_ in _SUBJECTS), None)
            right = next((c for c in verb.rights if c.dep_ in _SUBJECTS), None)
            subjects = [c for c in (left, right) if c is not None]
            if subjects:  # of two (a misparse: '12:15 p.m.:<br>Obama says'), the nearer one
                return self._antecedent(min(subjects, key=lambda c: abs(c.i - verb.i)))
            allowed = _CLIMBS_TO_SUBJECT if seen > 1 else _INHERITS_SUBJECT
            if verb.dep_ not in allowed or verb.head.i == verb.i:
                return None
            verb = self._host_clause(verb.head)
        return None

    def _host_clause(self, token: Token) -> Token:
        """Climb out of a reported clause: 'X said (that ..., while reiterating ...)'."""
        while token.dep_ == "ccomp" and self._is_cue(token.head):
            token = token.head
        return token

    def _is_cue(self, token: Token) -> bool:
        return token.lemma_.lower() in self.lexicon.verbs

    @staticmethod
    def _antecedent(subject: Token) -> Token:
        """'Smith, who leads ...': a relative pronoun stands for the noun it hangs on."""
        if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
            return subject.head.head
        return subject

    # --- direct quotes --------------------------------------------------------------------

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
        for token in self.doc[closing + 1:closing + 1 + _FRAME_REACH]:
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

    def _in_quotation(self, token: Token) -> bool:
        return token.i in self.quoted

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

    # --- headlines ---------------------------------------------------------------------

    def _headlines(self) -> list[Quote]:
        """'Trump: We will win.': a paragraph opened by a short name and a colon."""
        found = []
        for match in _HEADLINE.finditer(self.text):
            colon = self._token_at(match.end(1))
            first = self._token_at(match.start(1))
            if colon is None or first is None or self.doc[colon].text != ":":
                continue
            name = [t for t in self.doc[first:colon] if not t.is_punct]
            if not name or len(name) > 5 or not all(t.pos_ == "PROPN" or t.is_title for t in name):
                continue
            content = self._trimmed(colon + 1, self._token_at(match.end(2) - 1) or colon)
            kind = self._kind(content) if content is not None else None
            if content is None or kind is None or self._words(content) < 3:
                continue
            frame = _Frame(colon, colon, name[-1], bounds=(name[0].i, name[-1].i + 1))
            found.append(self._quote(kind, frame, content))
        return found

    # --- indirect quotes ------------------------------------------------------------------

    def _indirect(self) -> list[Quote]:
        found = []
        for token in self.doc:
            if token.lower_ == self.lexicon.according[0]:
                quote = self._according(token)
            else:
                quote = self._cued(token)
            if quote is not None:
                found.append(quote)
        return found

    def _cued(self, token: Token) -> Quote | None:
        """The quote a cue word other than 'according' opens; speech cues are verbs."""
        return self._reported(token) or self._appraised(token)

    def _appraised(self, verb: Token) -> Quote | None:
        """'X called the subsidies "unbearable"', 'dismissed the claims as "baseless"': the object
        with its verdict is a mixed quote of the subject, when the verdict is in quotation marks."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lexicon.appraisals or _names_a_thing(verb):
            return None
        verdict = [c for c in verb.children if c.dep_ in _VERDICT_DEPS or (c.dep_ == "prep" and c.lower_ == "as")]
        objects = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in verdict if c.dep_ == "oprd"][:1]
        if not objects:
            return None  # 'called X "Y"' is often parsed with X as the verdict: X is then the object
        last = max(c.right_edge.i for c in (*objects, *verdict))
        content = self._trimmed(objects[0].left_edge.i, self._verdict_after(last))
        if content is None or self._kind(content) != "mixed":
            return None
        # the verdict's closing mark stands after its last word: 'called it "unbearable."'
        closing = max((q.end for q in self.stretches if content.start <= q.start < content.end and q.closed),
                      default=0)
        if closing >= content.end and closing < len(self.text):
            content = self._span(content.start, closing + 1)
        return self._quote("mixed", _Frame(verb.i, verb.i, self._speaking(verb)), content)

    def _verdict_after(self, last: int) -> int:
        """'called the move to tax spirits "deeply disappointing"': the quoted verdict the parser
        left off the object, a few words after it in the same clause; ``last`` if none."""
        for token in self.doc[last + 1:min(len(self.doc), last + 1 + _VERDICT_GAP)]:
            if token.text in _SENTENCE_END or token.text == ";" or token.dep_ in _SUBJECTS or token.tag_ in _FINITE:
                return last
            stretch = self._opened_by(token)
            if stretch is not None:
                return self._token_at(stretch.end - 1) or last
        return last

    def _opened_by(self, token: Token) -> Quoted | None:
        """The quotation whose opening mark ``token`` is."""
        if not _is_mark(token):
            return None
        return next((q for q in self.stretches if q.start == token.idx + len(token.text)), None)

    def _reported(self, verb: Token) -> Quote | None:
        """'X said (that) ...' / '..., X said' / 'Europe, he said, must ...' / 'X wants to ...'."""
        if self._in_source_phrase(verb):
            return None
        frame = self._reporting_frame(verb)
        if frame is None or (not self._negated_reports and any(c.dep_ == "neg" for c in verb.children)):
            return None  # 'he did not say which ...': no one said it
        span = self._complement(verb, frame)
        if span is None:
            return None
        content = self._trimmed(*self._without_response(*span))
        kind = self._kind(content) if content is not None else None
        if content is None or kind is None or self._words(content) < self._min_content_words:
            return None
        return self._quote(kind, frame, content)

    def _without_response(self, first: int, last: int) -> tuple[int, int]:
        """Content without the apposition that closes it with someone's answer to it ('..., a
        charge New Delhi rejected'): a noun whose relative clause is a cue verb with a subject."""
        for token in self.doc[first:last + 1]:
            if token.dep_ == "appos" and token.right_edge.i == last and token.left_edge.i > first \
                    and any(c.dep_ == "relcl" and self._answers(c) for c in token.children):
                return first, token.left_edge.i - 1
        return first, last

    def _answers(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        return (lemma in self.lexicon.verbs | self.lexicon.attitudes
                and any(c.dep_ in _SUBJECTS for c in verb.children))

    def _reporting_frame(self, verb: Token) -> _Frame | None:
        """The frame of a verb that reports what follows it: here a cue verb of speech."""
        return self._cue_frame(verb)

    def _complement(self, verb: Token, frame: _Frame) -> tuple[int, int] | None:
        """The tokens a cue verb reports: its clause, the clause it interrupts ('Europe, he
        said, must ...') or the words before a frame that closes the sentence.

        A cue whose clause is all quotation reports in its own words only a speech act's object;
        a cue framing the quotation before it ('"...," she said on X. The party ...') reports
        no clause after it, which is the parser running on into the next sentence.
        """
        children = list(verb.children)
        clauses = [c for c in children if c.dep_ == "ccomp"]
        framed = next((c for c in clauses if c.i < verb.i and self._all_quoted(c)
                       and "\n" not in self.text[c.right_edge.idx:verb.idx]), None)
        clause = framed or next((c for c in clauses if c.i > verb.i), clauses[0] if clauses else None)
        if clause is not None and self._all_quoted(clause):  # no quote of its own, but a speech act's
            return self._speech_act(verb, children) or self._clause_tokens(clause, verb)
        if clause is not None:  # the clause after the cue, if two hang on it ('A say X; B say Y')
            first, last = self._clause_tokens(clause, verb)
            if first < verb.i < clause.i:  # 'a move that groups say is unlawful': not the relative word
                first = frame.last + 1
            return self._coordinated_gerund(verb, children, first), last
        if verb.dep_ == "parataxis" and verb.head.i > verb.i:
            first, last = self._clause_tokens(verb.head, verb)
            return min(first, verb.head.left_edge.i), last
        return (self._that_clause(verb) or self._gerund_clause(verb, children) or self._relative_report(verb, children)
                or self._speech_act(verb, children) or self._closing_frame(verb))

    @staticmethod
    def _coordinated_gerund(verb: Token, children: list[Token], first: int) -> int:
        """'say training girls and paying them is the way': the first of two gerund subjects,
        which the parser hangs on the cue, opens the reported clause with the second."""
        gerund = next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
        if gerund is not None and gerund.right_edge.i + 1 == first and gerund.right_edge.dep_ == "cc":
            return gerund.i
        return first

    def _relative_report(self, verb: Token, children: list[Token]) -> tuple[int, int] | None:
        """'the pandemic that it said made it hard to prepare': in a relative clause whose relative
        word is the subject of what is reported, the verb after the cue opens the report."""
        after = next((c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i == verb.i + 1), None)
        relative = verb.left_edge
        if verb.dep_ != "relcl" or after is None or after.tag_ not in _FINITE | {"VBN"} \
                or relative.lower_ not in _RELATIVE:
            return None
        return after.i, self._clause_tokens(after, verb)[1]

    def _gerund_clause(self, verb: Token, children: list[Token]) -> tuple[int, int] | None:
        """'He said creating such a body would deter ...': a clause opened by a gerund subject,
        which the parser hangs on the cue as its open complement, is what the cue reports."""
        gerund = next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
        if gerund is None or not any(t.dep_ == "ccomp" and t.i > gerund.i
                                     and any(c.dep_ in _SUBJECTS for c in t.children) for t in gerund.children):
            return None
        return self._clause_tokens(gerund, verb)

    def _all_quoted(self, clause: Token) -> bool:
        """'He urged X to act: "Y will ..."': a clause wholly in quotation marks is the
        quotation's, not what the cue reports in its own words."""
        return all(t.is_punct or t.is_space or self._in_quotation(t) for t in clause.subtree)

    def _speech_act(self, verb: Token, children: list[Token]) -> tuple[int, int] | None:
        """'X urged Y to ...', 'X accused Y of ...': the object of a speech act is what was said."""
        head = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if head is None or not (verb.lemma_.lower() in self.lexicon.speech_acts
                                or (_characterizes(head, children) and self._someone_speaks(verb))):
            return None
        return self._completed(head, children)

    def _someone_speaks(self, verb: Token) -> bool:
        """The cue's speaker is an actor, a name or a pronoun, not a thing ('details described
        her as ...', 'the transponder reported the ship as docked')."""
        speaker = self._speaking(verb)
        return speaker is not None and (speaker.pos_ != "NOUN" or mention_at(self.document, speaker) is not None)

    def _that_clause(self, verb: Token) -> tuple[int, int] | None:
        """'with Lee warning that the bases are at risk', 'told VOA during a briefing that he
        believes ...': a 'that' clause after the cue and its own objects and phrases is what it
        reports, even when the parser hangs the clause elsewhere."""
        that = self._that_after(verb)
        if that is None or that.dep_ == "det":  # 'echoed that promise'
            return None
        if that.dep_ == "mark":
            return self._marked_clause(verb, that)
        if that.head.dep_ == "relcl" or not self._clause_follows(that):
            return None  # 'told the story that shocked them': a relative pronoun
        last = max(t.i for t in that.sent if not (t.is_punct or t.is_space))
        return that.i, last

    def _marked_clause(self, verb: Token, that: Token) -> tuple[int, int] | None:
        """The clause 'that' marks; with the noun it completes ('announced plans that ...')."""
        clause = that.head
        while clause.dep_ in ("aux", "auxpass") and clause.head.i != clause.i:  # 'that X was encouraging'
            clause = clause.head
        owner = clause.head
        if verb.i < owner.i < that.i and owner.pos_ in ("NOUN", "PROPN"):
            return owner.left_edge.i, owner.right_edge.i
        if clause.i <= verb.i or not any(c.dep_ in _SUBJECTS for c in (*clause.children, *that.head.children)):
            return None
        return that.i, self._clause_tokens(clause, verb)[1]

    def _that_after(self, verb: Token) -> Token | None:
        """The 'that' after a cue, past only words of the cue's own phrases ('told VOA on Friday')."""
        for token in self.doc[verb.i + 1:min(verb.sent.end, verb.i + 1 + _THAT_REACH)]:
            if token.lower_ == "that":
                return token
            if token.pos_ in ("VERB", "AUX") or token.is_punct or not verb.is_ancestor(token):
                return None
        return None

    @staticmethod
    def _clause_follows(that: Token) -> bool:
        """A verb with a subject of its own after 'that' in its sentence."""
        return any(t.dep_ in _SUBJECTS and t.head.i > that.i for t in that.sent if t.i > that.i)

    def _closing_frame(self, verb: Token) -> tuple[int, int] | None:
        """'..., police said.': a frame that closes its sentence reports the words before it.

        The parser often hangs such a sentence's first clause on the cue as anything but its
        complement; the comma before the frame is the sign that the words before are reported.
        """
        joined = self._joined_name(verb)
        subject = joined or next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or (verb.dep_ not in ("ROOT", "parataxis") and joined is None):
            return None
        sentence = verb.sent
        opening = min(subject.left_edge.i, verb.i)
        closing = max(subject.right_edge.i, verb.right_edge.i if joined is not None else verb.i)
        if opening - 2 < sentence.start or self.doc[opening - 1].text != ",":
            return None
        if any(not (t.is_punct or t.is_space) for t in self.doc[closing + 1:sentence.end]) \
                and not self._writer_goes_on(verb, closing):
            return None
        return sentence.start, opening - 2

    def _joined_name(self, verb: Token) -> Token | None:
        """'..., Jane Roe, a spokeswoman, told VOA.': a name between commas right before a
        finite cue with no subject, which the parser joined to (or set beside) the noun before it and the cue
        to the first clause; None for any other cue."""
        if verb.dep_ != "conj" or verb.tag_ not in _FINITE or any(c.dep_ in _SUBJECTS for c in verb.children):
            return None
        if verb.i < 1 or self.doc[verb.i - 1].text != ",":
            return None
        name = self._name_before(verb)
        return name if name is not None and name.pos_ == "PROPN" and name.dep_ in ("conj", "appos") else None

    def _writer_goes_on(self, verb: Token, closing: int) -> bool:
        """'X was better, Lee said, but now his lawyers ...': a frame hung on the clause before it,
        set off by commas, with the writer's own clause (a subject of its own) joined after it by a
        conjunction; 'X is vital, he said, and must stay' goes on with the speaker's words."""
        after = self.doc[closing + 1:closing + 3]
        if not (verb.dep_ == "parataxis" and verb.head.i < verb.i and len(after) == 2
                and after[0].text == "," and after[1].dep_ == "cc"):
            return False
        joined = next((c for c in verb.head.children if c.dep_ == "conj" and c.i > after[1].i), None)
        return joined is not None and any(c.dep_ in _SUBJECTS for c in joined.children)

    def _completed(self, head: Token, siblings: list[Token], skip_head: bool = False) -> tuple[int, int] | None:
        """``head``'s phrase and the siblings after it that complete it ('X as Y', 'X to Y'),
        short of a clause in quotation marks (the quotation's own)."""
        first = head.i + 1 if skip_head else head.left_edge.i
        last = head.right_edge.i
        if last < first:
            return None
        for sibling in siblings:
            if sibling.i > head.i and (sibling.dep_ in _COMPLETING
                                       or (sibling.dep_ == "prep" and sibling.lower_ in _COMPLETING_PREPS)) \
                    and not (sibling.dep_ == "ccomp" and self._all_quoted(sibling)):
                last = max(last, sibling.right_edge.i)
        return first, last

    def _according(self, token: Token) -> Quote | None:
        """'According to X, ...': the object of 'to' speaks; the clause is the content."""
        nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
        if nxt is None or nxt.lower_ != self.lexicon.according[1]:
            return None
        source = _source_of(nxt)
        return self._sourced_clause(token, nxt, source)

    def _in_source_phrase(self, verb: Token) -> bool:
        """'according to show insiders': a verb the parser made of the source's first word."""
        head = verb.head
        return (verb.dep_ == "pcomp" and head.lower_ == self.lexicon.according[1]
                and head.head.lower_ == self.lexicon.according[0])

    def _author(self, source: Token) -> Token:
        """'according to a review by VOA', 'according to the ministry's report': a document no
        actor stands for speaks through the coded actor who wrote it."""
        if self._coded(source):
            return source
        writers = [c for c in source.children if c.dep_ == "poss"]
        for by in self._authored_by(source):
            writers += [c for c in by.children if c.dep_ == "pobj"]
        writers += [c for w in writers for c in w.children if c.dep_ == "poss"]  # 'by VOA's Mandarin Service'
        return next((w for w in writers if self._coded(w)), source)

    @staticmethod
    def _authored_by(source: Token) -> list[Token]:
        """The prepositions naming who made a document: 'a review by X', 'data from X', 'a
        report issued by X'."""
        found = [c for c in source.children if c.dep_ == "prep" and c.lower_ in _AUTHORING]
        return found + [a for c in source.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]

    def _coded(self, token: Token) -> bool:
        mention = mention_at(self.document, token)
        return mention is not None and mention.actor.code is not None

    def _sourced_clause(self, phrase: Token, last: Token, source: Token | None) -> Quote | None:
        """The clause a source phrase (``phrase`` .. ``last``) hangs on, without the phrase."""
        clause = phrase.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == phrase.i or clause.i in range(phrase.left_edge.i, phrase.right_edge.i + 1):
            return None
        while clause.dep_ == "conj" and phrase.i > clause.i and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # 'A, and B, according to X': the source speaks for both
        first, end = clause.left_edge.i, clause.right_edge.i
        while end > first and (self._edge(self.doc[end]) or self.doc[end].text in _SENTENCE_END):
            end -= 1  # '..., according to X.': the phrase closes the clause before its full stop
        if phrase.left_edge.i <= first:
            first = phrase.right_edge.i + 1
        elif phrase.right_edge.i >= end:
            end = phrase.left_edge.i - 1
        content = self._trimmed(first, end)
        kind = self._kind(content) if content is not None else None
        if content is None or kind is None:
            return None
        frame = _Frame(phrase.i, last.i, self._author(self._antecedent(source)) if source is not None else None)
        return self._quote(kind, frame, content)

    def _clause_tokens(self, clause: Token, verb: Token) -> tuple[int, int]:
        """The reported clause, without a second frame hung inside it ('while reiterating',
        'while his lawyer said ...')."""
        first, last = clause.left_edge.i, clause.right_edge.i
        for token in clause.subtree:
            if token.i != clause.i and token.dep_ == "advcl" and token.i > clause.i and self._cue_frame(token) \
                    and (not any(c.dep_ in _SUBJECTS for c in token.children) or _contrasted(token)):
                last = min(last, token.left_edge.i - 1)
        return first, last

    def _kind(self, content: Span) -> str | None:
        """'mixed' when quoted words sit in the clause; None when the clause is all quotation."""
        inside = [q for q in self.stretches if q.start < content.end and content.start < q.end]
        if not inside:
            return "indirect"
        if inside[0].start <= content.start and inside[0].end < content.end:
            return None  # a clause that starts inside a quotation is a parse running past its mark
        outside = list(self.text[content.start:content.end])
        for stretch in inside:
            for at in range(max(stretch.start, content.start), min(stretch.end, content.end)):
                outside[at - content.start] = " "
        return "mixed" if _WORDS.search("".join(outside)) else None

    # --- records --------------------------------------------------------------------------

    def _quote(self, kind: str, frame: _Frame, content: Span) -> Quote:
        cue_first, cue_last = self.doc[frame.first], self.doc[frame.last]
        cue = self._span(cue_first.idx, cue_last.idx + len(cue_last.text))
        sentence = cue_first.sent
        index = bisect.bisect_right(self.sentence_starts, sentence.start) - 1
        return Quote(
            quote_id=_quote_id(self.document, content, cue), kind=kind,
            speaker=speaker_actor(self.document, frame.speaker, frame.bounds), cue=cue, content=content,
            sentence=SentenceRef(index, sentence.start_char, sentence.end_char, sentence.text),
        )

    def _trimmed(self, first: int, last: int) -> Span | None:
        """Tokens ``first`` .. ``last`` as a span, without punctuation at either edge."""
        while first <= last and self._edge(self.doc[first]):
            first += 1
        while last >= first and self._edge(self.doc[last]):
            last -= 1
        if last < first:
            return None
        return self._span(self.doc[first].idx, self.doc[last].idx + len(self.doc[last].text))

    @staticmethod
    def _edge(token: Token) -> bool:
        return token.is_space or token.text in _EDGE_PUNCT

    def _span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def _token_at(self, char: int) -> int | None:
        """The index of the token covering character ``char`` (None past the end)."""
        if char < 0 or char >= len(self.text) or not self.starts:
            return None
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def _sentence_index(self, char: int) -> int:
        token = self._token_at(min(char, len(self.text) - 1)) or 0
        return bisect.bisect_right(self.sentence_starts, token) - 1

    @staticmethod
    def _words(span: Span) -> int:
        return len(span.text.split())


def _source_of(to: Token) -> Token | None:
    """The object of 'according to': its noun, or the object of a verb the parser made of the
    noun's first word ('according to show insiders')."""
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is not None:
        return source
    verb = next((c for c in to.children if c.dep_ == "pcomp"), None)
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None


def _disagrees_with_conjunct(verb: Token) -> bool:
    """A plain present verb ('maintain') conjoined to a third person singular one ('is') cannot
    share its subject: the parser hung it on the wrong clause."""
    return (verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and verb.head.tag_ == "VBZ"
            and not any(c.dep_ in (*_SUBJECTS, "aux") for c in verb.children))


def _contrasted(verb: Token) -> bool:
    """'A said X, while B said Y': a clause set against the one before it by 'while' or
    'whereas' that reports a clause of its own is a second speaker's, not more of the first
    one's words ('..., while the siege continues' is)."""
    return (any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in verb.children)
            and any(c.dep_ == "ccomp" for c in verb.children))


def _characterizes(head: Token, siblings: list[Token]) -> bool:
    """'described the dispute as vital', 'denounced the moves as an attack': a speech verb's
    object with an 'as' verdict after it is what was said, whatever the verb."""
    return any(s.dep_ == "prep" and s.lower_ == "as" and s.i > head.i for s in siblings)


def _names_a_thing(verb: Token) -> bool:
    """'an app called "Meter"': a participle after a noun names it, appraising nothing."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _is_mark(token: Token) -> bool:
    """A double quotation mark; a single one is an apostrophe or a quotation in a quotation."""
    return token.is_quote and any(c in _DOUBLE_MARKS for c in token.text)


__all__ = ["extract_quotes"]
