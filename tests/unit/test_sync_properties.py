"""Sync through real stores, as a property test: 2-3 devices whose clocks are minutes apart log,
edit and delete sets and enter check-in fields, and sync with one shared file at random moments.
After every device has synced twice more, all of them hold the same history, and it is the one
"the later change wins" gives over every change any of them made."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from legtui.core.model import CheckIn, SetEntry
from legtui.services.sync import sync_file
from legtui.store import Store
from legtui.store.replica import field_stamps, logged_stamp

DAYS = ("2026-11-23", "2026-11-24")
FIELDS = ("weight", "sleep_h", "stress")

steps = st.lists(
    st.tuples(st.sampled_from(["log", "edit", "delete", "checkin", "sync"]),
              st.integers(0, 2), st.integers(1, 5), st.integers(0, 5_000)),
    max_size=25,
)


class Device:
    def __init__(self, path: Path, skew_ms: int, now: list[int]) -> None:
        self.store = Store(path)
        self.store.wall_ms = lambda: now[0] + skew_ms

    def dump(self) -> dict[str, Any]:
        return self.store.dump()

    def live(self) -> list[str]:
        return sorted(s.id for session in self.store.sessions() for s in session.sets)


def set_stamp(dump: dict[str, Any], set_id: str) -> tuple[str, int | None]:
    if set_id in dump["deleted"]:
        return dump["deleted"][set_id], None
    entry = next(s for day in dump["sessions"] for s in day["sets"] if s["id"] == set_id)
    return entry.get("changed") or logged_stamp(entry), entry["reps"]


def field_stamp(dump: dict[str, Any], day: str, name: str) -> tuple[str, Any]:
    checkin = next(c for c in dump["checkins"] if c["date"] == day)
    return field_stamps(checkin)[name], checkin[name]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(-300_000, 300_000), min_size=2, max_size=3), steps)
def test_devices_syncing_through_a_file_converge_to_the_later_change_rule(
    skews: list[int], history: list[tuple[str, int, int, int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root, now = Path(folder), [1_764_000_000_000]
        devices = [Device(root / f"d{i}.json", skew, now) for i, skew in enumerate(skews)]
        shared = root / "sync.json"
        changes: dict[tuple[str, ...], tuple[str, Any]] = {}

        def keep(key: tuple[str, ...], found: tuple[str, Any]) -> None:
            if key not in changes or found[0] > changes[key][0]:
                changes[key] = found

        made = 0
        for kind, which, value, passing in history:
            now[0] += passing
            device = devices[which % len(devices)]
            live = device.live()
            if kind == "log":
                made += 1
                logged = f"2026-11-23T18:{made // 60:02d}:{made % 60:02d}Z"  # a set a second
                entry = SetEntry(f"set{made}", "rdl", 60, "kg", value, logged)
                device.store.log_sets(DAYS[0], [entry])
                keep(("set", entry.id), set_stamp(device.dump(), entry.id))
            elif kind in ("edit", "delete") and live:
                target = live[value % len(live)]
                if kind == "edit":
                    device.store.update_set(target, SetEntry(target, "rdl", 60, "kg", value, ""))
                else:
                    device.store.delete_set(target)
                keep(("set", target), set_stamp(device.dump(), target))
            elif kind == "checkin":
                day, name = DAYS[value % 2], FIELDS[value % 3]
                entered = 60 + value if name == "weight" else value  # within each field's bounds
                device.store.put_checkin(CheckIn(day, **{name: entered}))
                keep(("checkin", day, name), field_stamp(device.dump(), day, name))
            elif kind == "sync":
                sync_file(device.store, shared)
        for _ in range(2):
            for device in devices:
                sync_file(device.store, shared)

        dumps = [d.dump() for d in devices]
        assert all(dump == dumps[0] for dump in dumps)
        final = dumps[0]
        live_sets = {s["id"]: s["reps"] for day in final["sessions"] for s in day["sets"]}
        assert live_sets == {key[1]: value for key, (_, value) in changes.items()
                             if key[0] == "set" and value is not None}
        assert set(final["deleted"]) == {key[1] for key, (_, value) in changes.items()
                                         if key[0] == "set" and value is None}
        for key, (_, value) in changes.items():
            if key[0] == "checkin":
                assert field_stamp(final, key[1], key[2])[1] == value  # as it was entered
