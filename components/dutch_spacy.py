"""Dutch spaCy loader: nl_core_news_sm where installed, else a blank Dutch pipeline.

The component subclasses Rasa's ``SpacyNLP`` so that ``SpacyTokenizer`` and
``SpacyFeaturizer`` accept it. Which pipeline a model was trained with is written into
the trained model; loading that model where the other pipeline would be used raises an
error that says to retrain, because tokens and lemmas differ between the two.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, Optional, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.exceptions import RasaException

from triage import spacy_keuze
from triage.spacy_keuze import (  # noqa: F401 - part of this module's interface
    BLANK_PIPELINE,
    FULL_MODEL,
    RECORD_FILE,
    full_model_installed,
)

logger = logging.getLogger(__name__)

_warned_about_fallback = False


class SpacyPipelineMismatch(RasaException):
    """The trained model needs a spaCy pipeline other than the one available here."""


def _warn_fallback_once() -> None:
    global _warned_about_fallback
    if not _warned_about_fallback:
        logger.warning(
            "spaCy model '%s' is not installed; using spaCy's blank Dutch pipeline "
            "with the lookup lemmatizer instead. Understanding is somewhat weaker. "
            "Install the model with: python -m spacy download %s",
            FULL_MODEL,
            FULL_MODEL,
        )
        _warned_about_fallback = True


def build_pipeline(model_name: Text = FULL_MODEL) -> SpacyModel:
    """Loads ``model_name`` if installed, else the blank Dutch lookup pipeline."""
    import spacy

    if spacy_keuze.full_model_installed(model_name):
        nlp = spacy.load(model_name, disable=["parser"])
        return SpacyModel(model=nlp, model_name=model_name)

    _warn_fallback_once()
    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the Dutch lookup table from spacy-lookups-data
    return SpacyModel(model=nlp, model_name=BLANK_PIPELINE)


def check_same_pipeline(trained_with: Optional[Text], available: Text) -> None:
    """Raises ``SpacyPipelineMismatch`` when a model would run on another pipeline."""
    problem = spacy_keuze.mismatch(trained_with, available)
    if problem:
        raise SpacyPipelineMismatch(problem)


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="DutchSpacyNLP",
)
class DutchSpacyNLP(SpacyNLP):
    """Provides the Dutch spaCy pipeline to the tokenizer and featurizers."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**SpacyNLP.get_default_config(), "model": FULL_MODEL}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DutchSpacyNLP:
        """Builds the pipeline at training time and records which one it is."""
        config = {**cls.get_default_config(), **config}
        model = build_pipeline(config["model"])
        with model_storage.write_to(resource) as directory:
            (directory / RECORD_FILE).write_text(
                json.dumps({"pipeline": model.model_name})
            )
        return cls(model, config)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> DutchSpacyNLP:
        """Loads the pipeline for a trained model, refusing a mismatched one.

        Only the node that provides the model (``provide_*``) holds the pipeline; the
        nodes that process messages receive it from there and stay light.
        """
        config = {**cls.get_default_config(), **config}
        node_name = execution_context.node_name or ""
        if not node_name.startswith("provide_"):
            return cls(SpacyModel(model=None, model_name=""), config)

        check_same_pipeline(
            cls._recorded_pipeline(model_storage, resource),
            spacy_keuze.available(config["model"]),
        )
        return cls(build_pipeline(config["model"]), config)

    @staticmethod
    def _recorded_pipeline(
        model_storage: ModelStorage, resource: Resource
    ) -> Optional[Text]:
        try:
            with model_storage.read_from(resource) as directory:
                record = json.loads((directory / RECORD_FILE).read_text())
        except (ValueError, FileNotFoundError):
            return None
        return record.get("pipeline")
