"""Progression is prepared in a thread once Today has painted: `p` then shows those numbers; a
store written meanwhile is computed afresh; a preparation that fails changes nothing visible."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from legtui.services.progress import ProgressData
from legtui.tui.app import LegtuiApp
from legtui.tui.screens import progression
from legtui.tui.screens.progression import ProgressionScreen
from tests.ui.history_seed import demo_app

__all__ = ["demo_app"]


async def prepared(pilot: Pilot[None]) -> None:
    app = pilot.app
    assert isinstance(app, LegtuiApp)
    await pilot.pause(app.PREPARE_AFTER_SECONDS + 0.2)
    await app.workers.wait_for_complete()


async def prepared_data(pilot: Pilot[None]) -> ProgressData:
    """What the thread prepared for today's unit and day."""
    await prepared(pilot)
    app = pilot.app
    assert isinstance(app, LegtuiApp) and app.progress_cache is not None
    profile = app.store.profile()
    return app.progress_cache.data(app.store, profile.unit, profile.length_unit, app.clock.today())


async def test_p_shows_what_was_prepared(demo_app: Callable[[], LegtuiApp]) -> None:
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        data = await prepared_data(pilot)
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, ProgressionScreen)
        assert screen.data is data and screen.exercise == data.exercises[0]


async def test_a_write_after_preparing_is_shown(demo_app: Callable[[], LegtuiApp]) -> None:
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        before = await prepared_data(pilot)
        latest = app.store.sessions("rdl")[-1]
        app.store.set_note(latest.date, "rdl", "felt strong")  # a new store generation
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, ProgressionScreen)
        assert screen.data is not None and screen.data is not before
        assert screen.data.generation == app.store.generation


async def test_a_failed_preparation_leaves_progression_to_compute(
    demo_app: Callable[[], LegtuiApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(app: LegtuiApp) -> None:
        raise OSError("the store went away for a moment")

    monkeypatch.setattr(progression, "prepare", broken)
    app = demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await prepared(pilot)
        assert app.is_running and app.progress_cache is None
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, ProgressionScreen)
        assert screen.data is not None and screen.exercise == screen.data.exercises[0]
