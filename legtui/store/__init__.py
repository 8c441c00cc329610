"""The store layer: crash-safe, multi-process TinyDB over one JSON file (the lifter's data)."""

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
