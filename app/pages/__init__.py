"""One module per page of the main window, one page per stage of ``core.stages.STAGES``.

A stage's page is the class ``<Key>Page`` in the module ``app.pages.<key>`` (``import_page``
for the stage called ``import``, a Python keyword), imported when the window is built, in the
stages' order. Adding a page means adding its stage to ``core.stages`` and writing the module.
"""

from __future__ import annotations

import keyword

from core.stages import STAGES


def page_target(key: str) -> str:
    """The "module:Class" of the page of the stage called ``key``."""
    module = f"{key}_page" if keyword.iskeyword(key) else key
    return f"app.pages.{module}:{key.capitalize()}Page"


PAGES: list[str] = [page_target(stage.key) for stage in STAGES]
