"""The store's schema, in one place: every table's documents, their fields, types and bounds.

A field is one line in its document's spec: `need(check)` (present and not null) or
`may(check)` (missing or null reads as "not given"). The numbers' bounds are the core's
(`legtui.core.bounds`), so the shell, the app, an import and a store read agree. Unknown extra
fields are ignored, never fatal (a newer legtui's optional field, a key added by hand or by
another tool). `problem(table, key, doc)` says in one line what is wrong with a document, or
None; `integrity` reads a whole file with it (docs/store-format.md, "The schema").

Extending it: an optional field is one line in its document's spec (a set's `"sides"`, a
check-in's `"partial": may(boolean)`); a new table is one entry in TABLES; a new number's bound
goes in `core/bounds.py` first, so the shell and the app refuse what a read would call damage.
"""

from __future__ import annotations

from datetime import date, datetime

from legtui.core import bounds, hlc
from legtui.core.inputs import Rule, number_issue, shown
from legtui.core.plain import (
    ACTIVITIES,
    CHECKIN_KEYS,
    EQUIPMENT,
    REST_ALERTS,
    SET_KINDS,
    UNITS,
    WEEKDAYS,
    Value,
)

TYPE_CHECKING = False  # the quick `legtui log` loads this module: no `typing` at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from legtui.core.model import LengthUnit

    # A check returns None when the value is fine, else the issue: `" is 'ten', not a number"`
    # for a value, `".reps is ..."` or `"[2].reps is ..."` from inside an object or a list (the
    # path to the bad value, then what is wrong with it).
    Check = Callable[[Any], str | None]
    DocRule = Callable[[dict[str, Any]], str | None]  # a check across a document's fields


class Field(Value):
    __slots__ = ("check", "required")

    def __init__(self, check: Check, required: bool = False) -> None:
        self.check, self.required = check, required


def need(check: Check) -> Field:
    return Field(check, required=True)


def may(check: Check) -> Field:
    return Field(check)


Spec = dict[str, Field]


def number(rule: Rule) -> Check:
    def check(value: Any) -> str | None:
        issue = number_issue(value, rule)
        return None if issue is None else " " + issue
    return check


def text(limit: int = bounds.TEXT_MAX, *, empty: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return f" is {shown(value)}, not text"
        if len(value) > limit:
            return f" is longer than {limit} characters"
        return None if empty or value else " is empty"
    return check


def one_of(options: tuple[str, ...]) -> Check:
    def check(value: Any) -> str | None:
        return None if value in options else f" is {shown(value)}, not one of {', '.join(options)}"
    return check


def boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f" is {shown(value)}, not true or false"


def day(value: Any) -> str | None:
    try:
        found = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        found = None
    if found is None:
        return f" is {shown(value)}, not a date YYYY-MM-DD"
    return None if found.year >= bounds.FIRST_YEAR else f" is before {bounds.FIRST_YEAR}"


def moment(value: Any) -> str | None:
    """A UTC time as legtui writes it (an empty text: an old set whose time is not known)."""
    if value == "":
        return None
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return f" is {shown(value)}, not a time YYYY-MM-DDTHH:MM:SSZ"
    return None


def list_of(check: Check, limit: int = 10_000) -> Check:
    def check_list(value: Any) -> str | None:
        if not isinstance(value, list):
            return f" is {shown(value)}, not a list"
        if len(value) > limit:
            return f" holds more than {limit} items"
        for index, item in enumerate(value):
            issue = check(item)
            if issue:
                return f"[{index}]{issue}"
        return None
    return check_list


def mapping(check: Check) -> Check:
    """An object of any keys (text) whose values pass `check`."""
    def check_map(value: Any) -> str | None:
        if not isinstance(value, dict):
            return f" is {shown(value)}, not an object"
        for key, item in value.items():
            issue = check(item)
            if issue:
                return f".{key}{issue}"
        return None
    return check_map


def document(spec: Spec, *rules: DocRule) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, dict):
            return f" is {shown(value)}, not an object"
        for name, field in spec.items():
            found = value.get(name)
            if found is None:
                if field.required:
                    return f".{name} is missing"
                continue
            issue = field.check(found)
            if issue:
                return f".{name}{issue}"
        for rule in rules:
            issue = rule(value)
            if issue:
                return issue
        return None
    return check


def _in_unit(field: str, rule: Rule, unit_field: str = "unit") -> DocRule:
    """A weight's bound in the unit the document gives it in."""
    def check(doc: dict[str, Any]) -> str | None:
        value = doc.get(field)
        unit = doc.get(unit_field) or "kg"
        if value is None or unit not in UNITS:
            return None
        issue = number_issue(value, bounds.in_unit(rule, unit))
        return None if issue is None else f".{field} {issue}"
    return check


def _load_in_unit(doc: dict[str, Any]) -> str | None:
    load = doc.get("load")
    issue = None if load is None else number_issue(load, bounds.LOAD[doc.get("unit") or "kg"])
    return None if issue is None else f".load {issue}"


def _weaker_side(doc: dict[str, Any]) -> str | None:
    """A single-leg set's reps are its weaker side's (`20x10/9` is 9 reps)."""
    sides = doc.get("sides")
    if not sides:
        return None
    weaker = min(sides["left"], sides["right"])
    if doc["reps"] == weaker:
        return None
    return f".reps is {doc['reps']}, not the weaker side's {weaker}"


def _in_its_unit(value: Any) -> str | None:
    """A weight: its bound depends on its unit, so a rule of the document checks it."""
    return None


def _tape(doc: dict[str, Any]) -> str | None:
    length_unit: LengthUnit = "in" if doc.get("length_unit") == "in" else "cm"
    for name in bounds.TAPE:
        value = doc.get(name)
        if value is not None:
            issue = number_issue(value, bounds.checkin_rule(name, "kg", length_unit))
            if issue:
                return f".{name} {issue}"
    return None


def _unique_set_ids(doc: dict[str, Any]) -> str | None:
    seen: set[str] = set()
    for entry in doc.get("sets") or ():
        if entry["id"] in seen:
            return f".sets hold the id {shown(entry['id'])} twice"
        seen.add(entry["id"])
    return None


def _rep_range(doc: dict[str, Any]) -> str | None:
    low, high = doc.get("rep_low", 8), doc.get("rep_high", 12)
    return None if low <= high else f".rep_low {low} is above rep_high {high}"


ID = text(bounds.ID_MAX, empty=False)
NAME = text(bounds.ID_MAX)
STRINGS = list_of(NAME, 100)


# -- change stamps (docs/sync.md) --------------------------------------------------------------
def stamp(value: Any) -> str | None:
    return None if hlc.is_stamp(value) else f" is {shown(value)}, not a change stamp"


def device(value: Any) -> str | None:
    return None if hlc.is_device(value) else f" is {shown(value)}, not a device id"


STAMPS = mapping(stamp)  # setting, exercise or set id -> the stamp of its last change


def _grouped_stamps(value: Any) -> str | None:
    """A check-in's stamps: `{stamp: [field, ...]}`."""
    if not isinstance(value, dict):
        return f" is {shown(value)}, not an object"
    fields = list_of(one_of(CHECKIN_KEYS), len(CHECKIN_KEYS))
    for key, names in value.items():
        found = stamp(key) or fields(names)
        if found:
            return f".{key}{found}"
    return None


SET: Check = document({
    "id": need(ID),
    "exercise": need(ID),
    "load": may(_in_its_unit),
    "unit": may(one_of(UNITS)),
    "reps": need(number(bounds.STORED_REPS)),
    "logged_at": may(moment),
    "rpe": may(number(bounds.RPE)),
    "kind": may(one_of(SET_KINDS)),
    "note": may(text()),
    "tempo": may(text(40)),
    "tut_s": may(number(bounds.TUT_S)),
    "sides": may(document({"left": need(number(bounds.REPS)), "right": need(number(bounds.REPS))})),
    "changed": may(stamp),
}, _load_in_unit, _weaker_side)

SESSION: Check = document({
    "date": need(day),
    "sets": may(list_of(SET, 1000)),
    "notes": may(mapping(text())),
    "noted": may(STAMPS),
}, _unique_set_ids)

CHECKIN: Check = document({
    "date": need(day),
    "unit": may(one_of(UNITS)),
    "length_unit": may(one_of(("cm", "in"))),
    **{name: may(number(rule)) for name, rule in bounds.CHECKIN.items()
       if name not in ("weight", *bounds.TAPE)},
    **{name: may(_in_its_unit) for name in bounds.TAPE},
    "weight": may(_in_its_unit),
    "note": may(text()),
    "partial": may(boolean),
    "changed": may(_grouped_stamps),
}, _in_unit("weight", bounds.BODYWEIGHT), _tape)

PLAN_ITEM: Check = document({
    "exercise": need(ID),
    "rep_low": may(number(bounds.PLAN_REPS)),
    "rep_high": may(number(bounds.PLAN_REPS)),
    "scheme": may(one_of(("double", "linear"))),
    "unit": may(one_of(UNITS)),
    "plates": may(list_of(number(bounds.PLATE), 50)),
    "equipment": may(one_of(EQUIPMENT)),
    **{name: may(number(rule)) for name, rule in bounds.PLAN.items()},
}, _rep_range)

PLAN: Check = document({
    "days": may(list_of(one_of(WEEKDAYS), 7)),
    "items": may(list_of(PLAN_ITEM, 100)),
    "changed": may(STAMPS),
})

PROFILE: Check = document({
    "unit": may(one_of(UNITS)),
    "length_unit": may(one_of(("cm", "in"))),
    "sex": may(one_of(("male", "female"))),
    "birth_year": may(number(bounds.BIRTH_YEAR)),
    "activity": may(one_of(ACTIVITIES)),
    "timezone": may(text(100)),  # kept as written, even a zone this machine does not know
    "bell": may(boolean),  # before rest_alert: false reads as rest_alert "off"
    "rest_alert": may(one_of(REST_ALERTS)),
    "goal_weight": may(number(bounds.GOAL_WEIGHT)),  # kg
    "checkin_day": may(one_of(WEEKDAYS)),
    **{name: may(number(rule)) for name, rule in bounds.PROFILE.items()},
    "changed": may(STAMPS),
})

EXERCISE: Check = document({
    "id": need(ID),
    "name": may(NAME),
    "equipment": may(one_of(EQUIPMENT)),
    "primary": may(STRINGS),
    "synergists": may(STRINGS),
    "unilateral": may(boolean),
    "aliases": may(STRINGS),
})

META: Check = document({
    "schema": need(number(Rule("schema", 0, 1_000_000, whole=True))),
    "device": may(device),
    "clock": may(stamp),
    "sync": may(document({"file": may(text(4096)), "via": may(text(4096)), "auto": may(boolean)})),
})

DELETED: Check = document({"sets": may(STAMPS)})  # tombstones: a deleted set's id -> its stamp

TABLES: dict[str, Check] = {
    "meta": META,
    "profile": PROFILE,
    "plan": PLAN,
    "exercises": EXERCISE,
    "sessions": SESSION,
    "checkins": CHECKIN,
    "deleted": DELETED,
}
DATED = frozenset({"sessions", "checkins"})  # one document per day, keyed by the date's ordinal


def key_day(key: str) -> date | None:
    """The day a dated table's document key stands for (None when it is not a day's ordinal)."""
    if not key.isdigit() or len(key) > 7:
        return None
    try:
        return date.fromordinal(int(key))
    except (ValueError, OverflowError):
        return None


def issue(table: str, doc: Any) -> str | None:
    """What is wrong with a document of a known table, wherever it is kept (an export's list
    too), or None."""
    found = TABLES[table](doc)
    return None if found is None else found.removeprefix(".").lstrip()


def problem(table: str, key: str, doc: Any) -> str | None:
    """What is wrong with one document (`sets[2].reps is 'ten', not a number`), or None. A table
    this legtui does not know holds objects; what is in them is not its business."""
    check = TABLES.get(table)
    if check is None:
        return None if isinstance(doc, dict) else f"is {shown(doc)}, not an object"
    found = issue(table, doc)
    if found is None and table in DATED:
        filed = key_day(key)
        if filed is None:
            return f"its key {shown(key)} is not a day"
        if doc["date"] != filed.isoformat():
            return f"is dated {doc['date']} but filed under {filed.isoformat()}"
    return found
