"""The Setup screen through the keyboard: profile fields saved as typed, bad values refused, and
plan changes (sets, remove, add, reorder) that Today shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from legtui.core.catalog import default_plan
from legtui.core.model import Profile, Workout
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.ask import AskScreen
from legtui.tui.screens.checkin import CheckinScreen
from legtui.tui.screens.confirm import ConfirmScreen
from legtui.tui.screens.setup import ExerciseScreen, SetupScreen
from legtui.tui.screens.setup_workouts import PlanList
from legtui.tui.screens.today import TodayScreen

SIZES = [(48, 20), (80, 24)]
PLAN_IDS = ["rdl", "hip-thrust", "step-up", "bulgarian-split-squat"]


async def open_setup(pilot: Pilot[None], app: LegtuiApp) -> SetupScreen:
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()
    assert isinstance(app.screen, SetupScreen)
    return app.screen


async def set_field(pilot: Pilot[None], app: LegtuiApp, field: str, text: str) -> None:
    """Focus a field, replace its text, press enter."""
    app.screen.query_one(f"#field-{field}", Input).focus()
    await pilot.press("end", "ctrl+u", *text, "enter")
    await pilot.pause()


def message(app: LegtuiApp) -> Static:
    return app.screen.query_one(".setup-message", Static)


async def back_to_today(pilot: Pilot[None], app: LegtuiApp) -> TodayScreen:
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(app.screen, TodayScreen)
    return app.screen


def today_options(screen: TodayScreen) -> list[tuple[str | None, str]]:
    options = screen.query_one(OptionList)
    found = (options.get_option_at_index(i) for i in range(options.option_count))
    return [(o.id, str(o.prompt)) for o in found]


async def focus_plan(pilot: Pilot[None], app: LegtuiApp, index: int) -> PlanList:
    """Focus the workouts list on workout A's exercise at `index` (the line after A's own)."""
    plan_list = app.screen.query_one(PlanList)
    await pilot.press("ctrl+o")
    await pilot.pause()
    assert app.focused is plan_list
    plan_list.highlighted = index + 1
    return plan_list


@pytest.mark.parametrize("size", SIZES)
async def test_changing_rdl_sets_changes_todays_target(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "20 kg × 8·8·8\n" in today_options(app.screen)[0][1]
        await open_setup(pilot, app)
        await focus_plan(pilot, app, 0)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExerciseScreen)
        assert app.focused is app.screen.query_one("#field-sets", Input)
        await pilot.press("4", "enter")
        await pilot.pause()
        assert str(message(app).render()) == "Saved sets: 4."
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "4×8–12" in str(app.screen.query_one(PlanList).get_option_at_index(1).prompt)
        today = await back_to_today(pilot, app)
        assert "20 kg × 8·8·8·8" in today_options(today)[0][1]
    item = Store(store_path).plan().item("rdl")
    assert item is not None and item.sets == 4


@pytest.mark.parametrize("size", SIZES)
async def test_removing_step_ups_takes_them_off_today(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_setup(pilot, app)
        await focus_plan(pilot, app, 2)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # kept
        await pilot.pause()
        assert Store(store_path).plan() == default_plan()
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "Removed Step-up" in str(message(app).render())
        today = await back_to_today(pilot, app)
        assert [i for i, _ in today_options(today)] == [
            "rdl", "hip-thrust", "bulgarian-split-squat"
        ]


async def test_the_last_exercise_cannot_be_removed(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    store = Store(store_path)
    plan = default_plan()
    store.set_plan(replace(plan, workouts=(Workout("A", plan.items[:1]),)))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_setup(pilot, app)
        await focus_plan(pilot, app, 0)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "the plan needs at least one exercise" in str(message(app).render())
    assert [i.exercise for i in Store(store_path).plan().items] == ["rdl"]


async def test_add_and_reorder_exercises(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_setup(pilot, app)
        plan_list = await focus_plan(pilot, app, 0)
        await pilot.press("a")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "field-add"
        await pilot.press(*"Nordic curl", "enter")
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)  # which muscles it trains
        await pilot.press(*"hams, glutes", "enter")
        await pilot.pause()
        assert "Added Nordic curl (a new exercise of your own)" in str(message(app).render())
        assert app.focused is plan_list and plan_list.highlighted == 5
        await pilot.press("K")  # up one place
        await pilot.pause()
        assert plan_list.highlighted == 4
        plan_list.highlighted = 1
        await pilot.press("J")
        await pilot.pause()
        today = await back_to_today(pilot, app)
        ids = [i for i, _ in today_options(today)]
        assert ids == ["hip-thrust", "rdl", "step-up", "nordic-curl", "bulgarian-split-squat"]
    store = Store(store_path)
    assert [(e.name, e.primary) for e in store.custom_exercises()] == [
        ("Nordic curl", ("hamstrings", "glutes"))]
    assert [i.exercise for i in store.plan().items] == ids


async def test_adding_an_exercise_twice_is_refused(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_setup(pilot, app)
        await set_field(pilot, app, "add", "RDL")
        assert "Romanian deadlift is already in workout A. Not added." in str(
            message(app).render()
        )
    assert Store(store_path).plan() == default_plan()


@pytest.mark.parametrize("size", SIZES)
async def test_profile_fields_are_saved_as_typed_and_end_the_invitation(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#today-setup").display
        await open_setup(pilot, app)
        assert app.focused is app.screen.query_one("#field-unit", Input)
        await set_field(pilot, app, "sex", "Female")
        await set_field(pilot, app, "birth_year", "1990")
        await set_field(pilot, app, "height_cm", "168.5")
        await set_field(pilot, app, "activity", "very-active")
        await set_field(pilot, app, "deficit", "300")
        await set_field(pilot, app, "timezone", "Europe/Berlin")
        await set_field(pilot, app, "day_start_hour", "5")
        await set_field(pilot, app, "water_target_l", "2.5")
        await set_field(pilot, app, "rest_alert", "off")
        await set_field(pilot, app, "days", "Tue,thu,sat")
        assert app.screen.query_one("#field-activity", Input).value == "very_active"
        assert app.screen.query_one("#field-days", Input).value == "tue,thu,sat"
        today = await back_to_today(pilot, app)
        assert not today.query_one("#today-setup").display
        assert "rest day · next Thu 26" in str(today.query_one("#today-date", Static).render())
    store = Store(store_path)
    assert store.profile() == Profile(
        sex="female", birth_year=1990, height_cm=168.5, activity="very_active", deficit=300,
        timezone="Europe/Berlin", day_start_hour=5, water_target_l=2.5, rest_alert="off",
    )
    assert store.plan().days == ("tue", "thu", "sat")


async def test_leaving_a_field_saves_it(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_setup(pilot, app)
        app.screen.query_one("#field-deficit", Input).focus()
        await pilot.press("end", "ctrl+u", *"400", "tab")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#field-days", Input)
    assert Store(store_path).profile().deficit == 400


@pytest.mark.parametrize("size", SIZES)
async def test_units_switch(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_setup(pilot, app)
        await set_field(pilot, app, "unit", "lb")
        await set_field(pilot, app, "length_unit", "in")
        assert str(message(app).render()) == "Saved tape unit: in."
        today = await back_to_today(pilot, app)
        assert "45 lb × 8·8·8" in today_options(today)[0][1]  # the default plan in lb
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)
        labels = [str(r.query_one(".field-label", Static).render()) for r in app.screen.query(
            "FieldRow"
        )]
        assert labels[0] == "weight lb" and "waist in" in labels
        await pilot.press(*"180", "enter")
        await pilot.pause()
    store = Store(store_path)
    assert (store.profile().unit, store.profile().length_unit) == ("lb", "in")
    checkin = store.checkin("2026-11-25")
    assert checkin is not None and (checkin.weight, checkin.unit) == (180, "lb")


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("unit", "stone", "unit is one of kg, lb, not 'stone'"),
        ("deficit", "600", "deficit is 250 to 500 kcal a day (the seed), not 600"),
        ("birth_year", "abc", "birth year must be a number, not 'abc'"),
        ("height_cm", "0", "height is 100 to 250 cm, not 0"),
        ("days", "mon,xyz", "training days are a comma list"),
        ("timezone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'"),
        ("day_start_hour", "13", "day start hour is 0 to 12, not 13"),
        ("rest_alert", "maybe", "rest alert is one of both, bell, notification, off, not 'maybe'"),
    ],
)
async def test_bad_profile_values_are_refused(
    make_app: Callable[[], LegtuiApp], store_path: Path, field: str, typed: str, expected: str
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_setup(pilot, app)
        await set_field(pilot, app, field, typed)
        shown = message(app)
        assert expected in str(shown.render()) and "Not saved." in str(shown.render())
        assert shown.has_class("error")
        assert app.screen.query_one(f"#field-{field}", Input).has_class("-invalid")
    store = Store(store_path)
    assert not store.has_profile()
    assert store.plan() == default_plan()


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("sets", "0", "sets is 1 to 10, not 0"),
        ("reps", "12-8", "the rep range runs low to high"),
        ("scheme", "wave", "scheme is one of double, linear"),
        ("start_load", "-5", "start load cannot be negative"),
        ("max_load", "10", "the start load 20 is above the max load 10"),
        ("equipment", "rope", "equipment is one of"),
        ("target_rpe", "8.3", "target RPE goes in half steps"),
    ],
)
async def test_bad_exercise_values_are_refused(
    make_app: Callable[[], LegtuiApp], store_path: Path, field: str, typed: str, expected: str
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_setup(pilot, app)
        await focus_plan(pilot, app, 0)
        await pilot.press("enter")
        await pilot.pause()
        await set_field(pilot, app, field, typed)
        shown = message(app)
        assert expected in str(shown.render()) and shown.has_class("error")
    assert Store(store_path).plan() == default_plan()


async def test_exercise_fields_save_and_defaults_clear(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_setup(pilot, app)
        await focus_plan(pilot, app, 1)
        await pilot.press("enter")
        await pilot.pause()
        assert "Hip thrust" in str(app.screen.query_one("#exercise-title", Static).render())
        await set_field(pilot, app, "reps", " 6-10")
        assert app.screen.query_one("#field-reps", Input).value == "6-10"  # as stored
        for field, typed in (("scheme", "linear"), ("increment", "5"), ("max_load", "100"),
                             ("equipment", "machine"), ("rest_s", "150"), ("plates", "5,20,10")):
            await set_field(pilot, app, field, typed)
        await set_field(pilot, app, "increment", "")
        assert str(message(app).render()) == "Saved increment: default."
    item = Store(store_path).plan().item("hip-thrust")
    assert item is not None
    assert (item.rep_low, item.rep_high, item.scheme, item.increment, item.max_load) == (
        6, 10, "linear", None, 100
    )
    assert (item.equipment, item.rest_s, item.plates) == ("machine", 150, (20, 10, 5))


async def test_a_name_close_to_a_catalog_one_asks_did_you_mean(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_setup(pilot, app)
        await focus_plan(pilot, app, 0)
        await pilot.press("a", *"good mornin", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Did you mean Good morning?" in str(app.screen.query_one("#confirm-question")
                                                   .render())
        await pilot.press("y")  # the catalog's Good morning: no muscles asked
        await pilot.pause()
        assert "Added Good morning: enter to set it up." in str(message(app).render())
        await pilot.press("a", *"hipthrust", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: a new exercise of my own, then its muscles
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
        await pilot.press(*"calves", "enter")
        await pilot.pause()
        assert "unknown muscle 'calves'" in str(message(app).render())
    store = Store(store_path)
    assert store.custom_exercises() == []
    assert [i.exercise for i in store.plan().items][-1] == "good-morning"


@pytest.mark.parametrize("size", SIZES)
async def test_goal_weight_and_check_in_day(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_setup(pilot, app)
        await set_field(pilot, app, "unit", "lb")
        await set_field(pilot, app, "goal_weight", "160")
        assert Store(store_path).profile().goal_weight == pytest.approx(72.575, abs=0.001)
        assert app.screen.query_one("#field-goal_weight", Input).value == "160"
        await set_field(pilot, app, "checkin_day", "sunday")
        assert Store(store_path).profile().checkin_day == "sun"
        await set_field(pilot, app, "checkin_day", "someday")
        assert "check-in day" in str(message(app).render())
        assert Store(store_path).profile().checkin_day == "sun"
        await set_field(pilot, app, "goal_weight", "")
        assert Store(store_path).profile().goal_weight is None
