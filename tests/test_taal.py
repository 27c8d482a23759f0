"""English or Dutch (triage/taal.py)."""

from __future__ import annotations

import pytest

from triage.taal import is_english


@pytest.mark.parametrize(
    "text",
    [
        "Hello, do you speak English?",
        "my boss keeps shouting at me",
        "I am being bullied at work by my colleagues",
        "Can I talk to someone about this?",
        "He touched me and I don't know what to do",
        "my colleague has a knife",
        "I want to kill myself",
        "They make jokes about my religion every day",
    ],
)
def test_english_is_recognised(text):
    assert is_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn manager pest me",
        "ik word gepest door mijn collega",
        "mijn boss is een bully en iedereen lacht",
        "de teamleider maakt seksueel getinte grappen",
        "is dit anoniem",
        "hoi",
        "help",
        "ik heb een burn-out en mijn baas doet niks",
        "Mijn collega zegt steeds 'go back to your country' tegen mij",
        "ok",
        "",
    ],
)
def test_dutch_and_short_messages_are_not_english(text):
    assert not is_english(text)
