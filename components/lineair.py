"""Intent classifier: the linear model of triage/lineair.py as a Rasa NLU component.

It reads the text and the lemmas of SpacyTokenizer's tokens, and writes the intent and
a ranking of the ten likeliest intents, like Rasa's own classifiers do. No TensorFlow:
it trains in seconds, loads fast and keeps the server small.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_RANKING_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components import bewaren
from triage.lineair import IntentModel

MODEL_FILE = "intent_model.pkl"
RANKING_LENGTH = 10


def _lemmas(message: Message) -> str:
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    return " ".join(t.lemma or t.text for t in tokens) or (message.get(TEXT) or "")


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class LineaireIntentClassifier(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"C": 20.0, "random_seed": 42, "gewicht": {}}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: IntentModel | None = None,
    ) -> None:
        self.config = config
        self.model_storage = model_storage
        self.resource = resource
        self.model = model

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LineaireIntentClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        self.model = IntentModel(
            c=self.config["C"],
            random_state=self.config["random_seed"],
            gewicht=self.config["gewicht"],
        ).fit(
            [m.get(TEXT) for m in examples],
            [_lemmas(m) for m in examples],
            [m.get(INTENT) for m in examples],
        )
        bewaren.bewaar(self.model_storage, self.resource, MODEL_FILE, self.model)
        return self.resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LineaireIntentClassifier:
        model = bewaren.laad(model_storage, resource, MODEL_FILE)
        return cls(config, model_storage, resource, model)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or self.model is None:
                continue
            ranking = [
                {"name": intent, "confidence": p}
                for intent, p in self.model.rank(text, _lemmas(message))[
                    :RANKING_LENGTH
                ]
            ]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
