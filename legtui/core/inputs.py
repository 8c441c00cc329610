"""Numbers as the user typed them, checked against a range with one clear message. Pure."""

from __future__ import annotations

import math
import re
from datetime import date

from legtui.core.plain import Value


class InputError(ValueError):
    """A typed value that cannot be used; the message says why in one line."""


class Rule(Value):
    """A number's bounds. `label`: how the user calls the value (the shell option without --)."""

    __slots__ = ("high", "label", "low", "unit", "whole")

    def __init__(self, label: str, low: float, high: float, unit: str = "",
                 whole: bool = False) -> None:
        self.label, self.low, self.high, self.unit, self.whole = label, low, high, unit, whole


def quoted(text: str, limit: int = 40) -> str:
    """What was typed, in quotes on one line, cut short if long (control characters escaped)."""
    out = repr(text.strip())
    return out if len(out) <= limit else out[:limit] + "…"


def comma_hint(raw: str) -> str | None:
    """The one hint for a decimal comma, wherever it was typed: `use a dot for decimals: '7.5'`."""
    if re.search(r"\d,\d", raw):
        return f"use a dot for decimals: {quoted(raw.replace(',', '.'))}"
    return None


def not_a_number(label: str, raw: str) -> InputError:
    hint = comma_hint(raw)
    because = f": {hint}" if hint else ""
    return InputError(f"{label} must be a number, not {quoted(raw)}{because}")


def read_date(text: str) -> str:
    """A typed `YYYY-MM-DD` date, checked; the one message for a bad one, wherever typed."""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise InputError(f"not a date: {quoted(text)}; write it as YYYY-MM-DD") from None


def read_number(text: str, rule: Rule) -> int | float:
    """`text` as a number inside the rule's range (an int when the rule wants whole numbers)."""
    raw = text.strip()
    try:
        value = float(raw)
    except ValueError:
        raise not_a_number(rule.label, raw) from None
    if not math.isfinite(value):
        raise not_a_number(rule.label, raw)
    if value < 0:
        raise InputError(f"{rule.label} cannot be negative ({raw})")
    if rule.whole and value != int(value):
        raise InputError(f"{rule.label} is a whole number, not {raw}")
    if not rule.low <= value <= rule.high:
        unit = f" {rule.unit}" if rule.unit else ""
        raise InputError(f"{rule.label} is {rule.low:g} to {rule.high:g}{unit}, not {value:g}")
    return int(value) if rule.whole else value


def number_problem(value: object, rule: Rule) -> str | None:
    """What is wrong with a value that arrived as a number (an import, a store document), or
    None when it is a finite number inside the rule (a whole one when the rule wants one)."""
    issue = number_issue(value, rule)
    return None if issue is None else f"{rule.label} {issue}"


def number_issue(value: object, rule: Rule) -> str | None:
    """`number_problem` without the value's name: `is 1 to 1000, not 5000`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"is {shown(value)}, not a number"
    if not math.isfinite(value):
        return f"is {value}, not a finite number"
    if rule.whole and value != int(value):
        return f"is a whole number, not {value:g}"
    if not rule.low <= value <= rule.high:
        unit = f" {rule.unit}" if rule.unit else ""
        return f"is {rule.low:g} to {rule.high:g}{unit}, not {value:g}"
    return None


def check_number(value: object, rule: Rule) -> None:
    """InputError with `number_problem`'s line when the value breaks the rule."""
    problem = number_problem(value, rule)
    if problem is not None:
        raise InputError(problem)


def shown(value: object, limit: int = 30) -> str:
    """A value as a short repr for a message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
