"""The rest alert as the terminal receives it: legtui runs in a pseudo-terminal with a 3-second
rest, one set is logged, and the bytes it writes must hold the bell, OSC 9 and OSC 777 (wrapped in
tmux's passthrough when $TMUX is set)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.reliability.conftest import CliRunner, child_env

BODY = "rest over — Romanian deadlift, set 2"
OSC9 = f"\x1b]9;legtui: {BODY}\x07".encode()
OSC777 = f"\x1b]777;notify;legtui;{BODY}\x07".encode()


def tmux_wrapped(sequence: bytes) -> bytes:
    return b"\x1bPtmux;" + sequence.replace(b"\x1b", b"\x1b\x1b") + b"\x1b\\"


class Terminal:
    """A child process on a pty, 80x24, with everything it wrote kept."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
            start_new_session=True,
        )
        os.close(slave)
        self.output = b""

    def read_until(self, wanted: bytes, seconds: float = 30.0) -> bool:
        deadline = time.monotonic() + seconds
        while wanted not in self.output and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:
                    break
        return wanted in self.output

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        os.close(self.master)


@pytest.mark.parametrize("in_tmux", [False, True])
def test_rest_over_sends_the_bell_and_both_notifications(
    tmp_path: Path, cli: CliRunner, in_tmux: bool
) -> None:
    db = str(tmp_path / "store.json")
    assert cli("--db", db, "profile", "--exercise", "rdl", "--rest", "3").returncode == 0
    env = child_env(tmp_path, TERM="xterm-256color", LEGTUI_NOW="2026-11-25T10:00:00Z",
                    XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("TMUX", None)
    if in_tmux:
        env["TMUX"] = "/tmp/tmux-1000/default,1234,0"
    term = Terminal([sys.executable, "-m", "legtui", "--db", db], env)
    try:
        assert term.read_until(b"Romanian"), term.output[-2000:]
        term.send(b"\r")  # Log sets for the Romanian deadlift
        assert term.read_until(b"plan:"), term.output[-2000:]
        term.send(b"\r")  # log the prefilled set: a 3-second rest starts
        expected = [OSC9, OSC777]
        if in_tmux:
            expected = [tmux_wrapped(s) for s in expected]
        assert term.read_until(expected[-1]), term.output[-2000:]
        assert b"\x07" + expected[0] + expected[1] in term.output  # the bell, then both
        if not in_tmux:
            assert b"\x1bPtmux;" not in term.output
    finally:
        term.close()
