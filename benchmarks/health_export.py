"""A generated Apple Health `export.xml` of a chosen size, shaped like a real one.

Real exports are mostly heart-rate and step records with metadata children; the records legtui
reads (body mass, dietary energy and protein, sleep) are a small share. Each generated day has
one body mass at 07:00, three meals' energy (600.5 + 700.25 + 800.25 = 2,101 kcal), two protein
records (2 × 60.5 = 121 g), a night of 7.5 h asleep ending that day (core, then REM, with an
overlapping in-bed record) and as many heart-rate records as it takes to reach the size.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

START = date(2020, 1, 1)
HEART_PER_DAY = 300
HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate value CDATA #REQUIRED>
<!ELEMENT Me EMPTY>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record type CDATA #REQUIRED unit CDATA #IMPLIED value CDATA #IMPLIED
  sourceName CDATA #REQUIRED sourceVersion CDATA #IMPLIED device CDATA #IMPLIED
  creationDate CDATA #IMPLIED startDate CDATA #REQUIRED endDate CDATA #REQUIRED>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry key CDATA #REQUIRED value CDATA #REQUIRED>
]>
<HealthData locale="en_GB">
 <ExportDate value="2026-03-02 18:00:00 +0000"/>
 <Me/>
"""
DEVICE = ("&lt;&lt;HKDevice: 0x283f1c2d0&gt;, name:Apple Watch, manufacturer:Apple Inc., "
          "model:Watch, hardware:Watch6,2, software:10.1&gt;")


class Generated(NamedTuple):
    days: int
    bytes: int
    first: str
    last: str


def _record(kind: str, unit: str, value: str, start: str, end: str, source: str = "Health",
            children: str = "") -> str:
    attrs = (f'type="{kind}" sourceName="{source}" sourceVersion="17.1" unit="{unit}" '
             f'creationDate="{end} +0000" startDate="{start} +0000" endDate="{end} +0000" '
             f'value="{value}"')
    if not children:
        return f" <Record {attrs}/>\n"
    return f" <Record {attrs}>\n{children} </Record>\n"


def _day(day: date, heart_per_day: int) -> str:
    d, prev = day.isoformat(), (day - timedelta(days=1)).isoformat()
    q = "HKQuantityTypeIdentifier"
    sleep = "HKCategoryTypeIdentifierSleepAnalysis"
    asleep = "HKCategoryValueSleepAnalysis"
    weight = f"{80 + (day.toordinal() % 10) / 10:.1f}"
    parts = [
        _record(sleep, "", asleep + "InBed", f"{prev} 22:45:00", f"{d} 06:45:00", "iPhone"),
        _record(sleep, "", asleep + "AsleepCore", f"{prev} 23:00:00", f"{d} 03:00:00", "Watch"),
        _record(sleep, "", asleep + "AsleepREM", f"{d} 03:00:00", f"{d} 06:30:00", "Watch"),
        _record(q + "BodyMass", "kg", weight, f"{d} 07:00:00", f"{d} 07:00:00", "Withings"),
    ]
    for hour, kcal in ((8, "600.5"), (13, "700.25"), (19, "800.25")):
        parts.append(_record(q + "DietaryEnergyConsumed", "kcal", kcal, f"{d} {hour:02}:00:00",
                             f"{d} {hour:02}:00:00", "MyFitnessPal"))
    for hour in (8, 19):
        parts.append(_record(q + "DietaryProtein", "g", "60.5", f"{d} {hour:02}:00:00",
                             f"{d} {hour:02}:00:00", "MyFitnessPal"))
    meta = '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n'
    for i in range(heart_per_day):
        at = f"{d} {i * 24 // heart_per_day:02}:{i % 60:02}:00"
        parts.append(_record(q + "HeartRate", "count/min", str(55 + i % 40), at, at,
                             "Apple Watch", meta))
    return "".join(parts)


def write_export(path: Path, megabytes: float, heart_per_day: int = HEART_PER_DAY) -> Generated:
    """Write days from START on until the file holds `megabytes` MB; what was written."""
    target = int(megabytes * 1_000_000)
    size = 0
    day = START
    days = 0
    with path.open("w", encoding="utf-8") as out:
        size += out.write(HEADER)
        while size < target:
            size += out.write(_day(day, heart_per_day))
            day += timedelta(days=1)
            days += 1
        size += out.write("</HealthData>\n")
    return Generated(days, path.stat().st_size, START.isoformat(),
                     (day - timedelta(days=1)).isoformat())
