"""Text from a person or a file, made ready for a widget: never read as markup, control
characters shown visibly (legtui.core.text.shown), long cells cut with an ellipsis.

Every screen puts user and imported text (names, notes, paths, error messages that quote them)
on screen through these, as rich `Text`, so `[/]` or `[bold]` in a note is shown as typed.
"""

from __future__ import annotations

from rich.text import Text

from legtui.core.text import shown

CELL_MAX = 28  # a table cell longer than this is cut with "…", so no column is pushed off


def plain(text: str, style: str = "") -> Text:
    """`text` as it is: no markup, control characters visible."""
    return Text(shown(text), style=style)


def cell(text: str, width: int = CELL_MAX, style: str = "") -> Text:
    """One table cell on one line, at most `width` cells wide (an ellipsis marks a cut)."""
    out = Text(shown(text, one_line=True), style=style, no_wrap=True, overflow="ellipsis")
    if out.cell_len > width:
        out.truncate(width, overflow="ellipsis")
    return out


def styled(*parts: str | tuple[str, str]) -> Text:
    """Plain parts joined, some with a style: `styled((name, "bold"), " · 3×8–12")`."""
    out = Text()
    for part in parts:
        text, style = (part, "") if isinstance(part, str) else part
        out.append(shown(text), style=style or None)
    return out
