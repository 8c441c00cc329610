"""The gym loop on a phone (48x20): the prefill follows what was lifted, the newest set stays in
view, undo takes back only this screen's sets, help is one key away everywhere, status messages
never go stale, and the week does not mark misses before the store existed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static

from legtui.tui.app import LegtuiApp
from legtui.tui.screens.help import HelpScreen
from legtui.tui.screens.log_sets import LogSetsScreen
from legtui.tui.widgets.key_bar import KeyBar
from tests.ui.conftest import FROZEN
from tests.ui.test_gym_loop import open_log, screen_text, today_sets, type_set

PHONE = (48, 20)


def entry(app: LegtuiApp) -> str:
    return app.screen.query_one(Input).value


def visible_table_text(app: LegtuiApp) -> str:
    """The table's lines as drawn on screen now (only the rows in view)."""
    table = app.screen.query_one(DataTable)
    return "\n".join(table.render_line(y).text for y in range(table.size.height))


async def test_the_prefill_follows_the_typed_sets_and_the_plan_stays_on_its_line(
    make_app: Callable[[], LegtuiApp],
) -> None:
    app = make_app()
    async with app.run_test(size=PHONE) as pilot:
        await open_log(pilot, app)
        assert entry(app) == "20x8"
        assert "plan: 20 kg × 8 (set 1 of 3)" in screen_text(app, "#log-plan")
        await type_set(pilot, "60x8")
        await type_set(pilot, "60x8@9")
        assert entry(app) == "60x8"  # the set just lifted, RPE dropped
        assert "plan: 20 kg × 8 (set 3 of 3)" in screen_text(app, "#log-plan")
        await type_set(pilot, "w40x5")
        assert entry(app) == "60x8"  # a warm-up does not move it
        await type_set(pilot, "80x10")
        await type_set(pilot, "x9")
        assert entry(app) == "80x9"
        assert screen_text(app, "#log-plan") == "plan: 3 of 3 sets done"


async def test_enter_after_a_typed_set_logs_what_was_lifted(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=PHONE) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, "80x10")
        await pilot.press("enter")
        await pilot.pause()
        assert [(load, reps) for load, reps, *_ in today_sets(store_path)] == [(80, 10)] * 2


async def test_row_12_of_12_is_in_view_and_up_selects_it(
    make_app: Callable[[], LegtuiApp],
) -> None:
    app = make_app()
    async with app.run_test(size=PHONE) as pilot:
        await open_log(pilot, app)
        for reps in range(1, 13):
            await type_set(pilot, f"60x{reps}")
        table = app.screen.query_one(DataTable)
        assert table.row_count == 12
        shown = visible_table_text(app)
        assert " 12 " in shown and "60kg×12" in shown
        assert "60kg×1 " not in shown  # the oldest rows scrolled away: the table is short
        await pilot.press("up")
        await pilot.pause()
        assert table.has_focus and table.cursor_row == 11


async def test_an_edited_row_stays_in_view(make_app: Callable[[], LegtuiApp]) -> None:
    app = make_app()
    async with app.run_test(size=PHONE) as pilot:
        await open_log(pilot, app)
        for reps in range(1, 13):
            await type_set(pilot, f"60x{reps}")
        await pilot.press("up", *["up"] * 4, "e")  # row 8
        await pilot.pause()
        assert entry(app) == "60kgx8"
        app.screen.query_one(Input).value = ""
        await type_set(pilot, "61x8")
        await pilot.press("y")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.cursor_row == 7
        assert "61kg×8" in visible_table_text(app)
        # the field was reset after the message: a value the screen sets does not clear it
        assert screen_text(app, "#log-message") == "Changed to 61kg×8."


async def test_undo_leaves_a_set_logged_by_another_process(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=PHONE) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, "60x10")
        await type_set(pilot, "60x9")
        subprocess.run(
            [sys.executable, "-m", "legtui", "--db", str(store_path), "log", "rdl", "70x5"],
            check=True, env={**os.environ, "LEGTUI_NOW": FROZEN}, capture_output=True,
        )
        table = app.screen.query_one(DataTable)
        for _ in range(25):  # the app polls the store every second
            await pilot.pause(0.1)
            if table.row_count == 3:
                break
        assert table.row_count == 3
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Undid 60kg×9" in screen_text(app, "#log-message")
        await pilot.press("ctrl+z")
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Nothing of yours to undo" in screen_text(app, "#log-message")
        assert [(load, reps) for load, reps, *_ in today_sets(store_path)] == [(70, 5)]


def bar(app: LegtuiApp) -> str:
    return app.screen.query_one(KeyBar).render_line(0).text


async def press_and_wait(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


@pytest.mark.parametrize(
    ("way_in", "typing"),
    [
        ((), False),  # Today
        (("enter",), True),  # Log sets, the set field focused
        (("c",), True),  # Check-in, the weight field focused
        (("p",), False),
        (("h",), False),
        (("s",), True),
    ],
)
async def test_help_is_one_key_from_every_screen_and_on_its_key_bar(
    make_app: Callable[[], LegtuiApp], way_in: tuple[str, ...], typing: bool
) -> None:
    app = make_app()
    async with app.run_test(size=PHONE) as pilot:
        await press_and_wait(pilot, *way_in)
        typed_before = entry(app) if typing else None
        shown = bar(app)
        assert len(shown) == 48 and shown.endswith("▏^p palette")
        help_key = "f1" if typing else "?"
        assert f" {help_key} Help " in shown
        await press_and_wait(pilot, "f1" if typing else "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await press_and_wait(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)
        if typing:
            assert entry(app) == typed_before  # f1 typed nothing


@pytest.mark.parametrize(
    ("way_in", "first"),
    [
        ((), "escape"), (("enter",), "escape"), (("c",), "escape"), (("p",), "escape"),
        (("h",), "escape"), (("s",), "escape"),
        (("c", "ctrl+y"), None),  # the Week, over Check-in: the area keys work at once
    ],
)
@pytest.mark.parametrize("area", ["t", "p", "h", "c", "s"])
async def test_every_area_is_two_keys_away(
    make_app: Callable[[], LegtuiApp], way_in: tuple[str, ...], first: str | None, area: str
) -> None:
    from legtui.tui.app import AREAS

    mode = next(m for key, m, *_ in AREAS if key == area)
    app = make_app()
    async with app.run_test(size=PHONE) as pilot:
        await press_and_wait(pilot, *way_in)
        await press_and_wait(pilot, *(k for k in (first, area) if k))
        assert app.current_mode == mode
        assert not isinstance(app.screen, LogSetsScreen)
        assert app.screen is app.screen_stack[0]  # the area itself, nothing on top


async def test_a_status_message_clears_at_the_next_edit_and_on_leaving(
    make_app: Callable[[], LegtuiApp],
) -> None:
    app = make_app()
    async with app.run_test(size=PHONE) as pilot:
        await open_log(pilot, app)
        await type_set(pilot, "60x0")
        assert "reps is 1 to 1000" in screen_text(app, "#log-message")
        await press_and_wait(pilot, "backspace")  # fixing the value
        assert screen_text(app, "#log-message") == ""
        await type_set(pilot, "8")
        assert "Logged 60kg×8." in screen_text(app, "#log-message")
        await press_and_wait(pilot, "escape", "enter")  # to Today and back
        assert isinstance(app.screen, LogSetsScreen)
        assert screen_text(app, "#log-message") == ""


async def test_the_first_launch_marks_no_missed_days(make_app: Callable[[], LegtuiApp]) -> None:
    app = make_app()  # the frozen day is a Wednesday; Monday was planned
    async with app.run_test(size=PHONE) as pilot:
        await pilot.pause()
        week = str(app.screen.query_one("#today-week", Static).render())
        assert "✗" not in week and week.startswith("Week 0/2")
        assert app.screen.query_one(OptionList).highlighted == 0
