"""Text normalisation used by the safety check and the advice signals."""

from triage.tekst import normalise


def test_drops_accents_invisible_and_control_characters():
    assert normalise("Suïcide\u200b\u202e  NU\x07") == "suicide nu"


def test_keeps_line_breaks_for_sentence_splitting():
    assert normalise("Eén\nTwee") == "een\ntwee"


def test_word_and_character_features_on_normalised_text():
    from triage.tekst import woorden_en_tekens

    features = woorden_en_tekens((3, 4)).fit(["Hij pest mij", "Pesten op het werk"])
    words, chars = (t.get_feature_names_out() for _, t in features.transformer_list)
    assert "pest mij" in words and "hij" in words
    assert "pes" in chars and "pest" in chars and " pe" in chars
    assert not [c for c in chars if len(c) < 3 or len(c) > 4 or c != c.lower()]
