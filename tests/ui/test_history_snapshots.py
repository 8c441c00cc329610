"""Snapshots of History and one opened session on a seeded year, frozen clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from legtui.tui.app import LegtuiApp
from tests.ui.history_seed import demo_app
from tests.ui.test_progression_snapshots import pressing

__all__ = ["demo_app"]

SIZES = [(48, 20), (80, 24)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("keys", [("h",), ("h", "f"), ("h", "enter")],
                         ids=["weeks", "filtered", "session"])
def test_history(
    snap_compare: Any, demo_app: Callable[[], LegtuiApp], size: tuple[int, int],
    keys: tuple[str, ...],
) -> None:
    assert snap_compare(demo_app(), terminal_size=size, run_before=pressing(*keys))
