"""The gym loop's use cases, shared by the CLI and the screens: what today holds, what to prefill,
and turning typed text into sets. Pure: no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from legtui.core.catalog import Catalog
from legtui.core.clock import Clock
from legtui.core.model import (
    WEEKDAYS,
    CheckIn,
    Equipment,
    Exercise,
    PlanItem,
    Session,
    SetEntry,
    Unit,
    fmt_load,
)
from legtui.core.overload import Suggestion, suggest
from legtui.core.plausible import check_zero_load
from legtui.core.program import WorkoutChoice
from legtui.core.setspec import ParsedSet, SetSyntaxError, entry_text, parse
from legtui.services.program import todays_workout
from legtui.services.sets import entries_from
from legtui.store import Store

CHECKIN_ESSENTIALS: tuple[tuple[str, str], ...] = (
    ("weight", "weight"),
    ("sleep_h", "sleep"),
    ("calories", "kcal"),
    ("protein_g", "protein"),
    ("stress", "stress"),
)


@dataclass(frozen=True, slots=True)
class ExerciseDay:
    """One planned exercise as the lifter sees it today."""

    item: PlanItem
    exercise: Exercise
    last: Session | None
    today: tuple[SetEntry, ...]
    suggestion: Suggestion

    @property
    def working_done(self) -> int:
        return sum(1 for s in self.today if s.kind == "working")


@dataclass(frozen=True, slots=True)
class TodayOverview:
    day: date
    training_day: bool
    next_training: date | None
    exercises: tuple[ExerciseDay, ...]
    checkin_missing: tuple[str, ...]
    week_done: int
    week_planned: int
    week_trained: tuple[str, ...]  # ISO dates this week with a working set
    plan_days: tuple[str, ...]
    has_profile: bool
    workout: WorkoutChoice
    workout_count: int
    started: date  # the store's first day (first session or check-in; today on a new store)


def exercise_day(store: Store, catalog: Catalog, item: PlanItem, day: str) -> ExerciseDay:
    history = store.recent_sessions(item.exercise, before=day)
    todays = store.session(day)
    today_sets = todays.sets_for(item.exercise) if todays else ()
    exercise = (
        catalog.get(item.exercise)
        if item.exercise in catalog
        else Exercise(item.exercise, item.exercise, item.equipment or "machine", (), custom=True)
    )
    return ExerciseDay(
        item=item,
        exercise=exercise,
        last=history[-1] if history else None,
        today=today_sets,
        suggestion=suggest(item, exercise, history),
    )


def next_training_day(days: tuple[str, ...], after: date) -> date | None:
    if not days:
        return None
    for offset in range(1, 8):
        candidate = after + timedelta(days=offset)
        if WEEKDAYS[candidate.weekday()] in days:
            return candidate
    return None


def missing_checkin(entry: CheckIn | None) -> tuple[str, ...]:
    return tuple(
        label for name, label in CHECKIN_ESSENTIALS if entry is None or getattr(entry, name) is None
    )


def today_overview(store: Store, clock: Clock) -> TodayOverview:
    day = clock.today()
    iso = day.isoformat()
    plan = store.plan()
    catalog = store.catalog()
    monday = day - timedelta(days=day.weekday())
    week = store.sessions(since=monday.isoformat(), until=iso)
    trained = tuple(s.date for s in week if any(e.is_working for e in s.sets))
    workout = todays_workout(store, day, plan)
    started = first_day(store, monday, day)
    planned = [
        monday + timedelta(days=WEEKDAYS.index(name)) for name in plan.days if name in WEEKDAYS
    ]
    return TodayOverview(
        day=day,
        training_day=WEEKDAYS[day.weekday()] in plan.days,
        next_training=next_training_day(plan.days, day),
        exercises=tuple(exercise_day(store, catalog, item, iso) for item in workout.workout.items),
        checkin_missing=missing_checkin(store.checkin(iso)),
        week_done=len(trained),
        week_planned=sum(1 for d in planned if d >= started),
        week_trained=trained,
        plan_days=plan.days,
        has_profile=store.has_profile(),
        workout=workout,
        workout_count=len(plan.workouts),
        started=started,
    )


def first_day(store: Store, monday: date, today: date) -> date:
    """The store's first day as far as this week goes: its oldest session or this week's first
    check-in, else today. Days before it are not misses (the lifter was not using legtui)."""
    days = [c.date for c in store.checkins(since=monday.isoformat(), until=today.isoformat())]
    oldest = store.first_day()
    if oldest is not None:
        days.append(oldest)
    return min((date.fromisoformat(d) for d in days), default=today)


def week_strip(overview: TodayOverview) -> list[tuple[str, str]]:
    """Mon..Sun of this week as (label, state): state is done, today, planned, missed or rest
    (a day before the store's first day is rest, never missed)."""
    monday = overview.day - timedelta(days=overview.day.weekday())
    strip = []
    for offset, name in enumerate(WEEKDAYS):
        day = monday + timedelta(days=offset)
        planned = name in overview.plan_days
        if day.isoformat() in overview.week_trained:
            state = "done"
        elif day == overview.day:
            state = "today" if planned else "rest"
        elif planned and day >= overview.started:
            state = "missed" if day < overview.day else "planned"
        else:
            state = "rest"
        strip.append((name.capitalize(), state))
    return strip


def prefill(ex: ExerciseDay) -> str:
    """The next set to log: the last working set logged today (its load, reps and sides; RPE and
    note dropped, warm-ups ignored), or the suggestion's first set before any."""
    working = [s for s in ex.today if s.is_working]
    if not working:
        sug = ex.suggestion
        return ParsedSet(reps=sug.reps[0], load=sug.load, bodyweight=sug.load == 0).text()
    last = working[-1]
    unit = None if last.unit == ex.suggestion.unit else last.unit  # what was typed, not converted
    return ParsedSet(reps=last.reps, load=last.load, unit=unit, bodyweight=last.load == 0,
                     sides=last.sides).text()


def plan_text(ex: ExerciseDay) -> str:
    """The plan's target for the next working set: `plan: 85 kg × 8 (set 2 of 3)`, or that the
    planned sets are done."""
    sug, done = ex.suggestion, ex.working_done
    if done >= sug.sets:
        return f"plan: {sug.sets} of {sug.sets} sets done"
    load = "bodyweight" if sug.load <= 0 else f"{fmt_load(sug.load)} {sug.unit}"
    reps = sug.reps[min(done, len(sug.reps) - 1)]
    return f"plan: {load} × {reps} (set {done + 1} of {sug.sets})"


def read_input(
    text: str, prefilled: str, unit: Unit, exercise: str, logged_at: str, *,
    unilateral: bool = False, equipment: Equipment | None = None,
) -> list[SetEntry]:
    """Typed text to sets; `x10` takes the prefilled load. Raises SetSyntaxError, also for a
    load of 0 on a loaded `equipment` (bodyweight is `bw`)."""
    parsed = parse(text, allow_missing_load=True)
    check_zero_load(parsed, equipment)
    if parsed.load is None:
        base = parse(prefilled)
        parsed = ParsedSet(
            reps=parsed.reps,
            load=base.load,
            unit=parsed.unit or base.unit,
            sets=parsed.sets,
            rpe=parsed.rpe,
            kind=parsed.kind,
            bodyweight=base.bodyweight,
            note=parsed.note,
            sides=parsed.sides,
        )
    return entries_from(parsed, exercise, unit, logged_at, unilateral=unilateral)


def typed_text(entry: SetEntry) -> str:
    """A set as the lifter would type it back, note included: what an edit starts from."""
    return entry_text(entry, with_unit=True) + (f" # {entry.note}" if entry.note else "")


def edited_set(
    text: str, old: SetEntry, *, unilateral: bool = False, equipment: Equipment | None = None
) -> SetEntry:
    """The set `old` becomes when edited to `text` (`x10` keeps its load; its unit, exercise and
    time stay). Raises SetSyntaxError for bad text, for more than one set, or for a load of 0
    on a loaded `equipment`."""
    new = read_input(text, entry_text(old, with_unit=True), old.unit, old.exercise, old.logged_at,
                     unilateral=unilateral, equipment=equipment)
    if len(new) != 1:
        raise SetSyntaxError("An edit changes one set: leave out the xSETS part.")
    return new[0]


def is_unilateral(catalog: Catalog, exercise: str) -> bool:
    """Whether the exercise is trained one leg at a time (its sets may have sides)."""
    return exercise in catalog and catalog.get(exercise).unilateral
