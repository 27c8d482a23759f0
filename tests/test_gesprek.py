"""End to end over the REST channel, against the real Rasa and action servers.

For fresh situation messages (the three held-out files) the first reply must name the
right category and the route after "ja" must name the right help, for at least 90%.
Fresh guide questions, asked cold, must get the fact asked for in the first reply.
"""

import json
import uuid

import pytest
import requests
import yaml
from conftest import ROOT
from nlu_eval import SITUATIE_SETS, examples

from triage.routing import CATEGORIEEN, load_routes

ROUTES = load_routes()
MIN_NAMED_AND_ROUTED = 0.90
# A fragment the route after "ja" must contain, per category.
HELP = {
    "pesten": "bij de vertrouwenspersoon",
    "seksuele_intimidatie": "bij de vertrouwenspersoon",
    "discriminatie": "bij de vertrouwenspersoon",
    "agressie_geweld": "bij de vertrouwenspersoon",
    "arbeidsconflict": "HR of P&O",
    "integriteit": "integriteitsfunctionaris",
    "prive_probleem": "huisarts",
    "beschuldigd": "juridische bijstand",
    "klacht_vertrouwenspersoon": "klachtenregeling",
}


class Gesprek:
    def __init__(self, url):
        self.url = f"{url}/webhooks/rest/webhook"
        self.sender = uuid.uuid4().hex

    def zeg(self, text):
        """Sends typed text, or a button click when the text is a "/" payload."""
        key = "payload" if text.startswith("/") else "message"
        response = requests.post(
            self.url, json={"sender": self.sender, key: text}, timeout=30
        )
        assert response.status_code == 200
        return response.json()


def _text(replies):
    return "\n".join(r.get("text", "") for r in replies)


def _payloads(replies):
    return [b["payload"] for r in replies for b in r.get("buttons", [])]


def test_greeting_gets_the_welcome_with_112_and_roles(bot_url):
    replies = Gesprek(bot_url).zeg("hallo")
    text = _text(replies)
    assert "computerprogramma" in text and "geen mens" in text
    assert "naam" in text and "112" in text
    assert [p.split('"rol": ')[1] for p in _payloads(replies)] == [
        '"werknemer"}',
        '"vertrouwenspersoon"}',
        '"werkgever"}',
    ]


def test_fresh_situations_are_named_and_routed(bot_url):
    pairs = [pair for name in SITUATIE_SETS for pair in examples(ROOT / "tests" / name)]
    failures = []
    for text, categorie in pairs:
        gesprek = Gesprek(bot_url)
        first = _text(gesprek.zeg(text))
        naam = ROUTES.naam(categorie)
        if naam not in first:
            failures.append((categorie, "first reply", text, first[:60]))
            continue
        route = _text(gesprek.zeg("ja"))
        if HELP[categorie] not in route:
            failures.append((categorie, "route", text, route[:60]))
    rate = 1 - len(failures) / len(pairs)
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "gesprek_heldout.json").write_text(
        json.dumps(
            {"named_and_routed": rate, "messages": len(pairs), "failures": failures},
            indent=2,
            ensure_ascii=False,
        )
    )
    assert rate >= MIN_NAMED_AND_ROUTED, (
        f"only {rate:.0%} named and routed right; first failures: {failures[:10]}"
    )


def test_no_then_choose_another_category(bot_url):
    gesprek = Gesprek(bot_url)
    first = gesprek.zeg("/agressie_geweld")  # the flow, independent of the classifier
    assert "/bevestigen" in _payloads(first)
    choice = gesprek.zeg("nee")
    payloads = _payloads(choice)
    assert payloads[-1] == "/iets_anders" and len(payloads) >= 2
    chosen = payloads[0]
    route = _text(gesprek.zeg(chosen))
    assert HELP[chosen.lstrip("/")] in route


def test_something_else_asks_for_more(bot_url):
    gesprek = Gesprek(bot_url)
    gesprek.zeg("het gaat over mijn werk")
    assert "Vertel er iets meer over" in _text(gesprek.zeg("/iets_anders"))


@pytest.mark.parametrize(
    "text", ["wat voor weer wordt het morgen", "mijn printer doet het niet"]
)
def test_chitchat_is_answered_without_a_situation(bot_url, text):
    replies = Gesprek(bot_url).zeg(text)
    assert replies, "no answer"
    assert "/bevestigen" not in _payloads(replies)
    assert not any(
        ROUTES.categorieen[c]["herkenning"] in _text(replies) for c in CATEGORIEEN
    )


@pytest.mark.parametrize(
    "before, text, number",
    [
        ([], "hij staat met een mes in de kantine", "112"),
        ([], "ik wil niet meer leven", "113"),
        (
            ["mijn teamleider scheldt me elke dag uit"],
            "hij wacht me vanavond op na het werk",
            "112",
        ),
        (
            ["hallo", '/kies_rol{"rol": "vertrouwenspersoon"}'],
            "mijn collega zegt dat ze er een eind aan wil maken",
            "113",
        ),
    ],
)
def test_emergency_numbers_come_in_the_first_reply(bot_url, before, text, number):
    gesprek = Gesprek(bot_url)
    for earlier in before:
        gesprek.zeg(earlier)
    replies = gesprek.zeg(text)
    assert number in replies[0]["text"]
    assert "verder praten" in _text(replies)


@pytest.mark.parametrize(
    "text, number",
    [
        ("hij staat met een mes in de kantine", "112"),
        ("mijn man slaat me", "0800-2000"),
    ],
)
def test_every_emergency_answer_also_gives_113(bot_url, text, number):
    # a message about danger or violence at home can hide thoughts of suicide
    first = Gesprek(bot_url).zeg(text)[0]["text"]
    assert number in first and "112" in first and "0800-0113" in first


def test_a_possible_emergency_gets_its_number_first_and_the_triage_goes_on(bot_url):
    # The payload carries what the safety model adds to a message it alone reads as
    # a possible emergency (components/noodherkenning.py), so the flow is tested
    # independently of the model.
    gesprek = Gesprek(bot_url)
    replies = gesprek.zeg('/prive_probleem{"nood_signaal": "huiselijk_geweld"}')
    assert "0800-2000" in replies[0]["text"] and "112" in replies[0]["text"]
    assert "/bevestigen" in _payloads(replies)
    route = _text(gesprek.zeg("ja"))
    assert HELP["prive_probleem"] in route and "Voor de zekerheid" not in route


def test_a_possible_emergency_in_an_unsure_message_gets_its_number_first(bot_url):
    # As above: the payload carries what the safety model adds when the classifier is
    # unsure of the message; both fallback steps put the 113 line first.
    gesprek = Gesprek(bot_url)
    first = gesprek.zeg('/nlu_fallback{"nood_signaal": "suicide"}')
    assert "113" in first[0]["text"] and "/iets_anders" in _payloads(first)
    again = gesprek.zeg('/nlu_fallback{"nood_signaal": "suicide"}')
    assert "113" in again[0]["text"] and "eigen woorden" in _text(again)


def test_a_possible_emergency_in_english_gets_the_numbers_in_english(bot_url):
    # As above, for an English message: its answer starts with 112, 113 and Veilig
    # Thuis in English, whatever the model adds.
    first = Gesprek(bot_url).zeg('/andere_taal{"nood_signaal": "suicide"}')
    assert first[0]["text"].startswith("In danger right now? Call 112.")
    assert "113" in first[0]["text"] and "I can only chat in Dutch" in first[0]["text"]


def test_a_question_about_an_accusation_gets_the_route_at_once(bot_url):
    first = Gesprek(bot_url).zeg(
        "een collega zegt dat ik haar pest maar dat klopt niet, kan ik naar de vp?"
    )
    text = _text(first)
    assert "Klopt dat?" not in text
    assert ROUTES.categorieen["beschuldigd"]["waarom"] in text
    assert "/iets_anders" in _payloads(first)


def test_the_same_situation_told_as_a_story_is_checked_first(bot_url):
    first = Gesprek(bot_url).zeg(
        "een collega heeft een klacht ingediend omdat ik haar zou pesten"
    )
    assert "Klopt dat?" in _text(first)
    assert ROUTES.categorieen["beschuldigd"]["waarom"] not in _text(first)


def test_past_violence_takes_the_normal_route_and_keeps_the_112_line(bot_url):
    gesprek = Gesprek(bot_url)
    first = gesprek.zeg("vorige week sloeg een patiënt me tijdens de avonddienst")
    assert "agressie en geweld" in _text(first)
    assert "Ben je nu in gevaar? Bel 112." in _text(gesprek.zeg("ja"))


# ---------------------------------------------------------------- the role guide

# Per held-out guide file: the least share of questions whose first reply holds the fact
# asked for (the goal is 0.90 over all of them). The first eight sets, each first
# measured cold as it came (from 0.803 to 0.943), were folded into the training
# questions on 2026-12-06. gids_heldout9 was measured cold before that (0.853) and
# 0.884 after; gids_heldout10, written apart after the folding: 0.943 at its first
# (clean) measure. Then a question about a situation the vertrouwenspersoon does not
# handle got its route at once (content/routes.yml, `gids`), which counts as its
# answer: 0.903 and 0.952; gids_heldout11, written apart and first measured then:
# 0.956 (0.961 counting the route). gids_heldout12, written apart after that with four
# questions per werknemer topic (most telling the asker's situation first): 0.960, of
# which the werknemer part 0.923.
MIN_GIDS_FIRST_REPLY = {
    "gids_heldout9.yml": 0.89,  # measured 0.903
    "gids_heldout10.yml": 0.94,  # measured 0.952
    "gids_heldout11.yml": 0.95,  # measured 0.966 ("wie kan mij helpen" a question)
    "gids_heldout12.yml": 0.95,  # measured 0.960 at its first (clean) measure
}
# A question whether something counts as one of the four forms ("telt dat als
# pesten?") is also answered by the triage: its first reply names the form and
# explains it.
VORMEN = ("pesten", "seksuele_intimidatie", "discriminatie", "agressie_geweld")


def _plain(text):
    # The REST channel sends each paragraph as a message of its own.
    return " ".join(text.split()).lower()


def _holds_the_answer(item, reply, g):
    """Whether a first reply answers a held-out guide question: it holds the fact asked
    for, or else the topic's answer, or the triage's answer for it: the explanation of
    one of the four forms, or the route of a situation whose guide topic it is (a
    question such as "kan ik daarmee bij de vertrouwenspersoon terecht?")."""
    reply = _plain(reply)
    if item.get("feit"):
        return _plain(item["feit"]) in reply
    topic = item["onderwerp"]
    vorm = topic.removeprefix("iedereen_")
    triage = [ROUTES.categorieen[vorm]["uitleg"]] if vorm in VORMEN else []
    triage += [
        entry["waarom"]
        for entry in ROUTES.categorieen.values()
        if topic in entry.get("gids", [])
    ]
    return _plain(g.onderwerpen[topic].antwoord) in reply or any(
        _plain(text) in reply for text in triage
    )


def test_fresh_guide_questions_get_the_fact_in_the_first_reply(bot_url):
    from triage import gids

    g = gids.gids()
    (ROOT / "results").mkdir(exist_ok=True)
    right = asked = 0
    for name, floor in MIN_GIDS_FIRST_REPLY.items():
        items = yaml.safe_load((ROOT / "tests" / name).read_text())["vragen"]
        failures = []
        for item in items:
            reply = _text(Gesprek(bot_url).zeg(item["vraag"]))
            if not _holds_the_answer(item, reply, g):
                failures.append((item["onderwerp"], item["vraag"], reply[:60]))
        rate = 1 - len(failures) / len(items)
        (ROOT / "results" / f"gesprek_{name.removesuffix('.yml')}.json").write_text(
            json.dumps(
                {"first_reply_holds_the_fact": rate, "failures": failures},
                indent=2,
                ensure_ascii=False,
            )
        )
        print(f"{name}: the first reply holds the fact for {rate:.1%} of {len(items)}")
        assert rate >= floor, f"{name}: {rate:.1%}; first: {failures[:10]}"
        right += len(items) - len(failures)
        asked += len(items)
    assert right / asked >= 0.90, f"{right} of {asked}"


def test_a_guide_question_as_first_message_gets_its_answer(bot_url):
    replies = Gesprek(bot_url).zeg(
        "hoe lang wordt een vertrouwenspersoon eigenlijk benoemd"
    )
    text = _text(replies)
    assert "vier jaar" in text
    assert '/kies_rol{"rol": "werkgever"}' in _payloads(replies) or any(
        p.startswith('/vraag_gids{"onderwerp": ') for p in _payloads(replies)
    )


def test_role_menu_topic_and_the_way_back(bot_url):
    gesprek = Gesprek(bot_url)
    menu = gesprek.zeg('/kies_rol{"rol": "werkgever"}')
    assert "Arbowet" in _text(menu)
    topics = [b for r in menu for b in r.get("buttons", [])]
    assert [b["payload"] for b in topics][:2] == [
        '/vraag_gids{"onderwerp": "werkgever_wat_levert_het_op"}',
        '/vraag_gids{"onderwerp": "werkgever_vinden"}',
    ]
    answer = gesprek.zeg(topics[1]["payload"])
    payloads = _payloads(answer)
    assert '/kies_rol{"rol": "werkgever"}' in payloads
    related = [p for p in payloads if p.startswith("/vraag_gids")]
    assert 2 <= len(related) <= 3


def test_the_appointment_letter_is_filled_in_with_the_organisation(bot_url):
    replies = Gesprek(bot_url).zeg(
        '/vraag_gids{"onderwerp": "werkgever_benoemingsbrief"}'
    )
    text = _text(replies)
    assert "# Benoemingsbrief vertrouwenspersoon Voorbeeldorganisatie" in text
    assert "Mira de Vries" in text
    assert "{" not in text
