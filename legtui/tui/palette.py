"""The command palette (`ctrl+p`): every global action by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from legtui.tui.app import LegtuiApp


def _open_week(app: LegtuiApp) -> None:
    from legtui.tui.screens.week import WeekScreen

    app.push_screen(WeekScreen())


def _open_transfer(app: LegtuiApp, export: bool) -> None:
    """The Import or Export dialog (imported when asked for, not at start-up)."""
    from legtui.tui.screens.transfer_dialog import ExportDialog, ImportDialog

    app.push_screen(ExportDialog() if export else ImportDialog())


class LegtuiCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        from legtui.tui.app import AREAS
        from legtui.tui.sync import sync_commands

        app = cast("LegtuiApp", self.app)
        found: list[tuple[str, str, Callable[[], object]]] = [
            (f"Go to {title}", tip, partial(app.action_area, mode)) for _, mode, title, tip in AREAS
        ]
        found += [
            ("Week in review", "Trend, tape, sets, sessions, habit days and next week's focus",
             partial(_open_week, app)),
            ("Import…", "History from Strong, Hevy, FitNotes or a legtui export",
             partial(_open_transfer, app, export=False)),
            ("Export…", "Write the history as csv, strong or json",
             partial(_open_transfer, app, export=True)),
            *sync_commands(app),
            ("Help: every key", "List the keys of every screen", app.action_help),
            ("Quit", "Leave legtui (everything is saved)", app.action_quit),
        ]
        return found

    async def discover(self) -> Hits:
        for name, help_text, run in self._commands():
            yield DiscoveryHit(name, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, run in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), run, help=help_text)
