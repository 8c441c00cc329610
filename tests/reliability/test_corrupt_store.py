"""Safety point 3: a file that does not parse is never treated as empty nor overwritten; the CLI
says so in one line and `legtui store restore` brings back the latest backup."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from legtui.paths import backups_dir

CliRunner = Callable[..., subprocess.CompletedProcess[str]]  # the `cli` fixture

BAD_CONTENTS = {
    "truncated": None,  # the first half of a good file
    "empty": b"",
    "blank": b"  \n",
    "garbage": b"\x00\xff\xfe garbage \x01",
    "not an object": b"[1, 2, 3]",
    "wrong shape": b'{"sessions": [1, 2]}',
}


def make_store_with_backup(cli: CliRunner, db: Path) -> bytes:
    done = cli("--db", str(db), "log", "rdl", "60x10", "62.5x8@8", "--date", "2024-05-01")
    assert done.returncode == 0, done.stderr
    return db.read_bytes()


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize("kind", list(BAD_CONTENTS))
def test_a_broken_file_is_refused_untouched_then_restored(
    cli: CliRunner, tmp_path: Path, kind: str
) -> None:
    db = tmp_path / "legtui.json"
    good = make_store_with_backup(cli, db)
    bad = BAD_CONTENTS[kind]
    bad = good[: len(good) // 2] if bad is None else bad
    db.write_bytes(bad)

    for args in (["history"], ["history", "--json"], ["log", "rdl", "70x5"], ["store", "check"]):
        done = cli("--db", str(db), *args)
        assert done.returncode == 1, (args, done.stdout)
        line = one_line(done.stderr)
        assert "does not parse" in line and "legtui store restore" in line
        assert "Traceback" not in done.stderr
        assert db.read_bytes() == bad, f"{args} changed the broken file"

    listed = cli("--db", str(db), "store", "backups")
    assert listed.returncode == 0
    assert "daily-" in listed.stdout

    restored = cli("--db", str(db), "store", "restore")
    assert restored.returncode == 0, restored.stderr
    assert db.read_bytes() == good
    kept = [p for p in backups_dir(db).iterdir() if p.name.startswith("replaced-")]
    assert [p.read_bytes() for p in kept] == [bad]

    check = cli("--db", str(db), "store", "check")
    assert check.returncode == 0
    assert "ok:" in check.stdout and "2 sets" in check.stdout
    history = cli("--db", str(db), "history", "--json")
    assert [s["load"] for day in orjson.loads(history.stdout) for s in day["sets"]] == [60, 62.5]


def test_restore_takes_the_newest_backup_and_a_named_one_on_request(
    cli: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    good = make_store_with_backup(cli, db)
    older = tmp_path / "backups" / "daily-2020-01-01.json"
    older.write_bytes(b'{"meta": {"1": {"schema": 1}}}')
    os.utime(older, (1_577_880_000, 1_577_880_000))
    db.write_bytes(b"{broken")

    listed = cli("--db", str(db), "store", "backups").stdout.splitlines()
    assert [line.split()[0] for line in listed][-1] == "daily-2020-01-01.json"

    assert cli("--db", str(db), "store", "restore").returncode == 0
    assert db.read_bytes() == good

    assert cli("--db", str(db), "store", "restore", "daily-2020-01-01.json").returncode == 0
    assert db.read_bytes() == older.read_bytes()

    missing = cli("--db", str(db), "store", "restore", "nope.json")
    assert missing.returncode == 2
    assert "no backup" in one_line(missing.stderr)


def test_restore_refuses_a_backup_that_does_not_parse(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    good = make_store_with_backup(cli, db)
    broken = tmp_path / "backups" / "daily-2030-01-01.json"
    broken.write_bytes(b"not json")

    done = cli("--db", str(db), "store", "restore", broken.name)
    assert done.returncode == 2
    assert "does not parse" in one_line(done.stderr)
    assert db.read_bytes() == good


def test_store_check_and_backups_on_a_missing_store(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "none.json"
    check = cli("--db", str(db), "store", "check")
    assert check.returncode == 2
    assert "no store" in one_line(check.stderr)
    assert cli("--db", str(db), "store", "backups").stdout.startswith("no backups yet")
    restore = cli("--db", str(db), "store", "restore")
    assert restore.returncode == 2
    assert not db.exists()


def test_a_store_from_a_newer_legtui_is_refused_untouched(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    newer = b'{"meta": {"1": {"schema": 99}}, "sessions": {}}'
    db.write_bytes(newer)
    for args in (["history"], ["log", "rdl", "60x10"], ["store", "check"]):
        done = cli("--db", str(db), *args)
        assert done.returncode == 1
        line = one_line(done.stderr)
        assert "schema version 99" in line and "upgrade legtui" in line
    assert db.read_bytes() == newer


def test_a_document_broken_inside_a_good_file_is_named_and_the_store_is_read_only(
    cli: CliRunner, tmp_path: Path
) -> None:
    """The file keeps legtui's layout but one day's line was broken (by hand): the reads go on
    with the healthy days and a warning naming the broken one; every write is refused in one line
    pointing to `store check` and `store restore`, and the file stays as it was."""
    db = tmp_path / "legtui.json"
    good = make_store_with_backup(cli, db)
    assert cli("--db", str(db), "log", "rdl", "70x5", "--date", "2024-05-03").returncode == 0
    bad = db.read_bytes().replace(b'"sets":[', b'"sets":[[', 1)
    db.write_bytes(bad)

    history = cli("--db", str(db), "history", "--json")
    assert history.returncode == 0
    assert [day["date"] for day in orjson.loads(history.stdout)] == ["2024-05-03"]
    warning = one_line(history.stderr)
    assert "sessions 739007 (2024-05-01): is not valid JSON" in warning
    assert "legtui store check" in warning

    check = cli("--db", str(db), "store", "check")
    assert check.returncode == 1
    assert "sessions 739007 (2024-05-01): is not valid JSON" in check.stdout

    for args in (["log", "rdl", "70x5", "--date", "2024-05-03"], ["checkin", "--weight", "80"]):
        done = cli("--db", str(db), *args)
        assert done.returncode == 1, (args, done.stdout)
        line = one_line(done.stderr)
        assert "is damaged" in line and "nothing was written" in line
        assert "legtui store check" in line and "legtui store restore" in line
        assert db.read_bytes() == bad, f"{args} changed the file"

    restored = cli("--db", str(db), "store", "restore")
    assert restored.returncode == 0, restored.stderr
    assert db.read_bytes() == good  # the first day's backup: damage never reached a backup
    assert cli("--db", str(db), "store", "check").returncode == 0
