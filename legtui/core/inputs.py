"""Numbers as the user typed them, checked against a range with one clear message. Pure."""

from __future__ import annotations

import math
from dataclasses import dataclass


class InputError(ValueError):
    """A typed value that cannot be used; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class Rule:
    label: str  # how the user calls the value (the shell option without --)
    low: float
    high: float
    unit: str = ""
    whole: bool = False


def read_number(text: str, rule: Rule) -> int | float:
    """`text` as a number inside the rule's range (an int when the rule wants whole numbers)."""
    raw = text.strip()
    try:
        value = float(raw)
    except ValueError:
        raise InputError(f"{rule.label} must be a number, not {raw!r}") from None
    if not math.isfinite(value):
        raise InputError(f"{rule.label} must be a number, not {raw!r}")
    if value < 0:
        raise InputError(f"{rule.label} cannot be negative ({raw})")
    if rule.whole and value != int(value):
        raise InputError(f"{rule.label} is a whole number, not {raw}")
    if not rule.low <= value <= rule.high:
        unit = f" {rule.unit}" if rule.unit else ""
        raise InputError(f"{rule.label} is {rule.low:g} to {rule.high:g}{unit}, not {value:g}")
    return int(value) if rule.whole else value
