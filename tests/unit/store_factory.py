"""Small builders shared by the store tests."""

from __future__ import annotations

from pathlib import Path

from legtui.core.model import SetEntry
from legtui.store import Store, new_set_id


def a_set(load: float = 60, reps: int = 10, exercise: str = "rdl") -> SetEntry:
    return SetEntry(new_set_id(), exercise, load, "kg", reps, "2024-05-01T10:00:00.000000Z")


def set_ids(store: Store) -> list[str]:
    return [e.id for s in store.sessions() for e in s.sets]


def stray_temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob(".*.tmp-*") if p.is_file())
