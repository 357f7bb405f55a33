"""The compendium's trend charts: static SVG, one panel per unit, drawn only from observed yearly values.

A marker is an observed (or, hollow and marked E, a derived) value; a solid line joins only consecutive
years; years without data between two values are bridged by a thin dashed line and said so under the
chart, so a reader never takes 2016 → 2020 for a measured path through 2017–2019.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import textwrap
from functools import cache
from pathlib import Path

from indicators.version import fingerprint

_GAP_NOTE = "A dashed line bridges years without data; it is not a measured path."


@cache
def _chart_code() -> str:
    """What else a chart's picture depends on besides its data: this package's code and matplotlib."""
    from importlib.metadata import version  # matplotlib itself is imported only to draw

    return f"{fingerprint(Path(__file__).parent, ('*.py',))}-{version('matplotlib')}"


def chart(series: list[dict], path: Path, title: str, previous: Path | None) -> bool:
    """Draw `series` (each: label, unit, points [(year, value, status)]) with two or more yearly values into
    `path`; False when none has. A chart the previous release drew from the same values, title and code is
    copied, not drawn again: the SVG carries a digest of what it was drawn from."""
    lines = [s for s in series if len(s["points"]) >= 2]
    if not lines:
        return False
    drawn_from = "bala-chart-" + hashlib.sha256(json.dumps([title, lines, _chart_code()]).encode()).hexdigest()
    old = previous / path.name if previous else None
    if old is not None and old.is_file() and drawn_from in old.read_text(encoding="utf-8"):
        shutil.copyfile(old, path)
        return True
    _draw(lines, path, title, drawn_from)
    return True


def _runs(points: list[tuple]) -> list[list[tuple]]:
    """The points split where a year is missing: each run is a stretch of consecutive years."""
    runs = [[points[0]]]
    for point in points[1:]:
        if point[0] == runs[-1][-1][0] + 1:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def _draw(lines: list[dict], path: Path, title: str, drawn_from: str) -> None:
    import matplotlib  # here: a publish that draws no chart does not load matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    units = list(dict.fromkeys(line["unit"] for line in lines))
    heights = [2.4 + 0.28 * sum(1 for line in lines if line["unit"] == u) for u in units]
    height = sum(heights) + 1.2
    fig, axes = plt.subplots(len(units), 1, figsize=(10, height), squeeze=False)
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    gaps = False
    for ax, unit in zip(axes[:, 0], units, strict=True):
        for n, line in enumerate(line for line in lines if line["unit"] == unit):
            colour = colours[n % len(colours)]
            points = sorted(line["points"])
            runs = _runs(points)
            for a, b in itertools.pairwise(runs):
                ax.plot([a[-1][0], b[0][0]], [a[-1][1], b[0][1]], linestyle=(0, (3, 3)), linewidth=1, color=colour)
                gaps = True
            for run in runs:
                ax.plot([p[0] for p in run], [p[1] for p in run], color=colour, linewidth=1.8)
            stated = [p for p in points if p[2] != "E"]
            derived = [p for p in points if p[2] == "E"]
            ax.plot([p[0] for p in stated], [p[1] for p in stated], "o", color=colour, label=line["label"])
            ax.plot([p[0] for p in derived], [p[1] for p in derived], "o", mfc="white", mec=colour, mew=1.8)
            for x, y, _ in derived:
                ax.annotate("E", (x, y), textcoords="offset points", xytext=(5, 5), fontsize=8, color="#8a5a00")
        ax.set_ylabel(textwrap.fill(unit, 22), fontsize=8)
        ax.set_ylim(bottom=0)  # from zero: a rise from 1.41 to 1.5 per cent is not drawn as a leap
        ax.grid(alpha=0.3)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}" if abs(v) >= 100 else f"{v:g}"))
        handles, labels = ax.get_legend_handles_labels()
        ax.legend(
            handles,
            [textwrap.fill(label, 46) for label in labels],
            fontsize=7.5,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            frameon=False,
        )
    axes[0, 0].set_title(title)
    notes = (
        ["Hollow markers (E): derived by the pipeline, see the table's notes."]
        if any(p[2] == "E" for line in lines for p in line["points"])
        else []
    )
    if gaps:
        notes.append(_GAP_NOTE)
    if notes:
        fig.text(0.01, 0.12 / height, "  ".join(notes), fontsize=7.5, color="#555555")
    # fixed margins, in inches (no second layout pass): room for the year labels and, under them, the notes
    fig.subplots_adjust(left=0.12, right=0.62, top=1 - 0.45 / height, bottom=0.8 / height, hspace=0.35)
    fig.savefig(path, format="svg", metadata={"Date": None, "Identifier": drawn_from})
    plt.close(fig)
