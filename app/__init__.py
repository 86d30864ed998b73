"""Handloom's PySide6 window."""
