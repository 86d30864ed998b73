"""Batch files: a job carried to a GPU cluster and back on a USB stick.

``write`` puts a stage's pending requests in an OpenAI Batch API file (one JSON line each:
``custom_id``, ``method``, ``url``, ``body``), the format that OpenAI's Batch API and vLLM's
``run_batch`` read; ``read`` records the results file they write. A ``custom_id`` is a stable
key of the request's kind, model, settings and item, so writing the same batch twice gives the
same ids and reading a result twice records it once.
"""
