""""Today" is the lifter's: their zone, their day start hour, whatever the server's zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from legtui.core.clock import Clock, fixed, system_zone_name


def at(utc: str) -> datetime:
    return datetime.fromisoformat(utc).replace(tzinfo=UTC)


def test_a_set_at_0030_belongs_to_the_previous_day() -> None:
    clock = Clock("Europe/Berlin")  # day start 04:00 by default
    assert clock.training_date(at("2024-06-01T22:30:00")) == date(2024, 6, 1)  # 00:30 on the 2nd
    assert clock.training_date(at("2024-06-02T01:59:00")) == date(2024, 6, 1)  # 03:59
    assert clock.training_date(at("2024-06-02T02:00:00")) == date(2024, 6, 2)  # 04:00


def test_the_day_start_hour_is_the_profiles() -> None:
    assert Clock("UTC", 0).training_date(at("2024-06-02T00:30:00")) == date(2024, 6, 2)
    assert Clock("UTC", 6).training_date(at("2024-06-02T05:30:00")) == date(2024, 6, 1)


# (zone, UTC moment, local wall time for the reader, training day)
DST_DAYS = [
    # Europe/London springs forward 2024-03-31 01:00 GMT -> 02:00 BST
    ("Europe/London", "2024-03-31T00:30:00", "00:30 GMT", date(2024, 3, 30)),
    ("Europe/London", "2024-03-31T02:59:00", "03:59 BST", date(2024, 3, 30)),
    ("Europe/London", "2024-03-31T03:00:00", "04:00 BST", date(2024, 3, 31)),
    # ... and falls back 2024-10-27 02:00 BST -> 01:00 GMT: 01:30 happens twice
    ("Europe/London", "2024-10-27T00:30:00", "01:30 BST", date(2024, 10, 26)),
    ("Europe/London", "2024-10-27T01:30:00", "01:30 GMT", date(2024, 10, 26)),
    ("Europe/London", "2024-10-27T03:59:00", "03:59 GMT", date(2024, 10, 26)),
    ("Europe/London", "2024-10-27T04:00:00", "04:00 GMT", date(2024, 10, 27)),
    # America/New_York springs forward 2024-03-10 02:00 EST -> 03:00 EDT
    ("America/New_York", "2024-03-10T06:59:00", "01:59 EST", date(2024, 3, 9)),
    ("America/New_York", "2024-03-10T07:30:00", "03:30 EDT", date(2024, 3, 9)),
    ("America/New_York", "2024-03-10T08:00:00", "04:00 EDT", date(2024, 3, 10)),
    # ... and falls back 2024-11-03 02:00 EDT -> 01:00 EST
    ("America/New_York", "2024-11-03T05:30:00", "01:30 EDT", date(2024, 11, 2)),
    ("America/New_York", "2024-11-03T06:30:00", "01:30 EST", date(2024, 11, 2)),
    ("America/New_York", "2024-11-03T08:59:00", "03:59 EST", date(2024, 11, 2)),
    ("America/New_York", "2024-11-03T09:00:00", "04:00 EST", date(2024, 11, 3)),
]


@pytest.mark.parametrize(("zone", "utc", "wall", "day"), DST_DAYS)
def test_dst_change_days(zone: str, utc: str, wall: str, day: date) -> None:
    clock = Clock(zone)
    local = clock.local(at(utc))
    assert f"{local:%H:%M %Z}" == wall
    assert clock.training_date(at(utc)) == day


@pytest.mark.parametrize(
    ("zone", "start"),
    [("Europe/London", "2024-03-30"), ("Europe/London", "2024-10-26"),
     ("America/New_York", "2024-03-09"), ("America/New_York", "2024-11-02")],
)
def test_across_a_dst_change_each_day_turns_over_once_at_0400_wall_clock(
    zone: str, start: str
) -> None:
    clock = Clock(zone)
    moment = datetime.fromisoformat(start).replace(tzinfo=UTC)
    turns = []
    previous = clock.training_date(moment)
    for _ in range(3 * 24 * 6):  # three days, every ten minutes
        moment += timedelta(minutes=10)
        day = clock.training_date(moment)
        if day != previous:
            assert day == previous + timedelta(days=1)
            turns.append(f"{clock.local(moment):%H:%M}")
            previous = day
    assert turns == ["04:00"] * len(turns) and len(turns) in (2, 3)


@pytest.fixture
def server_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("server_in_utc")
@pytest.mark.parametrize(
    ("zone", "utc", "day"),
    [
        ("America/Los_Angeles", "2024-06-02T06:30:00", date(2024, 6, 1)),  # 23:30 on the 1st
        ("America/Los_Angeles", "2024-06-02T10:30:00", date(2024, 6, 1)),  # 03:30: same evening
        ("America/Los_Angeles", "2024-06-02T11:00:00", date(2024, 6, 2)),  # 04:00
        ("Asia/Tokyo", "2024-06-01T16:30:00", date(2024, 6, 1)),  # 01:30 on the 2nd: the 1st
        ("Asia/Tokyo", "2024-06-01T23:30:00", date(2024, 6, 2)),  # 08:30 on the 2nd
        ("Asia/Tokyo", "2024-06-01T18:00:00", date(2024, 6, 1)),  # 03:00 on the 2nd
    ],
)
def test_a_server_in_utc_with_a_lifter_elsewhere(zone: str, utc: str, day: date) -> None:
    assert system_zone_name() == "UTC"
    assert Clock(zone, now_fn=lambda: at(utc)).today() == day


def test_the_system_zone_is_used_when_the_profile_has_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", ":Asia/Tokyo")
    assert system_zone_name() == "Asia/Tokyo"
    assert Clock().zone_name == "Asia/Tokyo"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert system_zone_name() != "Not/AZone"


def test_legtui_now_freezes_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEGTUI_NOW", "2024-06-01T23:30:00Z")
    clock = Clock("Asia/Tokyo")
    assert clock.now() == at("2024-06-01T23:30:00")
    assert clock.now_iso() == "2024-06-01T23:30:00.000000Z"
    assert clock.today_iso() == "2024-06-02"


def test_fixed_reads_a_naive_moment_in_its_zone() -> None:
    clock = fixed("2024-06-02T00:30", zone="Europe/Berlin")
    assert clock.now() == at("2024-06-01T22:30:00")
    assert clock.today() == date(2024, 6, 1)
