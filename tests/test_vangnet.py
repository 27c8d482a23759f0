"""The channels' safety net (channels/vangnet.py): every message gets an answer."""

from __future__ import annotations

import asyncio
import logging

import rasa.core.actions.action
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from channels import vangnet
from triage import kanaal, organisatie


def _run(handler, text="mijn collega pest me"):
    output = CollectingOutputChannel()
    message = UserMessage(text, output, "test-sender-1")
    asyncio.run(vangnet.answer(handler, message))
    return [m["text"] for m in output.messages]


def test_a_normal_answer_passes_unchanged():
    async def handler(message):
        await message.output_channel.send_response(message.sender_id, {"text": "Hoi"})

    assert _run(handler) == ["Hoi"]


def test_no_answer_gets_the_vertrouwenspersoon_and_112():
    async def silent(message):
        return None

    (answer,) = _run(silent)
    assert answer == vangnet.fault_text()
    naam = organisatie.load().vertrouwenspersonen[0].naam
    assert naam in answer and "112" in answer and "113" in answer


def test_a_fault_is_logged_without_the_text_and_still_answered(caplog):
    async def broken(message):
        raise RuntimeError(f"kapot bij {message.text} van {message.sender_id}")

    with caplog.at_level(logging.DEBUG):
        (answer,) = _run(broken, "Sanne de Vries pest me")
    assert "112" in answer
    assert "RuntimeError" in caplog.text
    assert "Sanne" not in caplog.text and "test-sender-1" not in caplog.text


def test_a_long_message_gets_a_note_after_the_answer():
    async def handler(message):
        await message.output_channel.send_response(message.sender_id, {"text": "Hoi"})

    replies = _run(handler, "woord " * 500)
    assert replies == ["Hoi", kanaal.texts()["lang_bericht"]]


def test_rasa_waits_only_briefly_for_the_action_server():
    # the Makefile and the tests set ACTION_TIMEOUT; without it the default is 10 s
    assert rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT <= 10


def test_log_records_of_the_bot_process_are_redacted(caplog):
    with caplog.at_level(logging.INFO):
        logging.getLogger("rasa.core.processor").info(
            "bericht van %s: bel me op %s", "sanne.devries@voorbeeld.nl", "06-12345678"
        )
    assert "sanne.devries" not in caplog.text and "12345678" not in caplog.text
    assert "[e-mail]" in caplog.text and "[telefoon]" in caplog.text


def test_the_access_log_with_client_addresses_is_off():
    from sanic import Sanic

    assert Sanic("vangnet_test", configure_logging=False).config.ACCESS_LOG is False


def test_action_answers_are_checked_without_checking_the_schema_each_time(monkeypatch):
    import jsonschema
    import pytest

    calls = []
    monkeypatch.setattr(jsonschema, "validate", lambda *a, **k: calls.append(a) or None)
    remote = rasa.core.actions.action.RemoteAction("action_x", None)
    good = {"events": [{"event": "slot", "name": "rol", "value": "werknemer"}]}
    assert all(remote._validate_action_result(good) for _ in range(3))
    assert calls == []  # the per-call jsonschema.validate is not used

    monkeypatch.undo()
    bad = {"events": [{"event": "slot", "name": 5}], "responses": "geen lijst"}
    with pytest.raises(jsonschema.ValidationError, match="Action server response"):
        remote._validate_action_result(bad)
