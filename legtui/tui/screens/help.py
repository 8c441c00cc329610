"""`?`: every key of every screen, generated from the bindings."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from legtui.tui.keys import all_sections


def section_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    table.add_column("key", style="bold", no_wrap=True, width=9)
    table.add_column("what", ratio=1)
    for keys, what in rows:
        table.add_row(keys, what)
    return table


def keys_help() -> Group:
    """A title and a two-column table per section, then the command palette."""
    parts: list[Text | Table] = []
    sections = [
        (title, [(row.keys, row.tooltip or row.description) for row in rows])
        for title, rows in all_sections()
    ]
    sections.append(("Command palette", [("ctrl+p", "search every action by name")]))
    for title, rows in sections:
        parts.append(Text(title, style="bold underline"))
        parts.append(section_table(rows))
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close", tooltip="Close help"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static("[b]legtui keys[/b]  (esc closes)")
            yield Static(keys_help())

    def action_close(self) -> None:
        self.dismiss(None)
