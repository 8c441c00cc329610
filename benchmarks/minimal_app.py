"""The reference of the start-up and memory lines: a minimal Textual app (Header, Static, Footer).

`python benchmarks/minimal_app.py` runs it in the terminal (the real-terminal start-up line);
`benchmarks/probe.py minimal` runs it headless.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

TEXT = "minimal"


class MinimalApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(TEXT)
        yield Footer()


if __name__ == "__main__":
    MinimalApp().run()
