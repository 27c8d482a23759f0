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


def test_safety_figures_count_answers_lines_and_derailed_reports():
    from nlu_eval import nood_cijfers

    def parse(intent, signaal=None):
        entities = [{"entity": "nood_signaal", "value": signaal}] if signaal else []
        return {"intent": {"name": intent}, "entities": entities}

    kinds = ["gevaar", "suicide", "suicide", "geen", "geen", "geen"]
    parses = [
        parse("nood_gevaar"),
        parse("pesten", signaal="suicide"),  # the safety line before the triage
        parse("pesten"),  # missed
        parse("nood_gevaar"),  # a serious report answered as an emergency
        parse("agressie_geweld", signaal="gevaar"),  # a line, triage goes on
        parse("pesten"),
    ]
    assert nood_cijfers(kinds, parses) == {
        "emergencies": 3,
        "recall": 0.667,
        "suicide_113": 0.5,
        "non_acute": 3,
        "safety_line": 0.667,
        "emergency_answer": 0.333,
    }


def test_the_classifier_intent_looks_past_the_fallback():
    parse = {
        "intent": {"name": "nlu_fallback"},
        "intent_ranking": [{"name": "nlu_fallback"}, {"name": "pesten"}],
    }
    assert bench.classifier_intent(parse) == "pesten"


def test_stock_predictions_are_reused_only_for_one_fingerprint(tmp_path, monkeypatch):
    texts = ["mijn chef scheldt me uit", "ik word gepest"]
    fingerprint = bench.stock_fingerprint(texts)
    assert bench.stock_fingerprint(texts[:1]) != fingerprint  # other held-out texts
    cache = tmp_path / "stock.json"
    assert bench.cached_stock(fingerprint, cache) is None  # nothing stored yet
    cache.write_text('{"fingerprint": "%s", "intents": ["pesten"]}' % fingerprint)
    monkeypatch.delenv("BENCH_FULL", raising=False)
    assert bench.cached_stock(fingerprint, cache)["intents"] == ["pesten"]
    assert bench.cached_stock("other", cache) is None
    monkeypatch.setenv("BENCH_FULL", "1")
    assert bench.cached_stock(fingerprint, cache) is None


def test_the_fingerprint_follows_the_nlu_data(tmp_path, monkeypatch):
    root = tmp_path
    (root / "bench").mkdir()
    (root / "data" / "nlu").mkdir(parents=True)
    (root / "bench" / "stock_config.yml").write_text("language: nl\n")
    data = root / "data" / "nlu" / "x.yml"
    data.write_text("nlu: []\n")
    monkeypatch.setattr(bench, "ROOT", root)
    before = bench.stock_fingerprint(["a"])
    data.write_text("nlu: [{intent: pesten}]\n")
    assert bench.stock_fingerprint(["a"]) != before
