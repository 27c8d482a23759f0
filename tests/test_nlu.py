"""Understanding on messages nobody trained on.

Two held-out files, each written apart from the training data and never trained on:
tests/nlu_heldout.yml and tests/nlu_heldout2.yml (by a writer who saw neither the
training data nor the first file). Seeds are fixed in config.yml, so the figures are
reproducible on the same machine.

The goal is macro-F1 >= 0.90 over the nine situation intents on each file. Measured
with the linear classifier (components/lineair.py), trained on every guide question:
0.878 on the first and 0.957 on the second (DIET had 0.858 and 0.907). MIN_MACRO_F1
holds each file to what it reaches today (the goal where it is met) so that
regressions fail.
"""

import json

import pytest
from conftest import ROOT
from nlu_eval import classifier_intent, examples, parse_all
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.pipeline import make_pipeline

from triage.routing import CATEGORIEEN

HELDOUT = ROOT / "tests" / "nlu_heldout.yml"
HELDOUT2 = ROOT / "tests" / "nlu_heldout2.yml"
CHITCHAT = ROOT / "tests" / "chitchat_heldout.yml"
TRAINING = ROOT / "data" / "nlu"
GOAL_MACRO_F1 = 0.90
MIN_MACRO_F1 = {HELDOUT.name: 0.87, HELDOUT2.name: GOAL_MACRO_F1}
# Lexicon and classifier together on the safety sets nobody tuned on (see
# tests/test_nood.py; nood_heldout4 is the clean one). Goal: recall 1.0, false alarms
# at most 0.05. The floors hold what the bot reaches today: (recall, false alarms).
NOOD_FLOORS = {
    "nood_heldout3.yml": (0.93, 0.04),  # measured: 0.937 (104 of 111), 0.033 (3 of 91)
    "nood_heldout4.yml": (0.73, 0.10),  # measured: 0.737 (87 of 118), 0.09 (9 of 100)
}


@pytest.fixture(scope="module", params=[HELDOUT, HELDOUT2], ids=lambda p: p.name)
def heldout(request, trained_model):
    pairs = examples(request.param)
    parses = parse_all(trained_model, [t for t, _ in pairs])
    return request.param.name, pairs, parses


def _macro_f1(truth, predicted):
    return f1_score(
        truth, predicted, labels=list(CATEGORIEEN), average="macro", zero_division=0
    )


@pytest.mark.parametrize("path", [HELDOUT, HELDOUT2], ids=lambda p: p.name)
def test_heldout_file_is_not_in_the_training_data(path):
    trained = {t.lower().strip() for t, _ in examples(TRAINING)}
    overlap = [t for t, _ in examples(path) if t.lower().strip() in trained]
    assert not overlap, f"held-out examples found in training data: {overlap[:3]}"


@pytest.mark.parametrize("path", [HELDOUT, HELDOUT2], ids=lambda p: p.name)
def test_heldout_has_enough_examples_per_situation(path):
    counts = {}
    for _, intent in examples(path):
        counts[intent] = counts.get(intent, 0) + 1
    assert set(counts) == set(CATEGORIEEN)
    assert min(counts.values()) >= 15


def test_training_has_enough_examples_per_situation():
    counts = {}
    for _, intent in examples(TRAINING):
        counts[intent] = counts.get(intent, 0) + 1
    assert all(counts.get(c, 0) >= 60 for c in CATEGORIEEN), counts


def test_macro_f1_on_heldout_situations_and_beats_tfidf(heldout):
    name, pairs, parses = heldout
    truth = [intent for _, intent in pairs]
    predicted = [classifier_intent(p)[0] for p in parses]
    ours = _macro_f1(truth, predicted)

    train = examples(TRAINING)
    baseline = make_pipeline(
        TfidfVectorizer(), LogisticRegression(max_iter=2000, random_state=0)
    ).fit([t for t, _ in train], [i for _, i in train])
    theirs = _macro_f1(truth, baseline.predict([t for t, _ in pairs]))

    report = classification_report(
        truth, predicted, labels=list(CATEGORIEEN), zero_division=0
    )
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / name.replace(".yml", ".json")).write_text(
        json.dumps({"macro_f1": ours, "tfidf_logreg_macro_f1": theirs}, indent=2)
    )
    print(report)
    floor = MIN_MACRO_F1[name]
    assert ours >= floor, f"{name}: macro-F1 {ours:.3f} < {floor}\n{report}"
    assert ours > theirs, (
        f"macro-F1 {ours:.3f} does not beat TF-IDF baseline {theirs:.3f}"
    )


def test_chitchat_never_gets_a_confident_situation_intent(trained_model):
    texts = [t for t, _ in examples(CHITCHAT)]
    assert len(texts) >= 30
    wrong = []
    for text, parse in zip(texts, parse_all(trained_model, texts)):
        intent = parse["intent"]
        if intent["name"] in CATEGORIEEN and intent["confidence"] >= 0.5:
            wrong.append((text, intent["name"], round(intent["confidence"], 2)))
    assert not wrong, f"chit-chat read as a situation: {wrong}"


@pytest.mark.parametrize("name", NOOD_FLOORS)
def test_safety_check_and_classifier_together_on_unseen_emergencies(
    trained_model, name
):
    import yaml

    data = yaml.safe_load((ROOT / "tests" / name).read_text(encoding="utf-8"))
    positives = [
        t for soort in ("gevaar", "suicide", "huiselijk_geweld") for t in data[soort]
    ]
    negatives = data["niet_acuut"]
    parses = parse_all(trained_model, positives + negatives)
    fired = [p["intent"]["name"].startswith("nood_") for p in parses]
    recall = sum(fired[: len(positives)]) / len(positives)
    false_alarms = sum(fired[len(positives) :]) / len(negatives)
    missed = [t for t, f in zip(positives, fired) if not f]
    print(f"{name}: recall {recall:.3f}, false alarms {false_alarms:.3f}")
    min_recall, max_false_alarms = NOOD_FLOORS[name]
    assert recall >= min_recall, f"recall {recall:.0%}, missed: {missed}"
    assert false_alarms <= max_false_alarms, f"false alarms {false_alarms:.0%}"


# Measured: 0.841 (24 of 321 questions read as a situation or other intent; with DIET
# 0.710). Goal 0.90.
MIN_GIDS_END_TO_END = 0.84


def test_fresh_guide_questions_reach_the_guide_with_the_right_answer(trained_model):
    """Held-out guide questions, asked cold: the classifier must see a question about
    the guide (not a situation) and the topic search must find the answer with the
    fact. The goal is 90%."""
    import re

    import yaml

    from triage import gids

    items = yaml.safe_load((ROOT / "tests" / "gids_heldout.yml").read_text())["vragen"]
    g, zoeker = gids.gids(), gids.zoeker()
    parses = parse_all(trained_model, [i["vraag"] for i in items])
    good, not_guide = 0, []
    for item, parse in zip(items, parses):
        if parse["intent"]["name"] != "vraag_gids":
            not_guide.append((item["vraag"], parse["intent"]["name"]))
            continue
        best = zoeker.zoek(item["vraag"])[0][0]
        feit = item.get("feit")
        good += best == item["onderwerp"] or bool(
            feit and re.search(re.escape(feit), g.onderwerpen[best].antwoord, re.I)
        )
    rate = good / len(items)
    print(
        f"guide end to end: {rate:.1%}; not read as a guide question: {len(not_guide)}"
    )
    assert rate >= MIN_GIDS_END_TO_END, f"{rate:.1%}; not guide: {not_guide[:20]}"
