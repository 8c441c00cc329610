"""The console script's entry: a command runs with the cyclic GC paused and ends with what is left
frozen (a quicker start and exit); the app gets its collector back before it opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

COMMAND = """
import gc, sys
from legtui.cli.entry import run
sys.argv = ["legtui", "--db", sys.argv[1], "log", "rdl", "60x10"]
status = run()
print(status, gc.isenabled(), gc.get_freeze_count() > 0)
"""

APP = """
import gc, sys
import legtui.tui.app
legtui.tui.app.run_app = lambda db: print("app", gc.isenabled()) or 0
from legtui.cli.entry import run
sys.argv = ["legtui", "--db", sys.argv[1]]
print(run())
"""


def python(code: str, store: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code, str(store)], cwd=ROOT, capture_output=True,
                          text=True, env={"LEGTUI_NOW": "2026-03-02T18:00:00Z", "TZ": "UTC",
                                          "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


def test_a_command_runs_without_the_collector_and_ends_frozen(tmp_path: Path) -> None:
    out = python(COMMAND, tmp_path / "s.json")
    assert out[0].startswith("logged 1 set of Romanian deadlift")
    assert out[-1] == "0 False True"


def test_the_app_keeps_its_collector(tmp_path: Path) -> None:
    assert python(APP, tmp_path / "s.json") == ["app True", "0"]


def test_python_dash_m_runs_the_same_entry(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "legtui", "--db", str(tmp_path / "s.json"), "log",
                           "rdl", "60x10"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("logged 1 set of Romanian deadlift")
