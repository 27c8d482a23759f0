"""Custom actions. Each one translates between Rasa's tracker and the pure ``triage``
modules; the content and the decisions live there, not here.

Only category names and yes/no signals go into slots; the user's text never does.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from triage import gids as gids_module
from triage import organisatie as organisatie_module
from triage import routing, signalen

ROUTES = routing.load_routes()
# Validated at start-up: a broken file stops the action server with a clear message.
ORGANISATIE = organisatie_module.load()
GIDS = gids_module.gids()
# Read at start-up (fitted by `make train`), with its sentence model loaded by one
# search, so the first question does not wait for either.
ZOEKER = gids_module.zoeker()
ZOEKER.zoek("vertrouwenspersoon")
# What the guide's documents can be filled in with.
GEGEVENS = {
    "organisatie": ORGANISATIE.naam,
    "werkgever": ORGANISATIE.naam,
    "vertrouwenspersoon": ", ".join(
        vp.naam for vp in ORGANISATIE.vertrouwenspersonen if vp.naam
    ),
    "klachtencommissie": (
        ORGANISATIE.klachtencommissie.omschrijving
        if ORGANISATIE.klachtencommissie
        else ""
    ),
}
# Below this confidence a situation intent is not offered as a choice.
MIN_KEUZE_CONFIDENCE = 0.1


def _send(dispatcher: CollectingDispatcher, berichten: List[routing.Bericht]) -> None:
    for bericht in berichten:
        buttons = [{"title": t, "payload": p} for t, p in bericht.knoppen]
        dispatcher.utter_message(text=bericht.tekst, buttons=buttons or None)


def _intent(tracker: Tracker) -> Optional[Text]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def _ranking(tracker: Tracker) -> List[tuple]:
    return [
        (item.get("name"), float(item.get("confidence") or 0.0))
        for item in tracker.latest_message.get("intent_ranking") or []
    ]


def _veiligheid_eerst(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The safety line first when the safety check's model saw a possible emergency
    in a message that is otherwise answered as a situation or a guide question."""
    soort = next(tracker.get_latest_entity_values("nood_signaal"), None)
    if soort in routing.NOOD_SOORTEN:
        dispatcher.utter_message(text=ROUTES.aanvullingen[f"nood_{soort}"])


def _signal_slots(tracker: Tracker) -> List[Dict[Text, Any]]:
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/"):  # a button payload, not the person's own words
        return []
    return [
        SlotSet("omstander", signalen.is_omstander(text)),
        SlotSet("extern", signalen.is_extern(text)),
    ]


def _beste_onderwerp(text: str) -> str:
    return ZOEKER.zoek(text)[0][0]


class ActionHerkenSituatie(Action):
    """Names the recognised category and asks whether it fits; a question about a
    situation the vertrouwenspersoon does not handle gets its route at once when the
    guide search agrees (``routing.meteen_route``)."""

    def name(self) -> Text:
        return "action_herken_situatie"

    def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        categorie = _intent(tracker)
        if categorie not in routing.CATEGORIEEN:
            return ActionVraagCategorie().run(dispatcher, tracker, domain)
        _veiligheid_eerst(dispatcher, tracker)
        text = tracker.latest_message.get("text") or ""
        if routing.meteen_route(ROUTES, categorie, text, _beste_onderwerp):
            _send(
                dispatcher, routing.herkenning_en_route(ROUTES, categorie, ORGANISATIE)
            )
            return [
                SlotSet("categorie", categorie),
                SlotSet("kandidaten", None),
                *_signal_slots(tracker),
            ]
        _send(dispatcher, [routing.herkenning(ROUTES, categorie)])
        anderen = routing.kandidaten(_ranking(tracker), zonder=[categorie])
        return [
            SlotSet("categorie", categorie),
            SlotSet("kandidaten", anderen),
            *_signal_slots(tracker),
        ]


class ActionGeefRoute(Action):
    """Sends the person to the right help for the confirmed or chosen category."""

    def name(self) -> Text:
        return "action_geef_route"

    def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        intent = _intent(tracker)
        categorie = (
            intent if intent in routing.CATEGORIEEN else tracker.get_slot("categorie")
        )
        if categorie not in routing.CATEGORIEEN:
            return ActionVraagCategorie().run(dispatcher, tracker, domain)
        _veiligheid_eerst(dispatcher, tracker)
        berichten = routing.route(
            ROUTES,
            categorie,
            ORGANISATIE,
            omstander=bool(tracker.get_slot("omstander")),
            extern=bool(tracker.get_slot("extern")),
        )
        _send(dispatcher, berichten)
        return [SlotSet("categorie", categorie), SlotSet("kandidaten", None)]


class ActionVraagCategorie(Action):
    """Asks which category fits when the bot is unsure or the person said 'nee'."""

    def name(self) -> Text:
        return "action_vraag_categorie"

    def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        _veiligheid_eerst(dispatcher, tracker)
        if _intent(tracker) == "ontkennen" and tracker.get_slot("kandidaten"):
            opties = list(tracker.get_slot("kandidaten"))
            _send(dispatcher, [routing.keuzevraag(ROUTES, opties)])
            return [SlotSet("categorie", None)]
        ranking = _ranking(tracker)
        opties = routing.kandidaten(
            [(naam, conf) for naam, conf in ranking if conf >= MIN_KEUZE_CONFIDENCE]
        )
        text = tracker.latest_message.get("text") or ""
        onderwerp = gids_module.bij_twijfel(
            ranking, ZOEKER, text, tracker.get_slot("rol")
        )
        if onderwerp:  # most likely a question about the guide: answer it first
            # (without its "Lees verder" buttons; the question below has its own)
            _send(dispatcher, gids_module.antwoord(GIDS, onderwerp, GEGEVENS)[:-1])
        _send(
            dispatcher,
            [routing.keuzevraag(ROUTES, opties, na_antwoord=bool(onderwerp))],
        )
        return [*_signal_slots(tracker), SlotSet("categorie", None)]


class ActionNietBegrepen(Action):
    """Still unsure after the question which situation fits: asks for the person's own
    words, after the safety line when the safety model saw a possible emergency."""

    def name(self) -> Text:
        return "action_niet_begrepen"

    def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        _veiligheid_eerst(dispatcher, tracker)
        dispatcher.utter_message(response="utter_default")
        return []


class ActionContactVertrouwenspersoon(Action):
    """Tells how to reach the organisation's vertrouwenspersoon."""

    def name(self) -> Text:
        return "action_contact_vertrouwenspersoon"

    def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(
            text=routing.vertrouwenspersoon_contact(ORGANISATIE)
            + "\n\nBij direct gevaar: bel 112."
        )
        return []


class ActionGidsMenu(Action):
    """After a role is chosen (and introduced by a response): the guide's menu."""

    def name(self) -> Text:
        return "action_gids_menu"

    def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        rol = tracker.get_slot("rol")
        if rol in GIDS.menus:
            _send(dispatcher, [gids_module.menu(GIDS, rol)])
        return []


class ActionGidsAntwoord(Action):
    """Answers a question about the guide: the topic of a pressed button, or the
    topic the question is most likely about; when unsure, the likeliest to choose."""

    def name(self) -> Text:
        return "action_gids_antwoord"

    def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        _veiligheid_eerst(dispatcher, tracker)
        gekozen = next(tracker.get_latest_entity_values("onderwerp"), None)
        if gekozen in GIDS.onderwerpen:
            _send(dispatcher, gids_module.antwoord(GIDS, gekozen, GEGEVENS))
            return []
        text = tracker.latest_message.get("text") or ""
        best = ZOEKER.zoek(text, rol=tracker.get_slot("rol"))
        if best[0][1] >= gids_module.ZEKER:
            naast = gids_module.naaste(best)
            _send(dispatcher, gids_module.antwoord(GIDS, best[0][0], GEGEVENS, naast))
        else:
            _send(dispatcher, [gids_module.keuze(GIDS, [i for i, _ in best])])
        return []
