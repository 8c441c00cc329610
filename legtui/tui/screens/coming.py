"""A short view for an area that is not built yet."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Header, Static

from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.widgets.key_bar import KeyBar


class ComingScreen(LegtuiScreen):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.area_title = title

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"{self.area_title} is coming soon. Press t for Today.", id="coming")
        yield KeyBar()
