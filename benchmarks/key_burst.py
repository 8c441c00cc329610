"""A burst of keys into a bare Textual Input on a real pseudo-terminal (docs/key-bursts.md).

    python -m benchmarks.key_burst [--bursts N]

Starts this file as a one-field Textual app (`--field plain`: Textual's Input; `--field ordered`:
legtui's OrderedInput) on a pty, writes `ctrl+u 2 3 x 8 enter` to it in one write, as a laggy
SSH link delivers them, N times, and counts what the field submitted. Textual's Input submits ''
or '20x8' (its ctrl+u and enter run after the characters that followed them); OrderedInput
submits '23x8' every time.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections import Counter
from pathlib import Path

BURST = b"\x1523x8\r"  # ctrl+u, 2, 3, x, 8, enter
PREFILL = "20x8"


def field_app(kind: str, out: Path) -> None:
    """The app under test: one field prefilled with 20x8; each submission is appended to `out`
    and the field is prefilled again."""
    from textual.app import App, ComposeResult
    from textual.widgets import Input

    from legtui.tui.widgets.ordered_input import OrderedInput

    field = OrderedInput if kind == "ordered" else Input

    class OneField(App[None]):
        def compose(self) -> ComposeResult:
            yield field(value=PREFILL)

        def on_input_submitted(self, event: Input.Submitted) -> None:
            with out.open("a", encoding="utf-8") as handle:
                handle.write(repr(event.value) + "\n")
            event.input.value = PREFILL
            event.input.cursor_position = len(PREFILL)

    OneField().run()


def _drain(master: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                os.read(master, 65536)
            except OSError:
                return


def run(kind: str, bursts: int) -> Counter[str]:
    """Submissions of `bursts` bursts into the `kind` field, counted."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "submitted.txt"
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        child = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.key_burst", "--field", kind, "--out", str(out)],
            stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
            env={**os.environ, "TERM": "xterm-256color"},
        )
        os.close(slave)
        try:
            _drain(master, 3.0)  # the app starts
            for _ in range(bursts):
                os.write(master, BURST)
                _drain(master, 0.3)
            _drain(master, 1.0)
        finally:
            child.kill()
            child.wait()
            os.close(master)
        lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
        return Counter(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.key_burst", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bursts", type=int, default=20)
    parser.add_argument("--field", choices=("plain", "ordered"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.field and args.out:
        field_app(args.field, args.out)
        return 0
    for kind in ("plain", "ordered"):
        counts = run(kind, args.bursts)
        shown = ", ".join(f"{value} × {n}" for value, n in counts.most_common())
        print(f"{kind:>8}: {shown or 'nothing submitted'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
