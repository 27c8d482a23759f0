"""The load test's client (scripts/loadtest.py), briefly, against the real bot: many
conversations at once, each seeing only its own replies."""

from __future__ import annotations

import asyncio

from scripts import loadtest


def test_concurrent_conversations_see_only_their_own_replies(bot_url):
    result = asyncio.run(loadtest.run(f"{bot_url}/webhooks/rest/webhook", 12, 15))
    assert result["errors"] == 0, result["error_examples"]
    assert result["conversations_completed"] >= 12
    assert result["turn_p95_ms"] > 0


def test_the_client_notices_a_reply_meant_for_someone_else(bot_url, monkeypatch):
    # Swap the expectations: every reply now belongs to "another" conversation.
    swapped = [(text, "discriminatie") for text, _ in loadtest.SITUATIONS[:3]]
    monkeypatch.setattr(loadtest, "SITUATIONS", swapped)
    result = asyncio.run(loadtest.run(f"{bot_url}/webhooks/rest/webhook", 3, 3))
    assert result["errors"] > 0 and result["conversations_completed"] == 0
