"""Numbers as the user typed them, checked against a range with one clear message. Pure."""

from __future__ import annotations

import math

from legtui.core.plain import Value


class InputError(ValueError):
    """A typed value that cannot be used; the message says why in one line."""


class Rule(Value):
    """A number's bounds. `label`: how the user calls the value (the shell option without --)."""

    __slots__ = ("high", "label", "low", "unit", "whole")

    def __init__(self, label: str, low: float, high: float, unit: str = "",
                 whole: bool = False) -> None:
        self.label, self.low, self.high, self.unit, self.whole = label, low, high, unit, whole


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
