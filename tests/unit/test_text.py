"""legtui.core.text: text cleaned on the way in, shown safely on the way out, one voice."""

from __future__ import annotations

import pytest

from legtui.core.bounds import NOTE_MAX
from legtui.core.inputs import InputError, Rule, read_date, read_number
from legtui.core.setspec import SetSyntaxError, parse
from legtui.core.text import clean, clean_note, count, cut_note, plural, shown

TITLE = "\x1b]0;pwned\x07"  # OSC 0: set the terminal's title


@pytest.mark.parametrize(("raw", "cleaned"), [
    (f"Hip{TITLE} thrust", "Hip thrust"),
    ("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # OSC 8 hyperlink, ST-terminated
    ("\x1b[31mred\x1b[0m", "red"),  # CSI colour
    ("\x1b[2J\x1b[Hwiped", "wiped"),  # clear screen, cursor home
    ("bell\x07 and\x00 nul\x7f", "bell and nul"),
    ("c1\x9b31m csi\x85 nel", "c1 csi nel"),  # 8-bit CSI and other C1 controls
    ("tab\there", "tab here"),
    ("  [/] [bold]x[/bold]  ", "[/] [bold]x[/bold]"),  # markup is text: kept as typed
    ("two\r\nlines", "two lines"),
])
def test_clean_removes_escape_sequences_and_control_characters(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned


def test_clean_keeps_line_breaks_when_asked() -> None:
    assert clean("pad\r\non bar\rok", multiline=True) == "pad\non bar\nok"


def test_shown_makes_every_control_character_visible() -> None:
    out = shown(f"a{TITLE}b\x9b\tc\nd")
    assert out == "a\\x1b]0;pwned\\x07b\\x9b\\x09c\nd"
    assert not any((ord(ch) < 0x20 and ch != "\n") or 0x7f <= ord(ch) <= 0x9f for ch in out)
    assert shown("a\nb", one_line=True) == "a ↵ b"


def test_a_note_is_at_most_note_max_characters() -> None:
    assert clean_note("x" * NOTE_MAX) == "x" * NOTE_MAX
    with pytest.raises(InputError, match=f"at most {NOTE_MAX} characters, not {NOTE_MAX + 1}"):
        clean_note("x" * (NOTE_MAX + 1))
    assert clean_note("  ") is None and clean_note(None) is None
    assert clean_note(f"sore{TITLE}") == "sore"


def test_an_imported_note_is_cut_not_refused() -> None:
    note, was_cut = cut_note("y" * 449 + "z" * 200)
    assert was_cut and note is not None and len(note) == NOTE_MAX and note.endswith("…")
    assert cut_note("short") == ("short", False)


def test_a_set_note_is_cleaned_and_limited_in_the_grammar() -> None:
    assert parse(f"60x8 # knee [sore]{TITLE}").note == "knee [sore]"
    with pytest.raises(SetSyntaxError, match="at most 500 characters"):
        parse("60x8 # " + "n" * 501)


def test_plurals() -> None:
    assert [count(n, "session") for n in (0, 1, 2)] == ["0 sessions", "1 session", "2 sessions"]
    assert (plural(1, "was", "were"), plural(3, "was", "were")) == ("was", "were")


def test_a_decimal_comma_gets_the_same_hint_everywhere() -> None:
    with pytest.raises(SetSyntaxError) as in_a_set:
        parse("62,5x8")
    with pytest.raises(InputError) as in_a_field:
        read_number("7,5", Rule("sleep", 0, 24, "h"))
    assert "use a dot for decimals: '62.5x8'" in str(in_a_set.value)
    assert str(in_a_field.value) == "sleep must be a number, not '7,5': " \
        "use a dot for decimals: '7.5'"


def test_a_bad_date_gets_the_same_words_everywhere() -> None:
    with pytest.raises(InputError, match=r"^not a date: '2026-13-01'; write it as YYYY-MM-DD$"):
        read_date(" 2026-13-01 ")
    assert read_date("2026-02-03") == "2026-02-03"
