"""Typed sets to records: one `SetEntry` per set a parsed spec stands for, with a new id.

On its own so that `legtui log` loads only this, not the gym loop's views of today."""

from __future__ import annotations

from legtui.core.model import SetEntry, Unit
from legtui.core.setspec import ParsedSet
from legtui.services.typed_sets import set_documents


def entries_from(
    parsed: ParsedSet, exercise: str, unit: Unit, logged_at: str, *, unilateral: bool = False
) -> list[SetEntry]:
    """One SetEntry per set the spec stands for (`60x10x3` is three); SetSyntaxError when the
    load is past its unit's bound, or for sides (`20x10/9`) on an exercise that is not single-leg
    (unilateral). Made from the stored documents (`typed_sets`), so a set logged in the app or
    the shell holds what the quick `legtui log` writes."""
    docs = set_documents(parsed, exercise, unit, logged_at, unilateral=unilateral)
    return [SetEntry.from_dict(doc) for doc in docs]
