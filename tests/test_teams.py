"""The Teams channel without internet: recorded Bot Framework activities are posted to
the webhook of an in-process Rasa app with the trained model; the OpenID key fetch and
the replies to Teams are replaced by fakes."""

from __future__ import annotations

import asyncio
import datetime
import json
import time

import aiohttp
import jwt
import pytest
from conftest import ROOT
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from channels import teams
from triage import kanaal

APP_ID = "00000000-aaaa-bbbb-cccc-000000000001"
SALT = "test-zout-niet-geheim"
SERVICE_URL = "https://smba.trafficmanager.net/emea/"
TEAMS_USER = "29:1FakeTeamsUserIdForTests"
BOT = {"id": "28:" + APP_ID, "name": "Vertrouwensbot"}

SIGNING_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
OTHER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwks():
    jwk = json.loads(RSAAlgorithm.to_jwk(SIGNING_KEY.public_key()))
    return {"keys": [dict(jwk, kid="sleutel-1")]}


def _token(key=SIGNING_KEY, **claims):
    body = {
        "iss": teams.ISSUER,
        "aud": APP_ID,
        "exp": int(time.time()) + 600,
        "serviceUrl": SERVICE_URL,
        **claims,
    }
    return jwt.encode(body, key, algorithm="RS256", headers={"kid": "sleutel-1"})


def _activity(kind="message", **fields):
    return {
        "type": kind,
        "id": "act-1",
        "channelId": "msteams",
        "serviceUrl": SERVICE_URL,
        "from": {"id": TEAMS_USER, "name": "Test Gebruiker"},
        "conversation": {"id": "a:conv-1"},
        "recipient": BOT,
        **fields,
    }


@pytest.fixture
def fake_microsoft(monkeypatch):
    """Serves the signing keys and collects what the bot sends to Teams."""
    fetched, sent = [], []

    def fetch_json(url):
        fetched.append(url)
        if url == teams.MICROSOFT_OPEN_ID_URI:
            return {"jwks_uri": "https://login.botframework.com/v1/keys"}
        return _jwks()

    async def token(self):
        return "uitgaand-token", 3600

    async def post(self, url, headers, body):
        sent.append((url, headers, body))

    monkeypatch.setattr(teams.TeamsInput, "_fetch_json", staticmethod(fetch_json))
    monkeypatch.setattr(teams.TeamsOutput, "_token", token)
    monkeypatch.setattr(teams.TeamsOutput, "_post", post)
    monkeypatch.setattr(
        teams.BotFramework, "token_expiration_date", datetime.datetime.fromtimestamp(0)
    )
    return fetched, sent


def _serve(trained_model, channel, scenario):
    """Runs scenario(post) against a Sanic app with the channel and the real agent."""
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import register
    from sanic import Sanic

    # Test mode lets Sanic set up a second app in the same process.
    Sanic.test_mode = True

    async def main():
        app = Sanic(f"teams_test_{time.monotonic_ns()}")
        app.ctx.agent = Agent.load(str(trained_model))
        register([channel], app, "/webhooks/")
        server = await app.create_server(
            host="127.0.0.1", port=0, return_asyncio_server=True
        )
        await server.startup()
        port = server.server.sockets[0].getsockname()[1]
        url = f"http://127.0.0.1:{port}/webhooks/teams/webhook"

        async def post(body, token=None, raw=None):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            async with aiohttp.ClientSession() as session:
                kwargs = {"data": raw} if raw is not None else {"json": body}
                async with session.post(url, headers=headers, **kwargs) as reply:
                    return reply.status

        try:
            await scenario(post, app.ctx.agent)
        finally:
            server.close()
            await server.wait_closed()

    asyncio.run(main())


def test_channel_is_off_without_app_id(fake_microsoft):
    fetched, _ = fake_microsoft
    channel = teams.TeamsInput.from_credentials({"app_id": "", "sender_id_salt": ""})
    assert channel.app_id == "" and fetched == []


def test_channel_refuses_to_start_without_salt(fake_microsoft):
    with pytest.raises(ValueError, match="SENDER_ID_SALT"):
        teams.TeamsInput(APP_ID, "wachtwoord", "")


def test_welcome_buttons_hashed_sender_and_jwt(trained_model, fake_microsoft):
    fetched, sent = fake_microsoft
    channel = teams.TeamsInput(APP_ID, "wachtwoord", SALT)
    assert teams.MICROSOFT_OPEN_ID_URI in fetched

    async def scenario(post, agent):
        # The bot is added: a welcome, told plainly that Teams is not anonymous.
        added = _activity("conversationUpdate", membersAdded=[BOT])
        assert await post(added, _token()) == 200
        texts = " ".join(json.dumps(body, ensure_ascii=False) for _, _, body in sent)
        assert "112" in texts
        assert "Teams is niet anoniem" in texts
        url, headers, _ = sent[0]
        assert url == SERVICE_URL + "v3/conversations/a:conv-1/activities"
        assert headers["Authorization"] == "Bearer uitgaand-token"
        assert sent[0][2]["recipient"] == {"id": TEAMS_USER}

        # The welcome's role buttons arrive as real card actions.
        cards = [a for _, _, body in sent for a in body.get("attachments", [])]
        buttons = cards[-1]["content"]["buttons"]
        assert [b["title"] for b in buttons] == [
            "Werknemer",
            "Vertrouwenspersoon",
            "Werkgever",
        ]
        assert all(b["type"] == "messageBack" for b in buttons)

        # Clicking one sends its payload back as `value`; the bot answers that role.
        sent.clear()
        click = _activity(text="Werknemer", value=buttons[0]["value"])
        assert await post(click, _token()) == 200
        assert any("Vertel in een paar zinnen" in b.get("text", "") for _, _, b in sent)

        # Rasa never sees the Teams user id, only its salted hash.
        keys = list(await agent.tracker_store.keys())
        assert keys == [kanaal.anonymous_id(TEAMS_USER, SALT)]
        assert TEAMS_USER not in json.dumps(keys)

    _serve(trained_model, channel, scenario)


def test_requests_without_a_valid_token_are_refused(trained_model, fake_microsoft):
    _, sent = fake_microsoft
    channel = teams.TeamsInput(APP_ID, "wachtwoord", SALT)
    hello = _activity(text="hallo")

    async def scenario(post, agent):
        assert await post(hello) == 401
        assert await post(hello, _token(key=OTHER_KEY)) == 401
        assert await post(hello, _token(aud="een-andere-bot")) == 401
        assert await post(hello, _token(iss="https://evil.example")) == 401
        assert await post(hello, _token(exp=int(time.time()) - 10)) == 401
        assert await post(hello, _token(serviceUrl="https://evil.example/")) == 401
        hs256 = jwt.encode({"aud": APP_ID, "iss": teams.ISSUER}, "geheim", "HS256")
        assert await post(hello, hs256) == 401
        assert sent == []
        assert list(await agent.tracker_store.keys()) == []
        # A valid token with a broken body is a client error, not a crash.
        assert await post(None, _token(), raw="{geen json") == 400
        assert await post({"type": "message"}, _token()) == 400

    _serve(trained_model, channel, scenario)


def test_typed_intent_commands_do_not_skip_triage(trained_model, fake_microsoft):
    _, sent = fake_microsoft
    channel = teams.TeamsInput(APP_ID, "wachtwoord", SALT)

    async def scenario(post, agent):
        typed = _activity(text='/kies_rol{"rol": "vertrouwenspersoon"}')
        assert await post(typed, _token()) == 200
        tracker = await agent.tracker_store.retrieve(
            kanaal.anonymous_id(TEAMS_USER, SALT)
        )
        message = tracker.latest_message
        # Parsed by the NLU (a full ranking), not obeyed as a command.
        assert message.text.startswith("kies_rol")
        assert len(message.parse_data["intent_ranking"]) > 1

    _serve(trained_model, channel, scenario)


def test_the_manifest_template_points_at_the_bot():
    manifest = json.loads((ROOT / "teams" / "manifest.json").read_text())
    assert manifest["bots"][0]["botId"] == "{{TEAMS_APP_ID}}"
    assert manifest["bots"][0]["scopes"] == ["personal"]
