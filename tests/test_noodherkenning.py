"""The safety component writes the emergency into Rasa's message, over any intent."""

from rasa.shared.nlu.training_data.message import Message

from components.noodherkenning import NoodHerkenning


def _message(text, intent="pesten"):
    return Message(
        data={
            "text": text,
            "intent": {"name": intent, "confidence": 0.9},
            "intent_ranking": [{"name": intent, "confidence": 0.9}],
        }
    )


def test_emergency_overrides_the_classifier():
    message = _message("hij staat met een mes voor me", intent="agressie_geweld")
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent") == {"name": "nood_gevaar", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "nood_gevaar"
    assert message.get("intent_ranking")[1]["name"] == "agressie_geweld"


def test_other_messages_are_left_alone():
    message = _message("mijn collega's negeren me")
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent")["name"] == "pesten"


def test_message_without_text_is_left_alone():
    message = Message(data={})
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent") is None


def test_classifier_emergency_is_vetoed_when_the_lexicon_finds_it_negated():
    message = Message(
        data={
            "text": "aan zelfmoord denk ik niet, ik ben alleen boos",
            "intent": {"name": "nood_suicide", "confidence": 0.9},
            "intent_ranking": [
                {"name": "nood_suicide", "confidence": 0.9},
                {"name": "pesten", "confidence": 0.08},
            ],
        }
    )
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent")["name"] == "pesten"


def test_classifier_emergency_without_negation_stands():
    message = _message(
        "ik zie het echt niet meer zitten, wat moet ik", intent="nood_suicide"
    )
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent")["name"] == "nood_suicide"


def test_an_unsure_classifier_emergency_gives_way_to_the_next_intent():
    message = Message(
        data={
            "text": "vorige week sloeg een patient me tijdens de dienst",
            "intent": {"name": "nood_gevaar", "confidence": 0.45},
            "intent_ranking": [
                {"name": "nood_gevaar", "confidence": 0.45},
                {"name": "agressie_geweld", "confidence": 0.4},
            ],
        }
    )
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent")["name"] == "agressie_geweld"
