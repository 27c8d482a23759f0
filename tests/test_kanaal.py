import pytest

from triage import kanaal


def test_origins_are_parsed_and_lowercased():
    assert kanaal.origins(" https://Intranet.example.nl/, http://localhost:8080 ") == [
        "https://intranet.example.nl",
        "http://localhost:8080",
    ]
    assert kanaal.origins("") == []
    assert kanaal.origins(None) == []


@pytest.mark.parametrize(
    "bad", ["*", "intranet.example.nl", "https://example.nl/pad", "ftp://example.nl"]
)
def test_origins_refuse_wildcards_and_paths(bad):
    with pytest.raises(ValueError, match="Ongeldige origin"):
        kanaal.origins(bad)


def test_only_own_and_listed_origins_may_connect():
    allowed = ["https://intranet.example.nl"]
    own = "http://bot.example.nl:5005"
    assert kanaal.origin_allowed("http://bot.example.nl:5005", own, allowed)
    assert kanaal.origin_allowed("https://intranet.example.nl/", own, allowed)
    assert not kanaal.origin_allowed("https://evil.example", own, allowed)
    assert not kanaal.origin_allowed("http://bot.example.nl:5006", own, allowed)
    assert kanaal.origin_allowed(None, own, allowed)


def test_anonymous_id_is_stable_salted_and_hides_the_original():
    one = kanaal.anonymous_id("29:1AbCdEf-teams-user", "zout-a")
    assert one == kanaal.anonymous_id("29:1AbCdEf-teams-user", "zout-a")
    assert one != kanaal.anonymous_id("29:1AbCdEf-teams-user", "zout-b")
    assert one != kanaal.anonymous_id("29:other-user", "zout-a")
    assert "AbCdEf" not in one and len(one) == 32


def test_anonymous_id_needs_a_salt():
    with pytest.raises(ValueError, match="SENDER_ID_SALT"):
        kanaal.anonymous_id("29:user", "")


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("/nood_gevaar", "nood_gevaar"),
        ('  //kies_rol{"rol": "werkgever"}', 'kies_rol{"rol": "werkgever"}'),
        ("mijn chef / collega pest me", "mijn chef / collega pest me"),
        (None, ""),
        (42, ""),
    ],
)
def test_typed_text_never_becomes_an_intent_command(typed, expected):
    assert kanaal.typed_text(typed) == expected


@pytest.mark.parametrize(
    "payload, expected",
    [
        ("/bevestigen", "/bevestigen"),
        ('/kies_rol{"rol": "werknemer"}', '/kies_rol{"rol": "werknemer"}'),
        ("bevestigen", None),
        ("/kies_rol{niet json}", None),
        ('/kies_rol["lijst"]', None),
        ("/" + "a" * 300, None),
        ({"payload": "/bevestigen"}, None),
    ],
)
def test_button_payload_accepts_only_button_shapes(payload, expected):
    assert kanaal.button_payload(payload) == expected


def test_teams_card_has_real_card_actions():
    card = kanaal.teams_card(
        "Klopt dat?",
        [{"title": "Ja", "payload": "/bevestigen"}, {"title": "Nee", "payload": "/x"}],
    )
    assert card["contentType"] == "application/vnd.microsoft.card.hero"
    assert card["content"]["text"] == "Klopt dat?"
    first = card["content"]["buttons"][0]
    assert first["type"] == "messageBack"
    assert first["title"] == first["displayText"] == "Ja"
    assert first["value"] == {"payload": "/bevestigen"}
