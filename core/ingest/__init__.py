"""ingest stage of Handloom's core."""
