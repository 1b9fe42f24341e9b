"""The stance stage: constructions, negation, conditions, concepts, story-time order, the seed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import dyads
from conftest import SEED, shared_file
from dyads.concepts import concept_id, query_terms
from dyads.eval.metrics import PRF
from dyads.eval.stances import (
    CodedStances,
    GoldStance,
    evaluate_stances,
    holder_agrees,
    load_stance_gold,
    match,
    target_agrees,
)
from dyads.knowledge import KnowledgeError
from dyads.nlp import load_model
from dyads.records import Actor, CodedStory, DateInfo, Span, Stance, StanceTarget, Story
from dyads.settings import Settings
from dyads.stages import Document
from dyads.stages.actors import resolve_actors
from dyads.stages.quotes import extract_quotes
from dyads.stages.stances import code_stances
from dyads.stance_lexicon import parse_lexicon, stance_lexicon
from dyads.store import Store
from dyads.timeline import stance_timeline

DAY = dt.date(2023, 5, 12)


def stances(text: str) -> tuple[Stance, ...]:
    """Stances of a one-story text, through the actor, quote and stance stages only."""
    nlp = load_model(Settings().model)
    document = resolve_actors(Document(Story("t", DAY, text), nlp(text)))
    return code_stances(extract_quotes(document)).stances


def only(text: str) -> Stance:
    found = stances(text)
    assert len(found) == 1, [(s.holder.code, s.polarity, s.evidence.text) for s in found]
    return found[0]


# (sentence, holder code, polarity, target text, evidence)
CONSTRUCTIONS = [
    ("US Secretary of State Antony Blinken criticized the proposal.", "USA", "oppose", "the proposal",
     "criticized the proposal"),
    ("France backed the plan.", "FRA", "support", "the plan", "backed the plan"),
    ("Germany welcomed the initiative.", "DEU", "support", "the initiative", "welcomed the initiative"),
    ("Russia rejected the offer.", "RUS", "oppose", "the offer", "rejected the offer"),
    ("The European Union praised the agreement.", "EU", "support", "the agreement", "praised the agreement"),
    ("Japan opposes the sanctions.", "JPN", "oppose", "the sanctions", "opposes the sanctions"),
    ("China continued to defend the plan.", "CHN", "support", "the plan", "continued to defend the plan"),
    ("The Kremlin objected to the resolution.", "RUS", "oppose", "the resolution", "objected to the resolution"),
    ("The plan was rejected by Poland.", "POL", "oppose", "The plan", "The plan was rejected"),
    ("Egypt expressed support for the ceasefire.", "EGY", "support", "the ceasefire", "support for the ceasefire"),
    ("US support for the talks is growing.", "USA", "support", "the talks", "support for the talks"),
    ("The British prime minister said there are positive elements in the Chinese peace plan.", "GBR",
     "support", "the Chinese peace plan", "there are positive elements in the Chinese peace plan"),
    ("The Canadian foreign minister said there is nothing wrong with the proposal.", "CAN", "support",
     "the proposal", "there is nothing wrong with the proposal"),
    ("The Indian foreign minister said the visit was a positive step.", "IND", "support", "the visit",
     "the visit was a positive step"),
    ("The United States has softened its stance on the Iranian nuclear deal.", "USA", "neutral",
     "the Iranian nuclear deal", "has softened its stance on the Iranian nuclear deal"),
    ('"We reject the plan," the Polish president said.', "POL", "oppose", "the plan", "reject the plan"),
    ("The United Nations called for a ceasefire.", "UN", "support", "a ceasefire", "called for a ceasefire"),
    ("Germany is opposed to the plan.", "DEU", "oppose", "the plan", "is opposed to the plan"),
    ("India remains critical of the deal.", "IND", "oppose", "the deal", "remains critical of the deal"),
    ("France is in favor of the proposal.", "FRA", "support", "the proposal", "is in favor of the proposal"),
    ("Hungary is against the sanctions.", "HUN", "oppose", "the sanctions", "is against the sanctions"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target", "evidence"), CONSTRUCTIONS,
                         ids=[c[0][:40] for c in CONSTRUCTIONS])
def test_each_stance_construction(text: str, holder: str, polarity: str, target: str, evidence: str) -> None:
    stance = only(text)
    assert (stance.holder.code, stance.polarity, stance.target.text, stance.evidence.text) == (
        holder, polarity, target, evidence)
    assert text[stance.evidence.start:stance.evidence.end] == stance.evidence.text
    assert text[stance.target.start:stance.target.end] == stance.target.text
    assert not stance.conditional and stance.condition is None


# (sentence, polarity, evidence): the lexicon's `negated` column decides
NEGATIONS = [
    ("Turkey did not support the resolution.", "oppose", "did not support the resolution"),
    ("Australia no longer supports the treaty.", "oppose", "no longer supports the treaty"),
    ("Beijing's lack of support for the sanctions surprised Washington.", "oppose",
     "lack of support for the sanctions"),
    ("Brazil refused to condemn the invasion.", "neutral", "refused to condemn the invasion"),
    ("Italy did not criticize the plan.", "neutral", "did not criticize the plan"),
    ("Beijing was not supportive of the council meeting.", "oppose",
     "was not supportive of the council meeting"),
    ("Far from rejecting the proposal, Spain asked for more details.", "neutral",
     "Far from rejecting the proposal"),
    ("Portugal has yet to endorse the plan.", "oppose", "has yet to endorse the plan"),
    ('"Greece sees no need for a summit," the Greek minister said.', "oppose", "need for a summit"),
]


@pytest.mark.parametrize(("text", "polarity", "evidence"), NEGATIONS, ids=[n[0][:40] for n in NEGATIONS])
def test_negation(text: str, polarity: str, evidence: str) -> None:
    stance = only(text)
    assert (stance.polarity, stance.evidence.text) == (polarity, evidence)


CONDITIONS = [
    ("Germany would back the proposal if Russia withdraws its troops.", "support",
     "if Russia withdraws its troops"),
    ("Ukraine rejected any deal that does not restore its borders.", "oppose",
     "any deal that does not restore its borders"),
    ("The US Secretary of State criticized the proposal, saying any call for a ceasefire that does not "
     "include the withdrawal of Russian forces would be ratification of the Russian conquest.", "oppose",
     "any call for a ceasefire that does not include the withdrawal of Russian forces"),
]


@pytest.mark.parametrize(("text", "polarity", "condition"), CONDITIONS, ids=[c[0][:40] for c in CONDITIONS])
def test_conditional_stances_carry_their_condition(text: str, polarity: str, condition: str) -> None:
    stance = only(text)
    assert (stance.polarity, stance.conditional, stance.condition) == (polarity, True, condition)


PHRASINGS = [
    "France rejected China's 12-point peace plan.",
    "France rejected Beijing's proposal for peace talks.",
    "France rejected China's negotiation offer.",
    "France rejected the Chinese peace initiative.",
    "France rejected China's peace proposals.",
]


@pytest.mark.parametrize("text", PHRASINGS)
def test_phrasings_of_one_plan_share_a_concept(text: str) -> None:
    target = only(text).target
    assert (target.concept, target.concept_id) == ("chn peace plan", concept_id("chn peace plan"))


# (story, concept of each stance in order)
COREFERENCE = [
    # (the plan announced is China's stance for the talks it would facilitate)
    ("China announced a 12-point plan to facilitate peace talks. France rejected the proposal.",
     ["peace talks", "chn peace plan"]),
    ("Russia proposed a ceasefire plan. China announced a peace plan. France rejected the plan. "
     "Germany backed the ceasefire plan.", ["rus ceasefire plan", "chn peace plan", "chn peace plan",
                                           "rus ceasefire plan"]),
    ("China announced a peace plan. France rejected a plan.", ["chn peace plan", "plan"]),
]


@pytest.mark.parametrize(("text", "concepts"), COREFERENCE, ids=["announced", "most recent compatible",
                                                                  "indefinite starts anew"])
def test_definite_mentions_take_the_most_recent_compatible_concept(text: str, concepts: list[str]) -> None:
    assert [s.target.concept for s in stances(text)] == concepts


def test_concept_ids_are_stable_hashes_of_the_name() -> None:
    assert concept_id("chn peace plan") == concept_id("chn peace plan") != concept_id("rus peace plan")
    assert query_terms("China's peace proposals") == ("chn", "peace", "plan")
    assert query_terms("Beijing's negotiation offer") == ("chn", "peace", "plan")


def test_the_object_of_praise_or_blame_holds_the_stance_of_its_for_phrase() -> None:
    found = stances("The president attacked the newspaper for refusing to support his plans.")
    assert [(s.holder.text, s.polarity, s.target.text) for s in found] == [("newspaper", "oppose", "his plans")]


@pytest.mark.parametrize(("text", "target"), [
    ("Sweden condemned Norway for closing the border crossings.", "closing the border crossings"),
    ("France backed Germany for the presidency of the council.", "Germany"),  # backing judges nothing
    ("Sweden condemned the plan for its cost.", "the plan for its cost"),      # the object is no actor
])
def test_blame_of_an_actor_for_an_act_judges_the_act(text: str, target: str) -> None:
    assert [s.target.text for s in stances(text)] == [target]


def test_a_request_is_the_requesters_stance_not_the_addressees() -> None:
    found = stances("The UN envoy urged Russia to accept the plan.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("UN", "support", "the plan")]


@pytest.mark.parametrize("text", [
    "The president might back off his tariff threats.",         # "back off" is not "back"
    "A Russia-backed plan was announced.",                       # a participle describes
])
def test_no_stance_where_the_holder_is_not_the_subject(text: str) -> None:
    assert stances(text) == ()


# (sentence, holder code, polarity, target text): verbs of wanting, verdicts, appraisals
FRAMES = [
    ("The Brazilian minister said he hopes a truce could take hold within weeks.", "BRA", "support", "a truce"),
    ("Chile hopes there can be a new treaty before the deadline.", "CHL", "support", "a new treaty"),
    ("The Peruvian envoy called for the junta to lift the curfew and open a dialogue.", "PER", "oppose",
     "the curfew"),
    ("The Peruvian envoy called for the junta to lift the curfew and open a dialogue.", "PER", "support",
     "a dialogue"),
    ("The Norwegian minister called on donors to fund the new clinic.", "NOR", "support", "the new clinic"),
    ('"We need new talks," the Turkish minister said.', "TUR", "support", "new talks"),
    ('"Europe needs to strengthen its navy," the Dutch minister said.', "NLD", "support", "its navy"),
    ("Germany does not want a trade war.", "DEU", "oppose", "a trade war"),
    ("The Kenyan minister said a firm regional response was urgently needed.", "KEN", "support",
     "a firm regional response"),
    ("The Turkish minister said it was a mistake to back the rebels.", "TUR", "oppose", "the rebels"),
    ('"The blockade is a mistake," the Greek minister said.', "GRC", "oppose", "The blockade"),
    ("Italy described the plan as unrealistic.", "ITA", "oppose", "the plan"),
    ("The Irish foreign minister called the levy deeply disappointing.", "IRL", "oppose", "the levy"),
    ("The Peruvian envoy called the decision a blatant case of judicial overreach.", "PER", "oppose",
     "the decision"),
    ("The judge issued a ruling that the Peruvian minister called inhumane.", "PER", "oppose", "a ruling"),
    ("The US president demanded that Canada must immediately drop the dairy tariff.", "USA", "oppose",
     "the dairy tariff"),
    ("Kenya has refused to attend the hearing.", "KEN", "oppose", "the hearing"),
    ("Opposition lawmakers in Kenya have spoken out against the action.", "KEN", "oppose", "the action"),
    ("The Hungarian prime minister has long railed against the Schengen rules.", "HUN", "oppose",
     "the Schengen rules"),
    ("The Kenyan president urged Somalia to return to talks.", "KEN", "support", "talks"),
    ('"The arrests of opposition leaders are a deep concern," the South African politician said.', "ZAF",
     "oppose", "The arrests of opposition leaders"),
    ("Tokyo and Washington shared concerns over the expansion of the arsenal.", "JPN", "oppose",
     "the expansion of the arsenal"),
    ("Kenya agrees with the removal of the governor.", "KEN", "support", "the removal of the governor"),
    ('"We stand together in the face of the illegal blockade," the Estonian minister said.', "EST", "oppose",
     "the illegal blockade"),
    ("As host country Chile outlined its agenda, focusing on achieving a lasting peace in the region.", "CHL",
     "support", "a lasting peace"),
    ("Poland is committed to rebuilding the bridge.", "POL", "support", "the bridge"),
    ("The Swedish minister emphasized the importance of protecting undersea cables.", "SWE", "support",
     "undersea cables"),
    ("Rwanda has underscored the need for observers.", "RWA", "support", "observers"),
    ("The fines, which Austria has dismissed as baseless, were upheld.", "AUT", "oppose", "The fines"),
    ("The Belgian senator praised Portugal for backing the treaty.", "PRT", "support", "the treaty"),
    # praise or blame of an actor 'for' an act judges the act
    ("Sweden condemned Norway for closing the border crossings.", "SWE", "oppose", "closing the border crossings"),
    ("Kenyan officials blamed the rebels for the latest wave of attacks.", "KEN", "oppose",
     "the latest wave of attacks"),
    # a share stands for its whole, as object and as the subject of what is wanted
    ("Vietnam and Brunei contest all or parts of Beijing's claims over the reefs.", "BRN", "oppose",
     "Beijing's claims"),
    ('"We urge that all parts of the peace accord be implemented," the Nepali minister said.', "NPL", "support",
     "the peace accord"),
    # offers, agreements and firm readiness stand for the act
    ("Canada and Norway offered to resettle the Rohingya.", "NOR", "support", "resettle the Rohingya"),
    ("Chile and Peru agreed to strengthen the border patrols.", "PER", "support", "the border patrols"),
    ('"We will not hesitate to raise the levy," the Ghanaian minister said.', "GHA", "support", "the levy"),
    ("The Irish president is pressuring Britain to curb the fishing quotas.", "IRL", "oppose",
     "the fishing quotas"),
    # a stance noun as the object of a wanted act passes the stance on
    ("Filipinos want their government to step up opposition to the quarry.", "PHL", "oppose", "the quarry"),
    # a text argues for what its author stands for
    ("The Danish minister wrote an article advocating for a northern defense pact.", "DNK", "support",
     "a northern defense pact"),
    # a stance noun its subject has from a giver is the giver's
    ("The treaty also has the backing of Chile.", "CHL", "support", "The treaty"),
    # the parser may hang a predicate's preposition on the copula
    ("Ecuador is expected to be tough on illegal fishing.", "ECU", "oppose", "illegal fishing"),
    ("Serbia does not recognize the tribunal.", "SRB", "oppose", "the tribunal"),
    ("The Japanese minister stressed the need to impose tariffs.", "JPN", "support", "tariffs"),
    ("Chile voiced optimism about the talks.", "CHL", "support", "the talks"),
    ("The Irish analyst said that attempting a summit with the rebels could be risky.", "IRL", "oppose",
     "attempting a summit with the rebels"),
    ("The Irish minister said a regional alliance is not feasible.", "IRL", "neutral", "a regional alliance"),
    ("Chile vowed retaliation against the tariffs.", "CHL", "oppose", "the tariffs"),
    ("Chile cast doubt on the plan.", "CHL", "oppose", "the plan"),
    ("Chile expressed confidence in the new government.", "CHL", "support", "the new government"),
    # a hope stated as a 'that' clause wants its subject to happen, or to go
    ("The Chilean minister expressed hope that the talks would resume soon.", "CHL", "support", "the talks"),
    ("The Chilean minister expressed hope that the fighting would end.", "CHL", "oppose", "the fighting"),
    # a verb that is a stance verb only with its particle ("get behind") is a plain act without it
    ("Chile hopes to get concessionary loans.", "CHL", "support", "concessionary loans"),
    # a thing said to put something at risk is opposed
    ("Kenyan critics say the port deal could threaten the security of the coast.", "KEN", "oppose",
     "the port deal"),
    # a named measure the parser tags as an organisation is still a thing to drop
    ('The Mexican president demanded that Lima "must drop its Dairy Tariff on imported cheese."', "MEX",
     "oppose", "its Dairy Tariff"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), FRAMES, ids=[f[0][:40] for f in FRAMES])
def test_stances_framed_by_wanting_judging_and_appraising(text: str, holder: str, polarity: str,
                                                          target: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found


# "no comment" is a neutral stance; commenting is none; acknowledging is no recognition
NO_COMMENT = [
    ("The Chilean ministry had no comment on the report.", [("CHL", "neutral", "the report")]),
    ("The Chilean ministry said it does not comment on intelligence matters.",
     [("CHL", "neutral", "intelligence matters")]),
    ("The Chilean ministry commented on the report.", []),
    ("Chilean officials have yet to comment on the claims.", [("CHL", "neutral", "the claims")]),
    # declining to comment refuses nothing but the comment: the neutral "no comment"
    ("Kenya declined to comment on the northern district.", [("KEN", "neutral", "the northern district")]),
    ("The Chilean minister continued to recognize a difficult situation.", []),
]


@pytest.mark.parametrize(("text", "expected"), NO_COMMENT, ids=[n[0][:40] for n in NO_COMMENT])
def test_a_declined_comment_is_neutral(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s.holder.code, s.polarity, s.target.text) for s in stances(text)] == expected


def test_an_act_done_to_a_place_or_a_want_of_nothing_is_no_stance() -> None:
    assert stances("Canada does not want to touch Greenland.") == ()


def test_a_verdict_left_open_by_whether_is_neutral() -> None:
    found = stances('"We will have to see whether another summit is appropriate," the Irish minister said.')
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("IRL", "neutral", "another summit")]


def test_a_group_placed_in_several_states_is_one_holder_per_state() -> None:
    found = stances("Officials from France and Germany rejected the plan.")
    assert [(s.holder.code, s.polarity) for s in found] == [("FRA", "oppose"), ("DEU", "oppose")]


def test_a_group_named_by_its_politics_holds_with_where_it_is_from() -> None:
    stance = only("The vote was seized on by nationalist populists in northern countries that have been "
                  "critical of the levy.")
    assert (stance.holder.code, stance.holder.text, stance.polarity, stance.target.text) == (
        None, "nationalist populists in northern countries", "oppose", "the levy")


def test_a_group_speaks_for_the_members_of_its_state_it_names() -> None:
    found = stances("Three members of the U.S. Senate \u2014 Chuck Grassley, Jeanne Shaheen and Jim Risch \u2014 "
                    "called for a ceasefire.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("USA", "support", "a ceasefire")]


def test_a_people_noun_denied_by_no_holds_nothing() -> None:
    assert stances("No country has officially recognized the junta.") == ()
    assert [(s.holder.text, s.polarity) for s in stances("Other countries are resisting the expansion.")] == [
        ("Other countries", "oppose")]


def test_a_stance_noun_held_among_a_group() -> None:
    found = stances("The minister signed the deal despite fears among Chileans about too much foreign debt.")
    assert ("CHL", "oppose", "too much foreign debt") in [(s.holder.code, s.polarity, s.target.text) for s in found]


def test_support_received_in_a_capital_is_the_capitals() -> None:
    found = stances("The treaty has received broad support in Ottawa.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("CAN", "support", "The treaty")]


def test_a_commitment_to_help_is_a_commitment_to_the_act_helped() -> None:
    found = stances('"We will help release the hostages," the Qatari minister said.')
    assert ("QAT", "support", "release the hostages") in [(s.holder.code, s.polarity, s.target.text) for s in found]


# a stance noun as object passes the verb's stance on to its own target
COMPOSED = [
    ("Chile rejected calls for a truce.", "oppose", "a truce"),
    ("The Kenyan government demanded an end to the fighting.", "oppose", "the fighting"),
    ("Italy backed calls for a new inquiry.", "support", "a new inquiry"),
    ("The Danish minister dismissed concerns about the tariffs.", "neutral", "the tariffs"),
]


@pytest.mark.parametrize(("text", "polarity", "target"), COMPOSED, ids=[c[0][:40] for c in COMPOSED])
def test_stances_through_a_stance_noun(text: str, polarity: str, target: str) -> None:
    assert (polarity, target) in [(s.polarity, s.target.text) for s in stances(text)]


ADVOCACY = [
    ('"Europe must lift the tariffs," the Dutch minister said.', "NLD", "oppose", "the tariffs"),
    ("The Greek minister said Ankara should not expand the base.", "GRC", "oppose", "the base"),
    ('"The council should adopt the resolution," the Irish envoy said.', "IRL", "support", "the resolution"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), ADVOCACY, ids=[a[0][:40] for a in ADVOCACY])
def test_what_a_speaker_says_must_be_done_is_the_speakers_stance(text: str, holder: str, polarity: str,
                                                                 target: str) -> None:
    assert (holder, polarity, target) in [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]


@pytest.mark.parametrize("text", [
    "The illegal blockade of the port continued, the Estonian minister said.",  # an epithet outside a quote
    '"The good thing is that the port is open," the Estonian minister said.',   # a frame, no verdict
    "The Irish envoy urged the council to press the warring parties.",        # the parties are addressed
    "Journalists have been blocked, the Irish media group said.",             # a passive names no holder
    "The Kenyan minister said there was a threat in the northern district.",   # says where, judges nothing
    "Ankara must lift the tariffs.",                                          # the author's own voice
    '"Either you want peace or you do not," the Austrian minister said.',     # "you" is anybody
    "The new body would focus on the tariffs, the Austrian analysts say.",     # a forecast of a thing
])
def test_no_stance_from_verdicts_or_wants_nobody_holds(text: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert not [f for f in found if f[2] in ("the northern district", "the tariffs", "peace", "new duties",
                                             "the warring parties", "Journalists", "The illegal blockade of the port",
                                             "The good thing")], found


def test_an_act_a_verdict_judges_is_nobodys_own_stance() -> None:
    found = stances("The Turkish minister said it was a mistake to back the rebels.")
    assert [(s.holder.code, s.polarity) for s in found] == [("TUR", "oppose")]


def test_a_want_with_a_stance_verb_of_its_own_is_read_once() -> None:
    found = stances("Chile hopes to support the treaty.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("CHL", "support", "the treaty")]


def test_states_listed_inside_one_mention_each_hold_the_stance() -> None:
    found = stances("Members Greece, Panama and South Korea supported the motion.")
    assert [(s.holder.code, s.polarity) for s in found] == [("GRC", "support"), ("PAN", "support"),
                                                            ("KOR", "support")]


def test_a_parser_lemma_slip_does_not_hide_a_desire() -> None:
    # spaCy lemmatises "hopes" as "hop" in some contexts; the lexicon form is tried too
    assert any(s.polarity == "support" for s in stances("Mexico said it hopes a settlement can be found."))


def test_appositive_and_coordinated_subjects_each_hold_the_stance() -> None:
    found = stances("The United States and the European Union rejected the plan.")
    assert [(s.holder.code, s.polarity) for s in found] == [("USA", "oppose"), ("EU", "oppose")]


def test_time_cues_order_the_story() -> None:
    found = stances("Washington now supports the plan. The United States initially rejected the plan. "
                    "France backed the plan.")
    assert [(s.holder.code, s.polarity) for s in found] == [("USA", "oppose"), ("FRA", "support"),
                                                            ("USA", "support")]


def test_a_stance_noun_at_the_root_of_a_headline() -> None:
    stance = only("China's support for the peace plan")
    assert (stance.holder.code, stance.polarity, stance.target.concept) == ("CHN", "support", "peace plan")


def test_a_story_without_stances_gets_none() -> None:
    assert stances("Russian troops attacked Ukrainian positions near Bakhmut.") == ()


def test_stance_ids_are_stable_and_unique() -> None:
    text = "France backed the plan. Germany rejected the plan."
    first, second = stances(text), stances(text)
    assert [s.stance_id for s in first] == [s.stance_id for s in second]
    assert len({s.stance_id for s in first}) == 2


def test_lexicon_is_versioned_and_checked() -> None:
    lexicon = stance_lexicon()
    assert lexicon.version and lexicon.heads["offer"] == lexicon.heads["proposal"] == "plan"
    with pytest.raises(KnowledgeError, match="unknown kind 'verbs'"):
        parse_lexicon("kind\tcue\tpolarity\tnegated\tvalue\tnote\nversion\t1\t\t\t\t\nverbs\tback\tsupport\t\t\t\n")
    with pytest.raises(KnowledgeError, match="polarity 'pro'"):
        parse_lexicon("kind\tcue\tpolarity\tnegated\tvalue\tnote\nversion\t1\t\t\t\t\nverb\tback\tpro\t\t\t\n")


# -- the seed story -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed() -> CodedStory:
    stories = list(dyads.read_stories([shared_file(SEED)]))
    assert len(stories) == 1 and isinstance(stories[0], dyads.Story)
    return next(dyads.code(stories))


def _usa_on_plan(seed: CodedStory) -> list[Stance]:
    return [s for s in seed.stances if s.holder.code == "USA" and s.target.concept == "chn peace plan"]


def _index(found: list[Stance], words: str) -> int:
    return next(i for i, s in enumerate(found) if words in s.evidence.text)


def test_seed_us_opposition_and_support_on_one_concept(seed: CodedStory) -> None:
    found = _usa_on_plan(seed)
    polarity = {s.evidence.text: s.polarity for s in found}
    assert polarity["criticized the proposal"] == "oppose"
    assert polarity["initially rejected the plan"] == "oppose"
    assert polarity["there are positive elements in China\u2019s 12-point peace plan"] == "support"
    assert len({s.target.concept_id for s in found}) == 1


def test_seed_stances_are_in_story_time(seed: CodedStory) -> None:
    found = _usa_on_plan(seed)
    assert _index(found, "initially rejected") < _index(found, "positive elements") < _index(found, "softened")


def test_seed_criticism_is_conditional_opposition(seed: CodedStory) -> None:
    criticism = next(s for s in seed.stances if s.evidence.text == "criticized the proposal")
    assert criticism.conditional and criticism.condition is not None
    assert criticism.condition.startswith("any call for a ceasefire that does not include the withdrawal")


def test_seed_china_defends_and_does_not_support_annexations(seed: CodedStory) -> None:
    found = {(s.holder.code, s.polarity, s.target.concept) for s in seed.stances}
    assert {("CHN", "support", "chn peace plan"), ("CHN", "oppose", "rus annexation")} <= found


def test_seed_timeline_shows_the_us_shift(seed: CodedStory, tmp_path: Path) -> None:
    with Store(tmp_path / "seed.duckdb") as store:
        store.write(seed)
        timeline = stance_timeline(store, "USA", "peace plan")
    assert timeline.concepts == ("chn peace plan",)
    assert [(s.before.polarity, s.after.polarity) for s in timeline.shifts] == [("oppose", "support")]
    assert "positive elements" in timeline.shifts[0].after.evidence.text


# -- scoring against the annotated stories ---------------------------------------------------

def _predicted(holder: str | None, polarity: str, target: str, concept: str, start: int) -> Stance:
    actor = Actor("x", 0, 1, "X", holder, holder)
    return Stance("p", actor, StanceTarget(target, start, start + len(target), concept_id(concept), concept),
                  polarity, Span(start, start + len(target), target), DateInfo("2025-01-01", "2025-01-01", "story"))


def _gold(code: str | None, polarity: str, target: str, concept: str, start: int, holder: str = "") -> GoldStance:
    return GoldStance(start, target, code, holder, polarity, target, concept)


@pytest.mark.parametrize(("pred_concept", "pred_target", "gold_target", "gold_concept", "agrees"), [
    ("usa ceasefire plan", "the U.S. proposal", "a U.S. proposal for a ceasefire", "u.s. 30-day ceasefire proposal", True),
    ("chn peace plan", "the plan", "China's peace initiative", "chinese peace initiative", True),
    ("ukr", "Ukraine", "support for Ukraine", "support for ukraine", True),
    ("sanctions", "the sanctions", "the travel ban", "taliban ban on bennett", False),
    ("talks", "the negotiations", "peace talks", "russia-ukraine talks", True),
])
def test_target_agreement_compares_concept_heads(pred_concept: str, pred_target: str, gold_target: str,
                                                 gold_concept: str, agrees: bool) -> None:
    pred = _predicted("USA", "support", pred_target, pred_concept, 0)
    assert target_agrees(pred, _gold("USA", "support", gold_target, gold_concept, 0)) is agrees


def test_holder_agreement_by_code_or_head_word() -> None:
    pred = _predicted(None, "oppose", "the plan", "plan", 0)
    assert holder_agrees(pred, _gold(None, "oppose", "the plan", "plan", 0, holder="the X"))
    assert not holder_agrees(pred, _gold("USA", "oppose", "the plan", "plan", 0))


def test_matching_is_one_to_one_within_the_anchor_sentence() -> None:
    sentences = ((0, 50), (50, 100))
    coded = CodedStances((_predicted("USA", "oppose", "the plan", "plan", 10),
                          _predicted("USA", "oppose", "the plan", "plan", 20),
                          _predicted("USA", "oppose", "the plan", "plan", 60)), sentences)
    gold = [_gold("USA", "oppose", "the plan", "plan", 5), _gold("USA", "support", "the plan", "plan", 70)]
    assert match(coded, gold, lambda p, g: p.polarity == g.polarity) == PRF(tp=1, fp=2, fn=1)
    assert match(coded, gold, lambda p, g: True) == PRF(tp=2, fp=1, fn=0)


def test_shipped_annotations_load_and_score() -> None:
    from dyads.eval.voa import default_gold_dir

    if not any(default_gold_dir().glob("*.json")):
        pytest.skip("no annotated stories shipped yet")
    gold = load_stance_gold()
    assert {g.split for g in gold} <= {"dev", "test"}
    empty = evaluate_stances(lambda stories: [CodedStances((), ()) for _ in stories], gold)
    assert all(scores["found"].tp == 0 and scores["found"].fn > 0 for scores in empty.splits.values())
    assert "holder+polarity+target" in empty.format_table()


# (sentence, holder code or holder text, polarity, target text): constructions read from
# unannotated news; every sentence is invented
WIDER_CONSTRUCTIONS = [
    ("Germany reiterated its opposition to the border wall.", "DEU", "oppose", "the border wall"),
    ("France voiced opposition to the plan.", "FRA", "oppose", "the plan"),  # 'to' hung on 'voiced'
    ("Ghana's president threw his weight behind the candidate.", "GHA", "support", "the candidate"),
    ("Spain is at odds with Italy over the migration pact.", "ESP", "oppose", "Italy"),
    ("Poland voted in favor of the resolution.", "POL", "support", "the resolution"),
    ("Peru did not vote in favor of the resolution.", "PER", "oppose", "the resolution"),
    ("Nigeria protested the arrest of its diplomats.", "NGA", "oppose", "the arrest of its diplomats"),
    ("China expressed strong dissatisfaction with the visit.", "CHN", "oppose", "the visit"),
    ("Pakistan lodged a protest over the border incident.", "PAK", "oppose", "the border incident"),
    ("Portugal expressed solidarity with the flood victims.", "PRT", "support", "the flood victims"),
    ("Chile said the new quota was excessive.", "CHL", "oppose", "the new quota"),
    ('"This plan is not legal," the Kenyan minister said.', "KEN", "oppose", "This plan"),
    ("Critics rejected the budget.", "Critics", "oppose", "the budget"),
    ("Donors have voiced concern about the political crisis.", "Donors", "oppose", "the political crisis"),
    ("Tsarenzia dismissed the report as biased.", "Tsarenzia", "oppose", "the report"),
    ("They accused Peru of fraud, a charge Lima quickly rejected.", "PER", "oppose", "a charge"),
    ("Canada said that expanding cooperation between the two states is dangerous.", "CAN", "oppose",
     "expanding cooperation between the two states"),
    ("The court ruled that closing the camp would be unconstitutional.", "court", "oppose", "closing the camp"),
    ("The Austrian minister says immigration to Austria should stop for five years.", "AUT", "oppose",
     "immigration to Austria"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), WIDER_CONSTRUCTIONS,
                         ids=[w[0][:40] for w in WIDER_CONSTRUCTIONS])
def test_wider_stance_constructions(text: str, holder: str, polarity: str, target: str) -> None:
    found = [(s.holder.code or s.holder.text, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


def test_a_judged_act_is_not_the_speakers_own_act() -> None:
    found = stances("Canada said that rejecting the offer was a mistake.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("CAN", "support", "the offer")]


def test_a_light_verb_preposition_is_read_only_right_after_the_noun() -> None:
    assert not stances("Norway voiced support on Monday.")


def test_good_one_is_no_verdict_on_anything_named() -> None:
    found = stances('"It was a good one," the Irish minister said of the talks.')
    assert "a good one" not in [s.target.text for s in found]


# (sentence, holder code or text, polarity, target text): what a speaker says they will do
COMMITMENTS = [
    ("Chile warned that it will continue to exert pressure on Bolivia.", "CHL", "support",
     "exert pressure on Bolivia"),
    ("Ecuador has stated it will maintain trade relations with its neighbors.", "ECU", "support",
     "maintain trade relations with its neighbors"),
    ("The Brazilian president said he will impose a 50% tariff on imported steel.", "BRA", "support",
     "impose a 50% tariff on imported steel"),
    ("Mexico said it will lift the ban on corn imports.", "MEX", "oppose", "the ban on corn imports"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), COMMITMENTS, ids=[c[0][:40] for c in COMMITMENTS])
def test_what_a_speaker_says_they_will_do_is_their_stance(text: str, holder: str, polarity: str, target: str) -> None:
    found = [(s.holder.code or s.holder.text, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


@pytest.mark.parametrize("text", [
    "Canada said Russia will attack Ukraine again.",                   # a forecast about another actor
    "The Kenyan minister said he will be in Nairobi on Monday.",        # no act to stand for
    "The Irish envoy said Ireland will no longer grant the licences.",  # a commitment withdrawn
    "The Irish envoy said Ireland will react.",                         # no object: too little to stand for
    '"They will calculate the risks," the Peruvian envoy said.',       # "they" in a quote is somebody else
])
def test_no_commitment_without_the_speakers_own_act(text: str) -> None:
    assert not stances(text), [(s.holder.text, s.polarity, s.target.text) for s in stances(text)]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    # the act is the target, not the quantity "more"
    ("Few Europeans want to pay more for defense.", "Few Europeans", "oppose", "pay more for defense"),
    ("The new premier may advocate for forming a joint naval command.", "new premier", "support",
     "a joint naval command"),
    ("Many delegates spoke up for the island at the assembly.", "Many delegates", "support", "the island"),
    ("The senator is tough on the cartels.", "senator", "oppose", "the cartels"),
], ids=["few", "advocate for a gerund", "speak up for", "tough on"])
def test_quantified_subjects_and_phrasal_cues(text: str, holder: str, polarity: str, target: str) -> None:
    found = [(s.holder.code or s.holder.text, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


def test_a_negated_gerund_after_a_cue_is_no_stance_on_its_object() -> None:
    found = stances("The Irish envoy said Ireland is committed to never discussing the treaty.")
    assert "the treaty" not in [s.target.text for s in found]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    ("The Kremlin signaled its reluctance to endorse the U.S. proposal.", "RUS", "oppose", "the U.S. proposal"),
    ("Iran expressed its willingness to resume the nuclear talks.", "IRN", "support", "the nuclear talks"),
    ("Germany's refusal to send tanks angered Kyiv.", "DEU", "oppose", "tanks"),
    ("Brazil announced its decision to expand oil drilling.", "BRA", "support", "oil drilling"),
    ("Kenya's decision to close two refugee camps drew criticism.", "KEN", "support", "close two refugee camps"),
], ids=["reluctance", "willingness", "refusal", "announced decision", "decision to close"])
def test_an_intention_noun_gives_its_owner_a_stance_on_the_act(text: str, holder: str, polarity: str,
                                                              target: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


def test_a_removal_wanted_opposes_what_it_removes() -> None:
    found = stances("Qatar urged both sides to reduce hostilities.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("QAT", "oppose", "hostilities")]


def test_an_intention_someone_might_have_is_no_stance() -> None:
    found = stances('"Unless they have the intention to invade Chad, there is no reason," the Niger envoy said.')
    assert "Chad" not in [s.target.text for s in found]


def test_a_stance_nouns_preposition_hung_on_the_verb_still_carries_the_stance() -> None:
    found = stances("The Dutch minister urged the end to a tariff fight between the two blocs.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("NLD", "oppose", "a tariff fight")]


def test_a_phrase_set_against_the_target_takes_the_opposite_polarity() -> None:
    found = stances("Peru supports dialogue, not sanctions.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [
        ("PER", "support", "dialogue"), ("PER", "oppose", "sanctions")]


@pytest.mark.parametrize(("text", "holders", "target"), [
    ("The resolution won the backing of France and Germany.", ["FRA", "DEU"], "The resolution"),
    ("The bill enjoys strong support from Canada.", ["CAN"], "The bill"),
], ids=["won the backing of", "enjoys support from"])
def test_a_received_stance_is_held_by_its_giver(text: str, holders: list[str], target: str) -> None:
    found = stances(text)
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [(h, "support", target) for h in holders]


def test_an_appraised_object_misparsed_as_a_modifier_of_the_verdict() -> None:
    found = stances("The Irish minister called the ruling unacceptable.")
    # the parser hangs "the" on the verdict too, so the phrase may be the bare noun
    assert [(s.holder.code, s.polarity, s.target.text.removeprefix("the ")) for s in found] == [
        ("IRL", "oppose", "ruling")]


# (sentence, holder code or text, polarity, target text): cues added in lexicon 1.4.0; invented sentences
LEXICON_1_4 = [
    ("The plan is facing sharp criticism from Norway.", "NOR", "oppose", "The plan"),
    ("Belgium denied the allegations.", "BEL", "oppose", "the allegations"),
    ("Austria questioned the legality of the blockade.", "AUT", "oppose", "the legality of the blockade"),
    ("Chile vowed to retaliate against the new levies.", "CHL", "oppose", "the new levies"),
    ("Greece threatened to impose tariffs on the imports.", "GRC", "support", "tariffs"),
    ("Sweden renewed its demand for a truce.", "SWE", "support", "a truce"),
    ("Finland is sympathetic to the protesters.", "FIN", "support", "the protesters"),
    ("Denmark said it is committed to the climate accord.", "DNK", "support", "the climate accord"),
    ('"The new levy is worrisome," the Estonian minister said.', "EST", "oppose", "The new levy"),
    ("The Latvian minister called the vote a sham.", "LVA", "oppose", "the vote"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), LEXICON_1_4, ids=[w[0][:40] for w in LEXICON_1_4])
def test_lexicon_1_4_cues(text: str, holder: str, polarity: str, target: str) -> None:
    found = [(s.holder.code or s.holder.text, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


def test_an_oppose_noun_received_names_its_target_with_of_not_its_giver() -> None:
    # "criticism of the council" says what is criticised; nobody is said to give it
    assert not stances("The move drew strong criticism of the council.")


def test_a_threat_to_something_is_no_want_of_it() -> None:
    found = stances("The Slovak minister said the drills threaten the security of the region.")
    assert "the security of the region" not in [s.target.text for s in found]


def test_a_descriptive_epithet_in_a_quote_judges_nothing() -> None:
    found = stances('"They are the most important players in the market," the Maltese minister said.')
    assert not [s for s in found if s.target.text.endswith("players")]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    ("Croatia is willing to accept the proposal.", "HRV", "support", "the proposal"),
    ("Serbia is prepared to resume negotiations.", "SRB", "support", "negotiations"),
    ("Slovenia is reluctant to endorse the plan.", "SVN", "oppose", "the plan"),
    ("Hungary is not ready to lift the embargo.", "HUN", "support", "the embargo"),
], ids=["willing", "prepared", "reluctant", "not ready to lift"])
def test_an_intention_adjective_gives_its_subject_a_stance_on_the_act(text: str, holder: str, polarity: str,
                                                                     target: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


def test_an_intention_adjective_with_an_empty_act_is_no_stance() -> None:
    assert not stances("Romania is ready to do its part.")


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    ("Bulgaria received the proposal and rejected it.", "BGR", "oppose", "the proposal"),
    ("Georgia's envoy attended the summit, but Georgia criticized it.", "GEO", "oppose", "the summit"),
    ("Iceland condemned the persecution of journalists, calling it a crime.", "ISL", "oppose",
     "the persecution of journalists"),
    ("The Irish envoy highlighted the curbs on the press, demanding they be reversed.", "IRL", "oppose",
     "the curbs"),
], ids=["conjoined", "earlier clause", "calling it", "demanding they be"])
def test_a_pronoun_object_stands_for_the_thing_named_earlier_in_the_sentence(text: str, holder: str,
                                                                            polarity: str, target: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


def test_a_want_urged_on_others_passes_on_what_it_wants() -> None:
    found = stances("The Dutch envoy urged the ministers to focus on ending the blockade.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("NLD", "support", "ending the blockade")]


def test_a_want_of_ones_own_is_read_once_on_the_inner_verb() -> None:
    found = stances("The Dutch envoy plans to urge the ministers to focus on ending the blockade.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("NLD", "support", "ending the blockade")]


def test_a_means_to_an_end_wants_the_end() -> None:
    found = stances('"The council must find ways to end the blockade," the Bolivian minister said.')
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("BOL", "oppose", "the blockade")]


def test_our_government_in_a_quote_is_the_speakers_side() -> None:
    found = stances('"Our government rejects this plan," the Chilean foreign minister said.')
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("CHL", "oppose", "this plan")]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    ("Canada urged Russia not to accept the plan.", "CAN", "oppose", "the plan"),
    ("Norway hopes Sudan will not reject the proposal.", "NOR", "support", "the proposal"),
    ("Japan asked China to release the detained sailors.", "JPN", "support", "the detained sailors"),
    # an act done to people (here as the agent dictionary reads 'refugee camps') is itself wanted
    ("Kenya appealed to donors to fund the refugee camps.", "KEN", "support", "fund the refugee camps"),
], ids=["urged not to accept", "hopes will not reject", "asked to", "appealed to"])
def test_a_wanted_act_negated_or_asked_for(text: str, holder: str, polarity: str, target: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


@pytest.mark.parametrize("text", [
    "The Maltese minister asked questions about the plan.",       # 'ask' wants only an act
    "The Maltese minister continues to recognize a difficult situation.",  # acknowledging is no support
    "VOA sent a request for comment to the ministry.",             # a journalist's request is no stance
    "What person has a child, the Somali woman asked.",             # a reported question is no want
    "The Gabonese minister considers that unrealistic.",            # 'that' names nothing
], ids=["asked questions", "recognize", "request for comment", "asked a question", "considers that"])
def test_no_stance_from_weak_cues(text: str) -> None:
    assert not stances(text), [(s.holder.text, s.polarity, s.target.text) for s in stances(text)]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    ("Peru called the decision unacceptable.", "PER", "oppose", "the decision"),       # postposed modifier
    ("Chile considers France a key partner.", "CHL", "support", "France"),           # small clause
    ("Ghana views the pact as a threat.", "GHA", "oppose", "the pact"),
    ("The zone is seen by Europhiles as crucial.", "Europhiles", "support", "The zone"),  # passive with agent
], ids=["postposed", "small clause", "views as", "seen by as"])
def test_appraisals_in_their_parses(text: str, holder: str, polarity: str, target: str) -> None:
    found = [(s.holder.code or s.holder.text, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


def test_a_passive_appraisal_without_its_appraiser_is_nobodys() -> None:
    assert not stances("The zone is widely seen as crucial.")


def test_a_demonym_modifier_gives_a_received_stance() -> None:
    found = stances("The plan enjoys broad American support.")
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("USA", "support", "The plan")]


def test_a_stopped_act_is_opposed_as_the_act() -> None:
    found = stances('"The militias must stop burning villages," the Gabonese minister said.')
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("GAB", "oppose", "burning villages")]


def test_conjoined_acts_share_their_must() -> None:
    found = stances('"Armenia must lift the blockade and reopen the border," the Gabonese minister said.')
    assert ("GAB", "oppose", "the blockade") in [(s.holder.code, s.polarity, s.target.text) for s in found]
    assert ("GAB", "support", "the border") in [(s.holder.code, s.polarity, s.target.text) for s in found]


def test_a_need_put_on_another_is_the_speakers_advocacy() -> None:
    found = stances('"Europe needs to fortify its defenses," the Dutch minister said.')
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [("NLD", "support", "its defenses")]


# (sentence, holder code, polarity, a word of the target): constructions added for issue 6
GENERAL_COVERAGE = [
    # an appraisal whose object the parser took for a second complement
    ('Chile\'s Ministry of Foreign Affairs called Peru\'s claims "baseless," in a statement Friday.',
     "CHL", "oppose", "claims"),
    ('Italian Prime Minister Giorgia Meloni called the levies "unbearable."', "ITA", "oppose", "levies"),
    # a name conjoined to a possessed noun co-owns it; the noun is the object
    ("Japan's envoy defended Tokyo and Manila's pact.", "JPN", "support", "pact"),
    # a participle hung on a reported clause whose subject names nobody is the reporter's
    ("The Kremlin said that much remains to be done, signaling its reluctance to back the Swiss plan.",
     "RUS", "oppose", "plan"),
    # an instrument's object is a tool, not the addressee of a request
    ("Russia used its veto to block the resolution.", "RUS", "oppose", "resolution"),
    ("Spain urged the Commission to reconsider the levies.", "ESP", "oppose", "levies"),
    ("Canada lobbied the Commission to abandon the levies.", "CAN", "oppose", "levies"),
    ("Egypt will not tolerate attacks on its ships.", "EGY", "oppose", "attacks"),
    ("Peru will not allow violent protests.", "PER", "oppose", "protests"),
    ("Ankara had been looking to repair its ties with Cairo.", "TUR", "support", "ties"),
    ("Mexico had been looking to avoid a trade war.", "MEX", "oppose", "war"),
    # whoever reports a failure wants the act done
    ("India's envoy said Dhaka was failing to rein in the smugglers.", "IND", "support", "smugglers"),
    ('"The Kabul authorities have failed to address the threat," the Pakistani envoy said.', "PAK", "support",
     "threat"),
    # a thing that fails to do what it should is found wanting
    ("Chilean lawyers argue that the new charter fails to adequately protect the coastline.", "CHL", "oppose",
     "charter"),
    # an appraisal in a relative clause whose 'that' the parser reads as a conjunction
    ('The court froze the accounts in a move that the Chilean government called "inhumane."', "CHL", "oppose",
     "move"),
    # an epithet on the noun a 'this' is called judges what the noun names
    ('"This is an entirely baseless lawsuit," the Chilean president said.', "CHL", "oppose", "lawsuit"),
    # a verdict reported inside a relative clause judges the noun the clause modifies
    ("The editor faces a lawsuit that Chilean officials say is unfair.", "CHL", "oppose", "lawsuit"),
    # acts conjoined to an extraposed act are judged with it
    ("The Chilean minister said it might be necessary to revise the quotas and reintroduce port checks.", "CHL",
     "support", "port checks"),
    # a promised act with no object of its own commits to the act its preposition takes
    ("The Chilean president announced that Chile will cooperate in building a new port for Peru.", "CHL",
     "support", "building a new port"),
    # a request is a demand noun: for what it asks, against what it asks to be put off
    ("Chile filed a request for a recount.", "CHL", "support", "a recount"),
    ("Chile filed several requests for the hearing to be postponed.", "CHL", "oppose", "the hearing"),
    # a concern shared or echoed is the one voiced last before
    ('"Closing the port will hurt us," a Chilean fisherman said. The United Nations shares that concern.', "UN",
     "oppose", "Closing the port"),
    ("Chile criticized the levies. Peru echoed that criticism.", "PER", "oppose", "the levies"),
    # who joins or leads others in an act does it too
    ("Chile joined Peru in calling for a ceasefire.", "CHL", "support", "a ceasefire"),
    # whoever looks to an actor for help stands by it
    ("Analysts say the Andean states and Peru look to Brazil for support.", "PER", "support", "Brazil"),
    # a state's own official speaks for the state's commitments
    ('Greek Prime Minister Kyriakos Mitsotakis said Greece "will continue to maintain open ports."', "GRC",
     "support", "ports"),
    # a passive participle or passive relative clause: its agent holds the stance on the noun
    ("The plan, backed by Chile, was adopted.", "CHL", "support", "plan"),
    ("Kenya praised a truce that is supported by Ethiopians.", "ETH", "support", "truce"),
    # the giver of a stance noun in a 'with' phrase, on the clause's subject
    ("The measure has enough votes to pass, with support from Chile and Peru.", "PER", "support", "measure"),
    ("The bill passed with opposition from Chile.", "CHL", "oppose", "bill"),
    # an infinitive hung under the addressee of 'call on' is still what is called for
    ("Peru calls on countries concerned to be rational and to make joint efforts to reach a settlement.", "PER",
     "support", "settlement"),
    # what a speaker says must continue or resume, they stand for
    ('"That is why talks with Chile on copper must continue," Peruvian Foreign Minister Elmer Schialer said.', "PER",
     "support", "talks"),
    ('"The aid must resume," Peru said.', "PER", "support", "aid"),
    # an appraisal's 'as' phrase hung on its object
    ("Ecuador described the decision as a violation of international law.", "ECU", "oppose", "decision"),
    # a stance noun after a copula is held by the subject
    ("Paraguay has been a vocal critic of the regime.", "PRY", "oppose", "regime"),
    ("Chile is a strong supporter of the plan.", "CHL", "support", "plan"),
    ("Mexico distanced itself from the statement.", "MEX", "oppose", "statement"),
    ("Chile abstained on the resolution.", "CHL", "neutral", "resolution"),
    # an unresolved 'he' reported by a speech verb is the reporter
    ("Chile's president said he was open to talks with Bolivia.", "CHL", "support", "talks"),
    # 'this' in words a speaker says 'of' something stands for it
    ('"We cannot accept this," Peru\'s minister said of the proposal.', "PER", "oppose", "proposal"),
    ('"This is a positive step," Peru\'s president said of the agreement.', "PER", "support", "agreement"),
    # a stance verb with no object, conjoined to a clause with one, takes that object
    ("Chile offered talks, but Peru declined.", "PER", "oppose", "talks"),
    # an act named by a gerund right after the verb is its object
    ("Chile's president ruled out sending troops.", "CHL", "oppose", "sending troops"),
    ("Peru rejected imposing tariffs on Chile.", "PER", "oppose", "imposing tariffs"),
    ("Chile signaled openness to talks.", "CHL", "support", "talks"),
    ("The EU approved the levies despite objections from Chile.", "CHL", "oppose", "levies"),
    ("Peru built the dam amid opposition from Chile.", "CHL", "oppose", "dam"),
    # a received stance noun whose 'from' phrase the parser hung on the verb
    ("The move drew condemnation from Chile.", "CHL", "oppose", "move"),
    ("Peru was quick to condemn the attack.", "PER", "oppose", "attack"),
    ("Peru hit back at the criticism.", "PER", "oppose", "criticism"),
    # questions raised take no side yet
    ("Chile raised questions about the plan.", "CHL", "neutral", "plan"),
    ("Chile fears a trade war with Peru.", "CHL", "oppose", "war"),
    # the measure threatened as the alternative to a demanded act
    ("Chile urged Peru to release the prisoners or face sanctions.", "CHL", "support", "sanctions"),
    ("Chile urged Peru to comply or face the prospect of new tariffs.", "CHL", "support", "tariffs"),
    # a protest opposes what it is of
    ("Kenya's opposition party rallied in protest of the new tax.", "KEN", "oppose", "tax"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "word"), GENERAL_COVERAGE,
                         ids=[g[0][:40] for g in GENERAL_COVERAGE])
def test_general_coverage_constructions(text: str, holder: str, polarity: str, word: str) -> None:
    found = [s for s in stances(text) if word in s.target.text]
    assert any(s.holder.code == holder and s.polarity == polarity for s in found), \
        [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]


@pytest.mark.parametrize("text", [
    "Chile is an island nation that Peru considers its own territory.",  # a classification, no deliberation
    "Peru shares the view of its neighbours.",  # nothing voiced before to take up
    '"It is a positive step," the Chilean president said.',  # 'step' only stands for what 'it' is
    "Kabul did not fail to address the threat, the envoy said.",  # no failure reported
    "British media reported that Britain will cede the islands.",  # media do not speak for the state
    "Police said troops attacked the village.",  # a forecast or report of others' acts
])
def test_no_stance_from_denied_failures_or_reports_of_others(text: str) -> None:
    assert not [s for s in stances(text) if s.holder.code in ("GBR", None) and s.polarity == "support"
                and ("threat" in s.target.text or "islands" in s.target.text)]


@pytest.mark.parametrize("text", [
    "Rubio said they agree on things.",  # a noun that names nothing
    "Chile praised the plan on Wednesday, welcoming Wednesday.",  # a date is nothing to stand for
    "Peru said it will invest about $11 million.",  # nor a sum
])
def test_no_stance_on_empty_nouns_dates_or_sums(text: str) -> None:
    assert not [s for s in stances(text) if s.target.text.lower() in ("things", "wednesday", "about $11 million")]


def test_a_refusal_conjoined_without_its_own_subject_takes_no_object() -> None:
    assert not [s for s in stances("Chile offered talks and refused.") if s.polarity == "oppose"]


def test_a_threatened_alternative_is_the_demanders_measure_not_a_second_want() -> None:
    """'accept the treaty or face new duties' (the gold's convention, story 8010842 in dev): the
    envoy stands for the duties it threatens, and wants the treaty accepted; no other want."""
    found = {(s.holder.code, s.polarity, s.target.text)
             for s in stances("The Chilean envoy urged Peru to accept the treaty or face new duties.")}
    assert found == {("CHL", "support", "the treaty"), ("CHL", "support", "new duties")}, found
