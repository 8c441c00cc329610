"""Snapshots of Progression (lift, volume and body tabs) on a seeded year, frozen clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from legtui.tui.app import LegtuiApp
from tests.ui.history_seed import demo_app, settle

__all__ = ["demo_app"]

SIZES = [(48, 20), (80, 24), (120, 40)]


def pressing(*keys: str) -> Callable[[Pilot[None]], Any]:
    async def run(pilot: Pilot[None]) -> None:
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("keys", [("p",), ("p", "n", "w"), ("p", "2"), ("p", "3")],
                         ids=["lift", "next-all", "volume", "body"])
def test_progression(
    snap_compare: Any, demo_app: Callable[[], LegtuiApp], size: tuple[int, int],
    keys: tuple[str, ...],
) -> None:
    assert snap_compare(demo_app(), terminal_size=size, run_before=pressing(*keys))
