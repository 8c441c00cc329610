"""Imported check-ins are changes like any other: stamped, and merged between devices by the
later change, their sources with them."""

from __future__ import annotations

from pathlib import Path

from food_support import food, sources

from legtui.core.model import CheckIn, Profile
from legtui.store import Store
from legtui.transfer import export, run_import


class Clock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def device(path: Path, ms: int) -> tuple[Store, Clock]:
    clock = Clock(ms)
    store = Store(path)
    store.wall_ms = clock
    store.set_profile(Profile())
    return store, clock


def pull(into: Store, other: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(export(other, "json"), encoding="utf-8")
    run_import(into, "legtui", path)


def test_an_import_and_a_later_hand_typed_value_travel_between_devices(tmp_path: Path) -> None:
    laptop, laptop_clock = device(tmp_path / "laptop.json", 1_764_000_000_000)
    phone, phone_clock = device(tmp_path / "phone.json", 1_764_000_001_000)
    run_import(laptop, "withings", food("withings_weight.csv"))
    pull(phone, laptop, tmp_path)
    assert sources(phone) == {"2025-03-13": {"weight": "Withings"},
                              "2025-03-14": {"weight": "Withings"}}
    phone_clock.ms += 60_000
    phone.put_checkin(CheckIn("2025-03-14", weight=79.0))  # typed over on the phone, later
    laptop_clock.ms += 120_000
    pull(laptop, phone, tmp_path)
    day = laptop.checkin("2025-03-14")
    assert day is not None and day.weight == 79.0 and not day.source
    assert sources(laptop)["2025-03-13"] == {"weight": "Withings"}
    again = run_import(laptop, "withings", food("withings_weight.csv"))  # the typed value stays
    assert "kept: 1 typed by hand" in again.text()
    assert laptop.checkin("2025-03-14").weight == 79.0  # type: ignore[union-attr]
