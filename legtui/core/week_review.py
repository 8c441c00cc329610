"""The week in review: both halves of the seed in one place (docs/science.md, "The week in
review"). Pure: the 7 days ending on a day, from sessions, check-ins and today's targets.

- the trend weight's change over the week and the waist, hip and thigh girth change;
- working sets for hamstrings and glutes against 10–20 a week;
- sessions done against the plan's training days;
- days in the calorie band, at the protein target, with 7–9 h of sleep;
- one line on what to focus on next week: the habit furthest off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from legtui.core.catalog import Catalog
from legtui.core.checkin_review import mark
from legtui.core.model import CheckIn, LengthUnit, Session, Unit, from_kg
from legtui.core.nutrition import Targets, trend
from legtui.core.volume import weekly_muscle_volume

DAYS = 7
SETS_BAND = (10, 20)  # working sets per muscle a week (docs/science.md)
MUSCLES = ("hamstrings", "glutes")
HABITS = {"calories": "calories", "protein": "protein_g", "sleep": "sleep_h"}
TAPE = ("waist", "hips", "thigh")
CM_PER_IN = 2.54


@dataclass(frozen=True, slots=True)
class Change:
    start: float
    end: float

    def to_json(self) -> dict[str, float]:
        return {"start": round(self.start, 1), "end": round(self.end, 1),
                "change": round(self.end - self.start, 1)}


@dataclass(frozen=True, slots=True)
class Count:
    done: int
    of: int  # days judged (calories, protein, sleep) or sessions planned


@dataclass(frozen=True, slots=True)
class WeekReview:
    start: date
    end: date
    unit: Unit
    length_unit: LengthUnit
    weight: Change | None
    girths: dict[str, Change | None]
    sets: dict[str, float]
    sessions: Count
    days: dict[str, Count]
    focus: str

    def to_json(self) -> dict[str, Any]:
        low, high = SETS_BAND
        return {
            "start": self.start.isoformat(), "end": self.end.isoformat(),
            "trend_weight": None if self.weight is None else {
                **self.weight.to_json(), "unit": self.unit},
            "girth": {"unit": self.length_unit, **{
                name: None if c is None else c.to_json() for name, c in self.girths.items()}},
            "sets": {**{m: round(v, 1) for m, v in self.sets.items()},
                     "band": {"low": low, "high": high}},
            "sessions": {"done": self.sessions.done, "planned": self.sessions.of},
            "days": {name: {"on": c.done, "judged": c.of, "of": DAYS}
                     for name, c in self.days.items()},
            "focus": self.focus,
        }


def _weight_change(checkins: Sequence[CheckIn], start: date, end: date,
                   unit: Unit) -> Change | None:
    """The trend weight on the day before the week and on its last day (both weigh-ins)."""
    days = sorted((c for c in checkins if c.weight is not None and c.date <= end.isoformat()),
                  key=lambda c: c.date)
    smoothed = trend([kg for c in days if (kg := c.weight_kg()) is not None])
    before = [t for c, t in zip(days, smoothed, strict=True) if c.date < start.isoformat()]
    inside = any(c.date >= start.isoformat() for c in days)
    if not before or not inside:
        return None
    return Change(from_kg(before[-1], unit), from_kg(smoothed[-1], unit))


def _girth(entry: CheckIn, name: str, unit: LengthUnit) -> float | None:
    value: float | None = getattr(entry, name)
    if value is None or entry.length_unit == unit:
        return value
    return value * CM_PER_IN if unit == "cm" else value / CM_PER_IN


def _girth_change(checkins: Sequence[CheckIn], name: str, start: date, end: date,
                  unit: LengthUnit) -> Change | None:
    """The last measurement in the week against the last one before it."""
    taken = [(c.date, v) for c in sorted(checkins, key=lambda c: c.date)
             if c.date <= end.isoformat() and (v := _girth(c, name, unit)) is not None]
    before = [v for day, v in taken if day < start.isoformat()]
    inside = [v for day, v in taken if day >= start.isoformat()]
    return Change(before[-1], inside[-1]) if before and inside else None


def _sets(sessions: Sequence[Session], catalog: Catalog, unit: Unit) -> dict[str, float]:
    totals = dict.fromkeys(MUSCLES, 0.0)
    for per_muscle in weekly_muscle_volume(sessions, catalog, unit).values():
        for muscle in MUSCLES:
            volume = per_muscle.get(muscle)
            totals[muscle] += 0.0 if volume is None else volume.sets
    return totals


def _days(week: Sequence[CheckIn], targets: Targets) -> dict[str, Count]:
    """Per habit: days on target and days judged (a day without a target is not judged)."""
    out = {}
    for label, field in HABITS.items():
        marks = [mark(field, entry, targets).status for entry in week]
        out[label] = Count(sum(m == "on" for m in marks), sum(m is not None for m in marks))
    return out


def focus_line(sets: dict[str, float], sessions: Count, days: dict[str, Count]) -> str:
    """The habit furthest off, as one line for next week."""
    low, high = SETS_BAND
    gaps: list[tuple[float, str]] = []
    if sessions.of:
        gaps.append(((sessions.of - sessions.done) / sessions.of,
                     f"train all {sessions.of} planned sessions: {sessions.done} this week"))
    for muscle, count in sets.items():
        gaps.append(((low - count) / low, f"do at least {low} working sets for the {muscle} "
                     f"({count:g} this week; {low}–{high} builds muscle)"))
    wording = {"calories": "keep calories in the band", "protein": "reach the protein target",
               "sleep": "sleep 7–9 h"}
    for label, habit in days.items():
        gaps.append(((DAYS - habit.done) / DAYS,
                     f"{wording[label]}: {habit.done} of {DAYS} days this week"))
    share, line = max(gaps, key=lambda gap: gap[0])
    return f"next week: {line}" if share > 0 else "next week: keep going, every habit is on track"


def week_review(sessions: Sequence[Session], checkins: Sequence[CheckIn], targets: Targets,
                catalog: Catalog, planned: int, length_unit: LengthUnit, end: date) -> WeekReview:
    """The 7 days ending on `end`; `planned` is the plan's training days a week."""
    start = end - timedelta(days=DAYS - 1)
    span = (start.isoformat(), end.isoformat())
    week = [c for c in checkins if span[0] <= c.date <= span[1]]
    trained = [s for s in sessions if span[0] <= s.date <= span[1]
               and any(e.is_working for e in s.sets)]
    sets = _sets(trained, catalog, targets.unit)
    done = Count(len(trained), planned)
    days = _days(week, targets)
    return WeekReview(
        start, end, targets.unit, length_unit,
        _weight_change(checkins, start, end, targets.unit),
        {name: _girth_change(checkins, name, start, end, length_unit) for name in TAPE},
        sets, done, days, focus_line(sets, done, days),
    )


def review_lines(review: WeekReview) -> list[str]:
    """The review as short lines for the shell and the Week screen."""
    data = review.to_json()
    lines = [f"week {review.start.strftime('%a %d %b')} – {review.end.strftime('%a %d %b')}"]
    weight = data["trend_weight"]
    lines.append("trend     -" if weight is None else
                 f"trend     {weight['end']:.1f} {review.unit} ({weight['change']:+.1f})")
    tape = [f"{name} {c['change']:+.1f}" for name in TAPE if (c := data["girth"][name])]
    lines.append(f"tape      {', '.join(tape)} {review.length_unit}" if tape else
                 "tape      - (measure weekly: waist, hips, thigh)")
    low, high = SETS_BAND
    lines.append("sets      " + ", ".join(f"{m} {review.sets[m]:g}" for m in MUSCLES)
                 + f" (aim {low}–{high})")
    lines.append(f"sessions  {review.sessions.done} of {review.sessions.of} planned")
    labels = {"calories": "in band", "protein": "protein", "sleep": "sleep"}
    lines.append("days      " + ", ".join(
        f"{labels[name]} {count.done}/{DAYS}" for name, count in review.days.items()))
    lines.append(review.focus)
    return lines
