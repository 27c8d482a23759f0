"""The safety model (triage/noodmodel.py): its examples, fingerprint and decision."""

from __future__ import annotations

from functools import lru_cache

import pytest
from conftest import ROOT

from triage import noodmodel
from triage.noodmodel import GEEN, NoodModel
from triage.tekst import normalise


def test_the_development_sets_give_every_kind_and_none():
    from collections import Counter

    counts = Counter(k for _, k in noodmodel.voorbeelden())
    assert set(counts) == {"gevaar", "suicide", "huiselijk_geweld", GEEN}
    # four sets of at least 60 emergencies and 60 non-acute reports each
    assert sum(counts[s] for s in noodmodel.SOORTEN) >= 240 and counts[GEEN] >= 240


def test_an_unknown_kind_in_a_set_is_an_error(tmp_path):
    (tmp_path / "x.yml").write_text("gevaar: [a]\nnoodgeval: [b]\n")
    with pytest.raises(ValueError, match="noodgeval"):
        noodmodel.voorbeelden(tmp_path)


def test_the_fingerprint_follows_the_sets(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("gevaar: [er is brand]\n")
    before = noodmodel.vingerafdruk(tmp_path)
    assert noodmodel.vingerafdruk(tmp_path) == before
    path.write_text("gevaar: [er is brand in de hal]\n")
    assert noodmodel.vingerafdruk(tmp_path) != before


def _model(drempel):
    texts = [
        "hij staat met een mes bij de kassa",
        "er is een man met een pistool binnen",
        "ik wil niet meer leven",
        "ik denk aan zelfmoord",
        "mijn man slaat me thuis",
        "mijn vriend sloeg me gisteren thuis",
        "mijn collega's negeren me",
        "de planning is altijd te laat",
        "mijn chef schreeuwt in vergaderingen",
        "ik krijg geen loonsverhoging",
    ]
    kinds = ["gevaar"] * 2 + ["suicide"] * 2 + ["huiselijk_geweld"] * 2 + [GEEN] * 4
    return NoodModel(c=20.0, drempel=drempel).fit(texts, kinds)


def test_the_model_gives_the_likeliest_kind_from_its_threshold():
    model = _model(0.25)
    assert model.herken("ik denk echt aan zelfmoord")[0] == "suicide"
    assert model.herken("de planning is weer te laat") is None
    chances = model.kansen("een man met een mes")
    assert abs(sum(p for _, p in chances) - 1) < 1e-9
    assert chances == sorted(chances, key=lambda pair: -pair[1])


def test_a_higher_threshold_fires_less():
    text = "mijn chef heeft een mes"
    low, high = _model(0.05), _model(0.99)
    assert low.herken(text) is not None
    assert high.herken(text) is None


def test_the_chance_of_an_emergency_is_all_but_none():
    model = _model(0.25)
    for text in ("ik denk echt aan zelfmoord", "de planning is weer te laat"):
        chances = dict(model.kansen(text))
        assert model.kans(text) == pytest.approx(1 - chances[GEEN])
    assert model.kans("ik denk echt aan zelfmoord") > model.kans("de planning is laat")


@lru_cache(maxsize=1)
def _learnt():
    """Every text the safety model learns from, normalised."""
    from nlu_eval import examples

    texts = [t for t, _ in noodmodel.voorbeelden()]
    texts += [t for t, _ in examples(ROOT / "data" / "nlu")]
    return {normalise(t) for t in texts}


@pytest.mark.parametrize(
    "path", sorted((ROOT / "tests").glob("nood_heldout*.yml")), ids=lambda p: p.name
)
def test_the_heldout_sets_are_not_learnt_from(path):
    overlap = [t for t, _ in noodmodel.lees(path) if normalise(t) in _learnt()]
    assert not overlap, overlap
