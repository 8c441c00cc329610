"""Turning the rows of any app's export into sessions, one per training day.

Each app's reader hands over sets with the workout they belong to (keyed by its start as
written) and the line they came from. The builder maps names to exercises, places a workout on
the lifter's training day (their zone and day start hour, as for a set logged live), gives each
set a deterministic id, keeps notes, counts what the summary reports and lists rows that read
fine but look like typos. An RPE or a time outside legtui's bounds (another app's RPE 5) is kept
in the set's note as text and listed (core/kept_as_text.py), never a failed import.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TypeVar

from legtui.core import bounds
from legtui.core.catalog import Catalog
from legtui.core.clock import Clock
from legtui.core.inputs import Rule, number_problem
from legtui.core.kept_as_text import as_text, named, outside, with_text
from legtui.core.merge import Replica
from legtui.core.model import (
    CheckIn,
    Exercise,
    Plan,
    Profile,
    Session,
    SetEntry,
    SetKind,
    Unit,
    clean_number,
    to_kg,
)
from legtui.core.text import clean, cut_note
from legtui.transfer.errors import TransferError
from legtui.transfer.names import NameMapper

SUSPICIOUS_REPS = 100  # kept, but listed: a typo, most likely
SUSPICIOUS_KG = 500.0
_NOON = time(12, 0)
N = TypeVar("N", int, float)


@dataclass
class Parsed:
    """What a file holds, ready for Store.merge, and what the summary tells about it."""

    app: str
    sessions: list[Session] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    exercises: list[Exercise] = field(default_factory=list)
    workouts: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    suspicious: list[tuple[int, str]] = field(default_factory=list)
    notes_cut: list[str] = field(default_factory=list)  # where a note was cut to NOTE_MAX
    as_text: list[str] = field(default_factory=list)  # `line 12: RPE 5`, kept in the note
    profile: Profile | None = None
    plan: Plan | None = None
    replica: Replica | None = None  # with their change stamps (a legtui export), to merge as is


@dataclass
class _Workout:
    day: str
    logged_at: str
    positions: Counter[str] = field(default_factory=Counter)
    first_exercise: str | None = None


class SessionBuilder:
    """Collects sets workout by workout; `result()` gives the sessions, oldest day first."""

    def __init__(self, app: str, catalog: Catalog, clock: Clock) -> None:
        self.app = app
        self.names = NameMapper(catalog)
        self._clock = clock
        self._workouts: dict[str, _Workout] = {}
        self._sets: dict[str, list[SetEntry]] = {}
        self._notes: dict[str, dict[str, list[str]]] = {}
        self._note_lines: dict[tuple[str, str], int] = {}  # (day, exercise) -> first note's line
        self.parsed = Parsed(app)

    def workout(self, key: str, start: datetime | date) -> _Workout:
        """The workout that started at `start` (`key` is its start as the file wrote it)."""
        found = self._workouts.get(key)
        if found is None:
            if isinstance(start, datetime):
                moment = start if start.tzinfo else start.replace(tzinfo=self._clock.zone)
                day = self._clock.training_date(moment)
            else:
                day = start
                moment = datetime.combine(start, _NOON, tzinfo=self._clock.zone)
            stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            found = _Workout(day.isoformat(), stamp)
            self._workouts[key] = found
        return found

    def add_set(
        self,
        key: str,
        start: datetime | date,
        name: str,
        *,
        line: int,
        kind: SetKind,
        load: float,
        unit: Unit,
        reps: int,
        rpe: float | None = None,
        tut_s: int | None = None,
        note: str | None = None,
        distance: float | None = None,
        distance_unit: str = "",
        superset: str | None = None,
    ) -> None:
        """One set; a distance (no field of its own) is kept in the set's note: `5 km`. Text is
        cleaned (legtui.core.text.clean); a note longer than NOTE_MAX is cut and its line listed."""
        name = clean(name)
        if distance is not None:
            text = f"{clean_number(distance):g} {clean(distance_unit)}".strip()
            note = f"{note}; {text}" if note else text
        workout = self.workout(key, start)
        exercise = self.names(name)
        workout.first_exercise = workout.first_exercise or exercise
        position = workout.positions[name]
        workout.positions[name] += 1
        identity = f"{self.app}|{key}|{name}|{position}|{load}|{unit}|{reps}|{kind}|{rpe}|{tut_s}"
        texts: list[str] = []  # (the id is made from the row as written, as it always was)
        rpe = self._number(rpe, bounds.RPE, line, texts)
        tut_s = self._number(tut_s, bounds.TUT_S, line, texts)
        note = self.cut(with_text(note, "; ".join(texts)) if texts else note, line)
        entry = SetEntry(
            id=hashlib.blake2b(identity.encode(), digest_size=8).hexdigest(),
            exercise=exercise,
            load=load,
            unit=unit,
            reps=reps,
            logged_at=workout.logged_at,
            rpe=rpe,
            kind=kind,
            note=note or None,
            tut_s=tut_s,
            superset=superset,
        )
        self._sets.setdefault(workout.day, []).append(entry)
        self._check(entry, line)

    def add_note(
        self, key: str, start: datetime | date, name: str | None, text: str, *, line: int
    ) -> None:
        """An exercise's note for the workout (`name` None: the workout's own note); line breaks
        are kept (as `\n`), control characters dropped, the whole cut to NOTE_MAX."""
        text = clean(text, multiline=True)
        if not text:
            return
        workout = self.workout(key, start)
        if name is None:
            if workout.first_exercise is None:
                return
            exercise, text = workout.first_exercise, f"workout: {text}"
        else:
            exercise = self.names(clean(name))
        self._note_lines.setdefault((workout.day, exercise), line)
        kept = self._notes.setdefault(workout.day, {}).setdefault(exercise, [])
        if text not in kept:
            kept.append(text)

    def cut(self, note: str | None, line: int) -> str | None:
        """`note` cleaned and cut to NOTE_MAX characters; a cut one's line is listed."""
        kept, cut = cut_note(note)
        if cut:
            self.parsed.notes_cut.append(f"line {line}")
        return kept

    def _session_notes(self, day: str) -> dict[str, str]:
        notes = {}
        for exercise, texts in self._notes.get(day, {}).items():
            note = self.cut("; ".join(texts), self._note_lines[(day, exercise)])
            if note:
                notes[exercise] = note
        return notes

    def skip(self, reason: str) -> None:
        self.parsed.skipped[reason] += 1

    def _number(self, value: N | None, rule: Rule, line: int, texts: list[str]) -> N | None:
        """An RPE or a time outside legtui's bounds (another app's RPE 5) is no number legtui
        can use, but what the lifter wrote: kept in the set's note as text, and listed."""
        if value is None or not outside(value, rule):
            return value
        texts.append(as_text(rule, value))
        self.parsed.as_text.append(f"line {line}: {named(rule, value)}")
        return None

    def _check(self, entry: SetEntry, line: int) -> None:
        """A set's reps or load past its bound (core/bounds.py) stops the import at its line;
        rows that read fine but look like typos are kept and listed."""
        for value, rule in ((entry.reps, bounds.STORED_REPS),
                            (entry.load, bounds.LOAD[entry.unit])):
            problem = number_problem(value, rule)
            if problem:
                raise TransferError(problem, line)
        if entry.reps > SUSPICIOUS_REPS:
            self.parsed.suspicious.append((line, f"{entry.reps} reps"))
        if to_kg(entry.load, entry.unit) > SUSPICIOUS_KG:
            self.parsed.suspicious.append((line, f"a load of {entry.load:g} {entry.unit}"))

    def result(self) -> Parsed:
        days = sorted(set(self._sets) | set(self._notes))
        self.parsed.sessions = [
            Session(
                day,
                tuple(sorted(self._sets.get(day, ()), key=lambda s: s.logged_at)),
                self._session_notes(day),
            )
            for day in days
        ]
        self.parsed.exercises = list(self.names.new.values())
        self.parsed.workouts = len(self._workouts)
        self.parsed.suspicious.sort()
        self.parsed.notes_cut.sort(key=lambda where: int(where.split()[-1]))
        return self.parsed
