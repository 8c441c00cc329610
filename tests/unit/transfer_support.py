"""Shared by the import and export tests: fixture paths, a fresh store, a quick look at it."""

from __future__ import annotations

from pathlib import Path

from legtui.core.model import SetEntry
from legtui.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transfer"
REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"


def fixture(name: str) -> Path:
    return FIXTURES / name


def all_sets(store: Store) -> list[SetEntry]:
    return [entry for session in store.sessions() for entry in session.sets]


def sets_of(store: Store, day: str, exercise: str) -> list[SetEntry]:
    session = store.session(day)
    assert session is not None, f"no session on {day}"
    return list(session.sets_for(exercise))


def new_store(tmp_path: Path, name: str = "store.json") -> Store:
    return Store(tmp_path / name)
