"""Starts the bot as `make run` does (action server and Rasa with the project's
channels) on free loopback ports, for the tests and the load test."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any, List

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process, seconds: float, interval: float = 0.5) -> None:
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
            time.sleep(interval)
    raise RuntimeError(f"server for {url} did not start within {seconds} s")


class Bot:
    """The action server and Rasa (REST, web chat, Teams) on free ports, as `make run`
    starts them; each can be stopped and started again. Output goes to log files in
    ``logs``."""

    def __init__(self, model: Path, logs: Path, endpoints="endpoints.yml", **env):
        self.model, self.logs, self.endpoints = model, logs, endpoints
        self.actions_port, self.rasa_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.rasa_port}"
        self.env = {
            **os.environ,
            "RASA_TELEMETRY_ENABLED": "false",
            "ACTION_SERVER_URL": f"http://127.0.0.1:{self.actions_port}/webhook",
            "TEAMS_APP_ID": "",
            "TEAMS_APP_PASSWORD": "",
            "SENDER_ID_SALT": "",
            "BOT_ALLOWED_ORIGINS": "https://intranet.example.nl,http://localhost:8123",
            **env,
        }
        self.actions = self.rasa = None

    def _start(self, name: str, args: List[str]):
        with open(self.logs / f"{name}.log", "a") as out:
            return subprocess.Popen(
                [str(Path(sys.executable).parent / "rasa"), *args],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def start_actions(self) -> None:
        self.actions = self._start(
            "actions",
            [
                "run",
                "actions",
                "--port",
                str(self.actions_port),
                "--actions",
                "actions",
            ],
        )
        wait_for(f"http://127.0.0.1:{self.actions_port}/health", self.actions, 60)

    def start_rasa(self) -> None:
        self.rasa = self._start(
            "rasa",
            [
                "run",
                "--model",
                str(self.model),
                "--port",
                str(self.rasa_port),
                "--credentials",
                "credentials.yml",
                "--endpoints",
                self.endpoints,
            ],
        )
        wait_for(self.url + "/", self.rasa, 180)

    @staticmethod
    def _stop(process) -> None:
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def stop_actions(self) -> None:
        self._stop(self.actions)

    def stop_rasa(self) -> None:
        self._stop(self.rasa)

    def __enter__(self) -> "Bot":
        try:
            self.start_actions()
            self.start_rasa()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *_: Any) -> None:
        self.stop_rasa()
        self.stop_actions()
