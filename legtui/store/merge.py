"""What merging a replica into the store changes: the documents to write and the counts to show.

Pure over plain data: the repository hands over its documents and writes what comes back, in one
transaction (see `Store.merge_documents`). Registers that carry no stamp after the merge (what an
import from another app brought) get this change's stamp, so they travel to other devices.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from legtui.core import hlc
from legtui.core.merge import (
    Key,
    Register,
    Registers,
    Replica,
    SetChanges,
    latest_stamp,
    merge,
    set_changes,
)
from legtui.core.model import CHECKIN_FIELDS
from legtui.store.replica import (
    Documents,
    checkin_document,
    session_document,
    settings_document,
    to_replica,
)
from legtui.store.stamps import Raw, logged_stamp

SETTINGS: tuple[str, ...] = ("profile", "plan")


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge (an import, a sync, the demo) did to this store, and to the other side."""

    sessions_added: int = 0
    sets_added: int = 0
    sets_skipped: int = 0  # sets the other side had that changed nothing here
    checkins_added: int = 0
    exercises_added: int = 0
    sets_changed: int = 0
    sets_deleted: int = 0
    checkins_changed: int = 0  # days whose check-in was there and changed
    settings: tuple[str, ...] = ()  # "profile", "plan": the ones that changed
    # the other side's sets, once it has the merged state (a sync pushes it back)
    theirs: SetChanges = field(default_factory=SetChanges)

    @property
    def mine(self) -> SetChanges:
        return SetChanges(self.sets_added, self.sets_changed, self.sets_deleted)


@dataclass
class Outcome:
    """The documents a merge writes (None: remove that day's session) and what it did."""

    result: MergeResult
    sessions: dict[str, Raw | None] = field(default_factory=dict)
    checkins: dict[str, Raw] = field(default_factory=dict)
    settings: dict[str, Raw] = field(default_factory=dict)
    exercises: list[Raw] = field(default_factory=list)
    deleted: dict[str, str] | None = None  # every tombstone, when one changed
    clock: str = hlc.NONE  # the greatest stamp the store has now seen

    @property
    def writes(self) -> bool:
        return bool(self.sessions or self.checkins or self.settings or self.exercises
                     or self.deleted is not None)


def _stamped(merged: Replica, local: Replica, stamp: str) -> Replica:
    """What the merge brought without a stamp gets one: a set the stamp of its `logged_at`, any
    other record `stamp` (a custom exercise none); what the store had stays as it was."""
    out: Replica = {}
    for name, registers in merged.items():
        mine = local.get(name, {})
        if name == "exercises" or all(r.stamp for r in registers.values()):
            out[name] = registers
            continue
        out[name] = {k: replace(r, stamp=_new_stamp(name, r, stamp))
                     if not r.stamp and mine.get(k) != r else r for k, r in registers.items()}
    return out


def _new_stamp(namespace: str, register: Register, stamp: str) -> str:
    if namespace == "sets" and register.live:
        return logged_stamp(register.value["set"])
    return stamp


def _changed(before: Registers, after: Registers) -> Iterable[tuple[Key, Register | None]]:
    """The keys whose register the merge changed, with the register they had."""
    for key, new in after.items():
        old = before.get(key)
        if old != new:
            yield key, old


def _pair(key: Key) -> tuple[str, str]:
    """A check-in's or a note's key: (day, field or exercise)."""
    assert isinstance(key, tuple)
    return key


def _logged_at(register: Register) -> str:
    return str(register.value["set"].get("logged_at") or "")


def _session_days(local: Replica, merged: Replica) -> dict[str, Raw | None]:
    """The session documents of every day whose sets or notes changed (None: no day left)."""
    days: set[str] = set()
    for key, old in _changed(local["sets"], merged["sets"]):
        days.update(r.value["date"] for r in (old, merged["sets"][key]) if r and r.live)
    days.update(_pair(key)[0] for key, _ in _changed(local["notes"], merged["notes"]))
    sets: dict[str, list[Register]] = defaultdict(list)
    notes: dict[str, dict[str, Register]] = defaultdict(dict)
    if days:
        for register in merged["sets"].values():
            if register.live and register.value["date"] in days:
                sets[register.value["date"]].append(register)
        for key, register in merged["notes"].items():
            day, exercise = _pair(key)
            if day in days:
                notes[day][exercise] = register
    out: dict[str, Raw | None] = {}
    for day in sorted(days):
        ordered = sorted(sets[day], key=_logged_at)  # stable: ties keep the order written
        kept = ordered or any(r.live for r in notes[day].values())
        out[day] = session_document(day, ordered, notes[day]) if kept else None
    return out


def _checkin_days(local: Replica, merged: Replica) -> dict[str, Raw]:
    days = {_pair(key)[0] for key, _ in _changed(local["checkins"], merged["checkins"])}
    fields: dict[str, dict[str, Register]] = defaultdict(dict)
    if days:
        for key, register in merged["checkins"].items():
            day, name = _pair(key)
            if day in days:
                fields[day][name] = register
    return {day: checkin_document(day, fields[day]) for day in sorted(days)}


def _values_changed(before: Registers, after: Registers) -> Iterable[Key]:
    """The keys whose value the merge changed (a new stamp on the same value is no change)."""
    for key, old in _changed(before, after):
        if (old.value if old else None) != after[key].value:
            yield key


def _days_with_checkin(registers: Registers) -> set[str]:
    return {day for key, r in registers.items() if r.live
            for day, name in [_pair(key)] if name in CHECKIN_FIELDS}


def _skipped(local: Registers, incoming: Registers, merged: Registers) -> int:
    """The other side's sets that were here already and changed nothing."""
    return sum(1 for key, r in incoming.items()
               if r.live and key in local and merged[key].value == local[key].value)


def plan(local_docs: Documents, incoming: Replica, stamp: str) -> Outcome:
    """Merge `incoming` into the store's documents; `stamp` is this change's (for what came
    without one)."""
    local = to_replica(local_docs)
    merged = _stamped(merge(local, incoming), local, stamp)
    outcome = Outcome(MergeResult(), clock=max(latest_stamp(merged), stamp))
    outcome.sessions = _session_days(local, merged)
    outcome.checkins = _checkin_days(local, merged)
    outcome.settings = {name: settings_document(merged[name]) for name in SETTINGS
                        if merged[name] != local[name]}
    changed_days = {_pair(key)[0] for key in _values_changed(local["checkins"],
                                                              merged["checkins"])}
    outcome.exercises = [merged["exercises"][key].value
                         for key, _ in _changed(local["exercises"], merged["exercises"])]
    if any(not merged["sets"][key].live or (old is not None and not old.live)
           for key, old in _changed(local["sets"], merged["sets"])):
        outcome.deleted = {str(k): r.stamp for k, r in merged["sets"].items() if not r.live}
    mine = set_changes(local["sets"], merged["sets"])
    had_checkin = _days_with_checkin(local["checkins"])
    local_days = {doc["date"] for doc in local_docs.sessions}
    outcome.result = MergeResult(
        sessions_added=sum(1 for day, doc in outcome.sessions.items()
                           if doc is not None and day not in local_days),
        sets_added=mine.added,
        sets_skipped=_skipped(local["sets"], incoming.get("sets", {}), merged["sets"]),
        checkins_added=len(_days_with_checkin(merged["checkins"]) - had_checkin),
        exercises_added=sum(1 for e in outcome.exercises if e["id"] not in local["exercises"]),
        sets_changed=mine.changed,
        sets_deleted=mine.deleted,
        checkins_changed=len(changed_days & had_checkin),
        settings=tuple(name for name in outcome.settings
                       if any(True for _ in _values_changed(local[name], merged[name]))),
        theirs=set_changes(incoming.get("sets", {}), merged["sets"]),
    )
    return outcome
