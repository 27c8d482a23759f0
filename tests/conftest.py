"""Shared fixtures: project paths, trackers for action tests, a broken-file helper."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.server import Bot  # noqa: E402

MODEL = ROOT / "models" / "triage.tar.gz"


def make_tracker(
    text: str = "",
    intent: Optional[str] = None,
    ranking: Optional[List[tuple]] = None,
    slots: Optional[Dict[str, Any]] = None,
    entities: Optional[List[Dict[str, Any]]] = None,
):
    """A rasa-sdk Tracker whose latest message has this text, intent and ranking."""
    from rasa_sdk import Tracker

    ranking = ranking or ([(intent, 1.0)] if intent else [])
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": ranking[0][1] if ranking else 0.0},
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
        "entities": entities or [],
    }
    return Tracker(
        sender_id="test-gesprek",
        slots=slots or {},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture
def tracker_factory():
    return make_tracker


@pytest.fixture
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


@pytest.fixture(scope="session")
def trained_model() -> Path:
    if not MODEL.exists():
        pytest.fail(
            "models/triage.tar.gz is missing: run 'make train' (make test does)"
        )
    return MODEL


@pytest.fixture(scope="session")
def bot_url(trained_model, tmp_path_factory):
    """Starts the action server and Rasa (REST) on free ports; yields the URL."""
    with Bot(trained_model, tmp_path_factory.mktemp("servers")) as bot:
        yield bot.url
