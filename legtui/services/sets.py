"""Typed sets to records: one `SetEntry` per set a parsed spec stands for, with a new id.

On its own so that `legtui log` loads only this, not the gym loop's views of today."""

from __future__ import annotations

from dataclasses import replace

from legtui.core.model import SetEntry, Unit
from legtui.core.setspec import ParsedSet, SetSyntaxError, check_load
from legtui.store import new_set_id


def entries_from(
    parsed: ParsedSet, exercise: str, unit: Unit, logged_at: str, *, unilateral: bool = False
) -> list[SetEntry]:
    """One SetEntry per set the spec stands for (`60x10x3` is three); SetSyntaxError when the
    load is past its unit's bound, or for sides (`20x10/9`) on an exercise that is not single-leg
    (unilateral)."""
    if parsed.sides is not None and not unilateral:
        plain = replace(parsed, sides=None, note=None).text()
        raise SetSyntaxError(f"left/right reps are for single-leg exercises: write {plain}")
    check_load(parsed.load or 0.0, parsed.unit or unit)
    return [
        SetEntry(
            id=new_set_id(),
            exercise=exercise,
            load=parsed.load or 0.0,
            unit=parsed.unit or unit,
            reps=parsed.reps,
            logged_at=logged_at,
            rpe=parsed.rpe,
            kind=parsed.kind,
            note=parsed.note,
            sides=parsed.sides,
        )
        for _ in range(parsed.sets)
    ]
