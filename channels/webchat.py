"""The anonymous web chat: Rasa's socket.io channel with an origin allow-list, no
client metadata, typed intent commands neutralised, and the chat page and intranet
widget served from the bot itself (GET /chat/, /chat/widget.js, /chat/widget.css)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from channels import vangnet
from triage import kanaal

logger = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent.parent / "webchat"
FILES = {
    "widget.js": "application/javascript; charset=utf-8",
    "widget.css": "text/css; charset=utf-8",
}
# The page loads nothing but its own script and style and talks only to this server.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'self'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


class WebchatOutput(SocketIOOutput):
    """Sends each bot message whole: Rasa's socket.io output cuts text at blank lines
    into separate bubbles, which would break a document meant to be copied."""

    async def send_text_message(
        self, recipient_id: Text, text: Text, **kwargs: Any
    ) -> None:
        await self._send_message(recipient_id, {"text": text.strip()})

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        **kwargs: Any,
    ) -> None:
        replies = [
            {"content_type": "text", "title": b["title"], "payload": b["payload"]}
            for b in buttons
        ]
        await self._send_message(
            recipient_id, {"text": text.strip(), "quick_replies": replies}
        )


class WebchatInput(InputChannel):
    """socket.io events: `session_request` {session_id} -> `session_confirm`;
    `user_uttered` {message, session_id} for typed text or {payload, session_id} for
    a clicked button -> `bot_uttered` {text, quick_replies?}."""

    @classmethod
    def name(cls) -> Text:
        return "webchat"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        setting = os.environ.get("BOT_ALLOWED_ORIGINS") or credentials.get(
            "allowed_origins", ""
        )
        if isinstance(setting, list):
            setting = ",".join(setting)
        return cls(kanaal.origins(setting))

    def __init__(self, allowed_origins: Optional[list] = None) -> None:
        self.allowed_origins = allowed_origins or []
        self.sio: Optional[AsyncServer] = None

    def url_prefix(self) -> Text:
        # An absolute prefix: the page lives at /chat/, not /webhooks/webchat/.
        return "/chat"

    def get_output_channel(self) -> Optional[WebchatOutput]:
        return WebchatOutput(self.sio, "bot_uttered") if self.sio else None

    def _origin_allowed(self, origin: Optional[str], environ: Dict) -> bool:
        own = f"{environ.get('wsgi.url_scheme', 'http')}://{environ.get('HTTP_HOST')}"
        allowed = kanaal.origin_allowed(origin, own, self.allowed_origins)
        if not allowed:
            logger.warning("Web chat connection refused: origin not allowed.")
        return allowed

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        sio = AsyncServer(
            async_mode="sanic",
            cors_allowed_origins=self._origin_allowed,
            logger=False,
            engineio_logger=False,
        )
        self.sio = sio
        bp = SocketBlueprint(sio, "/socket.io", "webchat", __name__)

        # Read once: the files do not change while the bot runs.
        html = (STATIC / "index.html").read_text(encoding="utf-8")
        assets = {name: (STATIC / name).read_text(encoding="utf-8") for name in FILES}

        @bp.route("/", methods=["GET"])
        async def page(_: Request) -> HTTPResponse:
            return response.html(html, headers=PAGE_HEADERS)

        @bp.route("/<name:str>", methods=["GET"])
        async def asset(_: Request, name: str) -> HTTPResponse:
            if name not in FILES:
                return response.text("Niet gevonden", status=404)
            headers = {
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "no-cache",
            }
            return response.text(
                assets[name], content_type=FILES[name], headers=headers
            )

        @sio.on("session_request")
        async def session_request(sid: Text, data: Any) -> None:
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not _valid_session_id(session_id):
                await sio.disconnect(sid)
                return
            await sio.enter_room(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on("user_uttered")
        async def user_uttered(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
                return
            session_id = data.get("session_id")
            if not _valid_session_id(session_id) or session_id not in sio.rooms(sid):
                return
            if "payload" in data:
                text = kanaal.button_payload(data["payload"])
            else:
                text = kanaal.typed_text(data.get("message"))
            if text is None:
                return
            # No client metadata is passed on: nothing about the browser is kept.
            await vangnet.answer(
                on_new_message,
                UserMessage(
                    text,
                    WebchatOutput(sio, "bot_uttered"),
                    session_id,
                    input_channel=self.name(),
                ),
            )

        return bp


def _valid_session_id(value: Any) -> bool:
    """The page makes a random 32-character hex id; nothing else is accepted."""
    return (
        isinstance(value, str)
        and len(value) == 32
        and all(c in "0123456789abcdef" for c in value)
    )
