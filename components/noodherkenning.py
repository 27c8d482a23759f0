"""Safety check in the NLU pipeline: an emergency overrides every other intent.

Placed after the classifiers, so it has the last word on every message in every state
of the conversation. The decision is made by ``triage.nood`` from the lexicon in
``content/nood.yml``; this component only writes it into Rasa's message.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from triage import nood

INTENT_PREFIX = "nood_"


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class NoodHerkenning(GraphComponent, IntentClassifier):
    """Sets intent ``nood_<soort>`` with confidence 1.0 when the lexicon finds an
    emergency. When only the classifier predicts one, it stands when the classifier is
    at least ``classifier_threshold`` sure (default 0.5, chosen on the development
    sets) and the lexicon does not find it negated ("ik denk niet aan zelfmoord");
    otherwise the classifier's next intent is used instead."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"classifier_threshold": 0.5}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.threshold = config["classifier_threshold"]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> NoodHerkenning:
        nood.load_lexicon()  # fail at start-up, not on the first emergency
        return cls({**cls.get_default_config(), **config})

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            soort = nood.herken(text)
            if soort is not None:
                set_intent(
                    message, {"name": f"{INTENT_PREFIX}{soort}", "confidence": 1.0}
                )
                continue
            intent = message.get(INTENT) or {}
            predicted = intent.get("name") or ""
            if predicted.startswith(INTENT_PREFIX) and (
                intent.get("confidence", 0) < self.threshold
                or nood.ontkend(text, predicted[len(INTENT_PREFIX) :])
            ):
                rest = [
                    i
                    for i in message.get(INTENT_RANKING_KEY) or []
                    if not i.get("name", "").startswith(INTENT_PREFIX)
                ]
                if rest:
                    set_intent(message, rest[0])
        return messages


def set_intent(message: Message, intent: Dict[Text, Any]) -> None:
    """Makes ``intent`` the message's intent, first in the ranking."""
    ranking = [
        i
        for i in message.get(INTENT_RANKING_KEY) or []
        if i.get("name") != intent["name"]
    ]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
