"""Snapshots of the Import (after its preview) and Export dialogs at phone and laptop sizes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select

from legtui.tui.app import LegtuiApp
from legtui.tui.screens.transfer_dialog import ExportDialog, ImportDialog
from tests.ui.test_transfer_dialog import REPO

SIZES = [(48, 20), (80, 24)]


@pytest.mark.parametrize("size", SIZES)
def test_import_preview(
    snap_compare: Any,
    make_app: Callable[[], LegtuiApp],
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO)  # a relative path, so the snapshot is the same in every checkout

    async def preview(pilot: Pilot[Any]) -> None:
        await pilot.app.push_screen(ImportDialog())
        await pilot.pause()
        pilot.app.screen.query_one("#import-unit", Select).value = "kg"
        pilot.app.screen.query_one(Input).value = "tests/fixtures/ui/strong_small.csv"
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=preview)


@pytest.mark.parametrize("size", SIZES)
def test_export_dialog(
    snap_compare: Any, make_app: Callable[[], LegtuiApp], size: tuple[int, int]
) -> None:
    async def open_export(pilot: Pilot[Any]) -> None:
        await pilot.app.push_screen(ExportDialog())
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=open_export)
