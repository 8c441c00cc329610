"""Snapshots of Today and Log sets at phone and laptop sizes, frozen clock, fresh store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from legtui.tui.app import LegtuiApp

SIZES = [(48, 20), (80, 24)]


@pytest.mark.parametrize("size", SIZES)
def test_today(snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_log_sets_after_two_sets(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    keys = ["enter", "enter", *"w20x10", "enter", *"x9@8", "enter"]
    assert snap_compare(make_app(), terminal_size=size, press=keys)
