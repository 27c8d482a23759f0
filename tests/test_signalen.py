"""Bystander, outsider and question signals that adapt the advice."""

import pytest

from triage.signalen import is_extern, is_omstander, is_vraag


@pytest.mark.parametrize(
    "text",
    [
        "ik zag dat mijn collega werd uitgescholden door de teamleider",
        "Een collega van mij wordt al maanden gepest",
        "mn collega krijgt steeds vieze appjes van haar baas",
        "ik hoorde hoe ze over de nieuwe stagiair praatten",
        "Ik was getuige van een klap in het magazijn",
    ],
)
def test_bystander(text):
    assert is_omstander(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn collega pest me elke dag",
        "ik word buitengesloten door mijn team",
        "mijn leidinggevende maakt seksuele opmerkingen tegen mij",
        "ik zag dat ze mij hadden verwijderd uit de groepsapp",
        "ze lachen me uit",
    ],
)
def test_not_a_bystander(text):
    assert not is_omstander(text)


@pytest.mark.parametrize(
    "text",
    [
        "een klant schold me uit",
        "De patiënt sloeg naar me",
        "een patient spuugde",
        "passagiers worden agressief in de bus",
        "de ouders van een leerling bedreigden mij",
        "cliënten van de dagbesteding",
    ],
)
def test_outsider(text):
    assert is_extern(text)


@pytest.mark.parametrize(
    "text",
    ["mijn teamleider schreeuwt", "mijn ouders maken ruzie", "collega's negeren me"],
)
def test_not_an_outsider(text):
    assert not is_extern(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kan ik daarmee bij de vertrouwenspersoon terecht?",
        "ik zit in een scheiding, mag ik daarvoor naar de vp",
        "ontevreden over de vertrouwensvrouw, waar terecht",
        "wat kan ik doen als de vp mijn verhaal doorvertelt",
        "klopt het dat de vp mij niet helpt als ik zelf beschuldigd word",
        "ik word beschuldigd van iets wat niet klopt, wie kan mij helpen",
    ],
)
def test_question(text):
    assert is_vraag(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik zit midden in een scheiding en kan me niet concentreren",
        "de vertrouwenspersoon heeft alles doorverteld aan mijn leidinggevende",
        "een collega zegt dat ik haar pest maar dat klopt niet",
    ],
)
def test_not_a_question(text):
    assert not is_vraag(text)
