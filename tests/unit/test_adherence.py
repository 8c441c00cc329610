"""Adherence over a month: sessions per ISO week against the plan, and the streak."""

from __future__ import annotations

from datetime import date

from legtui.core.adherence import adherence
from legtui.core.model import Session, SetEntry


def day(iso: str, warmup_only: bool = False) -> Session:
    kind = "warmup" if warmup_only else "working"
    return Session(iso, (SetEntry("x", "rdl", 60, "kg", 10, "", None, kind),))


# February 2026: Mondays are the 2nd, 9th, 16th, 23rd; March 2 starts the next week.
MONTH = [
    day("2026-02-02"), day("2026-02-04"), day("2026-02-06"),  # W06: 3, met
    day("2026-02-10"),  # W07: 1 (plus a warm-up-only day that does not count)
    day("2026-02-12", warmup_only=True),
    day("2026-02-16"), day("2026-02-18"), day("2026-02-20"),  # W08: 3, met
    day("2026-02-23"), day("2026-02-25"), day("2026-02-28"),  # W09: 3, met
]


def test_month_with_a_missed_week() -> None:
    result = adherence(MONTH, 3, date(2026, 3, 3))  # Tuesday of W10, nothing logged yet
    assert [(w.week[1], w.sessions, w.met) for w in result.weeks] == [
        (6, 3, True), (7, 1, False), (8, 3, True), (9, 3, True), (10, 0, False),
    ]
    assert result.this_week is not None and result.this_week.in_progress
    assert result.streak == 2  # W08, W09; the week in progress does not break it


def test_a_finished_missed_week_breaks_the_streak() -> None:
    result = adherence(MONTH, 3, date(2026, 3, 9))  # W10 ended with nothing
    assert result.weeks[-2].week == (2026, 10) and not result.weeks[-2].met
    assert result.streak == 0


def test_the_week_in_progress_counts_once_met() -> None:
    sessions = [*MONTH, day("2026-03-02"), day("2026-03-04")]
    assert adherence(sessions, 2, date(2026, 3, 4)).streak == 3  # W08, W09 and W10 (met)
    assert adherence(sessions, 1, date(2026, 3, 4)).streak == 5  # every week at 1 a week
    assert adherence(sessions, 3, date(2026, 3, 4)).streak == 2
    assert adherence(sessions, 3, date(2026, 2, 27)).weeks[-1].sessions == 2  # later ignored


def test_no_sessions() -> None:
    result = adherence([], 3, date(2026, 3, 3))
    assert result.weeks == () and result.streak == 0 and result.this_week is None
