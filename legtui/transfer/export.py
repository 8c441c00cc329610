"""`export(store, fmt)`: the store as csv, strong or json text.

csv: one row per set, oldest first, with these columns:

    date           the session's day, YYYY-MM-DD
    exercise_id    the catalog or custom exercise id (rdl, hip-thrust, ...)
    exercise       its display name
    kind           working, warmup, drop or failure
    load           as typed, in `unit` (0 for bodyweight)
    unit           kg or lb
    reps           whole reps (0 for a timed set); the weaker side of a single-leg set
    left, right    a single-leg set's reps on each side (`20x10/9`), empty otherwise
    rpe            empty when not given
    tut_s          seconds of a timed set or under tension, empty when not given
    tempo          empty when not given
    note           the set's note
    session_note   the lifter's note for that exercise that day (repeated on each of its sets)
    logged_at      when it was logged, UTC ISO 8601
    id             the set's id
    superset       the superset the set was done in that day (as imported from Hevy), else empty

strong: Strong's classic comma layout, `Date,Workout Name,Duration,Exercise Name,Set Order,
Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`, one workout per session, loads converted to
the profile's unit (the layout has no unit column: import it back with `--unit`), warm-ups,
drop sets and failure sets as `W`, `D`, `F`, an exercise's note as a `Note` row before its sets.

json: everything (see native.py); `legtui import legtui` reads it back to an identical store.

Spreadsheet safety (csv and strong): a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a leading `'`, so a spreadsheet shows it as text instead of running it as a
formula (OWASP, "CSV Injection"). Numbers are written as they are; json stays exact.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from legtui.core.catalog import Catalog
from legtui.core.clock import Clock
from legtui.core.model import Session, Unit, clean_number
from legtui.store import Store
from legtui.store.safefile import atomic_write, refuse_store_target
from legtui.transfer import native
from legtui.transfer.csvread import write_rows
from legtui.transfer.names import strong_name

FORMATS: tuple[str, ...] = ("csv", "strong", "json")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS: tuple[str, ...] = (
    "date", "exercise_id", "exercise", "kind", "load", "unit", "reps", "left", "right", "rpe",
    "tut_s", "tempo", "note", "session_note", "logged_at", "id", "superset",
)
STRONG_COLUMNS: tuple[str, ...] = (
    "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
    "Distance", "Seconds", "Notes", "Workout Notes", "RPE",
)
STRONG_KINDS = {"warmup": "W", "drop": "D", "failure": "F"}
WORKOUT_NAME = "legtui"
Fields = list[object]


def spreadsheet_safe(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, with a leading `'`; others as they are.
    A carriage return inside a text becomes a line break (the csv module would not quote it)."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _write(header: tuple[str, ...], rows: list[Fields]) -> str:
    return write_rows(header, [[spreadsheet_safe(v) for v in row] for row in rows])


def _blank(value: object) -> object:
    return "" if value is None else value


def _rpe(value: float | None) -> object:
    return "" if value is None else clean_number(value, 1)


def to_csv(store: Store) -> str:
    catalog = store.catalog()
    rows: list[Fields] = [
        [
            session.date, s.exercise, catalog.name(s.exercise), s.kind, clean_number(s.load),
            s.unit, s.reps, *(s.sides or ("", "")), _rpe(s.rpe), _blank(s.tut_s),
            _blank(s.tempo), _blank(s.note),
            session.notes.get(s.exercise, ""), s.logged_at, s.id, _blank(s.superset),
        ]
        for session in store.sessions()
        for s in session.sets
    ]
    return _write(CSV_COLUMNS, rows)


def _moments(session: Session, clock: Clock) -> list[datetime]:
    """The session's logged times that fall on its own day (a set entered later for a past
    day carries the time it was typed, which says nothing about the workout)."""
    out = []
    for entry in session.sets:
        try:
            at = datetime.fromisoformat(entry.logged_at.replace("Z", "+00:00"))
        except ValueError:
            continue
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        if clock.training_date(at).isoformat() == session.date:
            out.append(clock.local(at))
    return sorted(out)


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes // 60}h {minutes % 60}m" if minutes >= 60 else f"{minutes}m"


def _strong_rows(session: Session, clock: Clock, catalog: Catalog, unit: Unit) -> list[Fields]:
    moments = _moments(session, clock)
    start = moments[0].strftime("%Y-%m-%d %H:%M:%S") if moments else f"{session.date} 12:00:00"
    duration = _duration((moments[-1] - moments[0]).total_seconds()) if moments else "0m"
    head: Fields = [start, WORKOUT_NAME, duration]
    rows: list[Fields] = []
    for exercise in session.exercises:
        name = strong_name(exercise, catalog)
        note = session.notes.get(exercise)
        if note:
            rows.append([*head, name, "Note", "", "", "", "", note, "", ""])
        number = 0
        for entry in session.sets_for(exercise):
            order = STRONG_KINDS.get(entry.kind)
            if order is None:
                number += 1
                order = str(number)
            load = clean_number(entry.load_in(unit), 2)
            rows.append([*head, name, order, load, entry.reps, 0, entry.tut_s or 0,
                         entry.note or "", "", _rpe(entry.rpe)])
    return rows


def to_strong(store: Store) -> str:
    profile = store.profile()
    clock = Clock(profile.timezone, profile.day_start_hour)
    catalog = store.catalog()
    rows = [row for session in store.sessions()
            for row in _strong_rows(session, clock, catalog, profile.unit)]
    return _write(STRONG_COLUMNS, rows)


def export(store: Store, fmt: str) -> str:
    """The store as text in `fmt` (csv, strong or json)."""
    if fmt == "csv":
        return to_csv(store)
    if fmt == "strong":
        return to_strong(store)
    if fmt == "json":
        return native.dumps(store)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")


def save_export(store: Store, fmt: str, path: Path) -> None:
    """Write the export to `path` atomically: the old file or the whole new one, never half;
    never over the live store, its backups or a file that is not a regular one."""
    refuse_store_target(store.path, path)
    atomic_write(path, export(store, fmt).encode())
