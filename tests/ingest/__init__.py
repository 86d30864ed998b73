"""Tests of the import readers and the mapping of rows to instructions."""
