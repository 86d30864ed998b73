"""``python -m core.cli`` runs the command line (the tests use it)."""

from core.cli import main

raise SystemExit(main())
