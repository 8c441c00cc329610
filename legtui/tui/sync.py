"""Syncing from the app: "Sync now" in the command palette when this device has a sync target
(`legtui profile --sync FILE` or `--sync-via CMD`), and, when `--sync-auto` is on, a sync after
start-up and another before quitting. The sync runs in a thread worker (an SSH round trip never
blocks a key); its summary or its error is a notification, shown as text."""

from __future__ import annotations

import weakref
from functools import partial
from typing import TYPE_CHECKING

from legtui.store.errors import StoreError

if TYPE_CHECKING:
    from collections.abc import Callable

    from legtui.core.sync_target import SyncTarget
    from legtui.services.sync import StoppableRunner
    from legtui.tui.app import LegtuiApp

TITLE = "Sync"


def sync_commands(app: LegtuiApp) -> list[tuple[str, str, Callable[[], object]]]:
    """The palette's "Sync now", when there is somewhere to sync to."""
    target = app.store.sync_target()
    if not target.is_set:
        return []
    return [("Sync now", f"Merge with the other device: {target.describe()}",
             partial(start_sync, app))]


def sync_on_start(app: LegtuiApp) -> None:
    target = app.store.sync_target()
    if target.auto and target.is_set:
        start_sync(app)


def quit_after_sync(app: LegtuiApp) -> None:
    """Quit; with sync on quit set, sync first (a failed sync is said after the app closes).
    Quitting while a sync runs stops it and quits at once (a hung SSH link must not keep the app
    open; each side stays whole)."""
    target = app.store.sync_target()
    running = _running.get(app)
    if running is not None:
        running.stop()
    if not (target.auto and target.is_set) or running is not None:
        app.exit()
        return
    start_sync(app, then_exit=True)


def syncing(app: LegtuiApp) -> bool:
    """Whether a sync of this app is running."""
    return app in _running


def start_sync(app: LegtuiApp, then_exit: bool = False) -> None:
    target = app.store.sync_target()
    then = " before quitting (q again: quit now)" if then_exit else ""
    app.notify(f"Syncing with {target.describe()}{then}…", title=TITLE, timeout=3,
               markup=False)
    app.run_worker(partial(_sync, app, target, then_exit), thread=True, exclusive=True,
                   group="sync", exit_on_error=False)


# the app's running sync (its commands can be stopped), while there is one
_running: weakref.WeakKeyDictionary[LegtuiApp, StoppableRunner] = weakref.WeakKeyDictionary()


def _sync(app: LegtuiApp, target: SyncTarget, then_exit: bool) -> None:
    from legtui.services.sync import StoppableRunner, SyncError, sync

    runner = _running[app] = StoppableRunner()
    try:
        report = sync(app.store, target, runner)
    except (SyncError, StoreError) as error:
        _report(app, f"Sync failed: {error}", then_exit, failed=True)
        return
    finally:
        _running.pop(app, None)
    _report(app, report.brief(), then_exit)


def _report(app: LegtuiApp, text: str, then_exit: bool, failed: bool = False) -> None:
    if app.is_running:  # not when the lifter quit while it ran
        app.call_from_thread(_finished, app, text, then_exit, failed)


def _finished(app: LegtuiApp, text: str, then_exit: bool, failed: bool = False) -> None:
    if then_exit:
        app.exit(message=f"legtui: {text}" if failed else None)
        return
    app.refresh_data()
    app.notify(text, title=TITLE, severity="error" if failed else "information", markup=False,
               timeout=8 if failed else 5)
