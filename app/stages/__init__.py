"""One folder per stage of ``core.stages.STAGES``, each holding its page of the main window.

A stage's page is the class ``<Key>Page`` in the module ``app.stages.<key>.page``, imported
when the window is built, in the stages' order; the folder also holds what only that page
uses (its forms, views, dialogs and ``*_ops.py``). The stage called ``import``, a Python
keyword, lives in ``app/stages/import_/`` (PEP 8's trailing underscore). Adding a page means
adding its stage to ``core.stages`` and writing the folder.
"""

from __future__ import annotations

import keyword

from core.stages import STAGES, Stage


def page_target(key: str) -> str:
    """The "module:Class" of the page of the stage called ``key``."""
    folder = f"{key}_" if keyword.iskeyword(key) else key
    return f"app.stages.{folder}.page:{key.capitalize()}Page"


def stage_of(page_class: type) -> Stage | None:
    """The stage whose page ``page_class`` is (by ``page_target``'s rule), if any: a base
    class such as ``JobPage`` is no stage's page."""
    target = f"{page_class.__module__}:{page_class.__qualname__}"
    return next((stage for stage in STAGES if page_target(stage.key) == target), None)


PAGES: list[str] = [page_target(stage.key) for stage in STAGES]
