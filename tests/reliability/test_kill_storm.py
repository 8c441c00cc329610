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
