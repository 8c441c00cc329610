"""Adherence: training sessions per ISO week against the plan's training days, and the streak of
weeks in a row that met it. Pure.

A session counts when it holds at least one working set. The week in progress counts toward the
streak once it is met and never breaks it before it ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from legtui.core.model import Session
from legtui.core.volume import Week, iso_week, week_monday


@dataclass(frozen=True, slots=True)
class WeekAdherence:
    week: Week
    sessions: int
    target: int
    in_progress: bool

    @property
    def met(self) -> bool:
        return self.sessions >= self.target

    @property
    def monday(self) -> date:
        return week_monday(self.week)


@dataclass(frozen=True, slots=True)
class Adherence:
    """Every week from the first session's to today's, oldest first, empty weeks included."""

    weeks: tuple[WeekAdherence, ...]
    streak: int

    @property
    def this_week(self) -> WeekAdherence | None:
        return self.weeks[-1] if self.weeks else None


def adherence(sessions: Sequence[Session], per_week: int, today: date) -> Adherence:
    """`per_week` is the plan's number of training days (`len(plan.days)`); sessions after
    `today` are ignored."""
    cutoff = today.isoformat()
    counts: dict[Week, int] = {}
    for session in sessions:
        if session.date <= cutoff and any(s.is_working for s in session.sets):
            week = iso_week(session.date)
            counts[week] = counts.get(week, 0) + 1
    if not counts:
        return Adherence((), 0)
    current = iso_week(cutoff)
    monday, last = week_monday(min(counts)), week_monday(current)
    weeks: list[WeekAdherence] = []
    while monday <= last:
        week = iso_week(monday.isoformat())
        weeks.append(WeekAdherence(week, counts.get(week, 0), per_week, week == current))
        monday += timedelta(days=7)
    return Adherence(tuple(weeks), _streak(weeks))


def _streak(weeks: Sequence[WeekAdherence]) -> int:
    streak = 0
    for week in reversed(weeks):
        if week.met:
            streak += 1
        elif not week.in_progress:
            break
    return streak
