"""Syncing from the app: "Sync now" in the palette when a target is set, and the opt-in sync on
start and on quit."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from legtui.core.model import SetEntry
from legtui.core.sync_target import SyncTarget
from legtui.services.sync import sync_file
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.today import TodayScreen
from legtui.tui.sync import syncing

DAY = "2026-11-24"


def other_device(tmp_path: Path) -> Path:
    """A sync file another device wrote, with one set this store does not have."""
    other = Store(tmp_path / "other" / "legtui.json")
    other.log_sets(DAY, [SetEntry("from-the-server", "rdl", 70, "kg", 8,
                                  "2026-11-24T18:00:00.000000Z")])
    shared = tmp_path / "shared.json"
    sync_file(other, shared)
    return shared


def set_ids(store: Store) -> list[str]:
    return [s.id for session in store.sessions() for s in session.sets]


def recording(app: LegtuiApp) -> list[str]:
    """The app's notifications' texts, as they are made."""
    said: list[str] = []
    notify = app.notify

    def record(message: str, **kwargs: Any) -> None:
        said.append(message)
        notify(message, **kwargs)

    app.notify = record
    return said


async def palette_names(pilot: Pilot[Any], query: str) -> list[str]:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    await pilot.pause(0.3)
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    found = palette.query_one(CommandList)
    return [str(found.get_option_at_index(i).prompt).split("\n")[0]
            for i in range(found.option_count)]


async def test_no_target_no_sync_now(make_app: Callable[[], LegtuiApp]) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        assert not any("Sync now" in name for name in await palette_names(pilot, "sync"))


async def test_sync_now_merges_the_file_and_says_what_changed(
    make_app: Callable[[], LegtuiApp], store_path: Path, tmp_path: Path
) -> None:
    shared = other_device(tmp_path)
    Store(store_path).set_sync(SyncTarget(file=str(shared)))
    app = make_app()
    said = recording(app)
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        assert any("Sync now" in name for name in await palette_names(pilot, "sync now"))
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert set_ids(app.store) == ["from-the-server"]
        assert "Here: 1 set added.\nThe file: no change." in said
        assert isinstance(app.screen, TodayScreen)


async def test_a_failed_sync_is_one_notification_and_nothing_changes(
    make_app: Callable[[], LegtuiApp], store_path: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "shared.json"
    broken.write_bytes(b"{[not a sync file")
    Store(store_path).set_sync(SyncTarget(file=str(broken)))
    app = make_app()
    said = recording(app)
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        await palette_names(pilot, "sync now")
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        (failed,) = [text for text in said if text.startswith("Sync failed:")]
        assert "left untouched" in failed
        assert broken.read_bytes() == b"{[not a sync file"


async def test_auto_sync_runs_after_start_and_before_quitting(
    make_app: Callable[[], LegtuiApp], store_path: Path, tmp_path: Path
) -> None:
    shared = other_device(tmp_path)
    Store(store_path).set_sync(SyncTarget(file=str(shared), auto=True))
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert set_ids(app.store) == ["from-the-server"]
        await pilot.press("enter", "enter")  # log today's first set, then quit
        await pilot.pause()
        await pilot.press("escape", "q")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 0
    other = Store(tmp_path / "other" / "legtui.json")
    sync_file(other, shared)
    assert len(set_ids(other)) == 2  # the set logged before quitting reached the file


async def test_quitting_while_the_sync_hangs_stops_it_and_quits(
    make_app: Callable[[], LegtuiApp], store_path: Path, tmp_path: Path
) -> None:
    finished = tmp_path / "finished"
    hang = tmp_path / "hang.py"  # an SSH link that hangs for 20 s
    hang.write_text(f"import pathlib, time\ntime.sleep(20)\npathlib.Path({str(finished)!r})"
                    ".write_text('done')\n", encoding="utf-8")
    Store(store_path).set_sync(SyncTarget(via=f"{sys.executable} {hang}", auto=True))
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause(0.5)  # the sync on start is pulling
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    for _ in range(600):  # the sync ends, one way or the other (its command stopped: at once)
        if not syncing(app):
            break
        time.sleep(0.1)
    assert not finished.exists()  # the hanging command was stopped, not waited for
