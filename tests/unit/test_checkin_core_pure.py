"""The check-in core and its subcommands never load Textual (DESIGN §10)."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = [
    "legtui.nutrition", "legtui.hints", "legtui.checkin_review", "legtui.checkin_input",
    "legtui.inputs", "legtui.settings", "legtui.commands.checkin", "legtui.commands.checkins",
    "legtui.commands.targets", "legtui.commands.profile",
]


@pytest.mark.parametrize("module", MODULES)
def test_imports_without_textual(module: str) -> None:
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
