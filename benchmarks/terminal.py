"""Start to first paint in a real terminal: the program runs in a tmux pane of 80×24, and the
time is from spawning it to the pane showing every marker text of its first screen.

The pane is read with `tmux capture-pane` in a loop (each read is a tmux client, about 2-5 ms
here), so a figure is late by up to one read; both the app and its reference pay that alike.
Only the server (started once, with no configuration and no status line) outlives a run.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from benchmarks.runner import CaseError

SIZE = (80, 24)
TIMEOUT_S = 20.0
POLL_S = 0.002  # between reads, so the reads leave the CPU to the program they time


def available() -> bool:
    return shutil.which("tmux") is not None


class Terminal:
    """A private tmux server holding one idle session of SIZE; each run is a window in it."""

    def __init__(self, socket: str) -> None:
        self.socket = socket
        self.runs = 0

    def tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise CaseError(f"tmux {args[0]}: {done.stderr.strip()}")
        return done.stdout

    def start(self) -> None:
        cols, rows = SIZE
        self.tmux("new-session", "-d", "-s", "hold", "-x", str(cols), "-y", str(rows))
        self.tmux("set-option", "-g", "status", "off")

    def stop(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)

    def first_paint_ms(self, argv: Sequence[str], env: Mapping[str, str | None],
                       markers: Sequence[str]) -> float:
        """Spawn `argv` in a new window (the server's environment with `env` set, or unset where
        None) and wait until every marker is on screen."""
        self.runs += 1
        name = f"run{self.runs}"
        window = f"hold:{name}"
        command = " ".join([
            "env", *(f"-u {k}" for k, v in env.items() if v is None),
            *(f"{k}={shlex.quote(v)}" for k, v in env.items() if v is not None),
            *(shlex.quote(a) for a in argv)])
        start = time.perf_counter()
        self.tmux("new-window", "-d", "-t", "hold:", "-n", name, command)
        try:
            while time.perf_counter() - start < TIMEOUT_S:
                screen = self.tmux("capture-pane", "-p", "-t", window)
                if all(marker in screen for marker in markers):
                    return (time.perf_counter() - start) * 1000
                time.sleep(POLL_S)
            raise CaseError(f"{argv[-1]} never showed {markers} in the terminal")
        finally:
            self.tmux("kill-window", "-t", window)


@contextmanager
def terminal(socket: str) -> Iterator[Terminal]:
    term = Terminal(socket)
    term.start()
    try:
        yield term
    finally:
        term.stop()
