"""Keeping a trained scikit-learn model in Rasa's model storage, as a pickle.

The pickle is part of the model archive this project wrote; `make run` checks the
archive's SHA-256 before it starts (see README), so no archive from elsewhere is
unpickled.
"""

from __future__ import annotations

import pickle
from typing import Any, Text

from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage


def bewaar(storage: ModelStorage, resource: Resource, name: Text, model: Any) -> None:
    with storage.write_to(resource) as directory:
        (directory / name).write_bytes(pickle.dumps(model))


def laad(storage: ModelStorage, resource: Resource, name: Text) -> Any:
    with storage.read_from(resource) as directory:
        return pickle.loads((directory / name).read_bytes())
