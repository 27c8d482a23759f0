"""Custom Rasa NLU components of the triage bot."""
