"""Each seed hint appears only while its trigger holds."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from legtui.core.hints import hints_for
from legtui.core.model import CheckIn, Profile
from legtui.core.nutrition import targets_for

TODAY = date(2026, 3, 10)
PROFILE = Profile(unit="kg", sex="male", birth_year=1996, height_cm=180, activity="moderate",
                  deficit=500, water_target_l=2.5)  # band 2259–2509 at 80 kg


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def steady(days: int = 14, start: float = 80.0, per_week: float = -0.3) -> list[CheckIn]:
    """Daily weigh-ins ending today on a gentle trend; nothing else logged."""
    return [CheckIn(day(i - days + 1), weight=start + per_week * i / 7) for i in range(days)]


def with_today(checkins: list[CheckIn], **fields: Any) -> list[CheckIn]:
    """Merge fields into today's check-in."""
    others = [c for c in checkins if c.date != day(0)]
    old = next((c for c in checkins if c.date == day(0)), CheckIn(day(0)))
    return [*others, old.merged(CheckIn(day(0), **fields))]


def keys(checkins: list[CheckIn]) -> list[str]:
    targets = targets_for(PROFILE, checkins, TODAY)
    return [h.key for h in hints_for(checkins, targets, TODAY)]


def test_no_hints_on_a_good_day() -> None:
    good = with_today(steady(), sleep_h=8, stress=2, calories=2300, sodium_mg=1800, water_l=3)
    assert keys(good) == []


def test_short_sleep_last_night() -> None:
    assert "sleep" in keys(with_today(steady(), sleep_h=6.5))
    assert "sleep" not in keys(with_today(steady(), sleep_h=7))
    # yesterday's short night is not last night
    yesterday = [*steady(), CheckIn(day(-1), sleep_h=5)]
    assert "sleep" not in keys(yesterday)


def test_sleep_hint_names_the_hormones() -> None:
    checkins = with_today(steady(), sleep_h=5)
    targets = targets_for(PROFILE, checkins, TODAY)
    text = next(h.text for h in hints_for(checkins, targets, TODAY) if h.key == "sleep")
    assert "ghrelin" in text and "leptin" in text


def stressed(levels: list[int | None]) -> list[CheckIn]:
    """Stress on the last len(levels) days, the last one today (None: not logged)."""
    base = {c.date: c for c in steady()}
    for back, level in enumerate(reversed(levels)):
        date_ = day(-back)
        base[date_] = base.get(date_, CheckIn(date_)).merged(CheckIn(date_, stress=level))
    return sorted(base.values(), key=lambda c: c.date)


def test_high_stress_three_days_running() -> None:
    assert "stress" in keys(stressed([4, 5, 4]))
    assert "stress" not in keys(stressed([4, 3, 5]))  # broken run
    assert "stress" not in keys(stressed([5, 5]))  # only two days


def test_high_stress_run_ending_yesterday_counts_until_today_is_logged() -> None:
    assert "stress" in keys(stressed([4, 4, 4, None]))
    assert "stress" not in keys(stressed([4, 4, 4, 2]))


def test_fast_loss() -> None:
    assert "fast-loss" in keys(steady(per_week=-1.2))  # 1 % of 80 kg is 0.8 kg a week
    assert "fast-loss" not in keys(steady(per_week=-0.5))


def test_calories_under_the_band() -> None:
    assert "under-band" in keys(with_today(steady(), calories=1800))
    assert "under-band" not in keys(with_today(steady(), calories=2400))


def test_water_and_sodium() -> None:
    assert "water-sodium" in keys(with_today(steady(), sodium_mg=3500))
    assert "water-sodium" in keys(with_today(steady(), water_l=1.0))
    assert "water-sodium" not in keys(with_today(steady(), sodium_mg=2000, water_l=2.5))


def test_a_weigh_in_jump_reads_as_water() -> None:
    jumped = [*steady()[:-1], CheckIn(day(0), weight=82.5)]
    assert "water-sodium" in keys(jumped)


def test_spot_reduction_when_the_thigh_does_not_shrink() -> None:
    stalled = [*steady(), CheckIn(day(-20), thigh=60), CheckIn(day(0), thigh=60)]
    shrinking = [*steady(), CheckIn(day(-20), thigh=60), CheckIn(day(0), thigh=59)]
    too_soon = [*steady(), CheckIn(day(-7), thigh=60), CheckIn(day(0), thigh=61)]

    def merged(checkins: list[CheckIn]) -> list[CheckIn]:
        days: dict[str, CheckIn] = {}
        for c in checkins:
            days[c.date] = days[c.date].merged(c) if c.date in days else c
        return sorted(days.values(), key=lambda c: c.date)

    assert "spot-reduction" in keys(merged(stalled))
    assert "spot-reduction" not in keys(merged(shrinking))
    assert "spot-reduction" not in keys(merged(too_soon))


def test_high_stress_streak_tolerates_one_missing_day() -> None:
    assert "stress" in keys(stressed([4, None, 5, 4]))  # one day not logged inside the run
    assert "stress" in keys(stressed([4, 4, None, 5]))
    assert "stress" not in keys(stressed([4, None, None, 5, 4]))  # two missing: broken
    assert "stress" not in keys(stressed([4, None, 3, 5, 4]))  # a calm day still breaks it
    assert "stress" not in keys(stressed([None, 4, None, 5]))  # two high days, not three
