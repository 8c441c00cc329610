"""A DataTable that fills long row lists a screenful first and the rest in small steps.

DataTable measures every cell of every row it is given, which on five years of sessions costs
far more than a frame. The first rows paint at once; later chunks follow between frames, and a
new fill cancels one still in progress. `extend_keyed` appends more rows the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.widgets import DataTable

Cell = str | Text
Row = tuple[str | None, Sequence[Cell]]  # (row key or None, cells)

FIRST_ROWS = 60
CHUNK_ROWS = 60


class FillingTable(DataTable[Cell]):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._pending: list[Row] = []
        self._fill_token = 0

    @property
    def filling(self) -> bool:
        """Rows are still being added."""
        return bool(self._pending)

    def fill(self, rows: Iterable[Sequence[Cell]]) -> None:
        """Replace every row: the first screenful now, the rest after the next frames."""
        self.fill_keyed((None, row) for row in rows)

    def fill_keyed(self, rows: Iterable[Row]) -> None:
        """`fill` with a key for each row (None for none)."""
        self.clear()
        self._fill_token += 1
        self._pending = list(rows)
        self._add_chunk(self._fill_token, FIRST_ROWS)

    def extend_keyed(self, rows: Iterable[Row]) -> None:
        """Add keyed rows after the present ones (and after any still pending)."""
        idle = not self._pending
        self._pending.extend(rows)
        if idle:
            self._add_chunk(self._fill_token, FIRST_ROWS)

    def flush(self) -> None:
        """Add every row still pending now (before moving the cursor far down)."""
        self._add_chunk(self._fill_token, len(self._pending))

    def _add_chunk(self, token: int, size: int) -> None:
        if token != self._fill_token or not self._pending:
            return
        chunk, self._pending = self._pending[:size], self._pending[size:]
        for key, cells in chunk:
            self.add_row(*cells, key=key)
        if self._pending:
            self.call_after_refresh(self._add_chunk, token, CHUNK_ROWS)
