"""The repository: the only code that touches TinyDB.

Tables: `meta` (schema), `profile` (doc 1), `plan` (doc 1), `exercises` (custom ones),
`sessions` (one document per training day, doc id = the date's ordinal, its sets inside) and
`checkins` (one document per day, doc id = the date's ordinal).

Reads go straight to the storage's tables (no TinyDB `Document` copy of every document). A
session or check-in document is kept as its bytes until it is read (see `layout`): a query parses
only the documents it needs, after a cheap look at their bytes. A changed document is always put
as a new object, never changed in place: the storage encodes only the documents whose object
changed, and the record made from an unchanged document is reused (see `parsed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from legtui.core.catalog import Catalog, default_plan
from legtui.core.model import CheckIn, Exercise, Plan, Profile, Session, SetEntry
from legtui.core.plain import stored
from legtui.store import days, layout, stamps
from legtui.store.errors import NotFoundError, StoreError
from legtui.store.integrity import Damage
from legtui.store.layout import Doc
from legtui.store.parsed import DayIndex, ParsedHistory
from legtui.store.stampclock import newest_logged
from legtui.store.stamps import (
    STAMPED,
    checkin_stamps,
    exported,
    logged_stamp,
    restamped,
)
from legtui.store.storage import SafeStorage

if TYPE_CHECKING:  # what a merge and the sync settings need is imported when they run
    from legtui.core.merge import Replica
    from legtui.core.sync_target import SyncTarget
    from legtui.store.merge import MergeResult, Outcome
    from legtui.store.replica import Documents

SINGLETON = 1

Raw = dict[str, Any]


def _ordinal(day: str) -> int:
    return date.fromisoformat(day).toordinal()


def _trains(session: Session, exercise: str) -> bool:
    return any(s.exercise == exercise for s in session.sets)


def _written(record: SetEntry | CheckIn) -> Raw:
    """A set or a check-in as stored (see `plain.stored`)."""
    return stored(record.to_dict())


def _put(table: Table, doc_id: int, data: Raw) -> None:
    """Put a document as a new object (TinyDB's upsert would change the stored one in place)."""
    _put_all(table, {doc_id: data})


def _put_all(table: Table, docs: dict[int, Raw]) -> None:
    """Write many documents by id in two table rewrites, not one per document (bulk merge)."""
    stored = (table.storage.read() or {}).get(table.name, {})
    replaced = [i for i in docs if str(i) in stored]
    if replaced:
        table.remove(doc_ids=replaced)
    table.insert_multiple(Document(data, doc_id=i) for i, data in docs.items())


class Store:
    """Open with `Store(path)`; every method that changes data saves before it returns."""

    def __init__(self, path: Path | str) -> None:
        self._db = TinyDB(Path(path), storage=SafeStorage)
        storage = self._db.storage
        assert isinstance(storage, SafeStorage)
        self._storage = storage
        self.path = storage.path  # a symlinked store's target
        self._history = ParsedHistory(self.path)
        self.wall_ms: Callable[[], int] = stamps.wall_ms  # the clock change stamps read

    def _table(self, name: str) -> Table:
        return self._db.table(name, cache_size=0)

    def _raw(self, name: str) -> dict[str, Any]:
        """A table's documents (reloads first if another process wrote); read only. The history's
        tables hold bytes until a document is read: see `parsed`."""
        data = self._storage.read()
        self._history.follow(data)
        table: dict[str, Any] = data.get(name, {})
        return table

    def _single(self, name: str) -> Raw | None:
        return self._raw(name).get(str(SINGLETON))

    def _stamp(self, seen: str = "") -> str:
        """This change's stamp; the store's clock moves on to it (inside a transaction)."""
        stamp, meta = stamps.advanced(self._single("meta") or {}, self.wall_ms(), seen)
        _put(self._table("meta"), SINGLETON, meta)
        return stamp

    # -- change detection ------------------------------------------------------------------
    def refresh(self) -> bool:
        """Reload if another process wrote since; True when something changed."""
        return self._storage.refresh()

    @property
    def reads(self) -> int:
        """How many times the file was read: at open, then each time another process had
        changed it, whichever thread's read noticed (so a poll can tell, even when another
        thread's read took the change in first)."""
        return self._storage.reads

    @property
    def backup_error(self) -> StoreError | None:
        """Set when the last save worked but its daily backup could not be written."""
        return self._storage.backup_error

    @property
    def damage(self) -> list[Damage]:
        """The damaged documents set aside when the file was read (the store is read-only while
        there are any; the healthy ones read as usual)."""
        self._storage.read()
        return self._storage.damage

    @property
    def migration_notice(self) -> str | None:
        """One line saying what opening this store changed in a file an earlier legtui wrote
        (values kept as text, notes cut, impossible values moved aside) and where the file as
        it was is kept; None when nothing was changed."""
        return self._storage.migration_notice

    def repair(self, aside: Path) -> list[Damage]:
        """Move the damaged documents to `aside`, keep every healthy one (back the file up
        first: see `backups.keep_before_repair`)."""
        return self._storage.repair(aside)

    @property
    def generation(self) -> int:
        """Bumps on every load or save; cheap to compare for caches."""
        return self._storage.generation

    # -- this device ---------------------------------------------------------------------------
    def sync_target(self) -> SyncTarget:
        """Where `legtui sync` and "Sync now" go (this device's, never exported)."""
        from legtui.core.sync_target import SyncTarget

        return SyncTarget.from_dict((self._single("meta") or {}).get("sync") or {})

    def set_sync(self, target: SyncTarget) -> None:
        with self._storage.transaction():
            meta = self._single("meta") or {}
            _put(self._table("meta"), SINGLETON, {**meta, "sync": target.to_dict()})

    # -- profile, plan, exercises ------------------------------------------------------------
    def profile(self) -> Profile:
        doc = self._single("profile")
        return Profile.from_dict(dict(doc)) if doc else Profile()

    def has_profile(self) -> bool:
        return self._single("profile") is not None

    def has_plan(self) -> bool:
        return self._single("plan") is not None

    def set_profile(self, profile: Profile) -> None:
        with self._storage.transaction():
            doc = restamped(self._single("profile"), profile.to_dict(), Profile().to_dict(),
                            self._stamp())
            _put(self._table("profile"), SINGLETON, doc)

    def plan(self) -> Plan:
        doc = self._single("plan")
        return Plan.from_dict(dict(doc)) if doc else default_plan(self.profile().unit)

    def set_plan(self, plan: Plan) -> None:
        from legtui.store.plan_doc import with_ids

        with self._storage.transaction():
            default = default_plan(self.profile().unit).to_dict()
            doc = restamped(self._single("plan"), with_ids(plan).to_dict(), default, self._stamp())
            _put(self._table("plan"), SINGLETON, doc)

    def custom_exercises(self) -> list[Exercise]:
        return [Exercise.from_dict(dict(d)) for d in self._raw("exercises").values()]

    def catalog(self) -> Catalog:
        return Catalog(self.custom_exercises())

    def add_exercise(self, exercise: Exercise) -> None:
        with self._storage.transaction():
            if exercise.id not in {d["id"] for d in self._raw("exercises").values()}:
                self._put_exercise(exercise.to_dict())

    def set_muscles(self, exercise_id: str, muscles: tuple[str, ...]) -> None:
        """The primary muscles of an exercise of the user's own (counted in weekly volume)."""
        with self._storage.transaction():
            doc = next((d for d in self._raw("exercises").values() if d["id"] == exercise_id),
                       None)
            if doc is None:
                raise NotFoundError(f"{exercise_id} is not an exercise of your own")
            self._put_exercise({**doc, "primary": list(muscles)})

    def _put_exercise(self, data: Raw) -> None:
        """Add a custom exercise, or replace the one with its id (a catalog id is left alone)."""
        if data["id"] in Catalog():
            return
        docs = self._raw("exercises")
        same = [int(k) for k, d in docs.items() if d["id"] == data["id"]]
        doc_id = same[0] if same else max((int(k) for k in docs), default=0) + 1
        _put(self._table("exercises"), doc_id, data)

    # -- sessions and sets -------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._raw("sessions") and not self._raw("checkins")

    def _sessions_index(self) -> tuple[dict[str, Doc], DayIndex]:
        """The sessions table and its index, rebuilt once per generation."""
        sessions: dict[str, Doc] = self._raw("sessions")
        return sessions, self._history.sessions_index(self.generation, sessions)

    def _parse(self, key: str, doc: Doc) -> Session:
        return self._history.session(key, doc)

    def session(self, day: str) -> Session | None:
        sessions, _ = self._sessions_index()
        key = str(_ordinal(day))
        doc = sessions.get(key)
        return self._parse(key, doc) if doc is not None else None

    def sessions(
        self, exercise: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[Session]:
        """Sessions oldest first; with `exercise`, only the days it was trained."""
        return list(self.each_session(exercise, since, until))

    def each_session(
        self, exercise: str | None = None, since: str | None = None, until: str | None = None
    ) -> Iterator[Session]:
        """`sessions()` one at a time, each parsed as the caller reaches it: a pass over a long
        history (a chart, the weekly volume) never holds all of it at once."""
        sessions, index = self._sessions_index()
        keys = index.days if exercise is None else index.maybe_trained(exercise)
        low = _ordinal(since) if since else 0
        high = _ordinal(until) if until else date.max.toordinal()
        for key in reversed(keys):
            if low <= int(key) <= high:
                session = self._parse(key, sessions[key])
                if exercise is None or _trains(session, exercise):
                    yield session

    def session_dates(self, exercise: str | None = None) -> list[str]:
        """The sessions' dates, oldest first; with `exercise`, of the days with a set of it. The
        documents are looked at, not made into records (History lists years of days without
        holding them)."""
        sessions, index = self._sessions_index()
        keys = index.days if exercise is None else [
            k for k in index.maybe_trained(exercise)
            if any(s["exercise"] == exercise for s in self._sets(k, sessions[k]))]
        return [date.fromordinal(int(k)).isoformat() for k in reversed(keys)]

    def logged_exercises(self) -> set[str]:
        """Every exercise with a set in the history (one look at each document, nothing kept)."""
        sessions, index = self._sessions_index()
        return {s["exercise"] for k in index.days for s in self._sets(k, sessions[k])}

    def _sets(self, key: str, doc: Doc) -> list[Raw]:
        sets: list[Raw] = self._history.document("sessions", key, doc).get("sets", [])
        return sets

    def first_day(self) -> str | None:
        """The date of the oldest session (no document is parsed)."""
        _, index = self._sessions_index()
        return date.fromordinal(int(index.days[-1])).isoformat() if index.days else None

    def recent_sessions(self, exercise: str, before: str, limit: int = 6) -> list[Session]:
        """The last `limit` sessions with `exercise` before a day, oldest first.

        Reads only as many documents as it needs, newest first (the keypress and start-up path).
        """
        sessions, index = self._sessions_index()
        found: list[Session] = []
        before_key = _ordinal(before)
        for key in index.days:
            doc = sessions[key]
            if int(key) >= before_key or not layout.mentions(doc, exercise):
                continue
            session = self._parse(key, doc)
            if _trains(session, exercise):
                found.append(session)
                if len(found) == limit:
                    break
        return found[::-1]

    def log_sets(self, day: str, entries: Sequence[SetEntry], note: str | None = None) -> None:
        """Append sets (and optionally the exercise's note) to a day's session in one write."""
        with self._storage.transaction():
            written = [_written(e) for e in entries]  # a new set's stamp: its logged_at's
            stamp = self._stamp(newest_logged(written))
            data = days.with_sets(self._day(day), written, note, stamp)
            _put(self._table("sessions"), _ordinal(day), data)

    def log_set(self, day: str, entry: SetEntry) -> None:
        self.log_sets(day, [entry])

    def _day(self, day: str) -> Raw:
        """A copy of the day's session document to change (a new one if there is none)."""
        key = str(_ordinal(day))
        doc = self._raw("sessions").get(key)
        if doc is None:
            return days.new_day(day)
        return dict(self._history.document("sessions", key, doc))

    def find_set(self, set_id: str) -> tuple[str, SetEntry] | None:
        for key, doc in self._raw("sessions").items():
            if not layout.mentions(doc, set_id):
                continue
            found = self._history.document("sessions", key, doc)
            for raw in found.get("sets", ()):
                if raw.get("id") == set_id:
                    return str(found["date"]), SetEntry.from_dict(raw)
        return None

    def update_set(self, set_id: str, new: SetEntry) -> SetEntry:
        """Replace a set's fields (its id and logged time stay)."""
        with self._storage.transaction():
            day, old = self._require_set(set_id)
            kept = replace(new, id=old.id, logged_at=old.logged_at)
            written = {**_written(kept), STAMPED: self._stamp(logged_stamp(_written(old)))}
            self._rewrite_day(day, lambda sets: [written if s["id"] == set_id else s
                                                 for s in sets])
            return kept

    def delete_set(self, set_id: str) -> SetEntry:
        with self._storage.transaction():
            day, old = self._require_set(set_id)
            self._rewrite_day(day, lambda sets: [s for s in sets if s["id"] != set_id])
            tombstones = {**self._tombstones(), set_id: self._stamp(logged_stamp(_written(old)))}
            _put(self._table("deleted"), SINGLETON, {"sets": tombstones})
            return old

    def _tombstones(self) -> dict[str, str]:
        """Deleted sets' ids and when they were deleted."""
        doc = self._single("deleted") or {}
        found: dict[str, str] = doc.get("sets") or {}
        return found

    def set_note(self, day: str, exercise: str, note: str | None) -> None:
        """The lifter's note for one exercise on one day (None clears it)."""
        with self._storage.transaction():
            data = self._day(day)
            notes = dict(data.get("notes") or {})
            if note:
                notes[exercise] = note
            else:
                notes.pop(exercise, None)
            data["notes"] = notes
            data["noted"] = {**(data.get("noted") or {}), exercise: self._stamp()}
            _put(self._table("sessions"), _ordinal(day), data)

    def _require_set(self, set_id: str) -> tuple[str, SetEntry]:
        found = self.find_set(set_id)
        if found is None:
            raise NotFoundError(f"no set with id {set_id}")
        return found

    def _rewrite_day(self, day: str, change: Callable[[list[Raw]], list[Raw]]) -> None:
        data = self._day(day)
        data["sets"] = change(list(data["sets"]))
        if data["sets"] or data.get("notes"):
            _put(self._table("sessions"), _ordinal(day), data)
        else:
            self._table("sessions").remove(doc_ids=[_ordinal(day)])

    # -- check-ins ---------------------------------------------------------------------------
    def checkin(self, day: str) -> CheckIn | None:
        key = str(_ordinal(day))
        doc = self._raw("checkins").get(key)
        return self._checkin(key, doc) if doc else None

    def _checkin(self, key: str, doc: Doc) -> CheckIn:
        return self._history.checkin(key, doc)

    def put_checkin(self, entry: CheckIn) -> CheckIn:
        """Merge fields into the day's check-in: a later value replaces, the rest stay."""
        return self.put_checkins([entry])[0]

    def put_checkins(self, entries: Sequence[CheckIn]) -> list[CheckIn]:
        """put_checkin for many days (at most one entry a day), in one write."""
        with self._storage.transaction():
            stamp = self._stamp()  # one change: every day it writes
            written: dict[int, CheckIn] = {}
            docs: dict[int, Raw] = {}
            for entry in entries:
                key = str(_ordinal(entry.date))
                raw = self._raw("checkins").get(key)
                old = self._history.document("checkins", key, raw) if raw is not None else None
                before = self._checkin(key, raw) if raw is not None else None
                merged = before.merged(entry) if before is not None else entry
                entered = entry.to_dict()
                if merged.source != (before.source if before is not None else None):
                    entered["source"] = merged.source or {}  # a value typed over drops its source
                written[int(key)] = merged
                docs[int(key)] = {**_written(merged), STAMPED: checkin_stamps(old, entered, stamp)}
            _put_all(self._table("checkins"), docs)
            return list(written.values())

    def checkins(self, since: str | None = None, until: str | None = None) -> list[CheckIn]:
        """Check-ins oldest first; only the range's documents are parsed (once each)."""
        low = _ordinal(since) if since else 0
        high = _ordinal(until) if until else date.max.toordinal()
        docs = self._raw("checkins")
        keys = sorted((int(k), k) for k in docs)
        return [self._checkin(k, docs[k]) for day, k in keys if low <= day <= high]

    # -- bulk ------------------------------------------------------------------------------
    def merge(
        self,
        sessions: Iterable[Session] = (),
        checkins: Iterable[CheckIn] = (),
        exercises: Iterable[Exercise] = (),
        profile: Profile | None = None,
        plan: Plan | None = None,
    ) -> MergeResult:
        """Merge records without change stamps (another app's import, the demo): they fill only
        what the store lacks."""
        from legtui.store.plan_doc import with_ids
        from legtui.store.replica import Documents, to_replica

        plan = None if plan is None else with_ids(plan)  # its workouts' and entries' ids
        return self.merge_replica(to_replica(Documents.of(sessions, checkins, exercises,
                                                          profile, plan)))

    def merge_replica(self, incoming: Replica, dry_run: bool = False) -> MergeResult:
        """Merge another device's records (legtui.core.merge: the later change wins, per set and
        per check-in field, deletions included) in one write; with `dry_run`, only say what it
        would do."""
        from legtui.store import merge as merging

        with self._storage.transaction():
            stamp, _ = stamps.advanced(self._single("meta") or {}, self.wall_ms())  # if it writes
            outcome = merging.plan(self._documents(), incoming, stamp)
            if outcome.writes and not dry_run:
                self._write_merge(outcome)
            return outcome.result

    def _documents(self) -> Documents:
        from legtui.store.replica import Documents

        sessions = self._raw("sessions")
        checkins = self._raw("checkins")
        return Documents(
            sessions=[self._history.document("sessions", k, d) for k, d in sessions.items()],
            checkins=[self._history.document("checkins", k, d) for k, d in checkins.items()],
            profile=self._single("profile"),
            plan=self._single("plan"),
            exercises=list(self._raw("exercises").values()),
            deleted=self._tombstones(),
        )

    def _write_merge(self, outcome: Outcome) -> None:
        stored = self._raw("sessions")
        gone = [_ordinal(d) for d, doc in outcome.sessions.items()
                if doc is None and str(_ordinal(d)) in stored]
        if gone:
            self._table("sessions").remove(doc_ids=gone)
        _put_all(self._table("sessions"), {_ordinal(d): doc for d, doc in
                                           outcome.sessions.items() if doc is not None})
        _put_all(self._table("checkins"), {_ordinal(d): doc for d, doc in
                                           outcome.checkins.items()})
        for name, doc in outcome.settings.items():
            _put(self._table(name), SINGLETON, doc)
        for exercise in outcome.exercises:
            self._put_exercise(exercise)
        if outcome.deleted is not None:
            _put(self._table("deleted"), SINGLETON, {"sets": outcome.deleted})
        self._stamp(outcome.clock)

    def dump(self) -> dict[str, Any]:
        """Everything, as plain data with its change stamps (for `export json`)."""
        return exported(self._documents())
