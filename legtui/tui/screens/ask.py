"""A one-line question: `enter` answers with what was typed, `escape` cancels (None)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from legtui.tui.plain import plain
from legtui.tui.widgets.text_input import TextInput


class AskScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="ask.cancel", tooltip="Leave it as it is"),
    ]

    def __init__(self, question: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.question, self.value, self.placeholder = question, value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="ask-box", classes="dialog"):
            yield Static(plain(self.question), id="ask-question")
            yield TextInput(self.value, placeholder=self.placeholder, id="ask-answer")
            yield Static("[b]enter[/b] answer   [b]esc[/b] cancel", id="ask-keys")

    @on(Input.Submitted, "#ask-answer")
    def _answered(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
