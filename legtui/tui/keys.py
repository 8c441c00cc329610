"""Every key of every screen, read from the bindings themselves (Help, README check)."""

from __future__ import annotations

import importlib
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
