"""The week in review over the store, for `legtui week` and the Week screen."""

from __future__ import annotations

from datetime import date, timedelta

from legtui.core.coach import coached_targets
from legtui.core.week_review import DAYS, WeekReview, week_review
from legtui.store import Store


def review_week(store: Store, end: date) -> WeekReview:
    """The 7 days ending on `end`, judged against the targets of that day."""
    profile = store.profile()
    checkins = store.checkins(until=end.isoformat())
    start = (end - timedelta(days=DAYS - 1)).isoformat()
    sessions = store.sessions(since=start, until=end.isoformat())
    return week_review(sessions, checkins, coached_targets(profile, checkins, end),
                       store.catalog(), len(store.plan().days), profile.length_unit, end)
