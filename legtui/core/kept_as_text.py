"""A value legtui cannot hold as a number, kept in a note as text instead of being lost. Pure.

Other apps allow an RPE of 1 to 10 (Strong, Hevy: `5`, `5.5`); legtui's scale is 6 to 10
(core/bounds.py), so such an RPE is not a number legtui can use, yet it is what the lifter
wrote. An import, and the migration of a store an earlier legtui wrote, drop it from the set and
add `RPE 5 (out of range, kept as text)` to the set's note. A note past the text limit is cut
with a mark saying where the whole text is.
"""

from __future__ import annotations

import math

from legtui.core import bounds
from legtui.core.inputs import Rule

KEPT = "(out of range, kept as text)"


def named(rule: Rule, value: float) -> str:
    """`RPE 5`, `time 90000 s`."""
    unit = f" {rule.unit}" if rule.unit else ""
    return f"{rule.label} {value:g}{unit}"


def as_text(rule: Rule, value: float) -> str:
    """`RPE 5 (out of range, kept as text)`, `time 90000 s (out of range, kept as text)`."""
    return f"{named(rule, value)} {KEPT}"


def outside(value: object, rule: Rule) -> bool:
    """A finite number past the rule's range (a value of the wrong type is another matter:
    damage in a store, a refused line in an import)."""
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value) and not rule.low <= value <= rule.high)


def with_text(note: str | None, text: str) -> str:
    """The note with `text` added after it (`; ` between), as an import adds a distance."""
    return f"{note}; {text}" if note else text


def cut(text: str, where: str, limit: int = bounds.TEXT_MAX) -> str:
    """`text` cut to `limit` characters with a mark saying where the whole of it is."""
    mark = f" [cut at {limit} characters; the whole text is in {where}]"
    return text if len(text) <= limit else text[: limit - len(mark)] + mark
