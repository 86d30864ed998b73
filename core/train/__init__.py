"""train stage of Handloom's core."""
