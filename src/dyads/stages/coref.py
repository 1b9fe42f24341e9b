"""In-story coreference: the people a story has met, and who a later mention means.

A story introduces a person once with a title or a full name ("German Foreign Minister
Annalena Baerbock") and then says "Baerbock", "the German foreign minister" or "she".
:class:`StoryMemory` records every person mention in text order and answers three questions:

* :meth:`StoryMemory.named`: a bare name ("Baerbock", "Qin") -> the person met with that
  surname, else with that full name or first name;
* :meth:`StoryMemory.described`: a definite description (a demonym or state name with a
  title noun: "the Chinese leader") -> the most recent person of that state whose sector
  agrees; an office below the leader ("Russia's envoy", "the French foreign minister") -> the
  most recent person of that state introduced with that title;
* :meth:`StoryMemory.titled`: "the" and a title word alone ("the spokesman", "the
  secretary-general") -> the most recent person introduced with that title word;
* :meth:`StoryMemory.antecedent`: a personal pronoun -> by these rules, in order:

  1. a possessive or fronted pronoun before any person of its sentence ("During *her* visit,
     Baerbock said") means the subject of that sentence (cataphora);
  2. else a person earlier in the same sentence: the nearest subject of another clause (a
     pronoun object never means its own clause's subject), else the nearest person;
  3. else, in the nearest of the previous sentences that names a person, the person in
     subject position (or owning the subject: "Macron's remarks"), else its first person.

  A person whose gender a title shows (Mr, Mrs, Ms, King, Queen ...), or a gendered pronoun
  has already meant, is never the antecedent of a pronoun of the other gender, and a person named only inside quotation marks is never
  the antecedent of a pronoun outside them ('"... von der Leyen ...," he added': the speaker).
  Nor is a name that only modifies a noun after it: "a camp in the Dadaab refugee complex
  ... She said" means the last person named, not a "Dadaab" the tagger took for a person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.stages.quote_cues import quoted_stretches, tokens_inside

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Titles that show a person's gender (a closed class of English honorifics).
TITLE_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m",
                "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f",
                "madame": "f", "queen": "f", "princess": "f", "lady": "f", "dame": "f"}
_LOOKBACK_SENTENCES = 4
_OFFICE_SYNONYMS = {"envoy": "ambassador", "spokeswoman": "spokesman", "spokesperson": "spokesman"}


@dataclass(frozen=True)
class PersonMention:
    """A person mentioned at token ``head`` in the sentence starting at token ``sentence``."""

    actor: Actor
    head: int
    sentence: int
    subject: bool
    clause: int
    gender: str | None = None
    quoted: bool = False
    modifier: bool = False


def office_of(title: str) -> str:
    """A title word as the office it names ("envoy" and "ambassador" are one)."""
    return _OFFICE_SYNONYMS.get(title, title)


def is_subject(head: Token) -> bool:
    """The phrase is its clause's subject, or owns it ("Macron's remarks drew ...")."""
    if head.dep_ in SUBJECT_DEPS:
        return True
    if head.dep_ == "appos":
        return is_subject(head.head)
    return head.dep_ == "poss" and head.head.dep_ in SUBJECT_DEPS


def is_modifier(head: Token) -> bool:
    """The name only modifies a noun after it ("a camp in the Dadaab refugee complex"): it
    names a place or thing there, and no pronoun means it."""
    return head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.pos_ == "NOUN"


def gender_of(tokens: Iterable[Token]) -> str | None:
    """The gender a title in the phrase shows, if any."""
    for token in tokens:
        gender = TITLE_GENDER.get(token.lower_)
        if gender:
            return gender
    return None


def _clause(token: Token) -> int:
    """The index of the verb (or root) whose clause holds ``token``."""
    node = token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node.i


class StoryMemory:
    """The people met so far in one story, in text order."""

    def __init__(self, sentences: Sequence[tuple[int, int, int]], quoted: frozenset[int] = frozenset()) -> None:
        """``sentences``: (first token, end token, root token) of each sentence, in order;
        ``quoted``: the tokens inside quotation marks (:func:`quoted_tokens`)."""
        self._quoted = quoted
        self._sentence_starts = [first for first, _, _ in sentences]
        self._sentence_of: dict[int, int] = {}
        self._root_of: dict[int, int] = {}
        for first, end, root in sentences:
            self._root_of[first] = root
            for i in range(first, end):
                self._sentence_of[i] = first
        self._by_name: dict[str, Actor] = {}
        self._by_surname: dict[str, Actor] = {}  # last word of each full name met -> its person
        self._mentions: list[PersonMention] = []
        self._titles: list[tuple[int, str, Actor]] = []  # (token, title word, person)
        self._learned_gender: dict[str, str] = {}  # person id -> the gender of a pronoun that meant them

    def remember(self, actor: Actor, name: Sequence[str], head: Token, gender: str | None,
                 title: str | None = None) -> None:
        """Record a person mention; ``name`` is its name's words ("Annalena", "Baerbock"),
        ``title`` the word of the title the person holds in it ("spokesman"), if any."""
        if title:
            self._titles.append((head.i, title, actor))
        if name:
            self._by_name[" ".join(name)] = actor
            for word in (name[0], name[-1]):
                self._by_name.setdefault(word, actor)
            self._by_surname.setdefault(name[-1], actor)
        self._mentions.append(PersonMention(actor, head.i, self._sentence_of[head.i], is_subject(head),
                                            _clause(head), gender, head.i in self._quoted, is_modifier(head)))
        self._mentions.sort(key=lambda m: m.head)

    def named(self, name: Sequence[str]) -> Actor | None:
        """The person met under this full name, or one of its words ("Qin" for "Qin Gang"); a
        full name met again only by a surname ("Michael Perkins" is no "Michael Martin", "Shamsa
        Aden" no "Aden Duale"). A single word is a surname before a first name, as a story
        calls people again by surname ("Aden" after "Aden Duale" and "Shamsa Aden": Shamsa Aden)."""
        if len(name) == 1 and name[0] in self._by_surname:
            return self._by_surname[name[0]]
        found = self._by_name.get(" ".join(name))
        if found is not None:
            return found
        return self._by_surname.get(name[-1]) if len(name) > 1 else self._by_name.get(name[0]) if name else None

    def described(self, country: str, sectors: tuple[str, ...], before: int,
                  office: str | None = None) -> Actor | None:
        """The most recent person of ``country`` before token ``before`` whose sector agrees;
        for an ``office`` ("ambassador"), the most recent one introduced with that title."""
        if office is not None:
            return next((actor for at, word, actor in reversed(self._titles)
                         if at < before and actor.code == country and office_of(word) == office), None)
        for mention in reversed(self._mentions):
            actor = mention.actor
            if mention.head < before and actor.code == country and _agrees(actor.sector, sectors):
                return actor
        return None

    def sentences_apart(self, first: int, second: int) -> int:
        """How many sentence breaks lie between tokens ``first`` and ``second``."""
        a, b = self._sentence_of[first], self._sentence_of[second]
        return self._sentence_starts.index(b) - self._sentence_starts.index(a)

    def titled(self, title: str, before: int, modifiers: Sequence[str] = ()) -> Actor | None:
        """The most recent person before token ``before`` introduced with this title word
        ("the spokesman" after "Army spokesman Hamid Ali") and with every word of ``modifiers``
        ("the military spokesperson" is no foreign ministry spokesperson)."""
        for at, word, actor in reversed(self._titles):
            if at < before and word == title and all(m in actor.text.lower() for m in modifiers):
                return actor
        return None

    def antecedent(self, pronoun: Token, lookback: int = _LOOKBACK_SENTENCES) -> Actor | None:
        """The person a pronoun means, by the rules in the module docstring, looking back at
        most ``lookback`` sentences. A person a gendered pronoun means keeps that gender: "He"
        after "Lockyear said" makes a later "She" someone else; a quoted pronoun teaches no gender,
        as a speaker's "he" is mostly someone the quote is about, not the person named last."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        found = self._antecedent(pronoun, gender, lookback)
        if found is not None and gender is not None and found.id and pronoun.i not in self._quoted:
            self._learned_gender.setdefault(found.id, gender)
        return found

    def _antecedent(self, pronoun: Token, gender: str | None, lookback: int) -> Actor | None:
        outside = pronoun.i not in self._quoted
        people = [m for m in self._mentions if self._gender(m) in (None, gender)
                  and not (outside and m.quoted) and not m.modifier]
        sentence = self._sentence_of[pronoun.i]
        same = [m for m in people if m.sentence == sentence and m.head < pronoun.i]
        if not same:
            later = self._cataphor(pronoun, [m for m in people if m.sentence == sentence],
                                   self._root_of[sentence])
            if later is not None:
                return later
            return self._from_previous(people, sentence, lookback)
        return _from_same_sentence(pronoun, same)

    def _gender(self, mention: PersonMention) -> str | None:
        return mention.gender or self._learned_gender.get(mention.actor.id or "")

    @staticmethod
    def _cataphor(pronoun: Token, sentence_people: list[PersonMention], root: int) -> Actor | None:
        """The subject after a possessive or fronted pronoun ("During her visit, Baerbock ...")."""
        if pronoun.dep_ in SUBJECT_DEPS and pronoun.head.dep_ == "ROOT":
            return None
        for mention in sentence_people:
            if mention.head > pronoun.i and mention.subject and mention.clause == root:
                return mention.actor
        return None


    def _from_previous(self, people: list[PersonMention], sentence: int,
                       lookback: int) -> Actor | None:
        earlier = [m for m in people if m.sentence < sentence]
        if not earlier:
            return None
        nearest_sentence = earlier[-1].sentence
        window = [s for s in self._sentence_starts if s < sentence][-lookback:]
        if nearest_sentence not in window:
            return None  # the last person named is too far back to be meant by a pronoun
        nearest = [m for m in earlier if m.sentence == nearest_sentence]
        subjects = [m for m in nearest if m.subject]
        return (subjects or nearest)[0].actor


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """The tokens that start inside quotation marks, as the quote stage pairs them
    (:func:`dyads.stages.quote_cues.quoted_stretches`)."""
    return tokens_inside(quoted_stretches(doc.text), [token.idx for token in doc])


def _agrees(have: tuple[str, ...], want: tuple[str, ...]) -> bool:
    return not have or not want or bool(set(have) & set(want))


def _from_same_sentence(pronoun: Token, same: list[PersonMention]) -> Actor:
    own_clause = _clause(pronoun)
    objective = pronoun.dep_ not in SUBJECT_DEPS and pronoun.dep_ != "poss"
    usable = [m for m in same if not (objective and m.clause == own_clause)] or same
    subjects = [m for m in usable if m.subject and m.clause != own_clause]
    return (subjects or usable)[-1].actor




__all__ = ["PersonMention", "StoryMemory", "gender_of", "is_subject", "quoted_tokens"]
