"""Strong's CSV exports, in every dialect seen in the wild.

- comma: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,
  Notes,Workout Notes,RPE` (the classic layout), or without the notes columns;
- semicolon with `Weight Unit` and `Distance Unit` columns;
- every field quoted, `Workout #`, `Duration (sec)`, `Weight (kg)`, `Distance (meters)`;
- older files naming the weight and distance columns by their unit (`kg`, `lbs`, `km`, `mi`).

`Set Order` is a number (1- or 0-based; only the order of rows matters), `W` (warm-up), `D`
(drop set), `F` (failure), or a pseudo-row: `Rest Timer` (skipped) and `Note` (its text becomes the
exercise's note for that workout). A file whose weight column says no unit needs `--unit`.
"""

from __future__ import annotations

from collections.abc import Iterator

from legtui.core.model import SetKind, Unit
from legtui.transfer.builder import Parsed, SessionBuilder
from legtui.transfer.csvread import (
    Row,
    Table,
    field,
    moment,
    number,
    positive,
    unit_word,
    whole,
)
from legtui.transfer.errors import TransferError

APP = "Strong"
KINDS: dict[str, SetKind] = {"w": "warmup", "d": "drop", "f": "failure"}
_WEIGHT_UNITS: dict[str, Unit] = {
    "weight (kg)": "kg", "weight (kgs)": "kg", "kg": "kg", "kgs": "kg",
    "weight (lb)": "lb", "weight (lbs)": "lb", "lb": "lb", "lbs": "lb",
}
_DISTANCE_UNITS = {
    "distance (km)": "km", "km": "km", "distance (meters)": "m", "distance (m)": "m", "m": "m",
    "distance (mi)": "mi", "distance (miles)": "mi", "mi": "mi", "miles": "mi",
}
NO_UNIT = (
    "this Strong file does not say whether its weights are kg or lb; "
    "run the import again with --unit kg or --unit lb"
)


class _Columns:
    def __init__(self, table: Table, unit: Unit | None) -> None:
        self.date = table.need(APP, "Date")
        self.exercise = table.need(APP, "Exercise Name")
        self.order = table.need(APP, "Set Order")
        self.reps = table.need(APP, "Reps")
        weight_names = ("Weight", *_WEIGHT_UNITS)
        self.weight = table.need(APP, *weight_names)
        header_unit = _WEIGHT_UNITS.get(table.header[self.weight].lower())
        self.weight_unit = table.col("Weight Unit")
        self.unit = header_unit or unit
        if self.unit is None and self.weight_unit is None:
            raise TransferError(NO_UNIT)
        distance_names = ("Distance", *_DISTANCE_UNITS)
        self.distance = table.col(*distance_names)
        self.distance_unit = table.col("Distance Unit")
        self.distance_word = (
            _DISTANCE_UNITS.get(table.header[self.distance].lower(), "")
            if self.distance is not None else ""
        )
        self.seconds = table.col("Seconds", "Duration (seconds)")
        self.rpe = table.col("RPE")
        self.notes = table.col("Notes", "Note")
        self.workout_notes = table.col("Workout Notes", "Workout Note")


def read(lines: Iterator[str], builder: SessionBuilder, unit: Unit | None) -> Parsed:
    table = Table(lines)
    cols = _Columns(table, unit)
    decimal_comma = table.delimiter == ";"
    for row in table.rows():
        _row(row, cols, builder, decimal_comma)
    return builder.result()


def _row(row: Row, cols: _Columns, builder: SessionBuilder, decimal_comma: bool) -> None:
    line = row.line
    key = field(row, cols.date)
    start = moment(key, "Date", line)
    name = field(row, cols.exercise)
    if not name:
        raise TransferError("Exercise Name is empty", line)
    order = field(row, cols.order)
    lowered = order.lower()
    if lowered == "rest timer":
        builder.skip("rest timers")
        return
    if lowered == "note":
        builder.skip("notes (kept as the exercise's note)")
        builder.add_note(key, start, name, field(row, cols.notes), line=line)
        return
    kind = KINDS.get(lowered, "working")
    if lowered not in KINDS:
        whole(order, "Set Order", line)  # a number (1- or 0-based), or not a Strong row
    load = number(field(row, cols.weight), "Weight", line, decimal_comma)
    reps = whole(field(row, cols.reps), "Reps", line, decimal_comma)
    secs = positive(field(row, cols.seconds), "Seconds", line, decimal_comma)
    distance = positive(field(row, cols.distance), "Distance", line, decimal_comma)
    rpe = positive(field(row, cols.rpe), "RPE", line, decimal_comma)
    if reps is None and secs is None and distance is None:
        builder.skip("sets without reps, time or distance")
        return
    row_unit = field(row, cols.weight_unit)
    set_unit = unit_word(row_unit, "Weight Unit", line) if row_unit else cols.unit
    if set_unit is None:
        if load:
            raise TransferError(f"Weight Unit is empty; {NO_UNIT}", line)
        set_unit = "kg"
    builder.add_set(
        key, start, name, line=line, kind=kind, load=load or 0.0, unit=set_unit,
        reps=reps or 0, rpe=rpe, tut_s=None if secs is None else round(secs),
        note=field(row, cols.notes), distance=distance,
        distance_unit=field(row, cols.distance_unit) or cols.distance_word,
    )
    builder.add_note(key, start, None, field(row, cols.workout_notes), line=line)
