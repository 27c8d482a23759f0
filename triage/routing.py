"""Which help fits which situation, and the words the bot uses to say so.

Reads ``content/routes.yml`` (validated on load) and turns a recognised category plus
the organisation's details into chat messages. No Rasa imports: actions translate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

from triage.nood import SOORTEN as NOOD_SOORTEN
from triage.organisatie import Organisatie
from triage.signalen import is_vraag

ROUTES_FILE = Path(__file__).resolve().parent.parent / "content" / "routes.yml"

# The nine situation intents; other code and checks rely on these names.
CATEGORIEEN: Tuple[str, ...] = (
    "pesten",
    "seksuele_intimidatie",
    "discriminatie",
    "agressie_geweld",
    "arbeidsconflict",
    "integriteit",
    "prive_probleem",
    "beschuldigd",
    "klacht_vertrouwenspersoon",
)
ROUTE_VERTROUWENSPERSOON = "vertrouwenspersoon"
ROUTE_DOORVERWIJZING = "doorverwijzing"

JA = ("Ja", "/bevestigen")
NEE = ("Nee", "/ontkennen")
IETS_ANDERS = ("Iets anders", "/iets_anders")


class RoutesFout(ValueError):
    """The routes file is incomplete or inconsistent."""


@dataclass(frozen=True)
class Bericht:
    """One chat message: text and optional (title, payload) buttons."""

    tekst: str
    knoppen: Tuple[Tuple[str, str], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Routes:
    categorieen: Dict[str, Dict[str, Any]]
    vertrouwenspersoon: Dict[str, str]
    aanvullingen: Dict[str, str]
    verwijzingen: Dict[str, Dict[str, str]]

    def naam(self, categorie: str) -> str:
        return self.categorieen[categorie]["naam"]


def _validate(data: Any) -> Routes:
    if not isinstance(data, dict):
        raise RoutesFout("routes.yml must be a mapping")
    problems: List[str] = []
    cats = data.get("categorieen") or {}
    refs = data.get("verwijzingen") or {}
    for cat in CATEGORIEEN:
        entry = cats.get(cat)
        if not isinstance(entry, dict):
            problems.append(f"category '{cat}' is missing")
            continue
        for key in ("naam", "herkenning", "uitleg", "route"):
            if not entry.get(key):
                problems.append(f"'{cat}' needs '{key}'")
        if entry.get("naam") and entry["naam"] not in entry.get("herkenning", ""):
            problems.append(f"'{cat}': herkenning must contain its naam")
        route = entry.get("route")
        if route not in (ROUTE_VERTROUWENSPERSOON, ROUTE_DOORVERWIJZING):
            problems.append(f"'{cat}' has unknown route '{route}'")
        if route == ROUTE_DOORVERWIJZING and not (
            entry.get("waarom") and entry.get("stappen")
        ):
            problems.append(f"'{cat}' is a doorverwijzing and needs waarom and stappen")
        for ref in entry.get("verwijzingen", []):
            if ref not in refs:
                problems.append(f"'{cat}' refers to unknown verwijzing '{ref}'")
        gids = entry.get("gids", [])
        if gids and (
            route != ROUTE_DOORVERWIJZING
            or not isinstance(gids, list)
            or not all(isinstance(g, str) for g in gids)
        ):
            problems.append(
                f"'{cat}': gids must be a list of topic ids (doorverwijzing)"
            )
    for cat in set(cats) - set(CATEGORIEEN):
        problems.append(f"unknown category '{cat}'")
    vp = data.get("vertrouwenspersoon") or {}
    for key in ("wat_doet", "wat_niet", "vertrouwelijk", "gezondheid", "gevaar"):
        if not vp.get(key):
            problems.append(f"vertrouwenspersoon needs '{key}'")
    extra = data.get("aanvullingen") or {}
    for key in ("omstander", "extern", *(f"nood_{s}" for s in NOOD_SOORTEN)):
        if not extra.get(key):
            problems.append(f"aanvullingen needs '{key}'")
    if problems:
        raise RoutesFout("routes.yml: " + "; ".join(problems))
    return Routes(cats, vp, extra, refs)


@lru_cache(maxsize=4)
def load_routes(path: Path = ROUTES_FILE) -> Routes:
    return _validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


def _benoemd(routes: Routes, categorie: str) -> str:
    """The recognised category named and explained."""
    entry = routes.categorieen[categorie]
    return f"{entry['herkenning']} {entry['uitleg']}"


def herkenning(routes: Routes, categorie: str) -> Bericht:
    """Names the recognised category, explains it, and asks whether it fits."""
    return Bericht(f"{_benoemd(routes, categorie)}\n\nKlopt dat?", (JA, NEE))


def meteen_route(
    routes: Routes, categorie: str, text: str, zoek: Callable[[str], str]
) -> bool:
    """Whether a message gets the route at once, without "Klopt dat?": it is a
    question ("kan ik daarmee bij de vertrouwenspersoon terecht?") about a situation
    the vertrouwenspersoon does not handle, and the guide search agrees: ``zoek``
    (the search's best topic for a text) gives one of the category's ``gids`` topics.
    The search only runs for such a question."""
    gids = routes.categorieen[categorie].get("gids")
    return bool(gids) and is_vraag(text) and zoek(text) in gids


def herkenning_en_route(
    routes: Routes, categorie: str, organisatie: Organisatie
) -> List[Bericht]:
    """The category named and explained, then its route at once, and a way out when
    it does not fit."""
    return [
        Bericht(_benoemd(routes, categorie)),
        *route(routes, categorie, organisatie),
        Bericht("Past dit niet bij wat er speelt?", (IETS_ANDERS,)),
    ]


def kandidaten(
    ranking: Iterable[Tuple[str, float]], zonder: Sequence[str] = (), aantal: int = 3
) -> List[str]:
    """The likeliest situation categories from an intent ranking, best first."""
    gekozen = [
        naam
        for naam, _ in sorted(ranking, key=lambda item: -item[1])
        if naam in CATEGORIEEN and naam not in zonder
    ]
    return gekozen[:aantal]


def keuzevraag(
    routes: Routes, opties: Sequence[str], na_antwoord: bool = False
) -> Bericht:
    """Asks which of the given categories fits, plus 'Iets anders'. After an answer
    from the guide, it asks whether the message was about the person's own situation."""
    if na_antwoord:
        tekst = (
            "Ging het je om iets wat je zelf meemaakt op je werk? Kies dan wat het "
            "best past, of vertel het in je eigen woorden."
        )
    elif opties:
        tekst = (
            "Ik weet het niet zeker. Welke van deze past het best bij wat er speelt?"
        )
    else:
        tekst = (
            "Ik weet niet zeker wat je bedoelt. Vertel in je eigen woorden wat er "
            "op je werk gebeurt, of kies hieronder."
        )
    opties = opties or ("pesten", "agressie_geweld", "arbeidsconflict")
    knoppen = tuple((_hoofdletter(routes.naam(c)), f"/{c}") for c in opties)
    return Bericht(tekst + " Bij direct gevaar: bel 112.", knoppen + (IETS_ANDERS,))


def _hoofdletter(text: str) -> str:
    return text[:1].upper() + text[1:]


def vertrouwenspersoon_contact(organisatie: Organisatie) -> str:
    """How to reach the organisation's vertrouwenspersoon or -personen."""
    regels = [f"Zo bereik je de vertrouwenspersoon van {organisatie.naam}:"]
    for vp in organisatie.vertrouwenspersonen:
        label = vp.naam or "vertrouwenspersoon"
        regels.append(f"- {label} ({vp.soort}): {vp.bereik()}")
    regels.append(
        "Je hebt geen toestemming van je leidinggevende nodig, en je hoeft niet te "
        "zeggen waarom je belt."
    )
    return "\n".join(regels)


def route(
    routes: Routes,
    categorie: str,
    organisatie: Organisatie,
    omstander: bool = False,
    extern: bool = False,
) -> List[Bericht]:
    """The messages that send the person to the right help for ``categorie``."""
    entry = routes.categorieen[categorie]
    if entry["route"] == ROUTE_VERTROUWENSPERSOON:
        return _route_vertrouwenspersoon(routes, entry, organisatie, omstander, extern)
    return _route_doorverwijzing(routes, categorie, entry, organisatie)


def _route_vertrouwenspersoon(
    routes: Routes,
    entry: Dict[str, Any],
    organisatie: Organisatie,
    omstander: bool,
    extern: bool,
) -> List[Bericht]:
    vp = routes.vertrouwenspersoon
    berichten = [
        Bericht(
            f"Bij {entry['naam']} kun je terecht bij de vertrouwenspersoon. "
            f"{vp['wat_doet']} {vp['wat_niet']}"
        ),
        Bericht(vp["vertrouwelijk"]),
        Bericht(vertrouwenspersoon_contact(organisatie)),
    ]
    if omstander:
        berichten.append(Bericht(routes.aanvullingen["omstander"]))
    if extern:
        berichten.append(Bericht(routes.aanvullingen["extern"]))
    berichten.append(Bericht(f"{vp['gezondheid']} {vp['gevaar']}"))
    return berichten


def _route_doorverwijzing(
    routes: Routes, categorie: str, entry: Dict[str, Any], organisatie: Organisatie
) -> List[Bericht]:
    stappen = "\n".join(f"{i}. {s}" for i, s in enumerate(entry["stappen"], start=1))
    hulp = ["Hier kun je terecht:"]
    for ref in entry.get("verwijzingen", []):
        verwijzing = routes.verwijzingen[ref]
        regel = f"- {_hoofdletter(verwijzing['naam'])}: {verwijzing['wat']}."
        eigen = _eigen_contact(organisatie, verwijzing.get("organisatie"))
        if eigen:
            regel += f" Bij {organisatie.naam}: {eigen}."
        hulp.append(regel)
    berichten = [
        Bericht(entry["waarom"]),
        Bericht(f"Wat je kunt doen:\n{stappen}"),
        Bericht("\n".join(hulp)),
    ]
    berichten.append(Bericht(_terug_naar_vertrouwenspersoon(categorie, organisatie)))
    return berichten


def _eigen_contact(organisatie: Organisatie, key: Optional[str]) -> str:
    contact = organisatie.contact(key) if key else None
    if contact is None:
        return ""
    return (
        f"{contact.omschrijving}, {contact.bereik()}"
        if contact.omschrijving
        else contact.bereik()
    )


def _terug_naar_vertrouwenspersoon(categorie: str, organisatie: Organisatie) -> str:
    if categorie == "klacht_vertrouwenspersoon":
        if len(organisatie.vertrouwenspersonen) > 1:
            return (
                f"{organisatie.naam} heeft meer dan één vertrouwenspersoon. Je kunt "
                "ook naar een andere vertrouwenspersoon gaan.\n"
                + vertrouwenspersoon_contact(organisatie)
            )
        return "Wil je met iemand praten? HR of je huisarts kan met je meedenken."
    return (
        "Twijfel je of er toch ook pesten, intimidatie, discriminatie of agressie "
        "meespeelt? Dan kun je altijd eerst de vertrouwenspersoon vragen.\n"
        + vertrouwenspersoon_contact(organisatie)
    )
