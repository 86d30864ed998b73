"""One module per page of the main window.

A later stage adds its page by writing one module with a ``Page`` subclass and adding one
line to ``PAGES`` ("module:Class", imported when the window is built, in this order).
"""

from __future__ import annotations

PAGES: list[str] = [
    "app.pages.overview:OverviewPage",
    "app.pages.import_page:ImportPage",
    "app.pages.curate:CuratePage",
    "app.pages.models:ModelsPage",
    "app.pages.translate:TranslatePage",
    "app.pages.generate:GeneratePage",
    "app.pages.judge:JudgePage",
    "app.pages.review:ReviewPage",
    "app.pages.train:TrainPage",
    "app.pages.compare:ComparePage",
    "app.pages.publish:PublishPage",
]
