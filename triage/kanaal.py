"""Channel rules that do not depend on Rasa: who may connect, how user ids are made
anonymous, what a typed message may do, and how buttons look in Microsoft Teams."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import yaml

_ORIGIN = re.compile(r"^https?://[a-z0-9.-]+(:\d{1,5})?$")
# What a button payload may look like: "/intent" with optional JSON entities.
_PAYLOAD = re.compile(r"^/[a-z_]+(\{.*\})?$", re.DOTALL)
MAX_PAYLOAD = 200
# Typed messages without any letter or digit are answered by this intent.
LEEG_BERICHT = "/leeg_bericht"
LONG_MESSAGE = 2000
TEXTS = Path(__file__).resolve().parent.parent / "content" / "kanaal.yml"


def origins(value: Optional[str]) -> List[str]:
    """The allowed web origins from a comma or space separated setting.

    Empty means: only the bot's own address. Each entry is scheme://host[:port];
    "*" is refused, because any website could then talk to the bot for its visitors.
    """
    entries = [e.strip().rstrip("/") for e in re.split(r"[,\s]+", value or "")]
    result = []
    for entry in filter(None, entries):
        if not _ORIGIN.match(entry.lower()):
            raise ValueError(
                f"Ongeldige origin '{entry}': gebruik de vorm https://intranet.example.nl"
                f" (zonder pad, geen '*'). / Invalid origin '{entry}': use"
                " https://host[:port], no path, no '*'."
            )
        result.append(entry.lower())
    return result


def origin_allowed(origin: Optional[str], own_origin: str, allowed: List[str]) -> bool:
    """A browser may connect from the bot's own address or an allowed origin.

    Requests without an Origin header do not come from a web page (curl, tests) and
    are let through; browsers always send one for WebSocket connections.
    """
    if not origin:
        return True
    origin = origin.lower().rstrip("/")
    return origin == own_origin.lower().rstrip("/") or origin in allowed


def anonymous_id(raw_id: str, salt: str) -> str:
    """A stable id that cannot be traced back to the channel's user id without the
    secret salt (HMAC-SHA256)."""
    if not salt:
        raise ValueError(
            "Er is geen geheim zout ingesteld voor het anonimiseren van gebruikers-id's"
            " (SENDER_ID_SALT). / No secret salt set for hashing user ids"
            " (SENDER_ID_SALT)."
        )
    digest = hmac.new(salt.encode(), raw_id.encode(), hashlib.sha256).hexdigest()
    return digest[:32]


def typed_text(text: Any) -> str:
    """What a person typed, made safe to hand to the NLU: never an intent command.

    The text is normalised (NFC; zero-width, right-to-left and other invisible or
    control characters removed; runs of spaces collapsed). Rasa reads a message that
    starts with "/" as an intent (with entities), which would skip the safety check and
    triage, so typed text loses its leading slashes; only button clicks (see
    button_payload) may carry a payload. A message without a single letter or digit
    (empty, spaces, emoji only) becomes the payload for the intent leeg_bericht, which
    gets a kind answer asking for a few words.
    """
    if not isinstance(text, str):
        return LEEG_BERICHT
    text = "".join(
        " " if unicodedata.category(c) == "Cc" and c != "\n" else c
        for c in unicodedata.normalize("NFC", text)
        if unicodedata.category(c) != "Cf"
    )
    text = re.sub(r"[ \t]+", " ", text).strip().lstrip("/").strip()
    if not any(c.isalnum() for c in text):
        return LEEG_BERICHT
    return text


def is_long(text: str) -> bool:
    """A message so long that a shorter description would help the bot."""
    return len(text) > LONG_MESSAGE


def button_payload(payload: Any) -> Optional[str]:
    """The payload of a clicked button, or None when it does not look like one."""
    if not isinstance(payload, str) or len(payload) > MAX_PAYLOAD:
        return None
    payload = payload.strip()
    if not _PAYLOAD.match(payload):
        return None
    entities = payload[payload.find("{") :] if "{" in payload else None
    if entities:
        try:
            if not isinstance(json.loads(entities), dict):
                return None
        except ValueError:
            return None
    return payload


def texts(path: Optional[Path] = None) -> Dict[str, str]:
    """The texts the channels send themselves (content/kanaal.yml)."""
    data = yaml.safe_load((path or TEXTS).read_text(encoding="utf-8"))
    return {key: str(data[key]).strip() for key in ("storing", "lang_bericht")}


def teams_card(text: str, buttons: Iterable[Dict[str, Any]]) -> Dict[str, Any]:
    """A Teams hero card whose buttons are real card actions.

    messageBack shows the button title in the chat as the user's message and sends
    the payload in `value`, so the bot can tell a click from typed text.
    """
    return {
        "contentType": "application/vnd.microsoft.card.hero",
        "content": {
            "text": text,
            "buttons": [
                {
                    "type": "messageBack",
                    "title": b["title"],
                    "displayText": b["title"],
                    "text": b["title"],
                    "value": {"payload": b["payload"]},
                }
                for b in buttons
            ],
        },
    }
