"""The role guide: content checks, retrieval on fresh questions, key facts, messages."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
import yaml
from conftest import ROOT

from triage import gids

# Per held-out file: the least share of questions whose best topic answers them (the
# goal is 0.90). Sets 1 to 8 (2,133 questions, each written apart from the answers
# alone) were measured one by one as they came (first measures by the search alone
# 0.938, 0.724, 0.934, 0.869, 0.894, 0.822, 0.907 and 0.962), tuned on, and then
# folded into the training questions (2026-12-06); their history is in git.
# gids_heldout9.yml (three questions per topic by three writers, one per part) was
# measured cold before that: 0.875; after the folding 0.906. gids_heldout10.yml,
# written apart after the folding and first measured with it: 0.962 (0.924 with the
# training questions from before the folding). gids_heldout11.yml, written apart after
# that: 0.971 at its first (clean) measure; gids_heldout12.yml (four questions per
# werknemer topic) after that: 0.973.
HELDOUT = {
    "gids_heldout9.yml": 0.89,  # measured 0.906
    "gids_heldout10.yml": 0.95,  # measured 0.962 at its first (clean) measure
    "gids_heldout11.yml": 0.96,  # measured 0.971 at its first (clean) measure
    "gids_heldout12.yml": 0.96,  # measured 0.973 at its first (clean) measure
}
# Together the held-out files hold at least this many questions per topic.
PER_ONDERWERP = 3


@pytest.fixture(scope="module")
def echte_gids():
    return gids.laad()


# ---------------------------------------------------------------- the real content


def test_every_part_has_a_menu_and_topics(echte_gids):
    for deel in gids.DELEN:
        assert echte_gids.menus[deel], deel
        assert sum(t.deel == deel for t in echte_gids.onderwerpen.values()) >= 5


def test_every_topic_has_at_least_eight_training_questions(echte_gids):
    few = {
        i: len(t.vragen) for i, t in echte_gids.onderwerpen.items() if len(t.vragen) < 8
    }
    assert not few, few


def test_generated_training_data_is_up_to_date(echte_gids):
    on_disk = gids.NLU_FILE.read_text(encoding="utf-8")
    assert on_disk == gids.nlu_yaml(echte_gids), (
        "data/nlu/gids.yml is out of date: run `python -m triage.gids --nlu`"
    )


def test_documents_are_offered_and_filled_in(echte_gids):
    offered = {t.document for t in echte_gids.onderwerpen.values() if t.document}
    assert offered == {"benoemingsbrief", "jaarverslag"}
    topic = next(
        t for t in echte_gids.onderwerpen.values() if t.document == "benoemingsbrief"
    )
    berichten = gids.antwoord(
        echte_gids, topic.id, {"organisatie": "Stichting Voorbeeld"}
    )
    document = berichten[1].tekst
    assert "# Benoemingsbrief vertrouwenspersoon Stichting Voorbeeld" in document
    assert "[vertrouwenspersoon invullen]" in document
    assert "{" not in document


def _heldout(name):
    data = yaml.safe_load((ROOT / "tests" / name).read_text(encoding="utf-8"))
    return data["vragen"]


def test_heldout_covers_every_topic(echte_gids):
    counts = {}
    for name in HELDOUT:
        for item in _heldout(name):
            counts[item["onderwerp"]] = counts.get(item["onderwerp"], 0) + 1
    few = {i for i in echte_gids.onderwerpen if counts.get(i, 0) < PER_ONDERWERP}
    assert not few, sorted(few)
    assert set(counts) <= set(echte_gids.onderwerpen)
    trained = {v.lower() for t in echte_gids.onderwerpen.values() for v in t.vragen}
    asked = [i["vraag"] for name in HELDOUT for i in _heldout(name)]
    assert not [vraag for vraag in asked if vraag.lower() in trained]


@lru_cache(maxsize=None)
def _search_hits(name):
    """Per held-out question of a file: whether the search's best topic answers it
    (searched once per file for both tests below)."""
    g, zoeker = gids.gids(), gids.zoeker()
    return tuple(
        gids.beantwoordt(
            g, zoeker.zoek(item["vraag"])[0][0], item["onderwerp"], item.get("feit")
        )
        for item in _heldout(name)
    )


@pytest.mark.parametrize("name", HELDOUT)
def test_fresh_questions_get_the_answer_with_the_fact(name):
    """Held-out questions (never trained on) from all three roles, asked cold."""
    hits = _search_hits(name)
    wrong = [i["vraag"] for i, hit in zip(_heldout(name), hits) if not hit]
    accuracy = sum(hits) / len(hits)
    print(f"{name}: guide retrieval {accuracy:.1%} of {len(hits)}")
    assert accuracy >= HELDOUT[name], f"{accuracy:.1%}; wrong: {wrong[:15]}"


def test_nine_in_ten_held_out_questions_get_the_answer():
    """The issue's bar over all held-out questions together (0.946 when set)."""
    hits = [hit for name in HELDOUT for hit in _search_hits(name)]
    assert sum(hits) / len(hits) >= 0.90


def test_the_meaning_model_knows_dutch_without_a_download():
    """The sentence model comes with its package (no network here): a Dutch paraphrase
    without shared words is nearer than a sentence about something else."""
    zoeker = gids.zoeker()
    vraag, zelfde, anders = zoeker.betekenis.encode(
        [
            "hoeveel uren krijgt een vertrouwenspersoon voor dit werk",
            "welk deel van de werktijd mag de vp hieraan besteden",
            "wie controleert of bedrijven de arbowet naleven",
        ]
    )
    assert vraag @ zelfde > vraag @ anders + 0.1


# Key facts from the Wegwijzer that answers must keep right: (question, fact pattern).
FEITEN = [
    (
        "hoeveel tijd mag een vertrouwenspersoon aan het werk besteden",
        r"20\s?(%|procent)",
    ),
    ("voor hoe lang wordt een vertrouwenspersoon benoemd", r"vier jaar"),
    ("hoe vaak kan de benoeming verlengd worden", r"(één|een) keer|eenmaal"),
    ("waar kan een vertrouwenspersoon zich laten certificeren", r"LVV"),
    (
        "heeft een vertrouwenspersoon verschoningsrecht",
        r"(geen|niet).{0,40}verschoningsrecht|verschoningsrecht.{0,60}(geen|niet)",
    ),
    (
        "welk wetsartikel gaat over psychosociale arbeidsbelasting",
        r"artikel 3.{0,10}lid 2",
    ),
    (
        "ben ik als werkgever verplicht een vertrouwenspersoon aan te stellen",
        r"niet verplicht|geen (wettelijke )?plicht",
    ),
    (
        "wie controleert of werkgevers zich aan de arbowet houden",
        r"Inspectie|Arbeidsinspectie",
    ),
    (
        "heeft de ondernemingsraad iets te zeggen over de vertrouwenspersoon",
        r"instemming|ondernemingsraad|\bOR\b",
    ),
    (
        "wordt de vertrouwenspersoon gekozen door de werknemers",
        r"(geen|niet).{0,30}(verkiezing|gekozen)|verkiezing",
    ),
]


@pytest.mark.parametrize("vraag, feit", FEITEN)
def test_key_facts_stay_right(echte_gids, vraag, feit):
    zoeker = gids.Zoeker(echte_gids)
    best = [i for i, _ in zoeker.zoek(vraag)]
    answers = " ".join(echte_gids.onderwerpen[i].antwoord for i in best[:1])
    assert re.search(feit, answers, re.IGNORECASE), (vraag, best[0], answers[:300])


# ---------------------------------------------------------------- validation


def _topic(id_, verder, **extra):
    return {
        "id": id_,
        "titel": f"Titel {id_}",
        "knop": f"Knop {id_}"[:30],
        "vragen": [f"vraag {n} over {id_}" for n in range(8)],
        "antwoord": " ".join(["woord"] * 40),
        "verder": verder,
        "bron": "Wegwijzer",
        **extra,
    }


def _write(folder, delen):
    (folder / "documenten").mkdir(parents=True, exist_ok=True)
    for deel, topics in delen.items():
        data = {
            "deel": deel,
            "menu": [t["id"] for t in topics[:1]],
            "onderwerpen": topics,
        }
        (folder / f"{deel}.yml").write_text(yaml.safe_dump(data, allow_unicode=True))
    return folder


def _small_guide(tmp_path):
    delen = {
        deel: [
            _topic(f"{deel}_a", [f"{deel}_b", "iedereen_a"]),
            _topic(f"{deel}_b", [f"{deel}_a", "iedereen_b"]),
        ]
        for deel in gids.DELEN
    }
    delen["iedereen"] = [
        _topic("iedereen_a", ["iedereen_b", "werknemer_a"]),
        _topic("iedereen_b", ["iedereen_a", "werkgever_a"]),
    ]
    return _write(tmp_path, delen)


def test_a_valid_small_guide_loads(tmp_path):
    g = gids.laad(_small_guide(tmp_path))
    assert len(g.onderwerpen) == 8
    assert g.menus["werkgever"] == ("werkgever_a",)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda t: t.update(knop="x" * 31), "knop is langer"),
        (lambda t: t.update(vragen=["een", "twee"]), "minstens 8"),
        (lambda t: t.update(antwoord="te kort"), "woorden"),
        (lambda t: t.update(verder=["werknemer_b"]), "2 of 3"),
        (
            lambda t: t.update(verder=["werknemer_b", "werknemer_zzz"]),
            "onbekend onderwerp",
        ),
        (lambda t: t.update(id="Werknemer A"), "id begint met"),
        (lambda t: t.pop("antwoord"), "ontbrekend veld: antwoord"),
        (lambda t: t.update(document="bestaat_niet"), "document 'bestaat_niet'"),
    ],
)
def test_broken_topics_are_refused_in_dutch(tmp_path, change, message):
    folder = _small_guide(tmp_path)
    path = folder / "werknemer.yml"
    data = yaml.safe_load(path.read_text())
    change(data["onderwerpen"][0])
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(gids.GidsFout, match=message):
        gids.laad(folder)


def test_unreachable_topics_and_missing_files_are_refused(tmp_path):
    folder = _small_guide(tmp_path)
    data = yaml.safe_load((folder / "werkgever.yml").read_text())
    data["onderwerpen"].append(_topic("werkgever_c", ["werkgever_a", "werkgever_b"]))
    (folder / "werkgever.yml").write_text(yaml.safe_dump(data))
    (folder / "vertrouwenspersoon.yml").unlink()
    with pytest.raises(gids.GidsFout) as error:
        gids.laad(folder)
    assert "werkgever_c: niet bereikbaar" in str(error.value)
    assert "vertrouwenspersoon.yml: bestand ontbreekt" in str(error.value)


# ---------------------------------------------------------------- messages


def test_menu_answer_and_choice_messages(tmp_path):
    g = gids.laad(_small_guide(tmp_path))
    menu = gids.menu(g, "werkgever")
    assert menu.knoppen == (
        ("Knop werkgever_a", '/vraag_gids{"onderwerp": "werkgever_a"}'),
    )

    berichten = gids.antwoord(g, "werkgever_a", {})
    assert berichten[0].tekst.startswith("woord")
    titles = [t for t, _ in berichten[-1].knoppen]
    assert titles == [
        "Knop werkgever_b",
        "Knop iedereen_a",
        "Terug naar het menu",
        "Iets anders",
    ]
    assert ("Terug naar het menu", '/kies_rol{"rol": "werkgever"}') in berichten[
        -1
    ].knoppen

    general = gids.antwoord(g, "iedereen_a", {})
    assert "Terug naar het menu" not in [t for t, _ in general[-1].knoppen]

    keuze = gids.keuze(g, ["werknemer_a", "werkgever_b"])
    assert [t for t, _ in keuze.knoppen] == [
        "Knop werknemer_a",
        "Knop werkgever_b",
        "Iets anders",
    ]


def test_a_close_runner_up_is_offered_first_with_the_answer(tmp_path):
    g = gids.laad(_small_guide(tmp_path))
    assert gids.naaste([("werkgever_a", 1.0), ("werkgever_c", 0.75)]) == "werkgever_c"
    assert gids.naaste([("werkgever_a", 1.0), ("werkgever_c", 0.5)]) is None
    assert gids.naaste([("werkgever_a", 1.0)]) is None

    berichten = gids.antwoord(g, "werkgever_a", {}, naast="iedereen_a")
    assert berichten[-1].tekst.startswith("Bedoelde je iets anders?")
    titles = [t for t, _ in berichten[-1].knoppen]
    assert titles[:2] == ["Knop iedereen_a", "Knop werkgever_b"]
    assert titles.count("Knop iedereen_a") == 1


def test_fill_in_keeps_unknown_placeholders_visible():
    text = gids.vul_in(
        "Brief van {organisatie} aan {vertrouwenspersoon}.", {"organisatie": "X"}
    )
    assert text == "Brief van X aan [vertrouwenspersoon invullen]."


def test_an_answer_counts_for_its_topic_or_for_the_fact_it_holds(tmp_path):
    g = gids.laad(_small_guide(tmp_path))
    answer = g.onderwerpen["werkgever_b"].antwoord
    fact = answer.split()[0]
    assert gids.beantwoordt(g, "werkgever_a", "werkgever_a", None)
    assert gids.beantwoordt(g, "werkgever_b", "werkgever_a", fact.upper())
    assert not gids.beantwoordt(g, "werkgever_b", "werkgever_a", None)
    assert not gids.beantwoordt(g, "werkgever_b", "werkgever_a", "niet in het antwoord")
    assert not gids.beantwoordt(g, "", "werkgever_a", fact)


def test_search_prefers_the_chosen_role(tmp_path):
    g = gids.laad(_small_guide(tmp_path))
    zoeker = gids.Zoeker(g)
    ranked = zoeker.zoek("vraag 3 over werkgever_a")
    assert ranked[0][0] == "werkgever_a"
    assert ranked[0][1] > ranked[1][1] > 0


@pytest.mark.parametrize(
    "text, rol",
    [
        ("Als directeur wil ik weten hoe lang een vp benoemd wordt", "werkgever"),
        ("wij hebben 120 man personeel en nog geen vertrouwenspersoon", "werkgever"),
        ("ik run een bakkerij met 7 medewerkers in dienst", "werkgever"),
        (
            "ik ben net benoemd als vp, wat moet ik als eerste doen",
            "vertrouwenspersoon",
        ),
        ("een melder vertelt me iets over fraude, wat nu", "vertrouwenspersoon"),
        ("mag ik als vp bij ons bedrijf ook in de OR", "vertrouwenspersoon"),
        ("mijn baas vraagt wat ik de vertrouwenspersoon vertelde", "werknemer"),
        ("ik ben uitzendkracht, mag ik ook naar de vp", "werknemer"),
        ("hoe lang wordt een vertrouwenspersoon benoemd", None),
    ],
)
def test_the_role_a_question_is_asked_from(text, rol):
    assert gids.rol_in_tekst(text) == rol


class _Zoeker:
    """A stand-in for the search: finds the given topics and counts its calls."""

    def __init__(self, gevonden):
        self.gevonden, self.calls = gevonden, 0

    def zoek(self, text, rol=None):
        self.calls += 1
        return self.gevonden


def test_an_unsure_message_read_as_a_guide_question_gets_the_found_topic():
    found = _Zoeker([("werkgever_tijd", gids.ZEKER + 0.1), ("werkgever_budget", 0.1)])
    guide = [("nlu_fallback", 0.3), ("vraag_gids", 0.28), ("pesten", 0.2)]
    assert gids.bij_twijfel(guide, found, "vraag", None) == "werkgever_tijd"
    situation = [("nlu_fallback", 0.3), ("pesten", 0.28), ("vraag_gids", 0.2)]
    assert gids.bij_twijfel(situation, found, "vraag", None) is None
    assert found.calls == 1  # no search for a message that reads as a situation
    unsure = _Zoeker([("werkgever_tijd", gids.ZEKER - 0.01)])
    assert gids.bij_twijfel(guide, unsure, "vraag", None) is None
    assert gids.bij_twijfel(guide, _Zoeker([]), "vraag", None) is None


def test_the_fitted_search_is_stored_once_and_read_back(tmp_path):
    made = []

    def maak(waarde):
        def maak_het():
            made.append(waarde)
            return {"model": waarde}

        return maak_het

    first = gids._bewaard(tmp_path, ["wie is de vp", "vp"], maak("eerste"))
    again = gids._bewaard(tmp_path, ["wie is de vp", "vp"], maak("tweede"))
    assert made == ["eerste"] and again == first == {"model": "eerste"}
    other = gids._bewaard(tmp_path, ["wat doet hr", "hr"], maak("derde"))
    assert other == {"model": "derde"}
    # Only the search for the current texts is kept, and nothing half-written.
    assert len(list(tmp_path.iterdir())) == 1
    assert gids._bewaard(None, ["wat doet hr", "hr"], maak("vierde"))
    assert made == ["eerste", "derde", "vierde"]  # without a place: always made


def test_the_stored_search_answers_like_a_freshly_fitted_one():
    fresh = gids.Zoeker(gids.gids())  # fitted here; gids.zoeker() reads models/
    for question in (
        "mag mijn werkgever weten wat ik met de vertrouwenspersoon bespreek",
        "als vp: hoe lang bewaar ik mijn aantekeningen",
        "wat moet ik als werkgever regelen",
    ):
        assert gids.zoeker().zoek(question) == fresh.zoek(question)
