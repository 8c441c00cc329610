"""Safety point 2: two processes writing at once lose nothing and never reuse an id."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

PER_WRITER = 200

# Waits for a line on stdin so both start together, then logs sets one write at a time onto the
# same three days (so both processes keep changing the same documents).
WRITER = """
import sys
from legtui.core.model import SetEntry
from legtui.store import Store, new_set_id

store = Store(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
for n in range(int(sys.argv[2])):
    entry = SetEntry(new_set_id(), "hip-thrust", 100, "kg", 10, "2024-03-01T10:00:00.000000Z")
    store.log_set(f"2024-03-0{1 + n % 3}", entry)
    print(entry.id, flush=True)
"""


def sets_in(db: Path) -> list[dict[str, object]]:
    data = orjson.loads(db.read_bytes())
    return [s for doc in data["sessions"].values() for s in doc["sets"]]


def test_two_processes_each_logging_200_sets_keep_all_400(
    tmp_path: Path, env: dict[str, str]
) -> None:
    db = tmp_path / "legtui.json"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(PER_WRITER)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    for w in writers:
        assert w.stdout is not None
        assert w.stdout.readline() == b"ready\n"
    for w in writers:
        assert w.stdin is not None
        w.stdin.write(b"go\n")
        w.stdin.flush()
    acked: list[str] = []
    for w in writers:
        out, _ = w.communicate(timeout=120)
        assert w.returncode == 0
        acked += out.decode().split()

    ids = [str(s["id"]) for s in sets_in(db)]
    assert len(acked) == 2 * PER_WRITER
    assert len(ids) == 2 * PER_WRITER
    assert len(set(ids)) == len(ids)
    assert set(ids) == set(acked)


def test_two_cli_loops_at_once_lose_no_set(tmp_path: Path, env: dict[str, str]) -> None:
    db = tmp_path / "legtui.json"
    runs = 10
    loop = (
        "import sys\n"
        "import subprocess\n"
        f"for n in range({runs}):\n"
        "    subprocess.run([sys.executable, '-m', 'legtui', '--db', sys.argv[1], 'log', "
        "sys.argv[2], '60x10x2', '--date', '2024-03-01'], check=True, capture_output=True)\n"
    )
    loops = [
        subprocess.Popen([sys.executable, "-c", loop, str(db), name], env=env)
        for name in ("rdl", "glute-bridge")
    ]
    for p in loops:
        assert p.wait(timeout=120) == 0

    sets = sets_in(db)
    assert len(sets) == 2 * runs * 2
    assert len({s["id"] for s in sets}) == len(sets)
    assert sorted({str(s["exercise"]) for s in sets}) == ["glute-bridge", "rdl"]
