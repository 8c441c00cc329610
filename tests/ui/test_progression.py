"""Progression on a seeded year: exercise and window switching, records marked, weekly sets per
muscle, bodyweight and girths; computed once per store generation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Static, TabbedContent

from legtui.app import LegtuiApp
from legtui.nutrition import weigh_ins
from legtui.records import records_by_day
from legtui.screens.progression import ProgressionScreen
from legtui.stats import months_before
from legtui.store import Store
from legtui.volume import iso_week, weekly_muscle_volume
from legtui.widgets.chart import DateChart, thin
from legtui.widgets.filling_table import FillingTable
from tests.ui.conftest import TODAY
from tests.ui.history_seed import demo_app, settle

__all__ = ["demo_app"]

SIZES = [(48, 20), (80, 24)]
DAY = date.fromisoformat(TODAY)


def working_days(store: Store, exercise: str, since: str | None) -> list[str]:
    return [s.date for s in store.sessions(exercise, since=since)
            if s.working_sets_for(exercise)]


def column(table: FillingTable, index: int) -> list[str]:
    return [str(table.get_row_at(i)[index]) for i in range(table.row_count)]


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
        table = screen.query_one("#prog-sessions", FillingTable)
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
        table = app.screen.query_one("#prog-sessions", FillingTable)
        marked = {str(table.get_row_at(i)[0]): str(table.get_row_at(i)[5])
                  for i in range(table.row_count) if str(table.get_row_at(i)[1]) == "★"}
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
        assert screen.query_one(TabbedContent).active == "volume"
        weeks = screen.query_one("#prog-weeks", FillingTable)
        # a year of weeks up to this one, newest first; last week's hamstring sets as counted
        assert 52 <= weeks.row_count <= 54
        last_week = volume[iso_week("2026-11-16")]
        assert str(weeks.get_row_at(1)[1]).rstrip("↑↓ ") == f"{last_week['hamstrings'].sets:g}"
        assert str(weeks.get_row_at(0)[1]) == "0↓"  # this week: nothing yet, under the band
        chart = screen.query_one("#prog-volume-chart", DateChart)
        assert chart.guides == (10.0, 20.0)

        await pilot.press("3")
        await settle(pilot)
        assert screen.query_one(TabbedContent).active == "body"
        body = screen.query_one("#prog-body-chart", DateChart)
        since = date.fromisoformat(months_before(DAY, 12).isoformat())
        weights = [kg for day, kg in weigh_ins(store.checkins(), DAY) if day >= since]
        assert [round(v, 2) for _, v in body.lines[0].points] == [round(w, 2) for w in weights]
        girths = screen.query_one("#prog-girths", FillingTable)
        taped = [c for c in store.checkins(since=since.isoformat()) if c.waist is not None]
        assert girths.row_count == len(taped)
        assert str(girths.get_row_at(0)[1]) == f"{taped[-1].waist:.1f}"

        await pilot.press("n")  # another exercise brings the lift tab back
        await settle(pilot)
        assert screen.query_one(TabbedContent).active == "lift"


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
        table = screen.query_one("#prog-sessions", FillingTable)
        assert str(table.get_row_at(0)[3]) == "300"


def test_thin_keeps_peaks_or_means_within_the_budget() -> None:
    points = [(day, float(day % 7)) for day in range(700)]
    peaks = thin(points, 0, 699, 35)
    assert len(peaks) == 35 and all(v == 6.0 for _, v in peaks)
    means = thin(points, 0, 699, 35, keep="mean")
    assert all(2.5 <= v <= 3.5 for _, v in means)
    assert thin(points[:10], 0, 699, 35) == points[:10]
