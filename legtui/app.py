"""The Textual app (placeholder until the screens land)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class LegtuiApp(App[None]):
    TITLE = "legtui"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("legtui")
        yield Footer()


def run_app(db: str | None) -> int:
    LegtuiApp().run()
    return 0
