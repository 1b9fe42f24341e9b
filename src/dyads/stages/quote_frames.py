"""Cue frames and speakers: the ground the quote finders stand on.

A frame is a cue (a verb such as 'said', 'as saying' after 'quoted', a dash signing a
quotation, an interview label) and the token of the speaker it names. :class:`_FrameFinder`
holds one story's tokens, sentences and quoted stretches, and finds the frame of a cue
word: its speaker is the cue's subject, borrowed from the clause it hangs on when it has
none (a gerund after a preposition, from the verb the preposition modifies); failing a parse
that gives it one, the name right before a finite cue or the last subject before a participle.
A relative pronoun stands for the noun it hangs on; a document cited as a source ('a review by
VOA') speaks for the coded actor who made it. It also turns token ranges into the
:class:`~dyads.records.Quote` records of the stage.

The direct quotations are scanned by :mod:`dyads.stages.quote_direct`, reported speech by
:mod:`dyads.stages.quotes`, which both extend :class:`_FrameFinder`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyads.records import Quote, SentenceRef, Span
from dyads.stages import Document
from dyads.stages.actors import mention_at
from dyads.stages.quote_cues import cues, quoted_stretches, tokens_inside
from dyads.stages.quote_merge import _quote_id
from dyads.stages.quote_speakers import speaker_actor

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_INHERITS_SUBJECT = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
_CLIMBS_TO_SUBJECT = _INHERITS_SUBJECT | {"ccomp", "acomp"}  # a misparse's clause; 'X is likely to say'
_EDGE_PUNCT = frozenset(",.;:-\u2014\u2013")
_RELATIVE = frozenset({"who", "which", "that"})
_DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')  # a lone ’ is a possessive ('Guterres’ spokesman')
_SENTENCE_END = frozenset({".", "!", "?"})
_AUTHORING = frozenset({"by", "from"})  # 'a review by X', 'data from X'
_TIMES = frozenset({"DATE", "TIME"})
_DESCRIBING = frozenset({"appos", "acl", "relcl"})  # 'Lee, the mayor, said', 'Lee, speaking in Ohio, said'
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
_PLURAL_SUBJECTS = frozenset({"NNS", "NNPS"})  # who may say 'maintain', not 'maintains'
_PLAIN_PRESENT_PRONOUNS = frozenset({"i", "we", "you", "they"})
# Prepositions whose gerund the subject of the verb always does ('tripped up Lee by calling ...'),
# against 'for' and 'from', whose gerund a verb's object may do ('thanked X for wearing ...').
_SUBJECT_CONTROLLED = frozenset({"by", "before", "after", "while", "without", "upon", "since", "despite"})


@dataclass(frozen=True)
class _Frame:
    """A cue and the speaker it names: cue tokens ``first`` .. ``last`` inclusive."""

    first: int
    last: int
    speaker: Token | None
    bounds: tuple[int, int] | None = None  # tokens the speaker must stay within


class _FrameFinder:
    """One story's tokens and quotations, the frames of its cue words and its quote records."""

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
        self.reporting = self.lexicon.verbs | self.lexicon.attitudes  # verbs whose clause has its own subject

    # --- cues and speakers --------------------------------------------------------------------

    def _cue_frame(self, token: Token) -> _Frame | None:
        """The frame of a cue verb: its span and speaker; None if ``token`` is no cue."""
        if token.pos_ not in ("VERB", "AUX") and not (token.tag_.startswith("VB")):
            return None
        if _opens_a_name(token):
            return None  # a name the parser read as a verb ('Sayed Abdul Sadat ... told VOA')
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
        subject = self._joined_name(cue) or _glued_name(cue) or self._reduced_relative(cue) or self._subject(cue)
        if subject is not None:
            return subject
        if cue.tag_ in _FINITE:
            before = self._name_before(cue)
            return before if before is not None and before.pos_ in _NOMINAL | {"NUM"} else None
        if cue.tag_ == "VBG":
            subjects = [t for t in cue.sent if t.i < cue.i and t.dep_ in _SUBJECTS and not self._in_quotation(t)]
            if subjects:
                return self._antecedent(subjects[-1])
        elif not _describes_the_root(cue):
            return None
        root = cue.sent.root  # 'Erin Brockovich, the activist, ... saying she ...': a verbless sentence
        return root if root.pos_ in _NOMINAL and root.i < cue.i else None

    def _reduced_relative(self, cue: Token) -> Token | None:
        """'criticism from legal experts and political groups arguing that ...': a participle
        right after the noun of an actor, with no comma between, is a relative clause of that
        noun, whose actors speak (not the sentence's subject); the first of a coordination.
        When the parser hung the participle on the verb instead, only after a preposition's
        object; a document ('issued a statement saying') leaves its issuer speaking."""
        before = self.doc[cue.i - 1] if cue.i > cue.sent.start else None
        if cue.tag_ != "VBG" or before is None or before.pos_ not in ("NOUN", "PROPN") or self._in_quotation(before) \
                or before.lemma_.lower() in self.lexicon.sources:  # 'issued a statement saying': the issuer speaks
            return None
        relative = cue.dep_ == "acl" and cue.head.i == before.i
        if mention_at(self.document, before) is None or not (relative or cue.dep_ == "advcl"):
            return None
        first = before
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        return first if relative or first.dep_ == "pobj" else None

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
            verb = self._host_clause(_governing_word(verb))
        return None

    def _host_clause(self, token: Token) -> Token:
        """Climb out of a reported clause: 'X said (that ..., while reiterating ...)', 'He
        rejected the idea X can work, arguing ...', 'She said she can't see why the book was
        banned, saying ...': a clause reported by a verb of speech or attitude, however deep,
        has its own subject, which does not speak through the participle hung on it."""
        host, climbed = token, token
        while climbed.dep_ == "ccomp" and climbed.head.i != climbed.i \
                and not self._paragraph_between(climbed, climbed.head):
            climbed = climbed.head
            if self._is_cue(climbed):
                host = climbed
        return host

    def _paragraph_between(self, a: Token, b: Token) -> bool:
        """A paragraph break between two words: a parse that ran on across paragraphs."""
        first, last = sorted((a, b), key=lambda t: t.i)
        return "\n" in self.text[first.idx:last.idx]

    def _is_cue(self, token: Token) -> bool:
        return token.lemma_.lower() in self.reporting

    @staticmethod
    def _antecedent(subject: Token) -> Token:
        """'Smith, who leads ...': a relative pronoun stands for the noun it hangs on."""
        if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
            return subject.head.head
        return subject

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

    # --- sources ------------------------------------------------------------------------------

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

    # --- records ------------------------------------------------------------------------------

    def _in_quotation(self, token: Token) -> bool:
        return token.i in self.quoted

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


def _glued_name(cue: Token) -> Token | None:
    """'"Cruz," Beck joked': a name right before the cue that the parser made its compound (a
    verb has none) is its subject."""
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is not None and before.head.i == cue.i and before.dep_ == "compound" and before.pos_ == "PROPN":
        return before
    return None


def _opens_a_name(token: Token) -> bool:
    """A capitalized word that a person's name of several words goes on from ('Sayed Abdul')."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.ent_type_ == "PERSON" and token.text[:1].isupper() and following is not None
            and following.ent_type_ == "PERSON" and following.ent_iob_ == "I" and following.pos_ == "PROPN")


def _describes_the_root(cue: Token) -> bool:
    """'Nigel Farage, a key Brexit figure, joked that ...' read as one noun phrase: a finite cue
    the parser made a participle describing the root noun, or the apposition beside it."""
    host = cue.head
    if host.dep_ == "appos":
        host = host.head
    return cue.tag_ == "VBN" and cue.dep_ == "acl" and host.i == cue.sent.root.i


def _governing_word(clause: Token) -> Token:
    """The word a clause hangs on; for a gerund after a preposition ('said, before adding
    ...', 'began by talking about ...', 'After thanking the crowd, he ...'), the verb the
    preposition modifies, whose subject the gerund shares, unless that verb's object does
    ('thanked a diner for wearing ...', 'stopped Lee from saying ...')."""
    head = clause.head
    if clause.dep_ != "pcomp" or head.dep_ != "prep" or head.head.pos_ not in ("VERB", "AUX"):
        return head
    verb = head.head
    objected = any(c.dep_ == "dobj" for c in verb.children)
    return verb if head.lower_ in _SUBJECT_CONTROLLED or not objected else head


def _disagrees_with_conjunct(verb: Token) -> bool:
    """A plain present verb ('maintain') conjoined to a third person singular one ('is') cannot
    share its subject: the parser hung it on the wrong clause."""
    return (verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and verb.head.tag_ == "VBZ"
            and not any(c.dep_ in (*_SUBJECTS, "aux") for c in verb.children))


def _is_mark(token: Token) -> bool:
    """A double quotation mark; a single one is an apostrophe or a quotation in a quotation."""
    return token.is_quote and any(c in _DOUBLE_MARKS for c in token.text)


__all__: list[str] = []
