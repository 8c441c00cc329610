"""What every legtui screen shares: the app's store and clock, typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from legtui.core.clock import Clock
from legtui.store import Store
from legtui.tui.textual_hooks import HookedScreen

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

    def refresh_data(self) -> None:
        """Re-read the store and re-render; screens override."""

    def refresh_if_stale(self) -> None:
        """On resume: re-render only when the store or the day changed since the last render
        (Textual can resume a screen twice at start-up; rendering twice costs start-up time)."""
        key = (self.store.generation, self.clock.today_iso())
        if key != self._rendered:
            self._rendered = key
            self.refresh_data()
