"""Snapshots of Setup and one exercise's settings at phone and laptop sizes, frozen clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from legtui.tui.app import LegtuiApp

SIZES = [(48, 20), (80, 24)]


@pytest.mark.parametrize("size", SIZES)
def test_setup_fresh(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(), terminal_size=size, press=["s"])


@pytest.mark.parametrize("size", SIZES)
def test_setup_plan_and_a_bad_value(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    keys = ["s", *["tab"] * 6, "ctrl+u", *"600", "enter", "ctrl+o"]
    assert snap_compare(make_app(), terminal_size=size, press=keys)


@pytest.mark.parametrize("size", SIZES)
def test_setup_one_exercise(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    keys = ["s", "ctrl+o", "down", "down", "enter"]  # workout A's line, then the hip thrust
    assert snap_compare(make_app(), terminal_size=size, press=keys)
