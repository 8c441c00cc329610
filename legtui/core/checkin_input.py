"""Check-in values as typed (shell or screen) → a checked CheckIn, or one clear error. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from legtui.core import bounds
from legtui.core.inputs import InputError, Rule, read_number
from legtui.core.model import CHECKIN_FIELDS, CheckIn, Profile
from legtui.core.text import clean_note

# ranges in kg and cm; `rule_for` converts them to the profile's units
RULES = bounds.CHECKIN
TAPE = bounds.TAPE


def rule_for(field: str, profile: Profile) -> Rule:
    """The field's rule in the profile's weight and length units."""
    return bounds.checkin_rule(field, profile.unit, profile.length_unit)


def parse_value(field: str, raw: str, profile: Profile) -> int | float | str | None:
    """One field as typed; None when left empty (not given)."""
    if field == "note":
        return clean_note(raw)
    text = raw.strip()
    if not text:
        return None
    return read_number(text, rule_for(field, profile))


def checkin_from_raw(day: str, raw: Mapping[str, str | None], profile: Profile,
                     partial: bool | None = None) -> CheckIn:
    """The fields given (empty or None: not given) as a CheckIn in the profile's units;
    `partial` marks the day's calories as incomplete (None: not given).

    Raises InputError on the first bad value, or when nothing is given at all.
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
    if not values and partial is None:
        raise InputError("nothing to check in: give at least one field")
    return CheckIn(date=day, unit=profile.unit, length_unit=profile.length_unit,
                   partial=partial, **values)
