"""What every legtui screen shares: the app's store and clock, typed, and a status line that
never goes stale."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import events, on
from textual.events import ScreenSuspend

from legtui.core.clock import Clock
from legtui.store import Store
from legtui.tui.textual_hooks import HookedScreen
from legtui.tui.widgets.ordered_input import OrderedInput
from legtui.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from legtui.tui.app import LegtuiApp


class LegtuiScreen(HookedScreen):
    """A screen that renders from the store and can be told to re-read it."""

    @property
    def legtui(self) -> LegtuiApp:
        return cast("LegtuiApp", self.app)

    @property
    def store(self) -> Store:
        return self.legtui.store

    @property
    def clock(self) -> Clock:
        return self.legtui.clock

    _rendered: tuple[int, str] | None = None

    @on(ScreenSuspend)
    def _status_left_behind(self) -> None:
        self._clear_status(float("inf"))  # leaving: no message is carried to the next visit

    @on(events.Key)
    @on(OrderedInput.Typed)
    def _next_action(self, event: events.Key | OrderedInput.Typed) -> None:
        """A key (one the screen or app handles, or one typed into a field) after a status
        message makes it stale; the key that produced the message is older and keeps it."""
        self._clear_status(event.time)

    def _clear_status(self, moment: float) -> None:
        for line in self.query(StatusLine):
            line.clear_before(moment)

    def say(self, text: str, error: bool = False) -> None:
        """Show a one-line status message (cleared at the next key, edit or screen change)."""
        self.query_one(StatusLine).say(text, error)

    def refresh_data(self) -> None:
        """Re-read the store and re-render; screens override."""

    def refresh_if_stale(self) -> None:
        """On resume: re-render only when the store or the day changed since the last render
        (Textual can resume a screen twice at start-up; rendering twice costs start-up time)."""
        key = (self.store.generation, self.clock.today_iso())
        if key != self._rendered:
            self._rendered = key
            self.refresh_data()
