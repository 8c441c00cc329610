"""ANSI-coloured text (what plotext draws) to a rich `Text`, as `Text.from_ansi` makes it, faster.

A chart is a few hundred colour escapes over a dozen lines, nearly all the same five or six.
`Text.from_ansi` parses each escape's codes and combines styles anew every time; here the style
that follows a (style, escape) pair is worked out once, by rich's own decoder, and remembered.
Text with any escape other than a colour one (SGR) is left to `Text.from_ansi`.
"""

from __future__ import annotations

import re

from rich.ansi import AnsiDecoder
from rich.style import Style
from rich.text import Text

_SGR = re.compile(r"\x1b\[([0-9;]*)m")
_LINES = re.compile(r"(?<=\n)")  # rich's split: a final newline leaves an empty last line

_decoder = AnsiDecoder()
_next: dict[tuple[Style, str], Style] = {}


def _after(style: Style, codes: str) -> Style:
    """The style after the escape `ESC [ codes m` (rich's reading of it)."""
    key = (style, codes)
    found = _next.get(key)
    if found is None:
        _decoder.style = style
        _decoder.decode_line(f"\x1b[{codes}m")
        found = _next[key] = _decoder.style
    return found


def ansi_text(ansi: str) -> Text:
    """Equal to `Text.from_ansi(ansi)` (same text, same spans)."""
    if "\x1b" in _SGR.sub("", ansi):
        return Text.from_ansi(ansi)
    style = Style.null()
    lines: list[Text] = []
    for raw in _LINES.split(ansi):
        line = raw.rstrip("\n").rsplit("\r", 1)[-1]
        text = Text()
        at = 0
        for escape in _SGR.finditer(line):
            if escape.start() > at:
                text.append(line[at:escape.start()], style or None)
            style = _after(style, escape.group(1))
            at = escape.end()
        if at < len(line):
            text.append(line[at:], style or None)
        lines.append(text)
    return Text("\n", tab_size=8).join(lines)
