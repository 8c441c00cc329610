"""Week: the week in review (trend, tape, hamstring and glute sets, sessions, habit days) and
one line on what to focus on next week. Opened from Check-in (`ctrl+y`) or the palette."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from legtui.services.week import review_week, week_lines_with_sources
from legtui.tui.plain import plain
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.widgets.key_bar import KeyBar


class WeekScreen(LegtuiScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="week.close", tooltip="Back where you came from"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="week-body", can_focus=True):
            yield Static(id="week-lines", markup=False)
            yield Static(id="week-focus", markup=False)
        yield KeyBar()

    def on_screen_resume(self) -> None:
        self.refresh_data()
        self.query_one("#week-body").focus()

    def refresh_data(self) -> None:
        review = review_week(self.store, self.clock.today())
        lines = week_lines_with_sources(self.store, review)
        self.query_one("#week-lines", Static).update(plain("\n".join(lines[:-1])))
        self.query_one("#week-focus", Static).update(plain(lines[-1]))

    def action_close(self) -> None:
        self.app.pop_screen()
