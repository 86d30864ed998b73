"""``python -m app`` is the ``handloom`` command: the window, or a subcommand."""

from app.launcher import main

raise SystemExit(main())
