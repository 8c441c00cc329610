"""Editing a logged set (shared by Log sets and History): the typed text becomes one set that keeps
the old one's exercise, unit and time; more than one set or bad text is refused."""

from __future__ import annotations

import pytest

from legtui.core.model import SetEntry
from legtui.core.setspec import SetSyntaxError
from legtui.services.gym import edited_set, typed_text

OLD = SetEntry("s1", "rdl", 100.0, "lb", 8, "2026-11-23T18:00:00.000000Z", 8.0, "working",
               "grip")


def test_typed_text_is_what_an_edit_starts_from() -> None:
    assert typed_text(OLD) == "100lbx8@8 # grip"
    assert edited_set(typed_text(OLD), OLD).note == "grip"


def test_an_edit_keeps_exercise_unit_and_time() -> None:
    new = edited_set("105x6@9", OLD)
    assert (new.exercise, new.load, new.unit, new.reps, new.rpe, new.logged_at) == (
        "rdl", 105.0, "lb", 6, 9.0, OLD.logged_at)
    assert edited_set("x10", OLD).load == 100.0  # reps only: the load stays
    assert edited_set("w60x5", OLD).kind == "warmup"


@pytest.mark.parametrize("text", ["100x8x3", "heavy", ""])
def test_more_than_one_set_or_bad_text_is_refused(text: str) -> None:
    with pytest.raises(SetSyntaxError):
        edited_set(text, OLD)
