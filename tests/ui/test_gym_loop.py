"""The gym loop through the keyboard: Today → Log sets → log, undo, edit, delete."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList, Static

from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.log_sets import LogSetsScreen
from legtui.tui.screens.today import TodayScreen
from legtui.tui.widgets.rest_timer import RestTimer
from tests.ui.conftest import FROZEN, TODAY

SIZES = [(48, 20), (80, 24)]


def today_sets(path: Path) -> list[tuple[float, int, float | None, str, str | None]]:
    session = Store(path).session(TODAY)
    if session is None:
        return []
    return [(s.load, s.reps, s.rpe, s.kind, s.note) for s in session.sets]


def screen_text(app: LegtuiApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


@pytest.mark.parametrize("size", SIZES)
async def test_contract_from_a_fresh_store(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        options = app.screen.query_one(OptionList)
        assert options.highlighted == 0
        first = options.get_option_at_index(0)
        assert first.id == "rdl"
        assert "Romanian deadlift" in str(first.prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LogSetsScreen)
        assert app.screen.exercise == "rdl"
        assert app.screen.query_one(Input).value == "20x8"
        await pilot.press("enter")
        await pilot.pause()
        assert today_sets(store_path) == [(20.0, 8, None, "working", None)]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "1/3 Romanian deadlift" in str(
            app.screen.query_one(OptionList).get_option_at_index(0).prompt
        )
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def open_log(pilot: object, app: LegtuiApp) -> None:
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, LogSetsScreen)


async def type_set(pilot: object, text: str) -> None:
    await pilot.press(*text, "enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("65x6", (65.0, 6, None, "working", None)),
        ("65x6@9", (65.0, 6, 9.0, "working", None)),
        ("x10", (20.0, 10, None, "working", None)),
        ("w60x5", (60.0, 5, None, "warmup", None)),
        ("60x8 # slow eccentric", (60.0, 8, None, "working", "slow eccentric")),
        ("bwx12", (0.0, 12, None, "working", None)),
    ],
)
async def test_each_input_form(
    make_app: Callable[[], LegtuiApp],
    store_path: Path,
    typed: str,
    expected: tuple[float, int, float | None, str, str | None],
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, typed)
        assert today_sets(store_path) == [expected]
        assert app.screen.query_one(DataTable).row_count == 1


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "cannot read"),
        ("-5x3", "negative"),
        ("62,5x8", "use a dot"),
        ("60x0", "reps is 1 to 1000"),
        ("60x1001", "reps is 1 to 1000"),
        ("1500x5", "load is 0 to 1000 kg, not 1500"),  # the plan's unit's bound
        ("60x8@11", "RPE is 6 to 10"),
    ],
)
async def test_bad_input_shows_a_message_and_stores_nothing(
    make_app: Callable[[], LegtuiApp], store_path: Path, typed: str, message: str
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, typed)
        assert message in screen_text(app, "#log-message")
        assert app.screen.query_one("#log-message").has_class("error")
        assert app.screen.query_one(Input).value == typed
        assert today_sets(store_path) == []


async def test_undo_removes_the_last_set(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, "60x10")
        await type_set(pilot, "60x9")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert today_sets(store_path) == [(60.0, 10, None, "working", None)]
        assert "Undid 60kg×9" in screen_text(app, "#log-message")


async def test_edit_a_set_with_confirmation(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, "60x10")
        await type_set(pilot, "60x9")
        await pilot.press("up", "up", "e")  # first row of today's sets
        await pilot.pause()
        entry = app.screen.query_one(Input)
        assert entry.value == "60kgx10"
        entry.value = ""
        await type_set(pilot, "62.5x10@8")
        await pilot.press("y")
        await pilot.pause()
        assert today_sets(store_path) == [
            (62.5, 10, 8.0, "working", None),
            (60.0, 9, None, "working", None),
        ]


async def test_delete_asks_first(make_app: Callable[[], LegtuiApp], store_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, "60x10")
        await pilot.press("up", "d")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert len(today_sets(store_path)) == 1
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert today_sets(store_path) == []


async def test_rest_timer_starts_after_a_working_set_and_alerts_once(
    make_app: Callable[[], LegtuiApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    alerts: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "legtui.tui.screens.log_sets.send_rest_alert",
        lambda _app, mode, body: alerts.append((mode, body)),
    )
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        screen = app.screen
        assert isinstance(screen, LogSetsScreen)
        timer = screen.query_one(RestTimer)
        await type_set(pilot, "w20x10")
        assert timer.started is None
        await type_set(pilot, "40x10")
        # the clock is frozen at 10:00 UTC; the rdl rests 2:00
        assert "Rest 0:00 / 2:00 · ends 10:02" in screen_text(app, "#log-rest")
        assert timer.started is not None
        timer.started -= 121  # two minutes pass
        screen._tick()
        assert "next set!" in screen_text(app, "#log-rest")
        screen._tick()
        assert alerts == [("both", "rest over — Romanian deadlift, set 2")]
        await type_set(pilot, "40x10x2")  # the plan's three sets are done
        timer.started -= 121
        screen._tick()
        assert alerts[-1] == ("both", "rest over — Romanian deadlift, all 3 sets done")


async def test_a_set_logged_by_another_process_appears(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_log(pilot, app)
        env = {**os.environ, "LEGTUI_NOW": FROZEN}
        subprocess.run(
            [sys.executable, "-m", "legtui", "--db", str(store_path), "log", "rdl", "70x5"],
            check=True,
            env=env,
            capture_output=True,
        )
        table = app.screen.query_one(DataTable)
        for _ in range(25):  # up to 2.5 s: the app polls every second
            await pilot.pause(0.1)
            if table.row_count:
                break
        assert table.row_count == 1
        assert "70kg×5" in str(table.get_row_at(0)[1])


async def test_a_kg_plan_under_an_lb_profile_logs_the_prefill_in_kg(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    from dataclasses import replace

    from legtui.core.catalog import default_plan

    store = Store(store_path)
    store.set_plan(default_plan("kg"))  # stored while the profile was kg
    store.set_profile(replace(store.profile(), unit="lb"))
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        await type_set(pilot, "x6")
        session = Store(store_path).session(TODAY)
        assert session is not None
        assert [(s.load, s.unit, s.reps) for s in session.sets] == [
            (20.0, "kg", 8),
            (20.0, "kg", 6),
        ]
