"""The store's hybrid logical clock: its device id and the greatest stamp it made or saw, kept in
the `meta` document, and the stamp of each change (see legtui.core.hlc)."""

from __future__ import annotations

import os
import time
from typing import Any

from legtui.core import hlc
from legtui.core.clock import ENV_NOW
from legtui.store.ids import new_device_id

Raw = dict[str, Any]


def wall_ms() -> int:
    """Now in milliseconds (`LEGTUI_NOW` freezes it, as it freezes the lifter's clock)."""
    frozen = os.environ.get(ENV_NOW)
    return hlc.iso_ms(frozen) if frozen else time.time_ns() // 1_000_000


def device_of(meta: Raw) -> str:
    found = meta.get("device")
    return found if hlc.is_device(found) else new_device_id()


def advanced(meta: Raw, wall: int, seen: str = hlc.NONE) -> tuple[str, Raw]:
    """The next stamp, after the store's clock and `seen` (the greatest stamp a merge brings),
    and the meta document that remembers it."""
    clock = meta.get("clock")
    clock = clock if hlc.is_stamp(clock) else hlc.NONE
    device = device_of(meta)
    stamp = hlc.tick(max(clock, seen), wall, device)
    return stamp, {**meta, "device": device, "clock": stamp}
