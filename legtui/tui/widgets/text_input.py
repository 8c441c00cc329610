"""An Input that never holds a control character: an escape sequence pasted into it is removed
at once (legtui.core.text.without_controls), so it is neither shown nor saved."""

from __future__ import annotations

from textual.widgets import Input

from legtui.core.text import without_controls


class TextInput(Input):
    def validate_value(self, value: str) -> str:
        """Textual calls this on every change of `value` (typing, a paste, code)."""
        return without_controls(value)
