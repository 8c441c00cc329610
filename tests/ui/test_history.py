"""History on a seeded year: weeks newest first, open a session, edit and delete a set with a
confirmation (and see the edit on Today, Progression and `legtui history`), filter, go to a date."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static

from legtui.core.setspec import set_label
from legtui.core.volume import iso_week
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.history import WEEKS_AT_ONCE, HistoryScreen
from legtui.tui.screens.history_session import SessionScreen
from legtui.tui.screens.progression import ProgressionScreen
from legtui.tui.widgets.filling_table import FillingTable
from legtui.tui.widgets.paged_table import PagedTable
from tests.ui.conftest import FROZEN
from tests.ui.history_seed import demo_app, settle

__all__ = ["demo_app"]

SIZES = [(48, 20), (80, 24)]


def message(app: LegtuiApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def open_latest(pilot: Pilot[None]) -> SessionScreen:
    await pilot.press("h")
    await settle(pilot)
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SessionScreen)
    return screen


def listed_days(table: FillingTable) -> list[str]:
    """The session dates in the table, top to bottom."""
    keys = [table.coordinate_to_cell_key((i, 0)).row_key.value for i in range(table.row_count)]
    return [k[4:] for k in keys if k and k.startswith("day:")]


def history_json(store_path: Path, exercise: str) -> list[dict[str, object]]:
    env = {**os.environ, "LEGTUI_NOW": FROZEN}
    out = subprocess.run(
        [sys.executable, "-m", "legtui", "--db", str(store_path), "history", exercise, "--json"],
        capture_output=True, text=True, check=True, env=env,
    )
    return list(json.loads(out.stdout))


@pytest.mark.parametrize("size", SIZES)
async def test_weeks_newest_first_and_open_a_session(
    demo_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    sessions = Store(store_path).sessions()
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        table = screen.query_one(FillingTable)
        assert str(table.get_row_at(0)[0]).startswith("Week 16 Nov 26")
        assert screen.highlighted_day() == sessions[-1].date  # the newest session
        newest = [s.date for s in reversed(sessions)]
        first = listed_days(table)
        assert first == newest[:len(first)]  # the newest weeks only, at first
        weeks = {iso_week(d) for d in first}
        assert len(weeks) == WEEKS_AT_ONCE and len(first) < len(sessions)
        assert table.row_count == len(first) + len(weeks)  # a line per week
        await pilot.press("enter")
        await pilot.pause()
        session = app.screen
        assert isinstance(session, SessionScreen)
        assert session.day == sessions[-1].date
        assert session.query_one(DataTable).row_count == len(sessions[-1].sets)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_moving_down_past_the_loaded_weeks_reaches_the_oldest(
    demo_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    sessions = Store(store_path).sessions()
    app = demo_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        table = screen.query_one(FillingTable)
        loaded = table.row_count
        await pilot.press(*["down"] * (loaded - 1 - table.cursor_row))
        await settle(pilot)
        assert table.cursor_row == loaded - 1
        assert table.row_count > loaded  # reaching the end loads older weeks
        await pilot.press("down")  # so moving down goes on, into the next week
        await settle(pilot)
        assert table.cursor_row == loaded
        for _ in range(len(sessions)):
            if screen.highlighted_day() == sessions[0].date:
                break
            await pilot.press(*["down"] * (table.row_count - 1 - table.cursor_row))
            await settle(pilot)
        assert screen.highlighted_day() == sessions[0].date  # the oldest session
        assert listed_days(table) == [s.date for s in reversed(sessions)]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen) and app.screen.day == sessions[0].date


async def test_go_to_a_date_a_year_back(
    demo_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    dates = [s.date for s in Store(store_path).sessions()]
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert dates[1] not in listed_days(screen.query_one(FillingTable))
        await pilot.press("g", *dates[1], "enter")
        await settle(pilot)
        assert screen.highlighted_day() == dates[1]
        await pilot.press("g", *"2020-01-01", "enter")  # before every session: the oldest
        await settle(pilot)
        assert screen.highlighted_day() == dates[0]


@pytest.mark.parametrize("size", SIZES)
async def test_an_edit_shows_everywhere(
    demo_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_latest(pilot)
        first_working = next(i for i, s in enumerate(screen.sets)
                             if s.exercise == "rdl" and s.is_working)
        target = screen.sets[first_working]
        table = screen.query_one(DataTable)
        table.move_cursor(row=first_working)
        await pilot.press("e")
        assert screen.query_one(Input).has_focus
        await pilot.press(*"140x6@9", "enter")
        await pilot.pause()
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert question == f"Change {set_label(target)} to 140kg×6@9?"
        await pilot.press("n")  # not yet
        await pilot.pause()
        assert Store(store_path).find_set(target.id) == (screen.day, target)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        day, changed = Store(store_path).find_set(target.id) or ("", target)
        assert (day, changed.load, changed.reps, changed.rpe) == (screen.day, 140.0, 6, 9.0)
        assert changed.logged_at == target.logged_at
        assert "Changed to 140kg×6@9" in message(app, "#session-message")

        await pilot.press("escape", "t")  # Today: last time's rdl sets show the edit
        await pilot.pause()
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert "140×6@9" in prompt  # in the unit of the target beside it

        await pilot.press("p")  # Progression: the session's top set
        await settle(pilot)
        assert isinstance(app.screen, ProgressionScreen)
        top = app.screen.query_one("#prog-table", PagedTable).rows[0]
        assert (str(top[0]), str(top[3])) == (screen.day, "140")
    latest = history_json(store_path, "rdl")[-1]
    assert any(s["id"] == target.id and s["load"] == 140 for s in latest["sets"])  # type: ignore[attr-defined]


async def test_bad_edit_changes_nothing_and_escape_cancels(
    demo_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    before = Store(store_path).dump()
    app = demo_app()
    async with app.run_test(size=(48, 20)) as pilot:
        screen = await open_latest(pilot)
        await pilot.press("e", *"lots", "enter")
        await pilot.pause()
        assert screen.query_one("#session-message", Static).has_class("error")
        await pilot.press("ctrl+shift+a", *"60x8x3", "enter")
        await pilot.pause()
        assert "one set" in message(app, "#session-message")
        await pilot.press("escape")
        await pilot.pause()
        assert screen.editing is None and not screen.query_one(Input).display
    assert Store(store_path).dump() == before


@pytest.mark.parametrize("size", SIZES)
async def test_delete_asks_first(
    demo_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_latest(pilot)
        count = len(screen.sets)
        doomed = screen.sets[0]
        await pilot.press("d", "n")
        await pilot.pause()
        assert Store(store_path).find_set(doomed.id) is not None
        assert "Kept" in message(app, "#session-message")
        await pilot.press("d", "y")
        await pilot.pause()
        assert Store(store_path).find_set(doomed.id) is None
        assert len(screen.sets) == count - 1
        assert screen.query_one(DataTable).row_count == count - 1
        await pilot.press("escape")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, HistoryScreen)
        assert history.highlighted_day() == screen.day
        row = history.query_one(FillingTable).get_row(f"day:{screen.day}")
        assert str(row[1]) == str(sum(1 for s in screen.sets if s.is_working))


async def test_filter_cycles_through_exercises(
    demo_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    store = Store(store_path)
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        await pilot.press("f")
        await settle(pilot)
        assert screen.only == "rdl"
        assert screen.shown == [s.date for s in store.sessions("rdl")]
        assert "Romanian deadlift" in message(app, "#history-status")
        await pilot.press(*["f"] * 4)
        await settle(pilot)
        assert screen.only == "leg-curl"  # Fridays only
        fridays = [s.date for s in store.sessions("leg-curl")]
        assert screen.shown == fridays
        table = screen.query_one(FillingTable)
        row = table.get_row(f"day:{fridays[-1]}")
        last = store.session(fridays[-1])
        assert last is not None
        assert str(row[1]) == str(len(last.working_sets_for("leg-curl")))
        await pilot.press("f")
        await settle(pilot)
        assert screen.only is None
        await pilot.press("F")
        await settle(pilot)
        assert screen.only == "leg-curl"


@pytest.mark.parametrize("size", SIZES)
async def test_go_to_a_date(
    demo_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    dates = [s.date for s in Store(store_path).sessions()]
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        await pilot.press("g", *"2026-13-01", "enter")
        await pilot.pause()
        assert screen.query_one("#history-message", Static).has_class("error")
        assert screen.query_one("#history-date", Input).display
        await pilot.press("ctrl+shift+a", *"2026-06-14", "enter")  # a Sunday
        await pilot.pause()
        expected = max(d for d in dates if d <= "2026-06-14")
        assert screen.highlighted_day() == expected
        assert not screen.query_one("#history-date", Input).display
        await pilot.press("g", *dates[40], "enter")
        await pilot.pause()
        assert screen.highlighted_day() == dates[40]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen) and app.screen.day == dates[40]
