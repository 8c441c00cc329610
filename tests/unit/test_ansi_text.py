"""ansi_text gives exactly what Text.from_ansi gives: on drawn charts and on any mix of colour
escapes, resets, carriage returns and newlines; other escapes go to rich itself."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text
from textual_plotext.plot import Plot

from legtui.tui.widgets.ansi_text import ansi_text

_pieces = st.sampled_from([
    "\x1b[0m", "\x1b[m", "\x1b[1m", "\x1b[2;3m", "\x1b[38;5;208m", "\x1b[48;5;15m",
    "\x1b[38;2;10;20;30m", "\x1b[48;2;1;2;3m", "\x1b[39m", "\x1b[31;42m", "\x1b[38;5m",
    "\n", "\r", "⣀⡠", " ", "ab", "12.5",
])


def same(a: Text, b: Text) -> bool:
    return (a.plain, a.spans) == (b.plain, b.spans)


@given(st.lists(_pieces, max_size=40))
def test_any_mix_of_colour_escapes(pieces: list[str]) -> None:
    ansi = "".join(pieces)
    assert same(ansi_text(ansi), Text.from_ansi(ansi))


@pytest.mark.parametrize("size", [(20, 6), (78, 12), (46, 9)])
def test_a_drawn_chart(size: tuple[int, int]) -> None:
    plot = Plot()
    plot.plotsize(*size)
    xs = list(range(40))
    plot.plot(xs, [(x * 7) % 23 for x in xs], marker="braille", color="orange", label="e1RM")
    plot.scatter(xs, [(x * 5) % 17 for x in xs], marker="dot", color="gray", label="weight")
    plot.horizontal_line(10, color="gray")
    drawn = plot.build()
    assert "\x1b[" in drawn
    assert same(ansi_text(drawn), Text.from_ansi(drawn))


def test_other_escapes_are_read_by_rich() -> None:
    ansi = "\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\ \x1b[1mbold\x1b[0m"
    assert same(ansi_text(ansi), Text.from_ansi(ansi))
