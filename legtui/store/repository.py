"""The repository: the only code that touches TinyDB.

Tables: `meta` (schema), `profile` (doc 1), `plan` (doc 1), `exercises` (custom ones),
`sessions` (one document per training day, doc id = the date's ordinal, its sets inside) and
`checkins` (one document per day, doc id = the date's ordinal).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from legtui.catalog import Catalog, default_plan
from legtui.model import CheckIn, Exercise, Plan, Profile, Session, SetEntry
from legtui.store.errors import NotFoundError, StoreError
from legtui.store.storage import SafeStorage

SINGLETON = 1


def new_set_id() -> str:
    return secrets.token_hex(8)


def _ordinal(day: str) -> int:
    return date.fromisoformat(day).toordinal()


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a bulk merge (import, demo) added."""

    sessions_added: int = 0
    sets_added: int = 0
    sets_skipped: int = 0
    checkins_added: int = 0
    exercises_added: int = 0


def _put_all(table: Table, docs: dict[int, dict[str, Any]]) -> None:
    """Write many documents by id in two table rewrites, not one per document (bulk merge)."""
    table.remove(doc_ids=[i for i in docs if table.contains(doc_id=i)])
    table.insert_multiple(Document(data, doc_id=i) for i, data in docs.items())


class Store:
    """Open with `Store(path)`; every method that changes data saves before it returns."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db = TinyDB(self.path, storage=SafeStorage)
        storage = self._db.storage
        assert isinstance(storage, SafeStorage)
        self._storage = storage
        self._cache_gen = -1
        self._sessions_cache: list[Session] = []

    def _table(self, name: str) -> Table:
        return self._db.table(name, cache_size=0)

    # -- change detection ------------------------------------------------------------------
    def refresh(self) -> bool:
        """Reload if another process wrote since; True when something changed."""
        return self._storage.refresh()

    @property
    def backup_error(self) -> StoreError | None:
        """Set when the last save worked but its daily backup could not be written."""
        return self._storage.backup_error

    @property
    def generation(self) -> int:
        """Bumps on every load or save; cheap to compare for caches."""
        return self._storage.generation

    # -- profile, plan, exercises ------------------------------------------------------------
    def profile(self) -> Profile:
        doc = self._table("profile").get(doc_id=SINGLETON)
        return Profile.from_dict(dict(doc)) if doc else Profile()

    def has_profile(self) -> bool:
        return self._table("profile").get(doc_id=SINGLETON) is not None

    def set_profile(self, profile: Profile) -> None:
        with self._storage.transaction():
            self._table("profile").upsert(Document(profile.to_dict(), doc_id=SINGLETON))

    def plan(self) -> Plan:
        doc = self._table("plan").get(doc_id=SINGLETON)
        return Plan.from_dict(dict(doc)) if doc else default_plan(self.profile().unit)

    def set_plan(self, plan: Plan) -> None:
        with self._storage.transaction():
            self._table("plan").upsert(Document(plan.to_dict(), doc_id=SINGLETON))

    def custom_exercises(self) -> list[Exercise]:
        return [Exercise.from_dict(dict(d)) for d in self._table("exercises").all()]

    def catalog(self) -> Catalog:
        return Catalog(self.custom_exercises())

    def add_exercise(self, exercise: Exercise) -> None:
        with self._storage.transaction():
            self._add_exercise(exercise)

    def _add_exercise(self, exercise: Exercise) -> bool:
        table = self._table("exercises")
        existing = {d["id"] for d in table.all()}
        if exercise.id in existing or exercise.id in Catalog():
            return False
        next_id = max((d.doc_id for d in table.all()), default=0) + 1
        table.insert(Document(exercise.to_dict(), doc_id=next_id))
        return True

    # -- sessions and sets -------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._table("sessions").all() and not self._table("checkins").all()

    def session(self, day: str) -> Session | None:
        doc = self._table("sessions").get(doc_id=_ordinal(day))
        return Session.from_dict(dict(doc)) if doc else None

    def sessions(
        self, exercise: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[Session]:
        """Sessions oldest first; with `exercise`, only the days it was trained."""
        out = []
        source = self._sessions_between(since, until) if since or until else self._all_sessions()
        for s in source:
            if exercise is not None and not any(e.exercise == exercise for e in s.sets):
                continue
            out.append(s)
        return out

    def recent_sessions(self, exercise: str, before: str, limit: int = 6) -> list[Session]:
        """The last `limit` sessions with `exercise` before a day, oldest first.

        Reads only as many documents as it needs, newest first (the keypress and start-up path).
        """
        docs = sorted(self._table("sessions").all(), key=lambda d: d.doc_id, reverse=True)
        found: list[Session] = []
        for doc in docs:
            if doc["date"] >= before or not any(s["exercise"] == exercise for s in doc["sets"]):
                continue
            found.append(Session.from_dict(dict(doc)))
            if len(found) == limit:
                break
        return found[::-1]

    def _sessions_between(self, since: str | None, until: str | None) -> list[Session]:
        """The range from the parsed cache if it is fresh, else parse only the range's documents
        (Today's week at start-up, not the whole history)."""
        self._storage.read()  # reloads if another process wrote
        if self._cache_gen == self.generation:
            return [s for s in self._sessions_cache
                    if (not since or s.date >= since) and (not until or s.date <= until)]
        low = _ordinal(since) if since else 0
        high = _ordinal(until) if until else date.max.toordinal()
        docs = [d for d in self._table("sessions").all() if low <= d.doc_id <= high]
        return sorted((Session.from_dict(dict(d)) for d in docs), key=lambda s: s.date)

    def _all_sessions(self) -> list[Session]:
        self._storage.read()  # reloads if another process wrote
        if self._cache_gen != self.generation:
            docs = self._table("sessions").all()
            parsed = [Session.from_dict(dict(d)) for d in docs]
            self._sessions_cache = sorted(parsed, key=lambda s: s.date)
            self._cache_gen = self.generation
        return self._sessions_cache

    def log_sets(self, day: str, entries: Sequence[SetEntry], note: str | None = None) -> None:
        """Append sets (and optionally the exercise's note) to a day's session in one write."""
        with self._storage.transaction():
            table = self._table("sessions")
            doc_id = _ordinal(day)
            doc = table.get(doc_id=doc_id)
            data: dict[str, Any] = dict(doc) if doc else {"date": day, "sets": [], "notes": {}}
            data["sets"] = [*data.get("sets", []), *(e.to_dict() for e in entries)]
            if note and entries:
                data["notes"] = {**(data.get("notes") or {}), entries[0].exercise: note}
            table.upsert(Document(data, doc_id=doc_id))

    def log_set(self, day: str, entry: SetEntry) -> None:
        self.log_sets(day, [entry])

    def find_set(self, set_id: str) -> tuple[str, SetEntry] | None:
        for doc in self._table("sessions").all():
            for raw in doc.get("sets", ()):
                if raw.get("id") == set_id:
                    return str(doc["date"]), SetEntry.from_dict(raw)
        return None

    def update_set(self, set_id: str, new: SetEntry) -> SetEntry:
        """Replace a set's fields (its id and logged time stay)."""
        with self._storage.transaction():
            day, old = self._require_set(set_id)
            kept = replace(new, id=old.id, logged_at=old.logged_at)
            self._rewrite_day(day, lambda sets: [kept.to_dict() if s["id"] == set_id else s
                                                 for s in sets])
            return kept

    def delete_set(self, set_id: str) -> SetEntry:
        with self._storage.transaction():
            day, old = self._require_set(set_id)
            self._rewrite_day(day, lambda sets: [s for s in sets if s["id"] != set_id])
            return old

    def set_note(self, day: str, exercise: str, note: str | None) -> None:
        """The lifter's note for one exercise on one day (None clears it)."""
        with self._storage.transaction():
            table = self._table("sessions")
            doc = table.get(doc_id=_ordinal(day))
            data: dict[str, Any] = dict(doc) if doc else {"date": day, "sets": [], "notes": {}}
            notes = dict(data.get("notes") or {})
            if note:
                notes[exercise] = note
            else:
                notes.pop(exercise, None)
            data["notes"] = notes
            table.upsert(Document(data, doc_id=_ordinal(day)))

    def _require_set(self, set_id: str) -> tuple[str, SetEntry]:
        found = self.find_set(set_id)
        if found is None:
            raise NotFoundError(f"no set with id {set_id}")
        return found

    def _rewrite_day(self, day: str, change: Any) -> None:
        table = self._table("sessions")
        doc = table.get(doc_id=_ordinal(day))
        assert doc is not None
        data = dict(doc)
        data["sets"] = change(list(data["sets"]))
        if data["sets"] or data.get("notes"):
            table.upsert(Document(data, doc_id=_ordinal(day)))
        else:
            table.remove(doc_ids=[_ordinal(day)])

    # -- check-ins ---------------------------------------------------------------------------
    def checkin(self, day: str) -> CheckIn | None:
        doc = self._table("checkins").get(doc_id=_ordinal(day))
        return CheckIn.from_dict(dict(doc)) if doc else None

    def put_checkin(self, entry: CheckIn) -> CheckIn:
        """Merge fields into the day's check-in: a later value replaces, the rest stay."""
        with self._storage.transaction():
            old = self.checkin(entry.date)
            merged = old.merged(entry) if old else entry
            self._table("checkins").upsert(Document(merged.to_dict(), doc_id=_ordinal(entry.date)))
            return merged

    def checkins(self, since: str | None = None, until: str | None = None) -> list[CheckIn]:
        docs = self._table("checkins").all()
        days = sorted((CheckIn.from_dict(dict(d)) for d in docs), key=lambda c: c.date)
        return [
            c for c in days if (not since or c.date >= since) and (not until or c.date <= until)
        ]

    # -- bulk ------------------------------------------------------------------------------
    def merge(
        self,
        sessions: Iterable[Session] = (),
        checkins: Iterable[CheckIn] = (),
        exercises: Iterable[Exercise] = (),
    ) -> MergeResult:
        """Add sessions, check-ins and exercises in one write; sets whose id exists are skipped.

        A check-in merges into the day's (fields already there win, so a re-import changes
        nothing).
        """
        with self._storage.transaction():
            added_ex = sum(self._add_exercise(e) for e in exercises)
            table = self._table("sessions")
            known_ids = {s["id"] for d in table.all() for s in d.get("sets", ())}
            new_sessions = new_sets = skipped = 0
            days: dict[int, dict[str, Any]] = {}
            for session in sessions:
                fresh = [s for s in session.sets if s.id not in known_ids]
                skipped += len(session.sets) - len(fresh)
                if not fresh:
                    continue
                known_ids.update(s.id for s in fresh)
                doc_id = _ordinal(session.date)
                if doc_id not in days:
                    doc = table.get(doc_id=doc_id)
                    new_sessions += doc is None
                    days[doc_id] = (dict(doc) if doc is not None
                                    else {"date": session.date, "sets": [], "notes": {}})
                data = days[doc_id]
                data["sets"] = [*data["sets"], *(s.to_dict() for s in fresh)]
                data["notes"] = {**session.notes, **(data.get("notes") or {})}
                new_sets += len(fresh)
            _put_all(table, days)
            ci_table = self._table("checkins")
            merged: dict[int, CheckIn] = {}
            for entry in checkins:
                doc_id = _ordinal(entry.date)
                if doc_id not in merged:
                    old = ci_table.get(doc_id=doc_id)
                    if old is None:
                        merged[doc_id] = entry
                        continue
                    merged[doc_id] = CheckIn.from_dict(dict(old))
                merged[doc_id] = entry.merged(merged[doc_id])
            added_ci = sum(not ci_table.contains(doc_id=i) for i in merged)
            _put_all(ci_table, {i: c.to_dict() for i, c in merged.items()})
            return MergeResult(new_sessions, new_sets, skipped, added_ci, added_ex)

    def dump(self) -> dict[str, Any]:
        """Everything, as plain data (for `export json`)."""
        return {
            "profile": self.profile().to_dict() if self.has_profile() else None,
            "plan": self.plan().to_dict() if self._table("plan").get(doc_id=SINGLETON) else None,
            "exercises": [e.to_dict() for e in self.custom_exercises()],
            "sessions": [s.to_dict() for s in self._all_sessions()],
            "checkins": [c.to_dict() for c in self.checkins()],
        }
