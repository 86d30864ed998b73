"""publish stage of Handloom's core."""
