"""Which app wrote a file, from its first bytes and header: for a clear error when a file of
one app is imported as another's. None when the file is not recognised (the reader then says
which column it misses)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from legtui.transfer.csvread import sniff_delimiter

HEAD = 4096
_SCALE_WEIGHT = re.compile(r"\S.*\((kg|lbs?)\)$")  # `Weight(lb)`, `"Gewicht (kg)"`


def _names(head: str) -> set[str]:
    line = head.split("\n", 1)[0]
    delimiter = sniff_delimiter(line)
    return {name.strip().strip('"').strip().lower() for name in line.split(delimiter)}


def _csv_app(names: set[str]) -> str | None:
    checks: tuple[tuple[str, bool], ...] = (
        ("strong", {"exercise name", "set order"} <= names),
        ("hevy", "exercise_title" in names),
        ("fitnotes", {"exercise", "category"} <= names or {"measurement", "value"} <= names),
        ("cronometer", {"metric", "amount"} <= names or "completed" in names
         or "energy (kcal)" in names),
        ("myfitnesspal", "meal" in names or names == {"date", "weight"}
         or {"exercise", "exercise calories"} <= names),
        ("garmin", {"time", "weight", "change"} <= names),
        ("renpho", "time of measurement" in names
         or ({"date", "time"} <= names and any(_SCALE_WEIGHT.match(n) for n in names))),
        ("withings", "time" not in names and any(_SCALE_WEIGHT.match(n) for n in names)),
    )
    return next((app for app, matches in checks if matches), None)


def detect(path: Path) -> str | None:
    """The app (an `import` choice) that wrote `path`, or None."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
            if any("nutrition-summary" in n.lower() for n in names):
                return "myfitnesspal"
            return "applehealth" if any(n.lower().endswith(".xml") for n in names) else None
        with path.open("rb") as stream:
            head = stream.read(HEAD).decode("utf-8-sig", errors="replace").lstrip()
    except (OSError, zipfile.BadZipFile):
        return None
    if head.startswith("<"):
        return "applehealth" if "<HealthData" in head or "<!DOCTYPE HealthData" in head else None
    if head.startswith("["):
        return "fitbit" if '"logId"' in head else None
    if head.startswith("{"):
        return "legtui" if '"format"' in head and "legtui" in head else None
    return _csv_app(_names(head))
