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
        ("pest\u200bte\u200d me", "pestte me"),  # zero-width
        ("\u202emijn chef\u202c", "mijn chef"),  # right-to-left override
        ("\u2066 hij\u2069  scheldt\x07\x00 me uit", "hij scheldt me uit"),
        ("re\u0301sume\u0301", "r\u00e9sum\u00e9"),  # NFC
        ("regel een\nregel twee", "regel een\nregel twee"),
        (None, kanaal.LEEG_BERICHT),
        (42, kanaal.LEEG_BERICHT),
        ("", kanaal.LEEG_BERICHT),
        ("  \t\n ", kanaal.LEEG_BERICHT),
        ("🙂😢👍", kanaal.LEEG_BERICHT),
        ("\u200b\ufeff", kanaal.LEEG_BERICHT),
        ("?!...", kanaal.LEEG_BERICHT),
        ("/", kanaal.LEEG_BERICHT),
        ("112", "112"),
    ],
)
def test_typed_text_is_normalised_and_never_an_intent_command(typed, expected):
    assert kanaal.typed_text(typed) == expected


def test_only_very_long_messages_count_as_long():
    assert not kanaal.is_long("a" * kanaal.LONG_MESSAGE)
    assert kanaal.is_long("a" * (kanaal.LONG_MESSAGE + 1))


def test_channel_texts_are_read_from_content(tmp_path):
    texts = kanaal.texts()
    assert "{vertrouwenspersoon}" in texts["storing"] and "112" in texts["storing"]
    assert "113" in texts["storing"] and texts["lang_bericht"]
    broken = tmp_path / "kanaal.yml"
    broken.write_text("storing: alleen dit\n")
    with pytest.raises(KeyError):
        kanaal.texts(broken)


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
