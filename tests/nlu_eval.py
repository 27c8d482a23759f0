"""Helpers to evaluate the trained NLU model on held-out files (shared by tests)."""

from __future__ import annotations

import asyncio
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Tuple

from rasa.shared.nlu.training_data.loading import load_data


def examples(path: Path) -> List[Tuple[str, str]]:
    """(text, intent) pairs of a Rasa NLU file or folder."""
    data = load_data(str(path))
    return [(m.get("text"), m.get("intent")) for m in data.intent_examples]


@lru_cache(maxsize=1)
def agent(model_path: str):
    import logging

    import structlog
    from rasa.core.agent import Agent

    # Unconfigured, Rasa's structlog prints parsed user text at debug level.
    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO)
    )

    return Agent.load(model_path)


def parse_all(model_path: Path, texts: List[str]) -> List[Dict]:
    loaded = agent(str(model_path))

    async def run() -> List[Dict]:
        return [await loaded.parse_message(t) for t in texts]

    return asyncio.run(run())


def classifier_intent(parse: Dict) -> Tuple[str, float]:
    """The classifier's best intent, looking past nlu_fallback."""
    for item in parse.get("intent_ranking") or []:
        if item["name"] != "nlu_fallback":
            return item["name"], item["confidence"]
    return parse["intent"]["name"], parse["intent"]["confidence"]
