"""The references each budget line is a ratio against, measured in the same run."""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from benchmarks.data import SQLITE_INSERT
from benchmarks.runner import ROOT, python
from legtui.store import new_set_id

PROBE = str(ROOT / "benchmarks" / "probe.py")

# A stdlib script that opens a sqlite3 file and inserts one set durably (argv[1]: the file). The
# row's id is random, as a set's is (os.urandom: `os` is loaded at every interpreter start).
SQLITE_SCRIPT = f"""
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA synchronous=FULL")
db.execute({SQLITE_INSERT!r}, (os.urandom(8).hex(), "2026-03-02", "rdl", 60.0, "kg", 10,
                              None, "working", "2026-03-02T18:00:00.000000Z", None))
db.commit()
db.close()
"""


def minimal_app() -> list[str]:
    """The minimal Textual app (Header, Static, Footer), started like the real one."""
    return python(PROBE, "minimal")


def sqlite_script(path: Path, interpreter: str = sys.executable) -> list[str]:
    return [interpreter, "-c", SQLITE_SCRIPT, str(path)]


class SqliteInsert:
    """stdlib sqlite3: one row inserted and committed, synchronous=FULL, default journal."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA synchronous=FULL")

    def timed_insert(self) -> float:
        row = (new_set_id(), "2026-03-02", "rdl", 60.0, "kg", 10, None, "working",
               "2026-03-02T18:00:00.000000Z", None)
        start = time.perf_counter()
        self.db.execute(SQLITE_INSERT, row)
        self.db.commit()
        return (time.perf_counter() - start) * 1000

    def close(self) -> None:
        self.db.close()
