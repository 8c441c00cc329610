"""Snapshots of Today and Setup with two workouts (A done on Monday, a superset in A) at phone
and laptop sizes, frozen clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from legtui.tui.app import LegtuiApp
from tests.ui.programs_seed import seed

SIZES = [(48, 20), (80, 24)]


@pytest.mark.parametrize("size", SIZES)
def test_today_with_two_workouts(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], store_path: Path,
    size: tuple[int, int],
) -> None:
    seed(store_path)
    assert snap_compare(make_app(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_setup_with_two_workouts(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], store_path: Path,
    size: tuple[int, int],
) -> None:
    seed(store_path)
    assert snap_compare(make_app(), terminal_size=size, press=["s", "ctrl+o", "down", "down"])
