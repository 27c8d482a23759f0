"""Triage logic of the bot: pure Python, no Rasa imports."""
