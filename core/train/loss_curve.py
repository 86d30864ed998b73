"""A training run's loss curve: its figures for the model card, and a picture of it.

The figures are the project's ``train_metrics`` (the training loss of each logged step and the
held-out loss of each evaluation). The picture is a PNG in the run's folder, uploaded with the
model so that its Hub page shows how training went; PNG because the Hub does not show SVG
images in cards. It is drawn with matplotlib's Agg renderer on a bare ``Figure`` (no pyplot,
no window system, no global state), imported only when a picture is drawn.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from core.store.project import Project

log = logging.getLogger("handloom.train")

LOSS_CURVE = "loss_curve.png"
# Okabe and Ito's colour-blind-safe blue and vermillion; the held-out points also differ in
# shape, so the two series stay apart in grey print.
TRAINING_COLOUR = "#0072B2"
HELD_OUT_COLOUR = "#D55E00"


@dataclass(frozen=True)
class LossCurve:
    """(step, loss) points of training and of the held-out evaluations, in step order."""

    training: list[tuple[int, float]]
    held_out: list[tuple[int, float]]

    def __bool__(self) -> bool:
        return bool(self.training or self.held_out)


def loss_curve(project: Project, training_id: str) -> LossCurve:
    """The recorded losses of one run."""
    from core.train.trainings import metrics

    points = metrics(project, training_id)
    return LossCurve(
        [(p["step"], p["loss"]) for p in points if p["loss"] is not None],
        [(p["step"], p["eval_loss"]) for p in points if p["eval_loss"] is not None],
    )


def draw(curve: LossCurve, path: Path, title: str) -> Path:
    """Write the curve as a PNG at ``path`` (whole or not at all) and return the path."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(6.4, 3.6), dpi=100, layout="tight")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if curve.training:
        steps, losses = zip(*curve.training, strict=True)
        axes.plot(steps, losses, color=TRAINING_COLOUR, linewidth=1.6, label="training loss")
    if curve.held_out:
        steps, losses = zip(*curve.held_out, strict=True)
        axes.plot(steps, losses, color=HELD_OUT_COLOUR, linewidth=1.2, linestyle="--",
                  marker="o", markersize=4, label="held-out loss")
    axes.set_title(title.replace("$", r"\$"))  # a name is text, never matplotlib's math
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("step")
    axes.set_ylabel("loss")
    axes.grid(alpha=0.3)
    axes.legend()
    partial = path.with_name(path.name + ".part")
    figure.savefig(partial, format="png")
    os.replace(partial, path)
    return path


def save(project: Project, training_id: str, folder: Path, title: str) -> Path | None:
    """Draw the run's curve into its folder; None when it has no losses yet, or when this
    installation has no matplotlib (the base installer leaves it out: it does not train)."""
    curve = loss_curve(project, training_id)
    if not curve:
        return None
    try:
        return draw(curve, folder / LOSS_CURVE, title)
    except ImportError as error:
        log.warning("The loss curve of %s was not drawn: %s", title, error)
        return None
