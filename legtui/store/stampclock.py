"""The store's clock for change stamps (legtui.core.hlc; docs/sync.md): apart from `stamps`
(which loads the model), so the quick `legtui log` (`append`) stamps a write as the Store does.
`stamps` re-exports every name here."""

from __future__ import annotations

import os
import time

from legtui.core import hlc
from legtui.core.clock import ENV_NOW
from legtui.store.ids import new_device_id

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

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


IMPLIED_DEVICE = "00000000"


def logged_stamp(entry: Raw) -> str:
    """The stamp of a set that was never edited: when it was logged."""
    return hlc.at(hlc.iso_ms(str(entry.get("logged_at") or "")), IMPLIED_DEVICE)


def newest_logged(sets: Iterable[Raw]) -> str:
    """The greatest stamp of new sets (each stamped by its `logged_at`): a write that logs them
    moves the store's clock past it."""
    return max((logged_stamp(entry) for entry in sets), default=hlc.NONE)
