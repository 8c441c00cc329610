"""Single-leg sets with sides: `20x10/9` is one set, 10 left and 9 right, stored with both sides,
`reps` the weaker; progression and records use the weaker side, volume counts it as one set."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import orjson
import pytest
from overload_history import history

from legtui.cli.main import main
from legtui.core.catalog import Catalog
from legtui.core.model import PlanItem, SetEntry
from legtui.core.overload import suggest
from legtui.core.records import RecordBook
from legtui.core.setspec import SetSyntaxError, parse, set_label
from legtui.core.volume import weekly_volume
from legtui.store import Store

BSS = PlanItem("bulgarian-split-squat", 3, 8, 12, unit="kg")


def cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def sets_json(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert cli(db, "history", "--json") == 0
    return [s for day in orjson.loads(capsys.readouterr().out) for s in day["sets"]]


def test_the_grammar_reads_sides_and_keeps_the_weaker_as_reps() -> None:
    parsed = parse("20x10/9@8")
    assert (parsed.load, parsed.reps, parsed.sides, parsed.rpe) == (20, 9, (10, 9), 8)
    assert parse(parsed.text()) == parsed
    assert parse("20x9/10").reps == 9
    with pytest.raises(SetSyntaxError, match="reps is 1 to 1000, not 0"):
        parse("20x10/0")


def test_cli_stores_both_sides_and_history_json_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.json"
    assert cli(db, "log", "bss", "20x10/9", "20x10", "--date", "2026-11-25") == 0
    assert "20kgx10/9" in capsys.readouterr().out
    sides, plain = sets_json(db, capsys)
    assert (sides["reps"], sides["sides"]) == (9, {"left": 10, "right": 9})
    assert (plain["reps"], plain["sides"]) == (10, None)
    raw = orjson.loads(db.read_bytes())
    stored = next(iter(raw["sessions"].values()))["sets"]
    assert stored[0]["sides"] == {"left": 10, "right": 9} and "sides" not in stored[1]


def test_cli_refuses_sides_for_a_two_legged_lift_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.json"
    assert cli(db, "log", "rdl", "60x10/9") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "single-leg" in err[0]
    assert Store(db).sessions() == []


def test_progression_and_records_use_the_weaker_side() -> None:
    bss = Catalog().get("bulgarian-split-squat")
    uneven = suggest(BSS, bss, history(BSS, "20x12/11x3"))
    assert (uneven.kind, uneven.load) == ("add-reps", 20)  # 11 on one side: not the top yet
    even = suggest(BSS, bss, history(BSS, "20x12/12x3"))
    assert (even.kind, even.load) == ("add-load", 22.5)
    before, today = history(BSS, "20x10", "20x12/9")
    book = RecordBook.from_sessions([before], "kg", "bulgarian-split-squat")
    [entry] = today.sets_for("bulgarian-split-squat")
    assert "reps_at_load" not in {r.kind for r in book.add(entry)}  # 9 < 10, though 12 > 10


def test_weekly_volume_counts_the_pair_as_one_set() -> None:
    sessions = history(BSS, "20x10/9x3")
    week = next(iter(weekly_volume(sessions, "kg").values()))
    assert week["bulgarian-split-squat"].sets == 3


def test_export_csv_has_left_and_right(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.json"
    assert cli(db, "log", "step-up", "10x12/11", "10x12", "--date", "2026-11-25") == 0
    capsys.readouterr()
    assert cli(db, "export", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["reps"], r["left"], r["right"]) for r in rows] == [
        ("11", "12", "11"), ("12", "", ""),
    ]


def test_a_set_with_sides_reads_with_its_unit() -> None:
    entry = SetEntry("a", "step-up", 20, "kg", 9, "", 8, sides=(10, 9))
    assert set_label(entry) == "20kg×10/9@8"
