"""`legtui checkin`, `checkins --json`, `targets --json` through the CLI entry point."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from legtui.cli.main import main
from legtui.store import Store

NOW = "2026-03-10T12:00:00Z"
CHECKIN_KEYS = ["date", "weight", "unit", "calories", "protein_g", "fiber_g", "sleep_h",
                "stress", "water_l", "sodium_mg", "waist", "hips", "thigh", "length_unit", "note",
                "partial"]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LEGTUI_NOW", NOW)
    path = tmp_path / "store.json"
    assert main(["--db", str(path), "profile", "--timezone", "UTC"]) == 0
    return path


def cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def as_json(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    capsys.readouterr()
    assert cli(db, *args, "--json") == 0
    return orjson.loads(capsys.readouterr().out)


def test_later_value_replaces_other_fields_stay(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(db, "checkin", "--weight", "80.4", "--sleep", "6.5", "--stress", "3") == 0
    assert cli(db, "checkin", "--calories", "2100", "--sleep", "7.5") == 0
    [today] = as_json(db, capsys, "checkins")
    assert today["date"] == "2026-03-10"
    assert (today["weight"], today["unit"], today["sleep_h"], today["stress"],
            today["calories"]) == (80.4, "kg", 7.5, 3, 2100)


def test_checkins_json_shape_oldest_first(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "checkin", "--weight", "80", "--date", "2026-03-09") == 0
    assert cli(db, "checkin", "--thigh", "60.5", "--note", "new tape") == 0
    assert cli(db, "checkin", "--protein", "150", "--date", "2026-03-01") == 0
    days = as_json(db, capsys, "checkins")
    assert [d["date"] for d in days] == ["2026-03-01", "2026-03-09", "2026-03-10"]
    assert all(list(d) == CHECKIN_KEYS for d in days)
    assert days[2]["thigh"] == 60.5 and days[2]["length_unit"] == "cm"
    assert days[2]["note"] == "new tape" and days[2]["weight"] is None
    since = as_json(db, capsys, "checkins", "--since", "2026-03-05")
    assert [d["date"] for d in since] == ["2026-03-09", "2026-03-10"]


def test_units_come_from_the_profile(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "profile", "--unit", "lb", "--length-unit", "in") == 0
    assert cli(db, "checkin", "--weight", "176", "--waist", "33") == 0
    [today] = as_json(db, capsys, "checkins")
    assert (today["weight"], today["unit"], today["waist"], today["length_unit"]) == (
        176, "lb", 33, "in")


@pytest.mark.parametrize("args, message", [
    (["--calories", "abc"], "calories must be a number"),
    (["--stress", "7"], "stress is 1 to 5"),
    (["--sleep", "-1"], "sleep cannot be negative"),
    (["--weight", "0"], "weight is 20 to 400 kg"),
    (["--sleep", "25"], "sleep is 0 to 24"),
    (["--calories", "12000"], "calories is 0 to 10000"),
    (["--calories", "2100.5"], "whole number"),
    (["--water", "nan"], "water must be a number"),
    ([], "nothing to check in"),
    (["--weight", "80", "--date", "2026-03-11"], "in the future"),
    (["--weight", "80", "--date", "March"], "not a date"),
    (["--weight", "80", "--stress", "0"], "stress is 1 to 5"),
])
def test_bad_values_exit_2_and_write_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert cli(db, "checkin", "--weight", "81") == 0
    before = db.read_bytes()
    capsys.readouterr()
    assert cli(db, "checkin", *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert db.read_bytes() == before


def test_targets_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "profile", "--sex", "male", "--birth-year", "1996", "--height", "180",
               "--activity", "moderate", "--deficit", "500", "--water", "3") == 0
    assert cli(db, "checkin", "--weight", "80") == 0
    data = as_json(db, capsys, "targets")
    assert data["bmr"] == 1780 and data["tdee"] == 2759
    assert data["calories"] == {"low": 2259, "high": 2509, "target": 2259, "source": "formula",
                                "reason": "TDEE 2759 − 500 kcal deficit"}
    assert data["protein_g"] == {"low": 123, "high": 176}
    assert data["sleep_h"] == {"low": 7, "high": 9}
    assert data["fiber_g"] == 32 and data["sodium_mg_max"] == 2300 and data["water_l"] == 3
    assert data["trend_weight"] == {"value": 80.0, "unit": "kg"}
    assert data["weekly_rate"] is None and data["adaptive_tdee"] is None
    assert data["expenditure"] == {
        "kcal": None, "low": None, "high": None, "state": "measuring",
        "reason": "needs 3 weigh-ins and 3 days of calories in the last 14 days (have 1 and 0)"}
    assert data["goal"] is None
    assert len(data["warnings"]) == 1  # not enough days for the rate (expenditure says its own)


def test_targets_readable_summary(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "profile", "--sex", "female", "--birth-year", "1990", "--height", "165") == 0
    assert cli(db, "checkin", "--weight", "65", "--sleep", "5") == 0
    capsys.readouterr()
    assert cli(db, "targets") == 0
    out = capsys.readouterr().out
    assert "BMR" in out and "calories" in out and "ghrelin" in out and "last 7 days" in out


def test_checkin_touches_only_check_ins(db: Path) -> None:
    assert cli(db, "checkin", "--weight", "80") == 0
    store = Store(db)
    assert store.sessions() == [] and len(store.checkins()) == 1
