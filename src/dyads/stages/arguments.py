"""Who acts and who is acted on: the source and target actors of an event verb.

The source is the verb's subject, or the subject it inherits through control ("agreed to
meet"), coordination and adverbial clauses, or a known person opening the sentence that the
parser took for an adverb ("Baerbock, however, rejected ..."); the ``by`` agent in the passive; the noun a
relative or participial clause modifies ("rebels who attacked", "troops firing on"), and
whoever acts "along with" the subject. An agentless passive names no doer; for a deployment
the coded forces it moves are theirs (:func:`deployed_forces`). Pronoun subjects: "it"/"they" in a reported clause is
the reporter ("Syria said it would"), elsewhere the nearest earlier state or organisation
subject ("Iran denied ... It later rejected"); an unresolved "I"/"we" inside a quotation is its
speaker (from the quote stage).

Targets are tried in tiers, and the first tier that yields a coded actor wins:

1. the verb's objects, passive subject and prepositional objects. An object that is not
   itself an actor is searched for one: its possessor ("Israel's decision") and its
   prepositional phrases ("the withdrawal of Serbian forces", "held talks with Iran"); an
   organisation modifying it is the forum, its 'with' phrase the partner ("requested WTO
   consultations with the U.S."). What
   is discussed or debated is a topic, not a partner ("discussed China's role with India"), and
   only the 'with' phrase names a partner of a topic verb. A past participle describing a noun
   acts on that noun ("a meeting of the Council requested by X"), and so does a relative clause
   whose object is a relative pronoun or left out ("the claims, which Moscow denied", "a charge
   New Delhi rejected"); in a sentential relative ("X reported Y — which Moscow denied") the
   pronoun stands for the clause, whose subject is acted on. The source's own forces or envoys,
   named by a possessive pronoun ("strengthened its forces in Lebanon"), are no recipient.
   Objects the actor stage placed only by the story's (or sentence's) state are a guess that
   a place of another state their own phrase names overrules ("attacked militants camped on
   Afghan soil", "blamed the attacks on militants present on Afghan soil");
2. for a verb whose complement clause it codes ("demanded that the US cancel", "threatened
   to shell Iraqi towns", "called for X to lift"), the complement's subject when it names an
   actor, then its (and its coordinated clauses') objects, then its own complements and purpose
   clauses ("willing to send material to help defend X"), then the places it names; the same
   for the clause spelling out an object proposal, demand or invitation ("rejected a call for
   its troops to be deployed in Haiti", "insisted on demands that Burundi grant");
3. places the event happens in ("blockade Paris", "protest in Monrovia"), then places its
   objects are in ("lifted a curfew in Montenegro"): PLOVER codes a place acted upon as the
   target when nothing else is;
4. whoever must meet the event's condition ("threatened to strike unless Israel rescinded").

A place is an actor mention, or a plain state name the actor stage left unresolved ("in
Montenegro").

People asked to act by an appeal ("urged owners of food stalls to", "encouraged AI companies to
compete with X") are its recipients, coded or not, before any tier: what they are asked about is no
recipient.

With no coded actor in any tier, the objects are read against the story: a possessive pronoun
("rejected his position"), or "its"/"their" on a proposal ("rejected its offer"), is the
nearest earlier actor other than the source; a bare "the proposal" is whoever put forward the
latest earlier proposal or plan ("China announced a plan ... criticized the proposal"); a
country or capital name the actor stage left unresolved for its case ("urging kyiv") is that
country. Failing these, uncoded tier-1 objects are kept, so
that the event still says it had a recipient.

A plural description ("the two countries", "both sides", "the trio") that names no coded actor
stands for the last pair or trio of coded actors named together in this sentence or the two
before it.

Coordinated adjectives inside one noun phrase name one actor each: "his German, French and
Norwegian counterparts" is three targets, and so does an apposition listing actors: "its
neighbours, Peru and Bolivia" is two.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from dyads import knowledge
from dyads.records import Actor, is_person
from dyads.stages import ActorMention, Document
from dyads.stages.actors import mention_at

# Prepositions that introduce places and times, not recipients ("talks in Berlin").
_NON_TARGET_PREPS = frozenset({
    "in", "at", "near", "inside", "across", "throughout", "during", "since", "after", "before",
    "until", "for", "by", "as", "because", "despite", "amid", "over", "within", "via", "like",
    "following", "beyond", "besides", "ahead", "prior",  # "strengthened its forces following the discovery of X"
    "according",  # "offered to pay the relatives, according to Turkish officials": who reports it
    *("along", "alongside", "together"),
})
# Entity labels of places that are no state (seas, oceans, mountains, buildings): a demonym in their
# name ("Indian Ocean") names no owner.
_NATURAL_PLACES = frozenset({"LOC", "FAC"})
# Agents the actor stage placed only by the state of the story or of the sentence, a guess.
_CONTEXT_PLACED = frozenset({"story-state+agent", "sentence-state+agent", "story-sector+agent"})
# Verbs whose 'at' names what is aimed at: "fired tear gas at demonstrators", "lashed out at Paris".
_AIMING_VERBS = frozenset({"fire", "shoot", "throw", "hurl", "launch", "aim", "lob", "lash", "hit", "jab", "swipe"})
# "X, along with Y and Z, called ...": Y and Z act with the subject, they are no recipients.
_COMPANION_PREPS = frozenset({"along", "alongside", "together"})
# Phrases of a passive verb the parser hangs its 'by' agent on ("threatened with sanctions by X",
# "designated as a terrorist group by X"), and the object slots a passive's complement takes.
_AGENT_HOST_PREPS = frozenset({"with", "as"})
_COMPLEMENT_OBJECT_DEPS = frozenset({"dobj", "oprd", "attr"})
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "into"})
# Prepositions through which a noun's recipient shows: "talks with", "attack on", "aid to", and
# members named by "including" ("barred women from workplaces, including the U.N.").
_NOUN_RECIPIENT_PREPS = frozenset({"of", "with", "to", "against", "on", "from", "toward", "including",
                                   "towards", "into", "between", "for", "over", "by"})
# "its"/"their" mostly stand for the subject itself; "his"/"her" often for another person.
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# ... but a proposal is rarely rejected or welcomed by its own author: "Tehran rejected its
# offer" means someone else's offer, the nearest other actor, state or person.
_COLLECTIVE_POSSESSIVES = frozenset({"its", "their"})
_OWN_PRONOUNS = _POSSESSIVE_PRONOUNS | _COLLECTIVE_POSSESSIVES
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Alias kinds that name a state as a noun modifier: "Russian and DPRK leaders", "U.S. and Chinese officials".
_MODIFIER_KINDS = frozenset({"demonym", "name", "short-name", "abbreviation"})
# Alias kinds that name a state outright, safe to read in any case ("kyiv", "moscow").
_CASELESS_KINDS = frozenset({"name", "short-name", "capital"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})
# Appeals whose direct object is the addressee ("urged nations to"), not what is asked ("demanded elections").
ADDRESSING_VERBS = frozenset({"urge", "ask", "press", "implore", "exhort", "encourage", "invite", "tell"})
# Verbs whose direct object is the topic; their partner comes with "with".
_TOPIC_VERBS = frozenset({"discuss", "debate"})
# Verbs whose 'on' phrase names the one blamed, their object the deed ("blamed the attacks on X").
_BLAMING_VERBS = frozenset({"blame"})
_INHERITS_SUBJECT = frozenset({"xcomp", "pcomp", "prep", "advcl", "conj"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# "was released after apologizing to X": a gerund after a preposition of time is an act of its own
# at another time, no complement of the verb ("accused X of attacking"); its doer is the verb's subject.
# Not "before": "demanded a truce before allowing aid convoys" sets a condition, no act done.
TIME_PREPS = frozenset({"after", "since", "upon", "following"})
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
_THING_RELATIVES = frozenset({"that", "which"})
# A relative clause with one of these has no gap for its antecedent to fill as object.
_GAP_FILLERS = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp", "attr", "oprd"})
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how"})
# Pronouns that in a reported clause usually stand for the reporting subject ("X said it ...").
_CLAUSE_PRONOUNS = frozenset({"it", "they", "we"})
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
# "Iran has denied ... But it gradually stopped implementing": a non-person pronoun subject
# outside a reported clause continues the nearest earlier state or organisation subject.
_CONTINUING_PRONOUNS = frozenset({"it", "they"})
_ANTECEDENT_ENTITIES = frozenset({"GPE", "ORG", "NORP"})
_ANTECEDENT_SENTENCES = 2
_CLIMB_DEPTH = 2
_FIRST_PERSON = frozenset({"i", "we"})
# Plural descriptions of actors named together before: "the two countries", "both sides", "the trio".
STATE_GROUP_NOUNS = frozenset({"country", "nation", "state", "side", "leader", "government", "neighbour",
                               "neighbor", "ally", "party", "capital", "power", "partner", "democracy"})
_GROUP_WORDS = {"pair": 2, "duo": 2, "trio": 3}
_NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4}
_GROUP_LOOKBACK = 3
# A threat or offer made on a condition is aimed at whoever must meet it.
_CONDITION_MARKS = frozenset({"if", "unless"})

Resolve = Callable[[Token], ActorMention | None]


def subject_tokens(verb: Token) -> list[Token]:
    """Subject of the verb, or of the clause it inherits its subject from."""
    token, via_complement = verb, False
    while True:
        found = _own_subjects(token)
        if found:
            return found
        passive_subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        if passive_subjects and via_complement:
            return passive_subjects  # "Rubio is expected to meet", "X was ordered to withdraw": X does it
        if passive_subjects:
            return []  # a passive without its agent ("if Turkey is sanctioned") says not who acts
        if token.dep_ in ("relcl", "acl") and token.tag_ != "VBN":
            return [token.head]  # "rebels who attacked", "troops firing on": the modified noun
        if token.dep_ not in _INHERITS_SUBJECT or token.head.i == token.i or _is_bare_participle(token):
            return []
        # "was released after apologizing to X": the one released is the one who apologized
        via_complement = token.dep_ == "xcomp" or (token.dep_ == "prep" and token.lower_ in TIME_PREPS)
        token = token.head


def _is_bare_participle(verb: Token) -> bool:
    """'two soldiers stand accused of the bombing', 'the minister, accused of fraud, resigned': a past
    participle with no auxiliary is passive; the subject it borrows is its patient, not its doer."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "xcomp") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _own_subjects(verb: Token) -> list[Token]:
    """The ``by`` agent of a passive, else the nominal subject (a relative pronoun's antecedent)."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents or (agents := _misattached_agents(verb)):
        return agents
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and subjects and subjects[0].lower_ in _RELATIVE_PRONOUNS:
        return [verb.head]
    if len(subjects) == 1 and subjects[0].lower_ in _CLAUSE_PRONOUNS:
        return _reporting_subject(verb) or _earlier_subject(subjects[0]) or subjects
    return subjects


def _misattached_agents(verb: Token) -> list[Token]:
    """A passive's 'by' agent parsed onto its 'with' object ("threatened with sanctions by X"), its
    'as' phrase ("designated as a terrorist group by X") or the complement the parser took for an
    object ("designated a terrorist group by X")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    things = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _AGENT_HOST_PREPS
              for g in c.children if g.dep_ == "pobj"]
    things += [c for c in verb.children if c.dep_ in _COMPLEMENT_OBJECT_DEPS]
    return [a for t in things for c in t.children if c.dep_ == "prep" and c.lower_ == "by"
            for a in c.children if a.dep_ == "pobj"]


def _earlier_subject(pronoun: Token) -> list[Token]:
    """The nearest state or organisation subject before an 'it'/'they' in this or the previous sentences."""
    if pronoun.lower_ not in _CONTINUING_PRONOUNS:
        return []
    doc, sentence = pronoun.doc, pronoun.sent
    for _ in range(_ANTECEDENT_SENTENCES):
        if sentence.start > 0:
            sentence = doc[sentence.start - 1].sent
    found = [t for t in doc[sentence.start:pronoun.i]
             if t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ in _ANTECEDENT_ENTITIES
             and pronoun.head not in t.ancestors  # "if the Senate passes ..., it does not mean"
             and not _in_quotation_marks(t)]
    return found[-1:]


def _in_quotation_marks(name: Token) -> bool:
    """A name that opens with a quotation mark ('the "Axis of Upheaval"') is an epithet for others
    the sentence names, not an actor a later 'they' continues."""
    first = min((c.i for c in name.children if c.dep_ in ("compound", "amod") and c.i < name.i), default=name.i)
    return first > 0 and name.doc[first - 1].is_quote


def _reporting_subject(verb: Token) -> list[Token]:
    """'Syria said it would ...': a pronoun subject of a reported clause is the reporter.

    News reports an actor's own intentions this way; the nearest governing clause with a
    nominal subject names who "it" or "they" is.
    """
    token = verb
    while token.dep_ in _REPORTED_DEPS and token.head.i != token.i:
        token = token.head
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
            return subjects
    return []


def source_actors(document: Document, verb: Token) -> list[Actor]:
    """The actors of the verb's subject and its companions; a first-person subject in a quotation is its speaker.

    "'... we will retaliate,' Cavusoglu said": the quote stage knows who speaks, and an
    unresolved "I" or "we" inside the quotation is that speaker.
    """
    subjects = subject_tokens(verb) or _misparsed_subject(document, verb)
    sources = [m.actor for m in actors_in(document, subjects)]
    if any(s.code is not None for s in sources) or len(subjects) != 1 or subjects[0].lower_ not in _FIRST_PERSON:
        return sources + [m.actor for m in actors_in(document, _companions(verb)) if m.actor not in sources]
    speaker = quote_speaker(document, subjects[0])
    return [speaker] if speaker is not None else sources


def deployed_forces(document: Document, verb: Token) -> list[Actor]:
    """The coded forces an agentless passive moves ("Kenyan troops were deployed to the border"): a
    show of force is their own side's act, whoever gave the order; unplaced forces ("several
    hundred troops") say not whose it is."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    return [m.actor for m in coded(actors_in(document, [c for c in verb.children if c.dep_ == "nsubjpass"]))]


def _misparsed_subject(document: Document, verb: Token) -> list[Token]:
    """A known person's name that opens the sentence but was parsed as an adverb ("Baerbock,
    however, rejected ..."): the subject the verb is missing."""
    first = verb.sent[0]
    if first.dep_ != "advmod" or first.head.i != verb.i or not first.text[:1].isupper():
        return []
    mention = mention_at(document, first)
    return [first] if mention is not None and is_person(mention.actor) else []


def _companions(verb: Token) -> list[Token]:
    """Who acts along with the subject: "The United States, along with Britain, called ..."."""
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _COMPANION_PREPS
            for o in _prep_objects(c)]


def quote_speaker(document: Document, token: Token) -> Actor | None:
    """The coded speaker of the quotation the token is in, if any."""
    return next((q.speaker for q in document.quotes if q.speaker is not None and q.speaker.code is not None
                 and q.content.start <= token.idx < q.content.end), None)


def object_tokens(verb: Token, used_prep: Token | None) -> list[Token]:
    """Direct objects, passive subjects and prepositional objects that may be targets.

    A past participle describing a noun is a passive whose subject is that noun: in "a meeting of
    the Council requested by X" the meeting (of the Council) is what X requested.
    """
    objects = [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []
    if (gap := gapped_object(verb)) is not None:
        objects.append(gap)  # "a charge New Delhi rejected": the clause acts on the noun it describes
    if used_prep is not None and used_prep.head.head.i == verb.i and used_prep.head.dep_ == "dobj":
        objects.extend(_prep_objects(used_prep))  # "expressed concern about X": the pattern's preposition
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_.lower() in _TOPIC_VERBS:
            # "discussed China's role (with India)": the topic is no partner; a 'with' the
            # parser hangs on it is
            objects.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ == "with"
                           for o in _prep_objects(p))
        elif child.dep_ == "dative" and child.pos_ == "ADP":
            objects.extend(_prep_objects(child))  # "providing weapons to X": the parser's dative 'to'
        elif child.dep_ in _OBJECT_DEPS:
            objects.extend(_stand_ins(child))
            if verb.lemma_.lower() in _AIMING_VERBS:  # "fired gas and grenades at X": 'at' on the object
                objects.extend(o for t in (child, *child.conjuncts) for p in t.children
                               if p.dep_ == "prep" and p.lower_ == "at" for o in _prep_objects(p))
        elif child.dep_ == "prep" and (_is_token(child, used_prep) or child.lower_ not in _NON_TARGET_PREPS
                                       or (child.lower_ == "at" and verb.lemma_.lower() in _AIMING_VERBS)):
            objects.extend(_prep_objects(child))
        elif is_misparsed_particle(verb, child):  # "pushed back against X": the phrase hangs on 'back'
            objects.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ not in _NON_TARGET_PREPS
                           for o in _prep_objects(p))
    return objects


def shared_objects(verb: Token) -> list[Token]:
    """'attacked and killed the soldiers': with no object of its own, ``verb`` shares the direct
    object of the next verb coordinated with it, when that verb has no subject of its own."""
    if any(c.dep_ in _OBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return []  # "stressed the need ... and urged people to": its own object is no actor
    following = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                 and not _has_own_subject(c)]
    return [o for c in following[:1] for o in c.children if o.dep_ == "dobj"]


def _stand_ins(word: Token) -> list[Token]:
    """What an object stands for: itself, unless it is a relative pronoun.

    In a relative clause the antecedent is the object (see :func:`gapped_object`); in a sentential
    relative ("X reported the transfers — which Moscow denied") the pronoun stands for the clause,
    whose doer is who is acted on.
    """
    clause = word.head
    if word.lower_ in _RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        return []
    if word.lower_ not in _THING_RELATIVES:
        return [word]
    if word.lower_ == "which" and clause.dep_ == "advcl" and clause.head.pos_ in ("VERB", "AUX"):
        return [c for c in clause.head.children if c.dep_ == "nsubj"]
    return [word]


def gapped_object(verb: Token) -> Token | None:
    """The noun a relative clause acts on: its antecedent, when the clause's object or passive
    subject is a relative pronoun ("the claims, which Moscow denied", "X, whom police arrested",
    "Porras, who was sanctioned by the EU") or left out ("a charge New Delhi rejected")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in _OBJECT_DEPS and c.lower_ in _RELATIVE_PRONOUNS for c in verb.children):
        return _described(verb.head)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ in _RELATIVE_PRONOUNS or any(
            c.dep_ in _GAP_FILLERS or c.lower_ in _RELATIVE_ADVERBS for c in verb.children):
        return None
    return _described(verb.head)


def _described(noun: Token) -> Token:
    """What a predicate noun describes: "HTS is a group that the U.S. designated" designates HTS,
    the copula's subject, not the bare "group"."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return noun
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return subjects[0] if len(subjects) == 1 else noun


def is_misparsed_particle(verb: Token, child: Token) -> bool:
    """A particle the parser takes for an adverb before a preposition ("pushed back against X")."""
    doc = verb.doc
    return (child.dep_ == "advmod" and child.i == verb.i + 1
            and child.i + 1 < len(doc) and doc[child.i + 1].dep_ == "prep")


def _is_token(token: Token, other: Token | None) -> bool:
    """The same token of the parse (spaCy makes a new Token object on every access, so not ``is``)."""
    return other is not None and token.i == other.i


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, through a compound one ("pulled out of the deal").

    A clause with its own subject is no object: in "voiced concern, with Sullivan speaking to his
    Israeli counterpart" the 'with' clause is a circumstance of its own.
    """
    nested = [p for p in prep.children if p.dep_ == "prep" and p.lower_ not in _NON_TARGET_PREPS]
    return [g for p in (prep, *nested) for g in p.children
            if g.dep_ == "pobj" or (g.dep_ == "pcomp" and not _has_own_subject(g))]


def _has_own_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def place_tokens(verb: Token) -> list[Token]:
    """Objects of the place prepositions of a verb or noun ('in Monrovia')."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
            for g in c.children if g.dep_ == "pobj"]


def complement_clauses(verb: Token) -> list[Token]:
    """Clauses the verb takes as complements: 'to shell ...', 'that the US cancel ...', 'for X to ...'."""
    return [c for c in verb.children
            if (c.dep_ in _COMPLEMENT_DEPS or is_for_clause(c)) and c.pos_ in ("VERB", "AUX")]


def _for_marker(clause: Token) -> Token | None:
    """The 'for' of a 'for X to do Y' clause ("called for the Taliban to lift"), which spaCy
    parses as an adverbial clause marked by 'for'; None for any other clause."""
    if clause.dep_ != "advcl":
        return None
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)


def is_for_clause(clause: Token) -> bool:
    """The clause is a 'for X to do Y' complement."""
    return _for_marker(clause) is not None


def coded(mentions: list[ActorMention]) -> list[ActorMention]:
    """Only the mentions resolved to a country or organisation code."""
    return [m for m in mentions if m.actor.code is not None]


def actors_in(document: Document, tokens: list[Token]) -> list[ActorMention]:
    """Actors of the phrases headed by ``tokens`` and their conjuncts, in order, no repeats."""
    found: list[ActorMention] = []
    for head in tokens:
        for token in (head, *head.conjuncts):
            for mention in _with_listed(document, token):
                if mention not in found:
                    found.append(mention)
    return found


def _with_listed(document: Document, token: Token) -> list[ActorMention]:
    """The phrase's actors and the coded actors its apposition lists.

    "Council members Greece, Panama and South Korea": all three. A phrase that is no coded
    actor itself gives way to its list: "the United States' biggest trading partners — Mexico,
    Canada and China" are the three, not the United States.
    """
    listed = [m for a in token.children if a.dep_ == "appos" for t in (a, *a.conjuncts)
              if (m := mention_at(document, t)) is not None and m.actor.code is not None]
    own = mention_at(document, token)
    if own is None or own.actor.code is None:
        listed = listed or group_referent(document, token)
    elif len(pair := _same_words(document, own)) > 1:
        return pair
    if listed and (own is None or own.actor.code is None):
        return listed
    mentions = list(_climb(document, token, _CLIMB_DEPTH))
    codes = {m.actor.code for m in mentions}
    return mentions + [m for m in listed if m.actor.code not in codes]


def _same_words(document: Document, own: ActorMention) -> list[ActorMention]:
    """The coded actors the actor stage reads into the same words: "Both sides" after "Chile and
    Peru met" is Chile and Peru."""
    span = (own.actor.start, own.actor.end)
    return [m for m in document.mentions if (m.actor.start, m.actor.end) == span and m.actor.code is not None]


def _split_coordinated(mention: ActorMention, head: Token) -> list[ActorMention]:
    """'his German, French and Norwegian counterparts': one mention per coordinated demonym."""
    if mention.head != head.i:
        return [mention]
    adjectives = [a for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.conjuncts
                  for a in sorted((c, *c.conjuncts), key=lambda t: t.i)]
    states = [(a, _state_named(a.lower_, _MODIFIER_KINDS)) for a in adjectives]
    if len(states) < 2 or any(iso3 is None for _, iso3 in states):
        return [mention]
    return [replace(mention, actor=replace(mention.actor, code=iso3, country=iso3, id=None,
                                           resolved_by="coordinated-demonym"))
            for _, iso3 in states]


def group_referent(document: Document, token: Token) -> list[ActorMention]:
    """'the two countries', 'both sides', 'the trio': the last pair (or trio ...) of coded
    actors named together, in this sentence before the phrase or the few before it."""
    size = _group_size(token)
    if size is None:
        return []
    doc = token.doc
    first = doc[max(token.sent.start - 1, 0)].sent.start
    for _ in range(_GROUP_LOOKBACK - 1):
        first = doc[max(first - 1, 0)].sent.start
    heads = [t for t in doc[first:token.i] if t.dep_ != "conj" and t.conjuncts]
    for head in reversed(heads):
        group = [m for t in (head, *head.conjuncts) if (m := mention_at(document, t)) is not None
                 and m.actor.code is not None and m.last <= token.i]
        if len(group) == size and len({m.actor.code for m in group}) == size:
            return group
    return _previous_sentence_states(document, token, size)


def _previous_sentence_states(document: Document, token: Token, size: int) -> list[ActorMention]:
    """'Ankara sought better relations with Israel. Both countries ...': the states the sentence
    before names, when it names exactly as many as the description counts."""
    sentence = token.sent
    if sentence.start == 0:
        return []
    previous = token.doc[sentence.start - 1].sent
    found: dict[str, ActorMention] = {}
    for mention in document.mentions:
        actor = mention.actor
        if previous.start <= mention.head < previous.end and actor.code is not None and actor.code == actor.country:
            found.setdefault(actor.code, mention)
    return list(found.values()) if len(found) == size else []


def _group_size(token: Token) -> int | None:
    """How many actors a plural description counts ("both countries": 2), if it is one."""
    if token.lemma_.lower() in _GROUP_WORDS:
        return _GROUP_WORDS[token.lemma_.lower()]
    if token.lemma_.lower() not in STATE_GROUP_NOUNS or token.tag_ != "NNS":
        return None
    counts = [_NUMBER_WORDS[c.lower_] for c in token.children
              if c.dep_ in ("nummod", "det", "predet", "amod") and c.lower_ in _NUMBER_WORDS]
    return counts[0] if counts else None


def _state_named(word: str, kinds: frozenset[str] = frozenset({"demonym"})) -> str | None:
    """The ISO3 code of an unambiguous state alias of one of ``kinds``, else None."""
    alias = knowledge.country_aliases().get(word)
    return alias.iso3 if alias is not None and alias.kind in kinds and not alias.ambiguous else None


def _climb(document: Document, token: Token, depth: int) -> Iterator[ActorMention]:
    """The phrase's own actor if coded, else coded actors in its possessor and prep phrases."""
    mention = mention_at(document, token)
    if mention is not None and mention.actor.code is not None:
        partners = _forum_partners(document, token, mention, depth) if mention.head == token.i else []
        yield from partners or _split_coordinated(mention, token)
        return
    if group := group_referent(document, token):
        yield from group  # "relations with the trio": the three named before
        return
    inner = list(_inner_actors(document, token, depth)) if depth > 0 else []
    if inner:
        yield from inner
    elif mention is not None:
        yield mention  # an uncoded actor ("rebels") is still a recipient
    elif (own := _demonym_owner(token)) is not None:
        yield own  # "Chinese investment", "Israeli air raids": the state whose thing it is


def _forum_partners(document: Document, token: Token, mention: ActorMention, depth: int) -> list[ActorMention]:
    """'requested WTO consultations with the U.S.': the organisation modifying a noun is the forum,
    the 'with' phrase names the partner the noun is aimed at."""
    if mention.actor.country is not None or token.pos_ != "NOUN" or depth <= 0:
        return []
    return [m for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for o in _prep_objects(p)
            for m in coded(list(_climb(document, o, depth - 1)))]


def _demonym_owner(token: Token) -> ActorMention | None:
    """The state a demonym adjective on a non-actor noun names ("concern about Chinese investment")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    for adjective in (c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i):
        if adjective.ent_type_ in _NATURAL_PLACES:
            continue  # "the Indian Ocean", "the Persian Gulf": a name of a place, no state's
        iso3 = _state_named(adjective.lower_)
        if iso3 is not None:
            start, end = adjective.idx, adjective.idx + len(adjective.text)
            actor = Actor(adjective.text, start, end, knowledge.country_name(iso3), iso3, iso3, resolved_by="demonym")
            return ActorMention(actor, adjective.i, adjective.i + 1, adjective.i)
    return None


def _inner_actors(document: Document, token: Token, depth: int) -> Iterator[ActorMention]:
    for child in token.children:
        if child.dep_ == "poss":
            yield from coded(list(_climb(document, child, depth - 1)))
        elif child.dep_ == "prep" and child.lower_ in _NOUN_RECIPIENT_PREPS:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                for inner in (pobj, *pobj.conjuncts):
                    yield from coded(list(_climb(document, inner, depth - 1)))


def target_mentions(document: Document, verb: Token, used_prep: Token | None,
                    complements: list[Token], source_codes: frozenset[str] = frozenset()) -> list[ActorMention]:
    """The targets of the first tier with a coded actor (see the module docstring)."""
    objects = object_tokens(verb, used_prep)
    direct = [m for m in actors_in(document, objects) if not _source_owned(document, m, source_codes)]
    if verb.lemma_.lower() in _BLAMING_VERBS and (blamed := _blamed(document, verb)):
        return blamed
    if verb.lemma_.lower() in _TOPIC_VERBS:
        return _partners(document, verb) or coded(direct)  # what is discussed, and where, names no partner
    if not coded(direct) and (addressees := _addressed_people(verb)):
        # "urged owners of food stalls to stop": they are asked, not whom their act concerns
        return direct or [_uncoded_mention(a) for a in addressees]
    # "attacked militants camped on Afghan soil": a place of another state overrules the story's guess
    if (guessed := coded(direct)) and all(_placed_by_context(m.actor) for m in guessed):
        homes = {m.actor.code for m in guessed}
        placed = place_actors(document, [t for o in objects for t in o.subtree if t.dep_ == "pobj"])
        if placed and not any(m.actor.code in homes for m in placed):
            return placed
    tiers = [direct, *(_complement_actors(document, c) for c in complements),
             *(_complement_actors(document, c) for o in objects for c in _content_clauses(o)),
             place_actors(document, place_tokens(verb)),
             place_actors(document, [p for o in objects for p in place_tokens(o)]),  # "lifted a curfew in X"
             _conditioned_actors(document, verb, complements)]
    for tier in tiers:
        if coded(tier):
            return coded(tier)
    from_story = [m for o in objects if (m := story_referent(document, o, source_codes)) is not None
                  and m.actor.code not in source_codes]
    return from_story or direct


def _blamed(document: Document, verb: Token) -> list[ActorMention]:
    """'blamed the attacks on militants in Afghanistan': the actors of the 'on' phrase, whom
    the verb blames for the deed its object names (the parser often hangs the phrase on the object)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    culprits = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on" for o in _prep_objects(c)]
    named = coded(actors_in(document, culprits))
    if named and not all(_placed_by_context(m.actor) for m in named):
        return named
    # uncoded culprits, or ones the story's state only guessed at, are placed by their own phrase
    # ("militants present on Afghan soil")
    return place_actors(document, [t for o in culprits for t in o.subtree if t.dep_ == "pobj"]) or named


def _placed_by_context(actor: Actor) -> bool:
    """An agent the actor stage gave only the state of the story or of its sentence: a guess that
    the place its own phrase names overrules."""
    return actor.resolved_by in _CONTEXT_PLACED


def _addressed_people(verb: Token) -> list[Token]:
    """'urged owners of food stalls to substitute other meats', 'encourage AI companies to compete
    with X': the addressees of an appeal, plural common nouns for people asked to act in a 'to'-clause
    (a singular "the council" is a body the actor stage names or not).
    They are its recipients even when the actor stage leaves them uncoded, not whatever the act
    asked for names; plurals of states ("urged nations to") are left to the tiers."""
    if verb.lemma_.lower() not in ADDRESSING_VERBS or not any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return []
    return [c for c in verb.children
            if c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() not in STATE_GROUP_NOUNS]


def _uncoded_mention(noun: Token) -> ActorMention:
    """An uncoded actor for a noun the actor stage did not take as one ("owners"): a recipient named,
    whose state the story may give (:mod:`dyads.stages.story_dyads`)."""
    first = min((t for t in noun.subtree if t.i <= noun.i), key=lambda t: t.i)
    text = noun.doc[first.i:noun.i + 1].text
    actor = Actor(text, first.idx, first.idx + len(text), text, None, None, resolved_by="addressee")
    return ActorMention(actor, first.i, noun.i + 1, noun.i)


def _source_owned(document: Document, mention: ActorMention, source_codes: frozenset[str]) -> bool:
    """'Israel strengthened its forces in Lebanon': the source's own forces, named by a possessive
    pronoun, are what it acts with, not its recipient (Lebanon is)."""
    head = document.doc[mention.head]
    return mention.actor.code in source_codes and any(
        c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in head.children)


def _partners(document: Document, verb: Token) -> list[ActorMention]:
    """Whom a topic verb's act is shared with: its 'with' phrase, or one the parser hung on the topic."""
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    phrases += [p for o in verb.children if o.dep_ == "dobj"
                for p in o.children if p.dep_ == "prep" and p.lower_ == "with"]
    return coded(actors_in(document, [g for p in phrases for g in _prep_objects(p)]))


def story_referent(document: Document, token: Token,
                   source_codes: frozenset[str] = frozenset()) -> ActorMention | None:
    """The actor an unresolved object stands for in the story (see the module docstring)."""
    pronouns = [c for c in token.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS]
    if pronouns:
        return _antecedent(document, pronouns[0], source_codes)
    collective = [c for c in token.children if c.dep_ == "poss" and c.lower_ in _COLLECTIVE_POSSESSIVES]
    if collective and source_codes and _is_authored(token):
        return _antecedent(document, collective[0], source_codes, persons_only=False)
    if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children) \
            and not any(c.dep_ == "poss" for c in token.children):
        return _author(document, token)
    return _named_state(token, "caseless-name")


def _named_state(token: Token, how: str) -> ActorMention | None:
    """The state a name ("Montenegro", "North Korea", "kyiv") names outright, as an actor mention."""
    words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
    iso3 = _state_named(" ".join(w.lower_ for w in words), _CASELESS_KINDS)
    if iso3 is None:
        return None
    start, end = words[0].idx, token.idx + len(token.text)
    actor = Actor(token.doc.text[start:end], start, end, knowledge.country_name(iso3), iso3, iso3, resolved_by=how)
    return ActorMention(actor, words[0].i, token.i + 1, token.i)


def place_actors(document: Document, places: list[Token]) -> list[ActorMention]:
    """Coded actors of place phrases; the actor stage leaves a plain place name ("in Montenegro")
    unresolved, so a state's name is read as that state."""
    found = coded(actors_in(document, places))
    return found or [m for p in places if (m := _named_state(p, "place-name")) is not None]


def _antecedent(document: Document, pronoun: Token, exclude: frozenset[str],
                persons_only: bool = True) -> ActorMention | None:
    """The nearest coded person (or any actor) mentioned before the pronoun, not of the excluded codes."""
    before = [m for m in document.mentions if m.last <= pronoun.i and m.actor.code is not None
              and m.actor.code not in exclude
              and (not persons_only or document.doc[m.head].ent_type_ == "PERSON")]
    return max(before, key=lambda m: m.last, default=None)


def _is_authored(noun: Token) -> bool:
    """A thing an actor puts forward (a proposal, an offer), per the event-word data."""
    from dyads.stages.nominal import words_of  # nominal builds on this module

    return noun.lemma_.lower() in words_of("authored")


def _is_worry(noun: Token) -> bool:
    """A noun of worry voiced as an object ('concern', 'alarm'), per the event-word data."""
    from dyads.stages.nominal import words_of  # nominal builds on this module

    return noun.lemma_.lower() in words_of("worry")


def _author(document: Document, noun: Token) -> ActorMention | None:
    """Who put forward the latest earlier proposal, plan or offer, if the noun is one."""
    from dyads.stages.nominal import words_of  # nominal builds on this module

    if not _is_authored(noun):
        return None
    authored = words_of("authored")
    found = None
    for token in noun.doc[: noun.i]:
        if token.lemma_.lower() in authored and token.pos_ == "NOUN":
            found = _owner(document, token, words_of("authoring")) or found
        elif token.pos_ == "VERB" and token.lemma_ == noun.lemma_:
            # "X called a meeting ... Y supported the call": the verb's subject made the call
            found = next(iter(coded(actors_in(document, subject_tokens(token)))), None) or found
    return found


def _owner(document: Document, thing: Token, authoring: frozenset[str]) -> ActorMention | None:
    """The coded possessor of a thing, or the coded subject of the authoring verb it is the
    object of ("China announced a plan"); a thing merely criticised has no new owner."""
    owners = [c for c in thing.children if c.dep_ == "poss"]
    if not owners and thing.dep_ == "dobj" and thing.head.lemma_.lower() in authoring:
        owners = subject_tokens(thing.head)
    return next(iter(coded(actors_in(document, owners))), None)


def _complement_actors(document: Document, clause: Token) -> list[ActorMention]:
    """A complement clause's subject, else its objects, else its own complements' actors."""
    subjects = actors_in(document, [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")])
    if subjects:  # "demanded that Hamas renounce ...": the addressee, even if unresolved, unless
        # the clause places an uncoded one ("a call for peacekeepers to be deployed in Mali")
        return subjects if coded(subjects) else place_actors(document, place_tokens(clause)) or subjects
    for clausal in (c for c in clause.children if c.dep_ == "csubj"):
        found = coded(_complement_actors(document, clausal))
        if found:  # "warned that expanding cooperation between X and Y is dangerous"
            return found
    objects = coded(actors_in(document, [o for c in (clause, *clause.conjuncts) for o in object_tokens(c, None)]))
    if objects:  # "threatened to close or suspend U.S. operations": the conjuncts share the object
        return objects
    for inner in complement_clauses(clause) + purpose_clauses(clause):
        found = _complement_actors(document, inner)
        if found:  # "willing to send material to help defend Saudi Arabia": whom the help is for
            return found
    places = place_tokens(clause) + [p for o in object_tokens(clause, None) for p in place_tokens(o)]
    return place_actors(document, places)  # "threatened to impose a curfew in Algiers"


def purpose_clauses(clause: Token) -> list[Token]:
    """Infinitive purpose clauses of a clause ("send troops to help X")."""
    return [c for c in clause.children if c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _content_clauses(noun: Token) -> list[Token]:
    """The clause spelling out a proposal, demand or invitation ("a call for troops to be deployed
    in Haiti", "demands that the government grant"), or a worry ("expressed concern that Peruvian
    troops were massing"): its actors are what the proposal or worry is aimed at."""
    if not (_is_authored(noun) or _is_worry(noun)):
        return []
    return [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")]


def _conditioned_actors(document: Document, verb: Token, complements: list[Token]) -> list[ActorMention]:
    """Subjects of the verb's 'if' / 'unless' clauses: "threatened to strike unless Israel rescinded"."""
    clauses = [c for v in (verb, *complements) for c in v.children
               if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)]
    return coded(actors_in(document, [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]))


def verdict_words(verb: Token) -> Iterator[Token]:
    """The words of the verdict a naming or appraising verb gives its object: its predicate
    ('called the move disappointing', 'called it dangerous and illegal'), an 'as' phrase
    ('described the plan as unrealistic', also hung on the object), or an adjective the parser
    put after the object ('called the ruling unacceptable'); a noun verdict brings its
    adjectives ('a blatant violation')."""
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advcl") and child.pos_ in ("ADJ", "NOUN"):
            for word in (child, *(c for c in child.children if c.dep_ == "conj")):
                yield from _with_adjectives(word)
        elif child.dep_ == "dobj":
            yield from (g for g in child.children if g.dep_ in ("amod", "advmod") and g.i > child.i and g.pos_ == "ADJ")
            yield from _as_verdicts(child)
        elif child.dep_ == "prep" and child.lower_ == "as":
            for word in (g for g in child.children if g.dep_ in ("pobj", "amod", "acomp") and g.pos_ in ("ADJ", "NOUN")):
                yield from _with_adjectives(word)


def _as_verdicts(obj: Token) -> Iterator[Token]:
    """'described the decision as a violation' with 'as' hung on the object."""
    for prep in (g for g in obj.children if g.dep_ == "prep" and g.lower_ == "as"):
        for word in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("ADJ", "NOUN")):
            yield from _with_adjectives(word)


def _with_adjectives(word: Token) -> Iterator[Token]:
    yield word
    if word.pos_ == "NOUN":
        yield from (c for c in word.children if c.dep_ == "amod" and c.pos_ == "ADJ")


__all__ = ["ADDRESSING_VERBS", "STATE_GROUP_NOUNS", "TIME_PREPS", "actors_in", "coded", "complement_clauses", "deployed_forces",
           "gapped_object", "is_for_clause", "object_tokens",
           "place_actors", "place_tokens", "purpose_clauses", "quote_speaker", "source_actors", "story_referent",
           "subject_tokens", "target_mentions", "verdict_words"]
