"""Child processes timed from spawn: to a marker line on stdout, or to exit; and their peak RSS."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-03-02T18:00:00Z"  # a Monday evening: the frozen clock of every child
CLI = "from legtui.cli.entry import run; raise SystemExit(run())"  # what the console script runs


class CaseError(Exception):
    """A child process failed: the case is reported as failed, the suite goes on."""


@dataclass(frozen=True, slots=True)
class ChildRun:
    ms: float  # spawn to the marker line, or to exit without a marker
    max_rss_kb: int  # the child's peak resident set
    lines: tuple[str, ...]  # its stdout
    cpu_ms: float = 0.0  # its user + system time (the machine's load disturbs it less than wall)


def child_env(workdir: Path, **extra: str) -> dict[str, str]:
    """The parent's environment with this checkout importable, a frozen clock and no user data."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env["LEGTUI_NOW"] = NOW
    env["XDG_DATA_HOME"] = str(workdir / "xdg-data")
    env.update(extra)
    return env


def installed_env(workdir: Path, **extra: str) -> dict[str, str]:
    """`child_env` without this checkout on the path: for an installed copy of legtui."""
    env = child_env(workdir, **extra)
    env.pop("PYTHONPATH")
    if os.environ.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return env


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def legtui_cli(*args: str) -> list[str]:
    """`legtui ARGS...` as the installed console script runs it."""
    return python("-c", CLI, *args)


def run_child(argv: Sequence[str], env: Mapping[str, str], marker: str | None = None) -> ChildRun:
    """Spawn, time to `marker` on stdout (or to exit), wait, and read the child's rusage."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=errors, env=dict(env),
                                text=True, cwd=ROOT)
        assert proc.stdout is not None
        lines: list[str] = []
        marked: float | None = None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if marked is None and marker is not None and line.strip() == marker:
                marked = time.perf_counter()
        _, status, usage = os.wait4(proc.pid, 0)
        ended = time.perf_counter()
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        if proc.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip().splitlines()[-3:]
            raise CaseError(f"{' '.join(argv[-3:])} exited {proc.returncode}: {' / '.join(tail)}")
    if marker is not None and marked is None:
        raise CaseError(f"the child never printed {marker!r}")
    return ChildRun(((marked or ended) - start) * 1000, usage.ru_maxrss, tuple(lines),
                    (usage.ru_utime + usage.ru_stime) * 1000)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
