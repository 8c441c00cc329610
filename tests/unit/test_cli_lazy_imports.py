"""The CLI imports only the subcommand it runs, and the quick shell commands only what they need
(the whole-process cost of `legtui log`: docs/benchmarks.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert loaded == str(["legtui.cli.basics", "legtui.cli.common", "legtui.cli.log",
                          "legtui.cli.logsets", "legtui.cli.main"])


# Loaded by none of the quick shell commands: the app, the importers, the other use cases, the
# libraries only the app or an import needs (pendulum: only for a zone the system cannot name;
# platformdirs: only for a data dir it must work out, see legtui.paths), and standard modules
# that load slowly.
NEVER = ("legtui.tui", "legtui.transfer", "legtui.services.progress", "legtui.services.demo",
         "textual", "rich", "plotext", "pendulum", "platformdirs", "secrets", "tempfile",
         "random", "csv")
QUICK_COMMANDS = {
    "log": (["log", "rdl", "60x10"], ("legtui.core.overload", "legtui.core.loads",
                                     "legtui.services.gym")),
    "checkin": (["checkin", "--weight", "70.5"], ("legtui.core.overload", "legtui.services",
                                                  "legtui.core.setspec")),
    "suggest": (["suggest", "rdl"], ("legtui.services", "legtui.core.setspec")),
}


@pytest.mark.parametrize("command", sorted(QUICK_COMMANDS))
def test_quick_commands_load_only_what_they_need(command: str, tmp_path: Path) -> None:
    argv, not_needed = QUICK_COMMANDS[command]
    code = (
        "import sys; from legtui.cli.main import main; "
        f"status = main(['--db', {str(tmp_path / 's.json')!r}, *{argv!r}]); "
        "print(status, sorted(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"LEGTUI_NOW": "2026-03-02T18:00:00Z", "TZ": "Europe/London",
                               "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 0, done.stderr
    status, _, modules = done.stdout.strip().splitlines()[-1].partition(" ")
    assert status == "0"
    loaded = ast.literal_eval(modules)
    assert "legtui.store.repository" in loaded  # it did its work
    for prefix in (*NEVER, *not_needed):
        assert not [m for m in loaded if m == prefix or m.startswith(prefix + ".")], prefix


# What the quick path of `legtui log` leaves out (docs/benchmarks.md, "`legtui log`"): their
# imports were most of the command's time. A module added to its path that loads one of them
# fails this test.
QUICK_LOG_NEVER = ("argparse", "tinydb", "orjson", "dataclasses", "inspect", "typing",
                   "legtui.core.model", "legtui.core.catalog", "legtui.store.repository",
                   "legtui.store.storage", "legtui.store.layout", "legtui.cli.main")


def test_the_quick_log_path_loads_none_of_the_stack(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    made = subprocess.run([sys.executable, "-m", "legtui", "--db", str(db), "profile",
                           "--timezone", "UTC"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert made.returncode == 0, made.stderr
    code = (
        "import sys; from legtui.cli.entry import run; "
        f"sys.argv = ['legtui', '--db', {str(db)!r}, 'log', 'rdl', '60x10']; "
        "status = run(); print(status, sorted(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"LEGTUI_NOW": "2026-03-02T18:00:00Z", "PATH": "/usr/bin:/bin"},
                          timeout=60)
    assert done.returncode == 0, done.stderr
    status, _, modules = done.stdout.strip().splitlines()[-1].partition(" ")
    loaded = ast.literal_eval(modules)
    assert status == "0" and "legtui.store.append" in loaded  # the quick path did the work
    assert [m for m in QUICK_LOG_NEVER if m in loaded] == []
