"""Merging replicas (legtui.core.merge), as property tests: random histories of logs, edits,
deletions and check-in field changes on 2-3 devices whose clocks are minutes apart, with syncs
between them at random moments, merged in any order and any number of times, always reach one
state, and it is the one "the later change wins" gives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from legtui.core import hlc
from legtui.core.merge import Register, Replica, latest_stamp, merge, merge_all

FIELDS = ("weight", "sleep_h", "stress")
DAYS = ("2026-11-23", "2026-11-24")


@dataclass
class Device:
    id: str
    skew_ms: int
    replica: Replica = field(default_factory=lambda: {"sets": {}, "checkins": {}})
    clock: str = hlc.NONE

    def stamp(self, now_ms: int) -> str:
        """A local change's stamp; it must sort after everything this device has seen."""
        new = hlc.tick(self.clock, now_ms + self.skew_ms, self.id)
        assert new > self.clock and new > latest_stamp(self.replica)
        self.clock = new
        return new

    def receive(self, other: Replica) -> None:
        self.replica = merge(self.replica, other)
        self.clock = max(self.clock, latest_stamp(self.replica))


# one step: (kind, device, a number that picks a set, a field or a value, milliseconds passing)
steps = st.lists(
    st.tuples(st.sampled_from(["log", "edit", "delete", "checkin", "sync"]),
              st.integers(0, 2), st.integers(0, 50), st.integers(0, 2_000)),
    max_size=60,
)
devices_st = st.lists(st.integers(-600_000, 600_000), min_size=2, max_size=3)


def play(skews: list[int], history: list[tuple[str, int, int, int]]) -> tuple[
        list[Device], dict[tuple[str, Any], tuple[str, Any]]]:
    """Run a history; returns the devices and every change made: (namespace, key) -> the
    (stamp, value) of each change, keeping the later stamp (the rule the merge must follow)."""
    devices = [Device(f"{i + 1:08x}", skew) for i, skew in enumerate(skews)]
    changes: dict[tuple[str, Any], tuple[str, Any]] = {}
    now = 1_750_000_000_000
    made = 0

    def change(device: Device, namespace: str, key: Any, value: Any) -> None:
        stamp = device.stamp(now)
        device.replica[namespace][key] = Register(stamp, value)
        old = changes.get((namespace, key))
        if old is None or stamp > old[0]:
            changes[(namespace, key)] = (stamp, value)

    for kind, which, pick, passing in history:
        now += passing
        device = devices[which % len(devices)]
        live = sorted(k for k, r in device.replica["sets"].items() if r.live)
        if kind == "log":
            made += 1
            change(device, "sets", f"set{made}", {"reps": pick, "by": device.id})
        elif kind == "edit" and live:
            change(device, "sets", live[pick % len(live)], {"reps": pick, "by": device.id})
        elif kind == "delete" and live:
            change(device, "sets", live[pick % len(live)], None)
        elif kind == "checkin":
            key = (DAYS[pick % 2], FIELDS[pick % 3])
            change(device, "checkins", key, pick)
        elif kind == "sync":
            other = devices[(which + 1 + pick) % len(devices)]
            if other is not device:
                mine = device.replica
                device.receive(other.replica)
                other.receive(mine)
    return devices, changes


def later_rule(changes: dict[tuple[str, Any], tuple[str, Any]]) -> Replica:
    out: Replica = {"sets": {}, "checkins": {}}
    for (namespace, key), (stamp, value) in changes.items():
        out[namespace][key] = Register(stamp, value)
    return out


@settings(max_examples=300, deadline=None)
@given(devices_st, steps, st.randoms(use_true_random=False))
def test_any_order_and_repeats_converge_to_the_later_change_rule(
    skews: list[int], history: list[tuple[str, int, int, int]], rng: Any
) -> None:
    devices, changes = play(skews, history)
    replicas = [d.replica for d in devices]
    expected = later_rule(changes)
    for _ in range(3):
        order = [rng.choice(replicas) for _ in range(rng.randint(len(replicas), 8))]
        order += replicas  # every device at least once, whatever came before
        rng.shuffle(order)
        assert merge_all(order) == expected


@settings(max_examples=200, deadline=None)
@given(devices_st, steps)
def test_merge_is_commutative_associative_and_idempotent(
    skews: list[int], history: list[tuple[str, int, int, int]]
) -> None:
    devices, _ = play([*skews, 0][:3], history)
    a, b, c = (d.replica for d in (devices * 2)[:3])
    assert merge(a, b) == merge(b, a)
    assert merge(merge(a, b), c) == merge(a, merge(b, c))
    assert merge(a, a) == a
    assert merge(merge(a, b), b) == merge(a, b)


def test_a_later_edit_wins_even_from_a_clock_minutes_behind() -> None:
    # the laptop's clock is 5 minutes ahead; the server edits after syncing with it
    history = [("log", 0, 10, 0), ("sync", 0, 0, 10), ("edit", 1, 12, 10)]
    devices, _ = play([300_000, 0], history)
    devices[0].receive(devices[1].replica)
    (register,) = devices[0].replica["sets"].values()
    assert register.value == {"reps": 12, "by": devices[1].id}


def test_same_stamp_different_values_is_decided_by_value_not_by_side() -> None:
    x, y = Register(hlc.NONE, {"reps": 8}), Register(hlc.NONE, {"reps": 9})
    one, two = {"sets": {"s": x}}, {"sets": {"s": y}}
    assert merge(one, two) == merge(two, one) == {"sets": {"s": y}}
