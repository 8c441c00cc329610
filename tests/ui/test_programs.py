"""Workouts in the app: Today names the next workout and why; Log sets walks a superset and rests
after its last member; Setup adds, renames, reorders and deletes workouts, moves exercises between
them, groups supersets and swaps exercises."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from legtui.core.clock import fixed
from legtui.core.model import SetEntry
from legtui.core.plan_edit import add_workout
from legtui.store import Store, new_set_id
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.ask import AskScreen
from legtui.tui.screens.confirm import ConfirmScreen
from legtui.tui.screens.log_sets import LogSetsScreen
from legtui.tui.screens.setup import SetupScreen
from legtui.tui.screens.setup_workouts import PlanList
from legtui.tui.screens.today import TodayScreen
from legtui.tui.widgets.rest_timer import RestTimer
from tests.ui.conftest import TODAY
from tests.ui.programs_seed import seed

SIZES = [(48, 20), (80, 24)]


def text(app: LegtuiApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def option_ids(app: LegtuiApp) -> list[str | None]:
    options = app.screen.query_one(OptionList)
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


@pytest.mark.parametrize("size", SIZES)
async def test_today_offers_the_next_workout_and_says_why(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    seed(store_path)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert text(app, "#today-workout") == "Workout B — A was done on Monday"
        assert option_ids(app) == ["bulgarian-split-squat", "step-up"]


async def test_an_empty_workout_says_so_on_today(store_path: Path) -> None:
    store = seed(store_path)
    store.set_plan(add_workout(store.plan(), "C"))
    store.log_sets(TODAY, [SetEntry(new_set_id(), "step-up", 0, "kg", 10,
                                    f"{TODAY}T09:00:00.000000Z")])  # B done: C comes next
    app = LegtuiApp(store, now_fn=fixed("2026-11-27T10:00:00Z").now)  # Friday
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert text(app, "#today-workout") == (
            "Workout C — B was done on Wednesday · no exercises yet (s)")
        assert option_ids(app) == []


async def test_a_one_workout_plan_shows_no_workout_line(
    make_app: Callable[[], LegtuiApp]
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#today-workout").display


@pytest.mark.parametrize("size", SIZES)
async def test_superset_members_alternate_and_rest_starts_after_the_last(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    seed(store_path, a_done=False)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        today = app.screen
        assert "⇄x Hip thrust" in str(today.query_one(OptionList).get_option_at_index(1).prompt)
        await pilot.press("down", "enter")
        await pilot.pause()
        log = app.screen
        assert isinstance(log, LogSetsScreen) and log.exercise == "hip-thrust"
        await pilot.press("enter")  # 60x8: on to the kickback, no rest yet
        await pilot.pause()
        timer = log.query_one(RestTimer)
        assert log.exercise == "cable-kickback" and timer.started is None
        assert "Superset: Cable kickback next." in text(app, "#log-message")
        assert "Cable kickback" in text(app, "#log-title")
        assert log.query_one(Input).value == "10x8"
        await pilot.press("enter")  # the round's last member: rest, then the thrust again
        await pilot.pause()
        assert log.exercise == "hip-thrust" and timer.started == 1000.0
        assert "Rest 0:00 / 1:30" in text(app, "#log-rest")
        await pilot.press("enter")
        await pilot.pause()
        assert log.exercise == "cable-kickback" and timer.started is None
        assert text(app, "#log-rest") == ""
        await pilot.press(*"w5x10", "enter")  # a warm-up moves nothing on
        await pilot.pause()
        assert log.exercise == "cable-kickback"
    session = Store(store_path).session(TODAY)
    assert session is not None
    assert [(s.exercise, s.kind) for s in session.sets] == [
        ("hip-thrust", "working"), ("cable-kickback", "working"), ("hip-thrust", "working"),
        ("cable-kickback", "warmup")]


async def open_workouts(pilot: Pilot[None], app: LegtuiApp, row: int) -> PlanList:
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()
    assert isinstance(app.screen, SetupScreen)
    plan_list = app.screen.query_one(PlanList)
    await pilot.press("ctrl+o")
    plan_list.highlighted = row
    await pilot.pause()
    return plan_list


def names(store_path: Path) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [(w.name, [(i.exercise, i.group) for i in w.items])
            for w in Store(store_path).plan().workouts]


async def answer(pilot: Pilot[None], app: LegtuiApp, *keys: str) -> None:
    await pilot.pause()
    assert isinstance(app.screen, AskScreen)
    await pilot.press("ctrl+u", *keys, "enter")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
async def test_setup_edits_workouts(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    seed(store_path)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        plan_list = await open_workouts(pilot, app, 1)  # A's Romanian deadlift
        await pilot.press("greater_than_sign")  # to workout B
        await pilot.pause()
        assert names(store_path)[1] == ("B", [("bulgarian-split-squat", None),
                                              ("step-up", None), ("rdl", None)])
        assert plan_list.get_option_at_index(plan_list.highlighted or 0).id == "e1:rdl"
        await pilot.press("g")  # a superset with the one before it
        await pilot.pause()
        assert names(store_path)[1][1][1:] == [("step-up", "a"), ("rdl", "a")]
        assert "Romanian deadlift is in superset a" in text(app, ".setup-message")
        await pilot.press("n")
        await answer(pilot, app, *"Hinge")
        assert [n for n, _ in names(store_path)] == ["A", "B", "Hinge"]
        await pilot.press("K")  # the new workout moves before B
        await pilot.pause()
        await pilot.press("r")
        await answer(pilot, app, *"C")
        assert [n for n, _ in names(store_path)] == ["A", "C", "B"]
        assert "Workout C" in str(plan_list.get_option_at_index(plan_list.highlighted or 0)
                                  .prompt)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert [n for n, _ in names(store_path)] == ["A", "B"]
        plan_list.highlighted = 1  # A's hip thrust
        await pilot.press("s")
        await answer(pilot, app, *"glute bridge")
        assert names(store_path)[0][1] == [("glute-bridge", "x"), ("cable-kickback", "x")]
        assert "Swapped Hip thrust for Glute bridge" in text(app, ".setup-message")
        await pilot.press("enter")  # its settings say which workouts hold it
        await pilot.pause()
        assert text(app, "#exercise-title") == "Glute bridge · loads in kg · in A"
        await pilot.press("escape")
        await pilot.pause()
        plan_list.highlighted = 5  # workout B's line: `a` adds to it
        await pilot.press("a", *"good morning", "enter")
        await pilot.pause()
        assert names(store_path)[1] == ("B", [("bulgarian-split-squat", None),
                                              ("step-up", "a"), ("rdl", "a"),
                                              ("good-morning", None)])
        assert plan_list.get_option_at_index(plan_list.highlighted or 0).id == "e1:good-morning"


async def test_bad_workout_edits_change_nothing(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    seed(store_path)
    before = store_path.read_bytes()
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_workouts(pilot, app, 0)  # workout A's own line
        await pilot.press("r")
        await answer(pilot, app, "b")
        assert "there is already a workout 'B'. Nothing changed." in text(app, ".setup-message")
        await pilot.press("less_than_sign")  # a workout's line is not an exercise
        await pilot.pause()
        assert "Highlight an exercise" in text(app, ".setup-message")
        app.screen.query_one(PlanList).highlighted = 1
        await pilot.press("s")
        await answer(pilot, app, *"hip thrust")
        assert "Hip thrust is already in workout A" in text(app, ".setup-message")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("escape")  # cancelled
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
    assert store_path.read_bytes() == before
