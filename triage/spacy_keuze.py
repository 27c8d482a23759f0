"""Which Dutch spaCy pipeline is available here, and whether a trained model fits it.

Shared by the NLU component (components/dutch_spacy.py) and the start-up check
(triage/opstart.py). No Rasa imports.
"""

from __future__ import annotations

from typing import Optional, Text

FULL_MODEL = "nl_core_news_sm"
BLANK_PIPELINE = "nl_blank_lookup"
RECORD_FILE = "spacy_pipeline.json"


def full_model_installed(model_name: Text = FULL_MODEL) -> bool:
    import spacy.util

    return spacy.util.is_package(model_name)


def available(model_name: Text = FULL_MODEL) -> Text:
    """The pipeline the bot would use on this machine."""
    return model_name if full_model_installed(model_name) else BLANK_PIPELINE


def mismatch(trained_with: Optional[Text], available_here: Text) -> Optional[Text]:
    """Why a model trained with one pipeline cannot run here, or None when it can."""
    if trained_with is None:
        return (
            "Het model zegt niet met welke spaCy-pipeline het getraind is. Train "
            "opnieuw met 'make train'. / The model does not record its spaCy "
            "pipeline. Retrain with 'make train'."
        )
    if trained_with != available_here:
        return (
            f"Het model is getraind met spaCy-pipeline '{trained_with}', maar hier is "
            f"'{available_here}' beschikbaar. Train opnieuw met 'make train'. / The "
            f"model was trained with spaCy pipeline '{trained_with}' but "
            f"'{available_here}' is what is available here. Retrain with 'make train'."
        )
    return None
