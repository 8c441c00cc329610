"""MyFitnessPal: Nutrition Summary (meals summed, kJ, the Time layout, re-saved files) and the
Measurement Summary (no unit in the file)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from food_support import days, food, store_in

from legtui.transfer import TransferError, run_import


def test_a_days_meals_are_summed_then_rounded_whatever_they_are_called(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "myfitnesspal", food("mfp_nutrition.csv"))  # a BOM, LF, a Note column
    assert days(store) == {
        # 450.3 + 210 + 720.4 = 1380.7 (rounding each meal first would give 1380)
        "2025-11-03": {"calories": 1381, "protein_g": 100.7, "fiber_g": 19.6,
                       "sodium_mg": 1481},
        "2025-11-04": {"calories": 300, "protein_g": 20, "fiber_g": 4, "sodium_mg": 200},
    }


def test_kilojoules_and_the_time_layout(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "myfitnesspal", food("mfp_nutrition_time_kj.csv"))  # CRLF, no BOM
    assert days(store) == {
        "2025-06-10": {"calories": 1400, "protein_g": 85, "fiber_g": 20, "sodium_mg": 1600},
    }


def test_spreadsheet_dates_no_note_column_no_final_newline(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "myfitnesspal", food("mfp_nutrition_resaved.csv"))
    assert days(store) == {
        "2026-01-27": {"calories": 1300, "protein_g": 90, "fiber_g": 15, "sodium_mg": 1600},
        "2026-01-28": {"calories": 650, "protein_g": 40, "fiber_g": 8, "sodium_mg": 800},
    }


def test_measurements_need_the_unit_and_are_kept_in_the_users_unit(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    with pytest.raises(TransferError, match="--unit kg or --unit lb"):
        run_import(store, "myfitnesspal", food("mfp_measurement.csv"))
    assert store.checkins() == []
    run_import(store, "myfitnesspal", food("mfp_measurement.csv"), unit="lb")
    assert days(store) == {
        "2025-11-01": {"weight": 81.83, "unit": "kg"},  # 180.4 lb, in the profile's kg
        "2025-11-03": {"weight": 81.56, "unit": "kg"},
    }


def test_measurements_in_a_lb_profile_stay_as_written(tmp_path: Path) -> None:
    store = store_in(tmp_path, unit="lb")
    run_import(store, "myfitnesspal", food("mfp_measurement.csv"), unit="lb")
    assert days(store) == {
        "2025-11-01": {"weight": 180.4, "unit": "lb"},
        "2025-11-03": {"weight": 179.8, "unit": "lb"},
    }


def test_the_exercise_summary_says_which_files_to_import(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="Exercise Summary, which holds no check-in data"):
        run_import(store_in(tmp_path), "myfitnesspal", food("mfp_exercise.csv"))


def test_the_zip_the_export_arrives_in(tmp_path: Path) -> None:
    archive = tmp_path / "File-Export-2025-11-01-to-2025-11-04.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(food("mfp_nutrition.csv"), "Nutrition-Summary-2025-11-01-to-2025-11-04.csv")
        out.write(food("mfp_measurement.csv"), "Measurement-Summary-2025-11-01-to-2025-11-04.csv")
        out.write(food("mfp_exercise.csv"), "Exercise-Summary-2025-11-01-to-2025-11-04.csv")
    store = store_in(tmp_path, unit="lb")
    with pytest.raises(TransferError, match=r"Measurement-Summary-2025-11-01-to-2025-11-04\.csv: "
                       "MyFitnessPal's Measurement Summary does not say"):
        run_import(store, "myfitnesspal", archive)
    assert store.checkins() == []
    run_import(store, "myfitnesspal", archive, unit="lb")
    assert days(store) == {
        "2025-11-01": {"weight": 180.4, "unit": "lb"},
        "2025-11-03": {"weight": 179.8, "unit": "lb", "calories": 1381, "protein_g": 100.7,
                       "fiber_g": 19.6, "sodium_mg": 1481},
        "2025-11-04": {"calories": 300, "protein_g": 20, "fiber_g": 4, "sodium_mg": 200},
    }
