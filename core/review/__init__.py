"""Reviewing by hand: actions on instructions and responses, the queue, and counts.

``actions`` records accept, reject, edit, rate, note and undo (each with the reviewer's
name and time); ``history`` reads the events back; ``queue`` is the filtered list a
reviewer walks through, remembered per reviewer; ``items`` is what one screen shows;
``stats`` counts by reviewer and verdict.
"""
