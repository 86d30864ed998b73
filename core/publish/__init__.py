"""Publish: what leaves the machine, and what comes back.

- ``export.export_dataset`` writes a dataset folder ``datasets`` loads unchanged, with its
  card (``dataset_card``) and licence (``licences``); ``dataset_rows`` decides the rows.
- ``push`` queues uploads to the Hugging Face Hub in the project and sends them when
  online; ``model_card`` describes a tuned model for its upload.
- ``pull`` imports a Hub dataset's instructions; ``merge`` brings in another curator's copy.
"""
