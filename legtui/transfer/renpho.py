"""Renpho's CSV export, in either of its layouts; the unit is in the weight's header.

Older: `Time of Measurement,Weight(lb),...` with `"July 4, 2022 9:34:26 AM"`.
Newer: `Date, Time, Weight(kg),...` with DD/MM/YYYY dates and spaces before header names.
`--` means missing.
"""

from __future__ import annotations

import re

from legtui.core.model import Unit
from legtui.transfer.csvread import Table, field, number, unit_word
from legtui.transfer.daybook import DayBook
from legtui.transfer.errors import TransferError
from legtui.transfer.wallclock import parse_day, parse_moment, parse_time

APP = "Renpho"
WEIGHT_HEADER = re.compile(r"weight\s*\((kg|lbs?)\)", re.IGNORECASE)
MOMENTS = ("%B %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M:%S %p", "%B %d, %Y %I:%M %p",
           "%b %d, %Y %I:%M %p")
DAYS = ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")
MISSING = "--"


def _weight_column(table: Table) -> tuple[int, Unit]:
    for index, name in enumerate(table.header):
        match = WEIGHT_HEADER.fullmatch(name)
        if match:
            return index, unit_word(match[1], "the weight's header", 1)
    raise TransferError(
        f"not a {APP} export: no 'Weight(kg)' or 'Weight(lb)' column (the header is "
        f"{table.delimiter.join(table.header)!r})", 1,
    )


def read(table: Table, unit: Unit | None) -> DayBook:
    weight_col, file_unit = _weight_column(table)
    moment_col = table.col("Time of Measurement")
    date_col = None if moment_col is not None else table.need(APP, "Time of Measurement", "Date")
    time_col = table.col("Time")
    book = DayBook(APP)
    for row in table.rows():
        line = row.line
        if moment_col is not None:
            day, time = parse_moment(field(row, moment_col), MOMENTS, "Time of Measurement", line)
        else:
            day = parse_day(field(row, date_col), DAYS, "Date", line)
            time = parse_time(field(row, time_col), "Time", line)
        text = field(row, weight_col)
        value = None if text == MISSING else number(text, table.header[weight_col], line)
        if value is None:
            book.skipped["readings without a weight"] += 1
            continue
        book.weight(day, time, value, file_unit, f"line {line}")
    return book
