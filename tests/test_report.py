"""Sections of docs/benchmarks.md (scripts/report.py)."""

from __future__ import annotations

from scripts import report


def test_a_section_is_added_then_replaced_and_the_rest_is_kept(tmp_path):
    doc = tmp_path / "benchmarks.md"
    report.write_section("bench", "eerste meting", doc)
    report.write_section("loadtest", "belasting", doc)
    doc.write_text(doc.read_text() + "\nEigen tekst onderaan.\n")
    report.write_section("bench", "tweede meting", doc)
    text = doc.read_text()
    assert text.startswith("# Benchmarks\n")
    assert "tweede meting" in text and "eerste meting" not in text
    assert text.index("tweede meting") < text.index("belasting")
    assert text.count("<!-- bench -->") == 1 and "Eigen tekst onderaan." in text
