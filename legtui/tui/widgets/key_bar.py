"""The key bar at the bottom of every screen: the keys that work here, drawn as one line.

It shows what Textual's Footer shows (each shown binding's key and description, a key that does
nothing here dimmed, the command palette's key on the right) in the Footer's colours, but as one
widget. The Footer mounts a widget per key and styles each as it mounts and again as its compact
setting binds: that was most of what Today's first paint cost beyond a bare Textual app (about
40 of 70 ms in-process). The keys are keyboard keys, as the keymap (legtui.tui.keymap) sets them.

The help key (`?`, or `f1` where a field takes typing) stays on the right beside the palette's:
on a narrow screen the other keys are shortened first: the areas' keys lose their descriptions,
then the rest from the last one back, then the screen's own keys are cut with an ellipsis.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

PINNED_ACTION = "help"  # always shown, beside the palette: every other key is listed there


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
        keys: list[tuple[Binding, bool, bool]] = []  # (binding, enabled, the app's own)
        pinned, palette = Text(), Text()
        shown: set[str] = set()  # one key an action, the first, as the Footer does
        for node, binding, enabled, _ in self.screen.active_bindings.values():
            if binding.key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                palette.append("▏")
                palette.append(self.app.get_key_display(binding), key_style)
                palette.append(f" {binding.description}", text_style)
            elif binding.show and binding.action not in shown:
                shown.add(binding.action)
                if binding.action == PINNED_ACTION:
                    _add(pinned, self._key(binding), binding.description, enabled, key_style,
                         text_style)
                else:
                    keys.append((binding, enabled, node is self.app))
        room = max(0, self.size.width - pinned.cell_len - palette.cell_len)
        left = self._fitted(keys, room, key_style, text_style)
        return Text.assemble(left, pinned, palette, no_wrap=True, end="")

    def _key(self, binding: Binding) -> str:
        return self.app.get_key_display(binding)

    def _fitted(self, keys: list[tuple[Binding, bool, bool]], room: int, key_style: Style,
                text_style: Style) -> Text:
        """The keys in `room` cells, shortened until they fit: the areas' keys (the same on every
        screen) lose their descriptions first, then the screen's own from the last one back;
        descriptions that fit are given back, the screen's own first, in order. When even
        bare keys do not fit, the screen's own keys keep their descriptions and the line ends in
        `…`."""
        def draw(labelled: set[int]) -> Text:
            text = Text()
            for index, (binding, enabled, _) in enumerate(keys):
                description = binding.description if index in labelled else ""
                _add(text, self._key(binding), description, enabled, key_style, text_style)
            return text

        labelled = set(range(len(keys)))
        order = [i for i, k in enumerate(keys) if k[2]][::-1] + [
            i for i, k in enumerate(keys) if not k[2]][::-1]
        for index in order:
            if draw(labelled).cell_len <= room:
                break
            labelled.discard(index)
        if draw(labelled).cell_len > room:
            labelled = {i for i, k in enumerate(keys) if not k[2]}
        else:
            for index in order[::-1]:  # the screen's own keys first, each in order
                if index not in labelled and draw(labelled | {index}).cell_len <= room:
                    labelled.add(index)
        text = draw(labelled)
        text.truncate(room, overflow="ellipsis", pad=True)
        return text


def _add(text: Text, key: str, description: str, enabled: bool, key_style: Style,
         text_style: Style) -> None:
    dim = Style(dim=not enabled)
    text.append(f" {key} ", key_style + dim)
    if description:
        text.append(f"{description} ", text_style + dim)
