"""Child process: start an app headless at 80×24, print `painted` at its first paint, exit.

Run as a script (`python benchmarks/probe.py app|minimal [progression]`) so the parent times the
whole process, interpreter start included. With `app` it builds `legtui.app.LegtuiApp` on the
store in `$LEGTUI_DB`; with `minimal` the reference: Header, Static and Footer, nothing else.
With `progression` it then presses `p` and prints the milliseconds from the key to the
Progression screen painted.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from typing import Any

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Footer, Header, Static

SIZE = (80, 24)
PROGRESSION_MODULE = "legtui.screens.progression"
KEY_TIMEOUT_S = 10.0


class MinimalApp(App[None]):
    """The reference of the start-up and memory lines."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("minimal")
        yield Footer()


def legtui_app() -> App[Any]:
    """LegtuiApp on the store in $LEGTUI_DB, opened as `legtui` opens it."""
    from legtui.app import LegtuiApp
    from legtui.store import Store

    return LegtuiApp(Store(os.environ["LEGTUI_DB"]))


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def painted(app: App[Any]) -> None:
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()


async def press_progression(pilot: Pilot[Any]) -> float:
    """Milliseconds from pressing `p` to the Progression screen painted."""
    start = time.perf_counter()
    await pilot.press("p")
    deadline = start + KEY_TIMEOUT_S
    while type(pilot.app.screen).__module__ != PROGRESSION_MODULE:
        if time.perf_counter() > deadline:
            raise TimeoutError("`p` did not open the Progression screen")
        await asyncio.sleep(0)
    await painted(pilot.app)
    return (time.perf_counter() - start) * 1000


def main(argv: list[str]) -> int:
    which = argv[0]
    app = MinimalApp() if which == "minimal" else legtui_app()
    then_progression = "progression" in argv[1:]

    async def autopilot(pilot: Pilot[Any]) -> None:
        await painted(pilot.app)
        report("painted")
        if then_progression:
            report(f"progression_ms {await press_progression(pilot):.3f}")
        pilot.app.exit()

    app.run(headless=True, size=SIZE, auto_pilot=autopilot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
