"""Properties of the overload engine over random histories and plan settings."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from legtui.core.catalog import Catalog
from legtui.core.loads import BAR, loads_for
from legtui.core.model import PlanItem, Session, SetEntry
from legtui.core.overload import KINDS, MAX_SETS, suggest

CATALOG = Catalog()
# one exercise of each kind of equipment
EXERCISES = ("rdl", "bulgarian-split-squat", "step-up", "glute-bridge", "leg-curl",
             "cable-kickback")


@st.composite
def plan_items(draw: st.DrawFn) -> PlanItem:
    low = draw(st.integers(3, 12))
    return PlanItem(
        exercise=draw(st.sampled_from(EXERCISES)),
        sets=draw(st.integers(1, 5)),
        rep_low=low,
        rep_high=draw(st.integers(low, low + 8)),
        scheme=draw(st.sampled_from(("double", "linear"))),
        start_load=draw(st.sampled_from((0.0, 20.0, 45.0, 33.3))),
        unit=draw(st.sampled_from(("kg", "lb"))),
        increment=draw(st.sampled_from((None, 2.5, 5.0, 1.0))),
        max_load=draw(st.one_of(st.none(), st.floats(50, 300).map(lambda x: round(x, 1)))),
        target_rpe=draw(st.sampled_from((7.0, 8.0, 9.0))),
    )


@st.composite
def sessions_for(draw: st.DrawFn, exercise: str) -> list[Session]:
    count = draw(st.integers(0, 8))
    out = []
    for day in range(count):
        sets = []
        for n in range(draw(st.integers(1, 6))):
            sets.append(SetEntry(
                id=f"{day}-{n}",
                exercise=draw(st.sampled_from((exercise, exercise, exercise, "squat"))),
                load=draw(st.floats(0, 200).map(lambda x: round(x * 4) / 4)),
                unit=draw(st.sampled_from(("kg", "lb"))),
                reps=draw(st.integers(1, 25)),
                logged_at="",
                rpe=draw(st.one_of(st.none(), st.sampled_from((6.0, 7.5, 8.0, 9.0, 10.0)))),
                kind=draw(st.sampled_from(("working", "working", "warmup", "drop", "failure"))),
                tempo=draw(st.sampled_from((None, None, "3-0-1-0"))),
            ))
        out.append(Session((date(2025, 1, 1) + timedelta(days=3 * day)).isoformat(), tuple(sets)))
    return out


@st.composite
def steady_sessions(draw: st.DrawFn, item: PlanItem) -> list[Session]:
    """A lifter near the plan: a few loads, about the planned sets, reps around the range,
    so stalls, deloads and extra sets come up often."""
    loads = draw(st.lists(st.sampled_from((0.0, 20.0, 22.5, 45.0, 60.0, 62.5, 135.0)),
                          min_size=1, max_size=3))
    out = []
    for day in range(draw(st.integers(1, 9))):
        load = draw(st.sampled_from(loads))
        sets = tuple(
            SetEntry(f"{day}-{n}", item.exercise, load, item.unit,
                     draw(st.integers(max(1, item.rep_low - 2), item.rep_high + 1)), "",
                     draw(st.sampled_from((None, None, 8.0, 10.0))))
            for n in range(draw(st.integers(max(1, item.sets - 1), item.sets + 2)))
        )
        out.append(Session((date(2025, 1, 1) + timedelta(days=2 * day)).isoformat(), sets))
    return out


@st.composite
def cases(draw: st.DrawFn) -> tuple[PlanItem, list[Session]]:
    item = draw(plan_items())
    history = st.one_of(sessions_for(item.exercise), steady_sessions(item))
    return item, draw(history)


def last_top(item: PlanItem, sessions: list[Session]) -> tuple[float, list[int]] | None:
    """The newest session's heaviest working load (plan unit) and the reps done at it."""
    for session in reversed(sessions):
        sets = [s for s in session.sets if s.exercise == item.exercise
                and s.kind in ("working", "failure")]
        if sets:
            top = max(round(s.load_in(item.unit), 3) for s in sets)
            return top, [s.reps for s in sets if round(s.load_in(item.unit), 3) == top]
    return None


@settings(max_examples=400, deadline=None)
@given(cases())
def test_loads_are_achievable_and_within_bounds(case: tuple[PlanItem, list[Session]]) -> None:
    item, sessions = case
    exercise = CATALOG.get(item.exercise)
    loads = loads_for(item, exercise.equipment)
    got = suggest(item, exercise, sessions)
    assert got.kind in KINDS
    assert got.unit == item.unit
    assert loads.achievable(got.load)
    assert got.load >= loads.minimum >= 0
    if item.max_load is not None:
        assert got.load <= max(item.max_load, loads.minimum)
    assert got.sets == len(got.reps)
    assert item.sets <= got.sets <= max(MAX_SETS, item.sets)
    assert all(r >= 1 for r in got.reps)
    if got.kind == "start":
        assert last_top(item, sessions) is None


@settings(max_examples=400, deadline=None)
@given(cases())
def test_never_heavier_after_a_session_that_missed_the_range(
    case: tuple[PlanItem, list[Session]],
) -> None:
    item, sessions = case
    top = last_top(item, sessions)
    if top is None:
        return
    load, reps = top
    got = suggest(item, CATALOG.get(item.exercise), sessions)
    if len(reps) < item.sets or min(reps) < item.rep_low:
        floor = loads_for(item, CATALOG.get(item.exercise).equipment).minimum
        assert got.load <= max(load, floor)
        assert got.kind in ("repeat", "deload", "add-set", "slow-tempo")


@settings(max_examples=300, deadline=None)
@given(cases())
def test_a_deload_is_lighter_but_never_below_the_empty_bar(
    case: tuple[PlanItem, list[Session]],
) -> None:
    item, sessions = case
    exercise = CATALOG.get(item.exercise)
    got = suggest(item, exercise, sessions)
    if got.kind != "deload":
        return
    top = last_top(item, sessions)
    assert top is not None and got.load < top[0]
    if exercise.equipment == "barbell":
        assert got.load >= BAR[item.unit]


@settings(max_examples=300, deadline=None)
@given(cases())
def test_same_history_same_answer(case: tuple[PlanItem, list[Session]]) -> None:
    item, sessions = case
    exercise = CATALOG.get(item.exercise)
    first = suggest(item, exercise, sessions)
    assert suggest(item, exercise, list(sessions)) == first
    assert suggest(item, exercise, sessions[::-1]) == first
    assert first.to_json() == suggest(item, exercise, sessions).to_json()
