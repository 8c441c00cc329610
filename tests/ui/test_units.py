"""Units named wherever they could differ: a kg history under an lb profile on Today, in the
reasons and in `legtui history`; bodyweights at one decimal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import OptionList

from legtui.cli.main import main
from legtui.core.catalog import default_plan
from legtui.core.model import CheckIn, Profile, SetEntry
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.checkin import shown_value

LAST = "2026-11-20"


def kg_history_then_lb(path: Path) -> Store:
    """One rdl session of two sets in kg, then the store switched to lb (the plan too)."""
    store = Store(path)
    store.log_sets(LAST, [
        SetEntry(f"s{n}", "rdl", 60, "kg", reps, f"{LAST}T17:00:00Z", rpe=8)
        for n, reps in enumerate((10, 10))
    ])
    store.set_profile(replace(store.profile(), unit="lb"))
    store.set_plan(default_plan("lb"))
    return store


async def test_today_names_the_unit_of_sets_lifted_in_another(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    kg_history_then_lb(store_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert "130 lb × 10·10·8" in prompt
        assert "last 11-20: 60kg×10@8 60kg×10@8" in prompt
        assert "60x10" not in prompt


def test_reasons_say_the_load_that_was_lifted(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kg_history_then_lb(store_path)
    assert main(["--db", str(store_path), "suggest", "rdl"]) == 0
    out = capsys.readouterr().out
    assert "only 2 of 3 sets were done at 60 kg, so repeat 130 lb" in out


def test_history_names_every_unit(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(store_path)
    store.set_profile(Profile(unit="kg"))
    assert main(["--db", str(store_path), "log", "rdl", "135lbx5", "60x8", "--date", LAST]) == 0
    capsys.readouterr()
    assert main(["--db", str(store_path), "history"]) == 0
    out = capsys.readouterr().out
    assert "135lb×5  60kg×8" in out and "135x5" not in out


def test_bodyweight_shows_one_decimal() -> None:
    entry = CheckIn("2026-11-25", weight=80.5, unit="kg")
    assert shown_value(entry, "weight", Profile(unit="lb")) == "177.5"
    assert shown_value(entry, "weight", Profile(unit="kg")) == "80.5"
    assert shown_value(CheckIn("2026-11-25", weight=80, unit="kg"), "weight", Profile()) == "80.0"
