"""What may be stored and how long (triage/opslag.py)."""

from __future__ import annotations

import json
import time

import pytest
import sqlalchemy as sa

from triage import opslag

USER_EVENT = {
    "event": "user",
    "timestamp": 1_700_000_000.0,
    "text": "Sanne de Vries (06-12345678) pest me",
    "input_channel": "rest",
    "message_id": "abc123",
    "metadata": {"user_agent": "Mozilla", "ip": "10.0.0.7"},
    "parse_data": {
        "text": "Sanne de Vries (06-12345678) pest me",
        "intent": {"name": "pesten", "confidence": 0.93},
        "intent_ranking": [{"name": "pesten", "confidence": 0.93}],
        "entities": [
            {"entity": "rol", "value": "werknemer", "start": 0, "end": 5, "text": "x"}
        ],
        "message_id": "abc123",
        "metadata": {"ip": "10.0.0.7"},
    },
}


def test_user_events_keep_the_intent_but_never_the_text():
    kept = opslag.zonder_tekst(USER_EVENT)
    dump = json.dumps(kept)
    for secret in ("Sanne", "12345678", "Mozilla", "10.0.0.7", "abc123", "rest"):
        assert secret not in dump
    assert kept["parse_data"]["intent"] == {"name": "pesten", "confidence": 0.93}
    assert kept["parse_data"]["entities"] == [{"entity": "rol", "value": "werknemer"}]
    assert kept["timestamp"] == USER_EVENT["timestamp"]
    assert USER_EVENT["text"].startswith("Sanne")  # the original is not changed


def test_other_events_lose_only_their_metadata():
    slot = {"event": "slot", "name": "categorie", "value": "pesten", "metadata": {}}
    bot = {"event": "bot", "text": "Dit klinkt als pesten.", "metadata": {"x": 1}}
    assert opslag.zonder_tekst(slot) == {
        "event": "slot",
        "name": "categorie",
        "value": "pesten",
    }
    assert opslag.zonder_tekst(bot) == {
        "event": "bot",
        "text": "Dit klinkt als pesten.",
    }


def _store(path, rows):
    engine = sa.create_engine(f"sqlite:///{path}")
    meta = sa.MetaData()
    events = sa.Table(
        "events",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255)),
        sa.Column("timestamp", sa.Float),
        sa.Column("data", sa.Text),
    )
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(events.insert(), rows)
    return engine, events


def test_purge_deletes_whole_conversations_older_than_the_limit(tmp_path):
    now = time.time()
    day = 86400
    engine, events = _store(
        tmp_path / "g.db",
        [
            {"sender_id": "oud", "timestamp": now - 40 * day, "data": "{}"},
            {"sender_id": "oud", "timestamp": now - 31 * day, "data": "{}"},
            # began long ago but still going: kept whole
            {"sender_id": "lopend", "timestamp": now - 45 * day, "data": "{}"},
            {"sender_id": "lopend", "timestamp": now - 2 * day, "data": "{}"},
            {"sender_id": "nieuw", "timestamp": now - 60, "data": "{}"},
        ],
    )
    assert opslag.verwijder_oud(f"sqlite:///{tmp_path / 'g.db'}", 30, nu=now) == 1
    with engine.connect() as conn:
        left = [r[0] for r in conn.execute(sa.select(events.c.sender_id))]
    assert sorted(left) == ["lopend", "lopend", "nieuw"]


def test_purge_of_a_missing_store_or_bad_days(tmp_path):
    assert opslag.verwijder_oud(f"sqlite:///{tmp_path / 'leeg.db'}", 30) == 0
    with pytest.raises(ValueError):
        opslag.verwijder_oud(f"sqlite:///{tmp_path / 'leeg.db'}", -1)


def test_purge_command_line(tmp_path, capsys):
    _store(tmp_path / "g.db", [{"sender_id": "a", "timestamp": 0.0, "data": "{}"}])
    url = f"sqlite:///{tmp_path / 'g.db'}"
    assert opslag.main(["--dagen", "30", "--db", url]) == 0
    assert "1 gesprek(ken) verwijderd" in capsys.readouterr().out
    assert opslag.main(["--dagen", "-5", "--db", url]) == 1


def test_entity_values_lose_personal_details():
    event = {
        "event": "user",
        "parse_data": {"entities": [{"entity": "naam", "value": "mail a@b.nl"}]},
    }
    kept = opslag.zonder_tekst(event)
    assert kept["parse_data"]["entities"] == [
        {"entity": "naam", "value": "mail [e-mail]"}
    ]
