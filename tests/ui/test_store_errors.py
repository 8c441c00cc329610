"""A store that breaks, disappears or is damaged while the app runs: a clear message on screen,
the app goes on, the file is left as it was and nothing saved is lost."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from legtui.store import Store
from legtui.store import safefile as safefile_module
from legtui.tui.app import LegtuiApp
from tests.ui.conftest import TODAY
from tests.unit.store_factory import a_set, set_ids


def messages(app: LegtuiApp) -> list[str]:
    return [n.message for n in app._notifications]


async def poll_until(pilot: object, app: LegtuiApp, words: str) -> None:
    for _ in range(25):  # up to 2.5 s: the app polls every second
        await pilot.pause(0.1)  # type: ignore[attr-defined]
        if any(words in m for m in messages(app)):
            return


async def test_a_file_broken_by_another_process_is_said_on_screen_and_the_app_goes_on(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    Store(store_path).log_set(TODAY, a_set(60))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        store_path.write_bytes(b"{ broken")  # another process, or a bad copy over it
        await poll_until(pilot, app, "does not parse")
        assert app.return_code is None and app.is_running
        shown = [m for m in messages(app) if "does not parse" in m]
        assert len(shown) == 1 and "legtui store restore" in shown[0]
        await pilot.pause(1.2)  # another poll: said once, not again and again
        assert len([m for m in messages(app) if "does not parse" in m]) == 1
    assert store_path.read_bytes() == b"{ broken"


async def test_a_store_that_disappears_is_said_on_screen_and_comes_back(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    Store(store_path).log_set(TODAY, a_set(60))
    kept = store_path.read_bytes()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        store_path.unlink()
        await poll_until(pilot, app, "cannot read the store")
        assert app.is_running
        store_path.write_bytes(kept)
        await poll_until(pilot, app, "Updated from another session.")
        assert "Updated from another session." in messages(app)


async def test_a_damaged_store_opens_with_the_healthy_days_and_a_warning(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    Store(store_path).log_set(TODAY, a_set(60))
    Store(store_path).log_set("2026-03-01", a_set(50))
    store_path.write_bytes(store_path.read_bytes().replace(b'"reps":10', b'"reps":"ten"', 1))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        warning = [m for m in messages(app) if "damaged" in m]
        assert len(warning) == 1 and "reps is 'ten', not a number" in warning[0]
        assert app.is_running


async def test_after_a_failed_save_no_other_session_is_announced(
    make_app: Callable[[], LegtuiApp], store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(store_path).log_set(TODAY, a_set(60))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()

        def no_room(fd: int, data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(safefile_module.os, "write", no_room)
        with pytest.raises(Exception, match="No space left"):
            app.store.log_set(TODAY, a_set(70))
        monkeypatch.undo()
        await pilot.pause(1.3)  # a poll
        assert "Updated from another session." not in messages(app)
    assert len(set_ids(Store(store_path))) == 1
