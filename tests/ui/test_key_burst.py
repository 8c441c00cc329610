"""A burst of keys (a laggy SSH link delivers `ctrl+u 2 3 x 8 enter` at once) is applied in
order: Textual's Input runs its bound keys only after they bubble to the App, so the typed
characters overtake them (docs/key-bursts.md); OrderedInput runs them where they arrive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input

from legtui.tui.app import LegtuiApp
from legtui.tui.widgets.ordered_input import OrderedInput
from tests.ui.test_gym_loop import open_log, today_sets

BURST = ("ctrl+u", "2", "3", "x", "8", "enter")


def burst(app: App[object]) -> None:
    """Every key queued at once, as the terminal driver queues one read's worth."""
    for key in BURST:
        character = key if len(key) == 1 else {"ctrl+u": "\x15", "enter": "\r"}[key]
        app.post_message(events.Key(key, character))


class OneField(App[None]):
    def __init__(self, field: type[Input]) -> None:
        super().__init__()
        self.field = field
        self.submitted: list[str] = []

    def compose(self) -> ComposeResult:
        yield self.field(value="20x8")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.submitted.append(event.value)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        (Input, [""]),  # Textual's reordering (issue #6605): ctrl+u and enter run last
        (OrderedInput, ["23x8"]),
    ],
)
async def test_a_burst_in_a_bare_field(field: type[Input], expected: list[str]) -> None:
    app = OneField(field)
    async with app.run_test() as pilot:
        app.query_one(Input).focus()
        await pilot.pause()
        burst(app)
        for _ in range(5):
            await pilot.pause()
        assert app.submitted == expected, (
            "Textual now keeps bound keys in order: legtui's OrderedInput can go"
            if field is Input else "OrderedInput lost the order of a burst"
        )


async def test_a_burst_in_log_sets_logs_what_was_typed(
    make_app: Callable[[], LegtuiApp], store_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(48, 20)) as pilot:
        await open_log(pilot, app)
        burst(app)
        for _ in range(5):
            await pilot.pause()
        assert today_sets(store_path) == [(23.0, 8, None, "working", None)]
