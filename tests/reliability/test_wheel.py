"""A built wheel carries the .tcss files, and the app started from another folder finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STYLES = sorted(p.name for p in (ROOT / "styles").glob("*.tcss"))

PROBE = """
import asyncio, sys
from pathlib import Path
from legtui.tui.app import LegtuiApp
from legtui.paths import styles_dir
from legtui.store import Store

async def main() -> None:
    app = LegtuiApp(Store(Path(sys.argv[1])))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(styles_dir())
        print(type(app.screen).__name__)

asyncio.run(main())
"""


def test_the_wheel_ships_the_styles_and_the_app_finds_them(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(tmp_path / "dist")],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("legtui-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    assert STYLES and {f"legtui/styles/{name}" for name in STYLES} <= names

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site"), "LEGTUI_NOW": "2026-11-25T10:00Z"}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "store.json")],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=False, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    found, screen = run.stdout.split()
    assert Path(found) == tmp_path / "site" / "legtui" / "styles"
    assert screen == "TodayScreen"
