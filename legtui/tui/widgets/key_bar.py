"""The key bar at the bottom of every screen: the keys that work here, drawn as one line.

It shows what Textual's Footer shows (each shown binding's key and description, a key that does
nothing here dimmed, the command palette's key on the right) in the Footer's colours, but as one
widget. The Footer mounts a widget per key and styles each as it mounts and again as its compact
setting binds: that was most of what Today's first paint cost beyond a bare Textual app (about
40 of 70 ms in-process). The keys are keyboard keys; `?` lists every key with what it does.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget):
    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        text_style = self.get_component_rich_style("key-bar--description")
        keys, palette = Text(), Text()
        shown: set[str] = set()  # one key an action, the first, as the Footer does
        for _, binding, enabled, _ in self.screen.active_bindings.values():
            if binding.key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                palette.append("▏")
                palette.append(self.app.get_key_display(binding), key_style)
                palette.append(f" {binding.description}", text_style)
            elif binding.show and binding.action not in shown:
                shown.add(binding.action)
                self._add(keys, binding, enabled, key_style, text_style)
        room = max(0, self.size.width - palette.cell_len)
        keys.truncate(room, overflow="ellipsis", pad=True)
        return Text.assemble(keys, palette, no_wrap=True, end="")

    def _add(self, text: Text, binding: Binding, enabled: bool, key_style: Style,
             text_style: Style) -> None:
        dim = Style(dim=not enabled)
        text.append(f" {self.app.get_key_display(binding)} ", key_style + dim)
        text.append(f"{binding.description} ", text_style + dim)
