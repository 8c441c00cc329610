"""The Check-in screen through the keyboard: typed values stored, bad ones refused, other days,
the weekly tape, marks and hints."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from legtui.core.model import CheckIn, Profile
from legtui.store import Store
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.checkin import CheckinScreen
from legtui.tui.screens.today import TodayScreen
from tests.ui.conftest import TODAY

SIZES = [(48, 20), (80, 24)]
YESTERDAY = "2026-11-24"
PROFILE = Profile(sex="female", birth_year=1990, height_cm=170)


async def open_checkin(pilot: Pilot[None], app: LegtuiApp) -> CheckinScreen:
    await pilot.pause()
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(app.screen, CheckinScreen)
    return app.screen


async def type_into(pilot: Pilot[None], screen: CheckinScreen, field: str, text: str) -> None:
    """Focus the field, empty it, type."""
    screen.query_one(f"#field-{field}", Input).focus()
    await pilot.press("end", "ctrl+u", *text)


def text_of(screen: CheckinScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def note_of(screen: CheckinScreen, field: str) -> str:
    return str(screen.rows()[field].query_one(".field-note", Static).render())


@pytest.mark.parametrize("size", SIZES)
async def test_a_checkin_typed_through_the_screen_is_stored(
    make_app: Callable[[], LegtuiApp], store_path: Path, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_checkin(pilot, app)
        assert app.focused is screen.query_one("#field-weight", Input)
        # weight, sleep, calories, protein, fiber, stress: tab moves from one to the next
        await pilot.press(*"80.5", "tab", *"7.5", "tab", *"2100", "tab", *"140", "tab")
        await pilot.press(*"30", "tab", "2", "enter")
        await pilot.pause()
        assert "Saved weight, sleep, calories, protein, fiber, stress" in text_of(
            screen, "#checkin-message"
        )
    assert Store(store_path).checkin(TODAY) == CheckIn(
        date=TODAY, weight=80.5, calories=2100, protein_g=140, fiber_g=30, sleep_h=7.5, stress=2
    )


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("calories", "abc", "calories must be a number, not 'abc'"),
        ("stress", "7", "stress is 1 to 5, not 7"),
        ("sleep_h", "-1", "sleep cannot be negative (-1)"),
        ("weight", "0", "weight is 20 to 400 kg, not 0"),
    ],
)
async def test_a_bad_value_shows_a_message_and_stores_nothing(
    make_app: Callable[[], LegtuiApp],
    store_path: Path,
    size: tuple[int, int],
    field: str,
    typed: str,
    message: str,
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_checkin(pilot, app)
        await type_into(pilot, screen, "protein_g", "150")  # a good value beside the bad one
        await type_into(pilot, screen, field, typed)
        await pilot.press("enter")
        await pilot.pause()
        shown = screen.query_one("#checkin-message", Static)
        assert message in str(shown.render())
        assert shown.has_class("error")
        assert screen.query_one(f"#field-{field}", Input).has_class("-invalid")
        assert app.focused is screen.query_one(f"#field-{field}", Input)
        assert shown.region.bottom <= size[1] - 1  # visible above the footer
    assert Store(store_path).checkins() == []


async def test_an_existing_value_is_kept_when_another_field_is_saved(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    store = Store(store_path)
    store.put_checkin(CheckIn(date=TODAY, weight=176.4, unit="lb", sleep_h=7))
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        screen = await open_checkin(pilot, app)
        rows = screen.rows()
        assert rows["weight"].value == "80.0"  # in the profile's kg, at one decimal
        assert rows["sleep_h"].value == "7"
        await type_into(pilot, screen, "calories", "1900")
        await pilot.press("enter")
        await pilot.pause()
        assert text_of(screen, "#checkin-message") == "Saved calories for Wed 25 Nov (today)."
    # the untouched weight is not re-sent: still in the unit it was typed in
    assert Store(store_path).checkin(TODAY) == CheckIn(
        date=TODAY, weight=176.4, unit="lb", sleep_h=7, calories=1900
    )


async def test_clearing_a_stored_value_is_refused(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    Store(store_path).put_checkin(CheckIn(date=TODAY, sleep_h=7))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_checkin(pilot, app)
        await type_into(pilot, screen, "sleep_h", "")
        await pilot.press("tab", *"2000", "enter")
        await pilot.pause()
        assert "sleep cannot be cleared here" in text_of(screen, "#checkin-message")
    assert Store(store_path).checkin(TODAY) == CheckIn(date=TODAY, sleep_h=7)


async def test_pageup_enters_yesterdays_calories(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        screen = await open_checkin(pilot, app)
        await pilot.press("pageup")
        await pilot.pause()
        assert "Tue 24 Nov (yesterday)" in text_of(screen, "#checkin-day")
        assert app.focused is screen.query_one("#field-calories", Input)
        await pilot.press(*"2250", "enter")
        await pilot.pause()
        assert screen.rows()["calories"].value == "2250"
        await pilot.press("pagedown")
        await pilot.pause()
        assert "Wed 25 Nov (today)" in text_of(screen, "#checkin-day")
        assert screen.rows()["calories"].value == ""
        await pilot.press("pagedown")  # no day after today
        await pilot.pause()
        assert "Wed 25 Nov (today)" in text_of(screen, "#checkin-day")
    store = Store(store_path)
    assert store.checkin(YESTERDAY) == CheckIn(date=YESTERDAY, calories=2250)
    assert store.checkin(TODAY) is None


async def test_moving_day_says_what_was_not_saved(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_checkin(pilot, app)
        await type_into(pilot, screen, "stress", "3")
        await pilot.press("pageup")
        await pilot.pause()
        assert "not saved: stress" in text_of(screen, "#checkin-message")
    assert Store(store_path).checkins() == []


@pytest.mark.parametrize(
    ("last_tape", "shown"),
    [(None, True), ("2026-11-22", False), ("2026-11-18", True)],
)
async def test_the_tape_is_offered_weekly(
    make_app: Callable[[], LegtuiApp], store_path: Path, last_tape: str | None, shown: bool
) -> None:
    if last_tape:
        Store(store_path).put_checkin(CheckIn(date=last_tape, waist=80, thigh=55))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_checkin(pilot, app)
        tape = screen.query_one("#checkin-tape")
        assert tape.display is shown
        assert screen.query_one("#checkin-tape-line").display is not shown
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert tape.display is not shown
        if not shown:
            assert "last Sun 22 Nov" in text_of(screen, "#checkin-tape-line")
            assert app.focused is screen.query_one("#field-waist", Input)
            await pilot.press(*"79.5", "enter")
            await pilot.pause()
    if not shown:
        assert Store(store_path).checkin(TODAY) == CheckIn(date=TODAY, waist=79.5)


async def test_targets_and_marks_beside_the_fields(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    store = Store(store_path)
    store.set_profile(PROFILE)
    store.put_checkin(CheckIn(date=YESTERDAY, weight=70))
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        screen = await open_checkin(pilot, app)
        assert note_of(screen, "sleep_h") == "7–9 h"  # no value: the target, no mark
        await type_into(pilot, screen, "sleep_h", "8")
        await type_into(pilot, screen, "calories", "900")
        await type_into(pilot, screen, "stress", "5")
        await pilot.press("enter")
        await pilot.pause()
        assert note_of(screen, "sleep_h") == "7–9 h ✓"
        assert note_of(screen, "stress") == "1–3 ✗"
        calories = screen.rows()["calories"].query_one(".field-note", Static)
        assert str(calories.render()).endswith("kcal ✗") and calories.has_class("off")
        assert note_of(screen, "weight") == "trend 70.0 kg"


async def test_hints_appear_only_when_their_trigger_holds(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_checkin(pilot, app)
        hints = screen.query_one("#checkin-hints", Static)
        assert not hints.display
        await type_into(pilot, screen, "sleep_h", "8")
        await pilot.press("enter")
        await pilot.pause()
        assert not hints.display
        await type_into(pilot, screen, "sleep_h", "5.5")
        await pilot.press("enter")
        await pilot.pause()
        assert hints.display
        assert "5.5 h of sleep: short sleep raises ghrelin" in str(hints.render())
        assert "high stress" not in str(hints.render())


async def test_a_seeded_store_shows_its_hints_and_week(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    store = Store(store_path)
    for day, stress in (("2026-11-23", 4), (YESTERDAY, 5), (TODAY, 4)):
        store.put_checkin(CheckIn(date=day, stress=stress, sleep_h=6))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_checkin(pilot, app)
        hints = str(screen.query_one("#checkin-hints", Static).render())
        assert "6 h of sleep" in hints
        assert "high stress three days running" in hints
        week = text_of(screen, "#checkin-week")
        assert "days checked in: 3" in week
        assert "avg 4.3, on target 0/3 days" in week


async def test_escape_goes_to_today_which_sees_the_checkin(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        screen = await open_checkin(pilot, app)
        await type_into(pilot, screen, "weight", "80")
        await pilot.press("tab", "7", "tab", *"2000", "tab", *"150", "tab", "tab", "2", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert str(app.screen.query_one("#today-checkin", Static).render()) == "Check-in done ✓"
        assert app.focused is app.screen.query_one(OptionList)
