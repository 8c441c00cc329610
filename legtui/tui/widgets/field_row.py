"""One labelled value on a form: the name, a one-line input and a note beside it.

Shared by Check-in (the note is the target and an on/off mark) and Setup (the note says what the
field accepts). The row remembers the text it was last filled with, so a screen can tell which
fields the user changed.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from legtui.tui.widgets.ordered_input import OrderedInput


class FieldRow(Horizontal):
    DEFAULT_CSS = """
    FieldRow {
        height: 1;
        width: 1fr;
    }
    FieldRow > .field-label {
        width: 12;
        color: $text-muted;
    }
    FieldRow > Input {
        width: 10;
    }
    FieldRow.wide > Input {
        width: 1fr;
    }
    FieldRow > .field-note {
        width: 1fr;
        padding: 0 0 0 1;
    }
    FieldRow.wide > .field-note {
        display: none;
    }
    FieldRow > .field-note.on {
        color: $success;
    }
    FieldRow > .field-note.off {
        color: $warning;
    }
    """

    def __init__(
        self,
        field: str,
        label: str,
        *,
        placeholder: str = "",
        note: str = "",
        wide: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="wide" if wide else "")
        self.field = field
        self.label = label
        self.shown = ""
        self._placeholder = placeholder
        self._note = note

    def compose(self) -> ComposeResult:
        yield Static(self.label, classes="field-label")
        yield OrderedInput(
            placeholder=self._placeholder, compact=True, name=self.field, id=f"field-{self.field}"
        )
        yield Static(self._note, classes="field-note")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def value(self) -> str:
        return self.input.value

    @property
    def changed(self) -> bool:
        return self.value.strip() != self.shown.strip()

    def fill(self, text: str, force: bool = True) -> None:
        """Show `text` as the stored value; without `force`, keep what the user is typing."""
        if force or not self.changed:
            self.input.value = text
        self.shown = text

    def set_note(self, text: str, status: str | None = None) -> None:
        """The text beside the input; `status` "on" / "off" colours it (the glyph says it too)."""
        note = self.query_one(".field-note", Static)
        note.update(text)
        note.set_class(status == "on", "on")
        note.set_class(status == "off", "off")

    def set_invalid(self, invalid: bool) -> None:
        self.input.set_class(invalid, "-invalid")
