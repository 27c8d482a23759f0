"""The benchmark's arithmetic and report (scripts/bench.py); `make bench` runs it."""

from __future__ import annotations

import pytest

from scripts import bench


def test_percentiles_and_ratios():
    values = [5, 1, 4, 2, 3]
    assert bench.percentile(values, 0.5) == 3
    assert bench.percentile(values, 0.95) == 5
    assert bench.percentile(values, 0.0) == 1
    assert bench.ratio(40, 80) == 0.5
    assert bench.ratio(1, 0) != bench.ratio(1, 0)  # nan, not a crash


def test_scores_cover_the_nine_situations():
    truth = ["pesten", "pesten", "discriminatie", "integriteit"]
    predicted = ["pesten", "discriminatie", "discriminatie", "integriteit"]
    result = bench.scores(truth, predicted)
    assert set(result["per_intent_f1"]) == set(bench.SITUATIONS)
    assert result["per_intent_f1"]["integriteit"] == 1.0
    assert result["per_intent_f1"]["pesten"] == pytest.approx(0.667, abs=1e-3)
    assert result["macro_f1"] == pytest.approx(
        sum(result["per_intent_f1"].values()) / 9, abs=1e-3
    )


def test_safety_counts_emergencies_and_false_alarms():
    parses = [{"intent": {"name": n}} for n in ("nood_gevaar", "pesten", "nood_x", "x")]
    assert bench.safety(parses, 2) == {
        "recall": 0.5,
        "false_alarms": 0.5,
        "emergencies": 2,
        "non_acute": 2,
    }


def test_the_classifier_intent_looks_past_the_fallback():
    parse = {
        "intent": {"name": "nlu_fallback"},
        "intent_ranking": [{"name": "nlu_fallback"}, {"name": "pesten"}],
    }
    assert bench.classifier_intent(parse) == "pesten"
