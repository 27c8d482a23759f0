"""The intent classifier's model: a linear model on word and character features.

Words are the spaCy lemmas of the message (so "gepest", "pest" and "pesten" count as
one word), word pairs included; character n-grams (2 to 5, within words) of the
normalised text catch typos and Dutch compounds. Both are TF-IDF weighted with
sublinear term frequency; a logistic regression with balanced class weights gives a
probability per intent. Chosen by 5-fold cross-validation on the training data
(macro-F1 on the nine situations 0.80, against 0.79 for words without lemmas).
``gewicht`` multiplies the balanced weight of some intents: one intent that stands for
many kinds of message (every guide question is ``vraag_gids``) otherwise counts as
little as one situation.
Pure Python and scikit-learn; components/lineair.py is the Rasa adapter.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils.class_weight import compute_class_weight

from triage.tekst import normalise


class IntentModel:
    def __init__(
        self,
        c: float = 20.0,
        random_state: int = 42,
        gewicht: Optional[Dict[str, float]] = None,
    ) -> None:
        self.gewicht = dict(gewicht or {})
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True
        )
        self.model = LogisticRegression(C=c, max_iter=3000, random_state=random_state)

    def _features(self, texts: Sequence[str], lemmas: Sequence[str], fit: bool):
        texts = [normalise(t) for t in texts]
        lemmas = [normalise(t) for t in lemmas]
        if fit:
            return sp.hstack(
                [self.words.fit_transform(lemmas), self.chars.fit_transform(texts)]
            ).tocsr()
        return sp.hstack(
            [self.words.transform(lemmas), self.chars.transform(texts)]
        ).tocsr()

    def fit(
        self, texts: Sequence[str], lemmas: Sequence[str], intents: Sequence[str]
    ) -> "IntentModel":
        classes = np.unique(intents)
        balanced = compute_class_weight("balanced", classes=classes, y=list(intents))
        self.model.set_params(
            class_weight={
                str(c): w * self.gewicht.get(str(c), 1.0)
                for c, w in zip(classes, balanced)
            }
        )
        self.model.fit(self._features(texts, lemmas, fit=True), list(intents))
        return self

    def rank(self, text: str, lemmas: str) -> List[Tuple[str, float]]:
        """Every intent with its probability, most likely first."""
        (probabilities,) = self.model.predict_proba(
            self._features([text], [lemmas], fit=False)
        )
        ranked = sorted(
            zip(self.model.classes_, probabilities), key=lambda pair: -pair[1]
        )
        return [(str(intent), float(p)) for intent, p in ranked]
