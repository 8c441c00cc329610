"""Every use of a private name of Textual (and of textual-plotext and plotext) is here, and only
here. Each says what it buys, measured; `tests/ui/test_textual_hooks.py` fails loudly, naming
the hook, when an upgrade changes the behaviour one relies on. Where a public API does the job
it is used instead (for example `ScreenResume.refresh_styles`, a public field of a public event;
what is private there is only the order in which the handlers run).

1. `Screen._css_update_count` (`HookedScreen.__init__`). Textual re-applies the whole app's
   stylesheet to every node of every screen when a screen is shown whose counter lags the app's,
   and a new screen's counter starts at -1; that refresh grows with every area opened. A new
   screen is styled as it mounts anyway, so it starts level with the app. Buys: a screen opened
   as a mode from Today paints 33-47 ms after the key instead of 80-120 ms
   (docs/benchmarks.md, "Open Progression").
2. The first `ScreenResume` keeps its styles (`HookedScreen`). Textual re-applies every style
   of a screen on each resume (twice on its first open, just after its nodes were styled as they
   mounted). Our handler runs before Textual's own `Screen._on_screen_resume`, which reads the
   flag. Buys, in Textual's restyling alone, on a 5-year store: Today's start-up 4-22 ms,
   History's first open 16-19 ms, Setup's (the largest screen) 76-103 ms (docs/benchmarks.md,
   "The Textual hooks"). A later resume restyles as Textual does (the theme may have changed).
3. `App._handle_exception` (`HookedApp`). Textual has no public hook for an exception raised in
   a message handler: it prints a traceback and exits. Buys: a store that cannot be read (another
   process broke the file) ends the app with the store's one-line message and status 2, as the
   command line does (`tests/ui/test_store_errors.py`).
4. `PlotextPlot._get_plotext_theme_name` and plotext's `_set_size` (`plot_ansi`): the steps of
   `PlotextPlot.render`, which ends in `Text.from_ansi`; the chart reads the same ANSI about 3 x
   faster (`legtui.tui.widgets.ansi_text`), part of Progression's 32-68 ms from key to painted.
5. `App._driver.write` (`write_to_terminal`). Textual has no public call that writes raw bytes
   to the terminal; its own `App.bell()` writes BEL through the driver the same way. Buys: the
   rest alert's desktop notification (OSC 9 and 777, docs/rest-alert.md), which must reach the
   terminal as written, between two frames.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import App
from textual.events import ScreenResume, ScreenSuspend
from textual.screen import Screen

if TYPE_CHECKING:  # plotext is imported when Progression opens, not at start-up
    from textual_plotext import PlotextPlot


class HookedScreen(Screen[None]):
    """A screen that opens without an app-wide style refresh (hooks 1 and 2)."""

    _shown_before = False  # suspended at least once (another area or a dialog was opened)

    def __init__(self) -> None:
        super().__init__()
        self._css_update_count = self.app._css_update_count

    @on(ScreenResume)
    def _first_resume_keeps_styles(self, event: ScreenResume) -> None:
        """Runs after a screen's `on_screen_resume` and before Textual's own handler."""
        if not self._shown_before:
            event.refresh_styles = False

    @on(ScreenSuspend)
    def _suspended(self) -> None:
        self._shown_before = True


class HookedApp(App[None]):
    """An app that lets `handled_error` deal with an expected error instead of crashing (hook 3)."""

    def handled_error(self, error: Exception) -> bool:
        """True when the error was dealt with (the app says so); apps override."""
        return False

    def _handle_exception(self, error: Exception) -> None:
        if not self.handled_error(error):
            super()._handle_exception(error)


def plot_ansi(plot: PlotextPlot, height: int | None = None) -> str:
    """What `PlotextPlot.render` hands to `Text.from_ansi`: the plot at the widget's size (or
    `height` rows, leaving room for a legend line) in the plot's theme, as ANSI text (hook 4)."""
    plt = plot.plt
    rows = plot.size.height if height is None else height
    plt.plotsize(plot.size.width, rows)
    plt._set_size(plot.size.width, rows)
    plt.theme(plot._get_plotext_theme_name(plot.app.theme))
    built: str = plt.build()
    return built


def write_to_terminal(app: App[object], text: str) -> None:
    """Write `text` to the terminal as it is, as `App.bell()` writes BEL; nothing when the app
    runs headless (tests) or has no driver yet (hook 5)."""
    if app.is_headless:
        return
    driver = app._driver
    if driver is not None:
        driver.write(text)
