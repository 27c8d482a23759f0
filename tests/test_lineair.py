"""The intent classifier's linear model (triage/lineair.py)."""

from __future__ import annotations

import pickle

import pytest

from triage.lineair import IntentModel

TRAIN = [
    ("mijn collega pest me", "mijn collega pesten ik", "pesten"),
    ("ze pesten me al maanden", "ze pesten ik al maand", "pesten"),
    (
        "iedereen negeert me en lacht me uit",
        "iedereen negeren ik en lachen ik uit",
        "pesten",
    ),
    ("een klant sloeg me", "een klant slaan ik", "agressie_geweld"),
    (
        "hij bedreigde me met een schaar",
        "hij bedreigen ik met een schaar",
        "agressie_geweld",
    ),
    ("de patient schopte me", "de patient schoppen ik", "agressie_geweld"),
    ("hallo", "hallo", "begroeten"),
    ("goedemorgen", "goedemorgen", "begroeten"),
    ("hoi daar", "hoi daar", "begroeten"),
]


@pytest.fixture(scope="module")
def model():
    texts, lemmas, intents = zip(*TRAIN)
    return IntentModel().fit(texts, lemmas, intents)


def test_ranking_covers_every_intent_as_probabilities(model):
    ranking = model.rank("mijn collega's pesten mij", "mijn collega pesten ik")
    assert [name for name, _ in ranking][0] == "pesten"
    assert sorted(name for name, _ in ranking) == [
        "agressie_geweld",
        "begroeten",
        "pesten",
    ]
    assert sum(p for _, p in ranking) == pytest.approx(1.0)
    assert ranking[0][1] >= ranking[1][1] >= ranking[2][1]


def test_typos_and_accents_still_match_through_character_ngrams(model):
    assert model.rank("een kllant slooeg mij", "een kllant slooeg ik")[0][0] == (
        "agressie_geweld"
    )
    assert model.rank("Hállo", "hállo")[0][0] == "begroeten"


def test_lemmas_carry_the_word_features(model):
    # the text's words are unknown, the lemmas are not
    assert model.rank("xq zz", "pesten ik")[0][0] == "pesten"


def test_same_data_same_model_and_it_survives_pickling(model):
    texts, lemmas, intents = zip(*TRAIN)
    again = IntentModel().fit(texts, lemmas, intents)
    restored = pickle.loads(pickle.dumps(model))
    for probe in ("een klant sloeg me", "goedemorgen"):
        assert again.rank(probe, probe) == model.rank(probe, probe)
        assert restored.rank(probe, probe) == model.rank(probe, probe)


def test_a_weight_makes_its_intent_likelier_and_leaves_the_rest_balanced():
    texts, lemmas, intents = zip(*TRAIN)
    probe = ("mijn collega sloeg me", "mijn collega slaan ik")
    plain = dict(IntentModel().fit(texts, lemmas, intents).rank(*probe))
    weighted = dict(
        IntentModel(gewicht={"pesten": 3.0}).fit(texts, lemmas, intents).rank(*probe)
    )
    assert weighted["pesten"] > plain["pesten"]
    assert weighted["agressie_geweld"] < plain["agressie_geweld"]
    same = dict(
        IntentModel(gewicht={"pesten": 1.0}).fit(texts, lemmas, intents).rank(*probe)
    )
    assert same == pytest.approx(plain)
