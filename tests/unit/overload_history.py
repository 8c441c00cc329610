"""Histories written in the set grammar, one string a session, for the overload tests.

`"w20x10 60x12@8 60x12x2"` is one session; a `tempo=3-0-1-0` token marks its working sets as done
at that tempo. Every session also holds a set of another exercise, which must never matter.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from legtui.cli.log import entries_from
from legtui.core.model import PlanItem, Session, SetEntry
from legtui.core.setspec import parse

FIRST_DAY = date(2026, 1, 5)
OTHER = SetEntry("other", "squat", 100.0, "kg", 3, "", None, "working")


def session(item: PlanItem, text: str, day: date) -> Session:
    tokens = text.split()
    tempo = next((t.removeprefix("tempo=") for t in tokens if t.startswith("tempo=")), None)
    sets: list[SetEntry] = []
    for token in tokens:
        if token.startswith("tempo="):
            continue
        spec = parse(token)
        for entry in entries_from(spec, item.exercise, item.unit, f"{day}T17:00:00Z",
                                  unilateral=spec.sides is not None):
            sets.append(replace(entry, tempo=tempo) if entry.kind == "working" else entry)
    return Session(day.isoformat(), (OTHER, *sets))


def history(item: PlanItem, *days: str) -> list[Session]:
    """Sessions two days apart, oldest first."""
    return [session(item, text, FIRST_DAY + timedelta(days=2 * n)) for n, text in enumerate(days)]
