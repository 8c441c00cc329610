"""A screen's one-line status message ("Logged 60kg×10.", an error), which never goes stale: the
screen clears it at the lifter's next key or edit, and when the screen is left
(legtui.tui.screens.base)."""

from __future__ import annotations

import sys
import time

from textual.widgets import Static

from legtui.tui.plain import plain

# The clock Textual stamps its messages with (Message.time), so a message's time and said_at
# compare.
_NOW = time.perf_counter if sys.platform == "win32" else time.monotonic


class StatusLine(Static):
    said_at = 0.0  # when the message was shown, on Textual's message clock

    def say(self, text: str, error: bool = False) -> None:
        self.set_class(error, "error")
        self.update(plain(text))  # a message may quote what was typed: never markup
        self.said_at = _NOW()

    def clear_before(self, moment: float) -> None:
        """Clear a message shown before `moment` (a key or an edit's time): the key that made the
        message does not clear it, the next one does."""
        if self.said_at < moment:
            self.set_class(False, "error")
            self.update("")
