"""Snapshots of the Help screen and the confirmation dialog at phone and laptop sizes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from legtui.tui.app import LegtuiApp

SIZES = [(48, 20), (80, 24)]


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, press=["question_mark"])


@pytest.mark.parametrize("size", SIZES)
def test_confirm_delete(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    keys = ["enter", "enter", "up", "d"]
    assert snap_compare(make_app(), terminal_size=size, press=keys)


async def test_help_lists_every_key_of_every_screen(make_app: Callable[[], LegtuiApp]) -> None:
    from rich.console import Console

    from legtui.tui.keys import all_sections
    from legtui.tui.screens.help import HelpScreen, keys_help

    console = Console(width=100, record=True)
    console.print(keys_help())
    text = console.export_text()
    sections = all_sections()
    assert len(sections) >= 5
    for title, rows in sections:
        assert title in text
        assert rows, f"{title} lists no keys"
        for row in rows:
            assert (row.tooltip or row.description).split()[0] in text
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
