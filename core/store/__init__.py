"""store stage of Handloom's core."""
