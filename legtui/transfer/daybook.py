"""Readings of one food or scale export, gathered into one check-in per day.

Every app's reader hands over readings with the wall-clock date written in the file and where
they came from (`line 12`, or an XML element's line). The rules (docs/import-export.md):

- a day's weight is its earliest reading; its sleep is its first sleep reading;
- a day's food is summed first, then rounded, halves up (energy in kJ is converted to kcal by
  the reader);
- a reading outside the store's bounds (`core.bounds`: a scale misfire of 0 or 999 kg, more
  than 20,000 kcal in a day) is skipped and listed; a bodyweight inside them but implausible
  (outside 25–350 kg) and a day of more than 10,000 kcal are imported and listed;
- weights end in the unit the user works in.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from legtui.core.bounds import CHECKIN
from legtui.core.model import CheckIn, Unit, clean_number, from_kg, to_kg

PLAUSIBLE_KG = (25.0, 350.0)
PLAUSIBLE_KCAL = 10_000
KCAL_PER_KJ = 1 / 4.184
FOOD_FIELDS = ("calories", "protein_g", "fiber_g", "sodium_mg", "water_l")
FOOD_PLACES = {"calories": 0, "protein_g": 1, "fiber_g": 1, "sodium_mg": 0, "water_l": 2}
SHOWN = {"weight": "weight", "calories": "calories", "protein_g": "protein", "fiber_g": "fiber",
         "sodium_mg": "sodium", "water_l": "water", "sleep_h": "sleep", "partial": "partial"}
_UNITS = {"weight": "kg", "calories": "kcal", "protein_g": "g", "fiber_g": "g",
          "sodium_mg": "mg", "water_l": "L", "sleep_h": "h"}


def describe(name: str, value: float) -> str:
    """`weight 999 kg`, `calories 25,000 kcal`."""
    return f"{SHOWN[name]} {clean_number(value, 2):,} {_UNITS[name]}"


def _inside(name: str, value: float) -> bool:
    """Inside the store's bounds (weight in kg): what the store would not call damage."""
    rule = CHECKIN[name]
    return rule.low <= value <= rule.high


Reading = tuple[tuple[str, int], float, str]  # (time, order in the file), value, where


def _earlier(kept: Reading | None, new: Reading) -> Reading:
    return new if kept is None or new[0] < kept[0] else kept


@dataclass
class _Day:
    weight: Reading | None = None  # in kg
    sleep: Reading | None = None
    food: dict[str, float] = field(default_factory=dict)
    food_at: str = ""
    partial: bool | None = None


@dataclass
class DayRead:
    """What a file holds: the days' check-ins and what the summary tells about them."""

    checkins: list[CheckIn]
    skipped: Counter[str]
    out_of_bounds: list[tuple[str, str]]
    implausible: list[tuple[str, str]]


class DayBook:
    """Collects one app's readings per day; `result(unit)` gives the check-ins, oldest first."""

    def __init__(self, app: str) -> None:
        self.app = app
        self.skipped: Counter[str] = Counter()
        self.out_of_bounds: list[tuple[str, str]] = []
        self._days: dict[str, _Day] = {}
        self._order = 0

    def _day(self, day: str) -> _Day:
        found = self._days.get(day)
        if found is None:
            found = self._days[day] = _Day()
        return found

    def _next(self, time: str) -> tuple[str, int]:
        """A reading's place in its day: its time as written (sortable), then file order."""
        self._order += 1
        return (time or "99", self._order)  # a reading without a time: after the timed ones

    def weight(self, day: str, time: str, value: float, unit: Unit, where: str) -> None:
        """A weight reading at `time` (`HH:MM:SS`, 24-hour; "" when the file has none)."""
        kg = to_kg(value, unit)
        if not _inside("weight", kg):
            self.out_of_bounds.append((where, f"weight {clean_number(value, 2):,} {unit}"))
            return
        entry = self._day(day)
        entry.weight = _earlier(entry.weight, (self._next(time), kg, where))

    def sleep(self, day: str, time: str, hours: float, where: str) -> None:
        if not _inside("sleep_h", hours):
            self.out_of_bounds.append((where, describe("sleep_h", hours)))
            return
        entry = self._day(day)
        entry.sleep = _earlier(entry.sleep, (self._next(time), hours, where))

    def food(self, day: str, name: str, amount: float, where: str) -> None:
        """Add to the day's total of a food field (kcal, g, mg or L)."""
        entry = self._day(day)
        entry.food[name] = entry.food.get(name, 0.0) + amount
        entry.food_at = entry.food_at or where

    def mark_partial(self, day: str, partial: bool) -> None:
        self._day(day).partial = partial

    def result(self, unit: Unit) -> DayRead:
        """Every day with a value, the weights in `unit`; lists what is out of bounds or odd."""
        implausible: list[tuple[str, str]] = []
        checkins: list[CheckIn] = []
        for day in sorted(self._days):
            entry = self._days[day]
            values: dict[str, float | int | bool] = {}
            if entry.weight is not None:
                _, kg, where = entry.weight
                low, high = PLAUSIBLE_KG
                if not low <= kg <= high:
                    implausible.append((where, f"{day}: weight {clean_number(kg, 2)} kg"))
                values["weight"] = clean_number(from_kg(kg, unit), 2)
            if entry.sleep is not None:
                values["sleep_h"] = clean_number(entry.sleep[1], 2)
            values |= self._food(day, entry)
            kcal = values.get("calories", 0)
            if kcal > PLAUSIBLE_KCAL:
                implausible.append((entry.food_at, f"{day}: calories {kcal:,} kcal"))
            if entry.partial is not None and any(n in values for n in FOOD_FIELDS):
                values["partial"] = entry.partial
            if not values:
                self.skipped["days with nothing logged"] += 1
                continue
            source = dict.fromkeys(values, self.app)
            checkins.append(CheckIn.from_dict({"date": day, "unit": unit, "source": source,
                                               **values}))
        return DayRead(checkins, self.skipped, self.out_of_bounds, implausible)

    def _food(self, day: str, entry: _Day) -> dict[str, int | float]:
        """The day's food totals, rounded; none when nothing was logged (every total 0)."""
        if not any(entry.food.values()):
            return {}
        values: dict[str, int | float] = {}
        for name, total in entry.food.items():
            places = FOOD_PLACES[name]
            value = math.floor(total + 0.5) if places == 0 else clean_number(total, places)
            if _inside(name, value):
                values[name] = value
            else:
                self.out_of_bounds.append((entry.food_at, f"{day}: {describe(name, total)}"))
        return values
