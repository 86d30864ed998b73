"""curate stage of Handloom's core."""
