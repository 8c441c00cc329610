"""A CSV file opened as a Table, for as long as its rows are read."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from legtui.transfer.csvread import Table, read_text


@contextlib.contextmanager
def csv_table(path: Path) -> Iterator[Table]:
    yield Table(read_text(path))
