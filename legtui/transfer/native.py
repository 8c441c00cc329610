"""legtui's own JSON export: everything in the store, so two stores can be merged.

`{"format": "legtui", "version": 2, "profile", "plan", "exercises", "sessions", "checkins",
"deleted"}`: Store.dump() with a marker, every record with its change stamps and the deleted sets'
tombstones (docs/sync.md). Imported back, it merges by the later change: sets by id, check-ins
field by field, the profile and the plan setting by setting, deletions included. A version 1 file
(no stamps) fills what the store lacks and replaces nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import orjson

from legtui.core.catalog import Catalog
from legtui.core.kept_as_text import named
from legtui.core.merge import Replica
from legtui.core.model import (
    CheckIn,
    Exercise,
    Plan,
    Profile,
    Session,
)
from legtui.core.text import clean, cut_note, json_escaped
from legtui.store import Store, legacy_values, schema
from legtui.store.replica import Documents, to_replica
from legtui.transfer.builder import Parsed
from legtui.transfer.errors import TransferError

FORMAT = "legtui"
VERSION = 2
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


def _cleaned(data: dict[str, Any], parsed: Parsed) -> None:
    """The file's text cleaned as typed text is (names: control characters out; notes: cut to
    NOTE_MAX, where listed), in place, before anything is read from it."""
    for exercise in data.get("exercises") or ():
        if isinstance(exercise, dict) and isinstance(exercise.get("name"), str):
            exercise["name"] = clean(exercise["name"]) or exercise.get("id")

    def note(text: Any, where: str) -> Any:
        if not isinstance(text, str):
            return text
        kept, was_cut = cut_note(text)
        if was_cut:
            parsed.notes_cut.append(where)
        return kept

    for session in data.get("sessions") or ():
        if not isinstance(session, dict):
            continue
        for entry in session.get("sets") or ():
            if isinstance(entry, dict) and entry.get("note") is not None:
                entry["note"] = note(entry["note"], f"set {entry.get('id')}")
        notes = session.get("notes")
        if isinstance(notes, dict):
            kept = {ex: note(text, f"{session.get('date')} {ex}") for ex, text in notes.items()}
            session["notes"] = {ex: text for ex, text in kept.items() if text}


def _deleted(data: dict[str, Any]) -> dict[str, str]:
    found = data.get("deleted") or {}
    if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
        raise TransferError("'deleted' is not an object of set ids and stamps")
    return found


def _replica(data: dict[str, Any]) -> Replica:
    """The file's records as registers, with their stamps (checked)."""
    try:
        return to_replica(Documents(
            sessions=data.get("sessions") or [], checkins=data.get("checkins") or [],
            profile=data.get("profile"), plan=data.get("plan"),
            exercises=data.get("exercises") or [], deleted=_deleted(data),
            stamped=data["version"] >= 2))  # version 1 carries no stamps
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise TransferError(f"a change stamp cannot be read: {error}") from None


def read(text: str | bytes, catalog: Catalog) -> Parsed:
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
    _cleaned(data, parsed)
    parsed.exercises = _each(data, "exercises", Exercise.from_dict)
    parsed.sessions = _each(data, "sessions", Session.from_dict)
    parsed.checkins = _each(data, "checkins", CheckIn.from_dict)
    parsed.profile = _one(data, "profile", Profile.from_dict)
    parsed.plan = _one(data, "plan", Plan.from_dict)
    parsed.workouts = len(parsed.sessions)
    parsed.replica = _replica(data)
    known = {e.id for e in parsed.exercises} | {e.id for e in catalog.exercises}
    for session in parsed.sessions:
        for entry in session.sets:
            if entry.exercise not in known:  # a set whose exercise the file forgot: keep both
                known.add(entry.exercise)
                parsed.exercises.append(
                    Exercise(entry.exercise, entry.exercise, "machine", (), custom=True)
                )
    return parsed
