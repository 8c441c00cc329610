"""Cronometer: Daily Nutrition (groups, re-saved files, Completed) and Biometrics (3 layouts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from food_support import days, food, sources, store_in

from legtui.transfer import TransferError, run_import


def test_daily_nutrition_by_column_name_summed_then_rounded_partial_days(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    summary = run_import(store, "cronometer", food("cronometer_daily.csv"))
    assert days(store) == {
        "2026-01-05": {"calories": 2103, "protein_g": 151.3, "fiber_g": 31.4, "water_l": 2.45,
                       "sodium_mg": 2302, "partial": False},
        "2026-01-06": {"calories": 1851, "protein_g": 140, "fiber_g": 25, "water_l": 1.8,
                       "sodium_mg": 2000, "partial": True},
        "2026-01-08": {"calories": 2400, "protein_g": 160, "fiber_g": 40, "water_l": 3,
                       "sodium_mg": 2500, "partial": False},
    }
    assert sources(store)["2026-01-05"] == dict.fromkeys(
        ("calories", "protein_g", "fiber_g", "water_l", "sodium_mg", "partial"), "Cronometer")
    assert "days with nothing logged (1)" in summary.text()


def test_groups_and_a_total_row_count_the_day_once(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "cronometer", food("cronometer_daily_groups.csv"))
    assert days(store) == {
        "2026-02-01": {"calories": 2000, "protein_g": 130, "fiber_g": 30, "water_l": 1.8,
                       "sodium_mg": 2300, "partial": False},
        "2026-02-02": {"calories": 600, "protein_g": 35, "fiber_g": 9, "water_l": 0.4,
                       "sodium_mg": 500, "partial": True},
    }


def test_spreadsheet_dates_and_false_and_no_day_completed_means_no_partial_flag(
    tmp_path: Path,
) -> None:
    store = store_in(tmp_path)
    run_import(store, "cronometer", food("cronometer_daily_resaved.csv"))
    assert days(store) == {
        "2026-01-27": {"calories": 1900, "protein_g": 120, "fiber_g": 28, "water_l": 2,
                       "sodium_mg": 2100},
        "2026-01-28": {"calories": 2100, "protein_g": 125, "fiber_g": 30, "water_l": 2.1,
                       "sodium_mg": 2200},
    }


def test_biometrics_unit_per_row_first_reading_wins(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    summary = run_import(store, "cronometer", food("cronometer_biometrics.csv"))
    assert days(store) == {
        "2026-01-05": {"weight": 80.2, "unit": "kg"},
        "2026-01-06": {"weight": 80.01, "unit": "kg"},  # 176.4 lbs
        "2026-01-07": {"weight": 79.9, "unit": "kg"},
    }
    assert "other measurements (1)" in summary.text()


def test_biometrics_group_layout_and_synced_metric_names(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "cronometer", food("cronometer_biometrics_group.csv"))
    assert days(store) == {
        "2026-03-01": {"weight": 81.3, "unit": "kg", "sleep_h": 7.25},
        "2026-03-02": {"weight": 81.65, "unit": "kg", "sleep_h": 6.5},  # 180 lbs
    }


def test_biometrics_time_layout_the_earliest_reading_and_a_blank_time(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "cronometer", food("cronometer_biometrics_time.csv"))
    assert days(store) == {
        "2026-03-05": {"weight": 80.9, "unit": "kg"},  # 7:02 AM, before 12:30 PM and 8:15 PM
        "2026-03-06": {"weight": 80.7, "unit": "kg"},  # the timed reading before the blank one
    }


def test_the_servings_export_says_which_files_to_import(tmp_path: Path) -> None:
    servings = tmp_path / "servings.csv"
    servings.write_text("Day,Time,Group,Food Name,Amount,Energy (kcal),Protein (g)\n"
                        "2026-01-05,8:00 AM,Breakfast,Oats,80 g,300,10\n")
    with pytest.raises(TransferError, match="Servings export"):
        run_import(store_in(tmp_path), "cronometer", servings)
