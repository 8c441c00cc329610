"""Hybrid logical clock stamps: when a record last changed, comparable across devices.

A stamp is a string that sorts as it orders: `MMMMMMMMMMM.CCCC.DDDDDDDD`, the wall time in
milliseconds (11 hex digits), a counter (4 hex digits) and the device id (8 hex digits). A device
keeps the greatest stamp it has made or seen (its clock); its next stamp is after both that and its
own wall time. So a change made after seeing another always sorts after it, even when the two
devices' clocks are minutes apart, and two devices never make the same stamp (the device id breaks
a tie). The empty string sorts before every stamp: "no stamp" (an import that carries none).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from legtui.core.plain import Value

TYPE_CHECKING = False  # the quick `legtui log` stamps its write: no `typing` at run time
if TYPE_CHECKING:
    from typing import TypeGuard

NONE = ""
_MS_DIGITS, _COUNTER_DIGITS, DEVICE_DIGITS = 11, 4, 8
_COUNTER_MAX = 16**_COUNTER_DIGITS - 1
_PATTERN = re.compile(r"[0-9a-f]{11}\.[0-9a-f]{4}\.[0-9a-f]{8}")
_DEVICE = re.compile(r"[0-9a-f]{8}")


class Stamp(Value):
    __slots__ = ("counter", "device", "ms")

    def __init__(self, ms: int, counter: int, device: str) -> None:
        self.ms, self.counter, self.device = ms, counter, device

    def text(self) -> str:
        return f"{self.ms:011x}.{self.counter:04x}.{self.device}"


def is_stamp(text: object) -> TypeGuard[str]:
    return isinstance(text, str) and _PATTERN.fullmatch(text) is not None


def is_device(text: object) -> TypeGuard[str]:
    return isinstance(text, str) and _DEVICE.fullmatch(text) is not None


def parse(text: str) -> Stamp:
    """A stamp's parts; ValueError when `text` is not a stamp."""
    if not is_stamp(text):
        raise ValueError(f"not a change stamp: {text!r}")
    ms, counter, device = text.split(".")
    return Stamp(int(ms, 16), int(counter, 16), device)


def tick(clock: str, wall_ms: int, device: str) -> str:
    """The next stamp of `device`: after its clock (the greatest stamp it made or saw, or NONE)
    and at or after its wall time."""
    last = parse(clock) if clock else Stamp(0, 0, device)
    if wall_ms > last.ms:
        return Stamp(wall_ms, 0, device).text()
    if last.counter < _COUNTER_MAX:
        return Stamp(last.ms, last.counter + 1, device).text()
    return Stamp(last.ms + 1, 0, device).text()  # a full counter moves time on by a millisecond


def at(ms: int, device: str) -> str:
    """The first stamp of `device` at a wall time (a migrated record's)."""
    return Stamp(max(ms, 0), 0, device).text()


def iso_ms(text: str) -> int:
    """Milliseconds since the epoch of an ISO 8601 time (UTC when it names no zone); 0 when it
    does not read."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return 0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(int(moment.timestamp() * 1000), 0)
