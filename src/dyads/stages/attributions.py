"""Attributions: everything a story says someone said, thinks, wants or judges.

Besides the speech quotes of :mod:`dyads.stages.quotes`, an attribution is thought and
perception (``X believes ...``, ``a poll shows ...``), intention (``X wants to ...``),
judgement (``X criticized the plan``, ``X called for talks``), a cue noun (``her claim that
...``), a predicate adjective (``X is wary of ...``) or a source named by ``in`` (``in a new
poll, ...``). Only the outermost of attributions reported inside one another is kept, as
attribution corpora (PolNeAR) annotate them. The finder here extends the quote stage's, so
quotes and attributions are found the same way; the attitude cues are data in the same
lexicon (``dyads/data/quote_cues.tsv``). The pipeline does not run this: ``dyads eval
quotes`` scores it on PolNeAR (:func:`dyads.eval.quotes.code_attributions`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads.records import Quote
from dyads.stages import Document
from dyads.stages.quote_merge import _inside
from dyads.stages.quotes import _Finder, _Frame

_COMPLEMENTS = {"dobj": "object", "oprd": "object", "xcomp": "infinitive"}  # what a cue verb with no clause attributes
_TOPIC_PREPS = frozenset({"about", "for", "on", "against", "of", "over"})  # 'X complained about Y'
_ADJECTIVE_PREPS = frozenset({"about", "of", "with", "on", "over", "toward", "towards"})  # 'wary of X'
_NOUN_PREPS = frozenset({"of", "for", "about", "on", "against"})  # 'criticism of X', 'call for X'


def extract_attributions(document: Document) -> Document:
    """Every attribution of the story: its quotes, and what it says people think or want.

    Besides speech this takes in the attitude cues of the lexicon: belief and perception
    ('believes', 'a poll shows'), intention ('wants to', 'vowed to'), judgement ('criticized
    the plan', 'called for talks') and cue nouns ('her claim that ...'), as attribution
    corpora such as PolNeAR annotate them. An attribution reported inside another's content
    ('she said he believes ...') is part of that one, not a second. Each is a :class:`Quote`
    record, so the result can stand in the document's ``quotes``.

    Args:
        document: a parsed story whose actor mentions are resolved.

    Returns:
        The document with ``quotes`` set to the attributions, in text order.

    Example:
        >>> doc = extract_attributions(resolve_actors(Document(story, nlp(text))))  # doctest: +SKIP
        >>> [(q.speaker.text, q.cue.text, q.content.text) for q in doc.quotes]  # doctest: +SKIP
        [('Smith', 'wants', 'to raise taxes')]
    """
    return replace(document, quotes=tuple(_AttributionFinder(document).quotes()))


class _AttributionFinder(_Finder):
    """Finds the attributions of one story: its quotes, attitude cues and cue nouns."""

    _min_content_words = 1  # a one-word object is an attribution ('criticized Smith')
    _negated_reports = True  # 'does not believe ...' attributes a stance all the same

    def quotes(self) -> list[Quote]:
        return _outermost(super().quotes())

    def _cued(self, token: Token) -> Quote | None:
        """The attribution a cue word opens: a source named by 'in', a cue noun or adjective, a verb."""
        if token.lower_ == "in" and token.dep_ == "prep":
            return self._in_source(token)
        if token.pos_ == "NOUN":
            return self._noun_cue(token)
        if token.pos_ == "ADJ":
            return self._adjective_cue(token)
        return self._reported(token)

    def _reporting_frame(self, verb: Token) -> _Frame | None:
        """A cue phrase ('called for'), a cue verb of speech, or a verb of attitude."""
        return self._phrase_frame(verb) or self._cue_frame(verb) or self._attitude_frame(verb)

    def _complement(self, verb: Token, frame: _Frame) -> tuple[int, int] | None:
        """The tokens a cue attributes: the object of its preposition, the clause its 'for'
        marks, a reported clause (as for speech), or else what the verb alone attributes."""
        children = list(verb.children)
        if frame.last > frame.first and self.doc[frame.last].dep_ == "prep":
            return self._completed(self.doc[frame.last], children, skip_head=True)
        if frame.last > frame.first and self.doc[frame.last].dep_ == "mark":
            return frame.last + 1, self.doc[frame.last].head.right_edge.i
        reported = super()._complement(verb, frame)
        if reported is not None:
            return reported
        return self._attributed_by_verb(verb, frame, children)

    def _attributed_by_verb(self, verb: Token, frame: _Frame, children: list[Token]) -> tuple[int, int] | None:
        """A cue verb with no clause: its object or infinitive (with what completes them: 'X as
        Y', 'X for Y'), its passive subject or its topic, as far as the lexicon lets it take them."""
        lemma = verb.lemma_.lower()
        head = next((c for c in children if c.dep_ in _COMPLEMENTS and c.i > verb.i
                     and self.lexicon.takes(lemma, _COMPLEMENTS[c.dep_])), None)
        if head is not None:
            return self._completed(head, children)
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subject is not None and frame.speaker is not subject and self.lexicon.takes(lemma, "passive"):
            return subject.left_edge.i, subject.right_edge.i
        topic = next((c for c in children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _TOPIC_PREPS
                      and self.lexicon.takes(lemma, "topic")), None)
        if topic is not None:  # 'complained about the noise', 'asked for copies'
            return self._completed(topic, children, skip_head=True)
        return None

    def _attitude_frame(self, token: Token) -> _Frame | None:
        """A cue of thought, intention or judgement: 'believes', 'called for', 'a poll shows'."""
        if token.pos_ != "VERB" and not token.tag_.startswith("VB"):
            return None
        lemma = token.lemma_.lower()
        if lemma in self.lexicon.attitudes:
            return _Frame(token.i, token.i, self._holder(token))
        return None

    def _phrase_frame(self, verb: Token) -> _Frame | None:
        """A verb and its preposition as one cue: 'called for', 'refer to', 'called for X to Y'."""
        if verb.pos_ != "VERB" and not verb.tag_.startswith("VB"):
            return None
        lemma = verb.lemma_.lower()
        for child in verb.children:
            word = child
            if child.dep_ == "advcl":  # 'called for X to resign': 'for' marks the clause
                word = next((c for c in child.children if c.dep_ == "mark" and c.i < child.i), child)
            if word.dep_ in ("prep", "prt", "mark") and word.i > verb.i \
                    and (lemma, word.lower_) in self.lexicon.attitude_phrases:
                return _Frame(verb.i, word.i, self._holder(verb))
        return None

    def _holder(self, verb: Token) -> Token | None:
        """Whose attitude: the agent of a passive ('criticized by X'), else the active subject."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            target = next((c for c in agent.children if c.dep_ == "pobj"), None)
            return self._antecedent(target) if target is not None else None
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
        return self._subject(verb)

    def _noun_cue(self, noun: Token) -> Quote | None:
        """'Trump's claim that ...', 'her decision to ...', 'criticism of the plan'."""
        if noun.lemma_.lower() not in self.lexicon.nouns:
            return None
        head = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                     and _introduced(c)), None)
        if head is None:
            head = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1
                         and c.lower_ in _NOUN_PREPS), None)
            span = self._completed(head, [], skip_head=True) if head is not None else None
        else:
            span = (head.left_edge.i, head.right_edge.i)
        if span is None:
            return None
        content = self._trimmed(*span)
        kind = self._kind(content) if content is not None else None
        if content is None or kind is None:
            return None
        return self._quote(kind, _Frame(noun.i, noun.i, self._noun_holder(noun)), content)

    def _adjective_cue(self, adjective: Token) -> Quote | None:
        """'She is confident that ...', 'they were wary of the plan', 'he seemed eager to ...'."""
        if adjective.dep_ != "acomp" or adjective.lemma_.lower() not in self.lexicon.adjectives:
            return None
        children = list(adjective.children)
        head = next((c for c in children if c.dep_ in ("ccomp", "xcomp") and c.i > adjective.i), None)
        if head is not None:
            span: tuple[int, int] | None = (head.left_edge.i, head.right_edge.i)
        else:
            topic = next((c for c in children if c.dep_ == "prep" and c.i > adjective.i
                          and c.lower_ in _ADJECTIVE_PREPS), None)
            span = self._completed(topic, [], skip_head=True) if topic is not None else None
        content = self._trimmed(*span) if span is not None else None
        kind = self._kind(content) if content is not None else None
        if content is None or kind is None:
            return None
        return self._quote(kind, _Frame(adjective.i, adjective.i, self._subject(adjective.head)), content)

    def _noun_holder(self, noun: Token) -> Token | None:
        """'Smith's claim', 'a claim by Smith', 'Smith made the claim'."""
        for child in noun.children:
            if child.dep_ == "poss":
                return self._antecedent(child)
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is not None:
                    return self._antecedent(target)
        if noun.dep_ == "dobj":
            return self._subject(noun.head)
        return None

    def _in_source(self, token: Token) -> Quote | None:
        """'In a new poll, most voters ...': a document or survey named by 'in' is the source."""
        source = next((c for c in token.children if c.dep_ == "pobj"), None)
        if source is None or source.lemma_.lower() not in self.lexicon.sources:
            return None
        if self._is_cue(token.head) or token.head.lemma_.lower() in self.lexicon.attitudes:
            return None  # 'said in a statement': the verb is the cue
        return self._sourced_clause(token, token, source)


def _introduced(clause: Token) -> bool:
    """A complement clause of a noun: 'that ...', 'whether ...' or 'to ...' ('the claim that',
    'the decision to'), not a participle ('a complaint filed by') or a relative clause."""
    return any((c.dep_ == "mark" and c.lower_ in ("that", "whether", "if"))
               or (c.dep_ == "aux" and c.lower_ == "to") for c in clause.children)


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Attributions that are not reported inside another's content.

    'She said he believes the plan will fail' attributes one thing, to her: what he believes
    is part of what she said, not a second attribution the story makes.
    """
    return [q for q in quotes if not any(_nested(q, other) for other in quotes)]


def _nested(inner: Quote, outer: Quote) -> bool:
    return (inner.cue != outer.cue and _inside(inner.cue, outer.content)
            and not _inside(outer.cue, inner.content))


__all__ = ["extract_attributions"]
