"""The README's screenshots: one per area at 80×24 (three at 48×20), committed and referenced."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from legtui.tui.app import AREAS

ROOT = Path(__file__).resolve().parents[2]


def load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "screenshots_make", ROOT / "screenshots" / "make.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["screenshots_make"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_area_is_shot_and_every_shot_is_committed_and_shown() -> None:
    make = load_script()
    names = {shot.name for shot in make.SHOTS}
    assert {mode for _, mode, _, _ in AREAS} <= names | {"today"}
    assert {"today", "log-sets", "checkin"} <= {
        shot.name for shot in make.SHOTS if make.PHONE in shot.sizes
    }
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for shot in make.SHOTS:
        for width, height in shot.sizes:
            name = f"{shot.name}-{width}x{height}.svg"
            assert (ROOT / "screenshots" / name).is_file(), name
            if shot.name != "help":
                assert f"screenshots/{name}" in readme, name
