"""The behaviour of Textual (and textual-plotext) each hook in `legtui.tui.textual_hooks` relies
on. A failure here after an upgrade means: that hook no longer does what it says; read its
paragraph in the module before changing anything else."""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static
from textual_plotext import PlotextPlot

from legtui.tui.textual_hooks import HookedApp, HookedScreen, plot_ansi, write_to_terminal


class Plain(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Static("plain")


class Hooked(HookedScreen):
    def compose(self) -> ComposeResult:
        yield Static("hooked")


class Areas(App[None]):
    MODES: ClassVar[dict[str, Any]] = {"plain": Plain, "hooked": Hooked, "home": Plain}

    def on_mount(self) -> None:
        self.switch_mode("home")


def counting(obj: object, name: str, calls: list[str], label: str) -> None:
    """Wrap `obj.name` so each call appends `label` to `calls`."""
    original = getattr(obj, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        calls.append(label)
        return original(*args, **kwargs)

    setattr(obj, name, wrapped)


async def test_hook1_a_lagging_css_counter_still_refreshes_the_whole_app() -> None:
    app = Areas()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert hasattr(app, "_css_update_count"), "Textual renamed App._css_update_count"
        calls: list[str] = []
        counting(app, "refresh_css", calls, "refresh_css")
        await app.switch_mode("hooked")
        await pilot.pause()
        assert calls == [], "a HookedScreen set off the app-wide CSS refresh"
        await app.switch_mode("plain")
        await pilot.pause()
        assert calls, "Textual no longer refreshes the app's CSS for a new screen: hook 1 is moot"


@pytest.mark.parametrize("screen", [Plain, Hooked])
async def test_hook2_the_first_resume_restyles_only_without_the_hook(
    screen: type[Screen[None]],
) -> None:
    made: list[Screen[None]] = []
    calls: list[str] = []

    def make() -> Screen[None]:
        instance = screen()
        counting(instance, "update_node_styles", calls, "first")
        made.append(instance)
        return instance

    class OneArea(Areas):
        MODES: ClassVar[dict[str, Any]] = {"home": Plain, "area": make}

    app = OneArea()
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.switch_mode("area")
        await pilot.pause()
        first = list(calls)
        await app.switch_mode("home")
        await pilot.pause()
        calls.clear()
        await app.switch_mode("area")
        await pilot.pause()
    if screen is Hooked:
        assert first == [], "the first resume of a HookedScreen re-applied its styles"
    else:
        assert first, "Textual no longer restyles a screen on its first resume: hook 2 is moot"
    assert calls, "a later resume must restyle (a theme may have changed meanwhile)"


class Failing(HookedApp):
    def __init__(self, handle: bool) -> None:
        super().__init__()
        self.handle = handle

    def handled_error(self, error: Exception) -> bool:
        if self.handle and isinstance(error, LookupError):
            self.exit(return_code=2)
            return True
        return False

    def action_fail(self) -> None:
        raise LookupError("the store broke")


async def test_hook3_an_error_in_a_handler_reaches_handled_error() -> None:
    app = Failing(handle=True)
    async with app.run_test():
        app.call_later(app.action_fail)
        for _ in range(40):  # the app exits: Pilot's pauses would wait for its screen
            await asyncio.sleep(0.05)
            if app.return_code is not None:
                break
    assert app.return_code == 2, "App._handle_exception no longer sees a handler's exception"


async def test_hook3_an_error_not_handled_still_ends_the_app_as_textual_does() -> None:
    app = Failing(handle=False)
    with pytest.raises(LookupError):
        async with app.run_test():
            app.call_later(app.action_fail)
            await asyncio.sleep(0.5)
    assert app.return_code == 1


class Plot(App[None]):
    def compose(self) -> ComposeResult:
        yield PlotextPlot()

    def on_mount(self) -> None:
        plt = self.query_one(PlotextPlot).plt
        plt.plot([1, 2, 3, 4], [3.0, 1.0, 4.0, 1.5], marker="braille", label="rdl")
        plt.title("e1RM")


async def test_hook4_plot_ansi_is_what_plotext_plot_renders() -> None:
    app = Plot()
    async with app.run_test(size=(60, 16)) as pilot:
        await pilot.pause()
        plot = app.query_one(PlotextPlot)
        ours = Text.from_ansi(plot_ansi(plot))
        theirs = PlotextPlot.render(plot)
    assert isinstance(theirs, Text)
    assert ours.plain.strip(), "the plot drew nothing"
    assert ours == theirs, "PlotextPlot.render's steps changed: update plot_ansi"


async def test_hook5_write_to_terminal_goes_where_the_bell_goes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = App[None]()
    async with app.run_test() as pilot:
        await pilot.pause()
        written: list[str] = []
        driver = app._driver
        assert driver is not None, "the app has no driver: write_to_terminal writes nothing"
        monkeypatch.setattr(driver, "write", written.append)
        monkeypatch.setattr(type(app), "is_headless", property(lambda _: False))
        app.bell()
        write_to_terminal(app, "\x1b]9;hello\x07")
    assert written == ["\x07", "\x1b]9;hello\x07"], "App.bell no longer writes through the driver"
