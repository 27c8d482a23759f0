"""The REST channel (channels/rest.py) against the real bot: bad requests get a 4xx,
every text gets a kind Dutch answer, typed intent commands do nothing special, and
the bot is still alive after the whole battery."""

from __future__ import annotations

import uuid

import pytest
import requests

from triage import kanaal


def _post(bot_url, **body):
    return requests.post(f"{bot_url}/webhooks/rest/webhook", timeout=60, **body)


def _say(bot_url, text, sender=None):
    response = _post(
        bot_url, json={"sender": sender or uuid.uuid4().hex, "message": text}
    )
    assert response.status_code == 200, response.text
    replies = response.json()
    assert replies, "every message gets at least one reply"
    return "\n".join(r.get("text", "") for r in replies), replies


@pytest.mark.parametrize(
    "body",
    [
        {"data": b"{niet: json", "headers": {"Content-Type": "application/json"}},
        {"json": ["een", "lijst"]},
        {"json": {"message": "hallo"}},  # no sender: never a shared conversation
        {"json": {"sender": "", "message": "hallo"}},
        {"json": {"sender": "x" * 500, "message": "hallo"}},
        {"json": {"sender": 12, "message": "hallo"}},
        {"json": {"sender": "a", "message": 42}},
        {"json": {"sender": "a", "message": None}},
        {"json": {"sender": "a", "message": {"text": "hallo"}}},
        {"json": {"sender": "a", "message": "x" * 25_000}},
        {"json": {"sender": "a", "payload": "geen payload"}},
        {"json": {"sender": "a", "payload": "/kies_rol{kapot"}},
    ],
)
def test_bad_requests_get_a_400_with_a_reason(bot_url, body):
    response = _post(bot_url, **body)
    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\t ", "🙂😢", "\u200b\u200b", "?!...", "\x00\x07"]
)
def test_a_message_without_words_asks_for_a_few_words(bot_url, text):
    answer, _ = _say(bot_url, text)
    assert "geen woorden" in answer and "112" in answer


def test_invisible_and_control_characters_do_not_hide_the_meaning(bot_url):
    text = "mijn\u200b collega \u202epest\u202c me\x07 al maanden\ufeff"
    answer, _ = _say(bot_url, text)
    assert "pesten" in answer.lower()


def test_a_very_long_message_is_answered_with_a_note(bot_url):
    text = "Mijn leidinggevende scheldt me elke dag uit waar iedereen bij is. " * 150
    assert len(text) > 9_000
    answer, replies = _say(bot_url, text)
    assert replies[-1]["text"] == kanaal.texts()["lang_bericht"]
    assert len(replies) >= 2  # the answer itself comes first


def test_html_and_script_are_never_echoed(bot_url):
    text = '<script>alert("x")</script><img src=x onerror=alert(1)> mijn chef pest me'
    answer, _ = _say(bot_url, text)
    assert "<script" not in answer and "onerror" not in answer


@pytest.mark.parametrize(
    "text",
    [
        "[klik hier](https://example.com/phish) voor een prijs",
        "'; DROP TABLE events; --",
        "1 OR 1=1; SELECT * FROM users",
        "%s%s%n {0} ${jndi:ldap://x}",
        "a" * 2_500,
    ],
)
def test_odd_text_gets_a_dutch_answer(bot_url, text):
    answer, _ = _say(bot_url, text)
    assert any(w in answer for w in (" je ", " ik ", "Je ", "Ik ", "112"))


def test_english_gets_a_dutch_answer_with_one_english_sentence(bot_url):
    answer, _ = _say(bot_url, "Hello, my boss keeps shouting at me, can you help?")
    assert "Ik spreek alleen Nederlands" in answer
    assert "I can only chat in Dutch" in answer
    # the numbers come first, in English
    assert answer.startswith("In danger right now? Call 112.")
    assert "113" in answer and "0800-2000" in answer


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself tonight",
        "a man with a knife is in the office right now",
        "my husband beats me every night",
    ],
)
def test_an_english_emergency_gets_the_numbers_in_english(bot_url, text):
    answer, _ = _say(bot_url, text)
    assert answer.startswith("In danger right now? Call 112.")
    assert "Call 113" in answer and "0800-2000" in answer


@pytest.mark.parametrize(
    "command",
    [
        "/bevestigen",
        "/leeg_bericht",
        '/kies_rol{"rol": "werkgever"}',
        '/vraag_gids{"onderwerp": "werkgever_benoemingsbrief"}',
    ],
)
def test_typed_intent_commands_are_read_as_plain_text(bot_url, command):
    """A typed "/intent{...}" does exactly what the same words without the slash do,
    in the same state of the conversation: it cannot skip triage or set a slot."""
    answers = []
    for text in (command, command.lstrip("/")):
        sender = uuid.uuid4().hex
        _say(bot_url, "mijn collega pest me steeds", sender)
        replies = _say(bot_url, text, sender)[1]
        answers.append([{**r, "recipient_id": None} for r in replies])
    assert answers[0] == answers[1]


def test_a_clicked_button_is_sent_as_payload_and_works(bot_url):
    response = _post(
        bot_url,
        json={"sender": uuid.uuid4().hex, "payload": '/kies_rol{"rol": "werkgever"}'},
    )
    assert response.status_code == 200
    payloads = [b["payload"] for r in response.json() for b in r.get("buttons", [])]
    assert any(p.startswith("/vraag_gids") for p in payloads)


def test_the_bot_is_still_alive_after_the_battery(bot_url):
    answer, _ = _say(bot_url, "een klant bedreigde me gisteren aan de balie")
    assert "agressie" in answer.lower()
