"""Language check in the NLU pipeline: an English message gets intent ``andere_taal``.

Placed before the safety check, which still has the last word. The decision is made by
``triage.taal``; this component only writes it into Rasa's message.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from components.noodherkenning import ANDERE_TAAL, set_intent
from triage import taal


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class TaalHerkenning(GraphComponent, IntentClassifier):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TaalHerkenning:
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if taal.is_english(message.get(TEXT) or ""):
                set_intent(message, {"name": ANDERE_TAAL, "confidence": 1.0})
        return messages
