"""Typed sets to records: one `SetEntry` per set a parsed spec stands for, with a new id.

On its own so that `legtui log` loads only this, not the gym loop's views of today."""

from __future__ import annotations

from datetime import date, timedelta

from legtui.core.bounds import BEST_OVER_DAYS
from legtui.core.model import Session, SetEntry, Unit
from legtui.core.plausible import doubts
from legtui.core.setspec import ParsedSet
from legtui.services.typed_sets import set_documents
from legtui.store import Store


def entries_from(
    parsed: ParsedSet, exercise: str, unit: Unit, logged_at: str, *, unilateral: bool = False
) -> list[SetEntry]:
    """One SetEntry per set the spec stands for (`60x10x3` is three); SetSyntaxError when the
    load is past its unit's bound, or for sides (`20x10/9`) on an exercise that is not single-leg
    (unilateral). Made from the stored documents (`typed_sets`), so a set logged in the app or
    the shell holds what the quick `legtui log` writes."""
    docs = set_documents(parsed, exercise, unit, logged_at, unilateral=unilateral)
    return [SetEntry.from_dict(doc) for doc in docs]


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
