"""engine stage of Handloom's core."""
