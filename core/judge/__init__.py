"""Judge, select and extend: LLM-as-judge scores, rule-based flags, best-of-N, a second turn.

- ``rubric``: the editable, versioned rubric stored in the project.
- ``prompt``: judge prompts and the GBNF grammar that makes the answer exact JSON.
- ``parse``: score and rationale from a judge's answer, tolerant of malformed output.
- ``flags``: repetition, truncation, wrong language, empty and refusal flags.
- ``job``: the resumable judging job; ``followup``: the synthetic second turn.
- ``select``: best-of-N selection with reviews overriding the judge.
- ``stats``: the score distribution and how many pairs a threshold keeps.
"""
