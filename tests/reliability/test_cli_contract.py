"""The CLI's contract from the shell: input errors are one line and exit 2 and change nothing, the
store path's precedence, the profile's zone decides the day, demo is reproducible, and a change
made by another process is picked up by an open store."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from legtui.core.model import SetEntry
from legtui.store import Store, new_set_id

CliRunner = Callable[..., subprocess.CompletedProcess[str]]  # the `cli` fixture


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("legtui: ")
    return lines[0]


def history(cli: CliRunner, db: Path) -> list[dict[str, object]]:
    done = cli("--db", str(db), "history", "--json")
    assert done.returncode == 0, done.stderr
    data = orjson.loads(done.stdout)
    assert isinstance(data, list)
    return data


# -- errors -----------------------------------------------------------------------------------
BAD_LOGS = {
    "unknown exercise": (["log", "deadlift-of-doom", "60x10"], "unknown exercise"),
    "bad set": (["log", "rdl", "60x10", "62,5x8"], "use a dot for decimals"),
    "bad rpe": (["log", "rdl", "60x8@11"], "RPE is 6 to 10"),
    "bad date": (["log", "rdl", "60x10", "--date", "2024-13-01"], "not a date"),
    "bad history date": (["history", "--since", "yesterday"], "not a date"),
    "unknown history exercise": (["history", "nope"], "unknown exercise"),
}


@pytest.mark.parametrize("case", list(BAD_LOGS))
def test_a_bad_command_says_one_line_and_changes_nothing(
    cli: CliRunner, tmp_path: Path, case: str
) -> None:
    db = tmp_path / "legtui.json"
    assert cli("--db", str(db), "log", "rdl", "60x10", "--date", "2024-05-01").returncode == 0
    before = db.read_bytes()
    args, words = BAD_LOGS[case]

    line = one_line(cli("--db", str(db), *args))

    assert words in line
    assert db.read_bytes() == before


@pytest.mark.parametrize("args", [["log", "rdl", "abc"], ["log", "rdl", "60x10", "--date", "x"]])
def test_bad_input_creates_no_store(cli: CliRunner, tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "new" / "legtui.json"
    one_line(cli("--db", str(db), *args))
    assert not db.parent.exists()


@pytest.mark.parametrize("args", [["history"], ["history", "--json"], ["log", "nope", "60x10"],
                                  ["checkins"]])
def test_a_read_or_a_refused_write_on_a_new_path_makes_no_store_file(
    cli: CliRunner, tmp_path: Path, args: list[str]
) -> None:
    db = tmp_path / "new" / "legtui.json"
    cli("--db", str(db), *args)
    assert not db.exists()


# -- where the store lives --------------------------------------------------------------------
def test_db_option_beats_env_beats_the_user_data_dir(cli: CliRunner, tmp_path: Path) -> None:
    by_option, by_env = tmp_path / "option.json", tmp_path / "env.json"
    default = tmp_path / "xdg-data" / "legtui" / "legtui.json"  # XDG_DATA_HOME from the fixture

    assert cli("--db", str(by_option), "log", "rdl", "60x10",
               extra_env={"LEGTUI_DB": str(by_env)}).returncode == 0
    assert (by_option.exists(), by_env.exists(), default.exists()) == (True, False, False)

    assert cli("log", "rdl", "61x10", extra_env={"LEGTUI_DB": str(by_env)}).returncode == 0
    assert (by_env.exists(), default.exists()) == (True, False)

    assert cli("log", "rdl", "62x10").returncode == 0
    assert default.exists()
    assert not (tmp_path / "home").exists()  # nothing outside XDG_DATA_HOME

    after_subcommand = tmp_path / "after.json"
    assert cli("log", "rdl", "63x10", "--db", str(after_subcommand)).returncode == 0
    assert [[s["load"] for s in d["sets"]] for d in history(cli, after_subcommand)] == [[63]]


# -- the day a set belongs to -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("zone", "now_utc", "day"),
    [
        ("Asia/Tokyo", "2024-06-01T23:30:00Z", "2024-06-02"),  # 08:30 on the 2nd in Tokyo
        ("America/Los_Angeles", "2024-06-01T23:30:00Z", "2024-06-01"),  # 16:30 on the 1st
        ("Europe/Berlin", "2024-06-01T22:30:00Z", "2024-06-01"),  # 00:30: still the evening
        ("Europe/Berlin", "2024-06-02T02:30:00Z", "2024-06-02"),  # 04:30: a new day
    ],
)
def test_log_files_the_set_under_the_profiles_day_not_the_servers(
    cli: CliRunner, tmp_path: Path, zone: str, now_utc: str, day: str
) -> None:
    db = tmp_path / "legtui.json"
    server = {"TZ": "UTC", "LEGTUI_NOW": now_utc}
    assert cli("--db", str(db), "profile", "--timezone", zone, extra_env=server).returncode == 0
    done = cli("--db", str(db), "log", "rdl", "60x10", extra_env=server)
    assert done.returncode == 0, done.stderr
    assert f"on {day}" in done.stdout
    sessions = history(cli, db)
    assert [s["date"] for s in sessions] == [day]
    assert [x["logged_at"] for x in sessions[0]["sets"]] == [  # type: ignore[index]
        now_utc.replace("Z", ".000000Z")
    ]


# -- demo ---------------------------------------------------------------------------------------
def without_device(db: Path) -> bytes:
    """The store but for its own device id (in every stamp it made) and its `meta`."""
    data = orjson.loads(db.read_bytes())
    device = data.pop("meta")["1"]["device"]
    return orjson.dumps(data).replace(device.encode(), b"DEVICE")


def test_demo_is_reproducible_and_refuses_a_store_with_data(cli: CliRunner, tmp_path: Path) -> None:
    frozen = {"LEGTUI_NOW": "2025-06-01T12:00:00Z"}
    first, second = tmp_path / "a" / "legtui.json", tmp_path / "b" / "legtui.json"
    for db in (first, second):
        done = cli("--db", str(db), "demo", "--years", "1", "--seed", "3", extra_env=frozen)
        assert done.returncode == 0, done.stderr
    assert without_device(first) == without_device(second)
    days = history(cli, first)
    assert len(days) > 50 and sum(len(d["sets"]) for d in days) > 500  # type: ignore[arg-type]

    other_seed = tmp_path / "c" / "legtui.json"
    cli("--db", str(other_seed), "demo", "--years", "1", "--seed", "4", extra_env=frozen)
    assert history(cli, other_seed) != days

    before = first.read_bytes()
    line = one_line(cli("--db", str(first), "demo", "--years", "1", "--seed", "3",
                        extra_env=frozen))
    assert "already holds data" in line
    assert first.read_bytes() == before


# -- another process writes -----------------------------------------------------------------
def test_an_open_store_picks_up_another_process_and_loses_nothing(
    cli: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    assert store.refresh() is False

    logged = cli("--db", str(db), "log", "hip-thrust", "100x10", "--date", "2024-05-01")
    assert logged.returncode == 0

    assert store.refresh() is True
    assert [e.exercise for s in store.sessions() for e in s.sets] == ["hip-thrust"]
    mine = SetEntry(new_set_id(), "rdl", 60, "kg", 10, "2024-05-01T10:00:00.000000Z")
    store.log_set("2024-05-01", mine)
    assert cli("--db", str(db), "log", "bss", "20x8", "--date", "2024-05-01").returncode == 0
    store.log_set("2024-05-01", SetEntry(new_set_id(), "rdl", 62.5, "kg", 8, mine.logged_at))

    exercises = [s["exercise"] for d in history(cli, db) for s in d["sets"]]  # type: ignore[attr-defined]
    assert exercises == ["hip-thrust", "rdl", "bulgarian-split-squat", "rdl"]
