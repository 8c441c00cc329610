"""One past session from History: its sets in order; `e` edits the highlighted set (the set
grammar, as in Log sets), `d` deletes it, each after a confirmation; `escape` goes back.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Header, Input, Static

from legtui.core.model import SetEntry
from legtui.core.stats import set_volume
from legtui.core.text import count
from legtui.services.gym import typed_text
from legtui.tui.plain import cell, styled
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.screens.set_changes import delete_set, edit_set
from legtui.tui.widgets.key_bar import KeyBar
from legtui.tui.widgets.ordered_input import OrderedInput
from legtui.tui.widgets.status_line import StatusLine


class SessionScreen(LegtuiScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="session.back",
                tooltip="Back to History (or cancel an edit)"),
        Binding("e", "edit", "Edit", id="session.edit",
                tooltip="Edit the highlighted set (type it as in Log sets)"),
        Binding("d,delete", "delete", "Delete", id="session.delete",
                tooltip="Delete the highlighted set (asks first)"),
    ]

    def __init__(self, day: str, only: str | None = None) -> None:
        super().__init__()
        self.day = day
        self.only = only
        self.sets: tuple[SetEntry, ...] = ()
        self.editing: SetEntry | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="session-title")
        yield DataTable(id="session-sets", cursor_type="row", zebra_stripes=True)
        yield StatusLine(id="session-message")
        yield OrderedInput(id="session-entry", placeholder="62.5x8@8  w40x8  # note")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns("#", "set", "kind", "exercise")
        self.query_one(Input).display = False
        self.refresh_data()
        self.query_one(DataTable).focus()

    def refresh_data(self) -> None:
        session = self.store.session(self.day)
        self.sets = session.sets if session else ()
        unit = self.store.profile().unit
        catalog = self.store.catalog()
        working = [s for s in self.sets if s.is_working]
        volume = sum(set_volume(s, unit) for s in working)
        self.query_one("#session-title", Static).update(styled(
            (f"{date.fromisoformat(self.day):%a %d %b %Y}", "bold"),
            f" · {count(len(working), 'working set')} · {volume:,.0f} {unit}",
        ) if self.sets else f"{self.day}: no sets left.")
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        # "#" and "kind" keep their room; the exercise's name takes what it needs of the rest
        # (up to a little over half), the set and its note what is left
        room = max(24, self.app.size.width - 19)
        names = {s.exercise: catalog.name(s.exercise) for s in self.sets}
        name_width = min(max(map(len, names.values()), default=0), room // 2 + 4)
        for index, entry in enumerate(self.sets, start=1):
            table.add_row(str(index), cell(typed_text(entry), room - name_width), entry.kind,
                          cell(names[entry.exercise], name_width), key=entry.id)
        if self.sets:
            start = next((i for i, s in enumerate(self.sets) if s.exercise == self.only), 0)
            table.move_cursor(row=min(row, len(self.sets) - 1) if row > 0 else start)

    def selected(self) -> SetEntry | None:
        table = self.query_one(DataTable)
        if not self.sets or table.cursor_row < 0:
            return None
        return self.sets[min(table.cursor_row, len(self.sets) - 1)]

    # -- actions -----------------------------------------------------------------------------
    def action_back(self) -> None:
        if self.editing is not None:
            self._end_edit()
            self.say("Edit cancelled.")
            return
        self.app.pop_screen()

    def action_edit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.say("No set to edit.", error=True)
            return
        self.editing = chosen
        field = self.query_one(Input)
        field.display = True
        field.value = typed_text(chosen)
        field.focus()
        field.action_select_all()  # typing replaces the set
        self.say("Change the set; enter saves, escape cancels.")

    def _end_edit(self) -> None:
        self.editing = None
        self.query_one(Input).display = False
        self.query_one(DataTable).focus()

    @on(Input.Submitted, "#session-entry")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.editing is not None:
            self._edit(self.editing, event.value)

    @work
    async def _edit(self, old: SetEntry, text: str) -> None:
        if await edit_set(self, old, text, self.say) is not None:
            self._end_edit()
            self.refresh_data()

    @work
    async def action_delete(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.say("No set to delete.", error=True)
            return
        if await delete_set(self, chosen, f" of {self.day}", self.say) is not None:
            self.refresh_data()
