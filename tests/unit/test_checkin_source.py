"""A check-in's per-field source: kept while a value is unchanged, dropped when typed over."""

from __future__ import annotations

from legtui.core.model import CheckIn
from legtui.core.provenance import day_sources, week_sources

IMPORTED = CheckIn("2026-01-05", weight=80.2, calories=2100, partial=True,
                   source={"weight": "Withings", "calories": "Cronometer",
                           "partial": "Cronometer"})


def test_typing_over_a_value_makes_it_hand_typed() -> None:
    day = IMPORTED.merged(CheckIn("2026-01-05", calories=1900, stress=2))
    assert (day.calories, day.stress, day.weight) == (1900, 2, 80.2)
    assert day.source == {"weight": "Withings", "partial": "Cronometer"}


def test_the_same_value_keeps_its_source_but_not_in_another_unit() -> None:
    same = IMPORTED.merged(CheckIn("2026-01-05", weight=80.2, calories=2100))
    assert same.source == IMPORTED.source
    pounds = IMPORTED.merged(CheckIn("2026-01-05", weight=80.2, unit="lb"))
    assert pounds.source == {"calories": "Cronometer", "partial": "Cronometer"}


def test_a_value_given_with_a_source_takes_it() -> None:
    day = IMPORTED.merged(CheckIn("2026-01-05", weight=80.0, source={"weight": "Garmin Connect"}))
    assert day.source == {"weight": "Garmin Connect", "calories": "Cronometer",
                          "partial": "Cronometer"}


def test_no_source_left_is_none_and_the_document_round_trips() -> None:
    typed = IMPORTED.merged(CheckIn("2026-01-05", weight=79.0, calories=2000, partial=False))
    assert typed.source is None
    data = IMPORTED.to_dict()
    assert list(data["source"]) == ["calories", "partial", "weight"]
    assert CheckIn.from_dict(data) == IMPORTED


def test_the_words_for_a_day_and_a_week() -> None:
    assert day_sources(IMPORTED) == "from Withings: weight · from Cronometer: calories"
    assert day_sources(CheckIn("2026-01-06", weight=80)) == ""
    other = CheckIn("2026-01-06", weight=80.1, source={"weight": "Withings"})
    assert week_sources([IMPORTED, other]) == "values from Cronometer on 1 day, Withings on 2 days"
    assert week_sources([CheckIn("2026-01-06", weight=80)]) == ""
