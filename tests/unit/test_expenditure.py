"""The measured-expenditure filter: a short run by hand, missing and partial days, outliers,
the states and the window (docs/science.md, "Measured expenditure")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from legtui.core.expenditure import Day, glycogen_kg, predicted_intake, track, usable_intake
from legtui.core.measured import WINDOW_DAYS, measured, window_days
from legtui.core.model import CheckIn, Profile

TODAY = date(2026, 3, 10)
MAN = Profile(sex="male", birth_year=1996, height_cm=180, activity="moderate")


def test_a_two_day_run_by_hand() -> None:
    # prior 2,500 ± 350 kcal, ρ = 7,000 kcal/kg; day 0: 80.0 kg, ate 2,000; day 1: 80.0 kg
    steps = track([Day(0, 80.0, 2000.0), Day(1, 80.0, None)], 2500, 7000)
    first, second = steps
    assert first is not None and second is not None
    # the first weigh-in says nothing yet about expenditure
    assert (first.kcal, first.sd) == (2500, 350)
    # overnight: tissue 80 + (2000 − 2500) / 7000 = 79.92857 kg; after day 0's update
    # P_FF = 1 − 1/1.3825, P_FW = −0.36/1.3825, P_WW = 0.36 − 0.1296/1.3825
    p_ff, p_fw, p_ww = 1 - 1 / 1.3825, -0.36 / 1.3825, 0.36 - 0.1296 / 1.3825
    # the prediction: P_FF += 350²/7000² + (200/7000)², P_FW ×= 0.8, P_WW = 0.64 P_WW + 0.1296,
    # P_FE = −350² / 7000 = −17.5
    p_ff += (350 / 7000) ** 2 + (200 / 7000) ** 2
    p_fw *= 0.8
    p_ww = 0.64 * p_ww + 0.36 * 0.36
    s = p_ff + 2 * p_fw + p_ww + 0.15 ** 2
    # day 1 reads 80.0, 0.0714 kg above the prediction: less was spent than thought
    expected = 2500 + (-17.5) * (80.0 - (80 - 500 / 7000)) / s
    assert second.kcal == pytest.approx(expected)
    assert round(second.kcal, 1) == 2493.3
    assert second.sd == pytest.approx((350 ** 2 + 20 ** 2 - 17.5 ** 2 / s) ** 0.5)


def steady(days: int, eaten: float, loss_per_day: float, start: float = 85.0) -> list[Day]:
    return [Day(t % 7, start - loss_per_day * t, eaten) for t in range(days)]


def test_a_steady_loss_is_read_with_the_energy_density() -> None:
    # eating 2,200 and losing 0.05 kg a day at 7,000 kcal/kg: spending 2,550
    steps = track(steady(120, 2200, 0.05), 3000, 7000)
    final = steps[-1]
    assert final is not None
    assert final.kcal == pytest.approx(2550, abs=15)
    assert final.low < 2550 < final.high


def test_missing_intake_is_predicted_from_the_same_weekday() -> None:
    eaten = {5: 3000.0, 6: None}  # Saturdays 3,000; Sundays never logged; weekdays 2,000
    days = [Day(t % 7, 80.0, eaten.get(t % 7, 2000.0)) for t in range(21)]
    days += [Day(0, 80.0, None), Day(5, 80.0, None), Day(6, 80.0, None)]
    logged = usable_intake(days)
    assert predicted_intake(days, logged, 21) == 2000  # Mondays
    assert predicted_intake(days, logged, 22) == 3000  # the Saturdays, not the mean
    assert predicted_intake(days, logged, 23) == 3000  # no Sunday logged: the weekend days
    assert predicted_intake(days[:1], [None], 0) is None


def test_a_day_far_under_the_recent_median_reads_as_partial() -> None:
    days = [Day(t % 7, 80.0, 2000.0) for t in range(10)] + [Day(3, 80.0, 900.0)]
    assert usable_intake(days)[-1] is None
    assert usable_intake(days)[-2] == 2000


def test_glycogen_water_follows_the_recent_intake_change() -> None:
    assert glycogen_kg([2000.0] * 28) == 0
    assert glycogen_kg([2000.0] * 24 + [2500.0] * 4) == pytest.approx(2.0 * (500 - 500 / 7) / 1000)
    assert glycogen_kg([1000.0] * 24 + [4000.0] * 4) == 1.5  # at most 1.5 kg


def test_an_outlier_weigh_in_counts_less() -> None:
    base = steady(60, 2200, 0.05)
    spiked = [*base[:-1], Day(base[-1].weekday, base[-1].weight_kg + 3, 2200)]  # type: ignore[operator]
    plain, robust = track(base, 2700, 7000)[-1], track(spiked, 2700, 7000)[-1]
    assert plain is not None and robust is not None
    # a full-weight update would move the estimate by hundreds of kcal
    assert abs(robust.kcal - plain.kcal) < 100


def checkins(days: int, *, partial_every: int = 0, calories: int = 2300) -> list[CheckIn]:
    out = []
    for back in range(days):
        day = TODAY - timedelta(days=days - 1 - back)
        partial = bool(partial_every) and back % partial_every == 0
        out.append(CheckIn(day.isoformat(), weight=round(85 - 0.05 * back, 2),
                           calories=1500 if partial else calories, partial=partial or None))
    return out


def test_partial_days_are_left_out() -> None:
    flagged = checkins(60, partial_every=5)
    unlogged = [replace(c, calories=None, partial=None) if c.partial else c for c in flagged]
    assert measured(MAN, flagged, TODAY) == measured(MAN, unlogged, TODAY)
    assert measured(MAN, flagged, TODAY) != measured(MAN, [replace(c, partial=None)
                                                           for c in flagged], TODAY)


def test_states_measuring_ready_holding() -> None:
    assert measured(MAN, [], TODAY).state == "measuring"
    assert measured(MAN, [], TODAY).kcal is None
    early = measured(MAN, checkins(10), TODAY)
    assert early.state == "measuring" and early.kcal is not None
    assert "ready at ±200" in early.reason
    ready = measured(MAN, checkins(70), TODAY)
    assert ready.state == "ready", ready.reason
    assert ready.low is not None and ready.high is not None and ready.high - ready.low < 400
    thin = [c for i, c in enumerate(checkins(70)) if i < 56 or i % 3 == 0]
    holding = measured(MAN, thin, TODAY)
    assert holding.state == "holding" and holding.kcal is not None
    gone = measured(MAN, checkins(70)[:40], TODAY)  # nothing in the last 30 days
    assert gone.state == "holding" and gone.kcal is None


def test_only_the_window_matters() -> None:
    long = checkins(400)
    assert measured(MAN, long, TODAY) == measured(MAN, long[-WINDOW_DAYS:], TODAY)
    assert len(window_days(long, TODAY - timedelta(days=WINDOW_DAYS - 1), TODAY)) == WINDOW_DAYS


def test_json_shape() -> None:
    data = measured(MAN, checkins(70), TODAY).to_json()
    assert list(data) == ["kcal", "low", "high", "state", "reason"]
    assert all(isinstance(data[k], int) for k in ("kcal", "low", "high"))
