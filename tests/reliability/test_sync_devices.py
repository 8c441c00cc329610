"""Two devices end to end, through the real command line: the laptop and the server sync through
a shared file and through `--via` (a local command standing in for ssh), and a sync killed with
SIGKILL at any moment leaves each side whole: merged, or as it was."""

from __future__ import annotations

import os
import random
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

CliRunner = Callable[..., subprocess.CompletedProcess[str]]  # the `cli` fixture
DAY = "2026-11-23"


def ok(cli: CliRunner, *args: str) -> str:
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def history(cli: CliRunner, db: Path) -> Any:
    return orjson.loads(ok(cli, "--db", str(db), "history", "--json"))


def ids(cli: CliRunner, db: Path) -> list[str]:
    return [s["id"] for day in history(cli, db) for s in day["sets"]]


def state(cli: CliRunner, db: Path) -> Any:
    """Everything the store holds, as its export says (ordered maps compared as maps)."""
    return orjson.loads(ok(cli, "--db", str(db), "export", "json"))


def via(db: Path) -> str:
    return shlex.join([sys.executable, "-m", "legtui", "--db", str(db)])


def test_laptop_and_server_end_identical_through_a_sync_file(
    tmp_path: Path, cli: CliRunner
) -> None:
    laptop, server, shared = tmp_path / "laptop.json", tmp_path / "server.json", tmp_path / "s.json"
    ok(cli, "--db", str(laptop), "log", "rdl", "60x10", "62.5x8", "--date", DAY)
    ok(cli, "--db", str(server), "log", "hip-thrust", "80x12", "--date", DAY)
    assert "the file: 2 sets added" in ok(cli, "--db", str(laptop), "sync", str(shared))
    assert "this store: 2 sets added" in ok(cli, "--db", str(server), "sync", str(shared))
    assert "this store: 1 set added" in ok(cli, "--db", str(laptop), "sync", str(shared))
    rdl_10, rdl_8, thrust = ids(cli, server)
    assert ids(cli, laptop) == [rdl_10, rdl_8, thrust]
    ok(cli, "--db", str(server), "delete", rdl_10)  # deleted on the server
    ok(cli, "--db", str(laptop), "edit", rdl_8, "62.5x7")  # edited on both, the server's later
    ok(cli, "--db", str(laptop), "edit", thrust, "85x10")
    ok(cli, "--db", str(server), "edit", rdl_8, "62.5x9@9")
    ok(cli, "--db", str(laptop), "checkin", "--weight", "80.5", "--sleep", "7", "--date", DAY)
    ok(cli, "--db", str(server), "checkin", "--sleep", "6.5", "--stress", "2", "--date", DAY)

    out = ok(cli, "--db", str(laptop), "sync", str(shared))
    assert "this store: 0 sets added, 0 changed, 0 deleted" in out
    assert "the file: 0 sets added, 2 changed, 0 deleted" in out
    out = ok(cli, "--db", str(server), "sync", str(shared))
    assert "this store: 0 sets added, 1 changed, 0 deleted" in out  # the laptop's 85x10
    assert "the file: 0 sets added, 1 changed, 1 deleted" in out  # the server's edit, deletion
    out = ok(cli, "--db", str(laptop), "sync", str(shared))
    assert "this store: 0 sets added, 1 changed, 1 deleted" in out

    assert state(cli, laptop) == state(cli, server)
    assert ids(cli, laptop) == [rdl_8, thrust]  # the deleted set stays deleted
    (day,) = history(cli, laptop)
    assert [(s["load"], s["reps"], s["rpe"]) for s in day["sets"]] == [(62.5, 9, 9), (85, 10, None)]
    checkins = orjson.loads(ok(cli, "--db", str(server), "checkins", "--json"))
    assert [(c["weight"], c["sleep_h"], c["stress"]) for c in checkins] == [(80.5, 6.5, 2)]

    files = [p.read_bytes() for p in (laptop, server, shared)]
    for db in (laptop, server):
        assert "both sides were already the same" in ok(cli, "--db", str(db), "sync", str(shared))
    assert [p.read_bytes() for p in (laptop, server, shared)] == files  # nothing changed


def test_sync_via_a_command_pulls_and_pushes(tmp_path: Path, cli: CliRunner) -> None:
    laptop, server = tmp_path / "laptop.json", tmp_path / "server.json"
    ok(cli, "--db", str(laptop), "log", "rdl", "60x10", "--date", DAY)
    ok(cli, "--db", str(server), "log", "hip-thrust", "80x12", "--date", DAY)
    ok(cli, "--db", str(server), "checkin", "--weight", "81", "--date", DAY)
    out = ok(cli, "--db", str(laptop), "sync", "--via", via(server))
    assert "this store: 1 set added" in out and "the other side: 1 set added" in out
    assert state(cli, laptop) == state(cli, server)
    (gone,) = [i for i in ids(cli, server) if i not in ids(cli, laptop)[-1:]]
    ok(cli, "--db", str(server), "delete", gone)
    ok(cli, "--db", str(laptop), "profile", "--sync-via", via(server))
    assert "this store: 0 sets added, 0 changed, 1 deleted" in ok(cli, "--db", str(laptop), "sync")
    assert state(cli, laptop) == state(cli, server)


def test_a_failing_or_garbled_pull_changes_nothing(tmp_path: Path, cli: CliRunner) -> None:
    laptop = tmp_path / "laptop.json"
    ok(cli, "--db", str(laptop), "log", "rdl", "60x10", "--date", DAY)
    before = laptop.read_bytes()
    for command, says in ((f"{sys.executable} -c 'import sys; sys.exit(3)'", "exit status 3"),
                          ("echo", "not JSON")):
        done = cli("--db", str(laptop), "sync", "--via", command)
        assert done.returncode == 2 and says in done.stderr
        assert "nothing was changed" in done.stderr and done.stderr.count("\n") == 1
    assert laptop.read_bytes() == before


# -- kill -9 -----------------------------------------------------------------------------------
ROUNDS = 12


def seeded(cli: CliRunner, folder: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """Two stores with 30 sets each, none shared, and the server's export as a sync file."""
    folder.mkdir()
    laptop, server = folder / "laptop.json", folder / "server.json"
    for db, exercise in ((laptop, "rdl"), (server, "hip-thrust")):
        for n in range(3):
            ok(cli, "--db", str(db), "log", exercise, *[f"{60 + n}x{r}" for r in range(1, 11)],
               "--date", f"2026-11-{10 + n}")
    return laptop, server


def set_ids_in(path: Path) -> frozenset[str]:
    """The live sets of a store or a sync file; fails if either is torn."""
    data = orjson.loads(path.read_bytes())
    docs = data["sessions"].values() if "meta" in data else data["sessions"]
    return frozenset(s["id"] for doc in docs for s in doc["sets"])


def kill_storm(tmp_path: Path, cli: CliRunner, env: dict[str, str], other_side: str) -> None:
    laptop, server = seeded(cli, tmp_path / "seed", env)
    shared = tmp_path / "seed" / "s.json"
    shared.write_text(ok(cli, "--db", str(server), "export", "json"))
    other = shared if other_side == "file" else server
    seeds = {path: path.read_bytes() for path in (laptop, other)}
    before = {path: set_ids_in(path) for path in seeds}
    union = before[laptop] | before[other]
    argv = [sys.executable, "-m", "legtui", "--db", str(laptop), "sync"]
    argv += [str(shared)] if other_side == "file" else ["--via", via(server)]

    def reset() -> None:
        for path, raw in seeds.items():
            path.write_bytes(raw)

    started = time.monotonic()
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=60)
    whole_run = time.monotonic() - started
    rng = random.Random(19)
    outcomes = []
    for round_no in range(ROUNDS):
        reset()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.3, 1.1) * whole_run)  # start-up is most of a run
        os.killpg(proc.pid, signal.SIGKILL)  # this side and, with --via, the other's legtui
        proc.wait(timeout=30)
        found = {path: set_ids_in(path) for path in seeds}
        for path, ids_now in found.items():
            assert ids_now in (before[path], union), f"round {round_no}: {path.name} half merged"
        outcomes.append(tuple(found[path] == union for path in seeds))
        assert "ok: " in ok(cli, "--db", str(laptop), "store", "check")
    assert any(outcome != (True, True) for outcome in outcomes), "no kill landed mid-sync"
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=60)  # it finishes
    assert set_ids_in(laptop) == set_ids_in(other) == union
    assert not list(tmp_path.rglob(".*.tmp-*")), "a killed write's temp file was left behind"


def test_kill_9_during_a_file_sync_leaves_both_sides_whole(
    tmp_path: Path, cli: CliRunner, env: dict[str, str]
) -> None:
    kill_storm(tmp_path, cli, env, "file")


def test_kill_9_during_a_sync_via_leaves_both_sides_whole(
    tmp_path: Path, cli: CliRunner, env: dict[str, str]
) -> None:
    kill_storm(tmp_path, cli, env, "via")


# A stand-in for `ssh gymbox legtui` whose link drops half-way through the push: the other
# side's legtui gets the first half of the merged export, then the end of its input.
DROPPING_LINK = """
import subprocess, sys
db, args = sys.argv[1], sys.argv[2:]
legtui = [sys.executable, "-m", "legtui", "--db", db, *args]
if args[:1] == ["import"]:
    data = sys.stdin.buffer.read()
    done = subprocess.run(legtui, input=data[: len(data) // 2])
    sys.exit(255 if done.returncode == 0 else done.returncode)
sys.exit(subprocess.run(legtui).returncode)
"""


def test_a_link_dropped_during_the_push_leaves_the_other_side_as_it_was(
    tmp_path: Path, cli: CliRunner
) -> None:
    laptop, server = tmp_path / "laptop.json", tmp_path / "server.json"
    ok(cli, "--db", str(laptop), "log", "rdl", "60x10", "--date", DAY)
    ok(cli, "--db", str(server), "log", "hip-thrust", "80x12", "--date", DAY)
    link = tmp_path / "link.py"
    link.write_text(DROPPING_LINK, encoding="utf-8")
    before = server.read_bytes()
    done = cli("--db", str(laptop), "sync", "--via",
               shlex.join([sys.executable, str(link), str(server)]))
    assert done.returncode == 2
    assert "merged here, but" in done.stderr and "the other side is unchanged" in done.stderr
    assert server.read_bytes() == before  # the cut-off export did not parse: nothing written
    assert len(ids(cli, laptop)) == 2  # this side has the merge
    ok(cli, "--db", str(laptop), "sync", "--via", via(server))  # the next sync finishes it
    assert state(cli, laptop) == state(cli, server)
