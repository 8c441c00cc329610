"""Typos asked about in Log sets: `0x5` on the barbell RDL suggests `bwx5`; a load over twice the
best e1RM of the last year, or more than 50 reps, asks "log it anyway?" first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from legtui.core.model import SetEntry
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.confirm import ConfirmScreen
from legtui.tui.screens.log_sets import LogSetsScreen
from tests.ui.conftest import TODAY


def logged_today(store_path: Path) -> list[str]:
    session = Store(store_path).session(TODAY)
    return [] if session is None else [f"{s.load:g}x{s.reps}" for s in session.sets]


def message(app: LegtuiApp) -> str:
    return str(app.screen.query_one("#log-message", Static).render())


async def log(pilot: Pilot[None], text: str) -> None:
    field = pilot.app.screen.query_one("#log-entry", Input)
    field.value = ""
    await pilot.press(*text, "enter")
    await pilot.pause()


def with_history(store_path: Path) -> None:
    store = Store(store_path)
    for day in ("2026-11-16", "2026-11-18"):
        store.log_sets(day, [SetEntry(f"s{day}", "rdl", 100, "kg", 5, f"{day}T17:00:00Z")])


async def open_rdl(pilot: Pilot[None], app: LegtuiApp) -> None:
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, LogSetsScreen) and app.screen.exercise == "rdl"


@pytest.mark.parametrize("size", [(48, 20), (80, 24)])
async def test_zero_load_on_the_barbell_suggests_bw(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_rdl(pilot, app)
        await log(pilot, "0x5")
        assert "a load of 0 on a barbell exercise: type the load lifted, or bwx5 for " \
               "bodyweight" in message(app)
        assert logged_today(store_path) == []
        await log(pilot, "bwx5")
    assert logged_today(store_path) == ["0x5"]


async def test_a_load_far_over_the_best_asks_first(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    with_history(store_path)
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_rdl(pilot, app)
        await log(pilot, "1000x5")
        assert isinstance(app.screen, ConfirmScreen)
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert question == ("1000 kg is more than twice your best estimated 1RM of the last "
                            "year (116.7 kg): log it anyway?")
        await pilot.press("n")
        await pilot.pause()
        assert logged_today(store_path) == []
        assert message(app) == "Not logged: fix the set and press enter."
        await log(pilot, "100x6")  # plausible: logged at once
        assert logged_today(store_path) == ["100x6"]
        await log(pilot, "1000x5")
        await pilot.press("y")
        await pilot.pause()
        assert logged_today(store_path) == ["100x6", "1000x5"]
        assert "Logged 1000kg×5." in message(app)


async def test_more_than_50_reps_asks_first_even_without_history(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rdl(pilot, app)
        await log(pilot, "20x60")
        assert isinstance(app.screen, ConfirmScreen)
        assert "60 reps is more than 50: log it anyway?" in str(
            app.screen.query_one("#confirm-question", Static).render())
        await pilot.press("y")
        await pilot.pause()
    assert logged_today(store_path) == ["20x60"]


async def test_an_edit_to_a_typo_says_so_in_its_question(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    with_history(store_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rdl(pilot, app)
        await log(pilot, "100x6")
        await pilot.press("up", "e")
        await pilot.pause()
        await log(pilot, "1000x6")
        assert isinstance(app.screen, ConfirmScreen)
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert question.startswith("Change 100kg×6 to 1000kg×6? 1000 kg is more than twice")
        await pilot.press("n")
        await pilot.pause()
        await log(pilot, "0x6")
        assert "a load of 0 on a barbell exercise" in message(app)
    assert logged_today(store_path) == ["100x6"]
