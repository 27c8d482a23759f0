"""Text normalisation used by the safety check and the advice signals."""

from triage.tekst import normalise


def test_drops_accents_invisible_and_control_characters():
    assert normalise("Suïcide\u200b\u202e  NU\x07") == "suicide nu"


def test_keeps_line_breaks_for_sentence_splitting():
    assert normalise("Eén\nTwee") == "een\ntwee"
