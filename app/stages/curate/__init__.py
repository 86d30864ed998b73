"""The Curate stage in the window: its page (``page.py``) and what only it uses."""
