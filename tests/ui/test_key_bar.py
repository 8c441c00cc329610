"""The key bar shows the keys that work on the screen, one key an action, the palette's key on the
right, and follows the bindings as focus moves."""

from __future__ import annotations

from collections.abc import Callable

from legtui.tui.app import LegtuiApp
from legtui.tui.widgets.key_bar import KeyBar
from tests.ui.history_seed import demo_app

__all__ = ["demo_app"]


def bar(app: LegtuiApp) -> str:
    """The bar as drawn on screen (its cached line: stale unless it was refreshed)."""
    return app.screen.query_one(KeyBar).render_line(0).text


async def test_one_key_an_action_and_the_palette_on_the_right(
    demo_app: Callable[[], LegtuiApp]
) -> None:
    app = demo_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        shown = bar(app)
        assert " [ Prev " in shown and " b Prev " not in shown  # `[` and `b` are one action
        assert shown.endswith("▏^p palette") and len(shown) == 120
        await pilot.press("t")
        await pilot.pause()
        assert bar(app).startswith(" t Today  p Progress  h History ")


async def test_a_narrow_bar_shortens_the_other_keys_and_keeps_help_and_the_palette(
    make_app: Callable[[], LegtuiApp]
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await pilot.pause()
        shown = bar(app)
        assert len(shown) == 48 and shown.endswith(" ? Help ▏^p palette")
        assert shown.startswith(" t Today  p  h  c  s  q ")  # the last ones lose words first
    async with make_app().run_test(size=(30, 20)) as pilot:
        await pilot.pause()
        shown = bar(pilot.app)  # type: ignore[arg-type]
        assert shown == " t  p  h  … ? Help ▏^p palette"


async def test_the_bar_follows_the_focused_widget(make_app: Callable[[], LegtuiApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # Log sets for the first exercise: the set field has focus
        await pilot.pause()
        typing = bar(app)
        await pilot.press("tab")  # to the table of sets: its keys (edit, delete) appear
        await pilot.pause()
        assert bar(app) != typing
