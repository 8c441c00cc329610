"""Schema versions and the steps between them.

Version 0 is a file with no `meta` table (made by hand or by a pre-release build); version 1 adds
`meta`, gives every set an id and keys each session and check-in by its date; version 2 holds
only values inside the bounds (core/bounds.py): the values an earlier legtui kept past them are
mended (`legacy_values`); version 3 gives the store a device id and every record its change stamp
(docs/sync.md): a set's is its `logged_at`'s until it is edited, a check-in's fields and a note
get their day's, the profile's and the plan's settings the earliest stamp (any change made since
on any device wins over them). A newer version than SCHEMA_VERSION is refused.

A step is `MIGRATIONS[n]`, from version n to n + 1: it takes the data and a `Mended` record of
what it changed beyond the file's shape (values kept as text, notes cut, documents moved aside:
what the lifter is told, and what goes into the set-aside file); a step that only reshapes wraps
a plain function with `reshaped`. Adding one: the next number, and SCHEMA_VERSION + 1.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from legtui.core import hlc
from legtui.store import layout
from legtui.store.ids import new_device_id, new_set_id
from legtui.store.stamps import CHECKIN_KEYS, NOTED, STAMPED, measured
from legtui.store.version import SCHEMA_VERSION as SCHEMA_VERSION
from legtui.store.version import version_of as version_of

if TYPE_CHECKING:  # loaded only when a file is migrated: start-up never needs it
    from legtui.store.legacy_values import Mended


Data = dict[str, Any]
Step = Callable[[Data, "Mended"], Data]


def _by_day(table: Data, merge: Callable[[Data, Data], None]) -> Data:
    """Key a table's documents by their date's ordinal (what the repository looks up), taking
    them in the order they were added (TinyDB's ids grow)."""
    out: Data = {}
    for _, doc in sorted(table.items(), key=lambda item: _added(item[0])):
        key = str(date.fromisoformat(doc["date"]).toordinal())
        if key in out:
            merge(out[key], doc)
        else:
            out[key] = doc
    return out


def _add_sets(into: Data, doc: Data) -> None:
    into["sets"] = [*into.get("sets", []), *doc.get("sets", [])]


def _added(key: str) -> int:
    return int(key) if key.isdigit() else 0


def _add_fields(into: Data, doc: Data) -> None:
    """Two check-ins of one day: the later one's values win (as a later check-in does)."""
    into.update({k: v for k, v in doc.items() if v is not None})


def _v0_to_v1(data: Data) -> Data:
    """Give every set an id and a kind; key sessions and check-ins by their date."""
    for doc in (data.get("sessions") or {}).values():
        for entry in doc.get("sets", ()):
            entry.setdefault("id", new_set_id())
            entry.setdefault("kind", "working")
    if data.get("sessions"):
        data["sessions"] = _by_day(data["sessions"], _add_sets)
    if data.get("checkins"):
        data["checkins"] = _by_day(data["checkins"], _add_fields)
    return data


def _meta(data: Data) -> Data:
    found: Data = (data.get("meta") or {}).get("1") or {}
    return found


def _day_ms(day: str) -> int:
    return hlc.iso_ms(f"{day}T00:00:00Z")


def _v2_to_v3(data: Data) -> Data:
    """A device id, and a change stamp on every note, check-in field and setting (a set's
    is its `logged_at`'s until it is edited: see `stamps.logged_stamp`)."""
    device = new_device_id()
    data["meta"] = {"1": {**_meta(data), "device": device}}
    for doc in (data.get("sessions") or {}).values():  # a set's stamp is its logged_at's
        if doc.get("notes"):
            doc[NOTED] = {ex: hlc.at(_day_ms(doc["date"]), device) for ex in doc["notes"]}
    for doc in (data.get("checkins") or {}).values():
        entered = [k for k in CHECKIN_KEYS if measured(doc, k)]
        doc[STAMPED] = {hlc.at(_day_ms(doc["date"]), device): entered} if entered else {}
    for table in ("profile", "plan"):
        for doc in (data.get(table) or {}).values():
            doc[STAMPED] = {k: hlc.at(0, device) for k in doc if k != STAMPED}
    return data


def reshaped(step: Callable[[Data], Data]) -> Step:
    """A step that changes only the file's shape: it has nothing to report."""
    return lambda data, _mended: step(data)


def _legacy_values(data: Data, mended: Mended) -> Data:
    """Values an earlier legtui kept past today's bounds, brought inside them (legacy_values)."""
    from legtui.store import legacy_values

    return legacy_values.mend(data, mended)


MIGRATIONS: dict[int, Step] = {
    0: reshaped(_v0_to_v1),
    1: _legacy_values,
    2: reshaped(_v2_to_v3),
}


def record() -> Mended:
    """An empty record of what a migration changed."""
    from legtui.store.legacy_values import Mended

    return Mended()


def migrate(data: Data, mended: Mended | None = None) -> Data:
    """Run every step from the file's version up to SCHEMA_VERSION; `mended` gathers what the
    steps changed beyond the shape."""
    version = version_of(data)
    mended = record() if mended is None else mended
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data, mended)
        version += 1
    data["meta"] = {"1": {**_meta(data), "schema": SCHEMA_VERSION}}
    return data


def up_to_date(data: Data, mended: Mended | None = None) -> Data:
    """`data` at SCHEMA_VERSION (an older file migrated in memory, e.g. a pre-migration backup
    being restored; `mended` gathers what that changed); ValueError for a newer version or one
    that cannot be migrated."""
    found = version_of(data)
    if found > SCHEMA_VERSION:
        raise ValueError(f"its schema version {found} is newer than this legtui knows")
    if found == SCHEMA_VERSION:
        return data
    try:
        return migrate(layout.parse_all(data), mended)
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"it cannot be migrated: {error!r}") from None


def fresh() -> Data:
    return {"meta": {"1": {"schema": SCHEMA_VERSION, "device": new_device_id()}}}
