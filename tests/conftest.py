"""Shared fixtures: project paths, trackers for action tests, a broken-file helper."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

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


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, process, seconds: float) -> None:
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"server for {url} stopped with code {process.returncode}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"server for {url} did not start within {seconds} s")


@pytest.fixture(scope="session")
def bot_url(trained_model, tmp_path_factory):
    """Starts the action server and Rasa (REST) on free ports; yields the URL."""
    import os
    import subprocess

    bin_dir = Path(sys.executable).parent
    actions_port, rasa_port = _free_port(), _free_port()
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "ACTION_SERVER_URL": f"http://127.0.0.1:{actions_port}/webhook",
        "TEAMS_APP_ID": "",
        "TEAMS_APP_PASSWORD": "",
        "SENDER_ID_SALT": "",
        "BOT_ALLOWED_ORIGINS": "https://intranet.example.nl,http://localhost:8123",
    }
    logs = tmp_path_factory.mktemp("servers")
    processes = []
    try:
        with open(logs / "actions.log", "w") as out:
            processes.append(
                subprocess.Popen(
                    [
                        str(bin_dir / "rasa"),
                        "run",
                        "actions",
                        "--port",
                        str(actions_port),
                        "--actions",
                        "actions",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            )
        with open(logs / "rasa.log", "w") as out:
            processes.append(
                subprocess.Popen(
                    [
                        str(bin_dir / "rasa"),
                        "run",
                        "--model",
                        str(trained_model),
                        "--port",
                        str(rasa_port),
                        "--credentials",
                        "credentials.yml",
                        "--endpoints",
                        "endpoints.yml",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            )
        _wait_for(f"http://127.0.0.1:{actions_port}/health", processes[0], 60)
        _wait_for(f"http://127.0.0.1:{rasa_port}/", processes[1], 180)
        yield f"http://127.0.0.1:{rasa_port}"
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
