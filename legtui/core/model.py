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
    """One exercise of a workout and how it progresses.

    Loads are in `unit`. `None` for bar / plates / step means the defaults for the equipment and
    unit (see overload.py). `max_load` caps the next load (a home gym's heaviest dumbbell).
    Items of one workout that share a `group` are a superset. `id` is the entry's stable id
    (given by the store when it is first saved; empty until then; not part of equality).
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
    group: str | None = None
    id: str = field(default="", compare=False)

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
class Workout:
    """One named training day of the plan (A, B, ...): its exercises in order."""

    name: str
    items: tuple[PlanItem, ...] = ()
    id: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name,
                "exercises": [i.to_dict() for i in self.items]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Workout:
        return cls(
            name=str(data.get("name", "")),
            items=tuple(PlanItem.from_dict(i) for i in data.get("exercises", ())),
            id=str(data.get("id") or ""),
        )


@dataclass(frozen=True, slots=True)
class Plan:
    """The program: named workouts done in turn (see core/program.py) and the weekdays a
    session is scheduled (`days`)."""

    days: tuple[str, ...] = ("mon", "wed", "fri")
    workouts: tuple[Workout, ...] = ()

    @property
    def items(self) -> tuple[PlanItem, ...]:
        """Every planned exercise once (its first entry), in workout order."""
        seen: dict[str, PlanItem] = {}
        for workout in self.workouts:
            for item in workout.items:
                seen.setdefault(item.exercise, item)
        return tuple(seen.values())

    def item(self, exercise: str) -> PlanItem | None:
        return next((i for w in self.workouts for i in w.items if i.exercise == exercise), None)

    def with_item(self, new: PlanItem, workout: int = -1) -> Plan:
        """`new`'s settings for every entry of its exercise (each keeps its id and group); an
        exercise not yet planned is appended to the workout at index `workout`."""
        if self.item(new.exercise) is None:
            workouts = list(self.workouts) or [Workout("A")]
            target = workouts[workout]
            workouts[workout] = replace(target, items=(*target.items, new))
            return replace(self, workouts=tuple(workouts))
        return replace(self, workouts=tuple(
            replace(w, items=tuple(
                replace(new, id=i.id, group=i.group) if i.exercise == new.exercise else i
                for i in w.items))
            for w in self.workouts))

    def to_dict(self) -> dict[str, Any]:
        return {"training_days": list(self.days), "days": [w.to_dict() for w in self.workouts]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        """The plan document; an older one (`days` the weekdays, `items` one list) reads as a
        single workout "A"."""
        if "items" in data or "training_days" not in data:
            return cls(
                days=tuple(data.get("days", ("mon", "wed", "fri"))),
                workouts=(Workout("A", tuple(PlanItem.from_dict(i)
                                             for i in data.get("items", ()))),),
            )
        return cls(
            days=tuple(data["training_days"]),
            workouts=tuple(Workout.from_dict(w) for w in data.get("days", ())) or (Workout("A"),),
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
    superset: str | None = None  # the superset it was done in that day (as Hevy records it)

    @property
    def is_working(self) -> bool:
        return self.kind != "warmup"

    def load_in(self, unit: Unit) -> float:
        return convert(self.load, self.unit, unit)

    def to_dict(self) -> dict[str, Any]:
        return set_document(self.id, self.exercise, self.load, self.unit, self.reps,
                            self.logged_at, self.rpe, self.kind, self.note, self.tempo,
                            self.tut_s, self.sides, self.superset)

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
            superset=data.get("superset"),
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
    # which importer wrote a field ({"weight": "Withings"}); a field not named was typed by hand
    source: dict[str, str] | None = None

    def weight_kg(self) -> float | None:
        return None if self.weight is None else to_kg(self.weight, self.unit)

    def merged(self, other: CheckIn) -> CheckIn:
        """Fields given in `other` replace this day's; the rest stay.

        A replaced field takes its source from `other` (none: typed by hand); a field given again
        with the same value keeps the source it had.
        """
        given = [n for n in (*CHECKIN_FIELDS, "partial") if getattr(other, n) is not None]
        changes: dict[str, Any] = {name: getattr(other, name) for name in given}
        if other.weight is not None:
            changes["unit"] = other.unit
        if any(getattr(other, n) is not None for n in ("waist", "hips", "thigh")):
            changes["length_unit"] = other.length_unit
        source = dict(self.source or {})
        theirs = other.source or {}
        for name in given:
            if name in theirs:
                source[name] = theirs[name]
            elif self.value_of(name) != other.value_of(name):
                source.pop(name, None)
        changes["source"] = source or None
        return replace(self, **changes)

    def value_of(self, name: str) -> object:
        """A field's value as compared between days: a weight with its unit, a girth with its."""
        value = getattr(self, name)
        if value is None or name not in ("weight", "waist", "hips", "thigh"):
            return value
        return (value, self.unit if name == "weight" else self.length_unit)

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
        if data["source"] is not None:
            data["source"] = dict(sorted(data["source"].items()))
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
