"""Hevy's CSV export.

`title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,
set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,duration_seconds,rpe`, newest
workout first, times like `7 Apr 2026, 10:14`. `set_type` is normal, warmup, failure or dropset;
`exercise_notes` becomes the exercise's note and `description` the workout's; a set's
`superset_id` (empty when it was in none) is kept on the set, so an export writes it back.
"""

from __future__ import annotations

from collections.abc import Iterator

from legtui.core.model import SetKind, Unit
from legtui.transfer.builder import Parsed, SessionBuilder
from legtui.transfer.csvread import Table, field, moment, number, positive, whole
from legtui.transfer.errors import TransferError

APP = "Hevy"
KINDS: dict[str, SetKind] = {
    "normal": "working", "": "working", "warmup": "warmup", "failure": "failure", "dropset": "drop",
}


def read(lines: Iterator[str], builder: SessionBuilder, unit: Unit | None) -> Parsed:
    del unit  # Hevy names the unit in the weight column's header
    table = Table(lines)
    start_col = table.need(APP, "start_time")
    name_col = table.need(APP, "exercise_title")
    type_col = table.need(APP, "set_type")
    reps_col = table.need(APP, "reps")
    kg_col, lb_col = table.col("weight_kg"), table.col("weight_lbs", "weight_lb")
    if kg_col is None and lb_col is None:
        table.need(APP, "weight_kg")
    set_unit: Unit = "kg" if kg_col is not None else "lb"
    weight_col = kg_col if kg_col is not None else lb_col
    km_col, mi_col = table.col("distance_km"), table.col("distance_miles")
    seconds_col = table.col("duration_seconds")
    rpe_col = table.col("rpe")
    notes_col = table.col("exercise_notes")
    description_col = table.col("description")
    superset_col = table.col("superset_id")
    for row in table.rows():
        line = row.line
        key = field(row, start_col)
        start = moment(key, "start_time", line)
        name = field(row, name_col)
        if not name:
            raise TransferError("exercise_title is empty", line)
        set_type = field(row, type_col).lower()
        if set_type not in KINDS:
            raise TransferError(
                f"set_type: {set_type!r} is not normal, warmup, failure or dropset", line
            )
        reps = whole(field(row, reps_col), "reps", line)
        secs = positive(field(row, seconds_col), "duration_seconds", line)
        km = positive(field(row, km_col), "distance_km", line)
        miles = positive(field(row, mi_col), "distance_miles", line)
        if reps is None and secs is None and km is None and miles is None:
            builder.skip("sets without reps, time or distance")
            continue
        builder.add_set(
            key, start, name, line=line, kind=KINDS[set_type],
            load=number(field(row, weight_col), "weight", line) or 0.0, unit=set_unit,
            reps=reps or 0, rpe=positive(field(row, rpe_col), "rpe", line),
            tut_s=None if secs is None else round(secs),
            distance=km if km is not None else miles,
            distance_unit="km" if km is not None else "mi",
            superset=field(row, superset_col) or None,
        )
        builder.add_note(key, start, name, field(row, notes_col), line=line)
        builder.add_note(key, start, None, field(row, description_col), line=line)
    return builder.result()
