"""Actions with a real rasa-sdk tracker and dispatcher."""

from actions import actions
from triage import routing


def _texts(dispatcher):
    return "\n".join(m["text"] or "" for m in dispatcher.messages)


def _slots(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_recognition_names_category_and_stores_no_text(tracker_factory, dispatcher):
    tracker = tracker_factory(
        text="ik zag dat een klant mijn collega uitschold",
        intent="agressie_geweld",
        ranking=[
            ("agressie_geweld", 0.8),
            ("pesten", 0.15),
            ("begroeten", 0.03),
            ("discriminatie", 0.02),
        ],
    )
    events = actions.ActionHerkenSituatie().run(dispatcher, tracker, {})
    assert "agressie en geweld" in _texts(dispatcher)
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == [
        "/bevestigen",
        "/ontkennen",
    ]
    slots = _slots(events)
    assert slots == {
        "categorie": "agressie_geweld",
        "kandidaten": ["pesten", "discriminatie"],
        "omstander": True,
        "extern": True,
    }
    assert all("klant" not in str(v) for v in slots.values())


def test_a_question_about_a_private_problem_gets_the_route_at_once(
    tracker_factory, dispatcher
):
    tracker = tracker_factory(
        text="Ik zit in een scheiding. Kan ik daarmee bij de vertrouwenspersoon heen?",
        intent="prive_probleem",
        ranking=[("prive_probleem", 0.9), ("vraag_gids", 0.1)],
    )
    events = actions.ActionHerkenSituatie().run(dispatcher, tracker, {})
    text = _texts(dispatcher)
    assert "privéprobleem" in text and "huisarts" in text and "Klopt dat?" not in text
    assert dispatcher.messages[-1]["buttons"][0]["payload"] == "/iets_anders"
    assert _slots(events)["categorie"] == "prive_probleem"


def test_a_story_about_a_private_problem_is_named_and_checked_first(
    tracker_factory, dispatcher
):
    tracker = tracker_factory(
        text="ik zit midden in een scheiding en kan me niet concentreren",
        intent="prive_probleem",
    )
    actions.ActionHerkenSituatie().run(dispatcher, tracker, {})
    assert "Klopt dat?" in _texts(dispatcher)
    assert "huisarts" not in _texts(dispatcher)


def test_route_after_yes_uses_stored_category_and_signals(tracker_factory, dispatcher):
    tracker = tracker_factory(
        text="ja",
        intent="bevestigen",
        slots={"categorie": "agressie_geweld", "omstander": True, "extern": True},
    )
    events = actions.ActionGeefRoute().run(dispatcher, tracker, {})
    text = _texts(dispatcher)
    assert "vertrouwenspersoon" in text
    assert actions.ORGANISATIE.vertrouwenspersonen[0].bereik() in text
    assert routing.load_routes().aanvullingen["omstander"] in text
    assert "werkgever je beschermen" in text
    assert _slots(events)["categorie"] == "agressie_geweld"


def test_route_for_a_chosen_button_category(tracker_factory, dispatcher):
    tracker = tracker_factory(
        text="/integriteit", intent="integriteit", slots={"categorie": None}
    )
    actions.ActionGeefRoute().run(dispatcher, tracker, {})
    assert "Huis voor Klokkenluiders" in _texts(dispatcher)


def test_route_without_category_asks_instead_of_guessing(tracker_factory, dispatcher):
    tracker = tracker_factory(text="ja", intent="bevestigen", slots={})
    actions.ActionGeefRoute().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["buttons"][-1]["payload"] == "/iets_anders"


def test_no_after_recognition_offers_the_other_candidates(tracker_factory, dispatcher):
    tracker = tracker_factory(
        text="nee",
        intent="ontkennen",
        slots={
            "categorie": "pesten",
            "kandidaten": ["discriminatie", "arbeidsconflict"],
        },
    )
    events = actions.ActionVraagCategorie().run(dispatcher, tracker, {})
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == ["/discriminatie", "/arbeidsconflict", "/iets_anders"]
    assert _slots(events)["categorie"] is None


def test_unsure_message_offers_the_likeliest_categories(tracker_factory, dispatcher):
    tracker = tracker_factory(
        text="mijn baas doet raar tegen me",
        intent="nlu_fallback",
        ranking=[
            ("nlu_fallback", 0.5),
            ("pesten", 0.4),
            ("agressie_geweld", 0.35),
            ("seksuele_intimidatie", 0.2),
            ("integriteit", 0.05),
        ],
    )
    actions.ActionVraagCategorie().run(dispatcher, tracker, {})
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == [
        "/pesten",
        "/agressie_geweld",
        "/seksuele_intimidatie",
        "/iets_anders",
    ]
    assert "niet zeker" in _texts(dispatcher)


def test_an_unsure_guide_question_gets_the_answer_then_the_choice(
    tracker_factory, dispatcher
):
    tracker = tracker_factory(
        text="hoeveel uur per week mag onze vertrouwenspersoon aan dit werk besteden",
        intent="nlu_fallback",
        ranking=[
            ("nlu_fallback", 0.3),
            ("vraag_gids", 0.29),
            ("arbeidsconflict", 0.26),
        ],
    )
    actions.ActionVraagCategorie().run(dispatcher, tracker, {})
    assert "20%" in _texts(dispatcher)
    last = dispatcher.messages[-1]
    assert "zelf meemaakt" in last["text"]
    assert [b["payload"] for b in last["buttons"]] == [
        "/arbeidsconflict",
        "/iets_anders",
    ]
    assert not any(
        b["payload"].startswith("/vraag_gids")
        for m in dispatcher.messages
        for b in m.get("buttons") or []
    )


def test_unsure_chitchat_gets_a_way_on_with_112(tracker_factory, dispatcher):
    tracker = tracker_factory(
        text="blabla",
        intent="nlu_fallback",
        ranking=[("nlu_fallback", 0.5), ("buiten_bereik", 0.45), ("pesten", 0.02)],
    )
    actions.ActionVraagCategorie().run(dispatcher, tracker, {})
    assert "112" in _texts(dispatcher)
    assert dispatcher.messages[0]["buttons"]


def test_contact_names_every_vertrouwenspersoon_and_112(tracker_factory, dispatcher):
    actions.ActionContactVertrouwenspersoon().run(
        dispatcher, tracker_factory(intent="vraag_mens"), {}
    )
    text = _texts(dispatcher)
    for vp in actions.ORGANISATIE.vertrouwenspersonen:
        assert vp.bereik() in text
    assert "112" in text


def test_a_possible_emergency_puts_the_safety_line_before_the_answer(
    tracker_factory, dispatcher
):
    signaal = [{"entity": "nood_signaal", "value": "suicide"}]
    situation = tracker_factory(
        text="mijn teamleider pest me en ik weet niet hoe het verder moet",
        intent="pesten",
        entities=signaal,
    )
    actions.ActionHerkenSituatie().run(dispatcher, situation, {})
    line = routing.load_routes().aanvullingen["nood_suicide"]
    assert dispatcher.messages[0]["text"] == line and "113" in line
    assert "pesten" in _texts(dispatcher)

    guide = tracker_factory(
        text="wat doet een vertrouwenspersoon", intent="vraag_gids", entities=signaal
    )
    second = type(dispatcher)()
    actions.ActionGidsAntwoord().run(second, guide, {})
    assert second.messages[0]["text"] == line and len(second.messages) >= 2


def test_a_possible_emergency_in_an_unsure_message_gets_the_line_then_the_question(
    tracker_factory, dispatcher
):
    unsure = tracker_factory(
        text="ik weet het allemaal niet meer",
        intent="nlu_fallback",
        ranking=[("nlu_fallback", 0.3), ("prive_probleem", 0.28), ("pesten", 0.1)],
        entities=[{"entity": "nood_signaal", "value": "suicide"}],
    )
    line = routing.load_routes().aanvullingen["nood_suicide"]
    actions.ActionVraagCategorie().run(dispatcher, unsure, {})
    assert dispatcher.messages[0]["text"] == line
    assert "/prive_probleem" in [
        b["payload"] for b in dispatcher.messages[1]["buttons"]
    ]

    again = type(dispatcher)()
    actions.ActionNietBegrepen().run(again, unsure, {})
    assert again.messages[0]["text"] == line
    assert again.messages[1]["response"] == "utter_default"


def test_without_a_signal_no_safety_line_comes_first(tracker_factory, dispatcher):
    tracker = tracker_factory(text="ik word gepest", intent="pesten")
    actions.ActionHerkenSituatie().run(dispatcher, tracker, {})
    assert "Voor de zekerheid" not in _texts(dispatcher)
    unsure = tracker_factory(text="blabla", intent="nlu_fallback")
    actions.ActionNietBegrepen().run(dispatcher, unsure, {})
    assert [m.get("response") for m in dispatcher.messages][-1] == "utter_default"
    assert "Voor de zekerheid" not in _texts(dispatcher)
