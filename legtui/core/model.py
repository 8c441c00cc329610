"""Plain typed records: what the store holds and the core computes on. No I/O here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from sys import intern
from typing import Any, Literal, cast

from legtui.core.plain import (  # the plain values, re-exported (see plain)
    ACTIVITIES as ACTIVITIES,
)
from legtui.core.plain import (
    CM_IN_INCH as CM_IN_INCH,
)
from legtui.core.plain import (
    EQUIPMENT as EQUIPMENT,
)
from legtui.core.plain import (
    LB_IN_KG as LB_IN_KG,
)
from legtui.core.plain import (
    REST_ALERTS as REST_ALERTS,
)
from legtui.core.plain import (
    SET_KINDS as SET_KINDS,
)
from legtui.core.plain import (
    UNITS as UNITS,
)
from legtui.core.plain import (
    WEEKDAYS as WEEKDAYS,
)
from legtui.core.plain import (
    clean_number as clean_number,
)
from legtui.core.plain import (
    fmt_load as fmt_load,
)
from legtui.core.plain import (
    set_document as set_document,
)
from legtui.core.plain import (
    sides_from as sides_from,
)
from legtui.core.plain import (
    sides_json as sides_json,
)

Unit = Literal["kg", "lb"]
LengthUnit = Literal["cm", "in"]
SetKind = Literal["working", "warmup", "drop", "failure"]
Equipment = Literal["barbell", "dumbbell", "machine", "cable", "bodyweight", "kettlebell"]
Scheme = Literal["double", "linear"]
Sex = Literal["male", "female"]
Activity = Literal["sedentary", "light", "moderate", "active", "very_active"]
RestAlert = Literal["both", "bell", "notification", "off"]


def to_kg(value: float, unit: Unit) -> float:
    return value * LB_IN_KG if unit == "lb" else value


def from_kg(value_kg: float, unit: Unit) -> float:
    return value_kg / LB_IN_KG if unit == "lb" else value_kg


def convert(value: float, src: Unit, dst: Unit) -> float:
    return value if src == dst else from_kg(to_kg(value, src), dst)


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    equipment: Equipment
    primary: tuple[str, ...]
    synergists: tuple[str, ...] = ()
    unilateral: bool = False
    aliases: tuple[str, ...] = ()
    custom: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "equipment": self.equipment,
            "primary": list(self.primary),
            "synergists": list(self.synergists),
            "unilateral": self.unilateral,
            "aliases": list(self.aliases),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Exercise:
        return cls(
            id=str(data["id"]),
            name=str(data.get("name") or data["id"]),
            equipment=cast(Equipment, data.get("equipment", "machine")),
            primary=tuple(data.get("primary", ())),
            synergists=tuple(data.get("synergists", ())),
            unilateral=bool(data.get("unilateral", False)),
            aliases=tuple(data.get("aliases", ())),
            custom=True,
        )


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One exercise in the plan and how it progresses.

    Loads are in `unit`. `None` for bar / plates / step means the defaults for the equipment and
    unit (see overload.py). `max_load` caps the next load (a home gym's heaviest dumbbell).
    """

    exercise: str
    sets: int = 3
    rep_low: int = 8
    rep_high: int = 12
    scheme: Scheme = "double"
    start_load: float = 0.0
    unit: Unit = "kg"
    increment: float | None = None
    bar: float | None = None
    plates: tuple[float, ...] | None = None
    step: float | None = None
    max_load: float | None = None
    rest_s: int = 90
    target_rpe: float = 8.0
    equipment: Equipment | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.plates is not None:
            data["plates"] = list(self.plates)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanItem:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        if kwargs.get("plates") is not None:
            kwargs["plates"] = tuple(kwargs["plates"])
        return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class Plan:
    days: tuple[str, ...] = ("mon", "wed", "fri")
    items: tuple[PlanItem, ...] = ()

    def item(self, exercise: str) -> PlanItem | None:
        return next((i for i in self.items if i.exercise == exercise), None)

    def with_item(self, new: PlanItem) -> Plan:
        """Replace the item for the same exercise, or append it."""
        items = [new if i.exercise == new.exercise else i for i in self.items]
        if not any(i.exercise == new.exercise for i in self.items):
            items.append(new)
        return replace(self, items=tuple(items))

    def to_dict(self) -> dict[str, Any]:
        return {"days": list(self.days), "items": [i.to_dict() for i in self.items]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        return cls(
            days=tuple(data.get("days", ("mon", "wed", "fri"))),
            items=tuple(PlanItem.from_dict(i) for i in data.get("items", ())),
        )


@dataclass(frozen=True, slots=True)
class SetEntry:
    """One set as the lifter typed it. `load` is in `unit`; 0 with a bodyweight exercise.
    `sides` is (left, right) for a single-leg set typed as `20x10/9`; `reps` is then the weaker
    side, which progression, records and volume use."""

    id: str
    exercise: str
    load: float
    unit: Unit
    reps: int
    logged_at: str
    rpe: float | None = None
    kind: SetKind = "working"
    note: str | None = None
    tempo: str | None = None
    tut_s: int | None = None
    sides: tuple[int, int] | None = None

    @property
    def is_working(self) -> bool:
        return self.kind != "warmup"

    def load_in(self, unit: Unit) -> float:
        return convert(self.load, self.unit, unit)

    def to_dict(self) -> dict[str, Any]:
        return set_document(self.id, self.exercise, self.load, self.unit, self.reps,
                            self.logged_at, self.rpe, self.kind, self.note, self.tempo,
                            self.tut_s, self.sides)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SetEntry:
        rpe = data.get("rpe")
        return cls(  # the few names every set repeats are shared, not one string per set
            id=str(data["id"]),
            exercise=intern(str(data["exercise"])),
            load=float(data.get("load") or 0),
            unit=cast(Unit, intern(str(data.get("unit", "kg")))),
            reps=int(data["reps"]),
            logged_at=str(data.get("logged_at", "")),
            rpe=None if rpe is None else float(rpe),
            kind=cast(SetKind, intern(str(data.get("kind", "working")))),
            note=data.get("note"),
            tempo=data.get("tempo"),
            tut_s=data.get("tut_s"),
            sides=sides_from(data.get("sides")),
        )


@dataclass(frozen=True, slots=True, weakref_slot=True)  # the store tracks old days weakly
class Session:
    """One training day (local date `YYYY-MM-DD`) with its sets in the order they were logged."""

    date: str
    sets: tuple[SetEntry, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)

    def sets_for(self, exercise: str) -> tuple[SetEntry, ...]:
        return tuple(s for s in self.sets if s.exercise == exercise)

    def working_sets_for(self, exercise: str) -> tuple[SetEntry, ...]:
        return tuple(s for s in self.sets if s.exercise == exercise and s.is_working)

    @property
    def exercises(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.exercise for s in self.sets))

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "sets": [s.to_dict() for s in self.sets],
            "notes": dict(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        return cls(
            date=str(data["date"]),
            sets=tuple(SetEntry.from_dict(s) for s in data.get("sets", ())),
            notes=dict(data.get("notes") or {}),
        )


CHECKIN_FIELDS: tuple[str, ...] = (
    "weight",
    "calories",
    "protein_g",
    "fiber_g",
    "sleep_h",
    "stress",
    "water_l",
    "sodium_mg",
    "waist",
    "hips",
    "thigh",
    "note",
)


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One day's habits. `weight` is in `unit`; the girths are in `length_unit`."""

    date: str
    weight: float | None = None
    unit: Unit = "kg"
    calories: int | None = None
    protein_g: float | None = None
    fiber_g: float | None = None
    sleep_h: float | None = None
    stress: int | None = None
    water_l: float | None = None
    sodium_mg: int | None = None
    waist: float | None = None
    hips: float | None = None
    thigh: float | None = None
    length_unit: LengthUnit = "cm"
    note: str | None = None
    partial: bool | None = None  # the calories are known to be incomplete (docs/science.md)

    def weight_kg(self) -> float | None:
        return None if self.weight is None else to_kg(self.weight, self.unit)

    def merged(self, other: CheckIn) -> CheckIn:
        """Fields given in `other` replace this day's; the rest stay."""
        changes: dict[str, Any] = {
            name: getattr(other, name)
            for name in CHECKIN_FIELDS
            if getattr(other, name) is not None
        }
        if other.partial is not None:
            changes["partial"] = other.partial
        if other.weight is not None:
            changes["unit"] = other.unit
        if any(getattr(other, n) is not None for n in ("waist", "hips", "thigh")):
            changes["length_unit"] = other.length_unit
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in (
            "weight",
            "protein_g",
            "fiber_g",
            "sleep_h",
            "water_l",
            "waist",
            "hips",
            "thigh",
        ):
            if data[key] is not None:
                data[key] = clean_number(data[key], 2)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckIn:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True, slots=True)
class Profile:
    unit: Unit = "kg"
    length_unit: LengthUnit = "cm"
    sex: Sex | None = None
    birth_year: int | None = None
    height_cm: float | None = None
    activity: Activity = "moderate"
    deficit: int = 500
    timezone: str | None = None
    day_start_hour: int = 4
    water_target_l: float | None = None
    rest_alert: RestAlert = "both"  # when rest is over: the bell, a notification, both or off
    goal_weight: float | None = None  # kg
    checkin_day: str = "mon"  # the weekday the coached calorie target moves on

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "rest_alert" not in data and data.get("bell") is False:
            values["rest_alert"] = "off"  # a profile from before the choice: `bell: false`
        return cls(**values)
