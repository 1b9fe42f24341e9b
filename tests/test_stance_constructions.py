"""Stance constructions added after tests/test_stances.py grew past 1,000 lines: meetings wanted,
returns, reactions of an actor to what provoked it, and their lexicon rows."""

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
