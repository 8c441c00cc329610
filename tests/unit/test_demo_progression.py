"""The demo lifter trains by `overload.suggest`: every session is the suggestion made from the
sessions before it, and the history still holds stalls, deloads and the other levers."""

from __future__ import annotations

from datetime import date

import pytest

from legtui.core.catalog import Catalog
from legtui.core.loads import loads_for
from legtui.core.model import Session
from legtui.core.overload import HISTORY_WINDOW, Suggestion, suggest
from legtui.services.demo import DEMO_PLAN, generate

END = date(2026, 3, 2)
CATALOG = Catalog()


@pytest.fixture(scope="module")
def sessions() -> list[Session]:
    return generate(3, 11, END)[0]


@pytest.fixture(scope="module")
def replayed(sessions: list[Session]) -> list[tuple[Suggestion, Session]]:
    """For every session of every planned exercise: what suggest said before it (it reads only
    the last HISTORY_WINDOW sessions), and the day."""
    out = []
    for item in DEMO_PLAN.items:
        exercise = CATALOG.get(item.exercise)
        done = [Session(s.date, s.sets_for(item.exercise)) for s in sessions
                if s.sets_for(item.exercise)]
        out += [(suggest(item, exercise, done[max(0, n - HISTORY_WINDOW):n]), day)
                for n, day in enumerate(done)]
    return out


def test_every_session_follows_the_suggestion(
    replayed: list[tuple[Suggestion, Session]],
) -> None:
    for target, day in replayed:
        working = [s for s in day.sets if s.kind == "working"]
        assert {s.load for s in working} == {target.load}, day.date
        assert len(working) == target.sets
        assert all(s.tempo == target.tempo for s in working)


def test_the_levers_all_come_up(replayed: list[tuple[Suggestion, Session]]) -> None:
    kinds = {target.kind for target, _ in replayed}
    assert {"start", "add-reps", "add-load", "deload", "add-set", "slow-tempo"} <= kinds


def test_warmups_are_lighter_achievable_and_on_barbell_lifts_only(
    sessions: list[Session],
) -> None:
    warmups = 0
    for session in sessions:
        for exercise in session.exercises:
            sets = session.sets_for(exercise)
            working = max(s.load for s in sets if s.kind == "working")
            item = DEMO_PLAN.item(exercise)
            assert item is not None
            loads = loads_for(item, CATALOG.get(exercise).equipment)
            for entry in sets:
                assert loads.achievable(entry.load)
                if entry.kind == "warmup":
                    warmups += 1
                    assert CATALOG.get(exercise).equipment == "barbell"
                    assert entry.load < working
    assert warmups > 100


def test_the_same_seed_gives_the_same_history() -> None:
    assert generate(0.5, 3, END) == generate(0.5, 3, END)
    assert generate(0.5, 3, END) != generate(0.5, 4, END)
