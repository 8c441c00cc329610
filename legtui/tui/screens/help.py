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

from legtui.tui.keys import Keymap, all_sections, pretty_keys


def section_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    table.add_column("key", style="bold", no_wrap=True, width=9)
    table.add_column("what", ratio=1)
    for keys, what in rows:
        table.add_row(keys, what)
    return table


def getting_around(keymap: Keymap) -> list[tuple[str, str]]:
    """Every area in two keys from anywhere, and the help key that works while typing."""
    from legtui.tui.app import AREAS

    areas = " ".join(pretty_keys(keymap.get(mode, key)).split("/")[0] for key, mode, *_ in AREAS)
    typing_help = [k for k in pretty_keys(keymap.get("help", "f1")).split("/") if len(k) > 1]
    return [
        ("esc", f"back; then an area's key ({areas}): any area from any screen in two keys"),
        ("/".join(typing_help) or "ctrl+p",
         "this help, also while typing in a field" if typing_help else
         "Help by name, while typing in a field"),
    ]


def keys_help(keymap: Keymap | None = None) -> Group:
    """A title and a two-column table per section (the keys as the keymap sets them), then how
    to reach every area and the command palette."""
    parts: list[Text | Table] = []
    sections = [
        (title, [(row.keys, row.tooltip or row.description) for row in rows])
        for title, rows in all_sections(keymap)
    ]
    sections.insert(1, ("Getting around", getting_around(keymap or {})))
    sections.append(("Command palette", [("ctrl+p", "search every action by name")]))
    for title, rows in sections:
        parts.append(Text(title, style="bold underline"))
        parts.append(section_table(rows))
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,question_mark,f1,q", "close", "Close", id="help.close", tooltip="Close help"
        ),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static("[b]legtui keys[/b]  (esc closes)")
            yield Static(keys_help(getattr(self.app, "keymap", None)))

    def action_close(self) -> None:
        self.dismiss(None)
