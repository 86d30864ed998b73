"""Split panes whose outer borders stay on screen when the interface reads right to left.

Qt lays out the children of a horizontal ``QSplitter`` one pixel too far to the right when
the splitter is right to left: the rightmost child's last column of pixels falls outside the
splitter and its border is lost (the Generate page's list of answered instructions in
Arabic). One pixel of margin on the splitter's right brings every child inside.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

_FIXED = "handloomRightEdgeKept"  # set once per splitter, so a second call adds nothing


def keep_right_to_left_edges(root: QWidget) -> None:
    """Give each right-to-left horizontal splitter in ``root`` (``root`` too) the one pixel
    Qt's layout needs on its right."""
    splitters = root.findChildren(QSplitter)
    if isinstance(root, QSplitter):
        splitters.append(root)
    for split in splitters:
        if (split.orientation() != Qt.Orientation.Horizontal or not split.isRightToLeft()
                or split.property(_FIXED)):
            continue
        margins = split.contentsMargins()
        margins.setRight(margins.right() + 1)
        split.setContentsMargins(margins)
        split.setProperty(_FIXED, True)
