"""Hybrid logical clock stamps: they sort as they order, a change after seeing another sorts after
it whatever the wall clocks say, and the device id breaks ties."""

from __future__ import annotations

import pytest

from legtui.core import hlc

A, B = "0000000a", "0000000b"


def test_a_stamp_reads_back_and_sorts_by_time_counter_and_device() -> None:
    stamps = [hlc.Stamp(5, 0, B).text(), hlc.Stamp(5, 1, A).text(), hlc.Stamp(6, 0, A).text(),
              hlc.Stamp(5, 0, A).text()]
    assert sorted(stamps) == [hlc.Stamp(*t).text() for t in
                              [(5, 0, A), (5, 0, B), (5, 1, A), (6, 0, A)]]
    assert hlc.parse(stamps[1]) == hlc.Stamp(5, 1, A)
    assert min(stamps) > hlc.NONE


def test_tick_follows_the_wall_clock_when_it_is_ahead() -> None:
    assert hlc.parse(hlc.tick(hlc.NONE, 1000, A)) == hlc.Stamp(1000, 0, A)
    assert hlc.parse(hlc.tick(hlc.at(900, B), 1000, A)) == hlc.Stamp(1000, 0, A)


def test_a_change_after_seeing_a_later_clock_sorts_after_it() -> None:
    ahead = hlc.tick(hlc.NONE, 10 * 60_000, B)  # B's clock is ten minutes ahead
    mine = hlc.tick(ahead, 1000, A)  # A saw B's change, then changed something
    assert mine > ahead
    assert hlc.parse(mine) == hlc.Stamp(10 * 60_000, 1, A)
    assert hlc.tick(mine, 1000, A) > mine


def test_a_full_counter_moves_time_on() -> None:
    full = hlc.Stamp(7, 0xFFFF, A).text()
    assert hlc.parse(hlc.tick(full, 0, A)) == hlc.Stamp(8, 0, A)


@pytest.mark.parametrize("text", ["", "1", "0000000000g.0000.0000000a", "00000000001.0000.A",
                                  "00000000001-0000-0000000a"])
def test_what_is_not_a_stamp_is_refused(text: str) -> None:
    assert not hlc.is_stamp(text)
    with pytest.raises(ValueError, match="not a change stamp"):
        hlc.parse(text)


def test_iso_times_read_as_milliseconds() -> None:
    assert hlc.iso_ms("1970-01-01T00:00:01.500000Z") == 1500
    assert hlc.iso_ms("1970-01-01T01:00:00+01:00") == 0
    assert hlc.iso_ms("1970-01-01T00:00:02") == 2000
    assert hlc.iso_ms("yesterday") == 0
