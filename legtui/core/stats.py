"""Numbers about training: estimated 1RM per set and session, and progress series. Pure.

Records live in records.py, weekly volume in volume.py, adherence in adherence.py. Warm-ups never
count toward any of them.
"""

from __future__ import annotations

from bisect import bisect_left
from calendar import monthrange
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal, get_args

from legtui.core.bounds import MAX_EFFECTIVE_REPS
from legtui.core.model import Session, SetEntry, Unit, convert

Window = Literal["3m", "6m", "1y", "all"]
WINDOWS: tuple[Window, ...] = get_args(Window)
WINDOW_MONTHS: dict[Window, int | None] = {"3m": 3, "6m": 6, "1y": 12, "all": None}


def effective_reps(reps: int, rpe: float | None) -> float:
    """Reps plus reps in reserve (RIR = 10 − RPE) when an RPE was logged."""
    return reps + (10.0 - rpe if rpe is not None else 0.0)


def e1rm(load: float, reps: int, rpe: float | None = None) -> float | None:
    """Estimated 1RM by Epley, w × (1 + r/30), on effective reps; None past 12 (too unreliable)."""
    eff = effective_reps(reps, rpe)
    if load <= 0 or reps < 1 or eff > MAX_EFFECTIVE_REPS:
        return None
    return load if eff <= 1 else load * (1 + eff / 30)


def set_e1rm(entry: SetEntry, unit: Unit) -> float | None:
    """A set's estimated 1RM in `unit`; None for a warm-up or a set it cannot be told from."""
    if not entry.is_working:
        return None
    return e1rm(convert(entry.load, entry.unit, unit), entry.reps, entry.rpe)


def best_e1rm(sets: Iterable[SetEntry], unit: Unit) -> float | None:
    """The best estimated 1RM among working sets, in `unit`; None when none qualifies."""
    values = [v for v in (set_e1rm(s, unit) for s in sets) if v is not None]
    return max(values, default=None)


def session_e1rm(session: Session, exercise: str, unit: Unit) -> float | None:
    """The session's estimated 1RM for one exercise: its best working set."""
    return best_e1rm(session.sets_for(exercise), unit)


def set_volume(entry: SetEntry, unit: Unit) -> float:
    """Load × reps in `unit`; 0 for a warm-up."""
    return convert(entry.load, entry.unit, unit) * entry.reps if entry.is_working else 0.0


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    """One session of one exercise, working sets only, loads in the series' unit."""

    date: str
    best_e1rm: float | None
    top_load: float
    volume: float
    working_sets: int
    top_reps: int = 0  # the most reps in one set at the top load (bodyweight: in any set)


@dataclass(frozen=True, slots=True)
class ProgressSeries:
    """One exercise's sessions oldest first, for charts and tables."""

    exercise: str
    unit: Unit
    points: tuple[ProgressPoint, ...] = ()

    @property
    def dates(self) -> tuple[str, ...]:
        return tuple(p.date for p in self.points)

    def since(self, day: str) -> ProgressSeries:
        """The points on or after `day` (YYYY-MM-DD); a binary search, no copy of the rest."""
        start = bisect_left(self.points, day, key=lambda p: p.date)
        return replace(self, points=self.points[start:])

    def window(self, name: Window, today: date) -> ProgressSeries:
        """The last 3 months, 6 months, year (counted back from `today`), or everything."""
        months = WINDOW_MONTHS[name]
        return self if months is None else self.since(months_before(today, months).isoformat())


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier, clamped to the month's last day."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month0 + 1, min(day.day, monthrange(year, month0 + 1)[1]))


def progress_series(sessions: Sequence[Session], unit: Unit) -> dict[str, ProgressSeries]:
    """Every exercise's series in one pass over the sessions (oldest first)."""
    points: dict[str, list[ProgressPoint]] = {}
    for session in sessions:
        per_day: dict[str, list[SetEntry]] = {}
        for entry in session.sets:
            if entry.is_working:
                per_day.setdefault(entry.exercise, []).append(entry)
        for exercise, sets in per_day.items():
            points.setdefault(exercise, []).append(_point(session.date, sets, unit))
    return {ex: ProgressSeries(ex, unit, tuple(pts)) for ex, pts in points.items()}


def exercise_series(sessions: Iterable[Session], exercise: str, unit: Unit) -> ProgressSeries:
    """One exercise's series over sessions oldest first (`progress_series` for one exercise,
    without the others' points)."""
    points: list[ProgressPoint] = []
    for session in sessions:
        sets = [e for e in session.sets if e.exercise == exercise and e.is_working]
        if sets:
            points.append(_point(session.date, sets, unit))
    return ProgressSeries(exercise, unit, tuple(points))


def _point(day: str, sets: list[SetEntry], unit: Unit) -> ProgressPoint:
    best: float | None = None
    top = volume = 0.0
    top_reps = 0
    for entry in sets:
        load = convert(entry.load, entry.unit, unit)
        if load > top:
            top, top_reps = load, entry.reps
        elif load == top:
            top_reps = max(top_reps, entry.reps)
        volume += load * entry.reps
        estimate = e1rm(load, entry.reps, entry.rpe)
        if estimate is not None and (best is None or estimate > best):
            best = estimate
    return ProgressPoint(day, best, top, volume, len(sets), top_reps)
