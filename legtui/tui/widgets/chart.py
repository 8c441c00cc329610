"""A time chart on textual-plotext: lines of (day, value) points over a date range.

Points are thinned to the plot's resolution before plotting (the best value per time bucket), so
a five-year series draws as fast as a three-month one and the drawing stays deterministic.

What legtui sets itself rather than leave to plotext (see docs/charts.md): a y axis where every
row is worth the same round amount, ticks at round, evenly spaced values on their own rows (so a
10–20 band is drawn where 10 and 20 are), the legend on its own line above the plot (plotext
draws it over the data), a marker per series, and dates that carry the year when the window
spans more than one.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from rich.text import Text
from textual.app import RenderResult
from textual_plotext import PlotextPlot

from legtui.tui.textual_hooks import plot_ansi
from legtui.tui.widgets.ansi_text import ansi_text

Marker = Literal["braille", "dot", "hd", "+", "x"]
Keep = Literal["max", "mean"]
Point = tuple[int, float]  # (date ordinal, value)

MIN_TICK_GAP = 12  # columns between two date labels
PLOT_FRAME = 3  # a plot's rows that are not data: the top border, the x axis and its dates
TICK_STEPS = (1.0, 2.0, 2.5, 3.0, 5.0)  # times a power of ten: what a tick step is worth
ROW_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)  # × 10^k: what a row is worth
# what a series looks like in the legend, and plotext's colour names as rich's
LEGEND_MARK = {"braille": "⠒⠒", "dot": "•", "hd": "▀▄", "+": "+", "x": "x"}
RICH_COLOUR = {"orange": "dark_orange", "gray": "grey62", "magenta": "magenta", "cyan": "cyan"}


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
    """Evenly spread date labels that fit `width` columns: `25 Nov` within 4 months, else `Nov`;
    with the year (`25 Nov 2025`, `Nov 2025`) when the window spans more than one year."""
    count = max(2, min(5, width // MIN_TICK_GAP))
    short = end - start <= 124
    days = sorted({start + (end - start) * i // (count - 1) for i in range(count)})
    years = date.fromordinal(start).year != date.fromordinal(end).year
    if years and short:
        count = max(2, min(count, width // (MIN_TICK_GAP + 3)))
        days = sorted({start + (end - start) * i // (count - 1) for i in range(count)})
    form = ("%d %b" if short else "%b") + (" %Y" if years else "")
    return [float(d) for d in days], [date.fromordinal(d).strftime(form) for d in days]


@dataclass(frozen=True, slots=True)
class Axis:
    low: float
    high: float
    ticks: tuple[float, ...]


def nice_axis(low: float, high: float, rows: int, guides: Sequence[float] = ()) -> Axis:
    """A y axis for a plot `rows` rows high that holds [low, high]: each row is worth the same
    round amount (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten; the least that fits), so
    every value sits on a row in proportion (plotext puts v on row round((v - low) / (high - low)
    × (rows - 1))). With guide lines (a 10–20 band), an amount up to twice that, which puts each
    guide exactly on a row, is preferred. Ticks are the rows whose value is a multiple of the
    tick step (1, 2, 2.5, 3 or 5 times a power of ten, two or more rows apart from 6 rows; on a
    shorter plot every row is labelled)."""
    rows = max(2, rows)
    low, high = min(low, high), max(low, high)
    if high - low < 1e-6:  # one value: a unit either side
        low, high = low - 1, high + 1
    first_fit: Axis | None = None
    for per_row in _row_amounts((high - low) / (rows - 1)):
        if first_fit is not None and per_row > 2 * (first_fit.high - first_fit.low) / (rows - 1):
            return first_fit
        start = math.floor(low / per_row + 1e-9)
        if (start + rows - 1) * per_row < high - 1e-9:
            continue
        values = [round((start + n) * per_row, 10) for n in range(rows)]
        ticks = _ticks(values, per_row, rows)
        if not ticks:
            continue
        axis = Axis(values[0], values[-1], ticks)
        if all(_multiple(g, per_row) for g in guides):
            return axis
        first_fit = first_fit or axis
    raise AssertionError("unreachable: row amounts grow without bound")


def _row_amounts(least: float) -> Iterator[float]:
    """The round amounts a row can be worth, from the power of ten below `least` up."""
    power = math.floor(math.log10(max(least, 1e-6)))
    while True:
        yield from (m * 10.0**power for m in ROW_STEPS)
        power += 1


def _ticks(values: list[float], per_row: float, rows: int) -> tuple[float, ...]:
    """The rows to label: every row of a short plot; else the rows at multiples of the first
    round step (1, 2, 2.5, 3, 5 × 10^k) two or more rows apart that labels two rows or more; none
    when there is no such step (the caller tries a larger amount a row)."""
    if rows <= 5:
        return tuple(values)
    for every in range(2, rows):
        step = per_row * every
        exponent = 10.0 ** math.floor(math.log10(step) + 1e-9)
        if any(abs(step - m * exponent) < 1e-9 * exponent for m in TICK_STEPS):
            ticks = tuple(v for v in values if _multiple(v, step))
            if len(ticks) >= 2:
                return ticks
    return ()


def _multiple(value: float, step: float) -> bool:
    return abs(value / step - round(value / step)) < 1e-6


def tick_label(value: float) -> str:
    return f"{value:g}"


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
        height = max(4, self.size.height - 1)  # the legend's line on top
        buckets = max(8, (width - 8) // 2)
        shown: list[Line] = []
        values: list[float] = []
        for line in self.lines:
            points = thin(line.points, start, end, buckets, line.keep)
            if not points:
                continue
            shown.append(line)
            xs = [day for day, _ in points]
            ys = [value for _, value in points]
            values += ys
            draw = plt.scatter if line.scatter else plt.plot
            draw(xs, ys, marker=line.marker, color=line.color)
        if not shown:
            plt.title(self.empty_text)
        else:
            every = values + list(self.guides)
            axis = nice_axis(min(every), max(every), height - PLOT_FRAME, self.guides)
            plt.ylim(axis.low, axis.high)
            plt.yticks(list(axis.ticks), [tick_label(t) for t in axis.ticks])
        for guide in self.guides:
            plt.horizontal_line(guide, color="gray")
        plt.xlim(start, end)
        plt.xticks(*date_ticks(start, end, width))
        plot = ansi_text(plot_ansi(self, height))  # PlotextPlot.render's steps, read faster
        return Text("\n").join([self._legend(shown), plot])

    def _legend(self, lines: Sequence[Line]) -> Text:
        """One line above the plot: each series' marker in its colour and its label."""
        legend = Text(no_wrap=True, overflow="ellipsis")
        for line in lines:
            legend.append(f" {LEGEND_MARK[line.marker]} ", RICH_COLOUR.get(line.color, line.color))
            legend.append(f"{line.label} ")
        if self.guides:
            legend.append(" ── ", "grey62")
            legend.append("–".join(tick_label(g) for g in self.guides))
        return legend
