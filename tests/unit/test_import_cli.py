"""`legtui import` from the shell: dry run, all or nothing, clear errors, idempotence."""

from __future__ import annotations

from pathlib import Path

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
