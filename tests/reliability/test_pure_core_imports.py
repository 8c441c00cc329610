"""The pure core and every CLI subcommand never load Textual, directly or indirectly: each
module is imported in a fresh interpreter and `textual` must not be in sys.modules."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import legtui

# Everything outside the UI layer must work without Textual; the layout says which that is, so a
# module added to any other layer is checked the day it is added.
UI = "legtui.tui"
NOT_IMPORTABLE = ("legtui.__main__",)  # runs the CLI when imported

MUST_BE_CHECKED = (
    "legtui.core.model", "legtui.core.catalog", "legtui.core.clock", "legtui.core.setspec",
    "legtui.core.stats", "legtui.store", "legtui.store.repository", "legtui.services.demo",
    "legtui.cli.main", "legtui.paths", "legtui.cli.log", "legtui.cli.history",
    "legtui.cli.store_cmd",
)


PROBE = """
import importlib, sys
importlib.import_module(sys.argv[1])
loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print(" ".join(loaded[:3]))
"""


def pure_modules() -> list[str]:
    found = [m.name for m in pkgutil.walk_packages(legtui.__path__, "legtui.")]
    return sorted(
        name for name in ["legtui", *found]
        if name not in NOT_IMPORTABLE
        and not (name == UI or name.startswith(UI + "."))
    )


def textual_loaded_by(module: str, env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, module], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, f"{module} does not import: {done.stderr}"
    return done.stdout.strip()


def test_the_walk_finds_the_core() -> None:
    modules = pure_modules()
    assert set(MUST_BE_CHECKED) <= set(modules)
    commands = [m for m in modules if m.startswith("legtui.cli.")]
    assert len(commands) >= 5


def test_no_pure_module_loads_textual(env: dict[str, str]) -> None:
    modules = pure_modules()
    with ThreadPoolExecutor(max_workers=4) as pool:
        loaded = dict(zip(modules, pool.map(lambda m: textual_loaded_by(m, env), modules),
                          strict=True))
    offenders = {m: found for m, found in loaded.items() if found}
    assert offenders == {}


def test_the_ui_modules_are_the_ones_that_do(env: dict[str, str]) -> None:
    """The probe can fail: the app itself does load Textual."""
    assert textual_loaded_by("legtui.tui.app", env)


LOG_AND_HISTORY = """
import sys
from legtui.cli.main import main
db = sys.argv[1]
assert main(["--db", db, "log", "rdl", "60x10", "w40x8"]) == 0
assert main(["--db", db, "history"]) == 0
assert main(["--db", db, "history", "rdl", "--json"]) == 0
assert main(["--db", db, "store", "check"]) == 0
assert "textual" not in sys.modules, "the CLI loaded textual"
"""


def test_log_and_history_run_without_textual(tmp_path: Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOG_AND_HISTORY, str(tmp_path / "legtui.json")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "60kgx10" in done.stdout
