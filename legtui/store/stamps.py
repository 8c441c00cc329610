"""Change stamps in the store (legtui.core.hlc; docs/sync.md): the store's clock, its device id
and the greatest stamp it made or saw, kept in the `meta` document; and where each document
keeps its stamps:

- a set: `"changed": STAMP` once it was edited; until then its stamp is the one its `logged_at`
  gives (`logged_stamp`: that time, counter 0, device 00000000), so the file carries no stamp for
  the sets that never changed (most of them); a deleted set: its id and stamp in the `deleted`
  table's document;
- a session's notes: `"noted": {exercise: STAMP}` (a cleared note keeps its stamp);
- a check-in: `"changed": {STAMP: [field, ...]}`, its fields grouped by stamp (the weight's `unit`
  and the girths' `length_unit` are fields of their own);
- the profile and the plan: `"changed": {setting: STAMP}` (the plan's settings are `days` and
  `items`);
- custom exercises carry none: they are only ever added, and merge as a union.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from legtui.core import hlc
from legtui.core.model import CheckIn, Exercise, Plan, Profile, Session
from legtui.store.stampclock import IMPLIED_DEVICE as IMPLIED_DEVICE
from legtui.store.stampclock import advanced as advanced
from legtui.store.stampclock import device_of as device_of
from legtui.store.stampclock import logged_stamp as logged_stamp
from legtui.store.stampclock import wall_ms as wall_ms

if TYPE_CHECKING:
    from legtui.store.replica import Documents

Raw = dict[str, Any]
STAMPED = "changed"
NOTED = "noted"
# a check-in's fields, each with its stamp: every field of the record but its day (the units too)
CHECKIN_KEYS: tuple[str, ...] = tuple(f.name for f in fields(CheckIn) if f.name != "date")
_UNITS = ("unit", "length_unit")
GIRTHS: tuple[str, ...] = ("waist", "hips", "thigh")


def checked(value: object) -> str:
    """A stamp read from a document (NONE when there is none); ValueError when it is not one."""
    if value is None or value == hlc.NONE:
        return hlc.NONE
    if not hlc.is_stamp(value):
        raise ValueError(f"not a change stamp: {value!r}")
    return value


def stamps_of(doc: Raw, key: str = STAMPED) -> dict[str, str]:
    """A document's stamps by name (a profile's, a plan's, a session's notes')."""
    found = doc.get(key) or {}
    if not isinstance(found, dict):
        raise ValueError(f"{key!r} is not an object of stamps")
    return {str(name): checked(stamp) for name, stamp in found.items()}


def field_stamps(doc: Raw) -> dict[str, str]:
    """A check-in's stamps by field. They are kept grouped, `{stamp: [field, ...]}` (the fields
    entered at once share one: a third of the file, not a third more, for years of check-ins)."""
    found = doc.get(STAMPED) or {}
    if not isinstance(found, dict) or not all(isinstance(v, list) for v in found.values()):
        raise ValueError("'changed' is not an object of stamps and their fields")
    return {str(name): checked(stamp) for stamp, names in found.items() for name in names}


def grouped(stamps: Mapping[str, str]) -> dict[str, list[str]]:
    """`{field: stamp}` as a check-in keeps it: `{stamp: [field, ...]}`, oldest first."""
    out: dict[str, list[str]] = {}
    for name, stamp in sorted(stamps.items(), key=lambda item: (item[1], item[0])):
        out.setdefault(stamp, []).append(name)
    return out


def measured(doc: Raw, name: str) -> bool:
    """Whether an unstamped field holds something: a unit only with what it measures."""
    if name == "unit":
        return doc.get("weight") is not None
    if name == "length_unit":
        return any(doc.get(girth) is not None for girth in GIRTHS)
    return doc.get(name) is not None


def exported(docs: Documents) -> Raw:
    """Everything, as an export shows it: each record as its model writes it (every field, nulls
    included) with its stamps; days oldest first."""
    def by_day(found: list[Raw]) -> list[Raw]:
        return sorted(found, key=lambda doc: str(doc["date"]))

    profile, plan = docs.profile, docs.plan
    return {
        "profile": with_stamps(Profile.from_dict(profile).to_dict(), profile) if profile else None,
        "plan": with_stamps(Plan.from_dict(plan).to_dict(), plan) if plan else None,
        "exercises": [Exercise.from_dict(e).to_dict() for e in docs.exercises],
        "sessions": [with_stamps(Session.from_dict(s).to_dict(), s) for s in by_day(docs.sessions)],
        "checkins": [with_stamps(CheckIn.from_dict(c).to_dict(), c) for c in by_day(docs.checkins)],
        "deleted": dict(sorted(docs.deleted.items())),
    }


def with_stamps(model: Raw, raw: Raw) -> Raw:
    """A record as its model writes it (every field, nulls included: what an export shows) with
    the stamps its stored document carries."""
    out = dict(model)
    for key in (STAMPED, NOTED):
        if key in raw:
            out[key] = raw[key]
    if "sets" in out:
        out["sets"] = [with_stamps(m, r) for m, r in zip(out["sets"], raw.get("sets") or (),
                                                          strict=True)]
    return out


def restamped(old: Raw | None, new: Raw, default: Raw, stamp: str) -> Raw:
    """A settings document (profile, plan) after a change: the settings that differ from what was
    stored get `stamp`, the others keep theirs. When nothing was stored, a setting left at its
    default gets the earliest stamp: a change made on any device wins over it, a file that
    carries no stamps does not."""
    if old is None:
        earliest = hlc.at(0, hlc.parse(stamp).device)
        old = {**default, STAMPED: dict.fromkeys(default, earliest)}
    before = {k: v for k, v in old.items() if k != STAMPED}
    stamps = dict(old.get(STAMPED) or {})
    stamps.update({k: stamp for k, v in new.items() if before.get(k) != v})
    return {**new, STAMPED: stamps}


def checkin_stamps(old: Raw | None, entered: Raw, stamp: str) -> dict[str, list[str]]:
    """A check-in's stamps after the fields `entered` holds (not None) were entered: each of them,
    the weight's unit with a weight, the length unit with a girth, get `stamp`."""
    stamps = field_stamps(old or {})
    given = [name for name in CHECKIN_KEYS
             if name not in _UNITS and entered.get(name) is not None]
    if entered.get("weight") is not None:
        given.append("unit")
    if any(entered.get(name) is not None for name in GIRTHS):
        given.append("length_unit")
    stamps.update({name: stamp for name in given})
    return grouped(stamps)
