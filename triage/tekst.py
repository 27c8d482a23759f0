"""Text normalisation shared by the checks that match patterns on what people type."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Tuple


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


def woorden_en_tekens(tekens: Tuple[int, int]) -> Any:
    """TF-IDF features on normalised text: words and word pairs, plus character
    n-grams of the lengths in ``tekens`` within words (typos, Dutch compounds);
    sublinear term frequency. Shared by the guide search and the safety model."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    return make_union(
        TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), sublinear_tf=True),
        TfidfVectorizer(
            preprocessor=normalise,
            analyzer="char_wb",
            ngram_range=tekens,
            sublinear_tf=True,
        ),
    )
