"""The records made from the history's documents, and how long they are kept.

A session or check-in document stays as its line until it is read (see `layout`). Read, it becomes
a `Session` or a `CheckIn`, kept for as long as the stored document is the same object: every
check-in (they are small) and the newest `KEEP_PARSED` session days (Today, Log sets and History's
first weeks read them again and again). An older day is kept only while something else holds it
(tracked weakly), so a pass over the whole history leaves nothing behind: a parsed set takes
about 300 bytes, and ten years, 27,000 sets, would be 8 MB more.

The repository reads and writes from more than one thread (Progression is prepared in one): the
caches are pruned from copies, since a dict must not grow while it is walked.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from legtui.core.model import CheckIn, Session
from legtui.store import layout
from legtui.store.errors import StoreCorruptError
from legtui.store.layout import Doc

KEEP_PARSED = 120

Raw = dict[str, Any]
T = TypeVar("T")


class DayIndex:
    """Session document keys newest first (one per store generation), per exercise when asked."""

    def __init__(self, generation: int, sessions: dict[str, Doc]) -> None:
        self.generation = generation
        self.days: list[str] = sorted(sessions, key=int, reverse=True)
        self.sessions = sessions
        self.keep_from = int(self.days[KEEP_PARSED - 1]) if len(self.days) >= KEEP_PARSED else 0
        self._by_exercise: dict[str, list[str]] = {}

    def maybe_trained(self, exercise: str) -> list[str]:
        """The days whose document mentions `exercise`, newest first: every day it was trained,
        and perhaps a day that only names it (the caller checks the parsed sets)."""
        found = self._by_exercise.get(exercise)
        if found is None:
            found = [k for k in self.days if layout.mentions(self.sessions[k], exercise)]
            self._by_exercise[exercise] = found
        return found


def _checkin_from(doc: Raw) -> CheckIn:
    return CheckIn.from_dict(dict(doc))


class ParsedHistory:
    def __init__(self, path: Path) -> None:
        self.path = path  # for the message when a document does not parse
        self.index: DayIndex | None = None
        # table -> key -> (the document, its record), kept while the document is that object
        self._kept: dict[str, dict[str, tuple[Doc, Any]]] = {}
        self._held: dict[str, tuple[Doc, weakref.ref[Session]]] = {}  # older days, weakly
        self._loaded: object = None  # the loaded file the records belong to

    def follow(self, data: object) -> None:
        """Forget every record when another file was loaded (nothing parsed is current)."""
        if data is not self._loaded:
            self._kept, self._held, self._loaded = {}, {}, data

    def sessions_index(self, generation: int, sessions: dict[str, Doc]) -> DayIndex:
        """The index of this generation's sessions table (rebuilt when either changed)."""
        index = self.index
        if index is None or index.generation != generation or index.sessions is not sessions:
            index = self.index = DayIndex(generation, sessions)
            kept = list(self._kept.get("sessions", {}).items())  # deleted, no longer recent
            self._kept["sessions"] = {k: hit for k, hit in kept
                                      if k in sessions and int(k) >= index.keep_from}
            self._held = {k: hit for k, hit in list(self._held.items())
                          if k in sessions and hit[1]() is not None}
        return index

    def session(self, key: str, doc: Doc) -> Session:
        index = self.index
        if index is not None and int(key) >= index.keep_from:
            return self._kept_record("sessions", key, doc, Session.from_dict)
        hit = self._held.get(key)
        if hit is not None and hit[0] is doc and (held := hit[1]()) is not None:
            return held
        session = Session.from_dict(self.document("sessions", key, doc))
        self._held[key] = (doc, weakref.ref(session))
        return session

    def checkin(self, key: str, doc: Doc) -> CheckIn:
        return self._kept_record("checkins", key, doc, _checkin_from)

    def _kept_record(self, table: str, key: str, doc: Doc, make: Callable[[Raw], T]) -> T:
        cache = self._kept.setdefault(table, {})
        hit = cache.get(key)
        if hit is None or hit[0] is not doc:
            hit = (doc, make(self.document(table, key, doc)))
            cache[key] = hit
        made: T = hit[1]
        return made

    def document(self, table: str, key: str, doc: Doc) -> Raw:
        """A history document as a dict; a document that does not parse is a corrupt store."""
        try:
            return layout.document(doc)
        except ValueError as error:
            day = date.fromordinal(int(key)).isoformat()
            raise StoreCorruptError(self.path, f"its {table} document {key}, of {day}, is "
                                               f"{error}") from None
