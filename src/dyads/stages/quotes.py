"""The quote stage: who said what, with the cue verb that says so.

Three kinds of quote are found in one pass over the story's tokens:

``direct``
    a quotation in marks (see :mod:`dyads.stages.quote_cues`; scanned by
    :mod:`dyads.stages.quote_direct`) with a speech frame beside it:
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
    Y as Z``, when a name, pronoun or actor says it), the public stance of a coded political actor
    (``China rejected the claim that ...``, ``X blamed Y for Z``, ``X determined that ...``: the
    ``voiced`` cues of the lexicon), a parenthetical frame (``Europe, he said,
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
off by commas before the writer's own clause, ``..., Lee said, but now ...``, or before a
closing phrase of a preposition, ``..., experts said, after years of talks.``). In an interview
transcript (``VOA: ...? Jane Doe: ...``) each answer is a direct quote cued by its label
(:mod:`dyads.stages.quote_transcripts`).

The pipeline's quote stage stays with speech. What a story attributes without speech
(beliefs, intentions, judgements) is found by :mod:`dyads.stages.attributions`, whose finder
extends this module's.

The speaker is the actor mention of the frame's subject (pronouns and short names resolve
through the actor stage; cue frames and their speakers are found by
:mod:`dyads.stages.quote_frames`); a subject with no mention becomes an unresolved actor
(``code`` None, ``resolved_by`` ``"name"``). Where the parse gives a cue no subject, the name
right before it speaks (``..., or NISA, said``); a group speaker takes the code of the member
it names (``Critics, including X, say``, or ``such as X``); a lone name with no mention of its own is the
coded person named earlier with that word in the name (``Robert Manning ... Manning said``);
a 'he' or 'she' the actor stage resolved against the flow of the quotes is the person quoted
just before, and a quotation carrying on a framed one keeps its speaker; speakers joined by
'and' each say it, one quote apiece (``Kim and the rights groups say ...``; all in
:mod:`dyads.stages.quote_speakers`). Cue verbs and phrases are data:
``dyads/data/quote_cues.tsv``, read by :mod:`dyads.stages.quote_cues`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from dyads.records import Quote, Span
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stages.quote_cues import Quoted
from dyads.stages.quote_direct import _DirectFinder
from dyads.stages.quote_frames import _FINITE, _RELATIVE, _SENTENCE_END, _SUBJECTS, _Frame, _is_mark, _source_of
from dyads.stages.quote_merge import _absorbs, _compatible
from dyads.stages.quote_speakers import carry_pronoun_speakers, conjoined_speakers
from dyads.stages.quote_transcripts import Turn, spoken_by_answerer, transcript_answers

_HEADLINE = re.compile(r"^([A-Z][^:\n]{0,60}?)\s*:[ \t]+(\S[^\n]*)$", re.MULTILINE)
_WORDS = re.compile(r"\w")
_VERDICT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})  # "called X \"unbearable\""
_COMPLETING = frozenset({"oprd", "xcomp", "ccomp"})  # 'called it a mistake', 'urged X to ...'
_COMPLETING_PREPS = frozenset({"as", "for", "of", "over"})  # 'described X as Y', 'blamed X for Y'
_STOPS = ".!?"
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_CONTRAST = frozenset({"while", "whereas"})
_VERDICT_GAP = 6  # words between an appraised object and its verdict in marks ('called X to do Y "...")
_THAT_REACH = 8  # words of a cue's own phrases before the 'that' of its clause ('told VOA on Friday that')


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
    return replace(document, quotes=tuple(conjoined_speakers(document, _Finder(document).quotes())))


class _Finder(_DirectFinder):
    """Finds the quotes of one story: reported speech, headlines and interview answers here,
    direct quotations in :class:`dyads.stages.quote_direct._DirectFinder`.

    :class:`dyads.stages.attributions._AttributionFinder` extends it through ``quotes``,
    ``_cued``, ``_reporting_frame``, ``_complement``, ``_min_content_words`` and ``_negated_reports``.
    """

    _min_content_words = 2  # 'said so' is no quote
    _negated_reports = False  # 'did not say ...' reports no speech

    def quotes(self) -> list[Quote]:
        direct = self._direct()
        indirect = [self._absorbing(i, direct) for i in self._indirect() + self._headlines()]
        indirect = [i for i in indirect if all(_compatible(i, d) for d in direct)]
        kept = [d for d in direct if not any(_absorbs(i, d) for i in indirect)]
        found = sorted(kept + indirect, key=lambda q: (q.content.start, q.cue.start))
        return carry_pronoun_speakers(self.document, self._with_transcript(found))

    # --- interview transcripts ----------------------------------------------------------------

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

    # --- headlines ----------------------------------------------------------------------------

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

    # --- indirect quotes ----------------------------------------------------------------------

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
        """The frame of a verb that reports what follows it: here a cue verb of speech, or an
        attitude voiced in public."""
        return self._cue_frame(verb) or self._voiced_frame(verb)

    def _voiced_frame(self, verb: Token) -> _Frame | None:
        """'X rejected the claim that ...', 'X blamed Y for Z': the public stance of a political
        actor (a state, an official, a party or an organisation, which the actor stage codes) is an
        official statement, reported as speech."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lexicon.voiced:
            return None
        speaker = self._speaking(verb)
        if speaker is None or not self._coded(speaker):
            return None
        return _Frame(verb.i, verb.i, speaker)

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
            first = _subject_as_object(verb, children, clause, first)
            if first < verb.i < clause.i:  # 'a move that groups say is unlawful': not the relative word
                first = frame.last + 1
            return self._coordinated_gerund(verb, children, first), last
        if verb.dep_ == "parataxis" and verb.head.i > verb.i:
            first, last = self._clause_tokens(verb.head, verb)
            return min(first, verb.head.left_edge.i), last
        return (self._that_clause(verb) or self._gerund_clause(verb, children) or self._relative_report(verb, children)
                or _object_then_verb(verb, children) or self._speech_act(verb, children) or self._closing_frame(verb))

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
        if head is None:
            return None
        lemma = verb.lemma_.lower()
        voiced = (lemma in self.lexicon.voiced and self.lexicon.takes(lemma, "object")  # 'blamed X for Y'
                  and (self.lexicon.takes(lemma, "bare") or _holds_a_clause(head)))  # 'rejected the claim that ...'
        if not (lemma in self.lexicon.speech_acts or voiced
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
                and not self._writer_goes_on(verb, closing) and not self._closing_phrase(closing):
            return None
        return sentence.start, opening - 2

    def _closing_phrase(self, closing: int) -> bool:
        """'X is shifting its priorities, experts said, after years of talks.': one phrase of a
        preposition set off by a comma after the frame ends the sentence; it tells when or why,
        and is no words of the speaker's."""
        sentence = self.doc[closing].sent
        words = [t for t in self.doc[closing + 1:sentence.end] if not (t.is_punct or t.is_space)]
        if closing + 2 >= sentence.end or self.doc[closing + 1].text != "," or not words:
            return False
        phrase = self.doc[closing + 2]
        return phrase.dep_ == "prep" and phrase.i == words[0].i and phrase.right_edge.i >= words[-1].i

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


def _contrasted(verb: Token) -> bool:
    """'A said X, while B said Y': a clause set against the one before it by 'while' or
    'whereas' that reports a clause of its own is a second speaker's, not more of the first
    one's words ('..., while the siege continues' is)."""
    return (any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in verb.children)
            and any(c.dep_ == "ccomp" for c in verb.children))


def _object_then_verb(verb: Token, children: list[Token]) -> tuple[int, int] | None:
    """'cautioned the proposed ban should not add ...': a clause without 'that' that the parser
    split into the cue's object and a verb joined to the cue with no conjunction."""
    head = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    joined = next((c for c in children if c.dep_ == "conj" and head is not None and c.i > head.right_edge.i), None)
    if head is None or joined is None or any(c.dep_ == "cc" and c.i < joined.i for c in children):
        return None
    return (head.left_edge.i, joined.right_edge.i) if _object_is_subject(head, joined) else None


def _subject_as_object(verb: Token, children: list[Token], clause: Token, first: int) -> int:
    """'warned the new tax would hurt farmers': the parser took the reported clause's subject
    for the cue's object; the clause opens with it."""
    head = next((c for c in children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    return head.left_edge.i if head is not None and _object_is_subject(head, clause) else first


def _object_is_subject(head: Token, verb: Token) -> bool:
    """A common noun right before a verb with no subject of its own but a modal or auxiliary
    ('the ban should not add'): the noun is that verb's subject, not an addressee ('told VOA')."""
    helped = any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children)
    return (helped and head.pos_ == "NOUN" and verb.left_edge.i == head.right_edge.i + 1
            and not any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children))


def _characterizes(head: Token, siblings: list[Token]) -> bool:
    """'described the dispute as vital', 'denounced the moves as an attack': a speech verb's
    object with an 'as' verdict after it is what was said, whatever the verb."""
    return any(s.dep_ == "prep" and s.lower_ == "as" and s.i > head.i for s in siblings)


def _holds_a_clause(noun: Token) -> bool:
    """'the claim that X', 'the idea migration can help': a noun completed by a clause with a
    subject of its own states a proposition; 'the request to brief it' and a relative clause
    ('the offer that X made', parsed ``relcl``) do not."""
    return any(c.dep_ in ("acl", "ccomp") and any(g.dep_ in _CLAUSE_SUBJECTS for g in c.children)
               for c in noun.children)


def _names_a_thing(verb: Token) -> bool:
    """'an app called "Meter"': a participle after a noun names it, appraising nothing."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


__all__ = ["extract_quotes"]
