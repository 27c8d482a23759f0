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

    kinds = ["gevaar", "suicide", "suicide", "suicide", "geen", "geen", "geen"]
    parses = [
        parse("nood_gevaar"),
        parse("pesten", signaal="suicide"),  # the safety line before the triage
        parse("pesten"),  # missed
        parse("nood_gevaar"),  # 112 first; the answer names 113 too
        parse("nood_gevaar"),  # a serious report answered as an emergency
        parse("agressie_geweld", signaal="gevaar"),  # a line, triage goes on
        parse("pesten"),
    ]
    assert nood_cijfers(kinds, parses) == {
        "emergencies": 4,
        "recall": 0.75,
        "suicide_113": 0.333,
        "suicide_reply_113": 0.667,
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
    data = bench.stock_training_data(tmp_path / "data")
    texts = ["mijn chef scheldt me uit", "ik word gepest"]
    fingerprint = bench.stock_fingerprint(texts, data)
    assert bench.stock_fingerprint(texts[:1], data) != fingerprint  # other texts
    cache = tmp_path / "stock.json"
    assert bench.cached_stock(fingerprint, cache) is None  # nothing stored yet
    cache.write_text('{"fingerprint": "%s", "intents": ["pesten"]}' % fingerprint)
    monkeypatch.delenv("BENCH_FULL", raising=False)
    assert bench.cached_stock(fingerprint, cache)["intents"] == ["pesten"]
    assert bench.cached_stock("other", cache) is None
    monkeypatch.setenv("BENCH_FULL", "1")
    assert bench.cached_stock(fingerprint, cache) is None


def test_the_fingerprint_follows_the_training_data(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "x.yml").write_text("nlu: []\n")
    before = bench.stock_fingerprint(["a"], data)
    (data / "x.yml").write_text("# a comment only\nnlu: []\n")
    assert bench.stock_fingerprint(["a"], data) == before
    (data / "x.yml").write_text("nlu: [{intent: pesten}]\n")
    assert bench.stock_fingerprint(["a"], data) != before


def test_the_stock_pipeline_learns_guide_topics_as_retrieval_intents(tmp_path):
    from rasa.shared.nlu.training_data.loading import load_data

    from triage import gids

    data = load_data(str(bench.stock_training_data(tmp_path / "data")))
    g = gids.laad()
    keys = {m.get("intent_response_key") for m in data.intent_examples}
    assert {f"vraag_gids/{i}" for i in g.onderwerpen} <= keys
    assert "vraag_gids" not in keys  # the plain guide intent is replaced
    topic = next(iter(g.onderwerpen.values()))
    answer = data.responses[f"utter_vraag_gids/{topic.id}"][0]["text"]
    assert answer == topic.antwoord
    situations = {m.get("intent") for m in data.intent_examples}
    assert {"pesten", "discriminatie", "nood_gevaar"} <= situations


def test_guide_answers_are_scored_by_topic_or_fact_and_intent():
    parse = {
        "response_selector": {
            "default": {"response": {"intent_response_key": "vraag_gids/x_y"}}
        }
    }
    assert bench.selected_topic(parse) == "x_y"
    assert bench.selected_topic({}) == ""
    from triage import gids

    topic = next(iter(gids.gids().onderwerpen))
    questions = [{"onderwerp": topic}, {"onderwerp": topic}, {"onderwerp": topic}]
    answers = [["vraag_gids", topic], ["pesten", topic], ["vraag_gids", "ander"]]
    assert bench.guide_scores(questions, answers) == {
        "search": 0.667,
        "end_to_end": 0.333,
    }
