"""Withings' `weight.csv` (Health Mate, or the web dashboard's Download your data).

`Date` is the local time, quoted, `YYYY-MM-DD HH:MM:SS`, newest first. The other headers are
in the account's language (`"Weight (kg)"`, `"Gewicht (kg)"`, `"Poids (kg)"`): the weight is
the column whose header is one of the known names for weight, with its unit in parentheses.
"""

from __future__ import annotations

import re

from legtui.core.model import Unit
from legtui.transfer.csvread import Table, field, number, unit_word
from legtui.transfer.daybook import DayBook
from legtui.transfer.errors import TransferError
from legtui.transfer.wallclock import parse_moment

APP = "Withings"
WEIGHT_WORDS = ("weight", "gewicht", "poids", "peso", "vekt", "vikt", "vægt", "paino", "waga",
                "váha", "hmotnost", "súly", "вес", "体重", "체중")
DATE_WORDS = ("Date", "Datum", "Fecha", "Data", "Päivämäärä", "Dato", "Дата", "日付", "날짜")
WEIGHT_HEADER = re.compile(r"(?P<word>.+?)\s*\((?P<unit>kg|lbs?)\)", re.IGNORECASE)
MOMENTS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")


def weight_column(table: Table) -> tuple[int, Unit]:
    """The weight column and the unit its header states."""
    for index, name in enumerate(table.header):
        match = WEIGHT_HEADER.fullmatch(name)
        if match and match["word"].strip().lower() in WEIGHT_WORDS:
            return index, unit_word(match["unit"], "the weight's header", 1)
    raise TransferError(
        f"not a {APP} export: no weight column such as 'Weight (kg)' (the header is "
        f"{table.delimiter.join(table.header)!r})", 1,
    )


def read(table: Table, unit: Unit | None) -> DayBook:
    date_col = table.need(APP, *DATE_WORDS)
    weight_col, file_unit = weight_column(table)
    book = DayBook(APP)
    for row in table.rows():
        day, time = parse_moment(field(row, date_col), MOMENTS, table.header[date_col], row.line)
        value = number(field(row, weight_col), table.header[weight_col], row.line)
        if value is None:
            book.skipped["measurements without a weight"] += 1
            continue
        book.weight(day, time, value, file_unit, f"line {row.line}")
    return book
