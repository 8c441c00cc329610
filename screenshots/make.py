"""Regenerate the README's screenshots: `python screenshots/make.py`.

A `legtui demo` store (2 years, seed 7) with the clock frozen on a Wednesday morning, so anyone
gets the same pictures. Every screen at 80×24; Today, Log sets and Check-in also at 48×20.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from legtui.core.clock import fixed
from legtui.services.demo import fill
from legtui.store import Store
from legtui.tui.app import LegtuiApp

HERE = Path(__file__).resolve().parent
FROZEN = "2026-11-25T08:30:00Z"
TODAY = fixed(FROZEN).today()


@dataclass(frozen=True)
class Shot:
    name: str
    keys: tuple[str, ...]
    sizes: tuple[tuple[int, int], ...]


PHONE, LAPTOP = (48, 20), (80, 24)
SHOTS = (
    Shot("today", (), (LAPTOP, PHONE)),
    Shot("log-sets", ("enter", "enter", "enter"), (LAPTOP, PHONE)),
    Shot("progression", ("p",), (LAPTOP,)),
    Shot("history", ("h",), (LAPTOP,)),
    Shot("checkin", ("c",), (LAPTOP, PHONE)),
    Shot("week", ("c", "ctrl+y"), (LAPTOP,)),
    Shot("setup", ("s",), (LAPTOP,)),
    Shot("help", ("question_mark",), (LAPTOP,)),
)


def now() -> datetime:
    return fixed(FROZEN).now()


def demo_store(folder: Path) -> Store:
    store = Store(folder / "legtui.json")
    fill(store, 2, 7, TODAY)
    return store


async def take(store: Store, shot: Shot, size: tuple[int, int], out: Path) -> None:
    app = LegtuiApp(store, now_fn=now, monotonic=lambda: 1000.0)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for key in shot.keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause(0.3)
        app.save_screenshot(filename=out.name, path=str(out.parent))


async def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for shot in SHOTS:
            for width, height in shot.sizes:
                store = demo_store(Path(tmp) / f"{shot.name}-{width}")
                out = target / f"{shot.name}-{width}x{height}.svg"
                await take(store, shot, (width, height), out)
                print(f"wrote {out.relative_to(target.parent)}")


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
