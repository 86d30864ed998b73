"""What every page of the main window is: a titled widget that follows the session."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.session import Session


class Page(QWidget):
    """A stage of the pipeline. Subclasses set ``title`` and redraw in the two hooks.

    ``project_opened`` runs when a project is opened or closed (``session.project`` may be
    None); ``data_changed`` runs after any job that may have written to the project.
    ``shown`` runs each time the page is brought to the front.
    """

    title = "Page"
    start_here_with_data = False  # the page shown first when a project has instructions

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        session.project_opened.connect(self.project_opened)
        session.data_changed.connect(self.data_changed)

    def project_opened(self) -> None:
        """Redraw for the newly opened project."""

    def data_changed(self) -> None:
        """Redraw what a finished job may have changed."""

    def shown(self) -> None:
        """The page was brought to the front."""
