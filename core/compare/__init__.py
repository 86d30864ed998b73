"""compare stage of Handloom's core."""
