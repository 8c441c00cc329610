"""Where a check-in's values came from, in words: "from Cronometer: calories, protein".

A check-in's `source` names the importer that wrote each field; fields it does not name were
typed by hand (see docs/import-export.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from legtui.core.model import CHECKIN_FIELDS, CheckIn


def _short(field: str) -> str:
    return field.split("_")[0]


def day_sources(entry: CheckIn | None) -> str:
    """`from Cronometer: calories, protein · from Withings: weight`; "" when all typed."""
    if entry is None or not entry.source:
        return ""
    by_app: dict[str, list[str]] = {}
    for field in CHECKIN_FIELDS:
        app = entry.source.get(field)
        if app is not None and getattr(entry, field) is not None:
            by_app.setdefault(app, []).append(_short(field))
    return " · ".join(f"from {app}: {', '.join(names)}" for app, names in by_app.items())


def week_sources(checkins: Sequence[CheckIn]) -> str:
    """`values from Cronometer on 6 days, Withings on 7`; "" when none was imported."""
    days: Counter[str] = Counter()
    for entry in checkins:
        days.update({app for f, app in (entry.source or {}).items() if f in CHECKIN_FIELDS})
    if not days:
        return ""
    parts = [f"{app} on {n} day{'s' if n != 1 else ''}" for app, n in sorted(days.items())]
    return "values from " + ", ".join(parts)
