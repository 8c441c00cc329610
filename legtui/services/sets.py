"""Typed sets to records: one `SetEntry` per set a parsed spec stands for, with a new id.

On its own so that `legtui log` loads only this, not the gym loop's views of today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from legtui.core.model import Session, SetEntry, Unit
from legtui.core.plausible import BEST_OVER_DAYS, doubts
from legtui.core.setspec import ParsedSet, SetSyntaxError, check_load
from legtui.store import Store, new_set_id


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


def set_doubts(store: Store, exercise: str, entries: list[SetEntry], day: str) -> list[str]:
    """What looks like a typo in sets about to be logged on `day` (legtui.core.plausible),
    against the exercise's best estimated 1RM over the year before."""
    from legtui.core.stats import best_e1rm  # when a set is logged, not at start-up

    unit = store.profile().unit
    since = (date.fromisoformat(day) - timedelta(days=BEST_OVER_DAYS)).isoformat()
    next_day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()

    def best_of(sessions: list[Session]) -> float | None:
        kept = (s for session in sessions if session.date >= since
                for s in session.sets_for(exercise))
        return best_e1rm(kept, unit)

    # The last few sessions are read first (a few documents, as the gym loop does); the whole
    # year only when a set looks heavy against them (their best is at most the year's).
    best = best_of(store.recent_sessions(exercise, before=next_day))
    if best is not None and not doubts(entries, best, unit):
        return doubts(entries, None, unit)
    return doubts(entries, best_of(store.sessions(exercise, since=since, until=day)), unit)
