"""The web chat channel against the real running bot, spoken to the way the widget
speaks to it: socket.io (Engine.IO v4) over a WebSocket."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from typing import Any, Dict, List, Optional

import pytest
import websockets

SESSION = "0123456789abcdef0123456789abcdef"
OTHER_SESSION = "fedcba9876543210fedcba9876543210"


class Chat:
    def __init__(self, ws):
        self.ws = ws

    @classmethod
    async def open(cls, bot_url: str, origin: Optional[str] = None) -> "Chat":
        url = bot_url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket"
        headers = {"Origin": origin} if origin else {}
        ws = await websockets.connect(url, extra_headers=headers)
        assert (await ws.recv()).startswith("0")
        await ws.send("40")
        assert (await ws.recv()).startswith("40")
        return cls(ws)

    async def emit(self, event: str, data: Any) -> None:
        await self.ws.send("42" + json.dumps([event, data]))

    async def events(self, quiet: float = 3.0) -> List[list]:
        """Events until the server has been quiet for `quiet` seconds."""
        found = []
        try:
            while True:
                packet = await asyncio.wait_for(self.ws.recv(), quiet)
                if packet == "2":
                    await self.ws.send("3")
                elif packet.startswith("42"):
                    found.append(json.loads(packet[2:]))
        except asyncio.TimeoutError:
            return found

    async def start(self, session_id: str = SESSION) -> None:
        await self.emit("session_request", {"session_id": session_id})
        assert await self.events(1.0) == [["session_confirm", session_id]]

    async def say(self, **data) -> List[Dict]:
        await self.emit("user_uttered", {"session_id": SESSION, **data})
        return [e[1] for e in await self.events() if e[0] == "bot_uttered"]


def run(coro):
    return asyncio.run(coro)


def test_page_is_served_with_a_strict_content_security_policy(bot_url):
    with urllib.request.urlopen(bot_url + "/chat") as reply:
        html = reply.read().decode()
        csp = reply.headers["Content-Security-Policy"]
    assert 'src="/chat/widget.js"' in html and 'lang="nl"' in html
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    assert reply.headers["Referrer-Policy"] == "no-referrer"
    assert "Set-Cookie" not in reply.headers
    with urllib.request.urlopen(bot_url + "/chat/widget.js") as reply:
        assert reply.headers["Content-Type"].startswith("application/javascript")
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(bot_url + "/chat/../credentials.yml")
    assert missing.value.code == 404


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "http://127.0.0.1.evil.example"]
)
def test_other_websites_cannot_connect(bot_url, origin):
    with pytest.raises(websockets.exceptions.InvalidStatusCode):
        run(Chat.open(bot_url, origin=origin))


def test_the_own_page_and_allowed_intranet_can_connect(bot_url):
    async def scenario():
        for origin in (bot_url, "https://intranet.example.nl"):
            chat = await Chat.open(bot_url, origin=origin)
            await chat.start()
            await chat.ws.close()

    run(scenario())


def test_whole_triage_conversation_with_buttons(bot_url):
    async def scenario():
        chat = await Chat.open(bot_url, origin=bot_url)
        await chat.start()
        welcome = await chat.say(payload="/begroeten")
        assert any("112" in m["text"] for m in welcome)
        roles = [r["title"] for m in welcome for r in m.get("quick_replies", [])]
        assert roles == ["Werknemer", "Vertrouwenspersoon", "Werkgever"]

        recognised = await chat.say(
            message="mijn collega's sluiten me al maanden buiten en lachen me uit"
        )
        assert any("pesten" in m["text"] for m in recognised)
        choices = {
            r["title"]: r["payload"]
            for m in recognised
            for r in m.get("quick_replies", [])
        }
        assert set(choices) == {"Ja", "Nee"}

        route = await chat.say(payload=choices["Ja"])
        assert any("vertrouwenspersoon" in m["text"] for m in route)
        await chat.ws.close()

    run(scenario())


def test_messages_need_the_own_session(bot_url):
    async def scenario():
        chat = await Chat.open(bot_url, origin=bot_url)
        await chat.start()
        # A session this socket did not ask for: ignored, nothing is answered.
        await chat.emit("user_uttered", {"session_id": OTHER_SESSION, "message": "hoi"})
        assert await chat.events(2.0) == []
        # A malformed session id is refused: no confirmation, no conversation.
        bad = await Chat.open(bot_url, origin=bot_url)
        await bad.emit("session_request", {"session_id": "../../etc"})
        await bad.emit("user_uttered", {"session_id": "../../etc", "message": "hoi"})
        assert await bad.events(2.0) == []

    run(scenario())
