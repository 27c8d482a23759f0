"""docs/benchmarks.md is written by more than one tool (`make bench`, `make loadtest`);
each owns a section between its own markers and leaves the rest of the file alone."""

from __future__ import annotations

from pathlib import Path
from typing import List

from scripts.server import ROOT

BENCHMARKS = ROOT / "docs" / "benchmarks.md"


def markers(name: str) -> List[str]:
    return [f"<!-- {name} -->", f"<!-- /{name} -->"]


def write_section(name: str, body: str, doc: Path = BENCHMARKS) -> None:
    """Replaces the section ``name`` in ``doc``, or appends it when it is not there."""
    begin, end = markers(name)
    section = f"{begin}\n{body}\n{end}"
    text = doc.read_text() if doc.exists() else "# Benchmarks\n"
    if begin in text and end in text:
        text = text[: text.index(begin)] + section + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    doc.write_text(text)
