"""The gym loop's pure use cases: prefill, typed input, the week strip, the check-in status."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from legtui.core.clock import fixed
from legtui.core.model import CheckIn
from legtui.core.setspec import SetSyntaxError
from legtui.services.gym import (
    missing_checkin,
    next_training_day,
    prefill,
    read_input,
    today_overview,
    week_strip,
)
from legtui.store import Store

NOW = "2026-11-25T10:00:00Z"  # Wednesday


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "s.json")


def test_prefill_follows_the_suggestion_then_repeats_the_last_set(store: Store) -> None:
    clock = fixed(NOW)
    rdl = today_overview(store, clock).exercises[0]
    assert rdl.exercise.id == "rdl"
    assert prefill(rdl) == "20x8"
    for reps in (8, 8, 7):
        store.log_sets("2026-11-25", read_input(f"30x{reps}", "20x8", "kg", "rdl", NOW))
    rdl = today_overview(store, clock).exercises[0]
    assert rdl.working_done == 3
    assert prefill(rdl) == "30x7"  # all planned sets done: the last one again


def test_read_input_takes_the_prefilled_load_for_x_reps() -> None:
    [entry] = read_input("x10@9", "62.5x8", "kg", "rdl", NOW)
    assert (entry.load, entry.reps, entry.rpe, entry.unit) == (62.5, 10, 9.0, "kg")
    three = read_input("w40x5x3", "62.5x8", "lb", "rdl", NOW)
    assert [(e.load, e.kind, e.unit) for e in three] == [(40.0, "warmup", "lb")] * 3
    assert len({e.id for e in three}) == 3
    with pytest.raises(SetSyntaxError):
        read_input("62,5x8", "62.5x8", "kg", "rdl", NOW)


def test_week_strip_marks_done_today_planned_and_missed(store: Store) -> None:
    store.log_sets("2026-11-23", read_input("60x8", "60x8", "kg", "rdl", NOW))  # Monday: done
    overview = today_overview(store, fixed("2026-11-27T10:00:00Z"))  # Friday
    assert week_strip(overview) == [
        ("Mon", "done"), ("Tue", "rest"), ("Wed", "missed"), ("Thu", "rest"),
        ("Fri", "today"), ("Sat", "rest"), ("Sun", "rest"),
    ]
    assert (overview.week_done, overview.week_planned) == (1, 3)


def test_a_warmup_alone_is_not_a_session(store: Store) -> None:
    store.log_sets("2026-11-25", read_input("w20x10", "20x8", "kg", "rdl", NOW))
    assert today_overview(store, fixed(NOW)).week_done == 0


def test_missing_checkin_and_next_training_day() -> None:
    assert missing_checkin(None) == ("weight", "sleep", "kcal", "protein", "stress")
    assert missing_checkin(CheckIn("2026-11-25", weight=70, sleep_h=7)) == (
        "kcal", "protein", "stress",
    )
    assert next_training_day(("mon", "fri"), date(2026, 11, 27)) == date(2026, 11, 30)
    assert next_training_day((), date(2026, 11, 27)) is None
