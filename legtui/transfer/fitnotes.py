"""FitNotes' CSV exports: the workout log and the body tracker.

Workout log: `Date,Exercise,Category,Weight (kgs)|Weight (lbs)|Weight,[Weight Unit,]Reps,
Distance,Distance Unit,Time[,Comment]`. Dates only, so a day is one session. FitNotes does not
quote names, so `Curl, Hammer` arrives as two fields: a row with more fields than the header has
them joined back into the exercise's name. `Weight` with no unit column needs `--unit`.

Body tracker: `Date,Time,Measurement,Value,Unit,Comment`. Bodyweight (and waist, hips and thigh
girths) become check-ins; the last reading of a day wins; other measurements are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from legtui.core.model import CHECKIN_FIELDS, CheckIn, LengthUnit, Unit
from legtui.transfer.builder import Parsed, SessionBuilder
from legtui.transfer.csvread import (
    Row,
    Table,
    field,
    number,
    positive,
    seconds,
    unit_word,
    whole,
)
from legtui.transfer.errors import TransferError

APP = "FitNotes"
_WEIGHT_UNITS: dict[str, Unit] = {"weight (kgs)": "kg", "weight (kg)": "kg",
                                  "weight (lbs)": "lb", "weight (lb)": "lb"}
_GIRTHS = {"waist": "waist", "hips": "hips", "hip": "hips", "thigh": "thigh", "thighs": "thigh"}
_LENGTH_UNITS: dict[str, LengthUnit] = {"cm": "cm", "in": "in", "inch": "in", "inches": "in"}
NO_UNIT = (
    "this FitNotes file does not say whether its weights are kg or lb; "
    "run the import again with --unit kg or --unit lb"
)


def read(lines: Iterator[str], builder: SessionBuilder, unit: Unit | None) -> Parsed:
    table = Table(lines)
    if table.col("Measurement") is not None:
        return _body(table, builder)
    return _workouts(table, builder, unit)


def _day(text: str, line: int) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise TransferError(f"Date: {text!r} is not a date (YYYY-MM-DD)", line) from None


def _rejoin_name(row: Row, width: int, name_col: int, delimiter: str) -> Row:
    """An unquoted name holding commas split the row: join the extra fields back into it."""
    extra = len(row.fields) - width
    if extra <= 0:
        return row
    fields = row.fields
    name = delimiter.join(fields[name_col:name_col + extra + 1])
    return Row(row.line, [*fields[:name_col], name, *fields[name_col + extra + 1:]])


def _workouts(table: Table, builder: SessionBuilder, unit: Unit | None) -> Parsed:
    date_col = table.need(APP, "Date")
    name_col = table.need(APP, "Exercise")
    weight_col = table.need(APP, "Weight", *_WEIGHT_UNITS)
    reps_col = table.need(APP, "Reps")
    weight_unit_col = table.col("Weight Unit")
    file_unit = _WEIGHT_UNITS.get(table.header[weight_col].lower()) or unit
    if file_unit is None and weight_unit_col is None:
        raise TransferError(NO_UNIT)
    distance_col, distance_unit_col = table.col("Distance"), table.col("Distance Unit")
    time_col, comment_col = table.col("Time"), table.col("Comment")
    for raw in table.rows():
        row = _rejoin_name(raw, len(table.header), name_col, table.delimiter)
        line = row.line
        key = field(row, date_col)
        day = _day(key, line)
        name = field(row, name_col)
        if not name:
            raise TransferError("Exercise is empty", line)
        reps = whole(field(row, reps_col), "Reps", line)
        secs = seconds(field(row, time_col), "Time", line)
        distance = positive(field(row, distance_col), "Distance", line)
        if reps is None and secs is None and distance is None:
            builder.skip("sets without reps, time or distance")
            continue
        load = number(field(row, weight_col), "Weight", line) or 0.0
        row_unit = field(row, weight_unit_col)
        set_unit = unit_word(row_unit, "Weight Unit", line) if row_unit else file_unit
        if set_unit is None:
            if load:
                raise TransferError(f"Weight Unit is empty; {NO_UNIT}", line)
            set_unit = "kg"
        builder.add_set(
            key, day, name, line=line, kind="working", load=load, unit=set_unit, reps=reps or 0,
            tut_s=None if secs is None else round(secs), note=field(row, comment_col),
            distance=distance, distance_unit=field(row, distance_unit_col),
        )
    return builder.result()


def _body(table: Table, builder: SessionBuilder) -> Parsed:
    date_col = table.need(APP, "Date")
    time_col = table.col("Time")
    what_col = table.need(APP, "Measurement")
    value_col = table.need(APP, "Value")
    unit_col, comment_col = table.col("Unit"), table.col("Comment")
    readings: list[tuple[str, str, CheckIn]] = []
    for row in table.rows():
        line = row.line
        day = _day(field(row, date_col), line).isoformat()
        what = field(row, what_col).lower().replace(" ", "")
        value = number(field(row, value_col), "Value", line)
        unit_text = field(row, unit_col).lower()
        note = builder.cut(field(row, comment_col) or None, line)
        if value is None:
            builder.skip("measurements without a value")
        elif what in ("bodyweight", "weight"):
            weight_unit = unit_word(unit_text, "Unit", line)
            weight = CheckIn(day, value, weight_unit, note=note)
            readings.append((day, field(row, time_col), weight))
        elif what in _GIRTHS and unit_text in _LENGTH_UNITS:
            part = _GIRTHS[what]
            girth = CheckIn(
                day, waist=value if part == "waist" else None,
                hips=value if part == "hips" else None, thigh=value if part == "thigh" else None,
                length_unit=_LENGTH_UNITS[unit_text], note=note,
            )
            readings.append((day, field(row, time_col), girth))
        else:
            builder.skip("other measurements")
    days: dict[str, CheckIn] = {}
    for day, _, reading in sorted(readings, key=lambda r: (r[0], r[1])):
        days[day] = days[day].merged(reading) if day in days else reading
    parsed = builder.result()
    parsed.checkins = [_from_fitnotes(day) for day in days.values()]
    return parsed


def _from_fitnotes(day: CheckIn) -> CheckIn:
    """The day with its fields' source (Check-in shows "from FitNotes")."""
    given = [name for name in CHECKIN_FIELDS if getattr(day, name) is not None]
    return replace(day, source=dict.fromkeys(given, APP))
