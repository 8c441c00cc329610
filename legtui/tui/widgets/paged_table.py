"""A read-only table that draws only the rows that fit, with a position line under them.

A DataTable measures and styles every cell of every row it holds; five years of sessions cost
far more than a frame. This widget keeps the rows as plain cells and renders the visible ones as
padded text lines on each paint, so thousands of rows cost what a screenful does. Column widths
come from every row (a length, no measuring), so they do not jump while paging; when the row is
wider than the widget, the columns that may shrink share what the others leave.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rich.text import Text
from textual.app import RenderResult
from textual.events import MouseScrollDown, MouseScrollUp
from textual.widget import Widget

Cell = str | Text
WHEEL_ROWS = 3


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    justify: Literal["left", "right", "center"] = "left"
    max_width: int | None = None  # cut longer cells with an ellipsis
    shrink: bool = False  # may be narrowed (cells cut) to fit the widget's width


def _width(cell: Cell) -> int:
    return cell.cell_len if isinstance(cell, Text) else len(cell)


class PagedTable(Widget):
    """Rows in order (newest first, say); `scroll_rows` moves the first row shown. The last
    column takes the width the others leave."""

    DEFAULT_CSS = """
    PagedTable {
        height: 1fr;
        min-height: 3;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: tuple[Column, ...] = ()
        self.rows: list[tuple[Cell, ...]] = []
        self.top = 0
        self.empty_text = "Nothing to show"
        self._widths: list[int] = []

    def show(self, columns: Sequence[Column], rows: Iterable[Sequence[Cell]],
             empty_text: str = "Nothing to show") -> None:
        """Replace the rows; the first one is shown at the top."""
        self.columns = tuple(columns)
        self.rows = [tuple(row) for row in rows]
        self.top = 0
        self.empty_text = empty_text
        widths = [len(c.title) for c in self.columns]
        for row in self.rows:
            for i, cell in enumerate(row):
                widths[i] = max(widths[i], _width(cell))
        self._widths = [min(w, c.max_width or w) for w, c in zip(widths, self.columns,
                                                                  strict=True)]
        self.refresh()

    @property
    def page(self) -> int:
        """How many rows fit under the header, above the position line."""
        return max(1, self.size.height - 2)

    @property
    def shown(self) -> list[tuple[Cell, ...]]:
        return self.rows[self.top:self.top + self.page]

    def scroll_rows(self, step: int) -> None:
        """Move the first row shown by `step` rows (clamped so the last page stays full)."""
        top = max(0, min(self.top + step, len(self.rows) - self.page))
        if top != self.top:
            self.top = top
            self.refresh()

    def scroll_to_end(self, end: bool) -> None:
        self.scroll_rows(len(self.rows) if end else -len(self.rows))

    def on_mouse_scroll_down(self, event: MouseScrollDown) -> None:
        event.stop()
        self.scroll_rows(WHEEL_ROWS)

    def on_mouse_scroll_up(self, event: MouseScrollUp) -> None:
        event.stop()
        self.scroll_rows(-WHEEL_ROWS)

    def render(self) -> RenderResult:
        if not self.rows:
            return Text(self.empty_text, style="dim")
        widths = self.fitted_widths(self.size.width)
        out = Text(no_wrap=True, overflow="crop")
        out.append_text(self._line([c.title for c in self.columns], widths))
        out.stylize("bold")
        shown = self.shown
        for row in shown:
            out.append("\n")
            out.append_text(self._line(row, widths))
        first, last, total = self.top + 1, self.top + len(shown), len(self.rows)
        more = []
        if self.top > 0:
            more.append("pgup ↑")
        if last < total:
            more.append("pgdn ↓")
        where = f"{first}–{last} of {total}" + (" · " + ", ".join(more) if more else "")
        out.append("\n")
        out.append(where, style="dim")
        return out

    def fitted_widths(self, width: int) -> list[int]:
        """Each column's width in `width` cells: as wide as its widest cell, unless the columns
        that may shrink must share what the others leave (each keeps its title's width)."""
        widths = list(self._widths)
        room = width - (len(widths) - 1)  # a space between columns
        flexible = [i for i, c in enumerate(self.columns) if c.shrink]
        fixed = sum(w for i, w in enumerate(widths) if i not in flexible)
        wanted = sum(widths[i] for i in flexible)
        if flexible and fixed + wanted > room:
            share = max(0, room - fixed)
            floors = {i: len(self.columns[i].title) for i in flexible}
            for i in flexible:
                widths[i] = max(floors[i], share * widths[i] // max(1, wanted))
            over = sum(widths[i] for i in flexible) - share
            for i in sorted(flexible, key=lambda i: -widths[i]):  # the widest give back first
                give = min(over, widths[i] - floors[i])
                widths[i] -= max(0, give)
                over -= max(0, give)
        return widths

    def _line(self, cells: Sequence[Cell], widths: Sequence[int]) -> Text:
        """One row: each cell cut to its column's width (an ellipsis marks a cut) and padded."""
        line = Text()
        for index, (cell, column, width) in enumerate(zip(cells, self.columns, widths,
                                                            strict=True)):
            text = cell.copy() if isinstance(cell, Text) else Text(cell)
            if text.cell_len > width:
                text.truncate(width, overflow="ellipsis")
            pad = " " * (width - text.cell_len)
            if index:
                line.append(" ")
            if column.justify == "right":
                line.append(pad)
                line.append_text(text)
            else:
                line.append_text(text)
                line.append(pad)
        return line
