"""Routing: every category has a complete route that names the right help."""

import copy

import pytest
import yaml

from triage import organisatie, routing
from triage.routing import CATEGORIEEN, RoutesFout

ROUTES = routing.load_routes()
ORG = organisatie.parse(
    {
        "organisatie": "Testbedrijf",
        "vertrouwenspersonen": [
            {"naam": "Anna Testpersoon", "soort": "intern", "telefoon": "0000 000 009"}
        ],
        "hr": {"omschrijving": "P&O", "email": "po@test.example"},
        "integriteit": {
            "omschrijving": "integriteitsloket",
            "email": "int@test.example",
        },
        "klachtencommissie": {"email": "kc@test.example"},
    }
)

# What the route after "ja" must name, per category (issue contract).
EXPECTED_HELP = {
    "pesten": ["vertrouwenspersoon", "0000 000 009", "huisarts", "bedrijfsarts"],
    "seksuele_intimidatie": ["vertrouwenspersoon", "0000 000 009"],
    "discriminatie": ["vertrouwenspersoon", "0000 000 009"],
    "agressie_geweld": ["vertrouwenspersoon", "0000 000 009", "Bel 112"],
    "arbeidsconflict": ["HR of P&O", "vakbond", "juridisch", "po@test.example"],
    "integriteit": [
        "integriteitsfunctionaris",
        "Huis voor Klokkenluiders",
        "int@test.example",
    ],
    "prive_probleem": [
        "huisarts",
        "bedrijfsmaatschappelijk werk",
        "gemeente",
        "Veilig Thuis",
    ],
    "beschuldigd": ["huisarts", "bedrijfsmaatschappelijk werk", "juridische bijstand"],
    "klacht_vertrouwenspersoon": [
        "klachtenregeling",
        "LVV",
        "externe vertrouwenspersoon",
        "kc@test.example",
    ],
}


def _text(berichten):
    return "\n".join(b.tekst for b in berichten)


def test_the_nine_categories_are_the_contract():
    assert set(ROUTES.categorieen) == set(CATEGORIEEN) == set(EXPECTED_HELP)


@pytest.mark.parametrize("categorie", CATEGORIEEN)
def test_recognition_names_category_explains_and_asks(categorie):
    bericht = routing.herkenning(ROUTES, categorie)
    assert ROUTES.naam(categorie) in bericht.tekst
    assert bericht.tekst.rstrip().endswith("Klopt dat?")
    assert bericht.knoppen == (("Ja", "/bevestigen"), ("Nee", "/ontkennen"))


@pytest.mark.parametrize("categorie", CATEGORIEEN)
def test_route_names_the_right_help(categorie):
    text = _text(routing.route(ROUTES, categorie, ORG))
    for fragment in EXPECTED_HELP[categorie]:
        assert fragment in text, f"{categorie}: '{fragment}' missing"


@pytest.mark.parametrize(
    "categorie", ["pesten", "seksuele_intimidatie", "discriminatie", "agressie_geweld"]
)
def test_four_forms_explain_role_and_confidentiality_limits(categorie):
    text = _text(routing.route(ROUTES, categorie, ORG))
    assert "niets zonder jouw toestemming" in text
    assert "geen wettelijk beroepsgeheim" in text
    assert "in gevaar" in text and "melden" in text
    assert "bemiddelt niet" in text and "oordeelt niet" in text
    assert "klachtencommissie" in text
    assert "geen toestemming van je leidinggevende nodig" in text


@pytest.mark.parametrize(
    "categorie", ["arbeidsconflict", "integriteit", "prive_probleem", "beschuldigd"]
)
def test_out_of_scope_routes_say_why_and_keep_the_vertrouwenspersoon_in_reach(
    categorie,
):
    berichten = routing.route(ROUTES, categorie, ORG)
    assert berichten[0].tekst == ROUTES.categorieen[categorie]["waarom"]
    assert "Anna Testpersoon" in berichten[-1].tekst


def test_accused_is_told_the_vertrouwenspersoon_never_helps_both_sides():
    text = _text(routing.route(ROUTES, "beschuldigd", ORG))
    assert "niet ook de andere kant helpen" in text


def test_complaint_about_the_only_vertrouwenspersoon_does_not_send_back_to_them():
    text = _text(routing.route(ROUTES, "klacht_vertrouwenspersoon", ORG))
    assert "Anna Testpersoon" not in text
    assert "praat het eerst uit" in text


def test_complaint_with_several_vertrouwenspersonen_offers_another_one():
    org = organisatie.parse(
        {
            "organisatie": "Groot",
            "vertrouwenspersonen": [
                {"soort": "intern", "telefoon": "0000 000 001"},
                {"soort": "extern", "telefoon": "0000 000 002"},
            ],
        }
    )
    text = _text(routing.route(ROUTES, "klacht_vertrouwenspersoon", org))
    assert "andere vertrouwenspersoon" in text and "0000 000 002" in text


def test_missing_organisation_contact_leaves_the_general_referral():
    org = organisatie.parse(
        {
            "organisatie": "Klein",
            "vertrouwenspersonen": [{"soort": "extern", "telefoon": "0000 000 003"}],
        }
    )
    text = _text(routing.route(ROUTES, "arbeidsconflict", org))
    assert "HR of P&O" in text and "Bij Klein:" not in text


def test_bystander_and_outsider_advice_only_when_signalled():
    plain = _text(routing.route(ROUTES, "agressie_geweld", ORG))
    both = _text(
        routing.route(ROUTES, "agressie_geweld", ORG, omstander=True, extern=True)
    )
    assert ROUTES.aanvullingen["omstander"] not in plain
    assert ROUTES.aanvullingen["extern"] not in plain
    assert ROUTES.aanvullingen["omstander"] in both
    assert "werkgever je beschermen" in both


@pytest.mark.parametrize("soort", routing.NOOD_SOORTEN)
def test_every_safety_line_gives_112_and_113(soort):
    # danger or violence at home can hide thoughts of suicide, and the other way round
    line = ROUTES.aanvullingen[f"nood_{soort}"]
    assert "112" in line and "113" in line and "0800-0113" in line


def test_candidates_are_situation_intents_best_first():
    ranking = [
        ("begroeten", 0.5),
        ("discriminatie", 0.2),
        ("pesten", 0.25),
        ("integriteit", 0.01),
        ("agressie_geweld", 0.04),
    ]
    assert routing.kandidaten(ranking) == ["pesten", "discriminatie", "agressie_geweld"]
    assert routing.kandidaten(ranking, zonder=["pesten"], aantal=2) == [
        "discriminatie",
        "agressie_geweld",
    ]


def test_choice_question_has_category_buttons_and_something_else():
    bericht = routing.keuzevraag(ROUTES, ["pesten", "discriminatie"])
    assert "112" in bericht.tekst
    assert bericht.knoppen == (
        ("Pesten", "/pesten"),
        ("Discriminatie", "/discriminatie"),
        ("Iets anders", "/iets_anders"),
    )


def test_after_a_guide_answer_the_choice_asks_about_the_persons_own_situation():
    plain = routing.keuzevraag(ROUTES, ["pesten"])
    after = routing.keuzevraag(ROUTES, ["pesten"], na_antwoord=True)
    assert "zelf meemaakt" in after.tekst and "zelf meemaakt" not in plain.tekst
    assert "112" in after.tekst and after.knoppen == plain.knoppen
    assert routing.keuzevraag(ROUTES, [], na_antwoord=True).knoppen[0] == (
        "Pesten",
        "/pesten",
    )


def test_choice_question_without_candidates_still_offers_a_way_on():
    bericht = routing.keuzevraag(ROUTES, [])
    assert "112" in bericht.tekst
    assert bericht.knoppen[-1] == ("Iets anders", "/iets_anders")
    assert len(bericht.knoppen) == 4


def test_a_question_about_an_out_of_scope_situation_gets_the_route_at_once():
    asked = []

    def zoek(text):
        asked.append(text)
        return "werknemer_wat_niet"

    vraag = "ik zit in een scheiding, kan ik daarmee bij de vertrouwenspersoon terecht?"
    assert routing.meteen_route(ROUTES, "prive_probleem", vraag, zoek)
    # the search must agree: another topic keeps the question "Klopt dat?"
    assert not routing.meteen_route(
        ROUTES, "prive_probleem", vraag, lambda t: "werkgever_aantal"
    )
    # a story, or one of the four forms, never runs the search
    asked.clear()
    assert not routing.meteen_route(
        ROUTES, "prive_probleem", "ik zit in een scheiding en slaap slecht", zoek
    )
    assert not routing.meteen_route(ROUTES, "pesten", "is dit pesten?", zoek)
    assert asked == []


def test_the_route_at_once_names_the_category_gives_the_help_and_a_way_out():
    berichten = routing.herkenning_en_route(ROUTES, "beschuldigd", ORG)
    text = _text(berichten)
    assert text.startswith(ROUTES.categorieen["beschuldigd"]["herkenning"])
    assert "Klopt dat?" not in text
    assert ROUTES.categorieen["beschuldigd"]["waarom"] in text
    assert all(word in text for word in EXPECTED_HELP["beschuldigd"])
    assert berichten[-1].knoppen == (routing.IETS_ANDERS,)


def test_the_guide_topics_of_a_route_exist():
    from triage import gids

    onderwerpen = gids.gids().onderwerpen
    linked = [g for entry in ROUTES.categorieen.values() for g in entry.get("gids", [])]
    assert linked and all(g in onderwerpen for g in linked)


def _broken(tmp_path, mutate):
    data = copy.deepcopy(yaml.safe_load(routing.ROUTES_FILE.read_text()))
    mutate(data)
    path = tmp_path / "routes.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


@pytest.mark.parametrize(
    "mutate, fragment",
    [
        (lambda d: d["categorieen"].pop("pesten"), "'pesten' is missing"),
        (lambda d: d["categorieen"]["pesten"].update(route="ergens"), "unknown route"),
        (
            lambda d: d["categorieen"]["integriteit"].pop("stappen"),
            "needs waarom and stappen",
        ),
        (
            lambda d: d["categorieen"]["pesten"].update(verwijzingen=["tandarts"]),
            "unknown verwijzing 'tandarts'",
        ),
        (
            lambda d: d["categorieen"]["pesten"].update(herkenning="Dit is iets."),
            "must contain its naam",
        ),
        (lambda d: d["vertrouwenspersoon"].pop("gevaar"), "needs 'gevaar'"),
        (
            lambda d: d["categorieen"]["pesten"].update(gids=["iedereen_pesten"]),
            "gids must be a list of topic ids",
        ),
    ],
)
def test_broken_routes_file_is_refused(tmp_path, mutate, fragment):
    with pytest.raises(RoutesFout, match=fragment):
        routing.load_routes(_broken(tmp_path, mutate))
