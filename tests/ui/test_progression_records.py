"""A new record is celebrated in Log sets the moment a set beats one; never for a warm-up, and a
session-volume record only once a day."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Static

from legtui.tui.app import LegtuiApp
from legtui.tui.screens.log_sets import LogSetsScreen
from tests.ui.history_seed import demo_app

__all__ = ["demo_app"]


async def log(pilot: Pilot[None], text: str) -> str:
    await pilot.press(*text, "enter")
    await pilot.pause()
    return str(pilot.app.screen.query_one("#log-message", Static).render())


async def test_records_celebrated_as_they_fall(demo_app: Callable[[], LegtuiApp]) -> None:
    app = demo_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.press("enter")  # Today → Log sets for the Romanian deadlift
        await pilot.pause()
        assert isinstance(app.screen, LogSetsScreen) and app.screen.exercise == "rdl"
        assert "New record" not in await log(pilot, "w200x5")  # warm-ups never count
        first = await log(pilot, "150x12")
        assert first.startswith("New records: ")
        assert "heaviest 12-rep set (150 kg)" in first
        assert "best estimated 1RM (210.0 kg)" in first
        assert "Logged 150kg×12." in first
        second = await log(pilot, "150x12")  # equal is no record; the day's volume passes
        assert second.startswith("New record: best session volume (3,600 kg)!")
        third = await log(pilot, "150x12")  # the volume grows, celebrated once already
        assert "New record" not in third
        fourth = await log(pilot, "152.5x12")
        assert "heaviest 12-rep set (152.5 kg)" in fourth and "session volume" not in fourth


async def test_reopening_log_sets_knows_today(demo_app: Callable[[], LegtuiApp]) -> None:
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert "heaviest 12-rep set" in await log(pilot, "150x12")
        assert "session volume" in await log(pilot, "150x12")
        await pilot.press("escape", "enter")
        await pilot.pause()
        assert "New record" not in await log(pilot, "150x12")  # today's bests are known
        await pilot.press("ctrl+z")  # an undo, then the same set again: still no record
        await pilot.pause()
        assert "New record" not in await log(pilot, "150x12")
        assert "heaviest 12-rep set (155 kg)" in await log(pilot, "155x12")


async def test_the_book_is_built_after_the_first_paint_or_by_the_first_set(
    demo_app: Callable[[], LegtuiApp],
) -> None:
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LogSetsScreen)
        book = screen.records
        assert book is not None  # built once the screen had painted
        assert book.best("rdl", "e1rm") is not None
        assert book.best("hip-thrust", "e1rm") is None  # only this exercise's history is read
        screen.records = None  # as if a set came before the book was built
        assert "heaviest 12-rep set (150 kg)" in await log(pilot, "150x12")
        assert screen.records is not None and screen.records is not book
