"""generate stage of Handloom's core."""
