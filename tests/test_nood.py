"""The safety check: every emergency recognised, few false alarms.

tests/nood_dev.yml and tests/nood_dev2.yml are the sets the lexicon was tuned on: recall
must be 100% there. tests/nood_heldout2.yml was written apart and is only measured,
never tuned on. The goal is 100% recall there too; the lexicon reaches only 34% there
today (measured once, before any change). MIN_RECALL is a floor against regressions
until a better check closes the gap.
False alarms must stay at or below 5% on every set.
"""

import re

import pytest
import yaml
from conftest import ROOT

from triage import nood

SOORT_VAN = {
    "gevaar": "gevaar",
    "suicide": "suicide",
    "huiselijk_geweld": "huiselijk_geweld",
}
MIN_RECALL = {"nood_dev.yml": 1.0, "nood_dev2.yml": 1.0, "nood_heldout2.yml": 0.30}
SETS = list(MIN_RECALL)


def _load(name):
    return yaml.safe_load((ROOT / "tests" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_emergencies_are_recognised(name):
    data = _load(name)
    positives = [(soort, t) for soort in SOORT_VAN for t in data[soort]]
    assert len(positives) >= 60
    missed = [(soort, t) for soort, t in positives if nood.herken(t) is None]
    recall = 1 - len(missed) / len(positives)
    assert recall >= MIN_RECALL[name], f"recall {recall:.0%}; missed: {missed}"


@pytest.mark.parametrize("name", ["nood_dev.yml", "nood_dev2.yml"])
def test_suicide_gets_the_suicide_answer(name):
    wrong = [t for t in _load(name)["suicide"] if nood.herken(t) != "suicide"]
    assert not wrong, wrong


@pytest.mark.parametrize("name", SETS)
def test_false_alarms_at_most_five_percent(name):
    negatives = _load(name)["niet_acuut"]
    assert len(negatives) >= 60
    alarms = [t for t in negatives if nood.herken(t) is not None]
    assert len(alarms) / len(negatives) <= 0.05, alarms


@pytest.mark.parametrize(
    "text, soort",
    [
        ("hij staat met een mes in de kantine", "gevaar"),
        ("hij wacht me op na het werk", "gevaar"),
        ("hij wacht me vanavond op na het werk", "gevaar"),
        ("ik wil niet meer leven", "suicide"),
        ("Ik zie geen uitweg meer.", "suicide"),
        ("mijn collega zei dat ze er een eind aan wil maken", "suicide"),
        ("mijn man slaat me", "huiselijk_geweld"),
        ("ZELFMOORD", "suicide"),
        ("ik denk aan suïcide", "suicide"),
        ("ik\u200b wil\u200b dood", "suicide"),
    ],
)
def test_examples_from_the_issue(text, soort):
    assert nood.herken(text) == soort


@pytest.mark.parametrize(
    "text",
    [
        "vorige week sloeg een patiënt me",
        "ik ga dood van de hitte",
        "ik denk niet aan zelfmoord hoor",
        "ik ben niet in gevaar, maar wel bang voor zijn reactie",
        "ik slijp de messen in de keuken",
        "",
    ],
)
def test_not_an_emergency(text):
    assert nood.herken(text) is None


def test_negation_only_cancels_its_own_sentence():
    assert (
        nood.herken("ik denk niet aan zelfmoord. maar ik wil niet meer leven")
        == "suicide"
    )


def test_suicide_wins_over_danger():
    assert nood.herken("hij heeft een mes en ik wil dood") == "suicide"


def test_lexicon_needs_every_kind(tmp_path):
    path = tmp_path / "nood.yml"
    path.write_text("soorten:\n  gevaar:\n    patronen: ['mes']\n")
    with pytest.raises(ValueError, match="suicide"):
        nood.load_lexicon(path)


def test_every_pattern_compiles():
    lexicon = nood.load_lexicon()
    assert set(lexicon) == set(nood.SOORTEN)
    assert all(isinstance(p, re.Pattern) for s in lexicon.values() for p in s.patronen)
