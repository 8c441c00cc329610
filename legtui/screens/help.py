"""`?`: every key of every screen, generated from the bindings."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from legtui.keys import all_sections
from legtui.paths import styles_dir


def keys_table() -> Table:
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    table.add_column("key", style="bold", no_wrap=True, min_width=8, max_width=14)
    table.add_column("what", ratio=1)
    for title, rows in all_sections():
        table.add_row(f"[u]{title}[/u]", "")
        for row in rows:
            table.add_row(row.keys, row.tooltip or row.description)
    table.add_row("[u]Command palette[/u]", "")
    table.add_row("ctrl+p", "search every action by name")
    return table


class HelpScreen(ModalScreen[None]):
    CSS_PATH = str(styles_dir() / "dialogs.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close", tooltip="Close help"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static("[b]legtui keys[/b]  (esc closes)")
            yield Static(keys_table())

    def action_close(self) -> None:
        self.dismiss(None)
