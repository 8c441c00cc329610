"""The CLI imports only the subcommand it runs (start-up cost of `legtui log`, DESIGN §9)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from legtui.cli.main import COMMANDS, build_parser, wanted_commands

ROOT = Path(__file__).resolve().parents[2]


def test_wanted_commands() -> None:
    assert wanted_commands(["log", "rdl", "60x10"]) == ["log"]
    assert wanted_commands(["--db", "log", "history"]) == ["history"]  # a store named `log`
    assert wanted_commands(["--db=x.json", "targets"]) == ["targets"]
    assert wanted_commands([]) == []  # opens the app
    assert wanted_commands(["--help"]) == list(COMMANDS)
    assert wanted_commands(["nope"]) == list(COMMANDS)  # argparse lists the valid names


def test_help_still_lists_every_command() -> None:
    text = build_parser(wanted_commands(["--help"])).format_help()
    assert all(name in text for name in COMMANDS)


def test_log_imports_neither_other_commands_nor_pendulum(tmp_path: Path) -> None:
    code = (
        "import sys; from legtui.cli.main import main; "
        f"main(['--db', {str(tmp_path / 's.json')!r}, 'log', 'rdl', '60x10']); "
        "print(sorted(m for m in sys.modules if m.startswith('legtui.cli.')"
        " or m == 'pendulum'))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"LEGTUI_NOW": "2026-03-02T18:00:00Z", "TZ": "Europe/London",
                               "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.strip().splitlines()[-1]
    assert loaded == "['legtui.cli.common', 'legtui.cli.log', 'legtui.cli.main']"
