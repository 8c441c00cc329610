"""UI fixtures: every app gets its own store in tmp_path and a frozen clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from legtui.core.clock import fixed
from legtui.store import Store
from legtui.tui.app import LegtuiApp

FROZEN = "2026-11-25T10:00:00Z"  # a Wednesday: a planned training day by default
TODAY = "2026-11-25"


def frozen_now() -> datetime:
    return fixed(FROZEN).now()


@pytest.fixture(autouse=True)
def utc_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the machine's zone: with no zone in the profile, "today" at the frozen 10:00Z (and the
    zone Setup shows) follows $TZ, which differs between machines."""
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "legtui.json"


@pytest.fixture
def make_app(store_path: Path) -> Callable[[], LegtuiApp]:
    def make() -> LegtuiApp:
        return LegtuiApp(Store(store_path), now_fn=frozen_now, monotonic=lambda: 1000.0)

    return make
