"""What every save does around the write itself, shared by the storage and the quick
`legtui log` (`append`): the last check of the changed documents, and the day's backup."""

from __future__ import annotations

from legtui.paths import backups_dir
from legtui.store import backups, schema
from legtui.store.errors import StoreError, StoreWriteError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any


def refuse_invalid(data: dict[str, dict[str, Any]]) -> None:
    """A changed document (a dict: a document still as its line is unchanged) that breaks the
    schema is never saved (the bounds are checked where values are typed or imported; this is
    the last guard)."""
    for name, table in data.items():
        for key, doc in table.items():
            if not isinstance(doc, bytes) and (what := schema.problem(name, key, doc)):
                raise StoreError(f"refused to save {name} {key}: {what}; nothing was written")


def keep_daily(path: Path, payload: bytes) -> StoreError | None:
    """The day's backup after a successful save (the first of the day); the error to show when
    it could not be written. The data is saved then; only today's copy is missing: say so, but
    do not report the write as failed (the lifter would log the set twice)."""
    try:
        backups.keep_daily(path, payload, backups.backup_day())
    except (OSError, StoreWriteError) as error:
        reason = error.reason if isinstance(error, StoreWriteError) else error.strerror
        return StoreError(f"saved, but today's backup in {backups_dir(path)} could not be "
                          f"written ({reason})")
    return None
