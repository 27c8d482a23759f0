"""Redaction of personal data: every category in several writings, the bot's own
help numbers and ordinary Dutch left alone, idempotence, the optional NER path."""

import sys
import types

import pytest

from triage import redactie
from triage.redactie import PLAATSHOUDERS, bevat_persoonsgegevens, redigeer

# (text, the personal detail, expected result); all names and numbers are invented.
REDACTED = [
    # e-mail
    (
        "Mail sanne.devries@voorbeeld.nl graag",
        "sanne.devries@voorbeeld.nl",
        "Mail [e-mail] graag",
    ),
    ("SANNE.DEVRIES@VOORBEELD.NL", "SANNE.DEVRIES", "[e-mail]"),
    ("via m.yilmaz+meldpunt@post.voorbeeld.co.uk.", "m.yilmaz", "via [e-mail]."),
    (
        "mail naar sanne at voorbeeld punt nl",
        "sanne at voorbeeld",
        "mail naar [e-mail]",
    ),
    ("of sanne(at)voorbeeld.nl", "sanne(at)voorbeeld", "of [e-mail]"),
    # phone numbers
    ("Bel me op 06-12345678.", "12345678", "Bel me op [telefoon]."),
    ("Mijn nummer: 06 1234 5678", "1234 5678", "Mijn nummer: [telefoon]"),
    ("0612345678 na vijven", "0612345678", "[telefoon] na vijven"),
    ("app +31 6 12345678", "12345678", "app [telefoon]"),
    ("of +31(0)6-12345678", "12345678", "of [telefoon]"),
    ("bel 0031612345678", "612345678", "bel [telefoon]"),
    ("kantoor 020-1234567", "1234567", "kantoor [telefoon]"),
    ("kantoor 020 123 4567", "123 4567", "kantoor [telefoon]"),
    ("kantoor (020) 123 4567", "123 4567", "kantoor [telefoon]"),
    ("thuis 010-1234567", "1234567", "thuis [telefoon]"),
    ("thuis 0251-123456", "123456", "thuis [telefoon]"),
    ("België: +32 470 12 34 56", "470 12 34 56", "België: [telefoon]"),
    ("Duitsland: +49 30 12345678", "12345678", "Duitsland: [telefoon]"),
    # postcodes
    ("1234 AB Amsterdam", "1234 AB", "[postcode] Amsterdam"),
    ("postcode 1234AB", "1234AB", "postcode [postcode]"),
    ("postcode 1234 ab", "1234 ab", "postcode [postcode]"),
    # BSN: 111222333 and 123456782 pass the 11-test
    ("nummer 111222333 staat erop", "111222333", "nummer [bsn] staat erop"),
    ("het is 123.456.782", "456", "het is [bsn]"),
    ("het is 123 456 782", "456", "het is [bsn]"),
    ("BSN: 12345678", "12345678", "BSN: [bsn]"),
    (
        "mijn burgerservicenummer is 987654321",
        "987654321",
        "mijn burgerservicenummer is [bsn]",
    ),
    ("Sofinummer 123456789", "123456789", "Sofinummer [bsn]"),
    # IBAN
    ("IBAN NL91ABNA0417164300", "0417164300", "IBAN [iban]"),
    ("op NL91 ABNA 0417 1643 00.", "0417", "op [iban]."),
    ("rekening nl91abna0417164300", "abna", "rekening [iban]"),
    # addresses
    ("Ik woon op de Kerkstraat 12.", "Kerkstraat", "Ik woon op de [adres]."),
    ("adres: kerkstraat 12a", "kerkstraat", "adres: [adres]"),
    ("Van Goghlaan 3-II, 1234 AB Utrecht", "Gogh", "[adres], [postcode] Utrecht"),
    ("Aan de Burgemeester de Withstraat 5 hs", "Withstraat", "Aan de [adres]"),
    ("op de Prins Hendrikkade 120", "Hendrikkade", "op de [adres]"),
    ("Noordring 4 in Zwolle", "Noordring", "[adres] in Zwolle"),
    # names by cue
    ("Ik heet Sanne de Vries.", "Sanne", "Ik heet [naam]."),
    ("Hoi, ik ben Sanne", "Sanne", "Hoi, ik ben [naam]"),
    ("Mijn naam is Mehmet Yilmaz", "Yilmaz", "Mijn naam is [naam]"),
    ("Naam: Fatima el Amrani", "Amrani", "Naam: [naam]"),
    ("Mijn collega Mehmet Yilmaz pest me", "Mehmet", "Mijn collega [naam] pest me"),
    ("mijn leidinggevende Pieter van der Berg", "Berg", "mijn leidinggevende [naam]"),
    ("mijn teamleider Pieter zegt niks", "Pieter", "mijn teamleider [naam] zegt niks"),
    ("mevr. Jansen en dhr. De Boer", "Jansen", "mevr. [naam] en dhr. [naam]"),
    ("meneer van Dijk lacht", "Dijk", "meneer [naam] lacht"),
    ("een man genaamd Pieter", "Pieter", "een man genaamd [naam]"),
    ("De manager heet Anne-Marie Bakker.", "Anne", "De manager heet [naam]."),
    ("mijn collega's Sanne en Mehmet", "Mehmet", "mijn collega's [naam]"),
    (
        "Met vriendelijke groet, Sanne de Vries",
        "Vries",
        "Met vriendelijke groet, [naam]",
    ),
    # links that carry data
    ("https://voorbeeld.nl/reset?mail=sanne@voorbeeld.nl", "sanne", "[url]"),
    ("app https://wa.me/31612345678 even", "31612345678", "app [url] even"),
]

UNCHANGED = [
    "Mijn collega pest me al maanden",
    "Ik ben bang dat het erger wordt",
    "Ik werk 20% van mijn tijd als vertrouwenspersoon",
    "Arbowet artikel 3 lid 2",
    "Artikel 7:658 BW",
    "Bel 113 of 0800-0113",
    "Bel 113 of gratis 0800 0113 of 08000113",
    "Bel 112",
    "Veilig Thuis: 0800-2000, gratis, dag en nacht",
    "0800-1351 of 0900-8844 of +31 800 0113",
    "Kijk op https://www.113.nl",
    "Opleiders vind je op www.lvvv.nl.",
    "vorige week woensdag om 14:30",
    "van 09:00-17:00 of van 9.00 tot 17.00",
    "in 2023",
    "in 2023 is het erger geworden, sinds 2021 al",
    "op 12-03-2024",
    "op 01-03-2025 14.30 uur",
    "een boete van € 1.250,00 en 1.250.000 euro",
    "ik fiets 1250 km per jaar",
    "een 9-cijferig nummer als 123456789 zonder elfproef",
    "Ik woon in de Kerkstraat en werk aan de Stationsweg",
    "de vergadering 3 keer verzet, in de arbeidsmarkt 2024",
    "Mijn collega. Hij pest me.",
    "mijn collega's lachen",
]


@pytest.mark.parametrize("text, detail, expected", REDACTED)
def test_personal_details_are_replaced(text, detail, expected):
    result = redigeer(text)
    assert detail not in result
    assert result == expected
    assert bevat_persoonsgegevens(text)


@pytest.mark.parametrize("text", UNCHANGED)
def test_ordinary_text_and_help_numbers_are_kept(text):
    assert redigeer(text) == text
    assert not bevat_persoonsgegevens(text)


def test_placeholders_are_listed_and_bracketed():
    used = {p for _, _, expected in REDACTED for p in PLAATSHOUDERS if p in expected}
    assert used == set(PLAATSHOUDERS)
    assert all(p.startswith("[") and p.endswith("]") for p in PLAATSHOUDERS)


MIXED = (
    "Ik ben Sanne de Vries (sanne.devries@voorbeeld.nl, 06-12345678), "
    "Kerkstraat 12, 1234 AB Amsterdam, BSN 111222333, NL91ABNA0417164300. "
    "Mijn collega Pieter van der Berg stuurt berichten naar 020 123 4567. "
    "Bel 113 of 0800-0113, kijk op https://www.113.nl."
)


def test_a_whole_message_keeps_no_detail():
    result = redigeer(MIXED)
    assert result == (
        "Ik ben [naam] ([e-mail], [telefoon]), [adres], [postcode] Amsterdam, "
        "BSN [bsn], [iban]. Mijn collega [naam] stuurt berichten naar [telefoon]. "
        "Bel 113 of 0800-0113, kijk op https://www.113.nl."
    )
    for detail in ("Sanne", "Vries", "12345678", "Kerkstraat", "1234", "222", "Berg"):
        assert detail not in result


@pytest.mark.parametrize("text", [MIXED] + [t for t, _, _ in REDACTED] + UNCHANGED)
def test_redaction_is_idempotent(text):
    once = redigeer(text)
    assert redigeer(once) == once


class FakeEnt:
    def __init__(self, text, whole, label):
        self.start_char = whole.index(text)
        self.end_char = self.start_char + len(text)
        self.label_ = label


class FakeNLP:
    """Stands in for a spaCy pipeline: tags fixed strings wherever they occur."""

    def __init__(self, **labels):
        self.labels = labels

    def __call__(self, text):
        ents = [FakeEnt(t, text, lab) for t, lab in self.labels.items() if t in text]
        return types.SimpleNamespace(ents=ents)


@pytest.mark.parametrize("label", ["PERSON", "PER"])
def test_ner_person_entities_become_names(label):
    text = "Gisteren schreeuwde Sanne in Utrecht tegen me."
    nlp = FakeNLP(Sanne=label, Utrecht="GPE")
    assert redigeer(text) == text  # no cue: the patterns alone keep it
    assert redigeer(text, nlp) == "Gisteren schreeuwde [naam] in Utrecht tegen me."
    assert bevat_persoonsgegevens(text, nlp)


def test_ner_overlap_with_a_pattern_leaves_no_fragment():
    text = "Schrijf naar sanne.devries@voorbeeld.nl of bel Sanne de Vries."
    nlp = FakeNLP(**{"sanne.devries": "PERSON", "bel Sanne": "PERSON"})
    result = redigeer(text, nlp)
    assert result == "Schrijf naar [e-mail] of [naam] de Vries."
    assert "sanne" not in result.lower() and redigeer(result, nlp) == result
    # A person entity that runs into an address: one span, no house number left.
    text = "Sanne de Vries, Kerkstraat 12 belde."
    nlp = FakeNLP(**{"Sanne de Vries, Kerkstraat": "PERSON"})
    assert redigeer(text, nlp) == "[naam] belde."


def test_ner_does_not_touch_kept_links_or_placeholders():
    nlp = FakeNLP(**{"113": "PERSON", "naam": "PERSON"})
    text = "Kijk op https://www.113.nl, [naam] zei het."
    assert redigeer(text, nlp) == text


def test_laad_ner_without_spacy_gives_none(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # import fails
    assert redactie.laad_ner() is None


@pytest.mark.parametrize(
    "is_package, expected", [(lambda name: False, None), (lambda name: True, "nlp")]
)
def test_laad_ner_loads_the_dutch_model_only_when_installed(
    monkeypatch, is_package, expected
):
    loaded = []
    fake = types.SimpleNamespace(
        util=types.SimpleNamespace(is_package=is_package),
        load=lambda name: loaded.append(name) or "nlp",
    )
    monkeypatch.setitem(sys.modules, "spacy", fake)
    assert redactie.laad_ner() == expected
    assert loaded == (["nl_core_news_sm"] if expected else [])


def test_laad_ner_never_raises(monkeypatch):
    def broken(name):
        raise OSError("broken install")

    fake = types.SimpleNamespace(util=types.SimpleNamespace(is_package=broken))
    monkeypatch.setitem(sys.modules, "spacy", fake)
    assert redactie.laad_ner() is None


@pytest.mark.parametrize("value", [None, 612345678, b"06-12345678", ["Sanne"]])
def test_only_text_is_accepted(value):
    with pytest.raises(TypeError, match="verwacht tekst.*expects text") as info:
        redigeer(value)
    assert not any(s in str(info.value) for s in ("612345678", "06-1234", "Sanne"))
    with pytest.raises(TypeError):
        bevat_persoonsgegevens(value)
