"""Typed sets to stored set documents: one per set a parsed spec stands for, with a new id.

Both ways of logging from the shell build their sets here: `sets.entries_from` (the records the
app and the full `legtui log` use) and the quick `legtui log` (`legtui.cli.quicklog`), which
loads no dataclass model and writes these documents as they are."""

from __future__ import annotations

from legtui.core.plain import set_document, stored
from legtui.core.setspec import ParsedSet, SetSyntaxError, check_load
from legtui.store.ids import new_set_id

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from legtui.core.model import Unit


def set_documents(parsed: ParsedSet, exercise: str, unit: Unit, logged_at: str, *,
                  unilateral: bool = False) -> list[dict[str, Any]]:
    """One stored set per set the spec stands for (`60x10x3` is three); SetSyntaxError when the
    load is past its unit's bound, or for sides (`20x10/9`) on an exercise that is not
    single-leg (unilateral)."""
    if parsed.sides is not None and not unilateral:
        plain = ParsedSet(parsed.reps, parsed.load, parsed.unit, parsed.sets, parsed.rpe,
                          parsed.kind, parsed.bodyweight).text()
        raise SetSyntaxError(f"left/right reps are for single-leg exercises: write {plain}")
    check_load(parsed.load or 0.0, parsed.unit or unit)
    return [
        stored(set_document(new_set_id(), exercise, parsed.load or 0.0, parsed.unit or unit,
                            parsed.reps, logged_at, parsed.rpe, parsed.kind, parsed.note,
                            sides=parsed.sides))
        for _ in range(parsed.sets)
    ]
