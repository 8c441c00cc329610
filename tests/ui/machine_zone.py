"""A fixture that pins the machine's time zone: with no zone in the profile, the clock (and so
"today" at the frozen 10:00Z, and the zone Setup shows) follows $TZ."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def utc_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
