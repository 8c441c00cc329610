"""Correcting a logged set from a screen (Log sets, a History session): read the edit, ask, store.

Await these inside a `@work` method (they wait for the confirmation dialog). Each reports its
outcome through `say(text, error)` and returns what changed, or None when nothing did.
"""

from __future__ import annotations

from collections.abc import Callable

from legtui.core.model import SetEntry
from legtui.core.setspec import SetSyntaxError, set_label
from legtui.services.gym import edited_set, is_unilateral
from legtui.services.sets import set_doubts
from legtui.store import StoreError
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.screens.confirm import ConfirmScreen

Say = Callable[[str, bool], None]  # (message, is an error)


async def edit_set(screen: LegtuiScreen, old: SetEntry, text: str, say: Say) -> SetEntry | None:
    """`old` changed to the typed `text` once confirmed; the stored set, or None."""
    catalog = screen.store.catalog()
    equipment = catalog.get(old.exercise).equipment if old.exercise in catalog else None
    try:
        new = edited_set(text, old, unilateral=is_unilateral(catalog, old.exercise),
                         equipment=equipment)
    except SetSyntaxError as error:
        say(str(error), True)
        return None
    question = f"Change {set_label(old)} to {set_label(new)}?"
    doubts = set_doubts(screen.store, old.exercise, [new], old.logged_at[:10])
    if doubts:
        question += f" {'; '.join(doubts)}."
    if not await screen.app.push_screen_wait(ConfirmScreen(question)):
        say("Not changed.", False)
        return None
    try:
        stored = screen.store.update_set(old.id, new)
    except StoreError as error:
        say(str(error), True)
        return None
    say(f"Changed to {set_label(stored)}.", False)
    return stored


async def delete_set(screen: LegtuiScreen, entry: SetEntry, where: str, say: Say
                     ) -> SetEntry | None:
    """`entry` deleted once confirmed (`where` ends the question, e.g. " of 2026-11-23"); the
    deleted set, or None."""
    question = f"Delete {set_label(entry)} ({entry.kind}){where}?"
    if not await screen.app.push_screen_wait(ConfirmScreen(question)):
        say("Kept.", False)
        return None
    try:
        screen.store.delete_set(entry.id)
    except StoreError as error:
        say(str(error), True)
        return None
    say(f"Deleted {set_label(entry)}.", False)
    return entry
