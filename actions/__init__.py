"""Rasa SDK actions: thin adapters around the triage package."""
