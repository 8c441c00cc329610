"""Safety point 1 and 7: a writer killed with SIGKILL at random moments never tears the file,
never loses a set whose write returned, and its stray temp files are cleaned at the next open."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson

from legtui.core.model import Profile
from legtui.store import Store

KILLS = 60

# Logs sets in a loop through the Store API; a set id is printed only after log_set returned.
WRITER = """
import sys
from legtui.core.model import CheckIn, SetEntry
from legtui.store import Store, new_set_id

store = Store(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    day = f"2024-01-{1 + n % 28:02d}"
    entry = SetEntry(new_set_id(), "rdl", 60 + n % 7, "kg", 8, "2024-01-01T10:00:00.000000Z")
    store.log_set(day, entry)
    print(entry.id, flush=True)
    if n % 5 == 0:
        store.put_checkin(CheckIn(date=day, weight=80 - n % 3))
    n += 1
"""


# The same through `legtui log`'s quick path (`legtui.cli.quicklog` over `legtui.store.append`),
# which writes without the Store: a set id is printed only after quick_log returned 0.
QUICK_WRITER = """
import contextlib, io, sys
import legtui.services.typed_sets as typed_sets
from legtui.cli.quicklog import quick_log
from legtui.store import new_set_id

made = []
typed_sets.new_set_id = lambda: made.append(new_set_id()) or made[-1]
print("ready", flush=True)
n = 0
while True:
    argv = ["--db", sys.argv[1], "log", "hip-thrust", f"{80 + n % 5}x8", "--date",
            f"2024-01-{1 + n % 28:02d}"]
    with contextlib.redirect_stdout(io.StringIO()):
        status = quick_log(argv)
    if status != 0:
        sys.exit(f"the quick path did not log: {status}")
    print(made[-1], flush=True)
    n += 1
"""


def stray_temps(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*.tmp-*") if p.is_file()]


def set_ids_in(db: Path) -> set[str]:
    data = orjson.loads(db.read_bytes())  # raises if the file is torn
    assert isinstance(data, dict)
    return {s["id"] for doc in data.get("sessions", {}).values() for s in doc["sets"]}


def acknowledged(stdout: bytes) -> list[str]:
    """Whole lines only: a line cut by the kill was never acknowledged."""
    lines = stdout.split(b"\n")[:-1]
    return [line.decode() for line in lines if line != b"ready"]


def test_sigkill_storm_keeps_every_acknowledged_set(tmp_path: Path, env: dict[str, str]) -> None:
    db = tmp_path / "store" / "legtui.json"
    rng = random.Random(20240101)
    acked: list[str] = []
    kills_with_temp_left = 0
    for round_no in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db)], env=env, stdout=subprocess.PIPE
        )
        assert writer.stdout is not None
        if round_no % 4 == 0:
            time.sleep(rng.uniform(0.0, 0.15))  # any moment, opening included
        else:
            assert writer.stdout.readline() == b"ready\n"
            time.sleep(rng.uniform(0.0, 0.04))  # somewhere in the write loop
        os.kill(writer.pid, signal.SIGKILL)
        out, _ = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL
        acked += acknowledged(out)
        if db.exists():
            on_disk = set_ids_in(db)
            missing = [i for i in acked if i not in on_disk]
            assert not missing, f"round {round_no}: acknowledged sets lost: {missing}"
        kills_with_temp_left += bool(stray_temps(db.parent))

    assert acked, "the writer never got a set saved; the storm tested nothing"
    assert len(set(acked)) == len(acked)

    Store(db)  # the next open cleans what the kills left behind
    assert stray_temps(db.parent) == []
    assert set(acked) <= set_ids_in(db)


def test_sigkill_storm_on_a_store_and_a_quick_log_writer_at_once(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """Both writers at once on one store, both killed at random moments: the flock orders them,
    and neither a kill nor the other writer loses a set whose write returned."""
    db = tmp_path / "store" / "legtui.json"
    db.parent.mkdir()
    Store(db).set_profile(Profile(timezone="UTC"))  # the quick path writes to a store with one
    rng = random.Random(20240102)
    acked: dict[str, list[str]] = {"store": [], "quick": []}
    for round_no in range(KILLS // 2):
        writers = {name: subprocess.Popen([sys.executable, "-c", script, str(db)], env=env,
                                          stdout=subprocess.PIPE)
                   for name, script in (("store", WRITER), ("quick", QUICK_WRITER))}
        for writer in writers.values():
            assert writer.stdout is not None
            assert writer.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.3))
        for name, writer in writers.items():
            os.kill(writer.pid, signal.SIGKILL)
            out, _ = writer.communicate(timeout=30)
            assert writer.returncode == -signal.SIGKILL, f"round {round_no}: {name} ended itself"
            acked[name] += acknowledged(out)
        on_disk = set_ids_in(db)
        missing = [i for ids in acked.values() for i in ids if i not in on_disk]
        assert not missing, f"round {round_no}: acknowledged sets lost: {missing}"

    assert acked["store"] and acked["quick"], "a writer never got a set saved"
    Store(db)  # the next open cleans what the kills left behind
    assert stray_temps(db.parent) == []
