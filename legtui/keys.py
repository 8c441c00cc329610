"""Every key of every screen, read from the bindings themselves (Help, README check)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from textual.binding import Binding

# (section title, "module:Class") — each class's BINDINGS are listed under its title.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("Everywhere", "legtui.app:LegtuiApp"),
    ("Today", "legtui.screens.today:TodayScreen"),
    ("Log sets", "legtui.screens.log_sets:LogSetsScreen"),
    ("Log sets: today's sets", "legtui.screens.log_sets:SetsTable"),
    ("Check-in", "legtui.screens.checkin:CheckinScreen"),
    ("Setup", "legtui.screens.setup:SetupScreen"),
    ("Setup: plan exercises", "legtui.screens.setup:PlanList"),
    ("Setup: one exercise", "legtui.screens.setup:ExerciseScreen"),
    ("Progression", "legtui.screens.progression:ProgressionScreen"),
    ("History", "legtui.screens.history:HistoryScreen"),
    ("History: a session", "legtui.screens.history_session:SessionScreen"),
    ("Dialogs", "legtui.screens.confirm:ConfirmScreen"),
    ("Import (ctrl+p)", "legtui.screens.transfer_dialog:ImportDialog"),
    ("Export (ctrl+p)", "legtui.screens.transfer_dialog:ExportDialog"),
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


def _pretty(keys: str) -> str:
    return "/".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def key_rows(target: str) -> list[KeyRow]:
    module, _, name = target.partition(":")
    cls = getattr(importlib.import_module(module), name)
    rows = []
    for binding in cls.BINDINGS:
        if isinstance(binding, Binding) and binding.description:
            rows.append(KeyRow(_pretty(binding.key), binding.description, binding.tooltip))
    return rows


def all_sections() -> list[tuple[str, list[KeyRow]]]:
    return [(title, key_rows(target)) for title, target in SECTIONS]
