"""Goal projection: toward the goal, flat, away from it, reached (docs/science.md, "Goal")."""

from __future__ import annotations

from datetime import date

from legtui.core.goal import project

TODAY = date(2026, 3, 10)


def test_toward_the_goal_gives_a_date() -> None:
    # 80 → 75 kg at −0.5 kg a week: 10 weeks = 70 days
    goal = project(75, 80, -0.5, "kg", TODAY)
    assert goal.date == date(2026, 5, 19)
    assert goal.to_json() == {"weight": 75.0, "unit": "kg", "date": "2026-05-19",
                              "reason": "5.0 kg to go at 0.50 kg a week"}


def test_a_part_day_rounds_up_and_pounds_show_in_pounds() -> None:
    # 2 kg at 0.3 kg a week = 46.67 days → 47
    goal = project(78, 80, -0.3, "lb", TODAY)
    assert (goal.date - TODAY).days == 47  # type: ignore[operator]
    assert goal.to_json()["unit"] == "lb" and goal.to_json()["weight"] == 172.0
    assert goal.reason == "4.4 lb to go at 0.66 lb a week"


def test_a_gain_goal_with_a_rising_trend() -> None:
    assert project(65, 60, 0.25, "kg", TODAY).date == date(2026, 7, 28)  # 20 weeks = 140 days


def test_flat_away_reached_and_no_rate_give_no_date_and_say_why() -> None:
    flat = project(75, 80, -0.02, "kg", TODAY)
    away = project(75, 80, 0.3, "kg", TODAY)
    reached = project(75, 75.05, -0.4, "kg", TODAY)
    no_rate = project(75, 80, None, "kg", TODAY)
    no_weight = project(75, None, None, "kg", TODAY)
    assert all(g.date is None for g in (flat, away, reached, no_rate, no_weight))
    assert "flat" in flat.reason and "away from the goal" in away.reason
    assert "reached" in reached.reason and "weekly rate" in no_rate.reason
    assert no_weight.to_json()["date"] is None
