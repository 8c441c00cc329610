"""A time chart on textual-plotext: lines of (day, value) points over a date range.

Points are thinned to the plot's resolution before plotting (the best value per time bucket), so
a five-year series draws as fast as a three-month one and the drawing stays deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from rich.text import Text
from textual.app import RenderResult
from textual_plotext import PlotextPlot

from legtui.tui.textual_hooks import plot_ansi
from legtui.tui.widgets.ansi_text import ansi_text

Marker = Literal["braille", "dot", "hd"]
Keep = Literal["max", "mean"]
Point = tuple[int, float]  # (date ordinal, value)

MIN_TICK_GAP = 12  # columns between two date labels


@dataclass(frozen=True, slots=True)
class Line:
    label: str
    points: Sequence[Point]
    color: str
    marker: Marker = "braille"
    scatter: bool = False
    keep: Keep = "max"  # how points sharing a slice of the plot become one


def thin(points: Sequence[Point], start: int, end: int, buckets: int, keep: Keep = "max"
         ) -> list[Point]:
    """At most `buckets` points: each equal slice of [start, end] becomes one point at the
    slice's last day, its highest value or the mean. Fewer points than buckets stay as they are."""
    if len(points) <= buckets or buckets < 1:
        return list(points)
    span = max(1, end - start + 1)
    slices: dict[int, list[Point]] = {}
    for point in points:
        slot = min(buckets - 1, max(0, point[0] - start) * buckets // span)
        slices.setdefault(slot, []).append(point)
    out: list[Point] = []
    for slot in sorted(slices):
        group = slices[slot]
        values = [value for _, value in group]
        value = max(values) if keep == "max" else sum(values) / len(values)
        out.append((group[-1][0], value))
    return out


def date_ticks(start: int, end: int, width: int) -> tuple[list[float], list[str]]:
    """Evenly spread date labels that fit `width` columns: `Nov 26`, or `25 Nov` within 4
    months."""
    count = max(2, min(5, width // MIN_TICK_GAP))
    short = end - start <= 124
    days = sorted({start + (end - start) * i // (count - 1) for i in range(count)})
    form = "%d %b" if short else "%b %y"
    return [float(d) for d in days], [date.fromordinal(d).strftime(form) for d in days]


class DateChart(PlotextPlot):
    """Lines over a fixed date range, with optional horizontal guide lines (a target band)."""

    DEFAULT_CSS = """
    DateChart {
        height: 1fr;
        min-height: 6;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: tuple[Line, ...] = ()
        self.guides: tuple[float, ...] = ()
        self.span: tuple[int, int] = (0, 1)
        self.empty_text = "No data in this window"
        self._drawn: tuple[object, Text] | None = None  # (what was drawn, the drawing)

    def show(
        self,
        lines: Sequence[Line],
        start: date,
        end: date,
        guides: Sequence[float] = (),
        empty_text: str = "No data in this window",
    ) -> None:
        self.lines = tuple(lines)
        self.guides = tuple(guides)
        self.span = (start.toordinal(), max(end.toordinal(), start.toordinal() + 1))
        self.empty_text = empty_text
        self.refresh()

    def render(self) -> RenderResult:
        """The plot, rebuilt only when the lines, the size or the theme changed."""
        key = (self.lines, self.guides, self.span, self.empty_text, self.size, self.app.theme)
        if self._drawn is None or self._drawn[0] != key:
            self._drawn = (key, self._build())
        return self._drawn[1]

    def _build(self) -> Text:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        start, end = self.span
        width = max(10, self.size.width)
        buckets = max(8, (width - 8) // 2)
        drawn = False
        for line in self.lines:
            points = thin(line.points, start, end, buckets, line.keep)
            if not points:
                continue
            drawn = True
            xs = [day for day, _ in points]
            ys = [value for _, value in points]
            draw = plt.scatter if line.scatter else plt.plot
            draw(xs, ys, marker=line.marker, color=line.color, label=line.label)
        if not drawn:
            plt.title(self.empty_text)
        for guide in self.guides:
            plt.horizontal_line(guide, color="gray")
        plt.xlim(start, end)
        plt.xticks(*date_ticks(start, end, width))
        return ansi_text(plot_ansi(self))  # PlotextPlot.render's steps, read faster
