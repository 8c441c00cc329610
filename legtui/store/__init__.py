"""The store layer: crash-safe, multi-process TinyDB over one JSON file (the lifter's data).

The names below are loaded when first used, so a module of this package (the quick writer of
`legtui log`, `append`) can be imported without TinyDB and the repository."""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # no `typing` at run time
if TYPE_CHECKING:
    from typing import Any

    from legtui.store.errors import (
        NotFoundError,
        StoreCorruptError,
        StoreDamagedError,
        StoreError,
        StoreTooNewError,
        StoreWriteError,
    )
    from legtui.store.ids import new_set_id
    from legtui.store.repository import Store

_WHERE = {
    "Store": "repository",
    "new_set_id": "ids",
    **dict.fromkeys(("NotFoundError", "StoreCorruptError", "StoreDamagedError", "StoreError",
                     "StoreTooNewError", "StoreWriteError"), "errors"),
}

__all__ = [
    "NotFoundError",
    "Store",
    "StoreCorruptError",
    "StoreDamagedError",
    "StoreError",
    "StoreTooNewError",
    "StoreWriteError",
    "new_set_id",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"legtui.store.{module}"), name)
