"""Which imported values go into the store: fill empty fields, never overwrite a hand-typed one.

A check-in's `source` names the importer that wrote each field; a field it does not name was
typed by hand. An import fills the fields a day does not have. A field an earlier import wrote
is overwritten only with `replace` (`--replace`); a hand-typed one never is. A value equal to
the stored one changes nothing, so importing the same file again adds and changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from legtui.core.model import CHECKIN_FIELDS, CheckIn

FIELDS = (*CHECKIN_FIELDS, "partial")


@dataclass(frozen=True, slots=True)
class Changes:
    """The check-ins to put (only the fields to write) and the count of each decision."""

    checkins: list[CheckIn]
    new_days: int
    counts: Counter[str]  # filled, replaced, kept-typed, kept-imported


def plan(
    stored: Mapping[str, CheckIn], incoming: Sequence[CheckIn], replace: bool
) -> Changes:
    """What to write for `incoming` over the `stored` check-ins (by date)."""
    counts: Counter[str] = Counter()
    out: list[CheckIn] = []
    new_days = 0
    for entry in incoming:
        old = stored.get(entry.date)
        given = [n for n in FIELDS if getattr(entry, n) is not None]
        write: list[str] = []
        for name in given:
            decision = _decide(old, entry, name, replace)
            counts[decision] += 1
            if decision in ("filled", "replaced"):
                write.append(name)
        if not write:
            continue
        new_days += old is None
        source = entry.source or {}
        out.append(CheckIn.from_dict({
            "date": entry.date, "unit": entry.unit, "length_unit": entry.length_unit,
            "source": {n: source[n] for n in write if n in source} or None,
            **{n: getattr(entry, n) for n in write},
        }))
    return Changes(out, new_days, counts)


def _decide(old: CheckIn | None, new: CheckIn, name: str, replace: bool) -> str:
    if old is None or getattr(old, name) is None:
        return "filled"
    if old.value_of(name) == new.value_of(name):
        return "unchanged"
    if name not in (old.source or {}):
        return "kept-typed"
    return "replaced" if replace else "kept-imported"
