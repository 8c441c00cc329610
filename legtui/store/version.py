"""The store's schema version and how a file says which it is: apart from `migrations` (which
loads the model and orjson), for the quick `legtui log`, which only checks it."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SCHEMA_VERSION = 3


def version_of(data: dict[str, Any]) -> int:
    """The file's schema version (0 without a `meta` table); ValueError if it is not a number."""
    meta = data.get("meta") or {}
    for doc in meta.values():
        if isinstance(doc, dict) and "schema" in doc:
            found = doc["schema"]
            if not isinstance(found, int) or isinstance(found, bool) or found < 0:
                raise ValueError(f"the schema version {found!r} is not a version number")
            return found
    return 0
