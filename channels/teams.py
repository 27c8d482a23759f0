"""Microsoft Teams, through Rasa's Bot Framework channel with what Teams needs on top:

- buttons as real card actions (Rasa 3.6 sends them without type/value, rasa#8164);
- a welcome when the bot is added to a conversation (conversationUpdate);
- the Teams user id hashed with a secret salt before it becomes Rasa's sender id;
- the JWT checked for signature, audience, issuer and service URL; HTTP calls with
  timeouts; nothing from the activity (text, names, ids) written to the logs.

With no app id configured the channel stays off and its webhook answers 503.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import re
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

import aiohttp
import jwt
import requests
from jwt.algorithms import RSAAlgorithm
from rasa.core.channels.botframework import (
    MICROSOFT_OAUTH2_PATH,
    MICROSOFT_OAUTH2_URL,
    MICROSOFT_OPEN_ID_URI,
    BotFramework,
    BotFrameworkInput,
)
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import vangnet
from triage import kanaal

logger = logging.getLogger(__name__)

ISSUER = "https://api.botframework.com"
TIMEOUT_SECONDS = 10
_BEARER = re.compile(r"Bearer\s+(\S+)$")
_MENTION = re.compile(r"<at>.*?</at>", re.DOTALL)

_NO_SALT = (
    "Teams staat aan, maar SENDER_ID_SALT is niet ingesteld: zonder geheim zout kan de"
    " bot Teams-gebruikers niet anonimiseren. / Teams is on but SENDER_ID_SALT is not"
    " set: the bot cannot make Teams user ids anonymous without a secret salt."
)


class TeamsOutput(BotFramework):
    def __init__(self, *args: Any, user: Dict[Text, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Rasa knows the user only by a hashed id; Teams needs the real one as the
        # recipient. It lives in this object for one turn and is never stored.
        self.user = {"id": user["id"]}

    @classmethod
    def name(cls) -> Text:
        return "teams"

    def prepare_message(
        self, recipient_id: Text, message_data: Dict[Text, Any]
    ) -> Dict[Text, Any]:
        return dict(
            super().prepare_message(recipient_id, message_data), recipient=self.user
        )

    async def send_text_message(
        self, recipient_id: Text, text: Text, **kwargs: Any
    ) -> None:
        # One message, not one per paragraph: a document must stay in one piece.
        await self.send(self.prepare_message(recipient_id, {"text": text.strip()}))

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        **kwargs: Any,
    ) -> None:
        card = kanaal.teams_card(text, buttons)
        await self.send(self.prepare_message(recipient_id, {"attachments": [card]}))

    async def _get_headers(self) -> Optional[Dict[Text, Any]]:
        if BotFramework.token_expiration_date < datetime.datetime.now():
            token = await self._token()
            if token is None:
                logger.error("Could not get a Bot Framework token.")
                return None
            access_token, expires_in = token
            BotFramework.token_expiration_date = datetime.datetime.now() + (
                datetime.timedelta(seconds=int(expires_in) - 60)
            )
            BotFramework.headers = {
                "content-type": "application/json",
                "Authorization": f"Bearer {access_token}",
            }
        return BotFramework.headers

    async def _token(self) -> Optional[tuple]:
        payload = {
            "client_id": self.app_id,
            "client_secret": self.app_password,
            "grant_type": "client_credentials",
            "scope": "https://api.botframework.com/.default",
        }
        timeout = aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            url = f"{MICROSOFT_OAUTH2_URL}/{MICROSOFT_OAUTH2_PATH}"
            async with session.post(url, data=payload) as reply:
                if reply.status != 200:
                    return None
                body = await reply.json()
                return body["access_token"], body["expires_in"]

    async def send(self, message_data: Dict[Text, Any]) -> None:
        url = f"{self.global_uri}conversations/{self.conversation['id']}/activities"
        headers = await self._get_headers()
        if headers is None:
            return
        await self._post(url, headers, message_data)

    async def _post(self, url: str, headers: Dict, body: Dict) -> None:
        timeout = aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async with session.post(url, headers=headers, json=body) as reply:
                    if reply.status >= 300:
                        logger.error("Teams did not accept a reply (%s).", reply.status)
        except (aiohttp.ClientError, asyncio.TimeoutError):
            logger.error("Could not send a reply to Teams.")


class TeamsInput(BotFrameworkInput):
    @classmethod
    def name(cls) -> Text:
        return "teams"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        return cls(
            credentials.get("app_id") or "",
            credentials.get("app_password") or "",
            credentials.get("sender_id_salt") or "",
        )

    def __init__(self, app_id: Text, app_password: Text, salt: Text = "") -> None:
        self.app_id = app_id
        self.app_password = app_password
        self.salt = salt
        self.jwt_keys: Dict[Text, Any] = {}
        self.jwt_update_time = datetime.datetime.fromtimestamp(0)
        if not app_id:
            logger.info("Teams channel is off: no app id configured.")
            return
        if not salt:
            raise ValueError(_NO_SALT)
        self._update_cached_jwk_keys()

    @staticmethod
    def _fetch_json(url: str) -> Dict[str, Any]:
        reply = requests.get(url, timeout=TIMEOUT_SECONDS)
        reply.raise_for_status()
        return reply.json()

    def _update_cached_jwk_keys(self) -> None:
        keys = self._fetch_json(self._fetch_json(MICROSOFT_OPEN_ID_URI)["jwks_uri"])
        self.jwt_keys = {key["kid"]: key for key in keys["keys"]}
        self.jwt_update_time = datetime.datetime.now()

    def _claims(self, auth_header: Optional[str]) -> Optional[Dict[str, Any]]:
        """The verified claims of the Bot Framework token, or None."""
        match = _BEARER.match(auth_header or "")
        if not match:
            return None
        if datetime.datetime.now() - self.jwt_update_time > datetime.timedelta(days=1):
            try:
                self._update_cached_jwk_keys()
            except (requests.RequestException, KeyError, ValueError):
                logger.warning("Could not refresh the Bot Framework signing keys.")
        token = match.group(1)
        try:
            key = self.jwt_keys.get(jwt.get_unverified_header(token).get("kid"))
            if key is None:
                return None
            return jwt.decode(
                token,
                key=RSAAlgorithm.from_jwk(key),
                algorithms=["RS256"],
                audience=self.app_id,
                issuer=ISSUER,
            )
        except jwt.PyJWTError:
            return None

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        bp = Blueprint("teams_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.app_id else "off"})

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.app_id:
                return response.text(
                    "Teams is niet ingesteld.", status=HTTPStatus.SERVICE_UNAVAILABLE
                )
            claims = self._claims(request.headers.get("Authorization"))
            if claims is None:
                logger.warning("Teams request refused: token missing or invalid.")
                return response.text("Unauthorized", status=HTTPStatus.UNAUTHORIZED)
            try:
                activity = request.json
            except Exception:  # Sanic raises its own error type for bad JSON
                activity = None
            if not isinstance(activity, dict) or not _has_fields(activity):
                return response.text("Bad request", status=HTTPStatus.BAD_REQUEST)
            if claims.get("serviceUrl") not in (None, activity["serviceUrl"]):
                return response.text("Unauthorized", status=HTTPStatus.UNAUTHORIZED)
            text = _text_for(activity)
            if text is not None:
                await vangnet.answer(
                    on_new_message,
                    UserMessage(
                        text,
                        TeamsOutput(
                            self.app_id,
                            self.app_password,
                            activity["conversation"],
                            activity["recipient"],
                            activity["serviceUrl"],
                            user=activity["from"],
                        ),
                        kanaal.anonymous_id(activity["from"]["id"], self.salt),
                        input_channel=self.name(),
                    ),
                )
            return response.text("ok")

        return bp


def _has_fields(activity: Dict[str, Any]) -> bool:
    return (
        isinstance(activity.get("from"), dict)
        and isinstance(activity["from"].get("id"), str)
        and isinstance(activity.get("conversation"), dict)
        and isinstance(activity.get("recipient"), dict)
        and isinstance(activity.get("serviceUrl"), str)
    )


def _text_for(activity: Dict[str, Any]) -> Optional[str]:
    """What to hand to Rasa for this activity, or None to ignore it."""
    kind = activity.get("type")
    if kind == "conversationUpdate" and activity.get("membersAdded"):
        return "/begroeten"
    if kind != "message":
        return None
    value = activity.get("value")
    if isinstance(value, dict) and "payload" in value:
        return kanaal.button_payload(value["payload"])
    text = activity.get("text")
    return kanaal.typed_text(_MENTION.sub("", text) if isinstance(text, str) else "")
