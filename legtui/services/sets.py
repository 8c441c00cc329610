"""Typed sets to records: one `SetEntry` per set a parsed spec stands for, with a new id.

On its own so that `legtui log` loads only this, not the gym loop's views of today."""

from __future__ import annotations

from datetime import date, timedelta

from legtui.core.model import SetEntry, Unit
from legtui.core.plausible import BEST_OVER_DAYS, doubts
from legtui.core.setspec import ParsedSet, check_load
from legtui.core.stats import best_e1rm
from legtui.store import Store, new_set_id


def entries_from(parsed: ParsedSet, exercise: str, unit: Unit, logged_at: str) -> list[SetEntry]:
    """One SetEntry per set the spec stands for (`60x10x3` is three); SetSyntaxError when the
    load is past its unit's bound."""
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
        )
        for _ in range(parsed.sets)
    ]


def set_doubts(store: Store, exercise: str, entries: list[SetEntry], day: str) -> list[str]:
    """What looks like a typo in sets about to be logged on `day` (legtui.core.plausible),
    against the exercise's best estimated 1RM over the year before."""
    unit = store.profile().unit
    since = (date.fromisoformat(day) - timedelta(days=BEST_OVER_DAYS)).isoformat()
    history = store.sessions(exercise, since=since, until=day)
    best = best_e1rm((s for session in history for s in session.sets_for(exercise)), unit)
    return doubts(entries, best, unit)
