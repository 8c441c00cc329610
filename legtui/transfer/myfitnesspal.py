"""MyFitnessPal's file export (Premium): Nutrition Summary and Measurement Summary.

Nutrition Summary: a row per (date, meal) or, since 2025, per (date, meal, time); the day's
intake is the sum of its rows, whatever the meals are called. Energy is `Calories` or
`Kilojoules` (the user's setting); `Protein (g)`, `Sodium (mg)` and `Fiber` (grams).

Measurement Summary: `Date,Weight` with no unit anywhere, so `--unit` is required.
The Exercise Summary holds no check-in data. The zip the export arrives in is read whole: its
Nutrition and Measurement Summaries.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from legtui.core.model import Unit
from legtui.transfer.csvread import Table, field, number, scaled_columns
from legtui.transfer.daybook import KCAL_PER_KJ, DayBook
from legtui.transfer.errors import TransferError
from legtui.transfer.wallclock import ISO_OR_US, parse_day

APP = "MyFitnessPal"
NUTRIENTS: dict[str, tuple[tuple[str, float], ...]] = {
    "calories": (("Calories", 1.0), ("Kilojoules", KCAL_PER_KJ)),
    "protein_g": (("Protein (g)", 1.0), ("Protein", 1.0)),
    "fiber_g": (("Fiber", 1.0), ("Fiber (g)", 1.0)),
    "sodium_mg": (("Sodium (mg)", 1.0), ("Sodium", 1.0)),
}
NO_UNIT = (
    "MyFitnessPal's Measurement Summary does not say whether its weights are kg or lb; "
    "run the import again with --unit kg or --unit lb"
)
EXERCISE = (
    "this is MyFitnessPal's Exercise Summary, which holds no check-in data; "
    "import the Nutrition Summary or the Measurement Summary"
)


def read(table: Table, unit: Unit | None, book: DayBook | None = None, at: str = "") -> DayBook:
    """A Nutrition or Measurement Summary into `book` (a new one by default); `at` prefixes
    where a reading came from (a file in the zip)."""
    book = book or DayBook(APP)
    if table.col("Exercise") is not None:
        raise TransferError(EXERCISE)
    if table.col("Meal") is None and table.col("Weight") is not None:
        _measurements(table, unit, book, at)
    else:
        _nutrition(table, book, at)
    return book


def read_zip(path: Path, unit: Unit | None) -> DayBook:
    """The export's zip as it arrives: its Nutrition and Measurement Summaries."""
    book = DayBook(APP)
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist()
                 if n.lower().endswith(".csv") and "exercise" not in n.lower()]
        if not names:
            raise TransferError(f"not a {APP} export: the zip holds no Nutrition or Measurement "
                                "Summary")
        for name in sorted(names):
            try:
                with archive.open(name) as raw:
                    lines = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                    read(Table(iter(lines)), unit, book, f"{name} ")
            except UnicodeDecodeError:
                raise TransferError(f"{name}: the file is not UTF-8 text") from None
            except TransferError as error:
                raise TransferError(f"{name}: {error}") from None
    return book


def _nutrition(table: Table, book: DayBook, at: str) -> None:
    date_col = table.need(APP, "Date")
    table.need(APP, "Meal")
    table.need(APP, "Calories", "Kilojoules")
    columns = scaled_columns(table, NUTRIENTS)
    for row in table.rows():
        day = parse_day(field(row, date_col), ISO_OR_US, "Date", row.line)
        for name, index, factor in columns:
            amount = number(field(row, index), table.header[index], row.line)
            if amount is not None:
                book.food(day, name, amount * factor, f"{at}line {row.line}")


def _measurements(table: Table, unit: Unit | None, book: DayBook, at: str) -> None:
    if unit is None:
        raise TransferError(NO_UNIT)
    date_col = table.need(APP, "Date")
    weight_col = table.need(APP, "Weight")
    for row in table.rows():
        day = parse_day(field(row, date_col), ISO_OR_US, "Date", row.line)
        value = number(field(row, weight_col), "Weight", row.line)
        if value is None:
            book.skipped["measurements without a value"] += 1
            continue
        book.weight(day, "", value, unit, f"{at}line {row.line}")
