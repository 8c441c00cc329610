"""Check-in values as typed (shell or screen) → a checked CheckIn, or one clear error. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from legtui.core.inputs import InputError, Rule, read_number
from legtui.core.model import CHECKIN_FIELDS, CM_IN_INCH, CheckIn, Profile, from_kg
from legtui.core.text import clean_note

# ranges in kg and cm; `rule_for` converts them to the profile's units
RULES: dict[str, Rule] = {
    "weight": Rule("weight", 20, 400, "kg"),
    "calories": Rule("calories", 0, 10000, "kcal", whole=True),
    "protein_g": Rule("protein", 0, 1000, "g"),
    "fiber_g": Rule("fiber", 0, 300, "g"),
    "sleep_h": Rule("sleep", 0, 24, "h"),
    "stress": Rule("stress", 1, 5, whole=True),
    "water_l": Rule("water", 0, 20, "L"),
    "sodium_mg": Rule("sodium", 0, 50000, "mg", whole=True),
    "waist": Rule("waist", 20, 300, "cm"),
    "hips": Rule("hips", 20, 300, "cm"),
    "thigh": Rule("thigh", 10, 200, "cm"),
}
TAPE = ("waist", "hips", "thigh")


def rule_for(field: str, profile: Profile) -> Rule:
    """The field's rule in the profile's weight and length units."""
    rule = RULES[field]
    if field == "weight" and profile.unit == "lb":
        return Rule(rule.label, round(from_kg(rule.low, "lb")), round(from_kg(rule.high, "lb")),
                    "lb")
    if field in TAPE and profile.length_unit == "in":
        return Rule(rule.label, round(rule.low / CM_IN_INCH), round(rule.high / CM_IN_INCH), "in")
    return rule


def parse_value(field: str, raw: str, profile: Profile) -> int | float | str | None:
    """One field as typed; None when left empty (not given)."""
    if field == "note":
        return clean_note(raw)
    text = raw.strip()
    if not text:
        return None
    return read_number(text, rule_for(field, profile))


def checkin_from_raw(day: str, raw: Mapping[str, str | None], profile: Profile) -> CheckIn:
    """The fields given (empty or None: not given) as a CheckIn in the profile's units.

    Raises InputError on the first bad value, or when no field is given at all.
    """
    unknown = set(raw) - set(CHECKIN_FIELDS)
    if unknown:
        raise InputError(f"unknown check-in field {sorted(unknown)[0]!r}")
    values: dict[str, Any] = {}
    for field in CHECKIN_FIELDS:
        text = raw.get(field)
        value = None if text is None else parse_value(field, text, profile)
        if value is not None:
            values[field] = value
    if not values:
        raise InputError("nothing to check in: give at least one field")
    return CheckIn(date=day, unit=profile.unit, length_unit=profile.length_unit, **values)
