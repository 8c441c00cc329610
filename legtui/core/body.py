"""Body composition defaults, the energy in a kilogram of weight change, and the safe calorie
floor. Pure; every number names its source in docs/science.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from legtui.core.model import Sex

# Deurenberg P, Weststrate JA, Seidell JC, Br J Nutr 65:105–114, 1991
DEURENBERG = (1.20, 0.23, 10.8, 5.4)  # × BMI, × age, − × male, − constant
BODY_FAT_DEFAULT: dict[Sex | None, float] = {"male": 0.20, "female": 0.30, None: 0.25}
BODY_FAT_RANGE = (0.08, 0.50)
# Hall KD, Int J Obes 32:573–576, 2008: 39.5 MJ/kg fat, 7.6 MJ/kg lean tissue
KCAL_PER_KG_FAT = 39.5e3 / 4.184
KCAL_PER_KG_LEAN = 7.6e3 / 4.184
FORBES_C = 10.4  # kg; Forbes GB, Ann N Y Acad Sci 904:359–365, 2000: dFFM/dFM = C / FM
# Harvard Health Publishing; NHLBI Clinical Guidelines on Obesity (1998)
FLOOR_KCAL: dict[Sex | None, float] = {"female": 1200, "male": 1500, None: 1500}


def body_fat(sex: Sex | None, weight_kg: float, height_cm: float | None,
             years: int | None) -> float:
    """Body-fat fraction: Deurenberg's from BMI, age and sex when all are known, else a
    default by sex; kept within 8–50 %."""
    if sex is None or height_cm is None or years is None:
        return BODY_FAT_DEFAULT[sex]
    per_bmi, per_year, male, constant = DEURENBERG
    bmi = weight_kg / (height_cm / 100) ** 2
    percent = per_bmi * bmi + per_year * years - male * (sex == "male") - constant
    low, high = BODY_FAT_RANGE
    return min(max(percent / 100, low), high)


def fat_share(weight_kg: float, fat_fraction: float) -> float:
    """The share of a small weight change that is fat (Forbes): FM / (FM + 10.4 kg)."""
    fat_kg = weight_kg * fat_fraction
    return fat_kg / (fat_kg + FORBES_C)


def energy_density(weight_kg: float, fat_fraction: float) -> float:
    """kcal per kg of weight change: the fat share at 9,441 kcal/kg, the rest at 1,816."""
    share = fat_share(weight_kg, fat_fraction)
    return share * KCAL_PER_KG_FAT + (1 - share) * KCAL_PER_KG_LEAN


@dataclass(frozen=True, slots=True)
class Floor:
    kcal: float
    reason: str


def safe_floor(sex: Sex | None, bmr_kcal: float) -> Floor:
    """The lowest calorie target legtui sets: the BMR, and 1,200 (women) / 1,500 (men) kcal."""
    minimum = FLOOR_KCAL[sex]
    if bmr_kcal >= minimum:
        return Floor(bmr_kcal, f"the BMR ({round(bmr_kcal)} kcal)")
    who = {"female": "women", "male": "men"}.get(sex or "", "anyone")
    return Floor(minimum, f"the {round(minimum):,} kcal minimum for {who}")
