"""Progression's numbers: one exercise's series and records from its own sessions agree with the
whole-history computations; rows are built lazily but the same; the module stays pure."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from legtui.core.model import Session, SetEntry, SetKind, Unit
from legtui.core.records import RecordBook, day_records, records_by_day
from legtui.core.stats import exercise_series, progress_series
from legtui.services.demo import DEMO_PLAN, DEMO_PROFILE, fill
from legtui.services.progress import ProgressData, band_text, window_start
from legtui.store import Store

TODAY = date(2026, 11, 25)

_sets = st.tuples(
    st.sampled_from(["rdl", "hip-thrust"]),
    st.sampled_from([0, 20, 40, 45, 60, 61.25]),
    st.sampled_from(["kg", "lb"]),
    st.integers(1, 14),
    st.none() | st.sampled_from([7.5, 9.0, 10.0]),
    st.sampled_from(["working", "working", "warmup"]),
)
_days = st.lists(st.lists(_sets, min_size=1, max_size=6), min_size=1, max_size=6)


def sessions_of(raw: list[list[tuple[str, float, Unit, int, float | None, SetKind]]]
                ) -> list[Session]:
    return [
        Session(f"2026-01-{d + 1:02d}", tuple(
            SetEntry(f"{d}-{i}", ex, load, unit, reps, "", rpe, kind)
            for i, (ex, load, unit, reps, rpe, kind) in enumerate(day)))
        for d, day in enumerate(raw)
    ]


@settings(max_examples=150, deadline=None)
@given(_days)
def test_records_by_day_agrees_with_the_book_set_by_set(
    raw: list[list[tuple[str, float, Unit, int, float | None, SetKind]]]
) -> None:
    sessions = sessions_of(raw)
    by_day = records_by_day(sessions, "kg", "rdl")
    for d, session in enumerate(sessions):
        rdl = [s for s in session.sets if s.exercise == "rdl"]
        history = [Session(s.date, s.sets_for("rdl")) for s in sessions[:d]]
        final: dict[tuple[str, int | None, float | None], tuple[float, float, str]] = {}
        for _, records in day_records(history, rdl, "kg"):
            for r in records:
                final[(r.kind, r.reps, r.load)] = (r.value, r.previous, r.set_id)
        got = {(r.kind, r.reps, r.load): (r.value, r.previous, r.set_id)
               for r in by_day[session.date]}
        assert got == final
    book = RecordBook.from_sessions(sessions, "kg", "rdl")
    whole = RecordBook.from_sessions(sessions, "kg")
    assert book.best("rdl", "e1rm") == whole.best("rdl", "e1rm")
    assert book.best("hip-thrust", "e1rm") is None  # the filter left the others out


@settings(max_examples=100, deadline=None)
@given(_days)
def test_one_exercise_series_is_its_part_of_every_series(
    raw: list[list[tuple[str, float, Unit, int, float | None, SetKind]]]
) -> None:
    sessions = sessions_of(raw)
    every = progress_series(sessions, "kg")
    for exercise in ("rdl", "hip-thrust"):
        one = exercise_series(sessions, exercise, "kg")
        assert one.points == (every[exercise].points if exercise in every else ())


def test_progress_data_on_a_seeded_year(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.json")
    fill(store, 1.0, 1, TODAY)
    data = ProgressData(store, "kg", "cm", TODAY)
    assert data.exercises[:len(DEMO_PLAN.items)] == tuple(i.exercise for i in DEMO_PLAN.items)
    series = data.series("rdl")
    assert data.series("rdl") is series  # computed once
    assert series.points == progress_series(store.sessions(), "kg")["rdl"].points
    tail = data.rows("rdl", len(series.points) - 5)
    rows = data.rows("rdl")
    assert rows[-5:] == tail and [r.date for r in rows] == list(series.dates)
    marks = records_by_day(store.sessions("rdl"), "kg", "rdl")
    assert [r.date for r in rows if r.records] == [d for d, recs in marks.items() if recs]
    assert data.fresh(store, "kg", "cm", TODAY)
    assert not data.fresh(store, "lb", "cm", TODAY)
    store.set_profile(DEMO_PROFILE)
    assert not data.fresh(store, "kg", "cm", TODAY)  # a write is a new generation


def test_windows_and_the_band() -> None:
    assert window_start("3m", TODAY, None) == date(2026, 8, 25)
    assert window_start("all", TODAY, date(2022, 1, 3)) == date(2022, 1, 3)
    assert window_start("all", TODAY, None) == TODAY
    assert [band_text(s) for s in (9.5, 10, 20, 20.5)] == ["9.5↓", "10 ", "20 ", "20.5↑"]


def test_progress_never_imports_textual() -> None:
    code = "import sys, legtui.services.progress; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
