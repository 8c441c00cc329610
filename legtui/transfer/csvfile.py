"""A CSV file opened as a Table, for as long as its rows are read."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from legtui.transfer.csvread import Table, text_lines


@contextlib.contextmanager
def csv_table(path: Path) -> Iterator[Table]:
    """The table over the file's lines, read as its rows are (memory stays bounded)."""
    with text_lines(path) as lines:
        yield Table(lines)
