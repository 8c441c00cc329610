"""A seeded demo store for the Progression and History UI tests: one year up to the frozen day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from legtui.services.demo import fill
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.widgets.filling_table import FillingTable
from tests.ui.conftest import TODAY, frozen_now


def seed(path: Path, years: float = 1.0) -> Store:
    store = Store(path)
    fill(store, years, 1, date.fromisoformat(TODAY))
    return store


@pytest.fixture
def demo_app(store_path: Path) -> Callable[[], LegtuiApp]:
    seed(store_path)

    def make() -> LegtuiApp:
        return LegtuiApp(Store(store_path), now_fn=frozen_now)

    return make


async def settle(pilot: Pilot[None]) -> None:
    """Wait until every FillingTable on the screen has all its rows."""
    await pilot.pause()
    for _ in range(200):
        if not any(t.filling for t in pilot.app.screen.query(FillingTable)):
            break
        await pilot.pause()
    await pilot.pause()
