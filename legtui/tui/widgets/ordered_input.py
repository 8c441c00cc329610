"""An Input whose editing keys keep their place among typed characters in a burst of keys.

Textual's Input inserts a typed character as its key arrives, but runs its bound keys (enter,
backspace, ctrl+u, the arrows) only once the key has bubbled up to the App, through the message
queues of every widget above it. When several keys arrive at once (a laggy SSH link delivers
`ctrl+u 2 3 x 8 enter` in one read), the characters after a bound key are inserted before that
key's action runs: `ctrl+u` then clears what was just typed and `enter` submits an empty field.
No key is lost; they run out of order. Textual issue #6605 (fix proposed in pull request #6631);
docs/key-bursts.md has the reproduction.

The workaround: the Input runs its own bindings as their key reaches it, in its own queue, in
order with the characters. Bindings of the screen and the app (escape, ctrl+z) are unchanged.
It also says when the lifter typed in it (`Typed`), which Input.Changed cannot: that is posted
for the values a screen sets too.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from legtui.tui.widgets.text_input import TextInput

# key -> action of Input's own bindings (`ctrl+u` -> `delete_left_all`, `enter` -> `submit`)
OWN_KEYS: dict[str, str] = {
    key.strip(): binding.action
    for binding in Input.BINDINGS
    if isinstance(binding, Binding)
    for key in binding.key.split(",")
}


class OrderedInput(TextInput):
    class Typed(Message):
        """The lifter pressed a key in the field (a value the screen sets posts none): what
        makes a status message stale (legtui.tui.screens.base)."""

    async def on_key(self, event: events.Key) -> None:
        self.post_message(self.Typed())
        action = OWN_KEYS.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()
            await self.run_action(action)
