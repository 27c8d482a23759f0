"""The safety check's lexicon: every emergency it was tuned on recognised, few false
alarms.

The lexicon (content/nood.yml) is one of three nets; tests/test_nlu.py measures the
whole safety check (lexicon, classifier and the safety model). Here the lexicon alone
is measured on every safety set:

- data/nood/nood_dev.yml to nood_dev3.yml: the sets the lexicon was first built on;
  recall must be 100%.
- data/nood/nood_dev7.yml to nood_dev88.yml: held-out sets 3 to 86 (but 81 and 82),
  each written apart and measured before its misses gave rules (first measures of the
  lexicon alone between 23% and 85%); since 2026-12-06 the safety model learns from
  them too. nood_dev89.yml to nood_dev96.yml and nood_dev101.yml to nood_dev105.yml
  were written apart on 2026-12-07 and measured before their misses gave rules.
- tests/nood_heldout81.yml and nood_heldout82.yml: written apart on 2026-12-07 and
  never learnt from (81: broad; 82: written to be hard for a word list). First
  measures 67% (86 of 128) and 49% (63 of 128), with 3 of 69 false alarms each; the
  model and the classifier catch the rest (tests/test_nlu.py). The general rules from
  sets 89 to 94 took them to 68% and 50%.
- tests/nood_heldout106.yml to nood_heldout109.yml: written apart on 2026-12-07 like
  sets 101 to 105 and never learnt from; the lexicon alone finds 57% to 74% of their
  emergencies.

The goal stays 100% recall with at most 5% false alarms for the whole check; the
figures here are floors against regressions.
"""

import re

import pytest
import yaml
from conftest import ROOT

from triage import nood

SOORT_VAN = {
    "gevaar": "gevaar",
    "suicide": "suicide",
    "huiselijk_geweld": "huiselijk_geweld",
}
MIN_RECALL = {
    "nood_dev.yml": 1.0,
    "nood_dev2.yml": 1.0,
    "nood_dev3.yml": 1.0,
    "nood_dev7.yml": 0.83,  # measured: 0.847
    "nood_dev8.yml": 0.67,  # measured: 0.686
    "nood_dev9.yml": 0.7,  # measured: 0.723
    "nood_dev10.yml": 0.72,  # measured: 0.744
    "nood_dev11.yml": 0.79,  # measured: 0.808
    "nood_dev12.yml": 0.75,  # measured: 0.769
    "nood_dev13.yml": 0.72,  # measured: 0.738
    "nood_dev14.yml": 0.76,  # measured: 0.785
    "nood_dev15.yml": 0.83,  # measured: 0.852
    "nood_dev16.yml": 0.8,  # measured: 0.823
    "nood_dev17.yml": 0.76,  # measured: 0.785
    "nood_dev18.yml": 0.72,  # measured: 0.744
    "nood_dev19.yml": 0.77,  # measured: 0.789
    "nood_dev20.yml": 0.66,  # measured: 0.677
    "nood_dev21.yml": 0.64,  # measured: 0.656
    "nood_dev22.yml": 0.53,  # measured: 0.554
    "nood_dev23.yml": 0.68,  # measured: 0.695
    "nood_dev24.yml": 0.56,  # measured: 0.585
    "nood_dev25.yml": 0.64,  # measured: 0.659
    "nood_dev26.yml": 0.46,  # measured: 0.484
    "nood_dev27.yml": 0.65,  # measured: 0.674
    "nood_dev28.yml": 0.52,  # measured: 0.539
    "nood_dev29.yml": 0.64,  # measured: 0.659
    "nood_dev30.yml": 0.53,  # measured: 0.554
    "nood_dev31.yml": 0.58,  # measured: 0.598
    "nood_dev32.yml": 0.65,  # measured: 0.667
    "nood_dev33.yml": 0.64,  # measured: 0.656
    "nood_dev34.yml": 0.57,  # measured: 0.585
    "nood_dev35.yml": 0.64,  # measured: 0.659
    "nood_dev36.yml": 0.32,  # measured: 0.336
    "nood_dev37.yml": 0.6,  # measured: 0.625
    "nood_dev38.yml": 0.25,  # measured: 0.271
    "nood_dev39.yml": 0.62,  # measured: 0.638
    "nood_dev40.yml": 0.45,  # measured: 0.469
    "nood_dev41.yml": 0.49,  # measured: 0.546
    "nood_dev42.yml": 0.42,  # measured: 0.477
    "nood_dev43.yml": 0.66,  # measured: 0.682
    "nood_dev44.yml": 0.63,  # measured: 0.651
    "nood_dev45.yml": 0.48,  # measured: 0.504
    "nood_dev46.yml": 0.54,  # measured: 0.562
    "nood_dev47.yml": 0.61,  # measured: 0.629
    "nood_dev48.yml": 0.27,  # measured: 0.292
    "nood_dev49.yml": 0.7,  # measured: 0.717
    "nood_dev50.yml": 0.35,  # measured: 0.369
    "nood_dev51.yml": 0.53,  # measured: 0.55
    "nood_dev52.yml": 0.39,  # measured: 0.415
    "nood_dev53.yml": 0.33,  # measured: 0.354
    "nood_dev54.yml": 0.49,  # measured: 0.508
    "nood_dev55.yml": 0.6,  # measured: 0.623
    "nood_dev56.yml": 0.56,  # measured: 0.586
    "nood_dev57.yml": 0.65,  # measured: 0.669
    "nood_dev58.yml": 0.62,  # measured: 0.638
    "nood_dev59.yml": 0.7,  # measured: 0.721
    "nood_dev60.yml": 0.56,  # measured: 0.581
    "nood_dev61.yml": 0.63,  # measured: 0.654
    "nood_dev62.yml": 0.52,  # measured: 0.538
    "nood_dev63.yml": 0.69,  # measured: 0.714
    "nood_dev64.yml": 0.51,  # measured: 0.527
    "nood_dev65.yml": 0.67,  # measured: 0.692
    "nood_dev66.yml": 0.59,  # measured: 0.608
    "nood_dev67.yml": 0.69,  # measured: 0.714
    "nood_dev68.yml": 0.6,  # measured: 0.615
    "nood_dev69.yml": 0.63,  # measured: 0.654
    "nood_dev70.yml": 0.61,  # measured: 0.630
    "nood_dev71.yml": 0.63,  # measured: 0.654
    "nood_dev72.yml": 0.55,  # measured: 0.566
    "nood_dev73.yml": 0.56,  # measured: 0.585
    "nood_dev74.yml": 0.51,  # measured: 0.531
    "nood_dev75.yml": 0.59,  # measured: 0.615
    "nood_dev76.yml": 0.54,  # measured: 0.562
    "nood_dev77.yml": 0.63,  # measured: 0.659
    "nood_dev78.yml": 0.71,  # measured: 0.736
    "nood_dev79.yml": 0.64,  # measured: 0.669
    "nood_dev80.yml": 0.63,  # measured: 0.654
    "nood_dev81.yml": 0.67,  # measured: 0.698
    "nood_dev82.yml": 0.49,  # measured: 0.512
    "nood_dev83.yml": 0.59,  # measured: 0.619
    "nood_dev84.yml": 0.61,  # measured: 0.638
    "nood_dev85.yml": 0.64,  # measured: 0.662
    "nood_dev86.yml": 0.61,  # measured: 0.638
    "nood_dev87.yml": 0.34,  # measured: 0.369
    "nood_dev88.yml": 0.55,  # measured: 0.577
    "nood_dev89.yml": 0.68,  # measured: 0.695
    "nood_dev90.yml": 0.55,  # measured: 0.570
    "nood_dev91.yml": 0.71,  # measured: 0.732
    "nood_dev92.yml": 0.67,  # measured: 0.688
    "nood_dev93.yml": 0.73,  # measured: 0.754
    "nood_dev94.yml": 0.75,  # measured: 0.772
    "nood_dev95.yml": 0.78,  # measured: 0.797
    "nood_dev96.yml": 0.55,  # measured: 0.570
    "nood_dev101.yml": 0.67,  # measured: 0.692
    "nood_dev102.yml": 0.62,  # measured: 0.646
    "nood_dev103.yml": 0.5,  # measured: 0.523
    "nood_dev104.yml": 0.7,  # measured: 0.723
    "nood_dev105.yml": 0.7,  # measured: 0.723
    "nood_heldout81.yml": 0.66,  # measured: 0.680
    "nood_heldout82.yml": 0.48,  # measured: 0.500
    "nood_heldout106.yml": 0.61,  # measured: 0.638
    "nood_heldout107.yml": 0.54,  # measured: 0.567
    "nood_heldout108.yml": 0.58,  # measured: 0.609
    "nood_heldout109.yml": 0.72,  # measured: 0.744
}
# the lexicon alone; the goal for the whole check is 0.05 (tests/test_nlu.py)
MAX_FALSE_ALARMS = {
    "nood_dev7.yml": 0.05,  # measured: 0.033
    "nood_dev8.yml": 0.04,  # measured: 0.030
    "nood_dev10.yml": 0.03,  # measured: 0.017
    "nood_dev18.yml": 0.04,  # measured: 0.029
    "nood_dev38.yml": 0.04,  # measured: 0.029
    "nood_dev46.yml": 0.04,  # measured: 0.029 (humour)
    "nood_dev54.yml": 0.02,  # measured: 0.014
    "nood_dev55.yml": 0.1,  # measured: 0.100 (long stories)
    "nood_dev56.yml": 0.05,  # measured: 0.043 (written to be hard)
    "nood_dev66.yml": 0.05,  # measured: 0.043 (long stories)
    "nood_dev71.yml": 0.05,  # measured: 0.043 (written by someone with a role)
    "nood_dev72.yml": 0.05,  # measured: 0.043 (written to be hard)
    "nood_dev80.yml": 0.06,  # measured: 0.057 (humour)
    "nood_dev81.yml": 0.05,  # measured: 0.043 (a mix of angles)
    "nood_dev88.yml": 0.06,  # measured: 0.057 (humour)
    "nood_heldout81.yml": 0.05,  # measured: 0.043 (broad)
    "nood_heldout82.yml": 0.05,  # measured: 0.043 (written to be hard)
    "nood_heldout106.yml": 0.05,  # measured: 0.045 (broad)
    "nood_heldout107.yml": 0.05,  # measured: 0.043 (hard)
    "nood_heldout108.yml": 0.06,  # measured: 0.057 (about someone else)
    "nood_heldout109.yml": 0.05,  # measured: 0.043 (short phone messages)
}
SETS = list(MIN_RECALL)
# the sets the lexicon was first built on
BUILT_ON = ["nood_dev.yml", "nood_dev2.yml", "nood_dev3.yml"]


def _load(name):
    folder = "data/nood" if name.startswith("nood_dev") else "tests"
    return yaml.safe_load((ROOT / folder / name).read_text(encoding="utf-8"))


def _lexicon(text):
    """A lexicon parsed from YAML text, with the three kinds filled in."""
    data = yaml.safe_load(text)
    for soort in nood.SOORTEN:
        data.setdefault("soorten", {}).setdefault(soort, {"patronen": ["^zzz$"]})
    return nood.parse_lexicon(data)


# ---------------------------------------------------------------- the test sets


@pytest.mark.parametrize("name", SETS)
def test_emergencies_are_recognised(name):
    data = _load(name)
    positives = [(soort, t) for soort in SOORT_VAN for t in data[soort]]
    assert len(positives) >= 60
    missed = [(soort, t) for soort, t in positives if nood.herken(t) is None]
    recall = 1 - len(missed) / len(positives)
    assert recall >= MIN_RECALL[name], f"recall {recall:.0%}; missed: {missed}"


@pytest.mark.parametrize("name", BUILT_ON)
def test_suicide_gets_the_suicide_answer(name):
    wrong = [t for t in _load(name)["suicide"] if nood.herken(t) != "suicide"]
    assert not wrong, wrong


@pytest.mark.parametrize("name", SETS)
def test_false_alarms_stay_low(name):
    negatives = _load(name)["niet_acuut"]
    assert len(negatives) >= 60
    alarms = [(t, nood.uitleg(t)) for t in negatives if nood.herken(t) is not None]
    assert len(alarms) / len(negatives) <= MAX_FALSE_ALARMS.get(name, 0.03), alarms


# ---------------------------------------------------------------- examples


@pytest.mark.parametrize(
    "text, soort",
    [
        ("hij staat met een mes in de kantine", "gevaar"),
        ("hij wacht me op na het werk", "gevaar"),
        ("hij wacht me vanavond op na het werk", "gevaar"),
        ("ik wil niet meer leven", "suicide"),
        ("Ik zie geen uitweg meer.", "suicide"),
        ("mijn collega zei dat ze er een eind aan wil maken", "suicide"),
        ("mijn man slaat me", "huiselijk_geweld"),
        ("ZELFMOORD", "suicide"),
        ("ik denk aan suïcide", "suicide"),
        ("ik\u200b wil\u200b dood", "suicide"),
    ],
)
def test_examples_from_the_issue(text, soort):
    assert nood.herken(text) == soort


@pytest.mark.parametrize(
    "text, soort",
    [
        # chat spelling, no punctuation, shouting
        ("mn collega ligt op de grond en reageert nergens op", "gevaar"),
        ("m'n chef heeft z'n schaar gepakt en komt op me af", "gevaar"),
        ("hij heeft n mes in zn hand HELP", "gevaar"),
        ("ff snel ze vechten in de kantine nu", "gevaar"),
        ("a.u.b. snel hij slaat mijn collega", "gevaar"),
        # inflections and word order
        ("hij sla mijn collega in elkaar", "gevaar"),
        ("hij slaat mijn collega", "gevaar"),
        ("hij sloeg met zijn vuist op tafel en nu slaat hij mij", "gevaar"),
        ("hij sloeg me net en staat nog naast me", "gevaar"),
        ("ik ben net geslagen door een bezoeker", "gevaar"),
        ("ze trappen hem in elkaar op het plein", "gevaar"),
        ("als ik morgen weer moet maak ik er een einde aan", "suicide"),
        ("ik dreig hem vanavond op te wachten zei hij", "gevaar"),
        # ingredients in a new combination
        ("er loopt iemand met een breekijzer door de hal", "gevaar"),
        ("mijn collega ademt nauwelijks en is niet aanspreekbaar", "gevaar"),
        ("hij zegt dat hij me na sluitingstijd te grazen neemt", "gevaar"),
        ("ik heb een doos slaappillen gespaard", "suicide"),
        ("ik zit op de reling van het balkon", "suicide"),
        ("ik kras weer in mijn benen", "suicide"),
        ("mijn vriend knijpt mijn keel dicht als hij boos is", "huiselijk_geweld"),
        ("ik slaap in mijn auto want ik durf niet naar huis", "huiselijk_geweld"),
        # indirect warning signs
        (
            "ik heb mijn testament opgesteld en mijn zaken op orde gebracht, "
            "het is goed zo",
            "suicide",
        ),
        ("ik heb geregeld wie mijn hond krijgt als ik er niet meer ben", "suicide"),
        ("ik heb opgezocht hoeveel van mijn slaappillen dodelijk is", "suicide"),
        ("soms denk ik erover om op de snelweg tegen een pilaar te rijden", "suicide"),
        ("mijn gezin zou opgelucht zijn als ik verdwijn", "suicide"),
        ("ik verdien het niet om te leven", "suicide"),
        ("dit is mijn laatste dienst, daarna zien jullie me nooit meer", "suicide"),
        ("binnenkort is het allemaal voorbij voor mij", "suicide"),
        ("mijn collega heeft sneetjes op haar polsen", "suicide"),
        ("sorry voor alles. vaarwel", "suicide"),
        ("ik wil voor altijd weg zijn", "suicide"),
        ("het heeft geen zin meer en ik heb een plan", "suicide"),
        ("mijn man wordt weer agressief als ik te laat thuiskom", "huiselijk_geweld"),
        (
            "het blauwe oog is van mijn vriend, op het werk zeg ik dat ik tegen een "
            "deur liep",
            "huiselijk_geweld",
        ),
        ("als hij gedronken heeft moet ik oppassen wat ik zeg", "huiselijk_geweld"),
        (
            "ik zie ertegen op om naar huis te gaan, hij is weer aan het drinken",
            "huiselijk_geweld",
        ),
        ("zodra ik buiten kom gaat hij me wat doen, zei hij", "gevaar"),
        ("de man die me bedreigde loopt nu rondjes om het gebouw", "gevaar"),
        (
            "hij riep dat de eerste die binnenkomt eraan gaat, hij staat bij de ingang",
            "gevaar",
        ),
        ("een klant zei dat hij een pistool gaat halen en terugkomt", "gevaar"),
        # one's own head against a wall is self-harm; someone else's is an attack
        ("k sloeg gisteren mn hoofd tegen de deur tot ik duizelig was", "suicide"),
        ("mijn collega slaat haar eigen hoofd tegen de muur", "suicide"),
        ("hij sloeg mijn hoofd tegen de muur en staat nog hier", "gevaar"),
        # a blade carried for relief; sexual abuse by a family member
        ("ik heb een scheermesje in mijn la, het helpt tegen de spanning", "suicide"),
        ("mijn oom zit aan me als we alleen zijn", "huiselijk_geweld"),
        ("haar vader betast haar, zegt mijn collega", "huiselijk_geweld"),
        # control, forced marriage, honour and abuse in the family, also long ago
        (
            "mijn man leest al mijn appjes en belt mijn baas of ik er wel ben",
            "huiselijk_geweld",
        ),
        ("mijn schoonmoeder bepaalt of ik mag werken", "huiselijk_geweld"),
        ("ze willen me uithuwelijken en ik ben bang", "huiselijk_geweld"),
        (
            "mijn broers zeggen dat ik de familie-eer kapot maak, ik ben bang",
            "huiselijk_geweld",
        ),
        ("mijn stiefvader heeft me als kind misbruikt", "huiselijk_geweld"),
        # jumping, last words at the railway, shut away with a blade, the water
        ("mijn collega zei dat hij van de parkeergarage springt", "suicide"),
        (
            "hij zei dat dit zijn laatste telefoontje is, hij zit bij het spoor",
            "suicide",
        ),
        ("ik heb mezelf opgesloten in de badkamer met mijn pillen", "suicide"),
        ("soms wil ik gewoon het kanaal in rijden", "suicide"),
        ("waarom zou ik eigenlijk nog doorgaan?", "suicide"),
        ("en dan bedoel ik niet een nieuwe baan", "suicide"),
        ("als dit zo doorgaat stap ik voor de trein", "suicide"),
        ("ze zei kalm dat ze weet wanneer ze het gaat doen", "suicide"),
        ("mijn plan is klaar, ik wil jullie alleen laten weten waarom", "suicide"),
        # money taken, an address kept from an ex, a child hurt again and again
        ("mijn vrouw beheert al mijn geld, ik krijg geen cent", "huiselijk_geweld"),
        (
            "mijn ex mag niet weten waar ik nu woon, kan HR dat regelen",
            "huiselijk_geweld",
        ),
        (
            "een kleuter uit groep 1 heeft steeds striemen op zijn rug",
            "huiselijk_geweld",
        ),
        (
            "ik wil nachtdiensten zodat ik niet alleen met hem thuis ben",
            "huiselijk_geweld",
        ),
        (
            "mijn man verstopt mijn autosleutels zodat ik niet naar werk kan",
            "huiselijk_geweld",
        ),
        ("mijn oom komt snachts naar mijn kamer, ik ben 16", "huiselijk_geweld"),
        ("er lekt chloor in het zwembad en ze kunnen niet goed ademen", "gevaar"),
        ("ik zit klem tussen de heftruck en de stelling", "gevaar"),
        ("hij stuurde een foto van de brug met tot nooit", "suicide"),
        ("hoeveel van die pillen is te veel, vraagt mijn collega steeds", "suicide"),
        (
            "wat krijgen nabestaanden als een werknemer overlijdt? vraag voor mezelf",
            "suicide",
        ),
        # gas and breathing
        (
            "er is gas vrijgekomen in de hal en twee mensen kunnen amper ademen",
            "gevaar",
        ),
        ("mijn collega ligt in de kelder en ik krijg haar niet wakker", "gevaar"),
        ("help, gewapende man hier in de winkel", "gevaar"),
        # sets 15 and 16: English, a hurried will, money kept from a partner
        ("my manager says he wants to kill himself", "suicide"),
        ("she told me everyone is better off without me", "suicide"),
        ("a man in the hall has a knife", "gevaar"),
        ("my colleague fell and is not breathing", "gevaar"),
        ("my boyfriend took my passport and locks me in", "huiselijk_geweld"),
        ("de dokter noemt me een gevaar voor mezelf", "suicide"),
        ("ik zie nog maar een uitweg, echt", "suicide"),
        ("kan ik mijn testament via de zaak regelen, graag deze week nog", "suicide"),
        ("wie krijgt mijn pensioen als ik overlijd? ik ben kerngezond hoor", "suicide"),
        ("plan je rooster maar zonder mij, ik ben er dan niet meer", "suicide"),
        (
            "mijn wachtwoorden staan klaar voor mijn opvolger. ik ga niet naar een "
            "andere baan",
            "suicide",
        ),
        ("hij pakte zijn geweer en zei dat hij niks meer waard is", "suicide"),
        ("doet het veel pijn als je tegen de hoogspanning aan komt", "suicide"),
        ("mijn dochter zocht op hoe lang verdrinken duurt", "suicide"),
        ("hoe lang duurt het voor je doodgaat van de uitlaatgassen", "suicide"),
        ("ik zit met pillen op bed en weet niet of ik het ga doen", "suicide"),
        ("mijn vriend neemt mijn loon af, ik krijg zakgeld", "huiselijk_geweld"),
        (
            "mijn loon moet naar een andere rekening, hij mag het niet weten",
            "huiselijk_geweld",
        ),
        (
            "mijn familie wil dat ik trouw, anders breng ik schande over ons",
            "huiselijk_geweld",
        ),
        ("mijn vader houdt me in de gaten, de eer van de familie", "huiselijk_geweld"),
        (
            "ik heb een contactverbod tegen mijn ex, mag ik vrij voor de zitting",
            "huiselijk_geweld",
        ),
        ("een peuter zegt dat ze niet mag vertellen wat opa doet", "huiselijk_geweld"),
        (
            "mijn zus vertelde haar man: hij slaat haar. ze schaamt zich",
            "huiselijk_geweld",
        ),
        ("het ruikt naar rotte eieren bij de ketel", "gevaar"),
        # sets 17 to 20: a date set, an apology then silence, a will and a means
        ("ze heeft een datum gekozen. na de kerst stopt ze ermee", "suicide"),
        ("ze had methodes opgezocht, schreef ze", "suicide"),
        ("ik denk niet dat ik mijn verjaardag nog haal", "suicide"),
        ("hij weet hoe hij eruit kan stappen als het te zwaar wordt", "suicide"),
        ("rooster maakt niet uit, ik ben er toch niet meer", "suicide"),
        ("ze schreef 'het spijt me' en ik krijg haar niet te pakken", "suicide"),
        ("hij zei dag en vroeg of ik goed voor mama zorg", "suicide"),
        ("haar kleding mag mijn zus hebben, en mijn fiets mag jij houden", "suicide"),
        ("zijn verzameling heeft hij vandaag verdeeld", "suicide"),
        (
            "mijn loon mag uitbetalen aan mijn ouders, ik laat alles netjes achter",
            "suicide",
        ),
        ("hij heeft een touw in de garage liggen voor als het nodig is", "suicide"),
        ("zij bewaart die pillen voor zichzelf", "suicide"),
        ("telt het als bedrijfsongeval als ik mezelf iets aandoe?", "suicide"),
        ("dan heeft mijn vrouw geld voor mijn uitvaart", "suicide"),
        ("overmorgen ben ik verlost", "suicide"),
        (
            "mijn vader regelt zijn testament en zegt dat hij het zelf afmaakt",
            "suicide",
        ),
        ("ik bijt mijn arm kapot, het is de straf die ik verdien", "suicide"),
        ("er ligt een brief aan wie mij vindt", "suicide"),
        ("als ze me nog een keer uitlachen spring ik van het dak", "suicide"),
        # sets 21 and 22: forgiving everyone, a leaflet read, "die niet meer wil"
        ("ze schreef dat we haar niet moeten zoeken", "suicide"),
        ("hij zei dat hij iedereen vergeeft en ging offline", "suicide"),
        ("ik heb de bijsluiter gelezen en weet hoeveel ik nodig heb", "suicide"),
        ("wat als ik zelf degene ben die niet meer wil", "suicide"),
        # sets 23 and 24: enough in the car, scars, a deeper cut, the dead
        ("hij zit al uren in de auto en appte dat het genoeg is geweest", "suicide"),
        ("er komen steeds nieuwe littekens bij, ik krijg het niet gestopt", "suicide"),
        ("het bloedt meer dan de bedoeling was", "suicide"),
        ("oma is dood en opa zegt dat hij naar haar wil", "suicide"),
        ("geef dit aan mijn zoon als ik niet terugkom", "suicide"),
        ("ik heb al bedacht hoe en waar", "suicide"),
        ("ik wil niet dood, ik wil niet meer bestaan", "suicide"),
        # sets 25 and 26; and two exceptions that were tried and dropped because
        # they hid real warnings ("nee serieus", "wat moet je doen als een collega")
        ("i feel like ending it all", "suicide"),
        ("ik denk niet dat ik oktober nog haal", "suicide"),
        ("ik bedoel niet bij dit bedrijf", "suicide"),
        ("ik bijt in mijn eigen arm tot er bloed komt", "suicide"),
        ("grapje. nee serieus, de pillen liggen klaar", "suicide"),
        (
            "wat moet je doen als een collega een afscheidsbrief in de app zet",
            "suicide",
        ),
        # sets 27 and 28
        ("hij neemt zijn pistool mee naar huis om het af te sluiten", "suicide"),
        ("ze staat op het perron en neemt de trein, niet om in te stappen", "suicide"),
        ("ik heb vorig jaar een poging gedaan en nu denk ik er weer aan", "suicide"),
        (
            "een kind vertelt over geheime spelletjes met papa. hoe werkt de meldcode?",
            "huiselijk_geweld",
        ),
        (
            "blauwe plekken op zijn bovenarmen, zijn vader zegt dat hij onhandig is",
            "huiselijk_geweld",
        ),
        ("mijn collega zakt weg, hij reageert amper", "gevaar"),
        ("de stelling is omgevallen en Piet ligt eronder", "gevaar"),
        ("vlammen in de keuken, de blusser werkt niet", "gevaar"),
        (
            "een leerling heeft weer blauwe plekken. wat zegt de meldcode dat ik doe?",
            "huiselijk_geweld",
        ),
        ("haar stiefvader komt snachts bij haar in bed", "huiselijk_geweld"),
        ("mijn broers komen me halen als ik niet trouw", "huiselijk_geweld"),
        ("als niemand kijkt sla ik mijn hoofd tegen de deur", "suicide"),
        ("ik ben bang voor mezelf vannacht", "suicide"),
        ("als het aan mij ligt ben ik volgend jaar dood", "suicide"),
        ("mijn collega huilt en zegt dat hij het vannacht gaat afmaken", "suicide"),
        (
            "zijn opa is ook zo gegaan, zegt hij, en hij heeft een geweer thuis",
            "suicide",
        ),
        (
            "krijgt mijn man een overlijdensuitkering? mijn beslissing staat vast",
            "suicide",
        ),
        ("ik wil mezelf steken met de schaar", "suicide"),
        ("ik meld me ziek zodat niemand mijn gescheurde lip ziet", "huiselijk_geweld"),
        (
            "mijn onderarmen zien er niet uit, dus ik draag in juli lange mouwen",
            "suicide",
        ),
        ("kan ik een uitvaartverzekering afsluiten die meteen ingaat?", "suicide"),
        ("dit wordt haar laatste zomer, zegt ze steeds", "suicide"),
        ("she says this is her last christmas and gave away her guitar", "suicide"),
        ("hij heeft een plattegrond met kruisjes bij de nooduitgangen", "gevaar"),
        ("each day at the track edge, today I nearly didnt step back", "suicide"),
        ("mijn broer zegt dat hij klaar is met ademen", "suicide"),
        ("ze zit in haar auto in de schuur en de deur is dicht", "suicide"),
        (
            "mijn lief pakt mijn betaalpas af voor ik naar het werk ga",
            "huiselijk_geweld",
        ),
        ("tonight is the night, I am done", "suicide"),
        ("als er iets met mij gebeurt, weten jullie nu waarom", "suicide"),
        ("ik heb pillen apart gehouden, genoeg denk ik", "suicide"),
        ("hij zei dat hij het zelf oplost met zijn dienstwapen", "suicide"),
        ("sinds mama dood is wil ik haar achterna gaan", "suicide"),
        ("mijn collega praat ineens raar en heeft een scheve mond", "gevaar"),
        ("there's a guy at the door with a knife rn", "gevaar"),
        ("de steiger buigt door en er staan nog mensen op", "gevaar"),
        ("geef mijn gitaar maar aan mijn neef", "suicide"),
        ("ik heb geen zin meer in wakker worden", "suicide"),
        ("de stemmen zeggen dat ik moet springen", "suicide"),
        ("ik heb mezelf gebeten tot het bloedde", "suicide"),
        ("mijn spaargeld is voor mijn zus, na mij", "suicide"),
        ("mijn vrouw leest mee als ik thuiswerk", "huiselijk_geweld"),
        ("hij smeet pannen naar me waar de kinderen bij waren", "huiselijk_geweld"),
        ("hij zit in de schuur met een touw en zegt niks", "suicide"),
        (
            "hij heeft een brief op zijn kast laten liggen en niemand weet waar hij is",
            "suicide",
        ),
        ("hij heeft zijn geweer gepoetst voor het laatste klusje", "suicide"),
        ("ze wacht op de sneltrein, niet om in te stappen zei ze", "suicide"),
        ("hij heeft zijn huur opgezegd en zijn kat laten inslapen", "suicide"),
        ("ik vond haar met een zak over haar hoofd", "suicide"),
        ("ze zit met een mes bij haar pols op de wc", "suicide"),
        (
            "ze zegt dat ze het geweer van haar man heeft en dat het dan makkelijk is",
            "suicide",
        ),
        ("lekkage in de chloorleiding, iedereen hoest", "gevaar"),
        ("mijn collega zei dat hij vandaag naar God wil", "suicide"),
        (
            "hij zegt dat hij zijn moeder achterna gaat, ze is vorige maand overleden",
            "suicide",
        ),
        ("de houtskoolbarbecue staat binnen en alle kieren zijn afgeplakt", "suicide"),
        ("tegen de tijd dat er hulp komt, ben ik weg", "suicide"),
        ("ik sta bij de pier en wil de zee in lopen", "suicide"),
        ("ik heb de gaskraan opengedraaid", "suicide"),
        ("honestly I just want to disappear", "suicide"),
        ("I googled how high the bridge is", "suicide"),
        ("been thinking about jumping, all week", "suicide"),
        ("I want it all to be over", "suicide"),
        ("she burned herself with a lighter again", "suicide"),
        ("i want the pain to stop, for good", "suicide"),
        ("ik heb het touw al gepakt maar nog niks gedaan", "suicide"),
        ("mijn pillen liggen in een bakje klaar", "suicide"),
        ("ik ben thuis nooit veilig, hij schopt me", "huiselijk_geweld"),
        ("a man is hitting a woman in the lobby", "gevaar"),
        (
            "krijgt mijn vrouw geld als mij iets overkomt, ook als ik het zelf doe?",
            "suicide",
        ),
        ("ik vond scheermesjes in zijn etui en bloed op zijn mouw", "suicide"),
        ("mijn wereld is zo klein, er is nog een uitgang en die neem ik", "suicide"),
        ("ik ga niet alleen hier weg, snap je", "suicide"),
        ("ze heeft haar polsen opengesneden", "suicide"),
        (
            "ik schrijf een afscheidsmail aan mijn team, niet omdat ik van baan wissel",
            "suicide",
        ),
        ("ik wil er tussenuit, voorgoed", "suicide"),
        (
            "uitvaart vergoed? gaat om die van mij, wil niemand opzadelen met kosten",
            "suicide",
        ),
        ("ze stuurde me al haar wachtwoorden, voor als er iets gebeurt", "suicide"),
        ("ik ben een vergissing die al te lang duurt", "suicide"),
        (
            "een organisatie helpt me om weg te gaan, mijn man mag het niet weten",
            "huiselijk_geweld",
        ),
        ("als tiener sneed ik mezelf en nu ben ik weer begonnen", "suicide"),
        ("er loopt een slang van de uitlaat naar het raampje van zijn auto", "suicide"),
        ("ik zit op het toilet met een touw in mijn hand", "suicide"),
        ("ze staat met haar hoofd tegen de kast te bonken", "suicide"),
        ("ik vraag het niet zomaar, het besluit is genomen", "suicide"),
        (
            "mijn ziekmelding was omdat mijn arm blauw was na zijn klappen",
            "huiselijk_geweld",
        ),
        (
            "we moeten misschien naar een opvang, met de kinderen. welk verlof is er?",
            "huiselijk_geweld",
        ),
        (
            "ze wil op reis, maar heeft niks geboekt. haar testament is net opgemaakt.",
            "suicide",
        ),
        ("mijn zoon heeft zijn eigen grafsteen getekend", "suicide"),
        (
            "zijn jachtgeweer ligt klaar en hij zegt dat hij het zelf wel oplost",
            "suicide",
        ),
        ("op haar scherm stond een tabblad over pijnloos sterven", "suicide"),
        (
            "hij zit opgesloten in de badkamer, reageert niet, en zei dat hij het"
            " vanavond afmaakt",
            "suicide",
        ),
        ("elke keer als er een bus langskomt denk ik aan een stapje opzij", "suicide"),
        ("hij heeft ons dochtertje geschopt", "huiselijk_geweld"),
        ("ik heb te diep gekrast en het bloedt", "suicide"),
        ("ze appte haar dochter: vanavond ben ik weg, alles is voorbij", "suicide"),
        ("ik sta bij de sloot met stenen in mijn jaszakken", "suicide"),
        ("ze heeft de pillen gepakt en zegt: vandaag is het genoeg geweest", "suicide"),
        ("ik bewerk mijn armen met een schaar", "suicide"),
        ("sterven lijkt me de enige uitweg", "suicide"),
        (
            "ik heb afscheid genomen van mijn kat en ik ga niet meer naar huis",
            "suicide",
        ),
        ("ze heeft zich krasjes gegeven met een schaar", "suicide"),
        ("is het egoïstisch als ik ophoud met alles?", "suicide"),
        ("het pistool ligt klaar en het is niet voor de jacht", "suicide"),
        ("zeg tegen mijn ouders dat het niet aan hen lag", "suicide"),
        ("hij heeft rattengif klaargezet voor zichzelf", "suicide"),
        ("als ik straks thuis ben maak ik het af, ik ben er klaar mee", "suicide"),
        (
            "hij vroeg waar de sleutel van de wapenkast ligt en zegt dat het geen zin"
            " meer heeft",
            "suicide",
        ),
        (
            "de operator zegt dat hij in de oven springt als iemand dichterbij komt",
            "suicide",
        ),
        (
            "hij legde zijn sieraden neer, zei dat wij het mogen verdelen, en hij is"
            " weg.",
            "suicide",
        ),
        ("ik rijd straks gewoon onder een vrachtwagen", "suicide"),
        ("mijn levensverzekering is straks meer waard dan mijn leven", "suicide"),
        (
            "hij heeft de pillen meegenomen naar huis en niemand hoeft hem morgen te"
            " verwachten",
            "suicide",
        ),
        ("this is my last commit, sorry team", "suicide"),
        ("ze zegt dat ze van het viaduct bij de grote snelweg springt", "suicide"),
        ("hoe lang duurt het voor je doodgaat van paracetamol?", "suicide"),
        (
            "ze zei dat ze alleen nog leeft voor haar kat, en die is gisteren"
            " ingeslapen",
            "suicide",
        ),
        (
            "het bedrijf gaat failliet en zijn jachtgeweer ligt op de keukentafel",
            "suicide",
        ),
        ("ik heb de tabletten geteld, genoeg voor vanavond", "suicide"),
        ("hij zei dat hij zijn vrachtwagen tegen een brugpijler zet", "suicide"),
        ("ik lig elke nacht wakker en denk na hoe ik het zou doen", "suicide"),
        ("ze appte dat ze er vanavond een eind aan maakt", "suicide"),
        ("hij staat langs het spoor te wachten op de trein", "suicide"),
        (
            "ze ziet het niet meer zitten en haar pillen liggen in haar kluisje",
            "suicide",
        ),
        ("hij heeft zijn polsen bewerkt met een schaar", "suicide"),
        (
            "hij staart naar zijn pistool en zegt dat hij het gewoon moet doen",
            "suicide",
        ),
        (
            "ik had net zo goed dood kunnen zijn, makkelijk met de pillen thuis",
            "suicide",
        ),
        ("als ik maandag niet kom weten jullie waarom", "suicide"),
        ("ik heb zin om gewoon naar beneden te stappen van de steiger", "suicide"),
        ("mijn collega heeft chloor ingeademd en schuimt om zijn mond", "gevaar"),
        ("dit is mijn laatste werkdag, niet omdat ik een nieuwe baan heb", "suicide"),
        ("ze heeft al twee pogingen gedaan en wil het nu echt goed doen", "suicide"),
        ("hij zit met een breekmes en zegt dat hij gewoon iets wil voelen", "suicide"),
        ("ik ga vanavond de rivier in", "suicide"),
        ("ik wil gewoon dat de pijn stopt", "suicide"),
        ("gekrast, en nu bloedt het door mijn mouw", "suicide"),
        ("ze belt vanuit de vriescel, de deur is dichtgevallen", "gevaar"),
        ("ik wil alleen dat het ophoudt en ik zie maar één manier", "suicide"),
        ("i'm planning my own funeral, not joking", "suicide"),
        ("I'm not joking, I want to die", "suicide"),
        ("hij wil van de stelling stappen", "suicide"),
        ("dan weet niemand dat het geen ongeluk was", "suicide"),
        ("de stemmen zeggen dat ik dood moet", "suicide"),
        ("als ik nu loslaat is het ook goed", "suicide"),
        ("ze slaat haar hoofd tegen de muur en roept dat ze zichzelf haat", "suicide"),
        ("hij heeft het geweer gepakt, niet voor de jacht zegt hij", "suicide"),
        ("ik heb mezelf weer geslagen met een riem", "suicide"),
        ("hij zegt dat hij ermee stopt en dat hij al weet hoe", "suicide"),
        ("ik heb me op de wc gesneden en het bloedt", "suicide"),
        ("ik zit ermee op de bank, het pistool ligt naast me", "suicide"),
        ("ik rijd zo door de vangrail", "suicide"),
        ("please tell me it won't hurt", "suicide"),
        ("het is nog lang niet voorbij, hij loopt met een mes door de gang", "gevaar"),
        ("hij heeft een hamer en we zijn niet veilig", "gevaar"),
        ("hij is niet weg, hij staat met een koevoet bij de ingang", "gevaar"),
        ("het is niet gestopt, ze slaat hem nog steeds", "gevaar"),
        ("ik ben niet veilig thuis", "huiselijk_geweld"),
        ("dit is geen brandoefening, het brandt echt", "gevaar"),
        ("geen scenario: er loopt een man met een pistool door de hal", "gevaar"),
        ("hij staat inmiddels al een kwartier met een bijl bij de poort", "gevaar"),
        (
            "hij ligt bewusteloos in de koelcel en niemand heeft een ehbo-diploma",
            "gevaar",
        ),
        ("de brand is nog niet onder controle en er zitten mensen boven", "gevaar"),
        ("de hal stinkt naar ammoniak, mensen hoesten en er valt iemand om", "gevaar"),
        (
            "bij de poort twee groepen jongens met messen, er is al iemand geraakt",
            "gevaar",
        ),
        (
            "hij bewaart de pillen in zijn la en kijkt er langer naar dan goed is",
            "suicide",
        ),
        ("mijn vrouw is vorige maand gestorven en ik wil naar haar toe", "suicide"),
        (
            "hij klinkt heel vreemd aan de telefoon en wil afscheid nemen van iedereen",
            "suicide",
        ),
        ("hij denkt elke nacht na over hoe hij het zou doen", "suicide"),
        ("ik pieker 's nachts hoe ik het zou doen", "suicide"),
        ("ze heeft een lijst gemaakt wie welke spullen van haar krijgt", "suicide"),
        (
            "hij heeft het pistool uit de kluis gehaald en het ligt naast zijn bed",
            "suicide",
        ),
        ("ze heeft een schaar meegenomen naar het toilet en doet niet open", "suicide"),
        (
            "hij zit in zijn busje in de werkplaats met de motor aan en de deur dicht",
            "suicide",
        ),
        ("hoe lang duurt het voor je doodgaat van 30 slaappillen", "suicide"),
        ("ze zegt dat ze een plekje weet waar niemand haar zal vinden", "suicide"),
        (
            "hij zit in de auto en denkt erover zijn pistool op zichzelf te richten",
            "suicide",
        ),
        ("straks rij ik de auto het kanaal in", "suicide"),
        ("vanavond rijd ik de vrachtwagen het dok in en dan is het over", "suicide"),
        ("het touw ligt op zolder, het klaarligt al weken", "suicide"),
        ("ik ben wel klaar met ademhalen eigenlijk", "suicide"),
        ("ik wil geen ontslag nemen, ik wil echt verdwijnen", "suicide"),
        (
            "hij is klaar met alles en hij heeft zijn dienstwapen bij zich",
            "suicide",
        ),
        ("een leerling heeft zich net in de wc verwond met een stuk glas", "suicide"),
        (
            "hij liet zich afzetten bij het viaduct en zei dat hij niet meer terugkomt",
            "suicide",
        ),
        (
            "ik snap waarom men de hand aan zichzelf slaat, mijn geweer ligt klaar",
            "suicide",
        ),
        (
            "het magazijn heeft een sterke gasgeur en mensen klagen over hoofdpijn",
            "gevaar",
        ),
        (
            "ze stuurde een foto van haar polsen onder het bloed, ze zit op de wc",
            "suicide",
        ),
        ("I'm sitting in the van with the motor running in a closed garage", "suicide"),
        ("I keep banging my head against the wall, it's bleeding again", "suicide"),
        ("honestly I'm done with breathing", "suicide"),
        ("ze drinkt de bleek op, zegt ze", "suicide"),
        (
            "he hasn't shown up for two days, his last text was thanks for everything",
            "suicide",
        ),
        ("the only thing keeping me alive is my cat", "suicide"),
        ("hij zei dat hij op een dag gewoon rechtdoor gaat bij de dijk", "suicide"),
        ("ik heb afscheid genomen van mijn zus zonder dat ze het doorhad", "suicide"),
        (
            "of uitlaatgassen pijn doen? vanavond ga ik het proberen in de garage",
            "suicide",
        ),
        # sets 89 to 94; the last five guard new exceptions
        ("ik wil dood, van de brug af springen vanavond", "suicide"),
        ("straks hebben jullie geen last meer van mij, dat beloof ik", "suicide"),
        (
            "eerlijk gezegd vind ik het geen ramp als ik een ongeluk krijg onderweg",
            "suicide",
        ),
        ("ik wil mezelf kapotmaken, zo voel ik me", "suicide"),
        ("hij zoekt hoe hij het snel en pijnloos kan doen", "suicide"),
        ("ze zit in de schuur met de motor aan en neemt niet op", "suicide"),
        ("hij zei dat hij na het werk van de Van Brienenoordbrug springt", "suicide"),
        ("ik denk steeds hoe het is als ik dood ben en hoe ik het zou doen", "suicide"),
        (
            "nog even en het is voorbij voor mij, ik deed vorige maand al een poging",
            "suicide",
        ),
        (
            "in de loods hangt een haak aan het plafond, ik blijf er maar naar kijken",
            "suicide",
        ),
        ("het blijft bloeden, ik heb het weer gedaan", "suicide"),
        (
            "ik zeg altijd dat ik van de trap gevallen ben, maar we wonen gelijkvloers",
            "huiselijk_geweld",
        ),
        ("een tekening van mij met een mes erin, hij wacht me vanavond op", "gevaar"),
        ("het is geen oefening, er is echt een gaslek in de tunnel", "gevaar"),
        (
            "de ploeg vecht in de kantine van het slachthuis met messen, iemand bloedt",
            "gevaar",
        ),
        ("ik heb geen suïcidale gedachten gehad tot vorige week, nu wel", "suicide"),
        ("ik ben niet figuurlijk op het dak, ik sta echt aan de rand", "suicide"),
        ("ik spring van de brug, letterlijk en figuurlijk", "suicide"),
        # sets 95 and 96; the last two guard new exceptions
        (
            "wanneer rijdt de laatste sneltrein hier langs? ik wil er voor gaan staan",
            "suicide",
        ),
        ("ik denk dat het een hartaanval is, hij ligt op de grond", "gevaar"),
        ("wie moet ik bellen als iemand me slaat, hij staat hier nu", "gevaar"),
        # sets 97 to 100
        ("ik wil nog één keer mijn dochter zien voordat ik ga", "suicide"),
        ("hij zegt dat hij het mes op zichzelf gaat zetten", "suicide"),
        ("nog een week, dan zijn jullie van me af", "suicide"),
        ("ik heb me in de keuken gesneden, expres, het bloedt", "suicide"),
        ("tijdens de brandoefening is er echt brand uitgebroken", "gevaar"),
        # sets 101 to 105; the sticker guards an exception
        (
            "er heeft iemand iets in mijn thee gedaan denk ik, ik word heel raar",
            "gevaar",
        ),
        ("de schoonmaker is weggezakt naast de emmer met chloor", "gevaar"),
        ("hij heeft een briefje achtergelaten en we weten niet waar hij is", "suicide"),
        (
            "uit het vat met de gevaren-sticker komt damp, twee mensen zijn misselijk "
            "en duizelig",
            "gevaar",
        ),
    ],
)
def test_new_wording_of_known_emergencies(text, soort):
    assert nood.herken(text) == soort, nood.uitleg(text)


@pytest.mark.parametrize(
    "text",
    [
        "vorige week sloeg een patiënt me",
        "vorige maand heeft een klant een mes getrokken, dat wil ik melden",
        "een jaar geleden werd ik in elkaar geslagen, ik heb er nog last van",
        "ik ga dood van de hitte",
        "ik denk niet aan zelfmoord hoor",
        "aan mezelf iets aandoen denk ik niet",
        "ik ben niet in gevaar, maar wel bang voor zijn reactie",
        "ik slijp de messen in de keuken",
        "ik ben kapper en werk de hele dag met een schaar",
        "mijn baas vermoordt me als ik te laat ben",
        "ik kan die collega wel wurgen haha",
        "nee, dat slaat nergens op",
        "de salarisadministratie reageert niet op mijn mail",
        "ik heb geen zin meer in dit werk",
        "bij de apotheek tel ik de hele dag pillen",
        "ik stond een uur in de file op de brug",
        "ik sneed me aan een blikje, pleister erop",
        "vroeger sloeg mijn vader mij",
        "",
        # idioms, work with knives and blood, leaving a job
        "het is om dood te gaan zo heet hier",
        "mijn baas schreeuwde moord en brand over een kwijtgeraakte map",
        "ik ben doodmoe na die nachtdienst",
        "ik ga dood van de stress met die deadlines",
        "over mijn lijk dat ik dat nog een keer doe",
        "dit is mijn laatste week hier, ik heb een nieuwe baan",
        "ik neem afscheid van het team want ik ga met pensioen",
        "ik ruim mijn bureau op want ik heb een nieuwe baan",
        "ik ben kok en werk de hele dag met messen",
        "op de ambulance zien we elke dag veel bloed",
        "mijn collega heeft krassen op haar armen van haar kat",
        "mijn vriend wacht thuis op me met het eten",
        "zodra ik buiten ben bel ik je terug",
        "ik heb besloten een klacht in te dienen en voel me rustiger",
        "het project is binnenkort voorbij",
        "bedankt voor alles, tot ziens!",
        # a fist on the table is anger, not an attack on a person
        "mijn chef slaat met zijn vuist op tafel als hij boos is",
        "ik stoot mijn hoofd tegen de kast, au",
        "mijn vader zat aan mijn spullen in de schuur",
        "een passagier spuugde vorige week naar me, ik ben niet gewond",
        "mijn baas controleert mijn mail",
        "mijn moeder wil dat ik eindelijk eens trouw",
        "mijn collega werd misbruikt door een klant, vorig jaar",
        "waarom zou ik nog doorgaan met dit project als niemand het leest",
        "ik heb mezelf opgesloten in mijn kantoor om door te werken",
        "ik weet niet hoe ik het ga doen met al die diensten",
        "die deadline bezorgt me nog een hartaanval",
        "ik heb geen gedachten om mezelf iets aan te doen, wel slaap ik slecht",
        "we spelen een toneelstuk over zelfmoord op school",
        "waar vind ik de meldcode huiselijk geweld?",
        "hoe kunnen medewerkers onze vp snel te pakken krijgen?",
        "het projectplan ligt klaar, wil je weten waarom het zo lang duurde?",
        "ik heb vorige week een melding gedaan bij veilig thuis over een gezin",
        # sets 15 and 16: policy, a loss long ago, idioms, a past threat
        "ik ben geen gevaar voor mezelf, wel erg boos",
        "ik zie nog maar een uitweg: ontslag nemen",
        "hebben we een suicidepreventiebeleid?",
        "wat is het protocol als een collega zegt dat hij aan zelfmoord denkt",
        "ik ben er klaar mee, niet met het leven, met deze baan",
        "mijn oom pleegde jaren geleden zelfmoord, hoe herdenken we hem",
        "we hebben twee jaar geleden een collega verloren door zelfdoding",
        "ik spring bijna uit mijn vel van die planning",
        "ik gooi die printer zo uit het raam",
        "sinds mijn collega is overleden aan een hartstilstand slaap ik slecht",
        "vorige maand had een klant een mes, de politie was er snel",
        "ik slaap slecht en huil in de auto",
        "kan ik verlof opnemen zonder dat mijn leidinggevende het weet",
        "ik ben er niet meer bij met mijn hoofd",
        "wie krijgt mijn pensioen als ik overlijd?",
        # sets 17 to 20: past losses, idioms, policy, a course
        "vijf jaar geleden dat onze collega zelfmoord pleegde, we willen herdenken",
        "een vriend heeft jaren geleden zelfmoord gepleegd",
        "mijn tante is drie jaar geleden door zelfdoding overleden",
        "jaren geleden dacht ik aan zelfmoord, dat is voorbij",
        "hebben we een protocol als een collega over zelfmoord begint?",
        "als die kassa nog 1x vastloopt spring ik van het dak",
        "ik kan wel uit het raam springen van frustratie",
        "op de eerste hulp zien we mensen die zichzelf iets hebben aangedaan",
        "geen gedachten aan zelfdoding, wel somber",
        "ik denk niet aan doodgaan, ik ben alleen moe",
        "ik wil echt niet dood, wel een andere afdeling",
        "ik wil weg, niet uit het leven, uit deze baan",
        "deze planning is een zelfmoordmissie",
        "wanneer is de volgende bhv-cursus? ik wil leren reanimeren",
        "ontruimingsoefening met nep-rook en een lotus op de grond",
        "in de nieuwsbrief stond een artikel over huiselijk geweld",
        "wat houdt de meldcode huiselijk geweld in voor ons?",
        "ik maak het project zelf wel af",
        "ik wil mijn werkplek netjes achterlaten",
        # sets 21 and 22: idioms, a past thought or wound, a loss long ago, a small cut
        "ik kan mezelf wel ophangen, weer mijn sleutels vergeten",
        "dit project wordt nog mijn dood",
        "ik had vroeger suicidale gedachten, het gaat al jaren goed",
        "vroeger heb ik in mijn benen gesneden, dat is lang voorbij",
        "na de zelfdoding van een bewoner willen we een nagesprek",
        "ik ben jaren geleden mijn broer verloren aan zelfmoord",
        "ik sneed me in mijn duim, het bloedt niet meer",
        # sets 23 and 24
        "aan doodgaan denk ik niet, wel ben ik somber",
        "ik wil niet stoppen met leven, wel met dit werk",
        "mijn chef smijt met de deuren als hij boos is",
        "het is genoeg geweest met die reorganisatie, ik zoek ander werk",
        # sets 25 and 26
        "echt dood willen, nee, zo erg is het niet",
        "tips om niet op te hangen als een klant aan de lijn scheldt?",
        "niet zo dat ik er niet meer wil zijn, gewoon moe",
        "mijn oom heeft zelfmoord gepleegd toen ik klein was",
        "volgende week een ontruimingsoefening met scenario gaslek",
        "hij heeft me gestalkt via instagram, ik heb hem geblokkeerd en het is gestopt",
        "iedereen is veilig thuis gekomen na de dienst",
        "iemand stuurde een meme met een pistool in de groepsapp",
        # sets 27 and 28
        "in de werkplaats slaan we met een hamer de spijkers erin",
        "niet dat ik dood wil, ik ben gewoon moe",
        "drie jaar geleden had ik suicidale gedachten, het gaat goed",
        "twee jaar geleden deed ik een zelfmoordpoging, het gaat al lang goed",
        "de directie blijft het reanimeren, dat project",
        "we hadden een training over een gewapende overval",
        "ze noemen me de zelfmoordpiloot op de heftruck",
        "tips voor een afscheidsbrief aan mijn team want ik ga met pensioen",
        "ik heb een overdosis werk gehad dit kwartaal",
        "er hangt een strop als halloweendecoratie in de kantine",
        "in de ggz gaat het elke dag over zelfmoord bij clienten",
        "ik sta op het perron te wachten op de trein, weer vertraging",
        "ik denk er niet aan mezelf iets aan te doen, ik wil een klacht indienen",
        "jaren geleden een overval op de zaak, nu komt het terug in mijn nachtmerries",
        "voor de verbouwing moeten we morgen een wand inslaan",
        "mijn oom deed vorig jaar een zelfmoordpoging maar het gaat nu goed met hem",
        "dit plan is pure zelfmoord voor onze afdeling",
        "jaren geleden deed ze een poging tot zelfdoding en nu gaat het weer goed",
        "een leerling vroeg vandaag hoe het voelt om iemand neer te schieten",
        "ik wil mijn reanimatie opfrissen, wanneer is de herhaling?",
        "we zoeken een roman over huiselijk geweld voor de bedrijfsbieb",
        "ik doe aan judo, een collega grapt dat mijn vrouw me slaat",
        "ik spring van het dak als die deadline weer schuift",
        "nog 1 vergadering en ik spring uit het raam",
        "een collega had een overdosis op een feest, hoe steunen we hem?",
        "werkt hier iemand met suicidale jongeren die intervisie wil?",
        "een oud-collega heeft vorig jaar zelfmoord gepleegd, we willen een herdenking",
        "op mijn vorige werk werd ik gestalkt door een leverancier",
        "weet iemand een goed boek over suicidepreventie voor mentoren?",
        "overval en brand: welke trainingen zijn verplicht voor de kassa?",
        "bij de sloop gebruiken we explosieven, wie controleert dat?",
        "het journaal over de schietpartij in Texas raakt me",
        "patienten met suicidale gedachten zien we elke dag op de crisisdienst",
        "ik werk als vrijwilliger bij Veilig Thuis, mag dat naast mijn baan?",
        "vroeger sneed ik mezelf, dat is al jaren voorbij",
        "ik snij me soms in mijn vingers bij het uitbenen",
        "mijn baas luistert mee als ik thuiswerk",
        "de chef gooide pannen naar me in de keuken",
        "we lazen een boek waarin de hoofdpersoon zelfmoord pleegt",
        "ik gaf een zelfmoordpreventie training, wie wil de slides?",
        "die vergadering was zelfmoord",
        "wie heeft suicide squad gezien?",
        "mijn inbox staat in de fik",
        "we hebben een bom aan werk",
        "bhv herhaling: neem de reanimatiepop mee",
        "een jaar geleden sneed ze zichzelf, inmiddels gaat het goed",
        "hij riep vanavond ik maak je af, we moesten allebei lachen",
        "geen doodswens hoor, wel somber",
        "voor de bruiloft? ja, ik heb een datum",
        "het was een gesimuleerd gaslek bij de oefening",
        "we speelden een overval na met een plastic pistool",
        "in de ggz doen we elke dag een risicotaxatie op suicide",
        "op de ambulance had ik vannacht drie keer een overdosis",
        "ik verloor jaren geleden een vriend door zelfdoding",
        "ze vertelde dat ze jaren geleden aan zelfmoord dacht",
        "in een podcast die we op het werk luisterden ging het over huiselijk geweld",
        "hij riep 'ik spring uit het raam' toen de kassa vastliep",
        "we lezen een boek over een meisje dat zelfmoord pleegt",
        "we hebben een studiedag over suicidepreventie",
        "we ruimen in de apotheek de voorraad pillen op in een bakje",
        "bij de politie hebben we te maken met messen, dat hoort bij het werk",
        "bij elke storing roept ze 'ik spring zo uit het raam'",
        "suicidepreventie is mijn dagelijks werk op de crisisdienst",
        "onze afdeling is een slagveld, iedereen schiet op iedereen",
        "op het journaal zag ik dat er een schietpartij was in Londen",
        "wanneer is de herhaling reanimatie?",
        "ik ben een gijzelaar van mijn agenda",
        "ik woon nu veilig, mijn ex heeft een contactverbod",
        "mijn nicht werd vorig jaar verkracht door haar oom, de dader zit vast",
        "een collega maakte een grap over zelfmoord, dat vond ik ongepast",
        "met het team naar een escape room over een overval",
        "ik jaag in het weekend, mag mijn geweer in een afgesloten koffer in de auto?",
        "vroeger zat ik in een vrouwenopvang, dat is jaren geleden",
        "als tiener sneed ik mezelf, dat is lang voorbij",
        "ik heb mezelf als tiener gesneden, ik ben nu 34 en klachtenvrij",
        "we oefenen een gijzelingsscenario met de politie",
        "wat staat er in het register over de explosie van 2018?",
        "hij bonkt met zijn hoofd op het toetsenbord als de pc crasht",
        "ik durf op het werk niet uit de kast te komen",
        "een workshop met rollenspellen: een overvaller met een mes",
        "hij is gevallen en heeft zijn pols gebroken, al gegipst",
        "als dit project mislukt springen we allemaal van het dak",
        "zijn er cursussen over suicidepreventie voor leidinggevenden?",
        "in het uitvaartcentrum gaat het vaak over zelfdoding",
        "we lezen een thriller over een man die zijn vrouw vermoordt",
        "mijn hoofd bonkt van de hoofdpijn, mag ik naar huis?",
        "de sfeer is om te snijden, niemand raakte gelukkig gewond",
        "vroeger had hij suicidale gedachten, dat is al lang voorbij",
        "in de musical speel ik een man die zichzelf ophangt",
        "wie niet meedoet springt maar van het schip, zegt de baas",
        "IT is de server aan het reanimeren",
        "er was bijna brand in de keuken door de friteuse",
        "ik heb mijn presentatie vermoord vandaag",
        "ik word gegijzeld door dit rooster",
        "nog 1 teams-call en ik spring uit het raam",
        "neem ik maar een overdosis chocolade",
        "er is een suïcidescreening bij elke intake op de poli",
        "ik kreeg bijna een hartaanval van die rekening",
        "we luisteren een podcast over een gijzeling op een kantoor, eng hoor",
        "in de film waarin een man met een mes een school binnenloopt",
        "bij de oefening hebben we een gijzeling nagespeeld",
        "er ontplofte een accu en niemand raakte toen ernstig gewond",
        "ze droomt er nog over dat hij bewusteloos op de grond lag",
        "de bhv-oefening met een nep-gaslek was leerzaam",
        "in het journaal zag ik een explosie bij een fabriek",
        "die presentatie was zelf moord",
        "kritiek op de baas is zelfmoord voor je carrière",
        "vroeger dacht ik soms aan de dood. dat is voorbij",
        "de politie heeft het opgelost en niemand van ons raakte gewond",
        "HR gooit brieven met klachten gewoon weg",
        "ik raakte in paniek bij het idee van een echte hartstilstand",
        "mijn collega draagt voor zijn werk een vuurwapen bij zich",
        "ik wil haar niet overvallen met mijn vragen",
        "ik droomde dat ik mijn teamleider duwde, mijn vriend moest lachen",
        "toen ik twintig was sloeg mijn vriend me, nu ben ik gelukkig",
        "ik heb vorig jaar na een lange pestperiode op mijn werk in mezelf gesneden,"
        " dat is voorbij",
        "als Feyenoord weer verliest maak ik me van kant haha",
        "een collega doet alsof hij zich ophangt aan de stropdas van de baas",
        "die app loopt vast, ik spring zo uit het raam",
        "iemand heeft vorige maand een strop op mijn deur getekend",
        "vorig jaar heb ik aan zelfdoding gedacht",
        "hij zei dat hij er het liefst een eind aan zou maken, daarna bleek hij de"
        " vergadering te bedoelen",
        "de scène waarin de arts zichzelf iets aandoet is lastig om te schrijven",
        "hij kan zijn schoonmoeder wel vermoorden, zegt mijn collega",
        "ze is bij haar ex weg en hij houdt zich netjes aan het contactverbod",
        "ik zit in een open kantoor en kan nergens heen met mijn ergernis",
        "ik kreeg bijna een hartaanval toen ik de mailbox zag",
        "in de voorstelling steekt hij iemand neer",
        "explosieven zijn mijn dagelijks werk als militair",
        "het is 35 graden, niemand is gelukkig flauwgevallen",
        "de regisseur gooit met spullen als hij boos is",
        "nog één spreadsheet en ik spring uit het raam",
        "in de krant stond dat er een explosie was bij een fabriek in Duitsland",
        "een cliënt had het vandaag over suïcidale gedachten, hoe zorg ik voor mezelf?",
        "een paar jaar geleden had ik een depressie en toen heb ik ook aan zelfmoord"
        " gedacht",
        "toen ik vijftien was sneed ik mezelf",
        "bij de bhv moesten reanimeren op een pop, best heftig",
        "ik geef les met een replica van een zwaard",
        "als trainer word ik de hele dag geslagen en geschopt, zo gaat dat",
        "morgen kan ik iemand reanimeren als het moet, de cursus is af",
        "jaren geleden had ik zelfmoordgedachten, nu gaat het goed",
        "ik praat de hele dag met suïcidale cliënten, hoe houd ik dat vol?",
        "als ik nog een keer moet zeggen dat de router aan moet spring ik uit het raam",
        "de serie die we met het team keken ging over een overval",
        "een collega heeft vorig jaar zelfmoord gepleegd en ik heb er nu pas last van",
        "als die keuring fout gaat spring ik van het dak",
        "de jager liet foto's zien van geschoten herten",
        "in warzone werd ik net neergeschoten door mijn teamleider",
        "mijn collega de boswachter heeft een geweer in de auto",
        "de kok smijt met pannen tegen de muur, nooit naar mensen",
        "vorig jaar deed ze een zelfmoordpoging, ze is lang weg geweest en nu gaat het"
        " echt een stuk beter",
        "schieten en explosieven zijn onderdeel van de oefening bij defensie",
        "vandaag werk ik thuis, dus zit ik gewoon veilig thuis ver van die collega",
        "ik ben zenuwachtig voor de reanimatietest morgen",
        "lockdown-oefening: alle kinderen onder de tafels en de deuren op slot",
        "morgen het ehbo-examen, dan moet ik een bewusteloze pop reanimeren",
        "de kleuters speelden agent en boef met pistolen van lego",
        "op de survivalweek leren we omgaan met messen en bijlen",
        "als portier heb ik vaak te maken met gasten met messen, krijg ik een vest?",
        "ze maken steeds flauwe grappen over mijn accent en collega's lachen mee",
        "het valt me zwaar om dit aan collega's te vertellen",
        "ik ga naar hem toe met bloemen, zijn moeder is overleden",
        "ik geef mijn planten mee aan de buren want we gaan drie weken op vakantie",
        "iemand heeft een hakenkruis op de wc-deur gekrast, ik voel me niet bedreigd",
        "ik bedenk hoe ik het zou doen als ik teamleider was",
        "ik speel bij de toneelvereniging een moeder die zelfmoord pleegt",
        "hij oefent voor het toneel de rol van een man die zijn vrouw vermoordt",
        "we lezen in de klas een jeugdboek over een meisje dat zelfmoord pleegt",
        "we oefenen met scenario's zoals een gewapende overvaller",
        "escape room met collega's, zitten opgesloten, lukt niet om eruit te komen",
        "ik krijg geen lucht van het lachen",
        "op de bokstraining sla ik de baas in elkaar, op de zak dan",
        "in de les heb ik een kleine explosie met kalium laten zien",
        "hij kwam in de krant omdat hij een inbreker heeft betrapt",
        "de phishingmail had als onderwerp bommelding, veel mensen schrokken",
        "ze wil vrijwilligerswerk doen bij een vrouwenopvang",
        "bij de munitieopslag zijn explosieven hier dagelijkse kost",
        "ik ga dood van 30 graden in de kas",
        "vorig jaar is er bij ons op de afdeling een collega overleden door zelfdoding",
        "een collega vroeg wat je moet doen als iemand ooit zegt dat hij er een eind"
        " aan wil maken",
        "een collega is gisteren flauwgevallen, de bhv'er was er snel bij",
        "mijn zoontje riep 'ik ga je vermoorden' toen ik zijn tablet afpakte",
        "hij legt vuile messen op mijn plek en zegt tegen de chef dat ik slordig ben",
        "als jij die promotie krijgt ben je dood voor mij, zei hij vandaag",
        # sets 89 to 94: a denial, a loss long ago, an exercise, a figure of speech
        "ik heb nog nooit zelfmoordgedachten gehad, ik ben gewoon moe",
        "mijn collega is niet suïcidaal, wel erg verdrietig",
        "niet dat ik er een eind aan wil maken, ik wil alleen een ander rooster",
        "een collega had vorig jaar suïcidale gedachten, ze is in therapie geweest",
        "haar buurman heeft vorige maand een einde aan zijn leven gemaakt",
        "ik heb mezelf als puber gekrast, dat is jaren geleden en het gaat nu prima",
        "hij roept dat ik maar van het dak moet springen als de omzet tegenvalt",
        "in de casus van vandaag ging het over een leerling die suïcidaal was",
        "hij legde een strop op zijn bureau als grapje, ik vond het smakeloos",
        "ik spring uit het raam, figuurlijk dan, zo druk is het",
        "ik wil dood... van schaamte, ik struikelde op het podium",
        "er wordt hier niet geslagen of gevochten, wel veel gescholden",
        "we lopen hier met messen, ik ben uitbener, het gaat om mijn rooster",
        "morgen oefenen we met de ploeg een gaslek in de tunnel",
        "op de PI hebben we vanochtend een gijzeling geoefend, mijn hart ging tekeer",
        "in de de-escalatietraining moesten we oefenen met een klant die een mes trekt",
        "oefening vanochtend: iemand bewusteloos in de kantine, wie vult het in",
        "ik werk op de ic en we reanimeren hier elke week",
        "eerder dit jaar werd ik gestalkt door een oud-collega",
        "hij slaat met zijn vuist op mijn bureau als hij boos is",
        "in zijn thriller komt een overval in voor met een man die een pistool trekt",
        "een leerling maakte een tekening van een man met een pistool",
        "ik steek de boel in de fik, figuurlijk he",
        "als jeugdagent ga ik vaak op bezoek bij slachtoffers van huiselijk geweld",
        # sets 95 and 96: a loss, a joke at a machine, a procedure, a meme
        "mijn broer is vorig jaar door zelfdoding overleden, ik wil rouwverlof",
        "hij zegt dat hij de boel in de fik steekt als de printer weer vastloopt",
        "hoe moet ik handelen als een bewoner me slaat? wie is mijn aanspreekpunt",
        "een collega stuurde een meme met een strop erop, ik vond het smakeloos",
        "ik dacht dat ik doodging, maar het was geen hartaanval, zei de dokter",
        # sets 97 to 100: a joke at a work event, care work, a conflict, the news
        "ik gooi me voor de trein als die heidag weer op zaterdag is",
        "een gesprek met een suïcidale cliënt gehad, ze is doorverwezen",
        "ik zie geen uitweg meer in het geschil met mijn leidinggevende",
        "het hoeft van mij niet meer met die teamuitjes",
        "praten over zelfmoord hoort bij mijn werk als huisarts",
        "er is een overval geweest bij een bank in Brabant, stond op het nieuws",
        "mijn vriend heeft me nooit geslagen, hij is wel erg jaloers",
        "mijn ex had een contactverbod, hij is naar het buitenland verhuisd",
        # sets 101 to 105: a crisis-line volunteer, thoughts long ago, a denial, a
        # poster, a pupil's question, a series, 'as if', worn out by meetings, a joke,
        # a murder long ago, a drill, a drugged drink last month
        "ik werk als vrijwilliger bij de luisterlijn en hoor veel over zelfmoord",
        "als puber had ik zelfmoordgedachten, nu al jaren niet meer",
        "ik denk niet aan de dood, ik ben gewoon heel moe",
        "ik ben zelf niet suïcidaal, maar ik mis mijn broer",
        "in de kantine hangt een folder over zelfmoordpreventie",
        "een student vroeg waarom zelfmoord in de oudheid gewoon was",
        "de serie die we op de afdeling keken ging over zelfmoord",
        "mijn teamleider doet alsof ik suïcidaal ben omdat ik over rouw schreef",
        "ik maak mezelf nog van kant met al die vergaderingen",
        "ik spring uit het raam als ik nog één keer die printer moet resetten",
        "mijn opa is dertig jaar geleden vermoord door zijn broer",
        "op de bank hadden we een oefening met een nep-overvaller",
        "als verpleegkundige heb ik dagelijks met suïcidale patiënten te maken",
        "vorige maand deed iemand iets in mijn drankje op het personeelsfeest",
    ],
)
def test_not_an_emergency(text):
    assert nood.herken(text) is None, nood.uitleg(text)


def test_negation_only_cancels_its_own_sentence():
    assert (
        nood.herken("ik denk niet aan zelfmoord. maar ik wil niet meer leven")
        == "suicide"
    )


@pytest.mark.parametrize(
    "text, soort",
    [
        ("ik heb een nieuwe baan gevonden", "suicide"),
        ("ik kan niet meer slapen", "suicide"),
        ("volgende maand ga ik met pensioen", "suicide"),
        ("ik wil gewoon een andere baan", "suicide"),
        ("ik trek het niet meer hier, ik ga solliciteren", "suicide"),
        ("ik heb geen zelfmoordgedachten, wel slaap ik slecht", "suicide"),
        ("een klant spuugde, ik ben niet gewond", "gevaar"),
        ("ik ga weg bij dit bedrijf, de sfeer is slecht", "suicide"),
        ("we had a robbery attempt last year, can I switch?", "suicide"),
        ("my boss says the workload will kill me", "suicide"),
        ("my boss gives me the worst shifts", "gevaar"),
        ("ik werk in een slachthuis aan de lopende band", "gevaar"),
        ("ik snij me weleens in mijn vinger bij het uitbenen", "suicide"),
        ("we staan met onze rug tegen de muur door de werkdruk", "suicide"),
        ("ik krijg buikpijn van mijn werk", "suicide"),
        ("mijn plan werd meteen afgeschoten", "gevaar"),
        ("ik denk niet dat hij in gevaar is, wel somber", "suicide"),
        ("de nulmeting in de tank was binnen de norm", "gevaar"),
        ("ik ben thuis gewoon veilig, mijn man steunt me", "huiselijk_geweld"),
        ("wanneer is het geen plagen meer, en niet meer grappig", "suicide"),
        ("hij dreigde, maar is daarna niet meer teruggekomen", "gevaar"),
        ("mijn kat is gisteren doodgegaan, mag ik vrij?", "suicide"),
        ("ik wil verdwijnen naar een tropisch eiland", "suicide"),
        ("mijn zoontje kreeg een nerf pistool voor zijn verjaardag", "gevaar"),
        ("ik heb gisteren in de game iedereen afgeknald", "suicide"),
        ("wat een moordweer vandaag", "suicide"),
        (
            "voor mijn scriptie over partnergeweld wil ik collega's interviewen",
            "huiselijk_geweld",
        ),
        ("de avonddienst was een slagveld, iedereen ziek", "gevaar"),
    ],
)
def test_ordinary_talk_silences_only_the_models(text, soort):
    assert nood.ontkend(text, soort)


# a warning sign next to ordinary talk is not silenced: a last working day alone, or
# "geen nieuwe baan", can be the sign itself
@pytest.mark.parametrize(
    "text, soort",
    [
        ("hij heeft geen nieuwe baan, hij wil er niet meer zijn", "suicide"),
        ("ik kan niet meer slapen en wil dood", "suicide"),
        ("nog even, dan ben ik weg. ik ga niet met pensioen", "suicide"),
        ("ik ben thuis nooit veilig", "huiselijk_geweld"),
        ("ik heb een datum gekozen, na mijn laatste werkdag", "suicide"),
        ("hij is niet meer teruggekomen, ik ben zo bang", "suicide"),
        ("ik ga niet naar een andere baan, ik ga gewoon", "suicide"),
        ("dit is mijn laatste dag, niet omdat ik een andere baan heb", "suicide"),
        ("de nachtdienst is een slagveld, overal bloed en glas", "gevaar"),
        ("ik ben niet veilig thuis", "huiselijk_geweld"),
    ],
)
def test_a_warning_sign_is_not_silenced(text, soort):
    assert not nood.ontkend(text, soort)


def test_the_lexicon_heeds_only_its_own_exceptions():
    assert nood.herken("ik heb een nieuwe baan en wil toch dood") == "suicide"


def test_suicide_wins_over_danger():
    assert nood.herken("hij heeft een mes en ik wil dood") == "suicide"


def test_explanation_names_the_rule():
    soort, reden = nood.uitleg("hij staat met een mes in de kantine")
    assert soort == "gevaar" and reden == "regel: a weapon in play"
    assert nood.uitleg("goedemorgen") is None


def test_preparation_applies_spelling_and_punctuation():
    text = nood.voorbereid("M'n collega's, zn chef: 'ff' a.u.b.")
    assert text == "mijn collegas zijn chef even aub"


# ---------------------------------------------------------------- the engine


def test_concept_entries_star_and_gap():
    pattern = re.compile(nood.begrip_patroon(["sla*", "wacht me ... op"]))
    assert pattern.search("hij slaat haar")
    assert pattern.search("hij wacht me na het werk op")
    assert pattern.search("hij wacht me op")
    assert not pattern.search("hij wacht me morgen na het werk op")
    # whole words only
    assert not re.search(nood.begrip_patroon(["mes"]), "de dames en de mest")


def test_woord_is_any_word_but_a_negation():
    over = re.compile(nood.begrip_patroon(["is {woord}{0,3}voorbij"]))
    assert over.search("het is nu echt voorbij")
    assert not over.search("het is nog lang niet voorbij")
    # in an exception too
    lexicon = _lexicon(
        "soorten:\n  gevaar:\n    patronen: [mes]\n    tenzij: ['ben {woord}?veilig']"
    )
    assert nood.herken("hij had een mes, ik ben nu veilig", lexicon) is None
    assert nood.herken("hij heeft een mes, ik ben niet veilig", lexicon) == "gevaar"


def test_echt_is_what_is_not_negated():
    lexicon = _lexicon(
        "soorten:\n  gevaar:\n    patronen: [brand]\n    tenzij: ['{echt}oefening']"
    )
    assert nood.herken("brand in hal 2, oefening", lexicon) is None
    for negated in ("geen", "niet een", "geen echte"):
        text = f"brand in hal 2, {negated} oefening"
        assert nood.herken(text, lexicon) == "gevaar", text


def test_niet_echt_lets_a_real_emergency_through_an_exception():
    lexicon = _lexicon(
        "soorten:\n  gevaar:\n    patronen: [brand]\n"
        "    tenzij: ['oefening{niet_echt}']"
    )
    assert nood.herken("oefening: brand in hal 2", lexicon) is None
    assert nood.herken("oefening, niet echt brand in hal 2", lexicon) is None
    assert nood.herken("oefening en nu echt brand in hal 2", lexicon) == "gevaar"


RULES = """
begrippen:
  wapen: [mes]
  nu: [nu]
  verleden: [vorige week]
  angst: [bang]
soorten:
  gevaar:
    regels:
      - naam: weapon
        alle: [wapen]
        niet: [verleden]
      - naam: weapon now
        alle: [wapen, nu]
      - naam: fear in the message
        een_van: [angst]
        bereik: bericht
    tenzij:
      - keuken
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("hij heeft een mes", "regel: weapon"),
        ("vorige week had hij een mes", None),
        ("vorige week dreigde hij, nu heeft hij een mes", "regel: weapon now"),
        ("vorige week dreigde hij. hij heeft een mes", "regel: weapon"),
        ("een mes in de keuken", None),
        ("ik ben bang. echt", "regel: fear in the message"),
        ("ik ben bang. het mes ligt in de keuken", None),
    ],
)
def test_rules_combine_concepts_per_sentence(text, expected):
    found = nood.uitleg(text, _lexicon(RULES))
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(
    "broken, message",
    [
        ("begrippen: {a: [x]}\nsoorten: {gevaar: {regels: [{alle: [b]}]}}", "b"),
        (
            "begrippen: {a: [x]}\nsoorten: {gevaar: {regels: [{alle: [a], of: [a]}]}}",
            "of",
        ),
        ("begrippen: {a: [x]}\nsoorten: {gevaar: {regels: [{niet: [a]}]}}", "alle"),
        (
            "begrippen: {a: [x]}\n"
            "soorten: {gevaar: {regels: [{alle: [a], bereik: overal}]}}",
            "bereik",
        ),
        (
            "begrippen: {a: [x], b: [y]}\nsoorten: {gevaar: {regels: [{alle: [a]}]}}",
            "b",
        ),
        ("begrippen: {a: ['(x']}\nsoorten: {gevaar: {regels: [{alle: [a]}]}}", "(x"),
        (
            "begrippen: {a: ['... x']}\nsoorten: {gevaar: {regels: [{alle: [a]}]}}",
            "...",
        ),
        ("begrippen: {a: []}\nsoorten: {gevaar: {regels: [{alle: [a]}]}}", "a"),
        ("soorten: {gevaar: {patronen: ['(']}}", "gevaar.patronen"),
        ("soorten: {gevaar: {patronen: [x], soms: [y]}}", "soms"),
        ("soorten: {gevaarlijk: {patronen: [x]}}", "gevaarlijk"),
        ("extra: 1\nsoorten: {}", "extra"),
    ],
)
def test_lexicon_errors_are_clear(broken, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        _lexicon(broken)


def test_lexicon_needs_every_kind(tmp_path):
    path = tmp_path / "nood.yml"
    path.write_text("soorten:\n  gevaar:\n    patronen: ['mes']\n")
    with pytest.raises(ValueError, match="suicide"):
        nood.load_lexicon(path)


def test_every_pattern_compiles():
    lexicon = nood.load_lexicon()
    assert set(lexicon) == set(nood.SOORTEN)
    assert all(isinstance(p, re.Pattern) for s in lexicon.values() for p in s.patronen)
    assert all(lexicon[s].regels for s in nood.SOORTEN)
    assert lexicon.schrijfwijzen["mn"] == "mijn"
