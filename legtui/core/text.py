"""Text a person or a file gave us: cleaned on the way in, shown safely on the way out. Pure.

On the way in (`clean`, `clean_note`), terminal escape sequences are removed whole and every
other control character (C0, DEL, C1) is dropped; a tab becomes a space and line breaks become
`\\n` (kept in notes, a space in names). On the way out (`shown`), a control character that is
still there (an old store, a hand-edited file) is written visibly as `\\xNN`, so nothing a user
typed can move the cursor, retitle the terminal or ring its bell. Markup is the UI's concern:
the screens render these strings as plain text, never as markup (see legtui/tui/plain.py).

Wording helpers shared by the CLI and the screens live here too: `plural`, `count`.
"""

from __future__ import annotations

import re

from legtui.core.bounds import NOTE_MAX
from legtui.core.inputs import InputError

# ESC followed by a CSI (`ESC [ ... final`), an OSC/DCS/PM/APC/SOS string (up to BEL or ST) or a
# single character; and the 8-bit CSI / OSC / DCS introducers with their bodies.
_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?                      # CSI
    | \x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC, DCS, SOS, PM, APC
    | \x1b[ -/]*[0-~]?                             # two- and three-character escapes
    | \x9b[0-?]*[ -/]*[@-~]?                       # 8-bit CSI
    | [\x90\x9d\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c)?  # 8-bit string introducers
    """,
    re.VERBOSE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline
_C1 = re.compile("[\x7f-\x9f]")
_VISIBLE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # all but newline


def without_controls(text: str, *, multiline: bool = False) -> str:
    """`text` without escape sequences or control characters (what a text field keeps as it is
    typed or pasted into). Line breaks become `\\n` when `multiline`, else a space; a tab is a
    space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _SEQUENCE.sub("", text)).replace("\t", " ")
    return text if multiline else text.replace("\n", " ")


def clean(text: str, *, multiline: bool = False) -> str:
    """`without_controls`, trimmed: text ready to store."""
    return without_controls(text, multiline=multiline).strip()


def clean_note(text: str | None) -> str | None:
    """A typed note, cleaned; None when empty. Raises InputError above NOTE_MAX characters."""
    if text is None:
        return None
    note = clean(text, multiline=True)
    if len(note) > NOTE_MAX:
        raise InputError(f"a note is at most {NOTE_MAX} characters, not {len(note)}")
    return note or None


def cut_note(text: str | None) -> tuple[str | None, bool]:
    """An imported note, cleaned and cut to NOTE_MAX characters; True when it was cut."""
    if text is None:
        return None, False
    note = clean(text, multiline=True)
    if len(note) > NOTE_MAX:
        return note[: NOTE_MAX - 1] + "…", True
    return note or None, False


def shown(text: str, *, one_line: bool = False) -> str:
    """`text` safe to write to a terminal: control characters visible as `\\xNN` (a line break
    too when `one_line`, as `↵`)."""
    out = _VISIBLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return out.replace("\n", " ↵ ") if one_line else out


# decimals a value is shown with, by its unit: whole kcal, mg and g; one decimal for the rest
UNIT_DECIMALS: dict[str, int] = {"kcal": 0, "mg": 0, "g": 0, "h": 1, "kg": 1, "lb": 1, "L": 1,
                                 "cm": 1, "in": 1}


def number(value: float, unit: str = "") -> str:
    """`value` at its unit's precision: `2100` kcal, `7.5` h, `74.0` kg."""
    return f"{value:.{UNIT_DECIMALS.get(unit, 1)}f}"


def amount(value: float, unit: str) -> str:
    """`2100 kcal`, `7.5 h`, `74.0 kg`."""
    return f"{number(value, unit)} {unit}"


def json_escaped(json_text: str) -> str:
    """JSON text with DEL and the C1 controls escaped as `\\u00XX` too (orjson escapes only
    C0): the same values, and nothing a terminal would act on."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def plural(n: int, word: str, many: str | None = None) -> str:
    """`word` or its plural for `n`: `set`/`sets`, `was`/`were` with `many`."""
    return word if n == 1 else (many or word + "s")


def count(n: int, word: str, many: str | None = None) -> str:
    """`1 set`, `2 sets`, `1 check-in`."""
    return f"{n} {plural(n, word, many)}"
