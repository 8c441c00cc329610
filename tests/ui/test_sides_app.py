"""`20x10/9` in Log sets: a single-leg set with both sides; refused for a two-legged lift."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable, Input

from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.log_sets import LogSetsScreen
from tests.ui.conftest import TODAY
from tests.ui.test_gym_loop import open_log, screen_text, today_sets, type_set


async def test_a_split_squat_set_with_sides(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.press("down", "down", "down")  # Bulgarian split squat, fourth in the plan
        await open_log(pilot, app)
        assert isinstance(app.screen, LogSetsScreen)
        assert app.screen.exercise == "bulgarian-split-squat"
        await type_set(pilot, "20x10/9")
        session = Store(store_path).session(TODAY)
        assert session is not None
        [entry] = session.sets
        assert (entry.load, entry.reps, entry.sides) == (20, 9, (10, 9))
        assert str(app.screen.query_one(DataTable).get_row_at(0)[1]) == "20kg×10/9"
        assert app.screen.query_one(Input).value == "20x10/9"  # the prefill keeps both sides


async def test_sides_on_a_two_legged_lift_are_refused(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, "60x10/9")
        assert "single-leg" in screen_text(app, "#log-message")
        assert today_sets(store_path) == []
