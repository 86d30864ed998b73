"""Handloom's GUI-free core: the project file, jobs, readers, curation and the engine."""

__version__ = "0.1.0"
