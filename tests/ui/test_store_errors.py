"""A store that breaks while the app runs ends the app with the store's one-line message and
status 2 (as the command line does), not a traceback; the file is left as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from legtui.store import Store
from legtui.tui.app import LegtuiApp
from tests.ui.conftest import TODAY
from tests.unit.store_factory import a_set


async def test_a_file_broken_by_another_process_ends_the_app_with_its_message(
    make_app: Callable[[], LegtuiApp], store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store(store_path).log_set(TODAY, a_set(60))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        store_path.write_bytes(b"{ broken")  # another process, or a bad copy over it
        for _ in range(25):  # up to 2.5 s: the app polls every second
            await pilot.pause(0.1)
            if app.return_code is not None:
                break
    assert app.return_code == 1
    assert store_path.read_bytes() == b"{ broken"
    printed = capsys.readouterr().err
    assert "legtui: the store" in printed and "does not parse" in printed
    assert "Traceback" not in printed
