"""What "now" and "today" mean for the lifter: their zone, their day start hour.

A set logged at 00:30 belongs to the evening's session when the day starts at 04:00. Over SSH the
server's zone is not the lifter's: the profile's zone wins. `LEGTUI_NOW` (an ISO time) freezes the
clock for tests, screenshots and benchmarks.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

ENV_NOW = "LEGTUI_NOW"


def system_zone_name() -> str:
    """The machine's IANA zone name, or UTC when it cannot be told."""
    name = _cheap_system_zone()
    if name is None:
        # pendulum is slow to import (dateutil): only when $TZ and /etc/localtime say nothing
        from pendulum.tz.local_timezone import get_local_timezone

        try:
            name = get_local_timezone().name
        except Exception:  # an odd /etc/localtime; UTC is a safe answer
            return "UTC"
    return name if name and valid_zone(name) else "UTC"


def _cheap_system_zone() -> str | None:
    """$TZ, or the zone /etc/localtime links to, when either names a valid zone."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env and valid_zone(env):
        return env
    _, found, name = os.path.realpath("/etc/localtime").partition("/zoneinfo/")
    return name if found and valid_zone(name) else None


def valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except Exception:
        return False
    return True


def _env_now() -> datetime | None:
    raw = os.environ.get(ENV_NOW)
    if not raw:
        return None
    parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


class Clock:
    """Now in UTC, and the lifter's local date; `now_fn` makes it injectable.

    A zone this machine does not know (a store or an import from a machine with newer tzdata)
    never stops anything: the clock uses the system's zone, and `warning` says so and how to fix
    it; the profile keeps the zone as written."""

    def __init__(
        self,
        zone: str | None = None,
        day_start_hour: int = 4,
        now_fn: Callable[[], datetime] | None = None,
    ) -> None:
        self.warning: str | None = None
        if zone and not valid_zone(zone):
            fallback = system_zone_name()
            self.warning = (f"the time zone {zone!r} is not known on this machine; using "
                            f"{fallback}. Fix: update tzdata, or `legtui profile --timezone ZONE`")
            zone = fallback
        self.zone_name = zone or system_zone_name()
        self.zone = ZoneInfo(self.zone_name)
        self.day_start_hour = day_start_hour
        self._now_fn = now_fn

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        if self._now_fn is not None:
            return self._now_fn().astimezone(UTC)
        return _env_now() or datetime.now(UTC)

    def now_iso(self) -> str:
        return self.now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def local(self, moment: datetime | None = None) -> datetime:
        return (moment or self.now()).astimezone(self.zone)

    def training_date(self, moment: datetime | None = None) -> date:
        """The local date a moment belongs to, with the day starting at `day_start_hour`.

        Decided on the wall clock, so a DST change never moves the boundary.
        """
        local = self.local(moment)
        day = local.date()
        return day - timedelta(days=1) if local.hour < self.day_start_hour else day

    def today(self) -> date:
        return self.training_date()

    def today_iso(self) -> str:
        return self.today().isoformat()


def fixed(moment: str, zone: str = "UTC", day_start_hour: int = 4) -> Clock:
    """A clock frozen at an ISO moment (tests)."""
    at = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if at.tzinfo is None:
        at = at.replace(tzinfo=ZoneInfo(zone))
    return Clock(zone, day_start_hour, now_fn=lambda: at)
