"""Text normalisation shared by the checks that match patterns on what people type."""

from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    """Lowercase, accents removed ('patiënt' becomes 'patient'), invisible and control
    characters dropped (line breaks kept), runs of spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(
        c
        for c in decomposed
        if not unicodedata.combining(c)
        and unicodedata.category(c) not in ("Cf", "Cc")
        or c in "\n"
    )
    return re.sub(r"[ \t]+", " ", plain).strip()
