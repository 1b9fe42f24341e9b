"""Who speaks a quote: the actor a frame's speaker word stands for, and the pronoun speakers
that news style hands on from one quote to the next. Helpers of :mod:`dyads.stages.quotes`.

A speaker word with an actor mention is that actor. Without a coded mention (or with one the
actor stage placed only by the story's or the sentence's state), a group that names one coded
member speaks through it ('Critics, including X, say', 'such as X'), and what a coded actor
made and gave out speaks for its maker ('a statement issued by the army said': ``resolved_by``
"owner"). Without a coded mention, a word in apposition with a coded person is that person
('the leader of the movement, Jane Doe, said'); a publication or body that names no one speaks
for its coded owner ('a Xinhua report said', "the parliament's lower house said": "owner"); a lone
name, or a bare name of proper nouns such as a transcript's label, is the coded person named
earlier with its last word in the name ('Robert Manning ... Manning said', 'Another passenger,
Allah Ditta, ... Ditta said');
anything else is an unresolved actor (``code`` None, ``resolved_by`` ``"name"``).

A personal pronoun that speaks ('..., he said') usually means the person quoted just before
it. The actor stage resolves pronouns by syntax alone, so :func:`carry_pronoun_speakers`
corrects two of its choices for speakers: a 'he' or 'she' resolved to something that is no
person (a place, a state) means the person who spoke within the last sentences; and one
resolved to a person named only inside the words the previous sentence quoted
('Lee will testify, Smith said. "...," he told the court') means the one who spoke them.
A quotation that carries on one its frame spoke has that quote's speaker, and a pronoun joined
to a name of the person it was resolved to ('She and Lee urged') is the one who spoke before.

Speakers joined by 'and' ('Kim and the rights groups say') each say it:
:func:`conjoined_speakers` gives each its own quote, as it does to each state joined before a
speaker noun ('Both Moroccan and Spanish authorities said') and to both of a pair the speaker
points back at ('Both forces say'). An unresolved office keeps the body it
serves in its words ('the head of Doctors Without Borders').
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads.records import Actor, Quote, is_person
from dyads.stages import ActorMention, Document
from dyads.stages.actors import mention_at, phrase_tokens
from dyads.stages.agents import PAIR_WORDS, STATE_MODIFIERS
from dyads.stages.quote_merge import _quote_id

_SINGULAR_PRONOUNS = frozenset({"he", "she"})
_PRONOUN_REACH = 2  # sentences back in which the speaker a pronoun carries on may have spoken
_SINGULAR_NAMES = frozenset({"NN", "NNP"})
_AFTER_A_PREPOSITION = frozenset({"pobj", "npadvmod"})
_SPEAKER_WORDS = frozenset({"PROPN", "NOUN", "PRON"})
_SERVING = frozenset({"of", "for", "at"})  # 'the head of X', 'a spokesman for X', 'a professor at X'
_SPEAKING_ROLES = frozenset({"nsubj", "nsubjpass", "pobj"})
_UNNAMED = frozenset({"others", "other"})  # 'the United States and others said': no one more is named
_JOINING = frozenset({"and", "&"})  # 'Lee or Kim said' names no one who spoke
_OWNING = frozenset({"poss", "compound"})  # "parliament's lower house", 'a Xinhua report'
# Nouns of writings and bodies that speak for whoever owns them; a person's noun ('Lee's
# lawyer', 'his daughter') names someone else.
_OWNED_VOICES = frozenset({"report", "study", "survey", "analysis", "editorial", "article", "assessment",
                           "review", "paper", "document", "website", "account", "post", "newspaper",
                           "house", "chamber", "office", "ministry", "department", "agency", "plan"})


def speaker_actor(document: Document, token: Token | None, bounds: tuple[int, int] | None = None) -> Actor | None:
    """The actor speaker word ``token`` stands for; ``bounds``: tokens the speaker must stay within."""
    if token is None:
        return None
    mention = mention_at(document, token)
    if mention is None or mention.actor.code is None or _placed_by_context(mention.actor):
        member = _named_member(document, token) or _made_by(document, token)
        if member is not None:
            return member
    if mention is None or mention.actor.code is None:
        member = _named_in_apposition(document, token) or _owner(document, token)
        if member is not None:
            return member
    if mention is not None and (bounds is None or bounds[0] <= mention.first <= mention.last <= bounds[1]):
        return mention.actor
    doc, text = document.doc, document.story.text
    tokens = _described_by_office(token) if bounds is None else list(doc[bounds[0]:bounds[1]])
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    unmentioned = mention is None or bounds is not None  # a mention past the bounds is a misparse's
    named = _named_earlier(document, token) if unmentioned and _bare_name(tokens) else None
    if named is not None:
        return replace(named, text=text[start:end], start=start, end=end, resolved_by="coreference")
    name = _person_name(doc, token) or text[start:end]
    return Actor(text=name, start=start, end=end, name=name, code=None, country=None, resolved_by="name")


def conjoined_speakers(document: Document, quotes: list[Quote]) -> list[Quote]:
    """Quotes with, after each, one for every speaker named beside its own ('She and Lee both
    urged ...', 'Kim and the rights groups say ...'): each of them said it."""
    found: list[Quote] = []
    for quote in quotes:
        found.append(quote)
        found.extend(_said_too(document, quote))
    return found


def _said_too(document: Document, quote: Quote) -> list[Quote]:
    """The quote again for each actor joined by 'and' to its speaker word, but its own, and
    for each state joined to the one that modifies it ('Moroccan and Spanish authorities')."""
    speaker = quote.speaker
    word = _speaker_word(document, speaker) if speaker is not None else None
    if speaker is None or word is None:
        return []
    also = [replace(quote, speaker=state, quote_id=_quote_id(document, quote.content, quote.cue, state.start))
            for state in _conjoined_states(document, word)]
    if not _joined_by_and(word):
        return also
    for conjunct in word.conjuncts:
        inside = quote.content.start <= conjunct.idx < quote.content.end
        if conjunct.pos_ not in _SPEAKER_WORDS or conjunct.lower_ in _UNNAMED or inside \
                or speaker.start <= conjunct.idx < speaker.end or _one_name(word, conjunct):
            continue
        actor = speaker_actor(document, conjunct)  # even one the actor stage took for the same person
        if actor is not None and actor.start != speaker.start:
            also.append(replace(quote, speaker=actor,
                                quote_id=_quote_id(document, quote.content, quote.cue, actor.start)))
    return also


def _conjoined_states(document: Document, word: Token) -> list[Actor]:
    """The actors of the states joined to the one modifying a speaker word ('Spanish' in 'Both
    Moroccan and Spanish authorities said'), and the second of a pair it points back at ('Both
    forces say'): the actor stage heads each with its own word."""
    conjuncts = [c for m in word.lefts if m.dep_ in STATE_MODIFIERS for c in m.conjuncts if c.i < word.i]
    conjuncts += [c for c in word.lefts if c.lower_ in PAIR_WORDS]
    mentions = [mention_at(document, c) for c in conjuncts]
    return [m.actor for c, m in zip(conjuncts, mentions) if m is not None and m.head == c.i and m.actor.code]


def _one_name(word: Token, conjunct: Token) -> bool:
    """Both words in one named entity: 'and' inside a name ('Immigration, Refugees and
    Citizenship Canada', 'Bosnia and Herzegovina') joins no speakers."""
    return any(e.start <= word.i < e.end and e.start <= conjunct.i < e.end for e in word.doc.ents)


def _speaker_word(document: Document, speaker: Actor) -> Token | None:
    """The word that heads the speaker's words in the text: the one whose head lies outside them."""
    words = document.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    return next((t for t in words if not speaker.start <= t.head.idx < speaker.end or t.head.i == t.i), None)


def _joined_by_and(word: Token) -> bool:
    """A coordination of speakers by 'and' ('Lee and Kim'), not by 'or' or 'nor', that is the
    subject of the cue or the object of its preposition ('according to A and B'); not a
    coordination the speaker only ends ('support Clinton and those who said')."""
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    joints = {c.lower_ for t in (first, *first.conjuncts) for c in t.children if c.dep_ == "cc"}
    return bool(joints) and joints <= _JOINING and first.dep_ in _SPEAKING_ROLES


def _described_by_office(token: Token) -> list[Token]:
    """An unresolved speaker's words: its phrase, and for a common noun the body it serves
    ('the head of Doctors Without Borders', 'a spokesman for the ministry'): 'head' alone
    tells a reader nothing."""
    tokens = phrase_tokens(token)
    if token.pos_ != "NOUN":
        return tokens
    preps = [c for c in token.children if c.dep_ == "prep" and c.i > token.i]
    first = next((p.i for p in preps if p.lower_ in _SERVING), None)
    extra = [t for p in preps if first is not None and p.i >= first for t in p.subtree]  # 'of X Without Y'
    stops = [t.left_edge.i if t.dep_ in ("relcl", "acl") else t.i for t in extra
             if t.text in (",", ";") or t.dep_ in ("relcl", "acl")]
    stop = min(stops, default=None)  # a relative clause from its first word: 'who were expelled'
    extra = [t for t in extra if stop is None or t.i < stop]  # not ', who asked not to be named'
    return sorted({t.i: t for t in (*tokens, *extra)}.values(), key=lambda t: t.i)


def carry_pronoun_speakers(document: Document, quotes: list[Quote]) -> list[Quote]:
    """Quotes in text order, a pronoun speaker the actor stage resolved against the flow of the
    quotes given the person who spoke before it (see the module docstring)."""
    starts = [sentence.start_char for sentence in document.doc.sents]
    carried: list[Quote] = []
    for quote in quotes:
        framed = next((q for q in reversed(carried) if q.cue == quote.cue), None)
        if framed is not None:  # a quotation carrying on one its frame spoke: the same speaker
            carried.append(replace(quote, speaker=framed.speaker))
            continue
        before = _previous_speech(carried, quote, starts)
        speaker = _carried_speaker(document, quote, before, starts) if before is not None else None
        carried.append(quote if speaker is None else replace(quote, speaker=speaker))
    return carried


def _previous_speech(quotes: list[Quote], quote: Quote, starts: list[int]) -> Quote | None:
    """The last quote before ``quote`` with a speaker, within reach of the sentence where
    ``quote`` opens (``starts``: the first character of each sentence)."""
    opens = bisect.bisect_right(starts, min(quote.cue.start, quote.content.start)) - 1
    spoken = [q for q in quotes if q.cue.start < quote.cue.start and q.speaker is not None]
    earlier = max(spoken, key=lambda q: q.cue.start, default=None)
    return earlier if earlier is not None and opens - earlier.sentence.index <= _PRONOUN_REACH else None


def _carried_speaker(document: Document, quote: Quote, before: Quote, starts: list[int]) -> Actor | None:
    """The previous speaker, for a 'he'/'she' speaker resolved to no person or to a person
    named only inside the previous sentence's quoted words; None to keep the speaker."""
    speaker, previous = quote.speaker, before.speaker
    if speaker is None or previous is None or speaker.text.lower() not in _SINGULAR_PRONOUNS:
        return None
    if _beside_itself(document, speaker) and not _same(speaker, previous) and _singular(document, previous):
        return replace(previous, text=speaker.text, start=speaker.start, end=speaker.end, resolved_by="coreference")
    if not _one_person(document, previous) or _same(speaker, previous):
        return None
    if _one_person(document, speaker) and _met_as_person(document, speaker, speaker.start):
        recent = bisect.bisect_right(starts, quote.content.start) - 1 - before.sentence.index <= 1
        if not (recent and _named_only_inside(document, speaker, before, quote)):
            return None
    return replace(previous, text=speaker.text, start=speaker.start, end=speaker.end, resolved_by="coreference")


def _beside_itself(document: Document, pronoun: Actor) -> bool:
    """'She and Lee both urged ...' with 'she' resolved to Lee: a pronoun joined by 'and' to a
    name of the person it was resolved to cannot stand for that person."""
    word = _speaker_word(document, pronoun)
    if word is None or not _joined_by_and(word):
        return False
    others = (mention_at(document, c) for c in word.conjuncts)
    return any(m is not None and m.first != word.i and _same(m.actor, pronoun) for m in others)


def _singular(document: Document, actor: Actor) -> bool:
    """A speaker named by a singular noun or name ('the UNICEF director')."""
    words = document.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return words is not None and len(words) > 0 and words[-1].tag_ in _SINGULAR_NAMES


def _one_person(document: Document, actor: Actor) -> bool:
    """A person the story names, or an uncoded singular speaker ('a JetBlue pilot')."""
    if is_person(actor):
        return True
    if actor.id is not None or actor.code is not None or not actor.text:
        return False
    if actor.resolved_by == "coreference":  # a name this pass already handed on to a pronoun
        return True
    if actor.resolved_by != "name":
        return False
    words = document.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return words is not None and len(words) > 0 and words[-1].tag_ in _SINGULAR_NAMES


def _met_as_person(document: Document, actor: Actor, before: int) -> bool:
    """A person the story has named before character ``before`` other than only by one word
    after a preposition ('moved to Okinawa') or as a noun's modifier ('JFK airport'): a name
    the actor stage took for a person there may be a place or a thing."""
    doc = document.doc
    named = [m for m in document.mentions
             if _same(m.actor, actor) and doc[m.head].idx < before and doc[m.head].pos_ != "PRON"]
    return any(not _names_a_thing(doc, m) for m in named)


def _names_a_thing(doc: Doc, mention: ActorMention) -> bool:
    """The person's name stands as a noun's modifier ('New York's JFK airport'), or is one word
    after a preposition ('moved to Okinawa')."""
    last_word = mention.actor.name.split()[-1] if mention.actor.name else ""
    name = next((t for t in doc[mention.first:mention.last + 1] if t.text == last_word), doc[mention.head])
    if name.dep_ == "compound" and name.head.pos_ == "NOUN":
        return True
    return name.dep_ in _AFTER_A_PREPOSITION and mention.last - mention.first <= 1


def _same(a: Actor, b: Actor) -> bool:
    return (a.id is not None and a.id == b.id) or (a.id is None and b.id is None and a.name == b.name)


def _named_only_inside(document: Document, person: Actor, before: Quote, quote: Quote) -> bool:
    """Every mention of ``person`` by name from the previous quote's sentence up to the pronoun,
    but for those in the pronoun's own quote, lies inside the previous quote's content; there is
    one. Pronouns name no one: the actor stage resolves them by the same syntax ('He agreed with
    Biden's remark, but he had ...')."""
    start, end = before.sentence.start, quote.speaker.start if quote.speaker else quote.cue.start
    doc = document.doc
    named = [m for m in document.mentions if start <= doc[m.head].idx < end and _same(m.actor, person)
             and doc[m.head].pos_ != "PRON" and not quote.content.start <= doc[m.head].idx < quote.content.end]
    return bool(named) and all(before.content.start <= doc[m.head].idx < before.content.end for m in named)


def _named_earlier(document: Document, word: Token) -> Actor | None:
    """'Robert Manning, a senior fellow, ... Manning thinks': a lone name the actor stage left
    unmentioned is the coded person named earlier with that word in the name, when every
    such person agrees on the code ('Oh Ei Sun ... Oh said' as well as 'Manning')."""
    if not word.text[:1].isupper() or word.pos_ == "PRON":
        return None
    named = [m.actor for m in document.mentions
             if m.last <= word.i and m.actor.code is not None and word.text in _name_words(document.doc, m)]
    return named[-1] if named and len({a.code for a in named}) == 1 else None


def _bare_name(tokens: list[Token]) -> bool:
    """One word, or a name of proper nouns only ('Jane Doe'), with nothing describing it."""
    return len(tokens) == 1 or all(t.pos_ == "PROPN" for t in tokens)


def _name_words(doc: Doc, mention: ActorMention) -> set[str]:
    """The words of a person's name that opens a mention ('Oh Ei Sun, senior fellow'): two or
    more capitalized words up to its head; or of a full name in apposition with its head
    ('Another passenger, Allah Ditta'); none for other mentions."""
    words = [t for t in doc[mention.first:mention.head + 1] if not t.is_punct]
    if len(words) >= 2 and all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "INTJ") for t in words):
        return {t.text for t in words}
    return {t.text for name in doc[mention.head].children if name.dep_ == "appos" for t in _full_name(name)}


def _full_name(word: Token) -> list[Token]:
    """A proper noun with the capitalized proper nouns compounded before it ('Allah Ditta'), or
    none when it has none."""
    before = [c for c in word.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    return [*before, word] if before and word.pos_ == "PROPN" and word.text[:1].isupper() else []


def _placed_by_context(actor: Actor) -> bool:
    """An agent the actor stage gave only the state of the story or of its sentence, a guess
    that a member the speaker names ('Officials, including those from the U.S.') overrules."""
    return actor.resolved_by in ("story-state+agent", "sentence-state+agent", "story-sector+agent")


def _made_by(document: Document, word: Token) -> Actor | None:
    """'a statement issued by the army said', 'intelligence shared by the U.N. indicated': what
    a coded actor made and gave out speaks for it (``resolved_by`` "owner")."""
    for made in (c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > word.i):
        makers = [o for a in made.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        coded = [m.actor for o in makers if (m := mention_at(document, o)) is not None and m.actor.code is not None]
        if coded:
            return replace(_on_words(document, coded[0], [*phrase_tokens(word), *made.subtree]), resolved_by="owner")
    return None


def _named_member(document: Document, group: Token) -> Actor | None:
    """'Critics, including Hungary's prime minister, say ...' (or 'such as'): the one coded
    actor a group speaker names among its members speaks for it."""
    including = next((c for c in group.children if c.dep_ == "prep" and _names_members(c)), None)
    if including is None:
        return None
    for token in including.subtree:
        mention = mention_at(document, token)
        if mention is not None and mention.actor.code is not None:
            tokens = phrase_tokens(group)  # the words still name the group
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            return replace(mention.actor, text=document.story.text[start:end], start=start, end=end)
    return None


def _named_in_apposition(document: Document, word: Token) -> Actor | None:
    """'the leader of the movement, Jane Doe, said': the coded person an uncoded speaker word
    is in apposition with speaks, re-anchored on the speaker's words."""
    for appos in (c for c in word.children if c.dep_ == "appos"):
        mention = mention_at(document, appos)
        if mention is not None and mention.actor.code is not None and is_person(mention.actor):
            return _on_words(document, mention.actor, [*phrase_tokens(word), appos])
    return None


def _owner(document: Document, word: Token) -> Actor | None:
    """'a Xinhua report said', "the parliament's lower house said", 'the CIA World Factbook
    says': a publication or body that names no one speaks for the coded actor that owns it (its
    possessor, or a name before it), when every such owner agrees (``resolved_by`` "owner")."""
    if not _speaks_for_owner(word):
        return None
    owners = [m.actor for t in word.lefts if t.dep_ in _OWNING for u in t.subtree
              if (m := mention_at(document, u)) is not None and m.head == u.i and m.actor.code is not None]
    if not owners or len({a.code for a in owners}) != 1:
        return None
    return replace(_on_words(document, owners[-1], phrase_tokens(word)), resolved_by="owner")


def _speaks_for_owner(word: Token) -> bool:
    """A publication or body's noun (``_OWNED_VOICES``), or a proper name that is no person's."""
    if word.lemma_.lower() in _OWNED_VOICES:
        return True
    return word.pos_ == "PROPN" and word.ent_type_ not in ("PERSON", "GPE", "NORP")


def _on_words(document: Document, actor: Actor, tokens: list[Token]) -> Actor:
    """The actor anchored on the speaker's own words."""
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return replace(actor, text=document.story.text[start:end], start=start, end=end)


def _names_members(preposition: Token) -> bool:
    """'including' or 'such as': a preposition that names some of a group's members."""
    return preposition.lower_ == "including" or (
        preposition.lower_ == "as" and any(c.lower_ == "such" for c in preposition.children))


def _person_name(doc: Doc, token: Token) -> str | None:
    """The PERSON entity the token belongs to, if any."""
    if token.ent_type_ != "PERSON":
        return None
    first = token.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    last = token.i
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return doc[first:last + 1].text


__all__ = ["carry_pronoun_speakers", "conjoined_speakers", "speaker_actor"]
