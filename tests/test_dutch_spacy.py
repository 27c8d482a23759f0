"""Dutch spaCy loader: both pipelines, the record in the model, the mismatch error."""

import logging

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from components import dutch_spacy
from components.dutch_spacy import (
    BLANK_PIPELINE,
    FULL_MODEL,
    DutchSpacyNLP,
    SpacyPipelineMismatch,
)
from triage import spacy_keuze

PROVIDER = "provide_DutchSpacyNLP0"
needs_full_model = pytest.mark.skipif(
    not dutch_spacy.full_model_installed(),
    reason="nl_core_news_sm is not installed "
    "(python -m spacy download nl_core_news_sm)",
)
needs_blank_fallback = pytest.mark.skipif(
    dutch_spacy.full_model_installed(),
    reason="nl_core_news_sm is installed, so the blank fallback is not used here",
)


def _context(node_name):
    return ExecutionContext(graph_schema=GraphSchema({}), node_name=node_name)


@pytest.fixture
def storage(tmp_path):
    return LocalModelStorage(tmp_path)


@needs_blank_fallback
def test_blank_fallback_lemmatizes_dutch_and_warns_once(caplog, monkeypatch):
    monkeypatch.setattr(dutch_spacy, "_warned_about_fallback", False)
    with caplog.at_level(logging.WARNING, logger="components.dutch_spacy"):
        first = dutch_spacy.build_pipeline()
        dutch_spacy.build_pipeline()
    assert first.model_name == BLANK_PIPELINE
    assert first.model.lang == "nl"
    lemmas = [t.lemma_ for t in first.model("hij sloeg me en ze pesten collega's")]
    assert "slaan" in lemmas and "collega" in lemmas
    warnings = [r for r in caplog.records if "blank Dutch pipeline" in r.getMessage()]
    assert len(warnings) == 1
    assert FULL_MODEL in warnings[0].getMessage()


@needs_full_model
def test_full_model_is_used_when_installed():
    model = dutch_spacy.build_pipeline()
    assert model.model_name == FULL_MODEL
    assert "lemmatizer" in model.model.pipe_names
    assert "parser" not in model.model.pipe_names


def test_training_records_the_pipeline_and_loading_checks_it(storage):
    resource = Resource(PROVIDER)
    trained = DutchSpacyNLP.create({}, storage, resource, _context(PROVIDER))
    loaded = DutchSpacyNLP.load({}, storage, resource, _context(PROVIDER))
    assert loaded.provide().model_name == trained.provide().model_name

    message = Message(data={"text": "Mijn teamleider schreeuwt"})
    loaded.process([message], loaded.provide())
    doc = message.get("text_spacy_doc")
    assert [t.text for t in doc] == ["mijn", "teamleider", "schreeuwt"]


def test_model_trained_on_other_pipeline_is_refused(storage, monkeypatch):
    resource = Resource(PROVIDER)
    DutchSpacyNLP.create({}, storage, resource, _context(PROVIDER))
    installed = dutch_spacy.full_model_installed()
    # Pretend the other pipeline is what this machine has now.
    monkeypatch.setattr(
        spacy_keuze, "full_model_installed", lambda name=FULL_MODEL: not installed
    )
    with pytest.raises(SpacyPipelineMismatch, match="make train"):
        DutchSpacyNLP.load({}, storage, resource, _context(PROVIDER))


def test_model_without_a_record_is_refused(storage):
    with pytest.raises(SpacyPipelineMismatch, match="make train"):
        DutchSpacyNLP.load({}, storage, Resource(PROVIDER), _context(PROVIDER))


def test_processing_nodes_do_not_load_spacy_again(storage):
    node = DutchSpacyNLP.load(
        {}, storage, Resource("run_DutchSpacyNLP0"), _context("run_DutchSpacyNLP0")
    )
    assert node.provide().model is None


def test_mismatch_message_is_bilingual():
    with pytest.raises(SpacyPipelineMismatch) as error:
        dutch_spacy.check_same_pipeline(FULL_MODEL, BLANK_PIPELINE)
    assert "Train opnieuw" in str(error.value) and "Retrain" in str(error.value)
    dutch_spacy.check_same_pipeline(BLANK_PIPELINE, BLANK_PIPELINE)  # same: no error
