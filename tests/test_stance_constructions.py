"""Stance constructions added after tests/test_stances.py grew past 1,000 lines: warnings, purposes,
companions, meetings wanted, returns, reactions of an actor to what provoked it, and their lexicon rows."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.nlp import load_model
from dyads.records import Stance, Story
from dyads.settings import Settings
from dyads.stages import Document
from dyads.stages.actors import resolve_actors
from dyads.stages.quotes import extract_quotes
from dyads.stages.stances import code_stances

DAY = dt.date(2024, 2, 7)


def stances(text: str) -> tuple[Stance, ...]:
    """Stances of a one-story text, through the actor, quote and stance stages only."""
    nlp = load_model(Settings().model)
    document = resolve_actors(Document(Story("t", DAY, text), nlp(text)))
    return code_stances(extract_quotes(document)).stances


def summary(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]


# (sentence, holder code, polarity, target text)
CASES = [
    # a meeting with a named party is the act wanted or intended
    ("Putin does not want to meet with Macron before the summit.", "RUS", "oppose", "meet with Macron"),
    ("Biden is willing to meet Kim Jong Un.", "USA", "support", "meet Kim Jong Un"),
    ("Kabul says it is ready to talk to the Taliban.", "AFG", "support", "talk to the Taliban"),
    # a return ('go back', 'come back') is an act, its preposition hung on the particle
    ("Nigeria is reluctant to go back to the talks.", "NGA", "oppose", "the talks"),
    ("Ghana wants to come back to the negotiating table.", "GHA", "support", "come back to the negotiating table"),
    # an actor angered or reassured by something stands against or for it
    ("The naval drills angered Beijing.", "CHN", "oppose", "The naval drills"),
    ("Indian tankers sailed through the strait, irritating Iran.", "IRN", "oppose", "Indian tankers"),
    ("Manila passed a law that infuriated Beijing.", "CHN", "oppose", "a law"),
    ("Seoul was reassured by the pledge.", "KOR", "support", "the pledge"),
    # voting a text through is standing for it
    ("The Kenyan parliament adopted the draft constitution.", "KEN", "support", "the draft constitution"),
    # a complaint is against what it is about
    ("Opposition parties in Zambia complained of an uneven playing field.", "ZMB", "oppose",
     "an uneven playing field"),
    ("Peru complained about the new fishing quotas.", "PER", "oppose", "the new fishing quotas"),
    # 'have to' is a 'must' in a speaker's words
    ('"We have to accept the quota," Chile\'s minister said.', "CHL", "support", "the quota"),
    # a focus on an act is a priority
    ("Kenya is focusing on ending the war.", "KEN", "support", "ending the war"),
    # a stance noun received names its own target when it has one, else the receiver
    ("Botswana faces opposition from Britain to its hunting policy.", "GBR", "oppose", "its hunting policy"),
    ("The resolution won the support of France.", "FRA", "support", "The resolution"),
    # an order or request wants the act ordered
    # (an act done to people is itself wanted, as the gold reads 'offered to resettle the Uyghurs')
    ("Kenya's High Court ordered the police to release the activists.", "KEN", "support", "release the activists"),
    ("Ghana requested Togo to extradite the suspect.", "GHA", "support", "extradite the suspect"),
    # a verdict on the subject of 'is going to be', 'seems to be'
    ('"The ban is going to be bad for farmers," Chile\'s minister said.', "CHL", "oppose", "The ban"),
    ('"The plan seems to be unworkable," Chile\'s minister said.', "CHL", "oppose", "The plan"),
    # "not X alone but Y" denies that the stance stops at X, not the stance
    ('"We were not fighting for Makeda alone but all other children," Chile\'s minister said.', "CHL", "support",
     "Makeda"),
    # a verb that wants what its clause says also wants a plan, talks or measure as its object
    ("The Kenyan statement threatened sanctions.", "KEN", "support", "sanctions"),
    ("Togo offered talks.", "TGO", "support", "talks"),
    # a removal with no object is against what it is away from
    ("Kenya urged Uganda to withdraw from the deal.", "KEN", "oppose", "the deal"),
    # one said to be among a group that holds a stance holds it
    ("Chile is among the countries that oppose the treaty.", "CHL", "oppose", "the treaty"),
    # a bare return is itself the act stood on
    ("Peru is wary of returning.", "PER", "oppose", "returning"),
    ("Ghana is reluctant to go back.", "GHA", "oppose", "go back"),
    # a verdict in a relative clause judges the noun the clause modifies
    ('"They built a dam that is illegal," Chile\'s minister said.', "CHL", "oppose", "a dam"),
    # an actor one wants to see act: what the act is about is wanted
    ("Peru would like to see Chile respect the treaty.", "PER", "support", "the treaty"),
    ("Togo does not like the new quotas.", "TGO", "oppose", "the new quotas"),
    # noun verdicts, a designation or a citation as a verdict
    ('"Dumping fish is not an option," Chile\'s minister said.', "CHL", "oppose", "Dumping fish"),
    ('"The quota is a problem," Chile\'s minister said.', "CHL", "oppose", "The quota"),
    ('"The scheme is not implementable," Chile\'s minister said.', "CHL", "oppose", "The scheme"),
    ("Ghana designated the militia as a terrorist group.", "GHA", "oppose", "the militia"),
    ("Ghana's president cited piracy as a major concern.", "GHA", "oppose", "piracy"),
    ("Peru is open for dialogue.", "PER", "support", "dialogue"),
    # an intention owned or announced: plan, campaign, policy (also 'of' with a gerund)
    ("Ghana announced a plan to build the dam.", "GHA", "support", "the dam"),
    ("Togo launched a campaign to free the fishermen.", "TGO", "support", "the fishermen"),
    ("Peru's policy of expanding its fishing zone angered Chile.", "PER", "support", "its fishing zone"),
    # a clause-only want reads the object of its own preposition
    ("Chile asked for the release of the fishermen.", "CHL", "support", "the release of the fishermen"),
    # criticism leveled at a thing; problems had, or denied, with a thing
    ("Ghana leveled criticism at the quota.", "GHA", "oppose", "the quota"),
    ("Ghana has problems with the quota.", "GHA", "oppose", "the quota"),
    ("Ghana does not have any problems with the quota.", "GHA", "support", "the quota"),
    # an outcome a speaker says a thing brings about judges the thing
    ('"Raising the quota will have an adverse impact on farmers," Chile\'s minister said.', "CHL", "oppose",
     "Raising the quota"),
    ('"A price war would do us more harm than good," Chile\'s minister said.', "CHL", "oppose", "A price war"),
    ('"The treaty will have a positive effect on trade," Chile\'s minister said.', "CHL", "support", "The treaty"),
    # a call or request for an actor to act, or for a thing to be done, is on what the act is about
    ("Togo renewed its call for the junta to lift the curfew.", "TGO", "oppose", "the curfew"),
    ("Ghana's call for sanctions to be lifted was ignored.", "GHA", "oppose", "sanctions"),
    ("Kenya filed a request for the hearing to be postponed.", "KEN", "oppose", "the hearing"),
    # a closing, suspending or curbing measure the holder means to take itself is for the measure
    ("Ghana wants to close the border crossings.", "GHA", "support", "close the border crossings"),
    ("Togo announced its intention to suspend fishing licences.", "TGO", "support",
     "suspend fishing licences"),
    # asked of another it is against what is closed
    ("Ghana urged Togo to close the border crossings.", "GHA", "oppose", "the border crossings"),
    # a thing sought, urged on others, is wanted
    ("Ghana's health minister urged people to seek medical attention.", "GHA", "support", "medical attention"),
    # a plan or measure put forward by its author is the author's
    ("Togo unveiled a peace plan.", "TGO", "support", "a peace plan"),
    ("Chile retaliated by announcing increased tariffs on Peruvian fish.", "CHL", "support",
     "increased tariffs on Peruvian fish"),
    ("Ghana released a development programme.", "GHA", "support", "a development programme"),
    # respecting a principle or a deal is holding to it
    ("Peru always respects the territorial integrity of Chile.", "PER", "support",
     "the territorial integrity of Chile"),
    # a verdict on what an extraposed 'if' clause says would happen
    ('"It will be great if there is a quota," Chile\'s minister said.', "CHL", "support", "a quota"),
    # a ban or freeze done is a stand against what it bans or freezes
    ("Peru has banned imports of Chilean poultry.", "PER", "oppose", "imports of Chilean poultry"),
    ("Ghana froze a Togolese-funded railway project.", "GHA", "oppose", "a Togolese-funded railway project"),
    # containing, tackling or averting a thing is acting against it
    ("Nigeria hopes to contain the spread of the virus.", "NGA", "oppose", "the spread of the virus"),
    ("Ghana pledged to tackle corruption.", "GHA", "oppose", "corruption"),
    # details or information withheld are a no comment, also when one says one is unable to give them
    ("Ghana's army chief said he was unable to provide additional details.", "GHA", "neutral", "additional details"),
    ("Togo's police did not share further details of the crash.", "TGO", "neutral",
     "further details of the crash"),
    # but support for an actor to act is support for the actor
    ("Ghana voiced support for Togo to defend itself.", "GHA", "support", "Togo"),
    # a pronoun the quote stage traced to its speaker holds the speaker's stance
    ("Many have said they want a ceasefire.", None, "support", "a ceasefire"),
    # people of a team the actor stage left alone
    ("His legal team is worried about the verdict.", None, "oppose", "the verdict"),
    # a refused comment is a no comment on its topic
    ("The State Department declined comment on the lawsuit.", "USA", "neutral", "the lawsuit"),
    # an act done to people, wanted or served by a tool, is what is stood for, not the people
    ("Kenya offered to resettle the refugees.", "KEN", "support", "resettle the refugees"),
    ("Ghana plans to use the base to hold migrants.", "GHA", "support", "hold migrants"),
    # a 'we' conjoined to a clause with another subject is the speaker's side
    ('"Farmers need cheap loans, and we need to challenge the quota," Chile\'s minister said.', "CHL", "oppose",
     "the quota"),
    # a thing an unnamed group is said to need is the speaker's advocacy
    ('"Farmers need cheap loans," Chile\'s minister said.', "CHL", "support", "cheap loans"),
    # a means wanted serves its infinitive, also when the parser hangs it on the verb
    ("Kenya urged Uganda to take steps to strengthen the rule of law.", "KEN", "support", "the rule of law"),
    # a verdict parsed as an apposition of the object
    ("Kenya has designated the group a terrorist organization.", "KEN", "oppose", "the group"),
    # an accusation of an act done to something judges the act; a bare charge, the accused
    ("Kenyan rebels accuse Uganda of exploiting the resources of their province.", "KEN", "oppose",
     "exploiting the resources of their province"),
    ("Kenya accused the rebel group of killing and looting.", "KEN", "oppose", "the rebel group of killing and looting"),
    # the passive of praise or blame judges its 'for' phrase as the active does
    ("Kenya's president was criticized by France for closing the border.", "FRA", "oppose", "closing the border"),
    # refusing to give in to a thing resists it
    ("Kenya will never bow to pressure from the West.", "KEN", "oppose", "pressure"),
    # relief and satisfaction are glad verdicts on what they are about
    ("Kenya's minister said their release is a big relief to the state.", "KEN", "support", "their release"),
    ("Kenyan officials expressed relief over the release of the hostages.", "KEN", "support",
     "the release of the hostages"),
    # a verdict conjoined to a plain predicate adjective judges the same subject
    ("Kenya said the plan is costly but necessary.", "KEN", "support", "the plan"),
    # a verbless adverbial clause is predicated of the main clause's subject
    ("Though supportive of the plan, Kenya voted against it.", "KEN", "support", "the plan"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), CASES, ids=[c[0][:40] for c in CASES])
def test_construction(text: str, holder: str | None, polarity: str, target: str) -> None:
    assert (holder, polarity, target) in summary(text)


@pytest.mark.parametrize("text", [
    "Putin wants to meet soon.",  # a meeting with nobody named is no act to stand for
    "The drills did not upset Seoul.",  # a reaction denied says nothing
    "Nigeria is ready to go home.",  # going somewhere is no act to stand for
    "Zambia initially focused on cultural topics.",  # a subject matter, not a priority
    # a 'should' in an open question or a purpose advocates nothing
    "Ruto said lawyers debated whether Kenya should seek a loan.",
    "Reporters asked whether Ghana supports the plan.",
    '"Every farmer has to keep a quota," Chile\'s minister said.',  # a burden told, not a want
    '"I sold the car so that my sons should get a loan," said Peru\'s minister.',
    'Chile\'s minister asked how Peru should respond to the quota.',
    "Ghana threatened the security of Togo.",  # a threatened thing that is no measure is not wanted
    "Togo's army ordered the villagers to leave with their families.",  # the company kept is not removed
    # a topic taken up is no thing wanted
    "Ghana and Togo requested a session to discuss the transfer of arms.",
    '"We must review the sanctions," Chile\'s minister said.',
    # the people asked are addressed, not stood for
    '"We must ask European countries if they can help," Chile\'s minister said.',
    "Ghana designated the area as a national park.",  # a designation with no verdict
    "Chile asked the minister about the quota.",  # a question, no want
    "Raising the quota will have an adverse impact on farmers.",  # the author's own words
    "Spain asked for more details.",  # information asked for is no thing stood on
    "Spain provided details of the plan.",  # information given is no stance
    "Peru could ban imports of Chilean poultry.",  # a measure only possible is no stand yet
    "The police closed the road.",  # a closing done is no measure against a thing
    "Ghana urged the council to press the warring parties.",  # the parties pressed are addressed
    "Ghana did not unveil a peace plan.",  # a plan not put forward is nobody's
    "Ghana announced the death of its president.",  # news announced is no plan
    "Ghana voiced concern over the situation.",  # a state of affairs is no thing to stand on
    "Peru does not respect the treaty, Chile said.",  # a disrespect charged is an accusation, no stance
    "Peru's request for comment went unanswered.",
    '"The quota will not have a big effect," Chile\'s minister said.',  # no verdict on the outcome
    "The State Department declined comment.",  # a no comment with no topic
    '"Floods are still a concern," Malawi\'s minister said.',  # nobody stands against the weather
    '"That man stood with a loaded gun," Chile\'s minister said.',  # standing, not solidarity
    "Peru acknowledged it will likely miss its export targets.",  # a hedged 'will' is a forecast
    "Kenya bowed to pressure from the West.",  # giving in is reported, not a stand
])
def test_no_stance(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(("text", "target"), [
    # an allegation is not the accused's stance, nor the accuser's support
    ("Pakistan accused India of providing support to militants.", "militants"),
    # 'considering' as 'given' weighs nothing
    ('"We have to keep the quota, but considering the costs, farmers suffer," Chile\'s minister said.', "the costs"),
])
def test_not_read(text: str, target: str) -> None:
    assert target not in [t for _, _, t in summary(text)]


# -- lexicon 1.6: warnings, purposes, companions, consideration --------------------------------

WIDER_1_6 = [
    # a warning that a thing will or could do harm stands against the thing
    ("Chile warned that the new levies would hurt its exporters.", "CHL", "oppose", "the new levies"),
    ("Peru cautioned that the dam could damage the river.", "PER", "oppose", "the dam"),
    ("Chile voiced fears that the tariffs could spark a trade war.", "CHL", "oppose", "the tariffs"),
    ("Peru raised concerns that the new law will help the army tighten control.", "PER", "oppose", "the new law"),
    # a tool used to do something: the user stands for what the act does
    ("Chile used its veto to shut down the inquiry.", "CHL", "oppose", "the inquiry"),
    # a vote to act, a plea to an addressee
    ("The Chilean senate voted to extend the truce.", "CHL", "support", "the truce"),
    ("Chile pleaded with Peru to release the prisoners.", "CHL", "support", "release the prisoners"),
    # a time phrase between the verb and its cue preposition
    ("Peru warned on Monday of new tariffs.", "PER", "oppose", "new tariffs"),
    ("Chile called on Tuesday for a truce.", "CHL", "support", "a truce"),
    # a measure under consideration is neither backed nor opposed yet
    ("Peru is considering sanctions.", "PER", "neutral", "sanctions"),
    ("Chile is weighing new tariffs.", "CHL", "neutral", "new tariffs"),
    # a relative 'which' the parser left without its noun
    ("The panel issued a report in March — which Chile denied.", "CHL", "oppose", "a report"),
    # cues added in 1.6
    ("Rebutting the claim, Peru said the vote was fair.", "PER", "oppose", "the claim"),
    ("Chile turned down the offer.", "CHL", "oppose", "the offer"),
    ("Peru took issue with the report.", "PER", "oppose", "the report"),
    ("Chile's crackdown on protesters drew criticism.", "CHL", "oppose", "protesters"),
    ("Peru appealed against the ruling.", "PER", "oppose", "the ruling"),
    ("Chile touted the deal.", "CHL", "support", "the deal"),
    ('"A deal is fundamental for peace," the Chilean minister said.', "CHL", "support", "A deal"),
    ('"The ruling is null and void," the Peruvian minister said.', "PER", "oppose", "The ruling"),
    # a perfect tense is no passive: the appraisal verb 'call' still calls for things
    ("Chile has called for an inclusive government.", "CHL", "support", "an inclusive government"),
    # a passive removal removes its subject
    ("Peru demanded that the ban be lifted.", "PER", "oppose", "the ban"),
    # what a speaker says does harm or good
    ('"Cheap imports are hurting our farmers," the Chilean minister said.', "CHL", "oppose", "Cheap imports"),
    ("The Peruvian minister said the deal will help both countries.", "PER", "support", "the deal"),
    ('"Sanctions will not solve the crisis," the Chilean envoy said.', "CHL", "oppose", "Sanctions"),
    ('"The new levy does little to help farmers," the Chilean envoy said.', "CHL", "oppose", "The new levy"),
    ('"Putting pressure on Peru is not going to achieve the goal," the Chilean envoy said.', "CHL", "oppose",
     "Putting pressure on Peru"),
    # an intention noun's owner stands for the act
    ("Chile's move to close the border drew criticism.", "CHL", "support", "close the border"),
    ("Peru's threat to impose tariffs angered Chile.", "PER", "support", "tariffs"),
    ("Chile made an attempt to block the resolution.", "CHL", "oppose", "the resolution"),
    ("Peru's bid to mediate the dispute failed.", "PER", "oppose", "the dispute"),
    # going on with a plan, leaving a deal, joining one
    ("Chile is pressing ahead with the plan.", "CHL", "support", "the plan"),
    ("Peru pulled out of the agreement.", "PER", "oppose", "the agreement"),
    ("Chile signed on to the initiative.", "CHL", "support", "the initiative"),
    # what a speaker says should exist, or should be done to a thing, in the passive
    ('"There must be accountability for the killings," the Peruvian minister said.', "PER", "support",
     "accountability for the killings"),
    ('"There should be no more delays," the Peruvian minister said.', "PER", "oppose", "no more delays"),
    ("Chile hopes there will be no war.", "CHL", "oppose", "no war"),
    ('"The plan should be rejected," the Peruvian minister said.', "PER", "oppose", "The plan"),
    # an infinitive the parser hung on the verb right after the actor addressed
    ("Chile's trade minister visited Europe to lobby the EU to abandon the tariffs.", "CHL", "oppose",
     "the tariffs"),
    # a tool urged on another: what the tool is to do is wanted
    ("Chile urged Peru to use its influence to end the war.", "CHL", "oppose", "the war"),
    ("Chile tried to convince Peru to resume talks.", "CHL", "support", "talks"),
    # an extraposed 'for ... to' act judged by the speaker
    ('"It is important for Peru to lift the tariffs," the Chilean minister said.', "CHL", "oppose", "the tariffs"),
    # an act with no object, named by its verb and preposition, is itself wanted
    ("Chile pleaded with the refugees to return to their villages.", "CHL", "support", "return to their villages"),
    # an agent noun asked to act is an addressee, not the thing wanted
    ("Chileans want their government to step up pressure on Peru.", "CHL", "support", "pressure on Peru"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), WIDER_1_6, ids=[w[0][:40] for w in WIDER_1_6])
def test_lexicon_1_6_constructions(text: str, holder: str, polarity: str, target: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


@pytest.mark.parametrize("text", [
    "Chile warned that the truce could collapse.",        # fearing for a thing is no stand against it
    "Chile warned that Peru could invade.",              # an actor foretold to act: a forecast
    "The talks, considered the last chance, ended.",     # a classification nobody is said to make
    "Peru used to build dams on the river.",              # 'used to': a habit, no tool
    "Chile pleaded with Peru.",                           # an addressee is no thing wanted
    "Chile urged Peru to seize the opportunity.",          # an opportunity is nothing to stand for
    "Chile called on the government to act quickly.",      # the addressee of a call is not wanted
    "Peru wants to show to its voters that it is strong.",  # what is shown is the point, not the showing
    "Peru declined to respond to questions about the vote.",  # declining to comment is no stance
    '"The perpetrators must be held accountable," the Chilean envoy said.',  # a plain passive act: no support
    "Tariffs hurt exporters.",                            # harm in the author's voice is a report
    '"Peru must have given the orders," the Chilean lawyer said.',  # a modal perfect infers, no advocacy
    '"Peru would hurt the exporters," the Chilean minister said.',  # an actor doing harm: no verdict on it
])
def test_no_stance_from_forecasts_classifications_or_habits(text: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)
             if s.target.text in ("the truce", "Peru", "the last chance", "dams", "Tariffs", "the orders",
                                  "the opportunity", "the government")
             or s.target.text.startswith(("show", "respond", "The perpetrators"))]
    assert not found, found


@pytest.mark.parametrize("text", [
    "Peru considers the plan unrealistic.",
    '"We must see the plan as a grave mistake," the Peruvian minister said.',  # not advocacy of the plan
])
def test_an_appraisal_verb_with_a_verdict_stays_an_appraisal(text: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert found == [("PER", "oppose", "the plan")], found


def test_companions_of_the_subject_hold_its_stance() -> None:
    found = {(s.holder.code, s.polarity, s.target.text) for s in stances("Chile, along with Peru, rejected the plan.")}
    assert found == {("CHL", "oppose", "the plan"), ("PER", "oppose", "the plan")}, found


def test_a_stance_said_to_be_groundless_is_reversed() -> None:
    found = [(s.holder.code, s.polarity) for s in stances(
        '"There is no reason to be concerned about the talks," the Chilean minister said.')]
    assert found == [("CHL", "support")], found


def test_two_cues_on_one_phrase_are_one_stance() -> None:
    found = stances('"We reject these baseless allegations," the Peruvian minister said.')
    assert [(s.holder.code, s.polarity, s.target.text) for s in found] == [
        ("PER", "oppose", "these baseless allegations")], found


@pytest.mark.parametrize("text", [
    '"Our lawyers found false papers in the files," the Peruvian minister said.',
    '"They met in the greatest hall of the palace," the Peruvian minister said.',  # 'greatest' is 'great'
])
def test_a_descriptive_adjective_in_a_quote_is_no_verdict(text: str) -> None:
    assert not stances(text), [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]


def test_a_negated_phrase_the_parser_made_the_target_is_flipped() -> None:
    found = {(s.holder.code, s.polarity, s.target.concept)
             for s in stances('"We want toasts not tariffs," the Chilean minister said.')}
    assert found == {("CHL", "support", "toast"), ("CHL", "oppose", "tariff")}, found


def test_a_predicate_passes_through_a_stance_noun_and_the_noun_is_nobodys_own() -> None:
    found = {(s.holder.code, s.polarity, s.target.text) for s in stances(
        "The Chilean minister said Chile is deeply disappointed by the approval of the bill.")}
    assert found == {("CHL", "oppose", "the bill")}, found


@pytest.mark.parametrize(("text", "found"), [
    ("The Peruvian minister said the ban on books is no surprise.", set()),  # whose ban, nobody says
    ('"Support for Ukraine will not waver," the Polish minister said.', {("POL", "support", "Ukraine")}),
], ids=["reported", "own words"])
def test_an_unowned_stance_noun_is_the_speakers_only_in_their_own_words(text: str,
                                                                        found: set[tuple[str, str, str]]) -> None:
    assert {(s.holder.code, s.polarity, s.target.text) for s in stances(text)} == found


# -- lexicon 1.13: passive advocacy, members named by 'such as', keeping to rules ------------------

WIDER_1_13 = [
    # a thing a speaker says should be acted on in the passive is stood for (against, if not)
    ("The Chilean minister says the old treaties should be taken seriously.", "CHL", "support", "the old treaties"),
    ("Peru argues its fishing zone should be extended to the south.", "PER", "support", "its fishing zone"),
    ("The Chilean minister said the results should not be packaged as good news.", "CHL", "oppose", "the results"),
    # the members a group is exemplified by hold its stance too
    ("Andean leaders, such as Peru's president, have railed against the quota.", "PER", "oppose", "the quota"),
    ("Critics, including Chile's president, oppose the quota.", "CHL", "oppose", "the quota"),
    # keeping to a rule or deal is holding to it; a public call-out is criticism
    ("Peru has complied with the ruling.", "PER", "support", "the ruling"),
    ("Chile did not adhere to the truce.", "CHL", "oppose", "the truce"),
    ("Peru said it will stick to the quota.", "PER", "support", "the quota"),
    ("Chile called out Peru's fishing fleet.", "CHL", "oppose", "Peru's fishing fleet"),
    ("Chile chastised the ministry.", "CHL", "oppose", "the ministry"),
    ("Peru will honor the truce.", "PER", "support", "the truce"),
    ("Peru admires the reforms.", "PER", "support", "the reforms"),
    ("Chile's president loves the new quota.", "CHL", "support", "the new quota"),
    ("Peru voiced deep regret at the move.", "PER", "oppose", "the move"),
    # an act with no object a speaker says must be done is stood for as the act
    ('"They must return to the negotiating table," the Chilean minister said.', "CHL", "support",
     "return to the negotiating table"),
    # 'called the coup illegal' parsed as 'the [coup illegal]': the compound is the object
    ("Chile called the coup illegal.", "CHL", "oppose", "coup"),
    ("Seoul expressed regret over the decision.", "KOR", "oppose", "the decision"),
    # a state's or body's 'it' in its own reported clause is itself
    ("Chile said it was disappointed by the ruling.", "CHL", "oppose", "the ruling"),
    # a noun of states the actor stage left alone may hold a stance, uncoded
    ("Chile and other nations rejected the quota.", None, "oppose", "the quota"),
    # a permission wanted is a want of the act it lets happen
    ("Peru urged Chile to let the fishermen return home.", "PER", "support", "let the fishermen return home"),
    ("Peru hopes to persuade Chile to allow the refugees to leave.", "PER", "support",
     "allow the refugees to leave"),
    # a want urged on others with no want of its own is read as a stance verb; "a way forward" is a solution
    ("Peru urged Chile to agree to the truce.", "PER", "support", "the truce"),
    ("Peru urged Chile to agree to a way forward.", "PER", "support", "a way"),
    # whoever says a policy works, or does not, judges it
    ('"The quotas will not work," the Chilean minister said.', "CHL", "oppose", "The quotas"),
    ("The Chilean minister says the truce is working.", "CHL", "support", "the truce"),
    # a stopped act named with its preposition
    ("Peru urged Chile to stop interfering in its internal affairs.", "PER", "oppose",
     "interfering in its internal affairs"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), WIDER_1_13, ids=[w[0][:40] for w in WIDER_1_13])
def test_lexicon_1_13_constructions(text: str, holder: str, polarity: str, target: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert (holder, polarity, target) in found, found


@pytest.mark.parametrize("text", [
    '"The claims must be investigated," the Chilean minister said.',  # an inquiry takes up a topic
    '"The deaths must be probed," the Chilean minister said.',
    '"The smugglers must be brought to justice," the Chilean minister said.',  # people acted on: no support
    "The quota should be raised.",  # a 'should' in the author's own voice
    '"The quota is working against farmers," the Chilean minister said.',  # working against X: no praise
])
def test_no_support_for_topics_people_the_authors_musts_or_other_senses(text: str) -> None:
    found = [(s.holder.code, s.polarity, s.target.text) for s in stances(text)]
    assert not [f for f in found if f[1] == "support"], found


def test_a_persons_it_is_not_the_person() -> None:
    assert not stances("Antony Blinken said it was disappointed by the ruling.")


@pytest.mark.parametrize("text", [
    '"They don\'t want to go back to Peru," the Chilean minister said.',
    '"The quota is unfair. It will also hurt our farmers," the Chilean minister said.',
])
def test_a_want_or_act_quoted_of_a_third_party_is_not_the_speakers(text: str) -> None:
    assert not [s for s in stances(text) if s.polarity == "support"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Does Chile support the quota?", []),
    ("Chile's minister: Do you want Peru to end the war?", []),  # an interview's speaker label first
    ("Why does Chile oppose the quota?", [("CHL", "oppose", "the quota")]),  # a wh-question presumes it
])
def test_a_yes_no_question_asserts_no_stance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s.holder.code, s.polarity, s.target.text) for s in stances(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran has long denied seeking nuclear weapons.", [("IRN", "oppose", "seeking nuclear weapons")]),
    ("Chile denied that it wants a new border.", []),
])
def test_what_a_denial_says_was_not_done_is_no_stance_of_its_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verdict or effect in a rejected claim is the rejecter's, reversed: the accused thing is defended
    ("Kenya denied allegations that its new port is harmful.",
     [("KEN", "oppose", "allegations"), ("KEN", "support", "its new port")]),
    ("Chile rejected claims that its mining projects are depriving farmers of water.",
     [("CHL", "oppose", "claims"), ("CHL", "support", "its mining projects")]),
    # an unrejected claim passes nothing on; a claim that is no verdict names nothing to defend
    ("Kenya did not deny allegations that its new port is harmful.", [("KEN", "neutral", "allegations")]),
    ("Kenya rejected the idea that migration can lead to enrichment.", [("KEN", "oppose", "the idea")]),
])
def test_a_verdict_in_a_rejected_claim_is_reversed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


def test_an_effect_said_of_a_thing_is_the_speakers_verdict_on_it() -> None:
    assert summary('"The new dams are depriving farmers of water," the Chilean minister said.') == [
        ("CHL", "oppose", "The new dams")]


@pytest.mark.parametrize(("text", "expected"), [
    # a person judged by a pronoun: the 'for' phrase, wherever the parser hangs it, is the target
    ("Sweden criticized him at the summit for the closure.", [("SWE", "oppose", "the closure")]),
    ("He was criticized by Sweden and Denmark at the summit for the closure of the border.",
     [("SWE", "oppose", "the closure of the border"), ("DNK", "oppose", "the closure of the border")]),
    # with no 'for' phrase, or no judge named, there is nothing to name
    ("Sweden criticized him.", []),
    ("He was criticized for the closure.", []),
])
def test_a_person_judged_for_a_deed_gives_the_deed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a want in the agentless passive is nobody's the text names, nor the speaker's or rejecter's
    ("Chile rejected Peru's allegation that the attack was planned in Chile.",
     [("CHL", "oppose", "Peru's allegation")]),
    ("“The talks are planned for May,” the Chilean minister said.", []),
    # a need is still the speaker's advocacy
    ("“More talks are needed,” the Chilean minister said.", [("CHL", "support", "More talks")]),
])
def test_a_want_in_the_agentless_passive_is_nobodys(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hoped clause whose subject is an act wants the act, not what the act would bring
    ("Chile hopes that opening the border will help the farmers.", [("CHL", "support", "opening the border")]),
    # respect paid is for what it is paid to
    ("“We should pay respect to local traditions,” the Chilean minister said.",
     [("CHL", "support", "local traditions")]),
    ("The minister said that with respect to the border, nothing has changed.", []),
    # a verdict in quotation marks, the parser taking the object in -ing for its modifier
    ("The Chilean minister called the ruling “arbitrary.”", [("CHL", "oppose", "ruling")]),
    # an actor shocked or alarmed by a thing stands against it
    ("The decision shocked Chile.", [("CHL", "oppose", "The decision")]),
    ("The tests alarmed Japan.", [("JPN", "oppose", "The tests")]),
])
def test_lexicon_1_14_constructions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an effect in the passive judges its agent, what does the harm
    ("The Chilean minister said the economy has been hurt by cheap imports.", [("CHL", "oppose", "cheap imports")]),
    # an actor said to do harm is an accusation, read elsewhere; no agent, nothing judged
    ("The Chilean minister said the economy has been hurt by Peru.", []),
    ("The Chilean minister said the economy has been hurt.", []),
])
def test_a_passive_effect_judges_its_agent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


# -- lexicon 1.15: hoped clauses, mandative verbs, raising verbs, lists and crowds ----------------


@pytest.mark.parametrize(("text", "expected"), [
    # what another is hoped to do is the hoper's want, not yet the other's stance
    ("Ghana hopes Togo will accept the plan.", [("GHA", "support", "the plan")]),
    ("Ghana hoped that Togo could support the plan.", [("GHA", "support", "the plan")]),
    ("Ghana expressed hope that Togo would back the plan.", [("GHA", "support", "the plan")]),
    ("Ghana sent envoys in the hope that Togo would back the plan.", [("GHA", "support", "the plan")]),
    # the hoper's own act stays the hoper's
    ("Ghana hopes it will back the plan.", [("GHA", "support", "the plan")]),
    # 'insist' with a clause in the indicative is a claim, not a demand
    ("Ghana insists the plan is illegal.", [("GHA", "oppose", "the plan")]),
    ("Ghana insists Togo backs the plan.", [("TGO", "support", "the plan")]),
    ("Ghana insisted that the talks go ahead.", [("GHA", "support", "the talks")]),
])
def test_a_hoped_or_insisted_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    # an adjective after 'seem' or 'appear' (the parser's 'oprd') is predicated of the subject
    ("Ghana seems reluctant to back the plan.", "GHA", "oppose", "the plan"),
    ("Ghana appeared eager to join the talks.", "GHA", "support", "the talks"),
    ("Ghana seems opposed to the plan.", "GHA", "oppose", "the plan"),
    # a plural stance noun is looked up by its lemma
    ("Ghana has serious reservations about the plan.", "GHA", "oppose", "the plan"),
    # a crowd counted holds what its 'of' phrase names would
    ("Thousands of protesters opposed the law.", None, "oppose", "the law"),
])
def test_lexicon_1_15_constructions(text: str, holder: str | None, polarity: str, target: str) -> None:
    assert (holder, polarity, target) in summary(text)


def test_the_first_name_of_a_subject_list_the_parser_left_off_holds_the_stance_too() -> None:
    found = summary("Malaysia, the Philippines and Vietnam contest China's claims.")
    assert {h for h, _, _ in found} == {"MYS", "PHL", "VNM"}


@pytest.mark.parametrize(("text", "expected"), [
    # demands left unanswered are a no comment on them, a neutral stance
    ("Ghana did not respond to the rebels' demands.", [("GHA", "neutral", "the rebels' demands")]),
    ("Ghana responded to the rebels' demands.", []),
    # a press request for comment is no proposal to stand on
    ("Ghana's foreign ministry did not respond to a request for comment.", []),
    ("Ghana did not respond to VOA's request for comment on the plan.", []),
    ("Ghana's foreign ministry does not respond to VOA queries.", []),
])
def test_an_unanswered_demand_is_a_no_comment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    # a past verb the parser conjoined to a present reported clause is the reporter's
    ("The U.N. found that the detention is arbitrary and called for his release.", "UN", "support", "his release"),
    # a 'for ... to' clause hung on the verb after a demand noun is the demand's
    ("Ghana filed several requests for the hearing to be postponed.", "GHA", "oppose", "the hearing"),
])
def test_parser_attachments_repaired(text: str, holder: str, polarity: str, target: str) -> None:
    assert (holder, polarity, target) in summary(text)


@pytest.mark.parametrize(("text", "holder", "polarity", "target"), [
    # a call or effort joined, echoed or led is the subject's own
    ("Ghana joined calls for a ceasefire.", "GHA", "support", "a ceasefire"),
    ("Ghana echoed concerns about the plan.", "GHA", "oppose", "the plan"),
    ("Ghana is leading the push for sanctions.", "GHA", "support", "sanctions"),
    ("Ghana has spearheaded efforts to impose sanctions.", "GHA", "support", "sanctions"),
    # idioms of approval and dismissal
    ("Ghana signed off on the plan.", "GHA", "support", "the plan"),
    ("Ghana scoffed at the plan.", "GHA", "oppose", "the plan"),
    ("Ghana poured cold water on the plan.", "GHA", "oppose", "the plan"),
    ("Ghana moved forward with the plan.", "GHA", "support", "the plan"),
    ("Ghana is no fan of the plan.", "GHA", "oppose", "the plan"),
    # 'has no intention of' refuses the act
    ("Ghana has no intention of joining the pact.", "GHA", "oppose", "the pact"),
    # an infinitive on a ranking predicate is its subject's act
    ("Chile was the only state to oppose the resolution.", "CHL", "oppose", "the resolution"),
])
def test_lexicon_1_15_idioms(text: str, holder: str, polarity: str, target: str) -> None:
    assert (holder, polarity, target) in summary(text)


def test_no_plan_to_attack_is_no_support_for_the_target() -> None:
    assert summary("Russia has no plans to attack NATO.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # 'so-called' in a speaker's own words disowns the name
    ("“The so-called peace plan is a trap,” the Ukrainian minister said.", [("UKR", "oppose", "The so-called peace plan")]),
    # in the author's voice it only reports a name
    ("The so-called Islamic State claimed the attack.", []),
])
def test_so_called_in_a_speakers_words_is_a_verdict(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


def test_a_will_conjoined_to_a_verdict_is_the_judged_things_not_a_commitment() -> None:
    found = summary('Chile\'s trade minister called the Peruvian levy "deeply disappointing and will '
                    'severely undercut our exports."')
    assert found == [("CHL", "oppose", "the Peruvian levy")]


@pytest.mark.parametrize(("text", "expected"), [
    # a 'this' opening a verdict points back to the object of the stance verb before it
    ('The Chilean minister condemned the raids. "This is unacceptable," the Chilean minister said.',
     [("CHL", "oppose", "the raids"), ("CHL", "oppose", "the raids")]),
    # or to the object of the main clause a speaker reported
    ('"The board passed the new levy," the Peruvian minister said. "This is a serious mistake," he added.',
     [("PER", "oppose", "the new levy")]),
    # a person named before is no antecedent of 'this'
    ('The court jailed the opposition leader. "This is unacceptable," the Chilean minister said.', []),
])
def test_a_demonstrative_verdict_judges_what_the_sentence_before_named(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


def test_a_main_verb_in_s_tagged_a_plural_noun_is_read_as_a_verb() -> None:
    # 'shares' tagged as the plural noun: its subject and object still make it the verb
    found = summary('"Closing the border will have an adverse impact on us," Haji said of the traders. '
                    'The United Nations High Commission for Refugees (UNHCR) shares that concern.')
    assert ("UNHCR", "oppose", "Closing the border") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a 'we' in words a speech verb inside the quote reports is that verb's subject's
    ('"The Peruvian president said we are open for talks," the Chilean envoy said.', [("PER", "support", "talks")]),
    ('"And also, the Peruvian president said, we are open for talks," the Chilean envoy said.',
     [("PER", "support", "talks")]),
    # a 'we' the quoted speaker reports of themself stays theirs
    ('"We are open for talks," the Chilean envoy said.', [("CHL", "support", "talks")]),
])
def test_a_we_reported_inside_a_quote_is_the_reporters(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verdict held as known or feared is the knower's, not the reporter's
    ("The American analyst said Peru probably knows that the pact is not feasible.", [("PER", "neutral", "the pact")]),
    ("The American analyst said Peru fears that the pact is dangerous.", [("PER", "oppose", "the pact")]),
])
def test_a_verdict_known_or_feared_is_the_knowers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected
