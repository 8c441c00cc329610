"""Personal records: best e1RM, heaviest load at each rep count, most reps at a load, best
session volume. Pure; warm-ups never count.

A set sets a record when it beats the best of every earlier set (earlier days and earlier sets
of its own day) and an earlier day had a value to beat: the first session of an exercise, or the
first set ever done for 8 reps, sets nothing. Session volume is the day's running total of load ×
reps for the exercise, so once it passes the best earlier session every further set extends it.

Build a `RecordBook` from the history once, then `book.add(entry)` for each new set of the day:
each call costs a few dictionary look-ups.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from legtui.core.model import Session, SetEntry, Unit, clean_number, convert, fmt_load
from legtui.core.stats import e1rm

RecordKind = Literal["e1rm", "load_at_reps", "reps_at_load", "session_volume"]

# (exercise, kind, detail): detail is the rep count for load_at_reps, the load (in the book's
# unit, rounded to 0.01) for reps_at_load, and 0 otherwise.
_Key = tuple[str, RecordKind, float]

_TOLERANCE = 1e-6  # relative: float dust from unit conversion is never a record


@dataclass(frozen=True, slots=True)
class Record:
    """A record a set set. `value` is in `unit`, except reps for `reps_at_load`."""

    kind: RecordKind
    exercise: str
    value: float
    previous: float
    unit: Unit
    set_id: str
    reps: int | None = None  # load_at_reps: the rep count
    load: float | None = None  # reps_at_load: the load, in `unit`

    @property
    def text(self) -> str:
        """`heaviest 8-rep set (62.5 kg)`, for a celebration line or a table mark."""
        unit = self.unit
        if self.kind == "e1rm":
            return f"best estimated 1RM ({self.value:.1f} {unit})"
        if self.kind == "load_at_reps":
            return f"heaviest {self.reps}-rep set ({fmt_load(self.value)} {unit})"
        if self.kind == "reps_at_load":
            at = "bodyweight" if not self.load else f"{fmt_load(self.load)} {unit}"
            return f"most reps at {at} ({self.value:g})"
        return f"best session volume ({self.value:,.0f} {unit})"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "exercise": self.exercise,
            "value": clean_number(self.value, 1),
            "previous": clean_number(self.previous, 1),
            "unit": self.unit,
            "set_id": self.set_id,
            "text": self.text,
        }
        if self.reps is not None:
            data["reps"] = self.reps
        if self.load is not None:
            data["load"] = clean_number(self.load, 2)
        return data


class RecordBook:
    """The bests so far of every exercise, split into earlier days and the day in progress."""

    def __init__(self, unit: Unit) -> None:
        self.unit = unit
        self._past: dict[_Key, float] = {}
        self._today: dict[_Key, float] = {}

    @classmethod
    def from_sessions(
        cls, sessions: Iterable[Session], unit: Unit, exercise: str | None = None
    ) -> RecordBook:
        """The book after every given session (only `exercise`'s sets when given); the next
        `add` starts a new day. Each day folds in as its bests, not set by set."""
        book = cls(unit)
        past = book._past
        for session in sessions:
            for key, (value, _, _) in _day_bests(session.sets, unit, exercise).items():
                old = past.get(key)
                if old is None or value > old:
                    past[key] = value
        return book

    def check(self, entry: SetEntry) -> list[Record]:
        """The records `entry` would set if it were the next set of the day; changes nothing."""
        found: list[Record] = []
        for key, value in self._candidates(entry):
            base = self._past.get(key)
            if base is None:
                continue
            before = max(base, self._today.get(key, base))
            if value - before > _TOLERANCE * max(1.0, abs(before)):
                found.append(self._record(key, value, before, entry.id))
        return found

    def add(self, entry: SetEntry) -> list[Record]:
        """Count `entry` as the next set of the day; the records it set."""
        found = self.check(entry)
        self._fold(entry)
        return found

    def end_day(self) -> None:
        """Close the day in progress: its bests become earlier days' bests."""
        for key, value in self._today.items():
            self._past[key] = max(value, self._past.get(key, value))
        self._today.clear()

    def best(self, exercise: str, kind: RecordKind, detail: float = 0) -> float | None:
        """The best so far, the day in progress included; `detail` as for `Record.reps/load`."""
        key: _Key = (exercise, kind, _detail(kind, detail))
        values = [v for v in (self._past.get(key), self._today.get(key)) if v is not None]
        return max(values, default=None)

    def _fold(self, entry: SetEntry) -> None:
        today = self._today
        for key, value in self._candidates(entry):
            today[key] = max(value, today.get(key, value))

    def _candidates(self, entry: SetEntry) -> list[tuple[_Key, float]]:
        if not entry.is_working:
            return []
        return _claims(entry, self.unit, self._today.get(_volume_key(entry.exercise), 0.0))

    def _record(self, key: _Key, value: float, before: float, set_id: str) -> Record:
        return _record(key, value, before, self.unit, set_id)


def _volume_key(exercise: str) -> _Key:
    return (exercise, "session_volume", 0)


def _claims(entry: SetEntry, unit: Unit, day_volume: float) -> list[tuple[_Key, float]]:
    """What a working set claims; `day_volume` is the day's load × reps before it."""
    ex = entry.exercise
    load = convert(entry.load, entry.unit, unit)
    out: list[tuple[_Key, float]] = [((ex, "reps_at_load", round(load, 2)), entry.reps)]
    if load > 0:
        estimate = e1rm(load, entry.reps, entry.rpe)
        if estimate is not None:
            out.append(((ex, "e1rm", 0), estimate))
        out.append(((ex, "load_at_reps", entry.reps), load))
        out.append((_volume_key(ex), day_volume + load * entry.reps))
    return out


def _record(key: _Key, value: float, before: float, unit: Unit, set_id: str) -> Record:
    exercise, kind, detail = key
    return Record(
        kind, exercise, value, before, unit, set_id,
        reps=int(detail) if kind == "load_at_reps" else None,
        load=detail if kind == "reps_at_load" else None,
    )


# a day's best of one claim: (value, the set that first reached it, the day's best before it)
_DayBest = tuple[float, str, float | None]


def _day_bests(
    entries: Iterable[SetEntry], unit: Unit, exercise: str | None
) -> dict[_Key, _DayBest]:
    """Each claim's best over a day's working sets (only `exercise`'s when given), in the order
    the claims first appear; session volume is the day's running total."""
    bests: dict[_Key, _DayBest] = {}
    for entry in entries:
        if (exercise is not None and entry.exercise != exercise) or not entry.is_working:
            continue
        running = bests.get(_volume_key(entry.exercise))
        for key, value in _claims(entry, unit, running[0] if running else 0.0):
            best = bests.get(key)
            if best is None:
                bests[key] = (value, entry.id, None)
            elif value > best[0]:
                bests[key] = (value, entry.id, best[0])
    return bests


def _detail(kind: RecordKind, detail: float) -> float:
    return round(detail, 2) if kind == "reps_at_load" else detail


def day_records(
    history: Iterable[Session], day_sets: Sequence[SetEntry], unit: Unit
) -> list[tuple[SetEntry, list[Record]]]:
    """Each set of a day, in order, with the records it set against the history before it."""
    book = RecordBook.from_sessions(history, unit)
    return [(entry, book.add(entry)) for entry in day_sets]


def records_by_day(
    sessions: Iterable[Session], unit: Unit, exercise: str | None = None
) -> dict[str, list[Record]]:
    """Each session date with the records set that day (the day's final one of each kind and
    rep count or load), over the sessions oldest first; only `exercise` when given. One pass of
    each day's bests against the earlier days' (as many records as `RecordBook.add` set by set).
    """
    past: dict[_Key, float] = {}
    out: dict[str, list[Record]] = {}
    for session in sessions:
        found: list[Record] = []
        for key, (value, set_id, day_before) in _day_bests(session.sets, unit, exercise).items():
            base = past.get(key)
            if base is None:
                past[key] = value
                continue
            before = base if day_before is None else max(base, day_before)
            if value - before > _TOLERANCE * max(1.0, abs(before)):
                found.append(_record(key, value, before, unit, set_id))
            if value > base:
                past[key] = value
        out[session.date] = found
    return out
