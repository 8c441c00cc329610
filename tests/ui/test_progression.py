"""Progression on a seeded year: exercise and window switching, records marked, weekly sets per
muscle, bodyweight and girths; computed once per store generation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Static

from legtui.core.nutrition import weigh_ins
from legtui.core.records import records_by_day
from legtui.core.stats import months_before
from legtui.core.volume import iso_week, weekly_muscle_volume
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.progression import ProgressionScreen
from legtui.tui.widgets.chart import DateChart, thin
from legtui.tui.widgets.paged_table import PagedTable
from tests.ui.conftest import TODAY
from tests.ui.history_seed import demo_app, settle

__all__ = ["demo_app"]

SIZES = [(48, 20), (80, 24)]
DAY = date.fromisoformat(TODAY)


def working_days(store: Store, exercise: str, since: str | None) -> list[str]:
    return [s.date for s in store.sessions(exercise, since=since)
            if s.working_sets_for(exercise)]


def view_of(app: LegtuiApp) -> str:
    screen = app.screen
    assert isinstance(screen, ProgressionScreen)
    return screen.view


def drawn(table: PagedTable) -> list[str]:
    """The table's lines as it draws them now."""
    rendered = table.render()
    assert isinstance(rendered, Text)
    return rendered.plain.split("\n")


def column(table: PagedTable, index: int) -> list[str]:
    return [str(row[index]) for row in table.rows]


@pytest.mark.parametrize("size", SIZES)
async def test_exercise_and_window_switch(
    demo_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    store = Store(store_path)
    year_ago = months_before(DAY, 12).isoformat()
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ProgressionScreen)
        assert screen.exercise == "rdl"
        title = str(screen.query_one("#prog-title", Static).render())
        assert "Romanian deadlift" in title and "1 year" in title
        table = screen.query_one("#prog-table", PagedTable)
        assert column(table, 0) == working_days(store, "rdl", year_ago)[::-1]
        data = screen.data

        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.exercise == "hip-thrust"
        assert "Hip thrust" in str(screen.query_one("#prog-title", Static).render())
        assert column(table, 0) == working_days(store, "hip-thrust", year_ago)[::-1]

        await pilot.press("b", "b")
        await settle(pilot)
        assert screen.exercise == "leg-curl"  # wrapped round from the first

        for window, months in (("all", None), ("3m", 3), ("6m", 6), ("1y", 12)):
            await pilot.press("w")
            await settle(pilot)
            assert screen.window == window
            since = months_before(DAY, months).isoformat() if months else None
            assert column(table, 0) == working_days(store, "leg-curl", since)[::-1]
        assert screen.data is data  # switching exercise or window computed nothing again


async def test_records_are_marked_on_their_days(
    demo_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    store = Store(store_path)
    expected = records_by_day(store.sessions("rdl"), "kg", "rdl")
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "w")  # all time
        await settle(pilot)
        table = app.screen.query_one("#prog-table", PagedTable)
        marked = {str(row[0]): str(row[4]) for row in table.rows if str(row[1]) == "★"}
    assert marked
    assert set(marked) == {day for day, recs in expected.items() if recs}
    some_day, marks = next(iter(marked.items()))
    assert len(marks.split()) == len(expected[some_day])


@pytest.mark.parametrize("size", SIZES)
async def test_volume_and_body_tabs(
    demo_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    store = Store(store_path)
    volume = weekly_muscle_volume(store.sessions(), store.catalog(), "kg")
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("p", "2")
        await settle(pilot)
        screen = app.screen
        assert view_of(app) == "volume"
        weeks = screen.query_one("#prog-table", PagedTable)
        # a year of weeks up to this one, newest first; last week's hamstring sets as counted
        assert 52 <= len(weeks.rows) <= 54
        last_week = volume[iso_week("2026-11-16")]
        assert str(weeks.rows[1][1]).rstrip("↑↓ ") == f"{last_week['hamstrings'].sets:g}"
        assert str(weeks.rows[0][1]) == "0↓"  # this week: nothing yet, under the band
        chart = screen.query_one("#prog-chart", DateChart)
        assert chart.guides == (10.0, 20.0)
        assert "2 Volume" in str(screen.query_one("#prog-views", Static).render())

        await pilot.press("3")
        await settle(pilot)
        assert view_of(app) == "body"
        body = screen.query_one("#prog-chart", DateChart)
        since = date.fromisoformat(months_before(DAY, 12).isoformat())
        weights = [kg for day, kg in weigh_ins(store.checkins(), DAY) if day >= since]
        assert [round(v, 2) for _, v in body.lines[0].points] == [round(w, 2) for w in weights]
        girths = screen.query_one("#prog-table", PagedTable)
        taped = [c for c in store.checkins(since=since.isoformat()) if c.waist is not None]
        assert len(girths.rows) == len(taped)
        assert str(girths.rows[0][1]) == f"{taped[-1].waist:.1f}"

        await pilot.press("n")  # another exercise brings the lift view back
        await settle(pilot)
        assert view_of(app) == "lift"
        assert screen.query_one("#prog-chart", DateChart).lines[0].label.startswith("e1RM")


async def test_a_change_in_the_store_recomputes_on_return(
    demo_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ProgressionScreen)
        first = screen.data
        await pilot.press("t", "p")
        await settle(pilot)
        assert screen.data is first  # nothing changed: nothing recomputed
        latest = app.store.sessions("rdl")[-1]
        target = latest.working_sets_for("rdl")[0]
        app.store.update_set(target.id, replace(target, load=300.0, reps=3))
        await pilot.press("t", "p")
        await settle(pilot)
        assert screen.data is not first
        table = screen.query_one("#prog-table", PagedTable)
        assert str(table.rows[0][3]) == "300"


def test_thin_keeps_peaks_or_means_within_the_budget() -> None:
    points = [(day, float(day % 7)) for day in range(700)]
    peaks = thin(points, 0, 699, 35)
    assert len(peaks) == 35 and all(v == 6.0 for _, v in peaks)
    means = thin(points, 0, 699, 35, keep="mean")
    assert all(2.5 <= v <= 3.5 for _, v in means)
    assert thin(points[:10], 0, 699, 35) == points[:10]


@pytest.mark.parametrize("size", SIZES)
async def test_the_table_pages_through_the_sessions(
    demo_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("p", "w")  # all time: more sessions than fit
        await settle(pilot)
        table = app.screen.query_one("#prog-table", PagedTable)
        page, rows = table.page, table.rows
        assert page >= 3 and len(rows) > 2 * page
        assert table.shown == rows[:page]
        lines = drawn(table)
        assert len(lines) == page + 2  # the header, the rows that fit, where they are
        assert all(len(line) <= table.size.width for line in lines)
        assert lines[-1] == f"1–{page} of {len(rows)} · pgdn ↓"

        await pilot.press("pagedown", "down")
        assert table.shown == rows[page + 1:2 * page + 1]
        await pilot.press("end")
        assert table.shown == rows[-page:]
        assert "pgup ↑" in drawn(table)[-1]
        await pilot.press("pageup", "up")
        assert table.shown == rows[-2 * page - 1:-page - 1]
        await pilot.press("home")
        assert table.top == 0
        await pilot.press("end", "w")  # another window starts again at the newest
        assert table.top == 0 and table.rows[0] == rows[0]
