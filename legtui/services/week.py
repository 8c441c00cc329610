"""The week in review over the store, for `legtui week` and the Week screen."""

from __future__ import annotations

from datetime import date, timedelta

from legtui.core.coach import coached_targets
from legtui.core.provenance import week_sources
from legtui.core.week_review import DAYS, WeekReview, review_lines, week_review
from legtui.store import Store


def review_week(store: Store, end: date) -> WeekReview:
    """The 7 days ending on `end`, judged against the targets of that day."""
    profile = store.profile()
    checkins = store.checkins(until=end.isoformat())
    start = (end - timedelta(days=DAYS - 1)).isoformat()
    sessions = store.sessions(since=start, until=end.isoformat())
    return week_review(sessions, checkins, coached_targets(profile, checkins, end),
                       store.catalog(), len(store.plan().days), profile.length_unit, end)


def week_lines_with_sources(store: Store, review: WeekReview) -> list[str]:
    """The review's lines and, before next week's focus, which apps filled the week's check-ins
    (`values from Cronometer on 6 days, Withings on 7 days`) when any did."""
    lines = review_lines(review)
    days = store.checkins(since=review.start.isoformat(), until=review.end.isoformat())
    imported = week_sources(days)
    return [*lines[:-1], imported, lines[-1]] if imported else lines
