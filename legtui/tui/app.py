"""The Textual app: the top-level areas as modes, global keys, the store, the clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from legtui.core.clock import Clock
from legtui.core.text import shown
from legtui.paths import config_path, resolve_store_path, styles_dir
from legtui.store import Store, StoreError
from legtui.tui.palette import LegtuiCommands
from legtui.tui.textual_hooks import HookedApp

if TYPE_CHECKING:
    from legtui.services.progress import ProgressCache

AREAS: tuple[tuple[str, str, str, str], ...] = (
    # key, mode, title, what it is for
    ("t", "today", "Today", "Today's plan, next targets and check-in status"),
    ("p", "progression", "Progress", "Charts of estimated 1RM, records and volume"),
    ("h", "history", "History", "Past sessions by week; open one to correct it"),
    ("c", "checkin", "Check-in", "Weight, sleep, calories, protein, stress"),
    ("s", "setup", "Setup", "Units, body data, deficit, training days, workouts"),
)


def _today() -> Screen[None]:
    from legtui.tui.screens.today import TodayScreen

    return TodayScreen()


def _checkin() -> Screen[None]:
    from legtui.tui.screens.checkin import CheckinScreen

    return CheckinScreen()


def _setup() -> Screen[None]:
    from legtui.tui.screens.setup import SetupScreen

    return SetupScreen()


def _progression() -> Screen[None]:
    from legtui.tui.screens.progression import ProgressionScreen

    return ProgressionScreen()


def _history() -> Screen[None]:
    from legtui.tui.screens.history import HistoryScreen

    return HistoryScreen()


# The top-level areas' screens, made when an area is first opened.
AREA_SCREENS: dict[str, Callable[[], Screen[None]]] = {
    "today": _today,
    "checkin": _checkin,
    "setup": _setup,
    "progression": _progression,
    "history": _history,
}


class LegtuiApp(HookedApp):
    TITLE = "legtui"
    # Every screen's styles, parsed once at start-up: a screen with its own CSS_PATH makes
    # Textual re-parse every stylesheet of the app when it first opens.
    CSS_PATH: ClassVar[list[str | PurePath]] = sorted(styles_dir().glob("*.tcss"))
    ENABLE_COMMAND_PALETTE = True
    POLL_SECONDS = 1.0
    PREPARE_AFTER_SECONDS = 0.3  # after Today's first paint, Progression is prepared
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        *App.COMMANDS,
        LegtuiCommands,
    }
    MODES: ClassVar[dict[str, str | Callable[[], Screen[None]]]] = {
        mode: AREA_SCREENS[mode] for _, mode, _, _ in AREAS
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(key, f"area('{mode}')", title, id=mode, tooltip=tip)
            for key, mode, title, tip in AREAS
        ),
        Binding(
            "question_mark,f1", "help", "Help", id="help",
            tooltip="Every key of every screen (f1 also while typing in a field)",
        ),
        Binding("q", "quit", "Quit", id="quit", tooltip="Leave legtui (everything is saved)"),
    ]

    def __init__(
        self,
        store: Store,
        now_fn: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        config: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.keymap, self._keymap_warning = self._read_keymap(config)
        self._now_fn = now_fn
        self.monotonic = monotonic  # the rest timer's clock (frozen in tests and screenshots)
        self._store_error: str | None = None  # the store problem on screen now, if any
        self._reads_shown = store.reads  # the store's reads the screens have rendered
        self.progress_cache: ProgressCache | None = None  # Progression's numbers, made ahead

    def _read_keymap(self, config: Path | None) -> tuple[dict[str, str], str | None]:
        """The lifter's keys from config.toml ([keys]; see legtui.tui.keymap), applied."""
        if config is None:
            return {}, None
        from legtui.tui.keymap import load_keymap
        from legtui.tui.keys import binding_ids

        loaded = load_keymap(config, binding_ids())
        self.set_keymap(loaded.keys)
        return loaded.keys, loaded.warning

    @property
    def clock(self) -> Clock:
        """The lifter's clock, from the profile (zone and day start)."""
        profile = self.store.profile()
        return Clock(profile.timezone, profile.day_start_hour, now_fn=self._now_fn)

    def on_mount(self) -> None:
        self.switch_mode("today")
        if self._keymap_warning:
            self.notify(self._keymap_warning, severity="warning", timeout=8)
        self.set_interval(self.POLL_SECONDS, self._poll_store)
        self.call_after_refresh(self._after_first_paint)
        for warning in (self.store.migration_notice, self.clock.warning, self._damage_warning()):
            if warning:
                self.notify(shown(warning), severity="warning", timeout=10, markup=False)

    def _damage_warning(self) -> str | None:
        damage = self.store.damage
        if not damage:
            return None
        more = f" and {len(damage) - 1} more" if len(damage) > 1 else ""
        return (f"The store is damaged ({damage[0].line()}{more}): showing the healthy days; "
                f"nothing can be saved until `legtui store repair` or `legtui store restore`.")

    def _after_first_paint(self) -> None:
        self.set_timer(self.PREPARE_AFTER_SECONDS, self._prepare_progression)
        from legtui.tui.sync import sync_on_start

        sync_on_start(self)

    async def action_quit(self) -> None:
        """Quit (after a sync, when this device syncs on quit: legtui.tui.sync)."""
        from legtui.tui.sync import quit_after_sync

        quit_after_sync(self)

    def _prepare_progression(self) -> None:
        """While the lifter reads Today, a thread imports Progression and computes what it first
        shows, so `p` opens it at once. A failure here only means the screen computes it when
        it opens (and reports any error then)."""
        self.run_worker(self._prepare_progression_work, thread=True, exit_on_error=False,
                        group="prepare")

    def _prepare_progression_work(self) -> None:
        from legtui.tui.screens.progression import prepare

        prepare(self)

    def handled_error(self, error: Exception) -> bool:
        """A store that cannot be read (another process left a broken file, or removed it)
        shows its one-line message on screen; the app goes on with what it shows, nothing
        saved is lost, and the next poll tries again."""
        if isinstance(error, StoreError):
            self._show_store_error(str(error))
            return True
        return False

    def _show_store_error(self, message: str) -> None:
        if message != self._store_error:  # once, not at every poll
            self._store_error = message
            self.notify(shown(message), title="Store", severity="error", timeout=30,
                        markup=False)

    def _poll_store(self) -> None:
        """Another process (a second SSH session, `legtui log`) wrote: re-render. Counted by
        the store's reads, not by this refresh alone: Progression's preparing thread may have
        read the new file first. A store that cannot be read now is said on screen."""
        try:
            self.store.refresh()
        except StoreError as error:
            self._show_store_error(str(error))
            return
        self._store_error = None
        if self.store.reads != self._reads_shown:
            self._reads_shown = self.store.reads
            self.refresh_data()
            self.notify(self._damage_warning() or "Updated from another session.", timeout=2,
                        markup=False)

    def refresh_data(self) -> None:
        """Every screen on the stack re-reads the store."""
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_data", None)
            if callable(refresh):
                refresh()

    def action_area(self, mode: str) -> None:
        """To the area's own screen: another area's, or this one's under what was opened on it
        (the Week over Check-in, a session over History)."""
        if mode != self.current_mode:
            self.switch_mode(mode)
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_help(self) -> None:
        from legtui.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())


def run_app(db: str | None) -> int:
    app = LegtuiApp(Store(resolve_store_path(db)), config=config_path())
    app.run()
    return app.return_code or 0
