"""The migration step that brings values an earlier legtui accepted inside today's bounds.

Before the bounds (core/bounds.py) legtui kept what an import said: an RPE 5 from Strong, a typo
of 877777 reps (listed, but kept), a load past 1000 kg, a note of any length. Read against the
schema now, such a value would be damage, and a damaged store is read-only: an upgrade would lock
the lifter out of logging. So a file from before (schema version 1 or older) has them mended
when it is migrated, under the usual pre-migration backup, with nothing lost:

- an RPE or a time under tension outside its bound is taken off the set and kept in the set's
  note as text (`RPE 5 (out of range, kept as text)`);
- a note past the text limit is cut, with a mark; the whole text is in the pre-migration backup;
- a set whose reps or load is past its bound cannot be a set: it is moved aside, into the file
  `legtui store repair` writes beside the store, and the rest of its day is kept; a check-in's
  number past its bound likewise (the rest of that day's check-in is kept);
- a day dated before 1900 is moved aside whole.

Only well-typed values out of range are touched: anything else that breaks the schema (a wrong
type, a missing id, a set id twice) is damage, as in any file. Pure, over plain data
(docs/store-format.md, "Upgrading a store an earlier legtui wrote").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from legtui.core import bounds
from legtui.core.inputs import number_issue
from legtui.core.kept_as_text import as_text, cut, outside, with_text
from legtui.core.model import UNITS, LengthUnit, Unit
from legtui.store.integrity import Damage, text_of

Data = dict[str, Any]
WHERE = "the pre-migration backup"
AS_TEXT = (("rpe", bounds.RPE), ("tut_s", bounds.TUT_S))  # a set's values kept as note text
UNIT_FIELDS = ("date", "unit", "length_unit")  # what a check-in's value is read with


@dataclass(slots=True)
class Mended:
    """What the step changed: values kept as text, notes cut, and what it moved aside."""

    as_text: int = 0
    cut: int = 0
    moved: Counter[str] = field(default_factory=Counter)  # what was moved aside, by its name
    aside: list[Damage] = field(default_factory=list)  # each document it came from, as set aside

    def summary(self) -> str | None:
        """`2 values outside the bounds kept as text in their sets' notes, 1 note cut to 65536
        characters, 1 impossible set moved aside`, or None when nothing was changed."""
        parts = []
        if self.as_text:
            where = "its set's note" if self.as_text == 1 else "their sets' notes"
            parts.append(f"{_count(self.as_text, 'value')} outside the bounds kept as text in "
                         f"{where}")
        if self.cut:
            parts.append(f"{_count(self.cut, 'note')} cut to {bounds.TEXT_MAX} characters")
        if self.moved:
            parts.append(", ".join(_count(n, what) for what, n in self.moved.items())
                         + " moved aside")
        return ", ".join(parts) or None


_PLURAL = {"day dated before 1900": "days dated before 1900"}


def _count(n: int, word: str) -> str:
    return f"{n} {word if n == 1 else _PLURAL.get(word, word + 's')}"


def mend(data: Data, mended: Mended) -> Data:
    """Bring the legacy values of a version-1 file's days inside the bounds (see above)."""
    sessions, checkins = data.get("sessions"), data.get("checkins")
    for name, table, each in (("sessions", sessions, _session), ("checkins", checkins, _checkin)):
        if not isinstance(table, dict):
            continue
        for key, doc in list(table.items()):
            if not isinstance(doc, dict):
                continue
            if _before_first_year(doc.get("date")):
                mended.moved["day dated before 1900"] += 1
                mended.aside.append(Damage(name, key, f"is dated {doc['date']}, before "
                                           f"{bounds.FIRST_YEAR} (an earlier legtui kept it)",
                                           text_of(table.pop(key))))
            elif not each(key, doc, mended):
                del table[key]  # nothing left of the day
    return data


def _before_first_year(value: Any) -> bool:
    try:
        return isinstance(value, str) and date.fromisoformat(value).year < bounds.FIRST_YEAR
    except ValueError:
        return False


def _session(key: str, doc: Data, mended: Mended) -> bool:
    """Mend a day's sets and notes in place; False when nothing is left of it."""
    sets = doc.get("sets")
    if isinstance(sets, list):
        kept: list[Any] = []
        moved: list[Data] = []
        for entry in sets:
            (moved if isinstance(entry, dict) and _impossible(entry) else kept).append(entry)
        if moved:
            doc["sets"] = kept
            mended.moved["impossible set"] += len(moved)
            what = "; ".join(filter(None, map(_impossible, moved)))
            mended.aside.append(Damage("sessions", key, f"{_count(len(moved), 'set')} past the "
                                       f"bounds (an earlier legtui kept "
                                       f"{'it' if len(moved) == 1 else 'them'}): {what}",
                                       text_of({"date": doc.get("date"), "sets": moved})))
        for entry in doc["sets"]:
            if isinstance(entry, dict):
                mend_set(entry, mended)
    notes = doc.get("notes")
    if isinstance(notes, dict):
        for exercise, note in notes.items():
            notes[exercise] = _cut(note, mended)
    return bool(doc.get("sets") or doc.get("notes"))


def _impossible(entry: Data) -> str | None:
    """Why a set cannot be one (reps or load past its bound), or None."""
    unit = entry.get("unit") or "kg"
    checks = [("reps", bounds.STORED_REPS)]
    if unit in UNITS:
        checks.append(("load", bounds.LOAD[unit]))
    for name, rule in checks:
        if outside(entry.get(name), rule):
            return f"{name} {number_issue(entry[name], rule)}"
    return None


def mend_set(entry: Data, mended: Mended, where: str = WHERE) -> None:
    """An RPE or a time outside its bound goes into the set's note as text (a legtui export
    an earlier legtui made is imported so too)."""
    texts = []
    for name, rule in AS_TEXT:
        if outside(entry.get(name), rule):
            texts.append(as_text(rule, entry.pop(name)))
    note = entry.get("note")
    if not texts:
        if isinstance(note, str):
            entry["note"] = _cut(note, mended, where)
        return
    mended.as_text += len(texts)
    added = "; ".join(texts)
    room = bounds.TEXT_MAX - len(added) - 2
    if isinstance(note, str) and len(note) > room:
        mended.cut += 1
        note = cut(note, where, room)
    entry["note"] = with_text(note if isinstance(note, str) else None, added)


def _cut(note: Any, mended: Mended, where: str = WHERE) -> Any:
    if isinstance(note, str) and len(note) > bounds.TEXT_MAX:
        mended.cut += 1
        return cut(note, where)
    return note


def _checkin(key: str, doc: Data, mended: Mended) -> bool:
    """A check-in's number past its bound is moved aside; False when nothing is left of it."""
    unit: Unit = "lb" if doc.get("unit") == "lb" else "kg"
    length: LengthUnit = "in" if doc.get("length_unit") == "in" else "cm"
    moved: dict[str, Any] = {}
    whats = []
    for name in bounds.CHECKIN:
        rule = bounds.checkin_rule(name, unit, length)
        if outside(doc.get(name), rule):
            whats.append(f"{rule.label} {number_issue(doc[name], rule)}")
            moved[name] = doc.pop(name)
    if moved:
        mended.moved["check-in value"] += len(moved)
        kept = {k: doc[k] for k in UNIT_FIELDS if k in doc}
        mended.aside.append(Damage("checkins", key, f"{'; '.join(whats)} (an earlier legtui "
                                   f"kept it)", text_of({**kept, **moved})))
    if isinstance(doc.get("note"), str):
        doc["note"] = _cut(doc["note"], mended)
    return any(k not in UNIT_FIELDS and v is not None for k, v in doc.items())
