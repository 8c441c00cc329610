"""A day's session document as sets are logged into it: the one function the repository
(`Store.log_sets`) and the quick `legtui log` (`append`) both change a day with, so the two write
the same bytes (a test holds them to it). A field a day or a logged set gains goes here (or in
`legtui.core.plain.set_document`), never in one path alone."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    Raw = dict[str, Any]


def new_day(day: str) -> Raw:
    """The document of a day with nothing logged yet."""
    return {"date": day, "sets": [], "notes": {}}


def with_sets(data: Raw, sets: Sequence[Raw], note: str | None, stamp: str) -> Raw:
    """`data` (a copy of the day's document, changed in place and returned) with `sets` (stored
    sets, see `legtui.core.plain.stored`) appended, and `note` as the note of their exercise,
    stamped with this write's `stamp` (`legtui.store.stamps`)."""
    data["sets"] = [*data.get("sets", []), *sets]
    if note and sets:
        data["notes"] = {**(data.get("notes") or {}), sets[0]["exercise"]: note}
        data["noted"] = {**(data.get("noted") or {}), sets[0]["exercise"]: stamp}
    return data
