"""Safety point 2: two processes writing at once lose nothing and never reuse an id."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from legtui.core.model import Profile
from legtui.store import Store

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


# The same, through `legtui log`'s quick path (`legtui.cli.quicklog`, which writes through
# `legtui.store.append` without the Store), printing each set id once its write returned.
QUICK_WRITER = """
import contextlib, io, sys
import legtui.services.typed_sets as typed_sets
from legtui.cli.quicklog import quick_log
from legtui.store import new_set_id

made = []
typed_sets.new_set_id = lambda: made.append(new_set_id()) or made[-1]
print("ready", flush=True)
sys.stdin.readline()
for n in range(int(sys.argv[2])):
    argv = ["--db", sys.argv[1], "log", "glute-bridge", "100x10", "--date", f"2024-03-0{1 + n % 3}"]
    with contextlib.redirect_stdout(io.StringIO()):
        status = quick_log(argv)
    if status != 0:
        sys.exit(f"the quick path did not log: {status}")
    print(made[-1], flush=True)
"""


def sets_in(db: Path) -> list[dict[str, object]]:
    data = orjson.loads(db.read_bytes())
    return [s for doc in data["sessions"].values() for s in doc["sets"]]


def with_profile(db: Path) -> Path:
    """A store with a profile (the quick path writes to a store that has one)."""
    Store(db).set_profile(Profile(timezone="UTC"))
    return db


@pytest.mark.parametrize("scripts", [(WRITER, WRITER), (WRITER, QUICK_WRITER)],
                         ids=["store-and-store", "store-and-quick-log"])
def test_two_processes_each_logging_200_sets_keep_all_400(
    tmp_path: Path, env: dict[str, str], scripts: tuple[str, str]
) -> None:
    db = with_profile(tmp_path / "legtui.json")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(db), str(PER_WRITER)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        for script in scripts
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
    """`python -m legtui log`: on a store with a profile, the quick path."""
    db = with_profile(tmp_path / "legtui.json")
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
