"""MyFitnessPal's file export (Premium): Nutrition Summary and Measurement Summary.

Nutrition Summary: a row per (date, meal) or, since 2025, per (date, meal, time); the day's
intake is the sum of its rows, whatever the meals are called. Energy is `Calories` or
`Kilojoules` (the user's setting); `Protein (g)`, `Sodium (mg)` and `Fiber` (grams).

Measurement Summary: `Date,Weight` with no unit anywhere, so `--unit` is required.
The Exercise Summary holds no check-in data.
"""

from __future__ import annotations

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


def read(table: Table, unit: Unit | None) -> DayBook:
    if table.col("Exercise") is not None:
        raise TransferError(EXERCISE)
    if table.col("Meal") is None and table.col("Weight") is not None:
        return _measurements(table, unit)
    return _nutrition(table)


def _nutrition(table: Table) -> DayBook:
    book = DayBook(APP)
    date_col = table.need(APP, "Date")
    table.need(APP, "Meal")
    table.need(APP, "Calories", "Kilojoules")
    columns = scaled_columns(table, NUTRIENTS)
    for row in table.rows():
        day = parse_day(field(row, date_col), ISO_OR_US, "Date", row.line)
        for name, index, factor in columns:
            amount = number(field(row, index), table.header[index], row.line)
            if amount is not None:
                book.food(day, name, amount * factor, f"line {row.line}")
    return book


def _measurements(table: Table, unit: Unit | None) -> DayBook:
    if unit is None:
        raise TransferError(NO_UNIT)
    book = DayBook(APP)
    date_col = table.need(APP, "Date")
    weight_col = table.need(APP, "Weight")
    for row in table.rows():
        day = parse_day(field(row, date_col), ISO_OR_US, "Date", row.line)
        value = number(field(row, weight_col), "Weight", row.line)
        if value is None:
            book.skipped["measurements without a value"] += 1
            continue
        book.weight(day, "", value, unit, f"line {row.line}")
    return book
