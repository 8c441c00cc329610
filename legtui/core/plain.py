"""The model's plain values without its classes: units, the fields' choices, number rounding, and
a set as the store holds it. No dataclasses and no `typing` at run time, so the quick
`legtui log` (`legtui.cli.quicklog`) loads this and not the model (docs/benchmarks.md).
`legtui.core.model` re-exports every name here; its `Literal` types match these tuples (a test
holds them together)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from legtui.core.model import Activity, Equipment, RestAlert, SetKind, Unit

UNITS: tuple[Unit, ...] = ("kg", "lb")
SET_KINDS: tuple[SetKind, ...] = ("working", "warmup", "drop", "failure")
EQUIPMENT: tuple[Equipment, ...] = ("barbell", "dumbbell", "machine", "cable", "bodyweight",
                                    "kettlebell")
ACTIVITIES: tuple[Activity, ...] = ("sedentary", "light", "moderate", "active", "very_active")
REST_ALERTS: tuple[RestAlert, ...] = ("both", "bell", "notification", "off")
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# a check-in's fields but its day, in the record's order (`legtui.store.stamps` stamps each)
CHECKIN_KEYS: tuple[str, ...] = ("weight", "unit", "calories", "protein_g", "fiber_g", "sleep_h",
                                 "stress", "water_l", "sodium_mg", "waist", "hips", "thigh",
                                 "length_unit", "note", "partial")

LB_IN_KG = 0.45359237
CM_IN_INCH = 2.54


class Value:
    """A small record that compares, hashes and prints by its `__slots__`, as a frozen dataclass
    does, for the few classes the quick `legtui log` loads (`dataclasses` loads `inspect`, `ast`
    and `dis`: about 5 ms of that command). Its fields are not changed after `__init__`."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Value) and type(other) is type(self) and (
            self._values() == other._values())

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"


def clean_number(value: float, places: int = 3) -> float | int:
    """Round away float dust and store whole numbers as ints (`60`, not `60.0`)."""
    rounded = round(float(value), places)
    return int(rounded) if rounded == int(rounded) else rounded


def fmt_load(value: float) -> str:
    """`60`, `62.5`, `61.25` — never `60.0`."""
    return f"{clean_number(value, 2):g}"


def set_document(id: str, exercise: str, load: float, unit: str, reps: int, logged_at: str,
                 rpe: float | None = None, kind: str = "working", note: str | None = None,
                 tempo: str | None = None, tut_s: int | None = None,
                 sides: tuple[int, int] | None = None) -> dict[str, object]:
    """A set as a dict (`SetEntry.to_dict`, and what `legtui log` stores, through `stored`):
    the one place a set's fields become the store's. A field a set gains is added here, with a
    default, so every path that writes a set (the quick `legtui log` too) writes it."""
    data: dict[str, object] = {
        "id": id,
        "exercise": exercise,
        "load": clean_number(load),
        "unit": unit,
        "reps": reps,
        "rpe": None if rpe is None else clean_number(rpe, 1),
        "kind": kind,
        "logged_at": logged_at,
        "note": note,
    }
    if tempo is not None:
        data["tempo"] = tempo
    if tut_s is not None:
        data["tut_s"] = tut_s
    if sides is not None:
        data["sides"] = sides_json(sides)
    return data


def sides_json(sides: tuple[int, int] | None) -> dict[str, int] | None:
    """`{"left": 10, "right": 9}`, or None for a set without sides."""
    return None if sides is None else {"left": sides[0], "right": sides[1]}


def stored(data: dict[str, object]) -> dict[str, object]:
    """A set or a check-in as stored: without its null fields (a missing field reads as null;
    the nulls were a sixth of a history's file, of its parse time and of its memory)."""
    return {k: v for k, v in data.items() if v is not None}


def sides_from(data: object) -> tuple[int, int] | None:
    """The stored `sides` object back as (left, right); None when absent."""
    if not isinstance(data, dict):
        return None
    return int(data["left"]), int(data["right"])
