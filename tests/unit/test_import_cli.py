"""`legtui import` from the shell: dry run, all or nothing, clear errors, idempotence."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from transfer_support import fixture

from legtui.cli.main import main
from legtui.store import Store


def run(db: Path, *argv: str) -> int:
    return main(["--db", str(db), *argv])


def test_dry_run_prints_the_summary_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.json"
    assert run(db, "import", "strong", str(fixture("strong_classic.csv")), "--unit", "kg",
               "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would add: 2 sessions, 11 sets (0 already present), 0 check-ins, 2 exercises" in out
    assert "dry run: nothing was written" in out
    assert not db.exists()


def test_import_then_again_adds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "store.json"
    path = str(fixture("hevy_kg.csv"))
    assert run(db, "import", "hevy", path) == 0
    assert "added: 2 sessions, 8 sets (0 already present)" in capsys.readouterr().out
    after_first = Store(db).dump()
    assert run(db, "import", "hevy", path) == 0
    assert "added: 0 sessions, 0 sets (8 already present)" in capsys.readouterr().out
    assert Store(db).dump() == after_first


def test_a_bad_row_leaves_the_store_file_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.json"
    assert run(db, "import", "hevy", str(fixture("hevy_kg.csv"))) == 0
    capsys.readouterr()
    before = db.read_bytes()
    assert run(db, "import", "strong", str(fixture("strong_bad_number.csv")), "--unit", "kg") == 2
    err = capsys.readouterr().err.strip()
    assert err == ("legtui: strong_bad_number.csv: line 4: Reps: 'ten' is not a number; "
                   "nothing was imported")
    assert db.read_bytes() == before


def test_missing_unit_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "store.json"
    assert run(db, "import", "strong", str(fixture("strong_lb_typos_crlf.csv"))) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--unit kg or --unit lb" in err
    assert Store(db).is_empty()


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "s.json", "import", "fitnotes", str(tmp_path / "nope.csv")) == 2
    assert "no file" in capsys.readouterr().err


FOOD = Path(__file__).resolve().parents[1] / "fixtures" / "food"


def test_food_dry_run_writes_nothing_and_replace_overwrites_imports_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.json"
    withings = str(FOOD / "withings_weight.csv")
    assert run(db, "import", "withings", withings, "--dry-run") == 0
    assert "would write: 2 days (2 new), 2 fields filled" in capsys.readouterr().out
    assert not db.exists()
    assert run(db, "import", "withings", withings) == 0
    assert run(db, "checkin", "--date", "2025-03-14", "--weight", "79") == 0
    newer = tmp_path / "weight.csv"
    newer.write_text('Date,"Weight (kg)"\n"2025-03-14 06:00:00",79.5\n'
                     '"2025-03-13 06:00:00",80.1\n')
    capsys.readouterr()
    assert run(db, "import", "withings", str(newer), "--replace") == 0
    assert "wrote: 1 day (0 new), 0 fields filled, 1 replaced" in capsys.readouterr().out
    weights = {c.date: c.weight for c in Store(db).checkins()}
    assert weights == {"2025-03-13": 80.1, "2025-03-14": 79}


def test_food_import_of_a_bad_file_exits_2_with_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.json"
    assert run(db, "import", "cronometer", str(FOOD / "cronometer_daily_bad.csv")) == 2
    err = capsys.readouterr().err
    assert "cronometer_daily_bad.csv: line 3: Energy (kcal): 'abc' is not a number; " \
           "nothing was imported" in err
    assert Store(db).checkins() == []


def test_replace_is_refused_for_a_workout_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.json"
    assert run(db, "import", "hevy", str(fixture("hevy_kg.csv")), "--replace") == 2
    assert "--replace is for food and weight imports" in capsys.readouterr().err
    assert not db.exists()


def test_the_week_in_review_says_which_apps_filled_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEGTUI_NOW", "2025-03-14T12:00:00Z")
    db = tmp_path / "store.json"
    assert run(db, "profile", "--timezone", "UTC") == 0
    assert run(db, "import", "withings", str(FOOD / "withings_weight.csv")) == 0
    assert run(db, "checkin", "--date", "2025-03-12", "--weight", "80.9") == 0
    capsys.readouterr()
    assert run(db, "week") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2] == "values from Withings on 2 days"
    assert lines[-1].startswith("next week:")


def test_checkins_json_names_each_fields_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.json"
    assert run(db, "import", "withings", str(FOOD / "withings_weight.csv")) == 0
    assert run(db, "checkin", "--date", "2025-03-14", "--sleep", "7") == 0
    capsys.readouterr()
    assert run(db, "checkins", "--json") == 0
    days = orjson.loads(capsys.readouterr().out)
    assert [(d["date"], d["source"]) for d in days] == [
        ("2025-03-13", {"weight": "Withings"}), ("2025-03-14", {"weight": "Withings"})]


def test_a_store_after_food_imports_and_typing_over_checks_healthy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.json"
    assert run(db, "import", "applehealth", str(FOOD / "apple_export.xml")) == 0
    assert run(db, "checkin", "--date", "2024-03-04", "--calories", "2000") == 0
    assert run(db, "store", "check") == 0
    assert "ok:" in capsys.readouterr().out
