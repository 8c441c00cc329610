"""Withings, Garmin Connect, Renpho (both layouts) and Fitbit weights."""

from __future__ import annotations

from pathlib import Path

import pytest
from food_support import days, food, store_in

from legtui.transfer import TransferError, run_import


def test_withings_earliest_reading_of_the_day_newest_first(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "withings", food("withings_weight.csv"))
    assert days(store) == {
        "2025-03-13": {"weight": 80.6, "unit": "kg"},  # 06:58, not 21:40 (listed first)
        "2025-03-14": {"weight": 80.3, "unit": "kg"},
    }


def test_withings_headers_in_the_accounts_language(tmp_path: Path) -> None:
    store = store_in(tmp_path, unit="lb")
    run_import(store, "withings", food("withings_weight_de.csv"))
    assert days(store) == {
        "2025-04-01": {"weight": 176.37, "unit": "lb"},  # 80.0 kg in the user's lb
        "2025-04-02": {"weight": 175.93, "unit": "lb"},
    }


def test_garmin_date_lines_unit_in_the_value_and_missing_readings(tmp_path: Path) -> None:
    store = store_in(tmp_path, unit="lb")
    summary = run_import(store, "garmin", food("garmin_weight.csv"))
    assert days(store) == {
        "2025-03-12": {"weight": 284.4, "unit": "lb"},
        "2025-03-13": {"weight": 283.6, "unit": "lb"},  # 6:50 AM
    }
    assert "readings without a weight (1)" in summary.text()


def test_garmin_year_first_date_lines_in_kg(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "garmin", food("garmin_weight_ymd.csv"))
    assert days(store) == {
        "2022-12-20": {"weight": 95.6, "unit": "kg"},
        "2022-12-21": {"weight": 95.2, "unit": "kg"},
    }


def test_renpho_time_of_measurement_layout_in_lb(tmp_path: Path) -> None:
    store = store_in(tmp_path, unit="lb")
    run_import(store, "renpho", food("renpho_old.csv"))
    assert days(store) == {
        "2022-07-04": {"weight": 181.8, "unit": "lb"},  # 7:02:10 AM
        "2022-07-06": {"weight": 181, "unit": "lb"},
    }


def test_renpho_date_time_layout_day_first_with_spaced_headers(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "renpho", food("renpho_new.csv"))
    assert days(store) == {
        "2022-07-04": {"weight": 82.7, "unit": "kg"},
        "2022-07-13": {"weight": 82.1, "unit": "kg"},
    }


def test_fitbit_needs_the_unit_and_takes_the_earliest_of_readings_within_an_hour(
    tmp_path: Path,
) -> None:
    store = store_in(tmp_path, unit="lb")
    with pytest.raises(TransferError, match="--unit kg or --unit lb"):
        run_import(store, "fitbit", food("weight-2024-03-01.json"))
    run_import(store, "fitbit", food("weight-2024-03-01.json"), unit="lb")
    assert days(store) == {
        "2024-03-01": {"weight": 176.4, "unit": "lb"},  # 07:00, then 07:10 and 07:30
        "2024-03-02": {"weight": 175.8, "unit": "lb"},
    }


def test_fitbit_bad_reading_names_it(tmp_path: Path) -> None:
    bad = tmp_path / "weight-2024-03-01.json"
    bad.write_text('[{"logId": 1, "weight": 80, "date": "03/01/24", "time": "07:00:00"},'
                   ' {"logId": 2, "weight": "heavy", "date": "03/01/24", "time": "07:00:00"}]')
    store = store_in(tmp_path)
    with pytest.raises(TransferError, match="reading 2: weight: 'heavy' is not a number"):
        run_import(store, "fitbit", bad, unit="kg")
    assert store.checkins() == []


def test_fitbit_a_folder_of_monthly_files(tmp_path: Path) -> None:
    folder = tmp_path / "Personal & Account"
    folder.mkdir()
    (folder / "weight-2024-03-01.json").write_bytes(food("weight-2024-03-01.json").read_bytes())
    (folder / "weight-2024-04-01.json").write_text(
        '[{"logId": 7, "weight": 175.1, "bmi": 24.4, "date": "04/02/24", "time": "06:40:00"},'
        ' {"logId": 8, "weight": null, "date": "04/03/24", "time": "06:40:00"}]')
    (folder / "sleep-2024-03-01.json").write_text("[]")
    store = store_in(tmp_path, unit="lb")
    summary = run_import(store, "fitbit", folder, unit="lb")
    assert days(store) == {
        "2024-03-01": {"weight": 176.4, "unit": "lb"},
        "2024-03-02": {"weight": 175.8, "unit": "lb"},
        "2024-04-02": {"weight": 175.1, "unit": "lb"},
    }
    assert "readings without a weight (1)" in summary.text()
    (folder / "weight-2024-05-01.json").write_text('[{"date": "05/01/24", "weight": "x"}]')
    with pytest.raises(TransferError, match=r"weight-2024-05-01\.json reading 1: weight: 'x'"):
        run_import(store, "fitbit", folder, unit="lb")
