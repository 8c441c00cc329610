"""The store's documents as a replica of registers (legtui.core.merge), and back. Where each
document keeps its stamps: `legtui.store.stamps`.

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
from legtui.core.model import CheckIn, Exercise, Plan, Profile, Session
from legtui.store.stamps import (
    CHECKIN_KEYS,
    NOTED,
    STAMPED,
    checked,
    field_stamps,
    grouped,
    logged_stamp,
    measured,
    stamps_of,
)

Raw = dict[str, Any]


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


def _put(registers: Registers, key: Any, register: Register) -> None:
    old = registers.get(key)
    registers[key] = register if old is None else later(old, register)


def _settings(doc: Raw | None) -> Registers:
    if doc is None:
        return {}
    stamps = stamps_of(doc)
    return {name: Register(stamps.get(name, hlc.NONE), value)
            for name, value in doc.items() if name != STAMPED}


def _sessions(docs: Iterable[Raw], sets: Registers, notes: Registers, stamped: bool) -> None:
    for doc in docs:
        day = str(doc["date"])
        for entry in doc.get("sets") or ():
            data = {k: v for k, v in entry.items() if k != STAMPED and v is not None}
            stamp = checked(entry.get(STAMPED)) or (logged_stamp(data) if stamped else hlc.NONE)
            _put(sets, str(entry["id"]), Register(stamp, {"date": day, "set": data}))
        written = doc.get("notes") or {}
        noted = stamps_of(doc, NOTED)
        for exercise in {*written, *noted}:
            _put(notes, (day, exercise), Register(noted.get(exercise, hlc.NONE),
                                                  written.get(exercise)))


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
        _put(sets, str(set_id), Register(checked(stamp), None))
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


