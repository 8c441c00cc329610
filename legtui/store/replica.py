"""The store's documents as a replica of registers (legtui.core.merge), and back.

The documents carry their change stamps (legtui.core.hlc) beside the data:

- a set: `"changed": STAMP` once it was edited; until then its stamp is the one its `logged_at`
  gives (`logged_stamp`: that time, counter 0, device 00000000), so the file carries no stamp for
  the sets that never changed (most of them); a deleted set: its id and stamp in the `deleted`
  table's document;
- a session's notes: `"noted": {exercise: STAMP}` (a cleared note keeps its stamp);
- a check-in: `"changed": {field: STAMP}`, one per field (the weight's `unit` and the girths'
  `length_unit` are fields of their own);
- the profile and the plan: `"changed": {setting: STAMP}` (the plan's settings are `days` and
  `items`);
- custom exercises carry none: they are only ever added, and merge as a union.

Documents without stamps (an import from another app, an export from an older legtui:
`Documents.stamped` false) give registers stamped NONE, sets included: they lose to anything the
store knows and fill only what it lacks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from legtui.core import hlc
from legtui.core.merge import Register, Registers, Replica, later
from legtui.core.model import CHECKIN_FIELDS, CheckIn, Exercise, Plan, Profile, Session

Raw = dict[str, Any]
CHECKIN_KEYS: tuple[str, ...] = (*CHECKIN_FIELDS, "unit", "length_unit")
NAMESPACES: tuple[str, ...] = ("sets", "notes", "checkins", "profile", "plan", "exercises")
STAMPED = "changed"
GIRTHS: tuple[str, ...] = ("waist", "hips", "thigh")
NOTED = "noted"


@dataclass
class Documents:
    """Everything a store (or a legtui export) holds, as plain documents with their stamps."""

    sessions: list[Raw] = field(default_factory=list)
    checkins: list[Raw] = field(default_factory=list)
    profile: Raw | None = None
    plan: Raw | None = None
    exercises: list[Raw] = field(default_factory=list)
    deleted: dict[str, str] = field(default_factory=dict)
    stamped: bool = True  # False: they carry no stamps at all (a set's is not its logged_at's)

    @classmethod
    def of(
        cls,
        sessions: Iterable[Session] = (),
        checkins: Iterable[CheckIn] = (),
        exercises: Iterable[Exercise] = (),
        profile: Profile | None = None,
        plan: Plan | None = None,
    ) -> Documents:
        """The documents of records that carry no stamps (an import from another app)."""
        return cls(
            sessions=[s.to_dict() for s in sessions],
            checkins=[c.to_dict() for c in checkins],
            profile=profile.to_dict() if profile is not None else None,
            plan=plan.to_dict() if plan is not None else None,
            exercises=[e.to_dict() for e in exercises],
            stamped=False,
        )


IMPLIED_DEVICE = "00000000"


def logged_stamp(entry: Raw) -> str:
    """The stamp of a set that was never edited: when it was logged."""
    return hlc.at(hlc.iso_ms(str(entry.get("logged_at") or "")), IMPLIED_DEVICE)


def _stamp(value: object) -> str:
    if value is None or value == hlc.NONE:
        return hlc.NONE
    if not hlc.is_stamp(value):
        raise ValueError(f"not a change stamp: {value!r}")
    return value


def _stamps(doc: Raw, key: str = STAMPED) -> dict[str, str]:
    found = doc.get(key) or {}
    if not isinstance(found, dict):
        raise ValueError(f"{key!r} is not an object of stamps")
    return {str(name): _stamp(stamp) for name, stamp in found.items()}


def field_stamps(doc: Raw) -> dict[str, str]:
    """A check-in's stamps by field. They are kept grouped, `{stamp: [field, ...]}` (the fields
    entered at once share one: a third of the file, not a third more, for years of check-ins)."""
    found = doc.get(STAMPED) or {}
    if not isinstance(found, dict) or not all(isinstance(v, list) for v in found.values()):
        raise ValueError("'changed' is not an object of stamps and their fields")
    return {str(name): _stamp(stamp) for stamp, names in found.items() for name in names}


def grouped(stamps: Mapping[str, str]) -> dict[str, list[str]]:
    """`{field: stamp}` as a check-in keeps it: `{stamp: [field, ...]}`, oldest first."""
    out: dict[str, list[str]] = {}
    for name, stamp in sorted(stamps.items(), key=lambda item: (item[1], item[0])):
        out.setdefault(stamp, []).append(name)
    return out


def _put(registers: Registers, key: Any, register: Register) -> None:
    old = registers.get(key)
    registers[key] = register if old is None else later(old, register)


def _settings(doc: Raw | None) -> Registers:
    if doc is None:
        return {}
    stamps = _stamps(doc)
    return {name: Register(stamps.get(name, hlc.NONE), value)
            for name, value in doc.items() if name != STAMPED}


def _sessions(docs: Iterable[Raw], sets: Registers, notes: Registers, stamped: bool) -> None:
    for doc in docs:
        day = str(doc["date"])
        for entry in doc.get("sets") or ():
            data = {k: v for k, v in entry.items() if k != STAMPED and v is not None}
            stamp = _stamp(entry.get(STAMPED)) or (logged_stamp(data) if stamped else hlc.NONE)
            _put(sets, str(entry["id"]), Register(stamp, {"date": day, "set": data}))
        written = doc.get("notes") or {}
        noted = _stamps(doc, NOTED)
        for exercise in {*written, *noted}:
            _put(notes, (day, exercise), Register(noted.get(exercise, hlc.NONE),
                                                  written.get(exercise)))


def measured(doc: Raw, name: str) -> bool:
    """Whether an unstamped field holds something: a unit only with what it measures."""
    if name == "unit":
        return doc.get("weight") is not None
    if name == "length_unit":
        return any(doc.get(girth) is not None for girth in GIRTHS)
    return doc.get(name) is not None


def _checkins(docs: Iterable[Raw], checkins: Registers) -> None:
    for doc in docs:
        day, stamps = str(doc["date"]), field_stamps(doc)
        for name in CHECKIN_KEYS:
            if name in stamps or measured(doc, name):
                _put(checkins, (day, name), Register(stamps.get(name, hlc.NONE), doc.get(name)))


def to_replica(docs: Documents) -> Replica:
    """The registers of a store's or an export's documents; ValueError on a bad stamp."""
    sets: Registers = {}
    notes: Registers = {}
    checkins: Registers = {}
    _sessions(docs.sessions, sets, notes, docs.stamped)
    for set_id, stamp in docs.deleted.items():
        _put(sets, str(set_id), Register(_stamp(stamp), None))
    _checkins(docs.checkins, checkins)
    exercises: Registers = {}
    for exercise in docs.exercises:
        _put(exercises, str(exercise["id"]), Register(hlc.NONE, exercise))
    return {"sets": sets, "notes": notes, "checkins": checkins,
            "profile": _settings(docs.profile), "plan": _settings(docs.plan),
            "exercises": exercises}


def session_document(day: str, sets: Iterable[Register], notes: Mapping[str, Register]) -> Raw:
    """A day's session document from its live sets (in order) and its notes' registers."""
    doc: Raw = {"date": day,
                "sets": [_set_document(r) for r in sets],
                "notes": {ex: r.value for ex, r in notes.items() if r.live}}
    stamped = {ex: r.stamp for ex, r in notes.items() if r.stamp}
    if stamped:
        doc[NOTED] = stamped
    return doc


def _set_document(register: Register) -> Raw:
    data: Raw = register.value["set"]
    return data if register.stamp == logged_stamp(data) else {**data, STAMPED: register.stamp}


def checkin_document(day: str, fields: Mapping[str, Register]) -> Raw:
    doc: Raw = {"date": day}
    doc.update({name: r.value for name, r in fields.items() if r.live})
    doc[STAMPED] = grouped({name: r.stamp for name, r in fields.items() if r.stamp})
    return doc


def settings_document(registers: Registers) -> Raw:
    doc: Raw = {str(name): r.value for name, r in registers.items()}
    doc[STAMPED] = {str(name): r.stamp for name, r in registers.items() if r.stamp}
    return doc


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
    given = [name for name in CHECKIN_FIELDS if entered.get(name) is not None]
    if entered.get("weight") is not None:
        given.append("unit")
    if any(entered.get(name) is not None for name in GIRTHS):
        given.append("length_unit")
    stamps.update({name: stamp for name in given})
    return grouped(stamps)
