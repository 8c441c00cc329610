"""Shared by the food and scale import tests: fixtures, a store, the check-ins as plain data."""

from __future__ import annotations

from pathlib import Path

from legtui.core.model import Profile, Unit
from legtui.store import Store
from legtui.transfer.checkin_merge import FIELDS

FOOD = Path(__file__).resolve().parents[1] / "fixtures" / "food"


def food(name: str) -> Path:
    return FOOD / name


def store_in(tmp_path: Path, unit: Unit = "kg") -> Store:
    store = Store(tmp_path / "store.json")
    store.set_profile(Profile(unit=unit))
    return store


def days(store: Store) -> dict[str, dict[str, object]]:
    """Each check-in's values (and the weight's unit), by date."""
    out: dict[str, dict[str, object]] = {}
    for c in store.checkins():
        values: dict[str, object] = {n: getattr(c, n) for n in FIELDS if getattr(c, n) is not None}
        if c.weight is not None:
            values["unit"] = c.unit
        out[c.date] = values
    return out


def sources(store: Store) -> dict[str, dict[str, str]]:
    return {c.date: dict(c.source or {}) for c in store.checkins()}
