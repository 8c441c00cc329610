"""Cronometer's exports (Account → Export Data): Daily Nutrition and Biometrics.

Daily Nutrition (`dailysummary.csv`): one row a day, `Date`, a column per nutrient with its unit
(`Energy (kcal)`, `Protein (g)`, `Fiber (g)`, `Sodium (mg)`, `Water (g)`, ...) and `Completed`.
With diary groups there is a `Group` column: a row per group and a `Total` row per day; the
`Total` row is the day (a day without one is the sum of its groups). `Completed = false` marks
the day partial, but only when the file marks some day completed.

Biometrics (`biometrics.csv`): one measurement a row, `Day,[Time,][Group,]Metric,Unit,Amount`,
the unit per row. `Weight` and `Weight (Garmin)` are weights, `Sleep` and `Sleep (Garmin)` sleep.
"""

from __future__ import annotations

from legtui.core.model import Unit
from legtui.transfer.csvread import Row, Table, field, number, scaled_columns, unit_word
from legtui.transfer.daybook import KCAL_PER_KJ, DayBook
from legtui.transfer.errors import TransferError
from legtui.transfer.wallclock import ISO_OR_US, parse_day, parse_time

APP = "Cronometer"
# column names by field, and the factor to kcal, g, mg or L
NUTRIENTS: dict[str, tuple[tuple[str, float], ...]] = {
    "calories": (("Energy (kcal)", 1.0), ("Energy (kJ)", KCAL_PER_KJ)),
    "protein_g": (("Protein (g)", 1.0),),
    "fiber_g": (("Fiber (g)", 1.0),),
    "sodium_mg": (("Sodium (mg)", 1.0),),
    "water_l": (("Water (g)", 0.001),),
}
SLEEP_UNITS = {"h": 1.0, "hr": 1.0, "hrs": 1.0, "hours": 1.0, "hour": 1.0,
               "min": 1 / 60, "mins": 1 / 60, "minutes": 1 / 60, "minute": 1 / 60}
TRUE, FALSE = "true", "false"
SERVINGS = (
    "this is Cronometer's Servings export (one food a row); import Daily Nutrition "
    "(dailysummary.csv) or Biometrics (biometrics.csv)"
)


def read(table: Table, unit: Unit | None) -> DayBook:
    if table.col("Food Name") is not None:
        raise TransferError(SERVINGS)
    if table.col("Metric") is not None:
        return _biometrics(table)
    return _nutrition(table)


def _nutrition(table: Table) -> DayBook:
    book = DayBook(APP)
    date_col = table.need(APP, "Date")
    group_col, done_col = table.col("Group"), table.col("Completed")
    columns = scaled_columns(table, NUTRIENTS)
    if not columns:
        table.need(APP, "Energy (kcal)")
    totals: dict[str, Row] = {}
    groups: dict[str, list[Row]] = {}
    done: dict[str, str] = {}
    for row in table.rows():
        day = parse_day(field(row, date_col), ISO_OR_US, "Date", row.line)
        flag = field(row, done_col).lower()
        if flag not in ("", TRUE, FALSE):
            raise TransferError(f"Completed: {flag!r} is not true or false", row.line)
        done[day] = flag or done.get(day, "")
        if field(row, group_col).lower() == "total":
            totals[day] = row
        else:
            groups.setdefault(day, []).append(row)
    for day in sorted(done):
        for row in [totals[day]] if day in totals else groups[day]:
            for name, index, factor in columns:
                amount = number(field(row, index), table.header[index], row.line)
                if amount is not None:
                    book.food(day, name, amount * factor, f"line {row.line}")
    if TRUE in done.values():
        for day, flag in done.items():
            book.mark_partial(day, flag != TRUE)
    return book


def _biometrics(table: Table) -> DayBook:
    book = DayBook(APP)
    day_col = table.need(APP, "Day", "Date")
    time_col = table.col("Time")
    metric_col = table.need(APP, "Metric")
    unit_col = table.need(APP, "Unit")
    amount_col = table.need(APP, "Amount")
    for row in table.rows():
        line = row.line
        day = parse_day(field(row, day_col), ISO_OR_US, "Day", line)
        metric = field(row, metric_col).split(" (")[0].strip().lower()
        if metric not in ("weight", "sleep"):
            book.skipped["other measurements"] += 1
            continue
        amount = number(field(row, amount_col), "Amount", line)
        if amount is None:
            book.skipped["measurements without a value"] += 1
            continue
        time = parse_time(field(row, time_col), "Time", line)
        unit_text = field(row, unit_col)
        if metric == "weight":
            book.weight(day, time, amount, unit_word(unit_text, "Unit", line), f"line {line}")
            continue
        factor = SLEEP_UNITS.get(unit_text.lower())
        if factor is None:
            raise TransferError(f"Unit: {unit_text!r} is not hours or minutes", line)
        book.sleep(day, time, amount * factor, f"line {line}")
    return book
