"""The check-in core and its subcommands never load Textual (docs/design.md, "Architecture")."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = [
    "legtui.core.nutrition", "legtui.core.hints", "legtui.core.checkin_review",
    "legtui.core.checkin_input", "legtui.core.inputs", "legtui.core.settings",
    "legtui.cli.checkin", "legtui.cli.checkins",
    "legtui.cli.targets", "legtui.cli.profile",
]


@pytest.mark.parametrize("module", MODULES)
def test_imports_without_textual(module: str) -> None:
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
