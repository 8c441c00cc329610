"""Every key of every screen, read from the bindings themselves (Help, README check)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from textual.binding import Binding

# (section title, "module:Class") — each class's BINDINGS are listed under its title.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("Everywhere", "legtui.tui.app:LegtuiApp"),
    ("Today", "legtui.tui.screens.today:TodayScreen"),
    ("Log sets", "legtui.tui.screens.log_sets:LogSetsScreen"),
    ("Log sets: today's sets", "legtui.tui.screens.log_sets:SetsTable"),
    ("Check-in", "legtui.tui.screens.checkin:CheckinScreen"),
    ("Week (ctrl+y on Check-in, ctrl+p)", "legtui.tui.screens.week:WeekScreen"),
    ("Setup", "legtui.tui.screens.setup:SetupScreen"),
    ("Setup: plan exercises", "legtui.tui.screens.setup:PlanList"),
    ("Setup: one exercise", "legtui.tui.screens.setup:ExerciseScreen"),
    ("Progression", "legtui.tui.screens.progression:ProgressionScreen"),
    ("History", "legtui.tui.screens.history:HistoryScreen"),
    ("History: a session", "legtui.tui.screens.history_session:SessionScreen"),
    ("Dialogs", "legtui.tui.screens.confirm:ConfirmScreen"),
    ("Import (ctrl+p)", "legtui.tui.screens.transfer_dialog:ImportDialog"),
    ("Export (ctrl+p)", "legtui.tui.screens.transfer_dialog:ExportDialog"),
)

KEY_NAMES = {
    "question_mark": "?",
    "escape": "esc",
    "enter": "enter",
    "ctrl+z": "ctrl+z",
    "ctrl+r": "ctrl+r",
    "pageup": "pgup",
    "pagedown": "pgdn",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
}


@dataclass(frozen=True, slots=True)
class KeyRow:
    keys: str
    description: str
    tooltip: str


def pretty_keys(keys: str) -> str:
    """`question_mark,f1` as `?/f1`."""
    return "/".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


Keymap = Mapping[str, str]  # binding id -> keys, as in config.toml's [keys]


def _bindings(target: str) -> list[Binding]:
    module, _, name = target.partition(":")
    cls = getattr(importlib.import_module(module), name)
    return [b for b in cls.BINDINGS if isinstance(b, Binding)]


def key_rows(target: str, keymap: Keymap | None = None) -> list[KeyRow]:
    """The described bindings of one class, with the keys the keymap gives them."""
    keymap = keymap or {}
    return [
        KeyRow(pretty_keys(keymap.get(b.id or "", b.key)), b.description, b.tooltip)
        for b in _bindings(target)
        if b.description
    ]


def all_sections(keymap: Keymap | None = None) -> list[tuple[str, list[KeyRow]]]:
    return [(title, key_rows(target, keymap)) for title, target in SECTIONS]


def binding_ids() -> Iterator[tuple[str, str, str]]:
    """(id, section, default keys) of every binding a keymap can change."""
    for title, target in SECTIONS:
        for binding in _bindings(target):
            if binding.id:
                yield binding.id, title, binding.key
