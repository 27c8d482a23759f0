"""A trained model kept in Rasa's model storage and read back (components/bewaren)."""

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource

from components import bewaren


def test_a_model_comes_back_as_it_was_stored(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("model")
    model = {"classes": ["pesten", "geen"], "weights": [0.25, -1.5]}
    bewaren.bewaar(storage, resource, "model.pkl", model)
    assert bewaren.laad(storage, resource, "model.pkl") == model
    assert bewaren.laad(storage, resource, "model.pkl") is not model
