"""Energy density of weight change (Forbes/Hall), body fat by Deurenberg, the safe floor:
hand-computed references (docs/science.md)."""

from __future__ import annotations

import pytest

from legtui.core.body import body_fat, energy_density, fat_share, safe_floor
from legtui.core.nutrition import bmr


def test_energy_density_at_25_percent_body_fat_is_about_6600() -> None:
    # 70 kg at 25 %: fat 17.5 kg; Forbes: fat share = 17.5 / (17.5 + 10.4) = 0.62724
    share = 17.5 / 27.9
    assert fat_share(70, 0.25) == pytest.approx(share)
    # Hall: 39.5 MJ/kg fat = 9,440.7 kcal; 7.6 MJ/kg lean = 1,816.4 kcal
    expected = share * 9440.727 + (1 - share) * 1816.444
    assert energy_density(70, 0.25) == pytest.approx(expected, abs=0.5)
    assert round(energy_density(70, 0.25)) == 6599  # the "about 6,600"


def test_energy_density_grows_with_fat_toward_the_fat_only_figure() -> None:
    lean, heavy = energy_density(70, 0.12), energy_density(120, 0.45)
    assert lean < 6000 < 7700 < heavy < 9441


def test_body_fat_by_deurenberg_and_defaults() -> None:
    # male, 80 kg, 180 cm (BMI 24.69), 30 years: 1.2 × 24.69 + 0.23 × 30 − 10.8 − 5.4 = 20.33 %
    assert body_fat("male", 80, 180, 30) == pytest.approx(
        (1.2 * 80 / 1.8 ** 2 + 0.23 * 30 - 10.8 - 5.4) / 100)
    assert body_fat("female", 60, None, None) == 0.30
    assert body_fat("male", 60, 170, None) == 0.20
    assert body_fat(None, 60, 170, 30) == 0.25
    assert body_fat("female", 200, 150, 90) == 0.50  # kept within 8–50 %


def test_floor_for_the_45_kg_woman_is_1200_with_the_reason() -> None:
    # 45 kg, 150 cm, 60 years: 450 + 937.5 − 300 − 161 = 926.5 kcal BMR
    kcal = bmr("female", 45, 150, 60)
    assert kcal == 926.5
    floor = safe_floor("female", kcal)
    assert floor.kcal == 1200 == max(kcal, 1200)
    assert "1,200 kcal minimum for women" in floor.reason


def test_floor_is_the_bmr_when_it_is_higher_and_1500_for_men() -> None:
    assert safe_floor("female", 1350).kcal == 1350
    assert "BMR" in safe_floor("female", 1350).reason
    assert safe_floor("male", 1400).kcal == 1500
    assert safe_floor("male", 1800).kcal == 1800
