"""The check-in maths (docs/design.md): BMR, TDEE, bands, trend weight, weekly rate, adaptive
TDEE, Targets JSON."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from legtui.core.coach import coached_targets
from legtui.core.model import LB_IN_KG, Activity, CheckIn, Profile, Unit
from legtui.core.nutrition import (
    adaptive_tdee,
    age,
    bmr,
    calorie_band,
    protein_band,
    targets_for,
    tdee,
    trend,
    weekly_rate,
    weigh_ins,
)

TODAY = date(2026, 3, 10)
MAN = Profile(unit="kg", sex="male", birth_year=1996, height_cm=180, activity="moderate",
              deficit=500)
WOMAN = Profile(unit="kg", sex="female", birth_year=1986, height_cm=165, activity="light",
                deficit=300)


def day(offset: int) -> str:
    """TODAY plus `offset` days (negative: before), as a store date."""
    return (TODAY + timedelta(days=offset)).isoformat()


def weighed(*weights: float, unit: Unit = "kg", end: int = 0) -> list[CheckIn]:
    """One check-in a day with these weights, the last on TODAY + end."""
    first = end - len(weights) + 1
    return [CheckIn(day(first + i), weight=w, unit=unit) for i, w in enumerate(weights)]


def test_age_is_current_year_minus_birth_year() -> None:
    assert age(1996, date(2026, 1, 1)) == 30
    assert age(1996, date(2026, 12, 31)) == 30


def test_bmr_and_tdee_male_reference_kg() -> None:
    # Mifflin–St Jeor, male: 10 × 80 + 6.25 × 180 − 5 × 30 + 5 = 800 + 1125 − 150 + 5
    expected_bmr = 10 * 80 + 6.25 * 180 - 5 * 30 + 5
    assert expected_bmr == 1780
    assert bmr("male", 80, 180, 30) == pytest.approx(expected_bmr)
    targets = targets_for(MAN, weighed(80), TODAY).to_json()
    assert targets["bmr"] == 1780
    assert targets["tdee"] == round(1780 * 1.55) == 2759
    assert targets["calories"] == {"low": 2759 - 500, "high": 2759 - 250, "target": 2759 - 500,
                                   "source": "formula", "reason": "TDEE 2759 − 500 kcal deficit"}


def test_bmr_and_tdee_female_reference_kg() -> None:
    # female: 10 × 65 + 6.25 × 165 − 5 × 40 − 161 = 650 + 1031.25 − 200 − 161
    expected_bmr = 650 + 1031.25 - 200 - 161
    assert bmr("female", 65, 165, 40) == pytest.approx(expected_bmr)
    targets = targets_for(WOMAN, weighed(65), TODAY).to_json()
    assert targets["bmr"] == round(expected_bmr) == 1320
    expected_tdee = round(expected_bmr * 1.375)
    assert targets["tdee"] == expected_tdee
    # deficit 300 sits inside the band
    assert targets["calories"] == {
        "low": expected_tdee - 500, "high": expected_tdee - 250, "target": expected_tdee - 300,
        "source": "formula", "reason": f"TDEE {expected_tdee} − 300 kcal deficit",
    }


@pytest.mark.parametrize("sex, offset", [("male", 5), ("female", -161)])
def test_bmr_from_a_pound_profile(sex: str, offset: int) -> None:
    profile = Profile(unit="lb", sex="male" if sex == "male" else "female", birth_year=1996,
                      height_cm=180, activity="sedentary")
    kg = 176.4 * 0.45359237  # 80.0137… kg
    expected = 10 * kg + 6.25 * 180 - 5 * 30 + offset
    targets = targets_for(profile, weighed(176.4, unit="lb"), TODAY).to_json()
    assert targets["bmr"] == round(expected)
    assert targets["tdee"] == round(expected * 1.2)
    assert targets["trend_weight"] == {"value": 176.4, "unit": "lb"}


@pytest.mark.parametrize("activity, factor", [
    ("sedentary", 1.2), ("light", 1.375), ("moderate", 1.55), ("active", 1.725),
    ("very_active", 1.9),
])
def test_activity_factors(activity: Activity, factor: float) -> None:
    assert tdee(1780, activity) == pytest.approx(1780 * factor)


def test_calorie_band_keeps_the_deficit_inside() -> None:
    assert calorie_band(2500, 400).target == 2100
    assert calorie_band(2500, 900).target == 2000  # an out-of-range stored value is clamped
    assert calorie_band(2500, 100).target == 2250


def test_protein_band_kg_and_lb() -> None:
    # 0.7–1.0 g per lb: 80 kg = 80 / 0.45359237 lb = 176.37 lb
    band = protein_band(80)
    assert (band.low, band.high) == pytest.approx((0.7 * 80 / LB_IN_KG, 80 / LB_IN_KG))
    assert targets_for(MAN, weighed(80), TODAY).to_json()["protein_g"] == {"low": 123,
                                                                          "high": 176}
    lb_profile = Profile(unit="lb", sex="male", birth_year=1996, height_cm=180)
    # 180 lb: 0.7 × 180 = 126, 1.0 × 180 = 180
    assert targets_for(lb_profile, weighed(180, unit="lb"), TODAY).to_json()["protein_g"] == {
        "low": 126, "high": 180}


def test_protein_uses_the_latest_weight() -> None:
    targets = targets_for(MAN, weighed(90, 85, 80), TODAY).to_json()
    assert targets["protein_g"] == {"low": round(0.7 * 80 / LB_IN_KG), "high": round(80 / LB_IN_KG)}


def test_fiber_from_calories_eaten_else_from_the_target() -> None:
    nothing_eaten = targets_for(MAN, weighed(80), TODAY).to_json()
    assert nothing_eaten["fiber_g"] == round(14 * 2259 / 1000) == 32
    eaten = [*weighed(80), CheckIn(day(0), calories=2000)]
    merged = [eaten[0].merged(eaten[1])]
    assert targets_for(MAN, merged, TODAY).to_json()["fiber_g"] == 28


def test_trend_smooths_with_one_tenth() -> None:
    assert trend([80, 81, 79]) == pytest.approx([80, 80.1, 80.1 + 0.1 * (79 - 80.1)])
    assert trend([]) == []
    # a salty dinner: a 2 kg spike moves the trend by 0.2 kg only
    assert trend([80] * 10 + [82])[-1] == pytest.approx(80.2)


def test_weekly_rate_of_a_steady_loss() -> None:
    checkins = weighed(*[80 - 0.5 * i / 7 for i in range(14)])
    rate = weekly_rate(weigh_ins(checkins, TODAY), TODAY)
    assert rate.value == pytest.approx(-0.5)
    assert targets_for(MAN, checkins, TODAY).to_json()["weekly_rate"] == {"value": -0.5,
                                                                          "unit": "kg"}


def test_weekly_rate_needs_a_week_of_weigh_ins() -> None:
    rate = weekly_rate(weigh_ins(weighed(80, 79.9, 79.8), TODAY), TODAY)
    assert rate.value is None and rate.reason and "7 days" in rate.reason
    targets = targets_for(MAN, weighed(80, 79.9, 79.8), TODAY)
    assert targets.weekly_rate is None
    assert any("weekly rate" in w for w in targets.warnings)


def rate_warnings(per_week: float) -> list[str]:
    checkins = weighed(*[80 + per_week * i / 7 for i in range(14)])
    return [w for w in targets_for(MAN, checkins, TODAY).warnings if "a week" in w]


def test_warns_when_losing_faster_than_one_percent_a_week() -> None:
    assert any("faster than 1 %" in w for w in rate_warnings(-1.2))  # 1 % of ~80 kg is 0.8 kg
    assert rate_warnings(-0.5) == []


def test_warns_when_the_trend_rises() -> None:
    assert any("rising" in w for w in rate_warnings(0.3))
    assert not any("rising" in w for w in rate_warnings(-0.3))


def synthetic(days: int, true_tdee: float, seed: int, weight_noise: float) -> list[CheckIn]:
    """A lifter whose body follows energy balance exactly; the scale adds water noise."""
    rng = random.Random(seed)
    body, out = 85.0, []
    for i in range(days):
        intake = round(rng.gauss(2100, 150))
        scale = round(body + rng.gauss(0, weight_noise), 1)
        out.append(CheckIn(day(i - days + 1), weight=scale, calories=intake))
        body -= (true_tdee - intake) / 7700
    return out


def test_adaptive_tdee_exact_without_noise() -> None:
    checkins = [CheckIn(day(i - 27), weight=85 - 500 * i / 7700, calories=2100)
                for i in range(28)]
    assert adaptive_tdee(checkins, TODAY).value == pytest.approx(2600)


@pytest.mark.parametrize("seed", range(5))
def test_adaptive_tdee_lands_within_150_kcal_on_noisy_weights(seed: int) -> None:
    checkins = synthetic(28, 2600, seed, weight_noise=0.3)
    estimate = adaptive_tdee(checkins, TODAY).value
    assert estimate is not None
    assert abs(estimate - 2600) <= 150


def test_adaptive_tdee_null_with_fewer_than_14_days() -> None:
    checkins = synthetic(13, 2600, 0, weight_noise=0.3)
    estimate = adaptive_tdee(checkins, TODAY)
    assert estimate.value is None
    assert estimate.reason and "adaptive TDEE needs" in estimate.reason
    assert "have 13 days" in estimate.reason
    # the targets no longer carry the old method: measured expenditure (the coach) replaced it
    targets = targets_for(MAN, checkins, TODAY)
    assert targets.adaptive_tdee is None
    assert not any("adaptive TDEE" in w for w in targets.warnings)


def test_adaptive_tdee_null_with_fewer_than_10_calorie_days() -> None:
    checkins = [CheckIn(c.date, weight=c.weight, calories=c.calories if i % 2 else None)
                for i, c in enumerate(synthetic(18, 2600, 0, 0.3))]
    assert sum(c.calories is not None for c in checkins) == 9
    estimate = adaptive_tdee(checkins, TODAY)
    assert estimate.value is None and estimate.reason and "9 with calories" in estimate.reason


def test_missing_profile_and_weight_give_nulls_with_reasons() -> None:
    targets = targets_for(Profile(), [], TODAY)
    data = targets.to_json()
    for key in ("bmr", "tdee", "calories", "protein_g", "fiber_g", "trend_weight",
                "weekly_rate", "adaptive_tdee", "water_l"):
        assert data[key] is None, key
    assert any("no bodyweight" in w for w in targets.warnings)
    assert any("sex, birth year and height" in w for w in targets.warnings)
    assert any("water target" in w for w in targets.warnings)


def test_future_check_ins_are_ignored() -> None:
    checkins = [*weighed(80), CheckIn(day(1), weight=90)]
    assert targets_for(MAN, checkins, TODAY).to_json()["trend_weight"]["value"] == 80.0


def test_json_shape_matches_the_issue() -> None:
    profile = Profile(unit="kg", sex="male", birth_year=1996, height_cm=180, water_target_l=2.5)
    checkins = synthetic(28, 2600, 1, 0.3)
    assert targets_for(profile, checkins, TODAY).to_json()["expenditure"] is None
    data = coached_targets(profile, checkins, TODAY).to_json()  # what `targets --json` prints
    assert list(data) == ["bmr", "tdee", "calories", "protein_g", "sleep_h", "fiber_g",
                          "sodium_mg_max", "water_l", "trend_weight", "weekly_rate",
                          "adaptive_tdee", "expenditure", "goal", "warnings"]
    assert set(data["calories"]) == {"low", "high", "target", "source", "reason"}
    assert data["expenditure"]["kcal"] == data["adaptive_tdee"] and data["goal"] is None
    assert set(data["protein_g"]) == set(data["sleep_h"]) == {"low", "high"}
    assert data["sleep_h"] == {"low": 7, "high": 9}
    assert data["sodium_mg_max"] == 2300
    assert data["water_l"] == 2.5
    assert set(data["trend_weight"]) == set(data["weekly_rate"]) == {"value", "unit"}
    assert isinstance(data["trend_weight"]["value"], float)
    for key in ("bmr", "tdee", "fiber_g", "adaptive_tdee"):
        assert isinstance(data[key], int), key
    assert data["warnings"] == []
