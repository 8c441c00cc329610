"""What the Progression screen shows, computed from the store. Pure: no Textual.

`ProgressData` belongs to one store generation, unit and day, and computes each part the first
time it is asked for: an exercise's series and session rows from its own sessions only (the
first view needs no more than the first planned exercise that was trained); the list of every
trained exercise, weekly volume and bodyweight from the whole history, when `[`/`]` or their view
first needs them. Switching exercise or window afterwards only slices what is cached.

`ProgressCache` hands one `ProgressData` from the thread that prepares it ahead (after Today's
first paint) to the screen, which waits for it rather than computing it twice.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from legtui.core.catalog import GLU, HAM, QUA
from legtui.core.model import CM_IN_INCH, CheckIn, LengthUnit, Session, Unit, fmt_load, from_kg
from legtui.core.nutrition import trend, weigh_ins
from legtui.core.records import Record, records_by_day
from legtui.core.setspec import set_label
from legtui.core.stats import (
    WINDOW_MONTHS,
    ProgressPoint,
    ProgressSeries,
    Window,
    exercise_series,
    months_before,
)
from legtui.core.volume import iso_week, week_monday, weekly_muscle_volume
from legtui.store import Store

Point = tuple[int, float]  # (date ordinal, value)

WINDOW_NAMES: dict[Window, str] = {
    "3m": "3 months", "6m": "6 months", "1y": "1 year", "all": "all time"
}
MUSCLES: tuple[tuple[str, str], ...] = ((HAM, "ham"), (GLU, "glutes"), (QUA, "quads"))
SETS_BAND = (10.0, 20.0)  # working sets a week per muscle
GIRTHS = ("waist", "hips", "thigh")


def record_mark(record: Record) -> str:
    """A short table mark: `1RM`, `8RM`, `reps@60`, `vol`."""
    if record.kind == "e1rm":
        return "1RM"
    if record.kind == "load_at_reps":
        return f"{record.reps}RM"
    if record.kind == "reps_at_load":
        return f"reps@{fmt_load(record.load or 0)}"
    return "vol"


def band_text(sets: float) -> str:
    """Weekly sets with ↓ under the 10–20 band or ↑ over it."""
    low, high = SETS_BAND
    mark = "↓" if sets < low else ("↑" if sets > high else " ")
    return f"{sets:g}{mark}"


def girth_in(value: float | None, src: LengthUnit, dst: LengthUnit) -> str:
    if value is None:
        return "–"
    if src != dst:
        value = value * CM_IN_INCH if dst == "cm" else value / CM_IN_INCH
    return f"{value:.1f}"


def window_start(window: Window, today: date, first: date | None) -> date:
    """The first day a window shows: months back from today, or the first day with data."""
    months = WINDOW_MONTHS[window]
    if months is not None:
        return months_before(today, months)
    return first or today


def since_ordinal(points: tuple[Point, ...], start: int) -> tuple[Point, ...]:
    return points[bisect_left(points, start, key=lambda p: p[0]):]


@dataclass(frozen=True, slots=True)
class SessionRow:
    date: str
    e1rm: str
    top: str
    records: str
    sets: str


@dataclass(frozen=True, slots=True)
class WeekRow:
    monday: date
    sets: tuple[float, ...]  # per MUSCLES


@dataclass(frozen=True, slots=True)
class Body:
    weights: tuple[Point, ...]
    trend: tuple[Point, ...]
    girths: tuple[CheckIn, ...]


class _Exercise:
    """One exercise's series, the records of each day and the table rows built so far."""

    def __init__(self, exercise: str, days: list[Session], series: ProgressSeries,
                 marks: dict[str, list[Record]]) -> None:
        self.exercise = exercise
        self.by_date = {s.date: s.sets for s in days}
        self.series = series
        self.marks = marks
        self._rows: list[SessionRow | None] = [None] * len(series.points)

    def rows(self, start: int) -> list[SessionRow]:
        out: list[SessionRow] = []
        for index in range(max(0, start), len(self._rows)):
            row = self._rows[index]
            if row is None:
                row = self._rows[index] = self._row(self.series.points[index])
            out.append(row)
        return out

    def _row(self, point: ProgressPoint) -> SessionRow:
        sets = self.by_date[point.date]
        return SessionRow(
            date=point.date,
            e1rm="–" if point.best_e1rm is None else f"{point.best_e1rm:.1f}",
            top=fmt_load(point.top_load),
            records=" ".join(record_mark(r) for r in self.marks.get(point.date, ())),
            sets=" ".join(set_label(s, self.series.unit) for s in sets),
        )


class ProgressData:
    """Progression's numbers for one store generation, unit and day."""

    def __init__(self, store: Store, unit: Unit, length_unit: LengthUnit, today: date) -> None:
        self.store = store
        self.generation = store.generation
        self.unit = unit
        self.length_unit = length_unit
        self.today = today
        self.catalog = store.catalog()
        self.planned = tuple(dict.fromkeys(i.exercise for i in store.plan().items))
        self._exercises: tuple[str, ...] | None = None
        self._series: dict[str, _Exercise] = {}
        self._weeks: list[WeekRow] | None = None
        self._body: Body | None = None

    def fresh(self, store: Store, unit: Unit, length_unit: LengthUnit, today: date) -> bool:
        return (store is self.store and store.generation == self.generation
                and (unit, length_unit, today) == (self.unit, self.length_unit, self.today))

    @property
    def exercises(self) -> tuple[str, ...]:
        """Every exercise with a working set: the plan's first, in its order, then the others
        by name."""
        if self._exercises is None:
            trained: set[str] = set()
            for session in self.store.each_session():  # read through, not kept (memory)
                trained.update(e.exercise for e in session.sets
                               if e.exercise not in trained and e.is_working)
            planned = [ex for ex in self.planned if ex in trained]
            others = sorted(trained - set(planned), key=self.catalog.name)
            self._exercises = (*planned, *others)
        return self._exercises

    def first_exercise(self) -> str | None:
        """`exercises[0]`, found from the plan's own exercises when one of them was trained."""
        for exercise in self.planned:
            if self.trained(exercise):
                return exercise
        return self.exercises[0] if self.exercises else None

    def trained(self, exercise: str) -> bool:
        """Whether the exercise has a working set (is one of `exercises`)."""
        if self._exercises is not None:
            return exercise in self._exercises
        return bool(self.series(exercise).points)

    def name(self, exercise: str) -> str:
        return self.catalog.name(exercise)

    def series(self, exercise: str) -> ProgressSeries:
        """The exercise's sessions oldest first: best e1RM, top load, volume."""
        return self._exercise(exercise).series

    def rows(self, exercise: str, start: int = 0) -> list[SessionRow]:
        """The rows of the series' points from `start` on (oldest first), with the records each
        session set (counted over the whole history). A row is built the first time it is
        asked for: a window shows a slice of the history."""
        return self._exercise(exercise).rows(start)

    def _exercise(self, exercise: str) -> _Exercise:
        if exercise not in self._series:
            # the exercise's working sets of each day (all the series and records read), not
            # the whole days: a long history is read through, not kept
            days = [Session(s.date, s.working_sets_for(exercise))
                    for s in self.store.each_session(exercise)]
            self._series[exercise] = _Exercise(
                exercise, days, exercise_series(days, exercise, self.unit),
                records_by_day(days, self.unit, exercise))
        return self._series[exercise]

    def first_day(self) -> date | None:
        first = self.store.first_day()
        return None if first is None else date.fromisoformat(first)

    def weeks(self) -> list[WeekRow]:
        """Every ISO week from the first session's to today's, oldest first, empty ones at 0."""
        if self._weeks is None:
            volume = weekly_muscle_volume(self.store.each_session(), self.catalog, self.unit)
            out: list[WeekRow] = []
            first = self.first_day()
            if first is not None:
                monday = week_monday(iso_week(first.isoformat()))
                while monday <= self.today:
                    per = volume.get(iso_week(monday.isoformat()), {})
                    out.append(WeekRow(monday, tuple(
                        per[m].sets if m in per else 0.0 for m, _ in MUSCLES)))
                    monday += timedelta(days=7)
            self._weeks = out
        return self._weeks

    def body(self) -> Body:
        """Weigh-ins with their trend (in the unit), and the check-ins with a girth."""
        if self._body is None:
            checkins = self.store.checkins()
            points = weigh_ins(checkins, self.today)
            smooth = trend([kg for _, kg in points])
            self._body = Body(
                weights=tuple((d.toordinal(), from_kg(kg, self.unit)) for d, kg in points),
                trend=tuple((d.toordinal(), from_kg(kg, self.unit))
                            for (d, _), kg in zip(points, smooth, strict=True)),
                girths=tuple(c for c in checkins
                             if any(getattr(c, g) is not None for g in GIRTHS)),
            )
        return self._body


class ProgressCache:
    """The `ProgressData` of the latest store generation, unit and day, shared by the app's
    preparing thread and the screen. Whoever asks first makes it; an asker meanwhile waits.
    (A part asked for by both threads at once may be computed twice, to the same result.)"""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._data: ProgressData | None = None

    def data(self, store: Store, unit: Unit, length_unit: LengthUnit, today: date
             ) -> ProgressData:
        with self._lock:
            return self._current(store, unit, length_unit, today)

    def prepare(self, store: Store, unit: Unit, length_unit: LengthUnit, today: date) -> None:
        """Compute what the first view shows (the first exercise's series, rows and records),
        then, no longer holding up the screen, the list of exercises `[`/`]` walks."""
        with self._lock:
            data = self._current(store, unit, length_unit, today)
            first = data.first_exercise()
            if first is not None:
                data.rows(first)
        _ = data.exercises  # computed and kept

    def _current(self, store: Store, unit: Unit, length_unit: LengthUnit, today: date
                 ) -> ProgressData:
        data = self._data
        if data is None or not data.fresh(store, unit, length_unit, today):
            data = self._data = ProgressData(store, unit, length_unit, today)
        return data
