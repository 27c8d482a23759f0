"""The safety component writes the emergency into Rasa's message, over any intent."""

from rasa.shared.nlu.training_data.message import Message

from components.noodherkenning import NoodHerkenning


def _message(text, intent="pesten", confidence=0.9, runner_up=None):
    """A parsed message; ``runner_up`` is (intent, confidence) for second place."""
    ranking = [{"name": intent, "confidence": confidence}]
    if runner_up:
        ranking.append({"name": runner_up[0], "confidence": runner_up[1]})
    return Message(
        data={
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "intent_ranking": ranking,
        }
    )


def test_emergency_overrides_the_classifier():
    message = _message("hij staat met een mes voor me", intent="agressie_geweld")
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent") == {"name": "nood_gevaar", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "nood_gevaar"
    assert message.get("intent_ranking")[1]["name"] == "agressie_geweld"


def test_a_sure_guide_question_that_names_an_emergency_gets_the_line_first():
    text = "wat is het beleid van ons bedrijf rond zelfmoord op het werk?"
    sure = _message(text, intent="vraag_gids")  # confidence 0.9
    NoodHerkenning({}).process([sure])
    assert sure.get("intent")["name"] == "vraag_gids"
    (entity,) = sure.get("entities")
    assert (entity["entity"], entity["value"]) == ("nood_signaal", "suicide")
    unsure = _message(text, intent="vraag_gids")
    unsure.set("intent", {"name": "vraag_gids", "confidence": 0.4})
    NoodHerkenning({}).process([unsure])
    assert unsure.get("intent") == {"name": "nood_suicide", "confidence": 1.0}


def test_other_messages_are_left_alone():
    message = _message("mijn collega's negeren me")
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent")["name"] == "pesten"


def test_message_without_text_is_left_alone():
    message = Message(data={})
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent") is None


def test_classifier_emergency_is_vetoed_when_the_lexicon_finds_it_negated():
    message = _message(
        "aan zelfmoord denk ik niet, ik ben alleen boos",
        intent="nood_suicide",
        runner_up=("pesten", 0.08),
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
    message = _message(
        "vorige week sloeg een patient me tijdens de dienst",
        intent="nood_gevaar",
        confidence=0.45,
        runner_up=("agressie_geweld", 0.4),
    )
    NoodHerkenning({"classifier_threshold": 0.5}).process([message])
    assert message.get("intent")["name"] == "agressie_geweld"


class _Model:
    """A stand-in for the safety model: fires with one kind on every message."""

    def __init__(self, found):
        self.found = found

    def herken(self, text):
        return self.found

    def kans(self, text):
        return self.found[1] if self.found else 0.0


def _with_model(found):
    return NoodHerkenning({}, model=_Model(found))


def test_the_model_alone_on_a_situation_adds_the_safety_line_and_keeps_the_triage():
    message = _message(
        "mijn teamleider pest me al maanden en ik weet niet hoe het verder moet"
    )
    _with_model(("suicide", 0.4)).process([message])
    assert message.get("intent")["name"] == "pesten"
    (entity,) = message.get("entities")
    assert (entity["entity"], entity["value"]) == ("nood_signaal", "suicide")


def test_the_model_alone_on_an_unsure_message_adds_the_safety_line_to_the_question():
    for intent in ("nlu_fallback", "nood_suicide"):  # nood_suicide below threshold
        message = _message("ik weet het allemaal niet meer", intent=intent)
        message.set("intent", {"name": intent, "confidence": 0.3})
        _with_model(("suicide", 0.4)).process([message])
        assert message.get("intent") == {"name": "nlu_fallback", "confidence": 0.3}
        (entity,) = message.get("entities")
        assert (entity["entity"], entity["value"]) == ("nood_signaal", "suicide")


def test_the_model_alone_on_english_keeps_the_english_safety_sentence():
    message = _message("everything feels pointless lately", intent="andere_taal")
    _with_model(("suicide", 0.6)).process([message])
    assert message.get("intent")["name"] == "andere_taal"
    (entity,) = message.get("entities")
    assert (entity["entity"], entity["value"]) == ("nood_signaal", "suicide")


def test_the_lexicon_on_english_keeps_the_english_answer_with_the_signal():
    message = _message("I want to kill myself tonight", intent="andere_taal")
    _with_model(None).process([message])
    assert message.get("intent")["name"] == "andere_taal"
    (entity,) = message.get("entities")
    assert (entity["entity"], entity["value"]) == ("nood_signaal", "suicide")


def test_the_model_alone_on_a_greeting_gives_the_emergency_answer():
    message = _message("hoi, ik ben zo moe van alles", intent="begroeten")
    _with_model(("suicide", 0.4)).process([message])
    assert message.get("intent") == {"name": "nood_suicide", "confidence": 0.4}
    assert not message.get("entities")


def test_the_model_is_vetoed_by_a_negation_and_silent_below_its_threshold():
    negated = _message("aan zelfmoord denk ik niet, ik ben alleen boos")
    _with_model(("suicide", 0.6)).process([negated])
    quiet = _message("mijn collega's negeren me")
    _with_model(None).process([quiet])
    for message in (negated, quiet):
        assert message.get("intent")["name"] == "pesten"
        assert not message.get("entities")


def test_a_sure_classifier_emergency_stands_when_the_model_sees_an_emergency_too():
    message = _message("ik zie het echt niet meer zitten", intent="nood_suicide")
    _with_model(("gevaar", 0.6)).process([message])
    assert message.get("intent")["name"] == "nood_suicide"
    assert not message.get("entities")


def test_a_sure_classifier_emergency_alone_gets_the_safety_line_and_the_question():
    # On the safety sets every such message was a false alarm ("ik wil gewoon een
    # andere baan"); the line still gives the number first.
    message = _message("ik ben het zo zat, ik wil gewoon weg", intent="nood_suicide")
    _with_model(("suicide", 0.2)).process([message])
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 0.9}
    (entity,) = message.get("entities")
    assert (entity["entity"], entity["value"]) == ("nood_signaal", "suicide")


def test_ordinary_talk_the_models_mistake_gives_way_to_the_next_intent():
    message = _message(
        "dit is mijn laatste week, ik heb een nieuwe baan gevonden",
        intent="nood_suicide",
        runner_up=("buiten_bereik", 0.05),
    )
    _with_model(("suicide", 0.9)).process([message])
    assert message.get("intent")["name"] == "buiten_bereik"
    assert not message.get("entities")


def test_the_component_trains_the_model_on_the_intents_and_data_nood(tmp_path):
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.training_data import TrainingData

    storage = LocalModelStorage(tmp_path)
    resource = Resource("nood")
    examples = [
        Message(data={"text": t, "intent": i})
        for t, i in [
            ("er staat een man met een mes bij de balie", "nood_gevaar"),
            ("ik wil niet meer leven", "nood_suicide"),
            ("mijn collega's negeren me al weken", "pesten"),
            ("hoe lang duurt een benoeming", "vraag_gids"),
        ]
    ]
    component = NoodHerkenning.create({}, storage, resource, None)
    component.train(TrainingData(training_examples=examples))
    loaded = NoodHerkenning.load({}, storage, resource, None)
    kinds = dict(loaded.model.kansen("iemand zwaait met een mes bij de balie"))
    assert set(kinds) == {"gevaar", "suicide", "huiselijk_geweld", "geen"}
    assert max(kinds, key=kinds.get) == "gevaar"
