"""Widgets that more than one stage's page uses."""
