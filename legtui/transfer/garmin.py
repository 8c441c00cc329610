"""Garmin Connect's weight export (Health Stats → Weight → Export).

The file starts with a byte order mark and its header ends with a comma
(`Time,Weight,Change,BMI,Body Fat,...,`). Readings are grouped under quoted date lines with a
leading space, `" Mar 13, 2025",` or `" 2022 Dec 21",`, newest first; then a row per reading,
`7:13 AM,284.0 lbs,...`, the unit inside the value. `--` means missing.
"""

from __future__ import annotations

import re

from legtui.core.model import Unit
from legtui.transfer.csvread import Table, field, number, unit_word
from legtui.transfer.daybook import DayBook
from legtui.transfer.errors import TransferError
from legtui.transfer.wallclock import parse_day, parse_time

APP = "Garmin Connect"
DATE_LINES = ("%b %d, %Y", "%Y %b %d", "%B %d, %Y", "%Y %B %d")
MISSING = "--"
VALUE_WITH_UNIT = re.compile(r"(?P<value>[-+0-9.,]+)\s*(?P<unit>[A-Za-z]+)")


def read(table: Table, unit: Unit | None) -> DayBook:
    time_col = table.need(APP, "Time")
    weight_col = table.need(APP, "Weight")
    book = DayBook(APP)
    day: str | None = None
    for row in table.rows():
        line = row.line
        first = field(row, time_col)
        if not any(f.strip() for f in row.fields[1:]):  # a date line
            day = parse_day(first, DATE_LINES, "date line", line)
            continue
        if day is None:
            raise TransferError("a reading before any date line", line)
        text = field(row, weight_col)
        if text in ("", MISSING):
            book.skipped["readings without a weight"] += 1
            continue
        match = VALUE_WITH_UNIT.fullmatch(text)
        if match is None:
            raise TransferError(f"Weight: {text!r} is not a weight with its unit", line)
        value = number(match["value"].replace(",", ""), "Weight", line)
        if value is not None:
            time = parse_time(first, "Time", line)
            book.weight(day, time, value, unit_word(match["unit"], "Weight", line),
                        f"line {line}")
    return book
