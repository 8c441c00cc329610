"""Text is text, everywhere: markup (`[/]`, `[bold]x[/bold]`, `[link=http://x]y[/link]`) and an
escape sequence put into every text field a person or an import can fill, then every screen and
dialog opened at 48x20 and 80x24: nothing crashes, the markup is shown as typed, and no escape
sequence reaches the screen."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select

from legtui.cli.main import main
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.ask import AskScreen
from legtui.tui.screens.confirm import ConfirmScreen
from legtui.tui.screens.history import HistoryScreen
from legtui.tui.screens.history_session import SessionScreen
from legtui.tui.screens.log_sets import LogSetsScreen
from legtui.tui.screens.progression import ProgressionScreen
from legtui.tui.screens.setup import ExerciseScreen, SetupScreen
from legtui.tui.screens.today import TodayScreen
from legtui.tui.screens.transfer_dialog import ExportDialog, ImportDialog
from legtui.tui.screens.week import WeekScreen

SIZES = [(48, 20), (80, 24)]
CLOSE, BOLD, LINK = "[/]", "[bold]x[/bold]", "[link=http://x]y[/link]"
TITLE = "\x1b]0;pwned\x07"  # OSC 0: would set the terminal's title
NAME = f"{BOLD} {CLOSE}"  # a custom exercise typed in Setup
IMPORTED = LINK  # an exercise name from a Strong file


def on_screen(app: LegtuiApp) -> str:
    """Every character the screen shows (spaces dropped: the SVG export splits runs on them)."""
    svg = app.export_screenshot()
    found = re.findall(r'clip-path="url\(#terminal-[-0-9a-z]*line-\d+\)">([^<]*)</text>', svg)
    return html.unescape("".join(found)).replace("\xa0", "").replace(" ", "")


def shows(app: LegtuiApp, *literals: str) -> None:
    seen = on_screen(app)
    assert "\x1b" not in seen and "\x07" not in seen and "pwned\\x07" not in seen
    for literal in literals:
        assert literal.replace(" ", "") in seen, (literal, type(app.screen).__name__, seen)


async def settle(pilot: Pilot[Any]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def paste(pilot: Pilot[Any], field: Input, text: str) -> None:
    """Text into a field as a paste puts it (an escape sequence cannot be typed key by key)."""
    field.focus()
    field.value = text
    await pilot.pause()


def strong_file(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "strong.csv"
    path.write_text(
        "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes\n"
        f'2026-11-20 17:00:00,"{BOLD}","{IMPORTED}{TITLE}",1,40,10,0,0,"{CLOSE}{TITLE}"\n'
        f'2026-11-20 17:00:00,"{BOLD}","{IMPORTED}{TITLE}",Note,,,,,"{BOLD}{TITLE}"\n',
        encoding="utf-8")
    return path


async def fill_everything(pilot: Pilot[Any], app: LegtuiApp, tmp_path: Path) -> None:
    """Each field a person fills in the app, with hostile text, through the screens."""
    # Setup: a custom exercise named with markup (muscles asked: given)
    await pilot.press("s")
    await pilot.pause()
    setup = app.screen
    assert isinstance(setup, SetupScreen)
    await paste(pilot, setup.query_one("#field-add", Input), NAME + TITLE)
    await pilot.press("enter")
    await pilot.pause()  # a dialog waits for an answer: its worker is not done
    assert isinstance(app.screen, AskScreen)
    shows(app, NAME)
    await pilot.press(*"glutes", "enter")
    await settle(pilot)
    shows(app, f"Added {NAME}")
    # Log sets: set notes with markup and an escape sequence
    await pilot.press("t")
    await pilot.pause()
    await pilot.press("end", "enter")  # the custom exercise is the plan's last
    await pilot.pause()
    log = app.screen
    assert isinstance(log, LogSetsScreen)
    for note in (CLOSE, BOLD, LINK):
        await paste(pilot, log.query_one("#log-entry", Input), f"bwx8 # {note}{TITLE}")
        await pilot.press("enter")
        await settle(pilot)
    shows(app, NAME, CLOSE, BOLD)
    await paste(pilot, log.query_one("#log-entry", Input), f"bwx8 # {'n' * 501}")
    await pilot.press("enter")
    await pilot.pause()
    shows(app, "a note is at most 500 characters")
    await pilot.press("escape")
    await pilot.pause()
    # Check-in: the note
    await pilot.press("c")
    await pilot.pause()
    await paste(pilot, app.screen.query_one("#field-note", Input), f"{LINK} {CLOSE}{TITLE}")
    await pilot.press("enter")
    await pilot.pause()
    shows(app, LINK)
    # Import: a path with markup in it, a missing one (its error quotes it), then a real file
    await pilot.press("escape")
    await pilot.pause()
    app.push_screen(ImportDialog())
    await pilot.pause()
    field = app.screen.query_one("#transfer-path", Input)
    await paste(pilot, field, str(tmp_path / f"{CLOSE}nope{TITLE}.csv"))
    await pilot.press("enter")
    await settle(pilot)
    shows(app, f"{CLOSE}nope")
    app.screen.query_one("#import-unit", Select).value = "kg"
    await paste(pilot, field, str(strong_file(tmp_path / f"{BOLD}{CLOSE}")))
    await pilot.press("enter")
    await settle(pilot)
    shows(app, IMPORTED)
    await pilot.press("ctrl+s")
    await settle(pilot)
    await pilot.press("escape")
    await pilot.pause()
    # Export: a path with markup
    app.push_screen(ExportDialog())
    await pilot.pause()
    await paste(pilot, app.screen.query_one("#transfer-path", Input), f"{BOLD}{CLOSE}/o.csv")
    await pilot.press("enter")  # a path relative to the working folder (tmp_path)
    await settle(pilot)
    shows(app, "wrote the csv export to", f"{BOLD}{CLOSE}/o.csv")
    assert (tmp_path / f"{BOLD}{CLOSE}" / "o.csv").exists()
    await pilot.press("escape")
    await pilot.pause()


async def visit_everything(pilot: Pilot[Any], app: LegtuiApp) -> None:
    """Every screen and dialog, each showing the hostile text as typed."""
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(app.screen, TodayScreen)
    shows(app, NAME)
    await pilot.press("end", "enter")
    await pilot.pause()
    shows(app, NAME, CLOSE, BOLD)  # title, today's sets with their notes
    await pilot.press("up", "d")  # delete a set: its question
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen)
    shows(app, "Delete")
    await pilot.press("n", "escape")
    await pilot.pause()
    # History: the list, the filter's status line, a session, the date field's error
    await pilot.press("h")
    await pilot.pause()
    assert isinstance(app.screen, HistoryScreen)
    shows(app, BOLD)  # in the exercises column (the rest is cut at 48 columns)
    for _ in range(3):
        await pilot.press("f")
        await pilot.pause()
        shows(app)
    await pilot.press("g")
    await paste(pilot, app.screen.query_one("#history-date", Input), f"{BOLD}{TITLE}")
    await pilot.press("enter")
    await pilot.pause()
    shows(app, f"not a date: '{BOLD}")
    await pilot.press("escape", "F", "F", "F")  # back to all exercises
    await pilot.pause()
    app.push_screen(SessionScreen("2026-11-20"))
    await pilot.pause()
    shows(app, "40kgx10 #", IMPORTED[:8])  # both cut with "…" at 48 columns
    await pilot.press("escape")
    app.push_screen(SessionScreen("2026-11-25"))
    await pilot.pause()
    shows(app, f"# {CLOSE}", BOLD[:-1])  # the name is cut with "…" at 48 columns
    await pilot.press("escape")
    await pilot.pause()
    # Progression: through the exercises, in each view
    await pilot.press("p")
    await settle(pilot)
    assert isinstance(app.screen, ProgressionScreen)
    for key in ("]", "]", "]", "2", "3", "1"):
        await pilot.press(key)
        await settle(pilot)
        shows(app)
    # Check-in shows the note it saved; the week in review from there
    await pilot.press("c")
    await pilot.pause()
    shows(app, LINK)
    await pilot.press("ctrl+y")
    await settle(pilot)
    assert isinstance(app.screen, WeekScreen)
    shows(app)
    await pilot.press("escape")
    await pilot.pause()
    # Setup, its exercise screen, and the remove question
    await app.run_action("area('setup')")  # (a key would go to Check-in's focused field)
    await pilot.pause()
    shows(app, BOLD)
    await pilot.press("ctrl+o", "end", "enter")
    await pilot.pause()
    assert isinstance(app.screen, ExerciseScreen)
    shows(app, NAME)
    await pilot.press("escape", "ctrl+o", "end", "d")
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen)
    shows(app, f"Take {NAME} out of workout A?")
    await pilot.press("n")
    await pilot.press("question_mark")
    await pilot.pause()
    shows(app, "legtui keys")


@pytest.mark.parametrize("size", SIZES)
async def test_markup_and_escapes_are_shown_as_text_everywhere(
    make_app: Callable[[], LegtuiApp], store_path: Path, tmp_path: Path, size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LEGTUI_NOW", "2026-11-24T18:00:00Z")
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(store_path), "log", "rdl", "60x8", "--date", "2026-11-24",
                 "--note", f"{LINK}{TITLE}"]) == 0  # a session note from the shell
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await fill_everything(pilot, app, tmp_path)
        await visit_everything(pilot, app)
    store = Store(store_path)
    notes = [s.note for session in store.sessions() for s in session.sets if s.note]
    assert not any("\x1b" in note or "\x07" in note for note in notes)
    assert {CLOSE, BOLD, LINK} <= set(notes)
    names = {e.name for e in store.custom_exercises()}
    assert names == {NAME, IMPORTED}
