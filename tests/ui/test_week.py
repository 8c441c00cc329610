"""The coach in the app: ctrl+o marks a day's calories partial, ctrl+y (and the palette) open the
Week screen, which shows the week in review at phone and laptop sizes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from legtui.core.model import CheckIn, Profile, SetEntry
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.checkin import CheckinScreen
from legtui.tui.screens.week import WeekScreen
from tests.ui.conftest import TODAY

SIZES = [(48, 20), (80, 24)]


def seed(path: Path) -> None:
    store = Store(path)
    store.set_profile(Profile(sex="female", birth_year=1990, height_cm=168, activity="light"))
    for day, weight in ((17, 70.4), (19, 70.2), (21, 70.1), (23, 69.9), (25, 69.8)):
        store.put_checkin(CheckIn(date=f"2026-11-{day}", weight=weight, calories=1600,
                                  protein_g=120, sleep_h=6.5 if day > 20 else 8))
    store.put_checkin(CheckIn(date="2026-11-17", waist=80, hips=101, thigh=61))
    store.put_checkin(CheckIn(date="2026-11-24", waist=79.5, hips=100.5, thigh=60.5))
    rdl = tuple(SetEntry(f"s{i}", "rdl", 60, "kg", 10, "2026-11-23T10:00:00Z") for i in range(4))
    store.log_sets("2026-11-23", rdl)


@pytest.mark.parametrize("size", SIZES)
async def test_ctrl_o_marks_the_day_partial_and_back(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    seed(store_path)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckinScreen)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert Store(store_path).checkin(TODAY).partial is True  # type: ignore[union-attr]
        assert "partial" in str(screen.rows()["calories"].query_one(".field-note", Static)
                                .render())
        assert "marked partial" in str(screen.query_one("#checkin-message", Static).render())
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert Store(store_path).checkin(TODAY).partial is False  # type: ignore[union-attr]
        # the weight typed before is still there, untouched by the flag
        assert Store(store_path).checkin(TODAY).weight == 69.8  # type: ignore[union-attr]


async def test_week_from_check_in_and_back(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    seed(store_path)
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        await pilot.press("c", "ctrl+y")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        text = str(app.screen.query_one("#week-lines", Static).render())
        assert "sessions  1 of 3 planned" in text
        assert "waist -0.5, hips -0.5, thigh -0.5 cm" in text
        focus = str(app.screen.query_one("#week-focus", Static).render())
        assert focus.startswith("next week:")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)


async def test_week_from_the_palette(make_app: Callable[[], LegtuiApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"week in review")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)


@pytest.mark.parametrize("size", SIZES)
def test_week_snapshot(snap_compare: Any, make_app: Callable[[], LegtuiApp], store_path: Path,
                       size: tuple[int, int]) -> None:
    seed(store_path)
    assert snap_compare(make_app(), terminal_size=size, press=["c", "ctrl+y"])
