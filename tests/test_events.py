"""The event stage, rule by rule: short made-up sentences and the events they must (not) give.

Each case names the rule it pins. Events are compared as (type, source code, target code,
negated, modality); ``absent`` lists events that must not appear in any modality.
"""

from __future__ import annotations

import functools

import pytest
from spacy.language import Language

import dyads
from dyads.nlp import load_model
from dyads.settings import Settings
from dyads.stages.events import intent_type, is_negated, match_verb, modality
from dyads.stages.verb_match import compile_pattern
from event_cases import Row, events_of



@functools.cache
def nlp() -> Language:
    return load_model(Settings().model)


CASES = [
    # negation by the verb's own dependents
    ("negation", "Germany did not criticize France.", ("ACCUSE", "DEU", "FRA", True, "asserted")),
    ("negating adverb", "Germany has seldom criticized France.", ("ACCUSE", "DEU", "FRA", True, "asserted")),
    # refusal: the refusing verb is the event, its complement's object the target
    ("refusal", "Spain refused to condemn Morocco.", ("REJECT", "ESP", "MAR", False, "asserted")),
    # unwillingness to meet is a refusal to meet (REJECT meet), not a meeting denied
    ("unwilling to meet", "Chile does not want to meet with Peru before the election.",
     ("REJECT", "CHL", "PER", False, "asserted")),
    # passive: the by-agent is the source, the passive subject the target
    ("passive", "Kenya was attacked by Somali militants.", ("ASSAULT", "SOM", "KEN", False, "asserted")),
    # the passive subject fills the verb's object pattern (deploy &military), and deployed forces with
    # no agent are their own side's show of force
    ("agentless deployment", "Kenyan troops were deployed to the Somali border.",
     ("MOBILIZE", "KEN", "SOM", False, "asserted")),
    # ... but the passive subject's own phrases are no prepositions of the verb (no 'attack (for)')
    ("passive object words", "A camp for Congolese refugees was attacked by Burundian militiamen.",
     ("ASSAULT", "BDI", "COD", False, "asserted")),
    # control: 'threatened to bomb X' is one THREATEN event aimed at X
    ("control", "Egypt threatened to bomb Libyan towns.", ("THREATEN", "EGY", "LBY", False, "asserted")),
    ("control", "Brazil agreed to meet Argentina next month.", ("AGREE", "BRA", "ARG", False, "asserted")),
    # a demand's addressee is the subject of its that-clause
    ("complement subject", "Japan demanded that China withdraw its ships.",
     ("REQUEST", "JPN", "CHN", False, "asserted")),
    # prepositional targets through a light verb's object, an 'of' phrase, a possessor
    ("prep target", "Poland held talks with Lithuania.", ("CONSULT", "POL", "LTU", False, "asserted")),
    ("prep target", "Finland criticized the withdrawal of Russian forces.",
     ("ACCUSE", "FIN", "RUS", False, "asserted")),
    ("possessor target", "Chile praised Peru's decision.", ("SUPPORT", "CHL", "PER", False, "asserted")),
    # modality: future cooperation is AGREE, future or possible force is THREATEN (PLOVER manual)
    ("future", "Canada will visit Mexico next week.", ("AGREE", "CAN", "MEX", False, "asserted")),
    ("future", "Vietnam will attack Cambodia.", ("THREATEN", "VNM", "KHM", False, "asserted")),
    ("hypothetical", "Indonesia could impose sanctions on Malaysia.",
     ("THREATEN", "IDN", "MYS", False, "asserted")),
    ("reported", "Norway reportedly accused Sweden of spying.", ("ACCUSE", "NOR", "SWE", False, "reported")),
    ("reported", "Ecuador accused Colombia, according to officials.",
     ("ACCUSE", "ECU", "COL", False, "reported")),
    ("denied", "Iran denied attacking Iraq.", ("ASSAULT", "IRN", "IRQ", False, "denied")),
    # coordination of sources and of targets
    ("coordinated sources", "Turkey and Greece accused Cyprus of provocations.",
     ("ACCUSE", "GRC", "CYP", False, "asserted")),
    ("coordinated targets", "Nigeria accused Ghana and Togo of smuggling.",
     ("ACCUSE", "NGA", "TGO", False, "asserted")),
    # an agent noun takes the country it is placed in; with no coded recipient the event is
    # domestic, aimed at the source's own state (PLOVER gold)
    ("located agent", "Rebels in Mali attacked the army.", ("ASSAULT", "MLI", "MLI", False, "asserted")),
    # 'X said it would ...': the pronoun is the reporting subject
    ("reported pronoun", "Syria said it would attack Jordan.", ("THREATEN", "SYR", "JOR", False, "asserted")),
    # nominal events: a 'by' agent and a recipient preposition
    ("nominal by-agent", "The summit follows visits by the Kenyan president to Uganda.",
     ("CONSULT", "KEN", "UGA", False, "asserted")),
    # a reaction verb: the 'from' phrase reacts to the subject's owner
    ("nominal reaction", "Canada's decision drew a sharp rebuke from Mexico.",
     ("ACCUSE", "MEX", "CAN", False, "asserted")),
    # a noun attached to an uncoded clause takes the clause's subject as its source
    ("nominal clause source", "The Polish minister is in Riga for talks with Latvian officials.",
     ("CONSULT", "POL", "LVA", False, "asserted")),
    # co-subjects without an object act on each other
    ("mutual", "Japan and Korea shook hands after talks.", ("CONSULT", "JPN", "KOR", False, "asserted")),
    ("mutual", "Japan and Korea shook hands after talks.", ("CONSULT", "KOR", "JPN", False, "asserted")),
    # a protest whose purpose clause makes a demand is one PROTEST aimed at the addressee
    ("protest purpose", "Students in Chile staged demonstrations to demand that Peru free the prisoners.",
     ("PROTEST", "CHL", "PER", False, "asserted")),
    # 'Z said X must do Y' is a REQUEST from Z to X
    ("obligation", "Egypt said that Israel must withdraw its troops.", ("REQUEST", "EGY", "ISR", False, "asserted")),
    # coordinated demonyms in one noun phrase are one target each
    ("coordinated demonyms", "Poland held talks with its Czech, Slovak and Hungarian counterparts.",
     ("CONSULT", "POL", "SVK", False, "asserted")),
    ("coordinated demonyms", "Poland held talks with its Czech, Slovak and Hungarian counterparts.",
     ("CONSULT", "POL", "HUN", False, "asserted")),
    # a bare 'the proposal' is whoever put forward the latest proposal or plan in the story
    ("authored object", "Germany announced a peace plan. Brazil criticized the proposal.",
     ("ACCUSE", "BRA", "DEU", False, "asserted")),
    # a capital the actor stage leaves unresolved for its case
    ("caseless capital", "Sweden is urging kyiv to negotiate.", ("REQUEST", "SWE", "UKR", False, "asserted")),
    # a pronoun subject of a complement that names no actor: the complement's objects are targets
    ("pronoun complement subject", "Japan warned that it would keep up pressure on North Korea.",
     ("THREATEN", "JPN", "PRK", False, "asserted")),
    # 'Z said X's act was illegal': a verdict adjective is an ACCUSE from the speaker to the subject
    ("verdict adjective", "The Peruvian envoy said Chile's blockade was illegal.",
     ("ACCUSE", "PER", "CHL", False, "asserted")),
    # a passive's 'by' agent parsed onto its 'with' object is still the agent
    ("misattached agent", "Ecuador has been threatened with trade penalties by Colombia.",
     ("THREATEN", "COL", "ECU", False, "asserted")),
    # an event noun's 'of' object may carry the recipient ("imposition of tariffs on X")
    ("thing's recipient", "Markets fell following Chile's imposition of tariffs on Peru.",
     ("SANCTION", "CHL", "PER", False, "asserted")),
    ("event noun", "Thousands fled after the Belarusian crackdown on Lithuanian journalists.",
     ("COERCE", "BLR", "LTU", False, "asserted")),
    # a hyphenated pair of states modifying an event noun: both take part, each towards the other
    ("hyphenated pair", "The forum comes after Chile-Peru talks in Lima.", ("CONSULT", "CHL", "PER", False, "asserted")),
    ("hyphenated pair", "The forum comes after Chile-Peru talks in Lima.", ("CONSULT", "PER", "CHL", False, "asserted")),
    # 'its offer' rejected by someone else is the nearest other actor's offer
    ("authored possessive", "The United States made an offer of talks, but Iran rejected its offer.",
     ("REJECT", "IRN", "USA", False, "asserted")),
    # coordinated complements share their object
    ("coordinated complement", "Turkey threatened to close or suspend American operations.",
     ("THREATEN", "TUR", "USA", False, "asserted")),
    # leaving an organisation is SANCTION withdraw, leaving territory RETREAT (ontology)
    ("withdraw from organisation", "Niger withdrew from ECOWAS.", ("SANCTION", "NER", "ECOWAS", False, "asserted")),
    ("compound preposition", "The United States pulled out of the accord with Iran.",
     ("SANCTION", "USA", "IRN", False, "asserted")),
    # 'it' continues the nearest earlier state subject
    ("continuing pronoun", "Iran denied the report. It later rejected talks with Britain.",
     ("REJECT", "IRN", "GBR", False, "asserted")),
    # 'willing / ready to' states an intent to cooperate: AGREE aimed at the complement's target
    ("willingness", "Syria is willing to withdraw its troops from Lebanon.",
     ("AGREE", "SYR", "LBN", False, "asserted")),
    ("inclination", "Chile is inclined to go along with Peru's proposal.", ("AGREE", "CHL", "PER", False, "asserted")),
    # ... but readiness to use force is a threat
    ("forceful willingness", "Serbia is ready to attack Albania.", ("THREATEN", "SRB", "ALB", False, "asserted")),
    # event nouns with a modifier
    ("nominal modifier", "The United States' tariff fight with China escalated.",
     ("SANCTION", "USA", "CHN", False, "asserted")),
    ("nominal modifier", "China's punitive measures against Australia hurt exports.",
     ("SANCTION", "CHN", "AUS", False, "asserted")),
    # 'called for X to do Y': an appeal to X (spaCy parses the clause as adverbial)
    ("for clause", "Norway called for Sudan to lift the ban and establish a dialogue.",
     ("REQUEST", "NOR", "SDN", False, "asserted")),
    # an unresolved 'we' inside a quotation is its speaker
    ("quoted first person",
     '"We will retaliate against Greece. Nobody can stop us," the Turkish foreign minister said.',
     ("THREATEN", "TUR", "GRC", False, "asserted")),
    # a threat's condition names whom it is aimed at
    ("condition", "Iran threatened to launch an offensive unless Iraq accepted its terms.",
     ("THREATEN", "IRN", "IRQ", False, "asserted")),
    # a place acted upon, named in the complement or the object, is the target
    ("complement place", "Serbia threatened to impose a curfew in Montenegro.",
     ("THREATEN", "SRB", "MNE", False, "asserted")),
    ("object place", "Serbia lifted a curfew in Montenegro.", ("CONCEDE", "SRB", "MNE", False, "asserted")),
    ("complement object place", "Hamas threatened to resume attacks in Israel.",
     ("THREATEN", "PSE", "ISR", False, "asserted")),
    # a subordinate clause with its own subject is an event of its own
    ("own-subject clause", "France criticized Italy, while Canada imposed tariffs on Mexico.",
     ("SANCTION", "CAN", "MEX", False, "asserted")),
    # a denial is a REJECT, and the denied event keeps its own record
    ("denial", "Iran denied attacking Iraq.", ("REJECT", "IRN", "IRQ", False, "asserted")),
    # an intent verb's complement is the event: a planned sanction is a THREATEN
    ("intent complement", "Greece plans to impose sanctions on Turkey.",
     ("THREATEN", "GRC", "TUR", False, "asserted")),
    # 'along with Y' acts with the subject, it is no recipient
    ("companion", "Chile, along with Peru, criticized Bolivia.", ("ACCUSE", "PER", "BOL", False, "asserted")),
    # a disapproving predicate adjective is an ACCUSE aimed at its preposition's object
    ("predicate adjective", "Britain is concerned about Iran.", ("ACCUSE", "GBR", "IRN", False, "asserted")),
    # an event noun whose own phrase names its actor by a demonym
    ("nominal demonym", "Palestinian riots against Israel continued.", ("PROTEST", "PSE", "ISR", False, "asserted")),
    ("nominal tariffs", "The EU's tariffs on Chinese cars took effect.", ("SANCTION", "EU", "CHN", False, "asserted")),
    # 'Europe' acting is the European Union (as our gold codes it); 'in Europe' is a place
    ("Europe", "Europe retaliated with tariffs on Canadian goods.", ("SANCTION", "EU", "CAN", False, "asserted")),
    ("nominal allegation", "Pakistan's allegation against Afghanistan angered Kabul.",
     ("ACCUSE", "PAK", "AFG", False, "asserted")),
    # an apposition listing actors names each of them; a relational noun's owner is the other side
    ("listed targets", "Chile criticized its neighbours, Peru and Bolivia.", ("ACCUSE", "CHL", "BOL", False, "asserted")),
    ("listed targets", "Chile criticized China's partners, Peru and Bolivia.", ("ACCUSE", "CHL", "PER", False, "asserted")),
    ("listed sources", "Members Greece, Panama and Chile criticized Peru.", ("ACCUSE", "PAN", "PER", False, "asserted")),
    # a plural description means the actors last named together
    ("group", "Chile and Peru met on Monday. Both sides accused Bolivia of meddling.",
     ("ACCUSE", "PER", "BOL", False, "asserted")),
    ("group", "Mali, Niger and Chad left the talks. The three nations accused Sudan of meddling.",
     ("ACCUSE", "TCD", "SDN", False, "asserted")),
    # co-subjects whose only recipient is their own act on each other
    ("their own", "Turkey and Egypt withdrew their ambassadors.", ("SANCTION", "TUR", "EGY", False, "asserted")),
    # a reported "needs to" or "has to" is an appeal, like "must"
    ("needs to", '"Peru has to accept the ceasefire," the Chilean minister said.',
     ("REQUEST", "CHL", "PER", False, "asserted")),
    # a warning that something is wrong is criticism; a warning of what one will do, a threat
    ("warned of a verdict", "Chile warned that growing cooperation between Peru and Bolivia is dangerous.",
     ("ACCUSE", "CHL", "PER", False, "asserted")),
    ("warned of an act", "Chile's interior minister warned that police will no longer tolerate rallies.",
     ("THREATEN", "CHL", "CHL", False, "asserted")),
    # what is fired at is aimed at, even when the parser hangs 'at' on the object
    ("aimed at", "Israeli troops fired tear gas, rubber bullets, and stun grenades at Palestinian protesters.",
     ("ASSAULT", "ISR", "PSE", False, "asserted")),
    # a known person opening the sentence, parsed as an adverb, is the missing subject
    ("misparsed subject", "Baerbock, however, rejected the Peruvian position.",
     ("REJECT", "DEU", "PER", False, "asserted")),
    # what was discussed is no partner; whom it was discussed with is
    ("topic", "Japan discussed China's role with India.", ("CONSULT", "JPN", "IND", False, "asserted")),
    # defending a treaty or a decision is verbal support, not military aid
    ("verbal defence", "Peru's envoy defended Chile's treaty.", ("SUPPORT", "PER", "CHL", False, "asserted")),
    # a meeting noun under an obligation ("talks with X must continue") is a hoped-for meeting: AGREE
    ("hoped-for meeting", "Austria said talks with Serbia must continue.", ("AGREE", "AUT", "SRB", False, "asserted")),
    # "both countries" after a sentence naming two states (not coordinated) stands for those two
    ("previous pair", "Peru sought better relations with Chile. Both countries withdrew their ambassadors.",
     ("SANCTION", "PER", "CHL", False, "asserted")),
    # co-subjects backing someone's call do not back each other; the call is its maker's
    ("call's maker", "Chile called an emergency meeting of the council. Peru and Bolivia supported the call.",
     ("SUPPORT", "PER", "CHL", False, "asserted")),
    ("proposal's maker", "Chile made a proposal on trade. Peru and Bolivia rejected the proposal.",
     ("REJECT", "PER", "CHL", False, "asserted")),
    # coordinated state modifiers name one actor each, abbreviations included
    ("coordinated modifiers", "Russian and DPRK leaders signed a treaty.",
     ("SUPPORT", "RUS", "PRK", False, "asserted")),
    # the sides of a 'between' phrase are the parties of a subjectless event, the first-named the source
    ("between sides", "Thousands were displaced by fighting between rebels and Congolese forces.",
     ("ASSAULT", "COD", "COD", False, "asserted")),
    ("between sides", "Prices fell after talks between Chile and Peru.", ("CONSULT", "CHL", "PER", False, "asserted")),
    # a past participle naming its doer is an event aimed at the noun it describes
    ("reduced passive", "Wood spoke ahead of a meeting of the UN Security Council requested by the United States.",
     ("REQUEST", "USA", "UNSC", False, "asserted")),
    # the passive subject of "is expected / scheduled to" does the complement's act, in the future
    ("raised subject", "Chile is scheduled to visit Peru next week.", ("AGREE", "CHL", "PER", False, "asserted")),
    ("raised subject", "Rubio is expected to have a meeting with the Japanese foreign minister.",
     ("AGREE", "USA", "JPN", False, "asserted")),
    # a meeting ruled out promises nothing: it stays a (negated) meeting, not an AGREE
    ("refused meeting", "Turkey will not meet Egypt.", ("CONSULT", "TUR", "EGY", True, "future")),
    # an order to one's own forces is the act ordered
    ("own forces", "The Chadian government ordered its military to seal the border.",
     ("COERCE", "TCD", "TCD", False, "asserted")),
    # a show of force staged by several states together is military cooperation
    ("joint exercise", "French and Egyptian warships launched ten days of war games.",
     ("COOPERATE", "FRA", "EGY", False, "asserted")),
    # a copula under an obligation in a reported clause is an appeal, not the predicate's stance
    ("copula obligation", "Egypt said the United States must be ready to mediate between Israelis and Palestinians.",
     ("REQUEST", "EGY", "USA", False, "asserted")),
    # a stance participle the parser read as a passive is still the subject's stance
    ("stative participle", "Israel is opposed to French mediation.", ("REJECT", "ISR", "FRA", False, "asserted")),
    # a vow to use force is a threat
    ("vow", "Serbian rebels swore to attack Kosovo.", ("THREATEN", "SRB", "XKX", False, "asserted")),
    # an offer's purpose clause names whom it is for
    ("purpose clause", "Norway is willing to send material to help defend Saudi Arabia.",
     ("AGREE", "NOR", "SAU", False, "asserted")),
    # a protest's purpose clause names whom it is against
    ("protest purpose", "Demonstrators in Baghdad blocked a road to show their anger at American policies.",
     ("PROTEST", "IRQ", "USA", False, "asserted")),
    # stopping cooperation reduces relations
    ("halted cooperation", "Russia ceased supplying gas to Ukraine.", ("SANCTION", "RUS", "UKR", False, "asserted")),
    # a group description inside an object ("relations with the trio") stands for the group named before
    ("group in object", "Burkina Faso, Mali and Niger left the bloc in January. ECOWAS said it will maintain "
     "relations with the trio.", ("AGREE", "ECOWAS", "MLI", False, "asserted")),
    # ... but rebels obliging their own state make a domestic demand
    ("domestic demand", "Rwandan rebels said Rwanda must change its constitution.",
     ("REQUEST", "RWA", "RWA", False, "asserted")),
    # a wish that another act is an appeal to it
    ("wish", "The United States wants Iran to stop enriching uranium.", ("REQUEST", "USA", "IRN", False, "asserted")),
    # a warning about what another actor does is criticism; a warning of one's own acts a threat
    ("warning about others", "The EU warned that the Somali government's actions would divide the country.",
     ("ACCUSE", "EU", "SOM", False, "asserted")),
    ("warning of own acts", "Chile warned that it would impose tariffs on Peru.",
     ("THREATEN", "CHL", "PER", False, "asserted")),
    # an addressing verb with an addressee and a 'to'-clause is an appeal, not praise
    ("appeal to act", "The Chilean minister encouraged the Peruvian police to speed up investigations.",
     ("REQUEST", "CHL", "PER", False, "asserted")),
]

# Lexicon rows added in tools/knowledge/verbs_extra.tsv, one sentence each.
LEXICON_CASES = [
    # a contribution to a named recipient is still aid (not a reporter's credit)
    ("Japan contributed to the Kenyan relief effort.", ("AID", "JPN", "KEN")),
    # releasing prisoners is still a release
    ("Kenya released two Somali prisoners.", ("RETREAT", "KEN", "SOM")),
    # joining talks is still taking part in a meeting
    ("Iran joined the negotiations with France.", ("CONSULT", "IRN", "FRA")),
    ("Kenyan students joined the protesters in Nairobi.", ("PROTEST", "KEN", "KEN")),
    # meeting at a place is a meeting, not an intent to meet (the mood rules fold a future one)
    ("Kenyan officials and Somali officials were meeting at the hotel.", ("CONSULT", "KEN", "SOM")),
    ("Chile spoke out against Peru's move.", ("ACCUSE", "CHL", "PER")),
    # a pattern's named preposition wins over the verb's particle (speak up (for))
    ("Chilean senators spoke up for Peru.", ("SUPPORT", "CHL", "PER")),
    ("Ugandan soldiers were dispatched to Juba.", ("MOBILIZE", "UGA", "SSD")),
    ("Somali militants claimed responsibility for the bombing.", ("ASSAULT", "SOM", "SOM")),
    ("Nigerian soldiers neutralized four gunmen in Borno state.", ("ASSAULT", "NGA", "NGA")),
    ("Serbia keeps intimidating Kosovo.", ("THREATEN", "SRB", "XKX")),
    ("Russia is bullying Moldova.", ("THREATEN", "RUS", "MDA")),
    ("Canada boosted tariffs on Mexican steel.", ("SANCTION", "CAN", "MEX")),
    ("Brazil's tariff hikes on Argentine wine took effect.", ("SANCTION", "BRA", "ARG")),
    ("Serbia's intimidation of Kosovo worries the EU.", ("THREATEN", "SRB", "XKX")),
    ("Chilean President Gabriel Boric called Peruvian subsidies \"unbearable.\"", ("ACCUSE", "CHL", "PER")),
    ("Chile called Peru's move unacceptable.", ("ACCUSE", "CHL", "PER")),
    ("Chile described Peru's plan as constructive.", ("SUPPORT", "CHL", "PER")),
    ("Chile expressed support for Peru.", ("SUPPORT", "CHL", "PER")),
    ("Chile reaffirmed its commitment to Peru.", ("AGREE", "CHL", "PER")),
    ("Chile expressed concern about Peru.", ("ACCUSE", "CHL", "PER")),
    ("Kyiv sought military assistance from Poland.", ("REQUEST", "UKR", "POL")),
    ("Russia called an emergency meeting of the UN Security Council.", ("REQUEST", "RUS", "UNSC")),
    ("Beijing hinted that it could retaliate with tariffs on German cars.", ("THREATEN", "CHN", "DEU")),
    ("Mauritius conferred its highest honour on Indian President Droupadi Murmu.", ("SUPPORT", "MUS", "IND")),
    ("Kenya invited Uganda to a summit.", ("AGREE", "KEN", "UGA")),
    ("Norway engaged with Sudan.", ("CONSULT", "NOR", "SDN")),
    ("Mexico levied tariffs on Canada.", ("SANCTION", "MEX", "CAN")),
    ("Canada retaliated with tariffs on Mexico.", ("SANCTION", "CAN", "MEX")),
    ("Norway conducted two trips to Kenya.", ("CONSULT", "NOR", "KEN")),
    ("Turkey exchanged barbs with France.", ("ACCUSE", "TUR", "FRA")),
    ("Norway expressed concern at the Swedish troop build-up.", ("ACCUSE", "NOR", "SWE")),
    ("Israel dismissed the Palestinian claims.", ("REJECT", "ISR", "PSE")),
    ("Russia denied the accusations by Ukraine.", ("REJECT", "RUS", "UKR")),
    ("Zambia reneged on its pledge to Malawi.", ("REJECT", "ZMB", "MWI")),
    ("Czechia upgraded ties with Albania.", ("SUPPORT", "CZE", "ALB")),
    ("Nigeria summoned the ambassador of Niger.", ("ACCUSE", "NGA", "NER")),
    ("The Georgian president resigned.", ("RETREAT", "GEO", None)),
    ("Iran sued the United States for damages.", ("ACCUSE", "IRN", "USA")),
    ("Ugandan rebels surrendered.", ("RETREAT", "UGA", None)),
    ("The United States suspended aid to Bosnia.", ("SANCTION", "USA", "BIH")),
    ("Israel strengthened its forces in Lebanon.", ("MOBILIZE", "ISR", "LBN")),
    ("Protesters in Kenya blocked streets.", ("PROTEST", "KEN", "KEN")),
    ("Canada lifted sanctions on Iran.", ("RETREAT", "CAN", "IRN")),
    ("Canada delayed tariffs on Mexico.", ("RETREAT", "CAN", "MEX")),
    ("Canada exempted Mexico from tariffs.", ("RETREAT", "CAN", "MEX")),
    ("Canada paused aid to Haiti.", ("SANCTION", "CAN", "HTI")),
    ("North Korea tested a ballistic missile.", ("MOBILIZE", "PRK", None)),
    ("China held military exercises.", ("MOBILIZE", "CHN", None)),
    ("Norway voiced concern over Swedish troop movements.", ("ACCUSE", "NOR", "SWE")),
    # 'looking to' states an intent: the hoped-for repair of relations is AGREE
    ("Turkey is looking to reset relations with Egypt.", ("AGREE", "TUR", "EGY")),
    ("Chile and Peru normalized relations.", ("SUPPORT", "CHL", "PER")),
    # the pattern's preposition on the verb names the recipient, though 'for' is no target otherwise
    ("Italy voted for Germany.", ("SUPPORT", "ITA", "DEU")),
    # making a visit or leading a delegation somewhere is a visit, not an intent to meet
    ("Chile made a visit to Peru.", ("CONSULT", "CHL", "PER")),
    ("The Chilean minister led a delegation to Peru.", ("CONSULT", "CHL", "PER")),
    ("Speaking at a UN Security Council meeting, Pakistan's envoy said the talks had failed.",
     ("CONSULT", "PAK", "UNSC")),
    ("G7 foreign ministers held a session on Friday.", ("CONSULT", "G7", None)),
    ("Norway raised concerns about Swedish troop movements.", ("ACCUSE", "NOR", "SWE")),
]


DOMESTIC = [
    # no coded recipient: a state actor's event is aimed at its own state
    ("source's state", "The Peruvian government banned the march.", ("COERCE", "PER", "PER", False, "asserted")),
    ("source's state", "Opposition parties in Gabon demanded new elections.",
     ("REQUEST", "GAB", "GAB", False, "asserted")),
    ("source's state", "Students in Chile protested on Monday.", ("PROTEST", "CHL", "CHL", False, "asserted")),
    # ... but a person's appeal with no one named keeps no recipient
    ("no recipient", "Chilean President Gabriel Boric urged calm.", ("REQUEST", "CHL", None, False, "asserted")),
    # ... while one aimed at a thing it names, as object or by its pattern's preposition, acts at home
    ("person's act on a thing", "Chilean President Gabriel Boric condemned the jailbreak.",
     ("ACCUSE", "CHL", "CHL", False, "asserted")),
    ("person's act on a thing", "Chilean President Gabriel Boric asked for a new law.",
     ("REQUEST", "CHL", "CHL", False, "asserted")),
    # ... though a person's protest is aimed at home
    ("person's protest", "Chilean activist Ana Rojas began a hunger strike on Monday.",
     ("PROTEST", "CHL", "CHL", False, "asserted")),
    # ... unless the story already set it against another: its last counterpart is the target
    ("story counterpart", "Portugal imposed tariffs on Brazilian steel. Brazil said it would retaliate.",
     ("THREATEN", "BRA", "PRT", False, "asserted")),
    # ... but a meeting with no one named is no meeting with the last counterpart
    ("no counterpart", "Chile criticized Peru on Monday. Chile later held talks on trade.",
     ("CONSULT", "CHL", None, False, "asserted")),
    # ... but an appeal to an unnamed many is aimed at no one in particular
    ("appeal to many", "Chile criticized Peru. Chile later called on democratic nations to act.",
     ("REQUEST", "CHL", None, False, "asserted")),
    # ... and coercion at home stays at home, whoever the source last dealt with
    ("source's state", "The UN criticised Peru. The Peruvian government banned the march.",
     ("COERCE", "PER", "PER", False, "asserted")),
    # an uncoded doer acting on a state is taken to be of that state
    ("target's state", "Angry farmers demanded the resignation of the Bolivian president.",
     ("REQUEST", "BOL", "BOL", False, "asserted")),
    # ... but not a doer facing abroad or a civil-society group: it stays uncoded
    ("doer abroad", "Foreign diplomats criticized the Bolivian government.",
     ("ACCUSE", None, "BOL", False, "asserted")),
    ("civil society", "Human rights groups condemned the Bolivian government.",
     ("ACCUSE", None, "BOL", False, "asserted")),
    # a protest noun stands even when its stager is uncoded: the purpose clause is not the event
    ("uncoded protester", "Angry farmers staged rallies to demand the resignation of the Bolivian president.",
     ("PROTEST", "BOL", "BOL", False, "asserted")),
]
# The clause spelling out a proposal names whom the reaction to it is aimed at.
PROPOSAL_TARGETS = [
    ("Ghana rejected a call for peacekeepers to be deployed in Mali.", ("REJECT", "GHA", "MLI")),
    ("Chad rejected an invitation to attend a summit of Sudanese factions.", ("REJECT", "TCD", "SDN")),
]
# Lexicon rows from tools/knowledge/verbs_extra.tsv.
EXTRA_ROWS = [
    ("The Kenyan teachers union called off a national strike.", ("CONCEDE", "KEN", "KEN")),
    ("Bolivian miners suspended their strike.", ("CONCEDE", "BOL", "BOL")),
    ("Hungary accepted a formula for settling its border dispute.", ("AGREE", "HUN", None)),
    # the 'to' phrase (parsed as a dative) names the welcomed visitor
    ("Greece gave a warm welcome to the Cypriot president.", ("CONSULT", "GRC", "CYP")),
    ("Germany is withholding aid to Belarus.", ("SANCTION", "DEU", "BLR")),
    ("Workers in Gaza shunned work on Monday to protest the new tax.", ("PROTEST", "PSE", "PSE")),
    # a state's terrorist designation of a group of its own is a domestic ban (abroad a SANCTION: FIVE_TYPES)
    ("Turkey designated the PKK as terrorists.", ("COERCE", "TUR", "TUR")),
    ("Danish officials expressed concern over the new law.", ("ACCUSE", "DNK", "DNK")),
    # a demonym on a non-actor noun names the state whose thing it is
    ("Norway criticized Chinese investment in its ports.", ("ACCUSE", "NOR", "CHN")),
    # co-subjects of an accusation with no one else named act on each other
    ("Egypt and Turkey traded accusations.", ("ACCUSE", "EGY", "TUR")),
    # hitting a state with tariffs is a trade sanction; building up forces is a show of force
    ("Chile hit Mexico with a 25% levy on exports.", ("SANCTION", "CHL", "MEX")),
    ("Peru expanded its navy.", ("MOBILIZE", "PER", None)),
    # blame by idiom; military support given is aid, not a show of force
    ("Ghana pointed a finger at Togo.", ("ACCUSE", "GHA", "TGO")),
    ("The United States gave military aid to Vietnam.", ("AID", "USA", "VNM")),
    # freezing a state's funds or projects reduces relations; shared concern and criticism disapprove
    ("Kenya froze Somali assets.", ("SANCTION", "KEN", "SOM")),
    ("Ghana and Togo shared concerns over Benin's new law.", ("ACCUSE", "GHA", "BEN")),
    ("Kenya is critical of Somalia's plan.", ("ACCUSE", "KEN", "SOM")),
    # 'retaliated by announcing tariffs': the means names the event, the bare 'retaliate' (attack) does not
    ("Chile retaliated by announcing new tariffs on Peruvian goods.", ("SANCTION", "CHL", "PER")),
    # a court's sentence is a conviction, at home when the sentenced person is not placed; a pardon frees
    ("A Chilean court sentenced the activist to one year in prison.", ("SANCTION", "CHL", "CHL")),
    ("The Thai king pardoned five Peruvian prisoners.", ("RETREAT", "THA", "PER")),
    # resistance is rejection; a particle the parser takes for an adverb still joins its verb
    ("Ghana pushed back against Togo's claims.", ("REJECT", "GHA", "TGO")),
    # pressing someone to act is an appeal, not material coercion
    ("Chile is pressuring Peru to curb the flow of migrants.", ("REQUEST", "CHL", "PER")),
    # ... but a suggestion that another should or could act proposes it
    ("Peru suggested that Chile should withdraw.", ("REQUEST", "PER", "CHL")),
    ("Peru suggested that Chile could close its embassy.", ("REQUEST", "PER", "CHL")),
    # what a resolution aims to do is its content, not a standing aim of an actor
    ("Hungary will support a U.N. Security Council resolution that aims to tighten sanctions on Serbia.",
     ("THREATEN", "UNSC", "SRB")),
    # condemning a claim as baseless denies it (REJECT); condemning a measure stays criticism
    ("Afghanistan called Pakistan's assertions \"baseless.\"", ("REJECT", "AFG", "PAK")),
    ("Iran called the new sanctions baseless.", ("ACCUSE", "IRN", None)),
    # an infinitive's 'to' is no preposition: this is praise, not 'welcome (to)' (hosting)
    ("Austria welcomed the Swiss statement as a sign of a wish for peace to be restored.",
     ("SUPPORT", "AUT", "CHE")),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSAL_TARGETS + EXTRA_ROWS,
                         ids=[c[0] for c in PROPOSAL_TARGETS + EXTRA_ROWS])
def test_proposal_targets_and_extra_rows(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in {row[:3] for row in events_of(text)}


# Types that keep no target when none is named: a resignation, a pledge, a show of force.
STANDALONE = [
    ("Latvian troops withdrew on Friday.", ("RETREAT", "LVA", None)),
    ("Mongolia promised to reform the judiciary.", ("AGREE", "MNG", None)),
    ("Pakistan tested a cruise missile.", ("MOBILIZE", "PAK", None)),
    ("Portugal imposed tariffs on Brazilian steel. Brazil pledged to stand firm.", ("AGREE", "BRA", None)),
]


@pytest.mark.parametrize(("rule", "text", "expected"), DOMESTIC, ids=[f"{c[0]}: {c[1]}" for c in DOMESTIC])
def test_domestic_dyads(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize(("text", "expected"), STANDALONE, ids=[c[0] for c in STANDALONE])
def test_standalone_types_keep_no_target(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in {row[:3] for row in events_of(text)}


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_rule_gives_event(rule: str, text: str, expected: Row) -> None:
    assert expected in events_of(text)


@pytest.mark.parametrize(("text", "expected"), LEXICON_CASES, ids=[c[0] for c in LEXICON_CASES])
def test_lexicon_rows(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in {row[:3] for row in events_of(text)}


ABSENT = [
    # the bare verb 'pull' is no seizure: the race idiom names no event
    ("bare pull", "China and the United States have pulled way out front in the AI race.", "COERCE"),
    # ... nor are conducting, revealing and struggling, whose patterns carry their events
    ("bare conduct", "Somali militants frequently conduct bombings in Mogadishu.", "COOPERATE"),
    ("bare reveal", "Chinese researchers revealed that the Chinese army used the model.", "SUPPORT"),
    ("bare struggle", "Kenyan businesses are struggling under the new taxes.", "ASSAULT"),
    ("bare found", "Japanese businessman Kazuhiko Isozaki founded a company in China.", "COOPERATE"),
    # confirming a nominee is governing, no concession
    ("approving a nominee", "The selection was approved by Kenyan lawmakers.", "CONCEDE"),
    ("bare enable", "British support enabled a rapid Malawian response.", "CONCEDE"),
    ("bare inspire", "The Iranian activist inspires others in Iran.", "SUPPORT"),
    # deployed forces no one has placed say not whose show of force it is
    ("unplaced deployed forces", "Several hundred troops were deployed to the villages in Mali.", "MOBILIZE"),
    # naming what a thing is called is no act of the namer
    ("free relative naming", "Peru's government began expelling what Peruvian officials called illegal Bolivian "
     "migrants.", "ACCUSE"),
    # a display verb with an object shows something: no street demonstration
    ("display verb", "The Chilean raids demonstrate a disregard for Peruvian lives, Peruvian officials said.",
     "PROTEST"),
    # withholding comment from the press rejects no one
    ("withheld comment", "A Chilean spokesperson declined to comment on the case.", "REJECT"),
    # a bare past participle is passive: who 'stands accused' is accused, by no one named
    ("bare participle", "Two Ivorian soldiers stand accused of the bombing.", "ACCUSE"),
    # a phrase of time is no argument: 'for the past two years' completes no travel pattern ('head (for)')
    ("time phrase", "The Spanish diplomat, who headed the Spanish agency's mission in Nigeria for the past two "
     "years, says movements are limited.", "CONSULT"),
    # a standing purpose in a relative clause or a subjectless participle describes the actor
    ("standing aim, relative clause",
     "Sightsavers, a British agency that aims to prevent blindness, cited the figures.", "REJECT"),
    ("standing aim, participle", "Somali militants frequently conduct bombings in Somalia, aiming to topple the "
     "Somali government and impose their law.", "THREATEN"),
    # a suggestion of possibility, prediction or fact is an opinion, not a proposal
    ("opinion, possibility", "Hungary suggested Europe cannot afford to defend Ukraine.", "REQUEST"),
    ("opinion, inference", "The French ambassador suggested Ivorian officials must have given the orders.", "REQUEST"),
    ("opinion, fact", "Peru suggested Chile is hiding the truth.", "REQUEST"),
    # an obligation on anyone ("you must", "every X has to") is a norm, no appeal
    ("generic obligation, you", '"First, you must be liberated," the Ugandan opposition leader said.', "REQUEST"),
    ("generic obligation, every", '"In our religion, every Rastafarian has to keep dreadlocks," said the Malawian '
     "chairman.", "REQUEST"),
    # a question put to no one named (a wh-clause, 'whether', a question mark) asks nothing of anyone
    ("question, wh-clause", "What Russian soldier has a child, the Ukrainian minister asked.", "REQUEST"),
    ("question, quoted", 'The Ukrainian minister then rhetorically asked aloud: "Who is dead?"', "REQUEST"),
    ("question, whether", "Ukraine asked whether Russia would withdraw.", "REQUEST"),
    # 'join' alone is no meeting (its patterns carry the event)
    ("bare join", "Vietnam stands to join Thailand as a magnet for tourism.", "CONSULT"),
    # releasing a publication is no release from custody
    ("published release", "China released its annual report on Kenya.", "RETREAT"),
    # a story's credit to its reporters gives nothing to anyone
    ("reporter credit", "Kenyan journalist Amina Otieno contributed to this report from Mogadishu.", "AID"),
    ("reporter credit, bare", "Pakistani stringers Ali Khan and Omar Baig contributed from Kabul and Tehran.", "AID"),
    # ... but not when the noun it describes is part of another event
    ("background participle", "Algerian farmers demanded the return of land seized by Algerian forces in the 1970s.",
     "COERCE"),
    # "we must" binds the speaker's own side: no appeal to anyone
    ("first-person obligation", "Spain said we must defend Europe.", "REQUEST"),
    ("own state obliged", "The US envoy said the United States will have to take steps to defend its security.",
     "REQUEST"),
    # a need no one is named to meet is no appeal
    ("unaddressed need", "Portugal needs more security.", "REQUEST"),
    # a preposition joins the verb as a phrasal key only right after it: no 'talk over' here
    ("phrasal key", "Chile talked about its plans over the weekend.", "CONCEDE"),
    # an expectation that another will act predicts, it asks nothing
    ("prediction", "Germany expected Polish officials to abstain from the vote.", "REQUEST"),
    ("own forces", "The Chadian government ordered its military to seal the border.", "REQUEST"),
    ("bare pass", "Chilean troops passed through the border.", "CONCEDE"),
    # wanting something offers nothing
    ("bare want", "That is what China wants, the Chilean minister said.", "AGREE"),
    ("copula obligation", "Egypt said the United States must be ready to mediate between Israelis and Palestinians.",
     "AGREE"),
    ("clause with a doer", "Egypt said the United States must be ready to mediate between Israelis and Palestinians.",
     "CONSULT"),
    # a claim asserts, it accuses no one
    ("bare claim", "Chilean rebels claim that Peru supports them.", "ACCUSE"),
    # no worry is no disapproval
    ("negated worry", "Britain is not worried about Iran.", "ACCUSE"),
    # a forecast pledges nothing; serving in a post is no cooperation
    ("forecast", "Kenya expects strong economic growth.", "AGREE"),
    ("serving", "Mr. Lopez served as Chile's envoy to Peru.", "COOPERATE"),
    # abstaining concedes nothing
    ("abstention", "Germany abstained from the vote.", "CONCEDE"),
    # a vote by itself agrees to nothing
    ("bare vote", "The Chilean senate will vote on Friday.", "AGREE"),
    # an event with no state or organisation on either side places no one
    ("no coded actor", "Gunmen attacked a hotel.", "ASSAULT"),
    # the complement of a refusal is not an event of its own
    ("refusal", "Spain refused to condemn Morocco.", "ACCUSE"),
    # a favourable predicate in a reported clause is no verdict
    ("verdict adjective", "Chile said Peru's decision was reasonable.", "ACCUSE"),
    # 'far from rejecting' is no rejection
    ("far from", "Far from rejecting the Italian proposal, Greece welcomed it.", "REJECT"),
    # a governing coded verb takes over its complement
    ("control", "Egypt threatened to bomb Libyan towns.", "ASSAULT"),
    # 'called X baseless' names, it does not phone
    ("predicative", "Sudan called the report baseless.", "CONSULT"),
    # general verbs without a pattern code nothing
    ("general verb", "Belgium increased trade.", "COOPERATE"),
    ("general verb", "Chile is considering new measures against Peru.", "CONSULT"),
    ("general verb", "Chile expressed its gratitude to Peru.", "ACCUSE"),
    ("general verb", "We need a new strategy, the Austrian chancellor told Germany.", "REQUEST"),
    ("general verb", "I think Chile should talk to Peru more, the Bolivian president said.", "CONSULT"),
    ("general verb", "Chile learned of the plan from Peru.", "CONSULT"),
    ("general verb", "Chilean soldiers died in Peru.", "ASSAULT"),
    ("general verb", "The Chilean president introduced the bill to Peru.", "CONSULT"),
    ("general verb", "I suspect Chile will not act, the Peruvian envoy said.", "ACCUSE"),
    ("general verb", "Chile expanded its claims against Peru.", "COOPERATE"),
    ("general verb", "Ghanaian ships irritated Togo.", "PROTEST"),
    # support is support of someone: backing one's own claims supports no one
    ("unnamed supported", "China cited historic records to back its claims.", "SUPPORT"),
    ("general verb", "The Kenyan court ruled that Somalia had no claim.", "COOPERATE"),
    # a news outlet asking or contacting officials gathers quotes, it makes no event
    ("press inquiry", "Asked by Reuters whether Chile would act, the Chilean minister said no.", "REQUEST"),
    ("press inquiry", "The Chilean ministry declined to comment when contacted by Reuters.", "CONSULT"),
    # the speaker accuses whoever is 'ripping off' someone; the subject attacks no one
    ("rip off", "Peru has been ripping off Chile for years, the Chilean president said.", "ASSAULT"),
    # a reporter's request for comment is no appeal
    ("request for comment", "The Chilean ministry did not answer an email from Peru requesting comment.", "REQUEST"),
    # types that require a recipient need one
    ("recipient", "The Netherlands sent aid.", "AID"),
    ("recipient", "The Netherlands sent aid.", "COOPERATE"),
    # a participle used as an adjective is not an event
    ("adjectival participle", "The disputed border with Chile was quiet.", "ACCUSE"),
    # a participial clause adds detail to the main event
    ("adjunct clause", "Thai police opened fire on protesters, killing three.", "COERCE"),
    # a noun in a coded verb's argument is that verb's target, not an event of its own
    ("nominal in argument", "Spain condemned the attack on Morocco.", "ASSAULT"),
    # a noun setting the scene of a coded verb is not the subject's event
    ("nominal setting", "India criticized Pakistan during talks with Nepal.", "CONSULT"),
    # a directed nominal event needs a recipient
    ("nominal recipient", "Italy agreed during her visit.", "CONSULT"),
    # the demand of a protest is the protest
    ("protest purpose", "Students in Chile staged demonstrations to demand that Peru free the prisoners.",
     "REQUEST"),
    # 'must' in the speaker's own clause is no reported obligation
    ("obligation", "Israel must withdraw its troops.", "REQUEST"),
    # what an actor is willing to do is the AGREE, not an event of its own
    ("willingness", "Syria is willing to withdraw its troops from Lebanon.", "RETREAT"),
    # the clauses of an appeal are its content, coordinated ones too
    ("for clause", "Norway called for Sudan to lift the ban and establish a dialogue.", "CONSULT"),
    # an intent verb with a complement codes nothing itself
    ("intent complement", "Greece plans to impose sanctions on Turkey.", "AGREE"),
    ("intent complement", "Iran seeks to weaken the council.", "AGREE"),
    # what a request asks for is not an event of its own
    ("proposal content", "Yemen rejected a request by the United States to interrogate detainees.", "ACCUSE"),
    # a past participle describing a noun is background, not an event of the sentence
    ("background participle", "Peru demanded the return of a ship seized by Chilean forces.", "COERCE"),
    # the condition of a coded event is its terms, not an event of its own
    ("condition", "Chad threatened to boycott the summit unless Sudan agrees to negotiate.", "AGREE"),
    ("condition", "Mali will withdraw its troops from Niger unless the junta signs a ceasefire.", "AGREE"),
]


def test_means_clause_replaces_the_bare_reaction_verb() -> None:
    found = {row[0] for row in events_of("Chile retaliated by announcing new tariffs on Peruvian goods.")}
    assert "ASSAULT" not in found


@pytest.mark.parametrize(("rule", "text", "type_"), ABSENT, ids=[f"{c[0]}: {c[1]}" for c in ABSENT])
def test_rule_gives_no_event(rule: str, text: str, type_: str) -> None:
    assert type_ not in {row[0] for row in events_of(text) if not row[3]}


def test_what_is_discussed_and_where_names_no_partner() -> None:
    found = {row[:3] for row in events_of("Beyond Ukraine, Japan also discussed China's role in global security.")}
    assert ("CONSULT", "JPN", None) in found
    assert not {("CONSULT", "JPN", "UKR"), ("CONSULT", "JPN", "CHN")} & found


def test_time_adverbial_names_no_recipient() -> None:
    text = "Israel strengthened its forces in Lebanon following the discovery of Russian rockets."
    found = {row[:3] for row in events_of(text)}
    assert ("MOBILIZE", "ISR", "LBN") in found and ("MOBILIZE", "ISR", "RUS") not in found


def test_own_state_is_no_recipient_beside_another_party() -> None:
    found = {row[:3] for row in events_of("North Korea's envoy defended Pyongyang and Moscow's treaty.")}
    assert ("SUPPORT", "PRK", "RUS") in found and ("SUPPORT", "PRK", "PRK") not in found


def test_co_subjects_named_again_as_recipients_act_on_each_other() -> None:
    text = "Hungarian and Romanian officials agreed that their countries should cooperate."
    found = {row[:3] for row in events_of(text)}
    assert {("AGREE", "HUN", "ROU"), ("AGREE", "ROU", "HUN")} <= found
    assert ("AGREE", "ROU", "ROU") not in found and ("AGREE", "HUN", "HUN") not in found


def test_co_subjects_supporting_a_proposal_do_not_support_each_other() -> None:
    found = {row[:3] for row in events_of("Peru and Bolivia supported the call.")}
    assert ("SUPPORT", "PER", "BOL") not in found and ("SUPPORT", "BOL", "PER") not in found


def test_absolute_with_clause_is_no_target_and_no_complement() -> None:
    # "with X speaking to Y": a clause with its own subject is a circumstance of its own, so Y is
    # not the concern's target, and the call is an event rather than a complement of 'voiced'
    found = {row[:3] for row in events_of(
        "Norway voiced concern, with its minister speaking by phone with the Danish minister.")}
    assert ("ACCUSE", "NOR", "DNK") not in found
    assert any(row[0] == "CONSULT" and row[2] == "DNK" for row in found)


def test_agentless_passive_inherits_no_source() -> None:
    # Turkey is not who would sanction Greece: the passive names no one
    coded = next(dyads.code([dyads.make_story("Turkey would be furious if Greece is sanctioned.", "2024-01-01")]))
    assert "sanctioned" not in {e.trigger.text for e in coded.events}


def test_companion_is_no_target() -> None:
    assert "PER" not in {row[2] for row in events_of("Chile, along with Peru, criticized Bolivia.")}


def test_refusal_negates_the_complement() -> None:
    doc = nlp()("Spain refused to condemn Morocco.")
    condemn = next(t for t in doc if t.lemma_ == "condemn")
    assert is_negated(condemn)


@pytest.mark.parametrize(
    ("text", "lemma", "mood"),
    [
        ("Peru will sign the treaty.", "sign", "future"),
        ("Peru might sign the treaty.", "sign", "hypothetical"),
        ("Peru reportedly signed the treaty.", "sign", "reported"),
        ("Peru denied signing the treaty.", "sign", "denied"),
        ("Peru signed the treaty.", "sign", "asserted"),
        ("Peru is expected to sign the treaty.", "sign", "future"),
        # a finite clause of reason keeps its own mood; the ability to perceive is no hypothesis
        ("We can hear gunfire as Somali militants are fighting Kenyan troops.", "fight", "asserted"),
        ("Kenyan troops could be seen surrounding the Somali embassy.", "surround", "asserted"),
        ("Kenya could attack Somalia.", "attack", "hypothetical"),
    ],
)
def test_modality(text: str, lemma: str, mood: str) -> None:
    doc = nlp()(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    assert modality(verb, next(iter(doc.sents))) == mood


def test_pattern_words_choose_the_specific_code() -> None:
    doc = nlp()("Iran launched an attack on Iraq.")
    match = match_verb(next(t for t in doc if t.lemma_ == "launch"))
    assert match is not None and match.entry.plover_type == "ASSAULT"


@pytest.mark.parametrize(
    ("pattern", "pre", "post"),
    [
        ("(on)", 0, 1),
        ("&aircraft * attack", 1, 1),
        ("(by/with &weapon)", 0, 2),
        ("+ $", 0, 0),
    ],
)
def test_compile_pattern(pattern: str, pre: int, post: int) -> None:
    compiled = compile_pattern(pattern)
    assert (len(compiled.pre), len(compiled.post)) == (pre, post)


def test_synonym_sets_expand_to_their_phrases() -> None:
    (requirement,) = compile_pattern("&ceasefire").post
    assert len(requirement) > 1


@pytest.mark.parametrize(
    ("plover_type", "mood", "folded"),
    [("CONSULT", "future", "AGREE"), ("AID", "future", "AGREE"), ("ASSAULT", "hypothetical", "THREATEN"),
     ("CONCEDE", "future", None), ("ACCUSE", "future", None), ("CONSULT", "asserted", None)],
)
def test_intent_type(plover_type: str, mood: str, folded: str | None) -> None:
    assert intent_type(plover_type, mood) == folded


def test_confidence_is_a_probability_from_the_shipped_table() -> None:
    from dyads.stages.confidence import calibrated, weights

    assert "bias" in weights()
    main = calibrated(("how=verb", "how=pattern", "mood=asserted", "clause=main", "alone",
                       "target=coded", "source=coded"))
    embedded = calibrated(("how=verb", "how=default", "mood=future", "clause=embedded", "rivals",
                           "target=none", "source=coded"))
    assert 0.0 <= embedded < main <= 1.0


def test_co_subjects_acting_on_another_party_do_not_act_on_each_other() -> None:
    rows = {row[:3] for row in events_of("Mali and Niger accused the regional body of failing them.")}
    assert ("ACCUSE", "MLI", "NER") not in rows and ("ACCUSE", "NER", "MLI") not in rows


@pytest.mark.parametrize(("text", "pair"), [
    ("Brazil and Chile met on Tuesday.", ("CONSULT", "BRA", "CHL")),  # a reciprocal verb
    ("Peru and Bolivia upgraded ties last year.", ("SUPPORT", "PER", "BOL")),  # a relation as object
    ("Ghana and Togo launched ten days of war games.", ("COOPERATE", "GHA", "TGO")),  # a joint activity
])
def test_reciprocal_acts_pair_their_co_subjects(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in {row[:3] for row in events_of(text)}


def test_co_subjects_of_a_one_sided_act_do_not_act_on_each_other() -> None:
    rows = {row[:3] for row in events_of("Sweden, Norway and Finland all offered to help the refugees.")}
    assert not any(r[1] in ("SWE", "NOR", "FIN") and r[2] in ("SWE", "NOR", "FIN") for r in rows)


def test_an_offer_to_no_one_named_is_no_agreement() -> None:
    assert "AGREE" not in {row[0] for row in events_of("Norway offered to resettle the refugees.")}


def test_accepting_a_proposal_needs_no_named_recipient() -> None:
    assert ("AGREE", "DNK", None) in {row[:3] for row in events_of("Denmark accepted the plan on Monday.")}


def test_naming_verb_with_a_predicate_names_whatever_its_words() -> None:
    rows = events_of("Beijing held drills near the island and called them a punishment for Taiwan.")
    assert "REQUEST" not in {row[0] for row in rows}


def test_a_feeling_aimed_at_nothing_named_is_no_accusation() -> None:
    text = "Egypt expelled Sudanese refugees on Monday. The Ugandan minister said: “We are very worried.”"
    assert not any(row[0] == "ACCUSE" and row[1] == "UGA" for row in events_of(text))


@pytest.mark.parametrize("text", ["The Chinese constitution contains a framework for Taiwan.",
                                  "The Kenyan judge attended the hearing on Monday."])
def test_verbs_without_an_event_default(text: str) -> None:
    assert not {row[0] for row in events_of(text)} & {"COERCE", "CONSULT"}


def test_two_mentions_of_one_doing_state_give_one_event() -> None:
    text = ("Though critical of the Kenyan government and Kenya's decision to relinquish AU membership, "
            "Odinga stayed calm.")
    coded = next(dyads.code([dyads.make_story(text, "2024-01-01")]))
    assert [(e.type, e.source.code, e.target.code if e.target else None) for e in coded.events
            if e.type == "SANCTION"] == [("SANCTION", "KEN", "AU")]  # leaving a body: CAMEO 161


@pytest.mark.parametrize(("context", "sentence"), [
    ("The UN criticized Iraq for the crackdown.", "On Tuesday, the UN expressed concern."),
    ("China condemned the United States.", "Later, China expressed concern about rising tensions."),
])
def test_voiced_worry_is_no_reply_to_a_counterpart(context: str, sentence: str) -> None:
    before = {row[:3] for row in events_of(context)}
    worries = {row[:3] for row in events_of(f"{context} {sentence}")} - before
    assert worries and all(target is None for _, _, target in worries)


def test_voiced_worry_keeps_a_named_actor() -> None:
    assert ("ACCUSE", "GBR", "RUS") in {row[:3] for row in events_of("Britain expressed concern about Russia's troop buildup.")}


# Recall rules for SANCTION, MOBILIZE, RETREAT, AID and COOPERATE: (text, expected rows, absent rows).
FIVE_TYPES = [
    # developing or improving weapons builds military power (MOBILIZE), as testing them does
    ("Iran is developing its own nuclear weapons.", [("MOBILIZE", "IRN", None)], []),
    ("Peru continues to improve its missile capabilities.", [("MOBILIZE", "PER", None)], []),
    # a state's terrorist designation of a foreign group is a sanction; of its own group a domestic ban
    ("Canada has designated the Baloch Liberation Army as a terrorist group.", [("SANCTION", "CAN", "PAK")], []),
    # an object complement parsed as an apposition still completes the pattern (designate terrorist)
    ("Canada designated the Baloch Liberation Army a terrorist group.", [("SANCTION", "CAN", "PAK")], []),
    ("Pakistan and Canada designated the Baloch Liberation Army as a terrorist group.",
     [("COERCE", "PAK", "PAK"), ("SANCTION", "CAN", "PAK")],
     [("SANCTION", "PAK", "PAK"), ("SANCTION", "PAK", "CAN")]),
    # deepening or expanding cooperation with a state is material cooperation, military cooperation no show
    # of force; a subjectless gerund's parties are the sides of its object's 'between' phrase
    ("Chile increased its cooperation with Peru.", [("COOPERATE", "CHL", "PER")], []),
    ("Ghana warned that expanding military cooperation between Chile and Peru is dangerous.",
     [("COOPERATE", "CHL", "PER")], [("MOBILIZE", "CHL", None)]),
    # a person's relative pronoun stands for the person: the passive's patient is the antecedent
    ("Ghana's finance minister, who was sanctioned by the European Union, resigned.", [("SANCTION", "EU", "GHA")], []),
    ("Ghana's finance minister, whom the European Union sanctioned, resigned.", [("SANCTION", "EU", "GHA")], []),
    # a ceasefire between two sides is a RETREAT, once, the first-named as source; one called for is only asked
    ("A truce between Chile and Peru took effect on Sunday.", [("RETREAT", "CHL", "PER")], []),
    ("Ghana called for a ceasefire between Chile and Peru.", [], [("RETREAT", "CHL", "PER")]),
    ("Ghanaian troops were sent to oversee a truce between Chile and Peru.", [], [("RETREAT", "CHL", "PER")]),
    # a 'to' phrase the parser takes for a dative names the recipient; giving armed groups sanctuary is aid
    ("The United States provided technical assistance to Haiti.", [("AID", "USA", "HTI")], []),
    ("Afghanistan provided sanctuary to Pakistani militants.", [("AID", "AFG", "PAK")], [("COOPERATE", "AFG", "PAK")]),
    # troops arriving somewhere are deployed there (MOBILIZE), not military aid to the host
    ("Kenyan troops arrived in Mogadishu.", [("MOBILIZE", "KEN", "SOM")], [("AID", "KEN", "SOM")]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), FIVE_TYPES, ids=[c[0] for c in FIVE_TYPES])
def test_five_type_recall(text: str, expected: list[tuple[str, str | None, str | None]],
                          absent: list[tuple[str, str | None, str | None]]) -> None:
    found = {row[:3] for row in events_of(text)}
    assert set(expected) <= found
    assert not set(absent) & found
