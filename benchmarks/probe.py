"""Child process: start an app headless at 80×24, print `painted` at its first paint, exit.

Run as a script (`python benchmarks/probe.py app|minimal [progression]`) so the parent times the
whole process, interpreter start included. With `app` it builds `legtui.tui.app.LegtuiApp` on the
store in `$LEGTUI_DB`; with `minimal` the reference: Header, Static and Footer, nothing else.
With `progression` it then presses `p` and prints the milliseconds from the key to the
Progression screen painted.

How the key is timed: the probe first waits as a person would before a key (a second on Today,
then until the process is idle: the app prepares Progression in a thread after Today's first
paint, and a person reading Today gives it that time), then posts the key event itself
(`app.post_message`, no Pilot) and stops the clock when the app hands over the first frame of the
new screen (title, chart and table drawn; Textual's Footer fills its keys in a later frame, on
every screen alike). It does not use `Pilot.press`, which returns only once the whole process has
gone idle (20 ms sleeps until the CPU rests, twice, plus animations), nor `call_after_refresh`,
whose callback ran 40-100 ms after that first frame: together they added 150-250 ms to every
figure (a minimal screen switch: about 280 ms through them, 35 ms to its first frame).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from typing import Any

from textual import events
from textual.app import App
from textual.pilot import Pilot

from benchmarks.minimal_app import MinimalApp

SIZE = (80, 24)
PROGRESSION_MODULE = "legtui.tui.screens.progression"
KEY_TIMEOUT_S = 10.0
READ_TODAY_S = 1.0  # a person looks at Today before pressing a key
IDLE_WINDOW_S = 0.05  # idle: under IDLE_CPU_S of CPU time (all threads) in this much wall time
IDLE_CPU_S = 0.005
IDLE_TIMEOUT_S = 10.0


def legtui_app() -> App[Any]:
    """LegtuiApp on the store in $LEGTUI_DB, opened as `legtui` opens it."""
    from legtui.store import Store
    from legtui.tui.app import LegtuiApp

    return LegtuiApp(Store(os.environ["LEGTUI_DB"]))


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def painted(app: App[Any]) -> None:
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()


async def settled() -> None:
    """Until the process (every thread of it) has stopped working, at most IDLE_TIMEOUT_S."""
    deadline = time.perf_counter() + IDLE_TIMEOUT_S
    while time.perf_counter() < deadline:
        cpu = time.process_time()
        await asyncio.sleep(IDLE_WINDOW_S)
        if time.process_time() - cpu < IDLE_CPU_S:
            return


class FirstFrame:
    """When the app first hands the terminal a frame of a screen from `module`: wraps
    `App._display`, the one place a frame leaves the compositor (Textual-internal; there is no
    public hook, and `call_after_refresh` callbacks run tens of ms after that frame)."""

    def __init__(self, app: App[Any], module: str) -> None:
        self.at: float | None = None
        self.seen = asyncio.Event()
        display = getattr(app, "_display", None)
        if display is None:
            raise RuntimeError("this Textual has no App._display: FirstFrame needs another hook")

        def timed(screen: Any, update: Any) -> None:
            display(screen, update)
            if update is not None and self.at is None and type(screen).__module__ == module:
                self.at = time.perf_counter()
                self.seen.set()

        app._display = timed  # type: ignore[method-assign,assignment]


async def press_progression(app: App[Any]) -> float:
    """Milliseconds from the key `p` to the first frame of the Progression screen."""
    await asyncio.sleep(READ_TODAY_S)
    await settled()
    frame = FirstFrame(app, PROGRESSION_MODULE)
    start = time.perf_counter()
    app.post_message(events.Key("p", "p"))
    try:
        await asyncio.wait_for(frame.seen.wait(), KEY_TIMEOUT_S)
    except TimeoutError:
        raise TimeoutError("`p` did not open the Progression screen") from None
    assert frame.at is not None
    return (frame.at - start) * 1000


def main(argv: list[str]) -> int:
    which = argv[0]
    app = MinimalApp() if which == "minimal" else legtui_app()
    then_progression = "progression" in argv[1:]

    async def autopilot(pilot: Pilot[Any]) -> None:
        await painted(pilot.app)
        report("painted")
        if then_progression:
            report(f"progression_ms {await press_progression(pilot.app):.3f}")
        pilot.app.exit()

    app.run(headless=True, size=SIZE, auto_pilot=autopilot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
