"""Translating instructions into the community's language with a local model.

``prompt`` holds the editable prompt per language pair, ``glossary`` the terms to keep
consistent, ``checks`` the automatic checks on every output, ``quality`` the chrF score
of a back-translation, and ``job`` the resumable translation job (kind ``translate``).
"""
