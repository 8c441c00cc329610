"""Scriptable corrections and sync settings from the shell: `history --ids`, `edit`, `delete`,
`import legtui -` and `profile --sync...`; bad input is one line and changes nothing."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import orjson
import pytest

from legtui.cli.main import main
from legtui.store import Store
from legtui.transfer import export

DAY = "2026-11-23"


def run(db: Path, *argv: str) -> int:
    return main(["--db", str(db), *argv])


@pytest.fixture
def logged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[str]]:
    db = tmp_path / "legtui.json"
    assert run(db, "log", "rdl", "60x10", "62.5x8@8", "--date", DAY) == 0
    capsys.readouterr()
    assert run(db, "history", "--json") == 0
    (day,) = orjson.loads(capsys.readouterr().out)
    return db, [s["id"] for s in day["sets"]]


def test_history_ids_shows_each_set_with_its_id(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, (first, second) = logged
    assert run(db, "history", "--ids") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == DAY
    assert lines[1].split() == [first, "Romanian", "deadlift", "60kg×10"]
    assert lines[2].split() == [second, "Romanian", "deadlift", "62.5kg×8@8"]


def test_edit_changes_one_set_and_keeps_its_id_day_and_time(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, (first, second) = logged
    before = Store(db).find_set(second)
    assert run(db, "edit", second, "65x6@9") == 0
    assert capsys.readouterr().out == f"edited {second} on {DAY}: 65kgx6@9\n"
    after = Store(db).find_set(second)
    assert before is not None and after is not None
    assert (after[0], after[1].load, after[1].reps, after[1].rpe) == (DAY, 65, 6, 9)
    assert after[1].logged_at == before[1].logged_at
    assert Store(db).find_set(first) is not None


def test_delete_removes_the_set_and_leaves_a_tombstone(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, (first, second) = logged
    assert run(db, "delete", first) == 0
    assert capsys.readouterr().out == f"deleted {first} on {DAY}: 60kgx10\n"
    assert Store(db).find_set(first) is None and Store(db).find_set(second) is not None
    assert first in orjson.loads(db.read_bytes())["deleted"]["1"]["sets"]


@pytest.mark.parametrize(("argv", "says"), [
    (("edit", "nope", "60x10"), "no set with id 'nope'"),
    (("delete", "nope"), "no set with id 'nope'"),
    (("edit", "{first}", "60x10x3"), "An edit changes one set"),
    (("edit", "{first}", "heavy"), ""),
])
def test_a_bad_correction_is_one_line_and_changes_nothing(
    logged: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str], argv: tuple[str, ...],
    says: str,
) -> None:
    db, (first, _) = logged
    before = db.read_bytes()
    assert run(db, *(a.format(first=first) for a in argv)) == 2
    err = capsys.readouterr().err
    assert err.startswith("legtui: ") and err.count("\n") == 1 and says in err
    assert db.read_bytes() == before


def test_import_legtui_reads_standard_input(
    logged: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, ids = logged
    text = export(Store(db), "json")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    other = tmp_path / "other.json"
    assert run(other, "import", "legtui", "-") == 0
    assert "legtui file stdin" in capsys.readouterr().out
    assert Store(other).dump() == Store(db).dump()
    assert sorted(s.id for session in Store(other).sessions() for s in session.sets) == sorted(ids)


def test_profile_sets_and_forgets_the_sync_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legtui.json"
    assert run(db, "profile", "--sync", str(tmp_path / "s.json"), "--sync-auto") == 0
    assert f"file {tmp_path / 's.json'}, on start and quit" in capsys.readouterr().out
    assert run(db, "profile", "--sync-via", "ssh gymbox legtui", "--json") == 0
    shown = orjson.loads(capsys.readouterr().out)["sync"]
    assert shown == {"file": None, "via": "ssh gymbox legtui", "auto": True}
    assert run(db, "profile", "--no-sync", "--no-sync-auto") == 0
    assert Store(db).sync_target().is_set is False
    assert "sync            none" in capsys.readouterr().out
    before = db.read_bytes()
    for argv in (("--sync", "a", "--sync-via", "b"), ("--sync-via", "'unclosed")):
        assert run(db, "profile", *argv) == 2
        assert capsys.readouterr().err.count("\n") == 1
    assert db.read_bytes() == before


def test_sync_without_a_target_says_how_to_set_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path / "legtui.json", "sync") == 2
    assert "no sync target" in capsys.readouterr().err
    assert run(tmp_path / "legtui.json", "sync", "f.json", "--via", "x") == 2
    assert "not both" in capsys.readouterr().err
