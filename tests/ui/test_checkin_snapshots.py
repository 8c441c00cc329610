"""Snapshots of the Check-in screen at phone and laptop sizes, frozen clock: a fresh store, a
week of check-ins whose today has short sleep and calories under the band (hints showing), and
eight weeks in with a goal (the coach: target, measured expenditure, goal)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from legtui.core.model import CheckIn, Profile
from legtui.store import Store
from legtui.tui.app import LegtuiApp

SIZES = [(48, 20), (80, 24)]
WEEK = (  # day of November, weight, sleep, calories, stress
    (19, 71.0, 7.5, 1900, 2),
    (20, 70.8, 8.0, 1850, 2),
    (21, 70.9, 6.5, 2000, 3),
    (22, 70.6, 7.0, 1800, 2),
    (23, 70.5, 7.5, 1750, 3),
    (24, 70.4, 8.0, 1900, 2),
    (25, 70.2, 6.0, 1200, 4),
)


def seed_week(path: Path) -> None:
    store = Store(path)
    store.set_profile(
        Profile(sex="female", birth_year=1990, height_cm=168, activity="light",
                water_target_l=2.5)
    )
    for day, weight, sleep, calories, stress in WEEK:
        store.put_checkin(CheckIn(date=f"2026-11-{day}", weight=weight, sleep_h=sleep,
                                  calories=calories, protein_g=130, stress=stress))
    store.put_checkin(CheckIn(date="2026-11-22", waist=78, hips=100, thigh=58))


@pytest.mark.parametrize("size", SIZES)
def test_checkin_fresh(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(), terminal_size=size, press=["c"])


@pytest.mark.parametrize("size", SIZES)
def test_checkin_a_week_in(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    seed_week(store_path)
    assert snap_compare(make_app(), terminal_size=size, press=["c"])


@pytest.mark.parametrize("size", SIZES)
def test_checkin_a_bad_value(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(), terminal_size=size, press=["c", *["tab"] * 5, "7", "enter"])


def seed_coached(path: Path) -> None:
    """Eight weeks of check-ins, a goal and a partial day: the coach has a measured figure."""
    store = Store(path)
    store.set_profile(Profile(sex="female", birth_year=1990, height_cm=168, activity="light",
                              water_target_l=2.5, goal_weight=66))
    start = date(2026, 9, 30)
    for day in range(57):
        when = (start + timedelta(days=day)).isoformat()
        store.put_checkin(CheckIn(date=when, weight=round(72 - 0.04 * day + 0.3 * (day % 3 == 0),
                                                                1),
                                  calories=1700 + 50 * (day % 4), protein_g=120, sleep_h=7.5,
                                  partial=True if day == 56 else None))


@pytest.mark.parametrize("size", SIZES)
def test_checkin_the_coach(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    seed_coached(store_path)
    # shift+tab from the weight wraps to the review, which scrolls into view
    assert snap_compare(make_app(), terminal_size=size, press=["c", "shift+tab"])
