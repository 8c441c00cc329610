"""The rules every food and scale import follows: hand-typed values kept, --replace, re-import,
dry run, all or nothing, bounds and implausible values, the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from food_support import days, food, sources, store_in

from legtui.core.model import CheckIn
from legtui.transfer import TransferError, run_import


def test_fills_empty_fields_and_never_overwrites_a_hand_typed_value(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.put_checkin(CheckIn("2026-01-05", calories=1999, stress=2, note="typed"))
    summary = run_import(store, "cronometer", food("cronometer_daily.csv"), replace=True)
    day = store.checkin("2026-01-05")
    assert day is not None
    assert (day.calories, day.stress, day.note, day.protein_g) == (1999, 2, "typed", 151.3)
    assert "calories" not in (day.source or {})
    assert "kept: 1 typed by hand" in summary.text()


def test_reimporting_the_same_file_adds_and_changes_nothing(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "applehealth", food("apple_export.xml"))
    before = store.dump()
    again = run_import(store, "applehealth", food("apple_export.xml"))
    assert store.dump() == before
    assert "wrote: 0 days (0 new), 0 fields filled, 0 replaced" in again.text()


def test_replace_overwrites_only_what_an_earlier_import_wrote(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "withings", food("withings_weight.csv"))  # 80.6 on 2025-03-13
    store.put_checkin(CheckIn("2025-03-14", weight=79.0))  # typed over the import's 80.3
    newer = tmp_path / "weight.csv"
    newer.write_text('Date,"Weight (kg)"\n"2025-03-14 06:00:00",79.5\n'
                     '"2025-03-13 06:00:00",80.1\n')
    kept = run_import(store, "withings", newer)
    assert days(store)["2025-03-13"] == {"weight": 80.6, "unit": "kg"}
    assert "1 from an earlier import (--replace overwrites them)" in kept.text()
    replaced = run_import(store, "withings", newer, replace=True)
    assert days(store) == {
        "2025-03-13": {"weight": 80.1, "unit": "kg"},
        "2025-03-14": {"weight": 79.0, "unit": "kg"},  # typed by hand: kept
    }
    assert sources(store) == {"2025-03-13": {"weight": "Withings"}, "2025-03-14": {}}
    assert "1 replaced" in replaced.text() and "1 typed by hand" in replaced.text()


def test_a_value_saved_unchanged_keeps_its_source(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "withings", food("withings_weight.csv"))
    store.put_checkin(CheckIn("2025-03-13", weight=80.6, stress=3))  # the form saved as it was
    assert sources(store)["2025-03-13"] == {"weight": "Withings"}


def test_dry_run_writes_nothing_and_says_what_it_would_write(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    before = store.dump()
    summary = run_import(store, "cronometer", food("cronometer_daily.csv"), dry_run=True)
    assert store.dump() == before
    assert "would write: 3 days (3 new), 18 fields filled" in summary.text()
    assert summary.text().endswith("dry run: nothing was written")


def test_a_row_that_cannot_be_read_stops_everything(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    with pytest.raises(TransferError, match=r"line 3: Energy \(kcal\): 'abc' is not a number"):
        run_import(store, "cronometer", food("cronometer_daily_bad.csv"))
    assert store.checkins() == []


def test_out_of_bounds_readings_are_skipped_and_implausible_ones_listed(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    summary = run_import(store, "withings", food("withings_misfires.csv"))
    assert days(store) == {
        "2025-04-30": {"weight": 20, "unit": "kg"},
        "2025-05-01": {"weight": 400, "unit": "kg"},
        "2025-05-03": {"weight": 80.5, "unit": "kg"},  # the 0 kg misfire before it skipped
    }
    text = summary.text()
    assert "skipped, outside the store's bounds (2):\n    line 3: weight 0 kg\n" \
           "    line 4: weight 999 kg" in text
    assert "line 6: 2025-04-30: weight 20 kg" in text
    assert "line 5: 2025-05-01: weight 400 kg" in text


def test_a_days_calories_beyond_the_stores_bound_skip_only_that_value(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    summary = run_import(store, "cronometer", food("cronometer_daily_bounds.csv"))
    assert days(store) == {  # the store holds at most 20,000 kcal a day (core/bounds.py)
        "2026-04-01": {"protein_g": 100},
        "2026-04-02": {"calories": 12000, "protein_g": 300},  # implausible: kept, listed
    }
    assert "skipped, outside the store's bounds (1):\n" \
           "    line 2: 2026-04-01: calories 25,000 kcal\n" in summary.text()
    assert "to check, imported as written (1):\n" \
           "    line 3: 2026-04-02: calories 12,000 kcal" in summary.text()


def test_the_summary(tmp_path: Path) -> None:
    summary = run_import(store_in(tmp_path), "cronometer", food("cronometer_daily.csv"))
    assert summary.text() == (
        "Cronometer file cronometer_daily.csv: 3 days, 2026-01-05 to 2026-01-08\n"
        "  calories on 3 days, protein on 3 days, fiber on 3 days, water on 3 days, "
        "sodium on 3 days, 1 day marked partial\n"
        "  skipped: days with nothing logged (1)\n"
        "wrote: 3 days (3 new), 18 fields filled, 0 replaced"
    )


@pytest.mark.parametrize(("app", "name", "found"), [
    ("cronometer", "withings_weight.csv", "Withings"),
    ("withings", "renpho_new.csv", "Renpho"),
    ("garmin", "mfp_nutrition.csv", "MyFitnessPal"),
    ("fitbit", "apple_ios8.xml", "Apple Health"),
    ("applehealth", "weight-2024-03-01.json", "Fitbit"),
    ("renpho", "garmin_weight.csv", "Garmin Connect"),
    ("myfitnesspal", "cronometer_biometrics.csv", "Cronometer"),
])
def test_a_file_of_another_app_is_named(tmp_path: Path, app: str, name: str, found: str) -> None:
    with pytest.raises(TransferError, match=f"looks like a {found} export"):
        run_import(store_in(tmp_path), app, food(name), unit="kg")
