"""It reads on dark and light themes and with NO_COLOR: colours come from the theme only."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from legtui.paths import styles_dir
from legtui.tui.app import LegtuiApp
from legtui.tui.screens.today import TodayScreen

LEGTUI = Path(__file__).resolve().parents[2] / "legtui"
NAMED = ("red", "green", "blue", "yellow", "magenta", "cyan", "white", "black", "gray", "grey",
         "orange", "purple", "pink", "ansi_[a-z_]+")
HARD_COLOUR = re.compile(rf"#[0-9a-fA-F]{{3,8}}\b|\brgba?\(|\bhsla?\(|\b(?:{'|'.join(NAMED)})\b")
DECLARATION = re.compile(r"^\s*[a-z-]+\s*:\s*([^;{}]+);", re.M)
DEFAULT_CSS = re.compile(r'DEFAULT_CSS\s*=\s*"""(.*?)"""', re.S)
WINDOW_BUTTONS = re.compile(r"<circle[^>]*/>")  # the screenshot's window chrome, not the app


def css_sources() -> list[tuple[str, str]]:
    found = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(styles_dir().glob("*.tcss"))]
    for module in sorted(LEGTUI.rglob("*.py")):
        found += [(module.name, css) for css in DEFAULT_CSS.findall(module.read_text("utf-8"))]
    return found


def test_styles_use_theme_variables_not_fixed_colours() -> None:
    sources = css_sources()
    assert any(name == "app.tcss" for name, _ in sources)
    fixed = [
        (name, value.strip())
        for name, css in sources
        for value in DECLARATION.findall(re.sub(r"/\*.*?\*/", "", css, flags=re.S))
        if HARD_COLOUR.search(value)
    ]
    assert fixed == [], "use $primary, $text-muted, $error... so every theme and NO_COLOR work"


def colours(svg: str) -> set[tuple[int, int, int]]:
    found = re.findall(r"#([0-9a-fA-F]{6})\b", WINDOW_BUTTONS.sub("", svg))
    return {(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)) for h in found}


def is_grey(rgb: tuple[int, int, int]) -> bool:
    return max(rgb) - min(rgb) <= 8


async def today_screenshot(app: LegtuiApp) -> str:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        first = app.screen.query_one(OptionList).get_option_at_index(0)
        assert "Romanian deadlift" in str(first.prompt)
        return app.export_screenshot()


async def test_no_color_renders_today_in_greys_only(
    make_app: Callable[[], LegtuiApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    coloured = colours(await today_screenshot(make_app()))
    assert not all(is_grey(c) for c in coloured)  # the default theme does use colour
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    assert app.no_color
    plain = colours(await today_screenshot(app))
    assert plain and all(is_grey(c) for c in plain)


THEMES = ["textual-light", "textual-dark", "ansi-light", "ansi-dark", "solarized-light"]


@pytest.mark.parametrize("theme", THEMES)
async def test_today_renders_under_each_theme(
    make_app: Callable[[], LegtuiApp], theme: str
) -> None:
    app = make_app()
    app.theme = theme
    svg = await today_screenshot(app)
    assert app.theme == theme
    assert "Romanian" in svg


async def test_the_theme_is_reachable_from_the_command_palette(
    make_app: Callable[[], LegtuiApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        assert app.theme != "textual-light"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await pilot.pause(0.3)
        await pilot.press("enter")  # Textual's own "Theme" command: a list of themes
        await pilot.pause(0.3)
        await pilot.press(*"textual-light")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "textual-light"
        assert isinstance(app.screen, TodayScreen)


def test_today_light_theme_snapshot(
    snap_compare: Any, make_app: Callable[[], LegtuiApp]
) -> None:
    async def light(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=light)
