"""Helpers to evaluate the trained NLU model on held-out files (shared by tests)."""

from __future__ import annotations

import asyncio
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Tuple

from rasa.shared.nlu.training_data.loading import load_data

from triage import noodmodel

# The held-out situation files in tests/, each written apart and never trained on.
SITUATIE_SETS = ["nlu_heldout.yml", "nlu_heldout2.yml", "nlu_heldout3.yml"]


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


def nood_soort(parse: Dict):
    """The kind of emergency the safety check saw in a parse: the ``nood_*`` intent
    (the emergency answer) or else the ``nood_signaal`` entity (the safety line before
    the triage); None when it saw none."""
    name = (parse.get("intent") or {}).get("name") or ""
    if name.startswith("nood_"):
        return name[len("nood_") :]
    signals = [
        e["value"] for e in parse.get("entities") or [] if e["entity"] == "nood_signaal"
    ]
    return signals[0] if signals else None


def nood_set(path: Path) -> Tuple[List[str], List[str]]:
    """A safety set's texts and their kinds (``GEEN`` for the serious reports that
    are not an emergency)."""
    pairs = noodmodel.lees(path)
    return [t for t, _ in pairs], [k for _, k in pairs]


def nood_cijfers(kinds: List[str], parses: List[Dict]) -> Dict:
    """How the safety check did on a safety set: the share of emergencies that got a
    safety answer or line (recall); of suicide messages that got the suicide answer or
    line itself (``suicide_113``: 113 first, with what to do for a colleague) and that
    got any safety answer or line (``suicide_reply_113``: each of them names 113); and
    of non-acute reports that got a safety line or were answered as an emergency
    instead."""
    seen = [nood_soort(p) for p in parses]
    nood = [s for k, s in zip(kinds, seen) if k != noodmodel.GEEN]
    suicide = [s for k, s in zip(kinds, seen) if k == "suicide"]
    rest = [p for k, p in zip(kinds, parses) if k == noodmodel.GEEN]
    return {
        "emergencies": len(nood),
        "recall": round(sum(s is not None for s in nood) / len(nood), 3),
        "suicide_113": round(suicide.count("suicide") / max(len(suicide), 1), 3),
        "suicide_reply_113": round(
            sum(s is not None for s in suicide) / max(len(suicide), 1), 3
        ),
        "non_acute": len(rest),
        "safety_line": round(
            sum(nood_soort(p) is not None for p in rest) / len(rest), 3
        ),
        "emergency_answer": round(
            sum(p["intent"]["name"].startswith("nood_") for p in rest) / len(rest), 3
        ),
    }
