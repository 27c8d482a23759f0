"""The REST channel (POST /webhooks/rest/webhook) with strict input checks.

It replaces Rasa's own REST channel, which answers a bad body with a 500, files every
sender-less message under one shared conversation ("default"), stores client metadata,
lets typed "/intent" text skip triage and logs the message text when processing fails.

Request: {"sender": "<id>", "message": "<typed text>"} or, for a clicked button,
{"sender": "<id>", "payload": "/intent{...}"}. Bad requests get a 400 with a short
Dutch/English reason; every accepted message gets at least one reply (see vangnet).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Awaitable, Callable, Optional, Text

from rasa.core.channels.channel import (
    CollectingOutputChannel,
    InputChannel,
    UserMessage,
)
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import vangnet
from triage import kanaal

MAX_SENDER = 128
MAX_MESSAGE = 20_000


class RestInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        bp = Blueprint("rest_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.json
            except Exception:  # noqa: BLE001 - Sanic's own error type for bad JSON
                body = None
            problem = _problem(body)
            if problem:
                return response.json({"error": problem}, status=HTTPStatus.BAD_REQUEST)
            if "payload" in body:
                text = kanaal.button_payload(body["payload"])
                if text is None:
                    return response.json(
                        {"error": "Ongeldige 'payload'. / Invalid 'payload'."},
                        status=HTTPStatus.BAD_REQUEST,
                    )
            else:
                text = kanaal.typed_text(body["message"])
            collector = CollectingOutputChannel()
            message = UserMessage(
                text, collector, body["sender"], input_channel=self.name()
            )
            await vangnet.answer(on_new_message, message)
            return response.json(collector.messages)

        return bp


def _problem(body: Any) -> Optional[str]:
    """Why a request body cannot be handled, or None when it can."""
    if not isinstance(body, dict):
        return "Verwacht een JSON-object. / Expected a JSON object."
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER:
        return (
            "Geef een 'sender': een tekst van 1 tot 128 tekens. / 'sender' must be a"
            " string of 1 to 128 characters."
        )
    if "payload" in body:
        return None  # checked by kanaal.button_payload in receive
    message = body.get("message")
    if not isinstance(message, str) or len(message) > MAX_MESSAGE:
        return (
            "Geef een 'message': een tekst van hoogstens 20.000 tekens. / 'message'"
            " must be a string of at most 20,000 characters."
        )
    return None
