"""The app's start-up loads only what Today needs: when Today is first painted, these legtui
modules and no others are loaded, and none of the libraries only other screens use.

Every area is imported when it is first opened (`legtui.tui.app.AREA_SCREENS`), and Progression
is prepared in a thread after Today's first paint. A module that joins this list makes every
start-up pay for it: add it here only after measuring the first paint against its budget
(`python -m benchmarks --only startup --only startup_terminal`; docs/benchmarks.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from legtui.store import Store
from tests.reliability.conftest import REPO, child_env
from tests.unit.store_factory import a_set

TODAY_NEEDS = {
    "legtui", "legtui.paths",
    "legtui.core", "legtui.core.bounds", "legtui.core.catalog", "legtui.core.hlc",
    "legtui.core.inputs",
    "legtui.core.clock", "legtui.core.loads",
    "legtui.core.model", "legtui.core.overload", "legtui.core.program", "legtui.core.setspec",
    "legtui.core.plausible", "legtui.core.text",
    "legtui.services", "legtui.services.gym", "legtui.services.program", "legtui.services.sets",
    "legtui.store", "legtui.store.backups", "legtui.store.errors", "legtui.store.ids",
    "legtui.store.integrity", "legtui.store.layout", "legtui.store.schema",
    "legtui.store.migrations", "legtui.store.parsed",
    "legtui.store.repository", "legtui.store.safefile", "legtui.store.stamps",
    "legtui.store.storage",
    # pieces of the modules above, split out so the quick `legtui log` loads them alone
    "legtui.core.plain", "legtui.core.builtin", "legtui.services.typed_sets",
    "legtui.store.checksum", "legtui.store.days", "legtui.store.saving",
    "legtui.store.stampclock", "legtui.store.version",
    "legtui.tui", "legtui.tui.app", "legtui.tui.palette", "legtui.tui.textual_hooks",
    "legtui.tui.screens", "legtui.tui.screens.base", "legtui.tui.screens.today",
    "legtui.tui.widgets", "legtui.tui.widgets.key_bar",
    # every screen's status line and the fields it listens to: 1.3 ms and 0.6 ms to import
    "legtui.tui.widgets.ordered_input", "legtui.tui.widgets.status_line",
    # what they show and take as plain text (tiny: rich's Text, legtui.core.text)
    "legtui.tui.plain", "legtui.tui.widgets.text_input",
}
ONLY_OTHER_SCREENS = ("plotext", "textual_plotext", "csv", "pendulum")

PROBE = """
import sys
from legtui.store import Store
from legtui.tui.app import LegtuiApp

app = LegtuiApp(Store(sys.argv[1]))

def painted() -> None:
    print(" ".join(sorted(sys.modules)))
    app.exit()

app.call_after_refresh(painted)
app.run(headless=True, size=(80, 24))
"""


def test_today_first_paint_loads_only_what_today_needs(tmp_path: Path) -> None:
    store = tmp_path / "legtui.json"
    Store(store).log_set("2026-02-27", a_set(60))  # a history: Today works out targets
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(store)], cwd=REPO, capture_output=True, text=True,
        env=child_env(tmp_path, LEGTUI_NOW="2026-03-02T18:00:00Z", TZ="UTC"), timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "legtui.tui.screens.today" in loaded  # it did paint Today
    ours = {m for m in loaded if m == "legtui" or m.startswith("legtui.")}
    assert ours - TODAY_NEEDS == set(), "new at start-up: measure, then add to TODAY_NEEDS"
    assert TODAY_NEEDS - ours == set(), "no longer loaded at start-up: take it off the list"
    assert [m for m in ONLY_OTHER_SCREENS if m in loaded] == []
