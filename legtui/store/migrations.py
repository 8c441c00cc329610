"""Schema versions and the steps between them.

Version 0 is a file with no `meta` table (made by hand or by a pre-release build); version 1 adds
`meta` and gives every set an id. A newer version than SCHEMA_VERSION is refused.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1

Data = dict[str, Any]


def version_of(data: Data) -> int:
    """The file's schema version (0 without a `meta` table); ValueError if it is not a number."""
    meta = data.get("meta") or {}
    for doc in meta.values():
        if isinstance(doc, dict) and "schema" in doc:
            found = doc["schema"]
            if not isinstance(found, int) or isinstance(found, bool) or found < 0:
                raise ValueError(f"the schema version {found!r} is not a version number")
            return found
    return 0


def _v0_to_v1(data: Data) -> Data:
    for doc in (data.get("sessions") or {}).values():
        for entry in doc.get("sets", ()):
            entry.setdefault("id", secrets.token_hex(8))
            entry.setdefault("kind", "working")
    return data


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1}


def migrate(data: Data) -> Data:
    """Run every step from the file's version up to SCHEMA_VERSION."""
    version = version_of(data)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    data["meta"] = {"1": {"schema": SCHEMA_VERSION}}
    return data


def fresh() -> Data:
    return {"meta": {"1": {"schema": SCHEMA_VERSION}}}
