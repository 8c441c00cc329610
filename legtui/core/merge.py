"""Merging two devices' histories: per record, the later change wins.

A replica is what one device knows, as registers: a value and the stamp of its last change
(legtui.core.hlc), by namespace and key. A set is one register (its value is None once it was
deleted: a tombstone); a check-in is one register per field; the profile and the plan one per
setting. `merge` keeps, for every key, the register with the later stamp; two registers with the
same stamp (the same change seen twice, or an import that carries no stamps) are ordered by their
values' canonical JSON, so the choice never depends on which side is which. Hence merge is
commutative, associative and idempotent: any order, any number of repeats, the same result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Key = str | tuple[str, str]  # a set's id; (day, field) or (day, exercise)
Registers = dict[Key, "Register"]
Replica = dict[str, Registers]


@dataclass(frozen=True, slots=True)
class Register:
    stamp: str
    value: Any  # plain JSON data; None for a deleted set or a cleared field

    @property
    def live(self) -> bool:
        return self.value is not None


def _canonical(value: Any) -> str:
    import json  # only for a tie, which is rare: not on the command line's start-up path

    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def later(a: Register, b: Register) -> Register:
    """The register that wins: the later stamp; on the same stamp, the greater value."""
    if a.stamp != b.stamp:
        return a if a.stamp > b.stamp else b
    if a.value == b.value:
        return a
    return a if _canonical(a.value) >= _canonical(b.value) else b


def merge_registers(a: Registers, b: Registers) -> Registers:
    out = dict(a)
    for key, theirs in b.items():
        mine = out.get(key)
        out[key] = theirs if mine is None else later(mine, theirs)
    return out


def merge(a: Replica, b: Replica) -> Replica:
    """Both replicas' knowledge, the later change winning key by key."""
    return {name: merge_registers(a.get(name, {}), b.get(name, {})) for name in {*a, *b}}


def merge_all(replicas: Iterable[Replica]) -> Replica:
    out: Replica = {}
    for replica in replicas:
        out = merge(out, replica)
    return out


def latest_stamp(replica: Replica) -> str:
    """The greatest stamp in a replica ("" when it holds none)."""
    return max((r.stamp for regs in replica.values() for r in regs.values()), default="")


@dataclass(frozen=True, slots=True)
class SetChanges:
    """How the sets of one side changed: added, changed and deleted."""

    added: int = 0
    changed: int = 0
    deleted: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.deleted)


def set_changes(before: Registers, after: Registers) -> SetChanges:
    """What going from `before` to `after` did to one side's sets (registers by set id); a set
    whose stamp alone moved (the same change seen twice) did not change."""
    added = changed = deleted = 0
    for key, new in after.items():
        old = before.get(key)
        was = old is not None and old.live
        if new.live and not was:
            added += 1
        elif not new.live and was:
            deleted += 1
        elif was and new.live and old is not None and old.value != new.value:
            changed += 1
    return SetChanges(added, changed, deleted)
