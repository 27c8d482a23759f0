"""Safety check in the NLU pipeline: an emergency overrides every other intent.

Placed after the classifiers, so it has the last word on every message in every state
of the conversation. Three nets, any one is enough: the lexicon in ``content/nood.yml``
(``triage.nood``), the intent classifier's ``nood_*`` intents, and a model trained on
the development sets in ``data/nood/`` (``triage.noodmodel``). This component trains
that model with the intent examples, and writes the decision into Rasa's message.

The model is the least certain net: it catches more emergencies, and it also fires on
some serious reports that are not one (about 1 in 10 in cross-validation). So when it
alone fires, an entity ``nood_signaal`` is added and the actions put the safety line
(112, 113 or Veilig Thuis, with one sentence of what to do) first: on a message the
classifier reads as a situation or a guide question, that answer follows; on a message
the classifier is unsure of (``nlu_fallback``, or a ``nood_*`` intent below its
threshold), the question which situation fits follows. Only on other intents (a
greeting, goodbye, thanks) does the model's kind become the intent, so that the
emergency answer comes instead. On the held-out safety sets this halved the emergency
answers on non-acute reports (held-out set 7, now nood_dev11: 11 to 5 of 70) without
losing one emergency: each still gets its number first.

A message in another language (``andere_taal``) keeps its own answer too, which starts
with 112, 113 and Veilig Thuis in English, whichever net fires: the model knows
English badly (on the safety sets it gave the emergency answer to 17 of 55 English
serious reports), and an English reader is better served by that answer than by the
Dutch emergency answer, also when the lexicon knows the emergency.

The classifier alone is not trusted with the full emergency answer either: a sure
``nood_*`` intent that the safety model does not see as an emergency
(``confirm_threshold``) gets the safety line and the question which situation fits.
On the development and held-out safety sets every such message was a false alarm
("ik ben het zo zat, ik wil gewoon een andere baan"): 9 of 9.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components import bewaren
from triage import nood, noodmodel
from triage.noodmodel import NoodModel
from triage.routing import CATEGORIEEN

INTENT_PREFIX = "nood_"
MODEL_FILE = "noodmodel.pkl"
SIGNAAL = "nood_signaal"
FALLBACK = "nlu_fallback"
# Intents that keep their answer when only the model fires, with the safety line first.
VRAAG = "vraag_gids"
ANDERE_TAAL = "andere_taal"
MET_SIGNAAL = (*CATEGORIEEN, VRAAG, FALLBACK, ANDERE_TAAL)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class NoodHerkenning(GraphComponent, IntentClassifier):
    """Sets intent ``nood_<soort>`` with confidence 1.0 when the lexicon finds an
    emergency, unless the classifier is at least ``vraag_threshold`` sure that the
    message is a question about the guide (a policy question that names suicide or
    weapons): then the safety line comes before the answer. A ``nood_*`` intent of
    the classifier stands when the classifier is at least ``classifier_threshold``
    sure (chosen on the development sets) and the safety model gives an emergency at
    least ``confirm_threshold``; without that, the safety line comes first. Otherwise
    the safety model decides from
    ``model_threshold`` (see the module's docstring). An emergency the lexicon finds
    negated ("ik denk niet aan zelfmoord") does not count; an unsure or negated
    ``nood_*`` intent the model does not confirm gives way to the classifier's next
    intent, and so does a model hit on ordinary talk (``gewoon`` in the lexicon)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "classifier_threshold": 0.5,
            "confirm_threshold": 0.5,
            "model_threshold": 0.25,
            "vraag_threshold": 0.5,
            "C": 20.0,
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        # The development sets are read from data/nood/, outside Rasa's training
        # data: a change there must train the component again.
        return noodmodel.vingerafdruk()

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: Optional[ModelStorage] = None,
        resource: Optional[Resource] = None,
        model: Optional[NoodModel] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self.threshold = self.config["classifier_threshold"]
        self.bevestiging = self.config["confirm_threshold"]
        self.model_storage, self.resource, self.model = model_storage, resource, model

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> NoodHerkenning:
        nood.load_lexicon()  # fail at start-up, not on the first emergency
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        pairs = noodmodel.voorbeelden() + [
            (
                m.get(TEXT),
                m.get(INTENT)[len(INTENT_PREFIX) :]
                if m.get(INTENT).startswith(INTENT_PREFIX)
                else noodmodel.GEEN,
            )
            for m in training_data.intent_examples
            if m.get(TEXT)
        ]
        self.model = NoodModel(
            c=self.config["C"], drempel=self.config["model_threshold"]
        ).fit([t for t, _ in pairs], [s for _, s in pairs])
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
    ) -> NoodHerkenning:
        nood.load_lexicon()
        model = bewaren.laad(model_storage, resource, MODEL_FILE)
        return cls(config, model_storage, resource, model)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = message.get(INTENT) or {}
            predicted = intent.get("name") or ""
            soort = nood.herken(text)
            if soort is not None:
                if predicted == ANDERE_TAAL or (
                    predicted == VRAAG
                    and intent.get("confidence", 0) >= self.config["vraag_threshold"]
                ):  # "wat is ons beleid rond suïcidepreventie?"
                    add_signal(message, soort, 1.0)
                else:
                    set_intent(
                        message, {"name": f"{INTENT_PREFIX}{soort}", "confidence": 1.0}
                    )
                continue
            if (
                predicted.startswith(INTENT_PREFIX)
                and intent.get("confidence", 0) >= self.threshold
                and not nood.ontkend(text, predicted[len(INTENT_PREFIX) :])
            ):
                if self.model and self.model.kans(text) < self.bevestiging:
                    # only the classifier is sure: the safety line, then what fits
                    set_intent(message, {**intent, "name": FALLBACK})
                    add_signal(message, predicted[len(INTENT_PREFIX) :], 1.0)
                continue
            found = self.model.herken(text) if self.model and text else None
            if found and not nood.ontkend(text, found[0]):
                soort, kans = found
                if predicted.startswith(INTENT_PREFIX):  # the classifier is unsure
                    set_intent(message, {**intent, "name": FALLBACK})
                    predicted = FALLBACK
                if predicted in MET_SIGNAAL:
                    add_signal(message, soort, kans)
                else:
                    set_intent(
                        message,
                        {
                            "name": f"{INTENT_PREFIX}{soort}",
                            "confidence": round(kans, 3),
                        },
                    )
            elif predicted.startswith(INTENT_PREFIX):
                rest = [
                    i
                    for i in message.get(INTENT_RANKING_KEY) or []
                    if not i.get("name", "").startswith(INTENT_PREFIX)
                ]
                if rest:
                    set_intent(message, rest[0])
        return messages


def add_signal(message: Message, soort: Text, kans: float) -> None:
    """Adds the entity that tells the actions to put the safety line first."""
    entity = {
        "entity": SIGNAAL,
        "value": soort,
        "start": 0,
        "end": len(message.get(TEXT) or ""),
        "confidence": round(kans, 3),
        "extractor": NoodHerkenning.__name__,
    }
    message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)


def set_intent(message: Message, intent: Dict[Text, Any]) -> None:
    """Makes ``intent`` the message's intent, first in the ranking."""
    ranking = [
        i
        for i in message.get(INTENT_RANKING_KEY) or []
        if i.get("name") != intent["name"]
    ]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
