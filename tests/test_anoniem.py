"""The SQL tracker store without text (stores/anoniem.py): unit tests with Rasa's own
tracker, then the real bot on an SQLite file: nothing identifying in any file or log,
a conversation that survives a restart, and answers while the action server is down
or hangs."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid

import pytest
import requests
import sqlalchemy as sa
from conftest import ROOT
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

from scripts.server import Bot
from stores.anoniem import AnoniemeTrackerStore

NAME, EMAIL, PHONE = "Sanne de Vries", "sanne.devries@voorbeeld.nl", "06-12345678"
OTHER = "Pieter Bakkerman"
SENDER = "laptop-sanne-devries-7"
SECRETS = [NAME, "Sanne", "devries", EMAIL, PHONE, "12345678", OTHER, SENDER]


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("SENDER_ID_SALT", "test-zout-niet-geheim")
    return AnoniemeTrackerStore(
        domain=Domain.load(ROOT / "domain.yml"), host=f"sqlite:///{tmp_path}/g.db"
    )


def _rows(store):
    with store.engine.connect() as conn:
        return conn.execute(sa.text("SELECT sender_id, data FROM events")).fetchall()


def _tracker():
    text = f"Ik ben {NAME}, {EMAIL}, {PHONE}. {OTHER} pest me"
    return DialogueStateTracker.from_events(
        SENDER,
        [
            ActionExecuted("action_session_start"),
            SessionStarted(metadata={"ip": "10.1.2.3", "user_agent": "Mozilla"}),
            ActionExecuted("action_listen"),
            UserUttered(
                text,
                {"name": "pesten", "confidence": 0.9},
                parse_data={
                    "text": text,
                    "intent": {"name": "pesten", "confidence": 0.9},
                    "entities": [],
                },
                input_channel="rest",
                metadata={"ip": "10.1.2.3"},
            ),
            SlotSet("categorie", "pesten"),
            BotUttered("Dit klinkt als pesten. Klopt dat?"),
        ],
    )


def test_the_store_keeps_intents_and_slots_but_no_text_or_sender(store):
    asyncio.run(store.save(_tracker()))
    rows = _rows(store)
    assert rows
    dump = " ".join(f"{sender} {data}" for sender, data in rows)
    for secret in [*SECRETS, "10.1.2.3", "Mozilla"]:
        assert secret not in dump
    assert '"pesten"' in dump

    again = asyncio.run(store.retrieve(SENDER))
    assert again.sender_id == SENDER
    assert again.get_slot("categorie") == "pesten"
    assert again.latest_message.intent["name"] == "pesten"
    assert not again.latest_message.text


def test_saving_again_adds_only_new_events(store):
    asyncio.run(store.save(_tracker()))
    count = len(_rows(store))
    tracker = asyncio.run(store.retrieve(SENDER))  # as Rasa does on the next message
    tracker.update(ActionExecuted("action_listen"))
    asyncio.run(store.save(tracker))
    assert len(_rows(store)) == count + 1


def test_the_store_refuses_to_start_without_a_salt(tmp_path, monkeypatch):
    monkeypatch.delenv("SENDER_ID_SALT", raising=False)
    with pytest.raises(RasaException, match="SENDER_ID_SALT"):
        AnoniemeTrackerStore(host=f"sqlite:///{tmp_path}/g.db")


# --- the real bot with the SQL store -------------------------------------------------


@pytest.fixture(scope="module")
def sql_bot(trained_model, tmp_path_factory):
    logs = tmp_path_factory.mktemp("sql-bot")
    bot = Bot(
        trained_model,
        logs,
        endpoints="endpoints-sql.yml",
        TRACKER_DB=f"sqlite:///{logs}/gesprekken.db",
        SENDER_ID_SALT="test-zout-niet-geheim",
        ACTION_TIMEOUT="3",
    )
    with bot:
        yield bot


def _say(bot, sender, text):
    response = requests.post(
        f"{bot.url}/webhooks/rest/webhook",
        json={"sender": sender, "message": text},
        timeout=60,
    )
    assert response.status_code == 200
    return "\n".join(r.get("text", "") for r in response.json())


def test_a_conversation_with_personal_details_leaves_no_trace(sql_bot):
    started = time.time()
    _say(sql_bot, SENDER, "hallo")
    answer = _say(sql_bot, SENDER, f"Mijn collega {OTHER} pest me al maanden")
    assert "Dit klinkt als pesten" in answer
    assert "Zo bereik je" in _say(sql_bot, SENDER, "ja")
    assert _say(sql_bot, SENDER, f"Ik ben {NAME}, mail me op {EMAIL} of bel {PHONE}.")
    db = sql_bot.logs / "gesprekken.db"
    assert db.stat().st_size > 0

    written = [p for p in sql_bot.logs.rglob("*") if p.is_file()] + [
        p
        for p in ROOT.rglob("*")
        if p.is_file()
        and p.stat().st_mtime >= started
        and not {".git", ".venv", ".pytest_cache", "__pycache__"} & set(p.parts)
    ]
    for path in written:
        content = path.read_bytes().decode("utf-8", "replace")
        for secret in SECRETS:
            assert secret not in content, f"{secret!r} found in {path.name}"
    # The conversation itself is stored, by intent.
    with sa.create_engine(f"sqlite:///{db}").connect() as conn:
        intents = {
            r[0] for r in conn.execute(sa.text("SELECT intent_name FROM events"))
        }
    assert {"pesten", "bevestigen"} <= intents


def test_a_conversation_goes_on_after_a_restart(sql_bot):
    sender = uuid.uuid4().hex
    assert "Klopt dat" in _say(
        sql_bot, sender, "een klant heeft me gisteren bedreigd en geduwd"
    )
    sql_bot.stop_rasa()
    sql_bot.start_rasa()
    assert "Zo bereik je" in _say(sql_bot, sender, "ja")


def test_the_bot_still_answers_when_the_action_server_is_down_or_hangs(sql_bot):
    naam = "Mira de Vries"  # the vertrouwenspersoon in organisatie.yml
    sql_bot.stop_actions()
    try:
        answer = _say(sql_bot, uuid.uuid4().hex, "mijn leidinggevende pest me")
        assert naam in answer and "112" in answer

        # A server that accepts the connection and never answers.
        with socket.socket() as hanging:
            hanging.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            hanging.bind(("127.0.0.1", sql_bot.actions_port))
            hanging.listen()
            start = time.monotonic()
            answer = _say(sql_bot, uuid.uuid4().hex, "mijn leidinggevende pest me")
            assert time.monotonic() - start < 30
        assert naam in answer and "112" in answer
    finally:
        sql_bot.start_actions()
    assert "Klopt dat" in _say(sql_bot, uuid.uuid4().hex, "mijn leidinggevende pest me")
