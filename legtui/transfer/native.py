"""legtui's own JSON export: everything in the store, so two stores can be merged.

`{"format": "legtui", "version": 1, "profile", "plan", "exercises", "sessions", "checkins"}`:
Store.dump() with a marker. Imported back, sets keep their ids (a set already present is the
same set and is skipped), custom exercises and check-ins are added, and the profile and the plan
are restored into a store that has none of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

import orjson

from legtui.core.catalog import Catalog
from legtui.core.kept_as_text import named
from legtui.core.model import (
    CheckIn,
    Exercise,
    Plan,
    Profile,
    Session,
)
from legtui.core.text import clean, cut_note, json_escaped
from legtui.store import Store, legacy_values, schema
from legtui.transfer.builder import Parsed
from legtui.transfer.errors import TransferError

FORMAT = "legtui"
VERSION = 1
T = TypeVar("T")


def payload(store: Store) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, **store.dump()}


def dumps(store: Store) -> str:
    return json_escaped(orjson.dumps(payload(store), option=orjson.OPT_INDENT_2).decode()) + "\n"


def _build(table: str, where: str, item: Any, build: Callable[[dict[str, Any]], T]) -> T:
    """One record, checked against the store's schema first (its types and bounds; keys this
    legtui does not know are ignored, so an export from a newer one imports)."""
    what = schema.issue(table, item)
    if what is not None:
        raise TransferError(f"{where} cannot be read: {what}")
    return build(item)


def _as_text(data: dict[str, Any], parsed: Parsed) -> None:
    """An export an earlier legtui made may hold an RPE or a time outside today's bounds (an
    import from another app kept it): kept in the set's note as text, and listed."""
    sessions = data.get("sessions")
    for index, session in enumerate(sessions if isinstance(sessions, list) else ()):
        sets = session.get("sets") if isinstance(session, dict) else None
        for number, entry in enumerate(sets if isinstance(sets, list) else ()):
            if isinstance(entry, dict):
                before = dict(entry)
                legacy_values.mend_set(entry, legacy_values.Mended(), "the imported file")
                parsed.as_text += [f"sessions[{index}].sets[{number}]: "
                                   f"{named(rule, before[name])}"
                                   for name, rule in legacy_values.AS_TEXT
                                   if name not in entry and before.get(name) is not None]


def _each(data: dict[str, Any], key: str, build: Callable[[dict[str, Any]], T]) -> list[T]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise TransferError(f"{key!r} is not a list")
    return [_build(key, f"{key}[{index}]", item, build) for index, item in enumerate(items)]


def _one(data: dict[str, Any], key: str, build: Callable[[dict[str, Any]], T]) -> T | None:
    raw = data.get(key)
    return None if raw is None else _build(key, key, raw, build)


def _exercise(data: dict[str, Any]) -> Exercise:
    exercise = Exercise.from_dict(data)
    return replace(exercise, name=clean(exercise.name) or exercise.id)


def _notes_cut(session: Session, cut: list[str]) -> Session:
    """The session with its notes cleaned and cut to NOTE_MAX; where one was cut is listed."""
    def note(text: str | None, where: str) -> str | None:
        kept, was_cut = cut_note(text)
        if was_cut:
            cut.append(where)
        return kept

    sets = tuple(
        entry if entry.note is None else replace(entry, note=note(entry.note, f"set {entry.id}"))
        for entry in session.sets
    )
    notes = {ex: note(text, f"{session.date} {ex}") for ex, text in session.notes.items()}
    return replace(session, sets=sets, notes={ex: t for ex, t in notes.items() if t})


def read(text: str, catalog: Catalog) -> Parsed:
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise TransferError(f"not JSON: {error}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TransferError("not a legtui export (no \"format\": \"legtui\" marker)")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise TransferError(f"export version {data.get('version')!r} is newer than this legtui")
    parsed = Parsed("legtui")
    _as_text(data, parsed)
    parsed.exercises = _each(data, "exercises", _exercise)
    parsed.sessions = _each(data, "sessions", Session.from_dict)
    parsed.checkins = _each(data, "checkins", CheckIn.from_dict)
    parsed.profile = _one(data, "profile", Profile.from_dict)
    parsed.plan = _one(data, "plan", Plan.from_dict)
    parsed.workouts = len(parsed.sessions)
    parsed.sessions = [_notes_cut(s, parsed.notes_cut) for s in parsed.sessions]
    known = {e.id for e in parsed.exercises} | {e.id for e in catalog.exercises}
    for session in parsed.sessions:
        for entry in session.sets:
            if entry.exercise not in known:  # a set whose exercise the file forgot: keep both
                known.add(entry.exercise)
                parsed.exercises.append(
                    Exercise(entry.exercise, entry.exercise, "machine", (), custom=True)
                )
    return parsed
