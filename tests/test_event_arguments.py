"""Who an event is aimed at: argument selection and the story's inference of unnamed recipients.

Short made-up sentences, each pinning one rule of :mod:`dyads.stages.arguments` or
:mod:`dyads.stages.story_dyads`. Events are compared as (type, source code, target code).
"""

from __future__ import annotations

import pytest

import dyads

Dyad = tuple[str, str | None, str | None]


def dyads_of(text: str) -> set[Dyad]:
    coded = next(dyads.code([dyads.make_story(text, "2024-01-01")]))
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in coded.events}


# A story whose home state is Cambodia (named three times, no other state).
_CAMBODIA = ("The Cambodian government criticized the newspaper. Cambodian police raided its office. "
             "Cambodia's courts are slow.")

# (rule, text, an event that must be coded, an event that must not)
CASES = [
    # a state named as a whole, with no one named, does not act on itself ...
    ("whole state", "Chile expressed concern about rising tensions in the region.",
     ("ACCUSE", "CHL", None), ("ACCUSE", "CHL", "CHL")),
    ("whole state by capital", "Santiago voiced concern over the violence.",
     ("ACCUSE", "CHL", None), ("ACCUSE", "CHL", "CHL")),
    # ... but its agents act at home
    ("state agent at home", "Chile's interior minister warned that police will no longer tolerate rallies.",
     ("THREATEN", "CHL", "CHL"), None),
    # a denial of a claim is aimed at whoever made it in the story, not at the last counterpart
    ("accuser", "Chile accused Peru of spying. Peru imposed tariffs on Bolivia. Peru denied that it "
     "had spied.", ("REJECT", "PER", "CHL"), ("REJECT", "PER", "BOL")),
    # ... with no accuser in the story, at no one
    ("no accuser", "Peru imposed tariffs on Bolivia. Peru denied that it had spied.",
     ("REJECT", "PER", None), ("REJECT", "PER", "BOL")),
    # ... and the maker of an allegation the source denied before is its accuser
    ("denied allegation", "Peru rejected Chile's allegation of spying. Peru imposed tariffs on Bolivia. "
     "Later, the Peruvian minister rejected the allegation again.", ("REJECT", "PER", "CHL"), ("REJECT", "PER", "BOL")),
    # ... and an accusation earlier in the same sentence is known to a denial after it
    ("same-sentence accuser", "Chilean officials blamed Peru, accusing it of arming rebels, a charge Lima quickly "
     "rejected.", ("REJECT", "PER", "CHL"), ("REJECT", "PER", "PER")),
    # a person's call for something to be done, with no one named, is aimed at home
    ("person's call for a clause", "Chilean President Gabriel Boric called for the charges to be dropped.",
     ("REQUEST", "CHL", "CHL"), ("REQUEST", "CHL", None)),
    # an investigation is no reply in a dispute: it stays at home
    ("investigation", "Chile imposed tariffs on Peru. The Chilean police will investigate the jailbreak.",
     ("ACCUSE", "CHL", "CHL"), ("ACCUSE", "CHL", "PER")),
    # the parser's dative 'to' ("providing weapons to X") names the recipient through its object
    ("dative preposition", "Afghanistan denied providing weapons to Pakistani militants.", ("REJECT", "AFG", "PAK"),
     ("REJECT", "AFG", None)),
    # providing support or sanctuary is aid (tools/knowledge/verbs_extra.tsv), not the 'provide' default
    ("provide support", "Chad provided support to Sudanese rebels.", ("AID", "TCD", "SDN"), ("COOPERATE", "TCD", "SDN")),
    ("provide sanctuary", "Chad provided sanctuary to Sudanese rebels.", ("AID", "TCD", "SDN"), None),
    # a later 'they' continues no name given in quotation marks as an epithet
    ("quoted epithet", "Analysts refer to China, Iran and Russia as the \u201cAxis of Upheaval,\u201d describing their ties. "
     "The G7 statement said the group remains concerned. They called on China to engage in talks.",
     ("REQUEST", "G7", "CHN"), None),
    # a relative pronoun object stands for its antecedent
    ("relative object", "Ukraine, which Russia invaded, asked for help.", ("ASSAULT", "RUS", "UKR"), None),
    # ... and so does a person's relative pronoun as a passive's subject
    ("relative passive subject", "The office is led by Guatemalan prosecutor Ana Ruiz, who was sanctioned by the "
     "European Union.", ("SANCTION", "EU", "GTM"), None),
    ("sentential relative", "Chilean inspectors described secret transfers of fuel from Bolivia to Peru in a report "
     "in June — which Bolivia denied.", ("REJECT", "BOL", "CHL"), None),
    # a feeling's cause, parsed as a passive's agent, is what the disapproval is aimed at
    ("feeling's cause", "Peru was alarmed by the Chilean troop build-up.", ("ACCUSE", "PER", "CHL"), None),
    ("feeling's cause", "Peru is deeply disappointed by Chile's decision.", ("ACCUSE", "PER", "CHL"),
     ("ACCUSE", "CHL", "CHL")),
    # a verb with no object shares the object of the verb coordinated after it; a gathering does not
    ("shared object", "Russia condemned and sanctioned Ukraine.", ("ACCUSE", "RUS", "UKR"), None),
    ("shared object, self-contained", "Kenyan police arrived and arrested Somali migrants.", None,
     ("CONSULT", "KEN", "SOM")),
    # who reports an event ('according to X') is not whom it is aimed at
    ("according to", "Iran threatened the activists, according to Turkish officials.", None,
     ("THREATEN", "IRN", "TUR")),
    # 'including' names members of the object
    ("including", "Peru barred women from many workplaces, including the U.N.", ("COERCE", "PER", "UN"), None),
    # an uncoded doer acting on a state named as a whole is not taken to be of that state
    ("uncoded doer abroad", "Village elders accused Ghana of abuses.", ("ACCUSE", None, "GHA"), ("ACCUSE", "GHA", "GHA")),
    # ... but acting on a body of the state it is
    ("uncoded doer at home", "Village elders accused the Ghanaian army of abuses.", ("ACCUSE", "GHA", "GHA"), None),
    # people asked to act are the appeal's recipients, at home when uncoded, not what they are asked about
    ("people addressed", "Chilean Health Minister Ana Rojas urged owners of food stalls to stop selling dog meat.",
     ("REQUEST", "CHL", "CHL"), ("REQUEST", "CHL", None)),
    ("people addressed", "Chinese President Xi Jinping encouraged AI companies to compete with the United States.",
     ("REQUEST", "CHN", "CHN"), ("REQUEST", "CHN", "USA")),
    # the warring parties are the story's sides, but "parties concerned" are an unnamed many
    ("warring parties", "U.S. officials blamed the Taliban for the violence. U.S. officials later called on all "
     "warring parties to reduce hostilities.", ("REQUEST", "USA", "AFG"), ("REQUEST", "USA", None)),
    ("parties concerned", "China criticized Japan. China calls on parties concerned to be rational.",
     ("REQUEST", "CHN", None), ("REQUEST", "CHN", "JPN")),
    # telling someone to act is a demand; telling them that is a report
    ("directive", "Chilean Health Minister Ana Rojas told city officials to draft a ban on dog meat.",
     ("REQUEST", "CHL", "CHL"), None),
    # an agentless passive of state authority is done by the state the sentence places it in ...
    ("authority placed", "The American student was detained in North Korea.", ("COERCE", "PRK", "USA"), None),
    # ... else by the story's home state, when the patient is of it
    ("authority at home", f"{_CAMBODIA} The Cambodian editor was arrested on Monday.", ("COERCE", "KHM", "KHM"), None),
    ("authority over a relative", f"{_CAMBODIA} The Cambodian editor, who was arrested on Monday, denied the charges.",
     ("COERCE", "KHM", "KHM"), None),
    ("release from custody", f"{_CAMBODIA} The Cambodian editor was released on bail.", ("RETREAT", "KHM", "KHM"),
     None),
    # ... at home with no custody phrase too (its jailers or domestic captors), but abroad captors release
    # hostages too, and a place the story does not tie to the home state is no home
    ("release at home", f"{_CAMBODIA} The Cambodian girls were released on Monday.", ("RETREAT", "KHM", "KHM"),
     None),
    ("release abroad without custody", f"{_CAMBODIA} The Cambodian girls were released in Laos.", None,
     ("RETREAT", "LAO", "KHM")),
    # a passive coordinated with another shares its patient: the sentence is the home state's too
    ("coordinated passives", f"{_CAMBODIA} The Cambodian editor was arrested and sentenced to six years in prison.",
     ("SANCTION", "KHM", "KHM"), None),
    ("unplaced place", f"{_CAMBODIA} The Cambodian editor was arrested in his car in Brooklyn.", None,
     ("COERCE", "KHM", "KHM")),
    # a verb of motion is a visit only to someone: with no one named, no meeting
    ("motion without recipient", "Afghan security forces arrived at the site on Monday.", None,
     ("CONSULT", "AFG", None)),
    ("motion with recipient", "Iraqi President Saddam Hussein arrived in Amman on Wednesday.",
     ("CONSULT", "IRQ", "JOR"), None),
    # ... and a journey's purpose names whom it visits
    ("purpose of a journey", "Chile sent a delegation to attend the inauguration of Peru's new president.",
     ("CONSULT", "CHL", "PER"), None),
    # ... and travellers arriving somewhere visit no one
    ("travellers", "Italian travelers arriving from India must quarantine.", None, ("CONSULT", "ITA", "IND")),
    # a pejorative verdict makes the naming verb a criticism
    ("verdict", "The Peruvian minister described Chile's decision as inhumane.", ("ACCUSE", "PER", "CHL"), None),
    # a capitalised plural the tagger takes for a name still names its event
    ("capitalised plural", "Sovereignty negotiations Negotiations between Chile and Peru on ceding the islands have "
     "been going on for years.", ("CONSULT", "CHL", "PER"), None),
    # arresting a reporter is an arrest, not violent repression
    ("arrest of a reporter", "Cambodian police arrested the journalist.", ("COERCE", "KHM", "KHM"),
     ("ASSAULT", "KHM", "KHM")),
    # an organisation modifying the object is its forum; the 'with' phrase names the partner
    ("forum and partner", "Chile requested WTO consultations with Peru.", ("REQUEST", "CHL", "PER"),
     ("REQUEST", "CHL", "WTO")),
    # a demonym in a place's name ("Indian Ocean") names no state
    ("place name with a demonym", "Chile's dispute with Peru centers on some 100,000 square kilometers of Indian "
     "Ocean waters rich in fish.", ("ACCUSE", "CHL", "PER"), ("ACCUSE", "CHL", "IND")),
    # a pledge co-subjects own together is made to each other; an offer of their help to no one
    ("shared pledge", "Chile and Peru reaffirmed their commitment to free trade.", ("AGREE", "CHL", "PER"), None),
    ("shared offer", "Chile and Peru offered their help.", None, ("AGREE", "CHL", "PER")),
    # culprits the story's state only guessed at are placed by their own phrase
    ("blame placed by its phrase", "Militants attacked a train in Chile. Chilean soldiers killed 33 militants in "
     "Chile. Santiago blamed recent attacks on militants present on Peruvian soil.", ("ACCUSE", "CHL", "PER"),
     ("ACCUSE", "CHL", "CHL")),
    # ... and so are objects the story's state only guessed at
    ("object placed by its phrase", "Militants attacked a train in Chile. Chilean soldiers killed 33 militants in "
     "Chile. The Chilean army later attacked militants camped on Peruvian soil.", ("ASSAULT", "CHL", "PER"),
     None),
]


@pytest.mark.parametrize(("rule", "text", "present", "absent"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_event_arguments(rule: str, text: str, present: Dyad | None, absent: Dyad | None) -> None:
    found = dyads_of(text)
    assert present is None or present in found, found
    assert absent is None or absent not in found, found
