"""The Import / Export dialogs: opened from the palette, preview first, errors inline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Input, OptionList, Select, Static

from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.confirm import ConfirmScreen
from legtui.tui.screens.today import TodayScreen
from legtui.tui.screens.transfer_dialog import ExportDialog, ImportDialog
from tests.unit.store_factory import a_set

SIZES = [(48, 20), (80, 24)]
REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "ui"
SMALL = FIXTURES / "strong_small.csv"  # 2 days, 6 sets (1 warm-up), 1 custom exercise
BAD = FIXTURES / "strong_bad_reps.csv"  # line 3 holds reps "ten"


def on_disk(path: Path) -> bytes | None:
    """The store file's bytes (None while nothing was ever written)."""
    return path.read_bytes() if path.exists() else None


def text_of(app: LegtuiApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.render()) if widget.display else ""


async def settle(pilot: Pilot[Any]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_from_palette(pilot: Pilot[Any], name: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*name)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def type_path(pilot: Pilot[Any], path: Path | str) -> None:
    """Fill the path field (as a paste would: one change, not a key per character)."""
    pilot.app.screen.query_one("#transfer-path", Input).value = str(path)
    await pilot.pause()


def pick_unit(app: LegtuiApp, unit: str) -> None:
    app.screen.query_one("#import-unit", Select).value = unit


@pytest.mark.parametrize("size", SIZES)
async def test_palette_opens_import_and_a_preview_then_ctrl_s_imports(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await open_from_palette(pilot, "Import")
        assert isinstance(app.screen, ImportDialog)
        # the unit through the keyboard: shift+tab to the Unit field, open it, pick kg
        await pilot.press("shift+tab", "enter", "down", "enter")
        await pilot.pause()
        assert app.screen.query_one("#import-unit", Select).value == "kg"
        await pilot.press("tab")
        await type_path(pilot, SMALL)
        before = on_disk(store_path)
        await pilot.press("enter")
        await settle(pilot)
        preview = text_of(app, "#transfer-result")
        assert "would add: 2 sessions, 6 sets" in preview
        assert "Nordic Curl" in preview
        assert on_disk(store_path) == before  # the dry run wrote nothing
        assert not app.screen.query_one("#import-run", Button).disabled
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "added: 2 sessions, 6 sets" in text_of(app, "#transfer-result")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        # Today re-rendered from the store: the last Romanian deadlift is the imported one
        first = app.screen.query_one(OptionList).get_option_at_index(0)
        assert "last 11-02: 60×10@8 60×9@8" in str(first.prompt)
    store = Store(store_path)
    assert [s.date for s in store.sessions()] == ["2026-11-02", "2026-11-04"]
    assert sum(len(s.sets) for s in store.sessions()) == 6
    assert "nordic-curl" in store.catalog()


async def test_import_needs_a_preview_of_the_same_choices(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ImportDialog())
        await pilot.pause()
        pick_unit(app, "kg")
        await type_path(pilot, SMALL)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "preview first" in text_of(app, "#transfer-error")
        await pilot.press("enter")
        await settle(pilot)
        assert not app.screen.query_one("#import-run", Button).disabled
        pick_unit(app, "lb")  # a changed field needs a new preview
        await pilot.pause()
        assert app.screen.query_one("#import-run", Button).disabled
        assert text_of(app, "#transfer-result") == ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "preview first" in text_of(app, "#transfer-error")
    assert Store(store_path).is_empty()


@pytest.mark.parametrize(
    ("path", "unit", "expected"),
    [
        (BAD, "kg", "line 3: Reps: 'ten' is not a number; nothing was imported"),
        (SMALL, None, "choose kg or lb as the Unit above; nothing was imported"),
        (FIXTURES / "no-such-file.csv", "kg", "no file "),
        ("", "kg", "type the file's path first"),
    ],
)
async def test_errors_show_inline_and_change_nothing(
    make_app: Callable[[], LegtuiApp],
    store_path: Path,
    path: Path | str,
    unit: str | None,
    expected: str,
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        app.push_screen(ImportDialog())
        await pilot.pause()
        if unit is not None:
            pick_unit(app, unit)
        await type_path(pilot, path)
        before = on_disk(store_path)
        await pilot.press("enter")
        await settle(pilot)
        assert expected in text_of(app, "#transfer-error")
        assert app.screen.query_one("#import-run", Button).disabled
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert on_disk(store_path) == before
    assert Store(store_path).is_empty()


async def test_export_writes_the_file_and_says_where(
    make_app: Callable[[], LegtuiApp], store_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "legtui.json"
    target.parent.mkdir()
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "enter", "escape")  # log today's first set
        await pilot.pause()
        await open_from_palette(pilot, "Export")
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#export-format", Select).value = "json"
        await type_path(pilot, target)
        await pilot.press("enter")
        await settle(pilot)
        assert text_of(app, "#transfer-result") == f"wrote the json export to {target}"
    data = orjson.loads(target.read_bytes())
    assert [(s["date"], len(s["sets"])) for s in data["sessions"]] == [("2026-11-25", 1)]


async def test_export_asks_before_replacing_a_file(
    make_app: Callable[[], LegtuiApp], tmp_path: Path
) -> None:
    target = tmp_path / "keep.csv"
    target.write_text("mine\n")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ExportDialog())
        await pilot.pause()
        await type_path(pilot, target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text() == "mine\n"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert "wrote the csv export" in text_of(app, "#transfer-result")
    assert target.read_text().startswith("date,")


async def test_export_to_a_folder_is_an_inline_error(
    make_app: Callable[[], LegtuiApp], tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        app.push_screen(ExportDialog())
        await pilot.pause()
        await type_path(pilot, tmp_path)
        await pilot.press("enter")
        await settle(pilot)
        assert "is a folder" in text_of(app, "#transfer-error")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


async def test_export_over_the_live_store_is_refused(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    Store(store_path).log_set("2026-03-01", a_set(60))
    kept = store_path.read_bytes()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ExportDialog())
        await pilot.pause()
        await type_path(pilot, store_path)
        await pilot.press("enter")
        await pilot.pause()
        if isinstance(app.screen, ConfirmScreen):  # "replace it?": yes, and still refused
            await pilot.press("y")
        await settle(pilot)
        shown = text_of(app, "#transfer-error") + text_of(app, "#transfer-result")
        assert "it is the live store" in shown
    assert store_path.read_bytes() == kept
