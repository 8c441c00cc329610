"""A night's sleep from asleep intervals: on the date the night ends, overlaps counted once.

A phone and a watch both record the same night; their intervals overlap, and summing them would
count the night twice. The union of a night's intervals is its sleep.
"""

from __future__ import annotations

from datetime import datetime

from legtui.transfer.daybook import DayBook


class Nights:
    def __init__(self) -> None:
        self._intervals: dict[str, list[tuple[datetime, datetime]]] = {}
        self._where: dict[str, str] = {}

    def add(self, start: datetime, end: datetime, where: str) -> None:
        """An asleep interval; it belongs to the night that ends on `end`'s date."""
        if end <= start:
            return
        day = end.date().isoformat()
        self._intervals.setdefault(day, []).append((start, end))
        self._where.setdefault(day, where)

    def hours(self, day: str) -> float:
        total = 0.0
        reach: datetime | None = None
        for start, end in sorted(self._intervals[day]):
            if reach is not None and start < reach:
                start = reach
            if end > start:
                total += (end - start).total_seconds()
            reach = end if reach is None else max(reach, end)
        return total / 3600

    def into(self, book: DayBook) -> None:
        for day in sorted(self._intervals):
            book.sleep(day, "", self.hours(day), self._where[day])
