"""Weekly training volume per exercise and per muscle, by ISO week. Pure; warm-ups never count.

Per muscle, a set counts once for each of the exercise's primary muscles and half for each of
its synergists (an RDL set is one hamstrings set and one glutes set; a hip thrust set is one
glutes set and half a hamstrings set). Exercises the catalog does not know count for no muscle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from legtui.core.catalog import Catalog
from legtui.core.model import Exercise, Session, Unit, convert

Week = tuple[int, int]  # (ISO year, ISO week number)

SYNERGIST_SHARE = 0.5


def iso_week(day: str) -> Week:
    """The ISO week of a `YYYY-MM-DD` date: weeks start on Monday; 2026-01-01 is (2026, 1)."""
    year, week, _ = date.fromisoformat(day).isocalendar()
    return year, week


def week_monday(week: Week) -> date:
    return date.fromisocalendar(week[0], week[1], 1)


@dataclass(frozen=True, slots=True)
class Volume:
    """Working sets (fractional per muscle) and load × reps in the caller's unit."""

    sets: float = 0.0
    load_reps: float = 0.0


def muscle_shares(exercise: Exercise) -> dict[str, float]:
    """How much one set of `exercise` counts for each muscle: 1 primary, ½ synergist."""
    shares = dict.fromkeys(exercise.synergists, SYNERGIST_SHARE)
    shares.update(dict.fromkeys(exercise.primary, 1.0))
    return shares


def weekly_volume(sessions: Iterable[Session], unit: Unit) -> dict[Week, dict[str, Volume]]:
    """Per ISO week (oldest first), per exercise: working sets and load × reps in `unit`."""
    totals: dict[Week, dict[str, list[float]]] = {}
    for session in sessions:
        week = totals.setdefault(iso_week(session.date), {})
        for entry in session.sets:
            if entry.is_working:
                acc = week.setdefault(entry.exercise, [0.0, 0.0])
                acc[0] += 1
                acc[1] += convert(entry.load, entry.unit, unit) * entry.reps
    return _frozen(totals)


def weekly_muscle_volume(
    sessions: Iterable[Session], catalog: Catalog, unit: Unit
) -> dict[Week, dict[str, Volume]]:
    """Per ISO week (oldest first), per muscle: sets and load × reps, synergists at half."""
    shares: dict[str, dict[str, float]] = {}
    totals: dict[Week, dict[str, list[float]]] = {}
    for week, per_exercise in weekly_volume(sessions, unit).items():
        muscles = totals.setdefault(week, {})
        for exercise, volume in per_exercise.items():
            if exercise not in catalog:
                continue
            if exercise not in shares:
                shares[exercise] = muscle_shares(catalog.get(exercise))
            for muscle, share in shares[exercise].items():
                acc = muscles.setdefault(muscle, [0.0, 0.0])
                acc[0] += share * volume.sets
                acc[1] += share * volume.load_reps
    return _frozen(totals)


def _frozen(totals: dict[Week, dict[str, list[float]]]) -> dict[Week, dict[str, Volume]]:
    return {
        week: {name: Volume(acc[0], acc[1]) for name, acc in per.items()}
        for week, per in totals.items()
    }
