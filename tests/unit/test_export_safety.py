"""Exports are safe in a spreadsheet: a text cell that would run as a formula gets a leading `'`
(csv and strong); numbers are untouched; json keeps every text exactly."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from transfer_support import new_store

from legtui.core.model import Exercise, Profile, SetEntry
from legtui.store import Store
from legtui.transfer import export, run_import
from legtui.transfer.export import spreadsheet_safe

DANGEROUS = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
             "\tTAB", "\rCR"]
AT = "2026-02-02T17:00:00.000000Z"


def store_with(tmp_path: Path, text: str) -> Store:
    store = new_store(tmp_path)
    store.set_profile(Profile(unit="kg", timezone="UTC"))
    store.add_exercise(Exercise("evil", text, "machine", (), custom=True))
    store.log_sets("2026-02-02", [
        SetEntry("a", "evil", 60, "kg", 10, AT, rpe=8, note=text),
        SetEntry("b", "rdl", 62.5, "kg", 8, AT, note="fine"),
    ], note=text)
    return store


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def escaped(text: str) -> str:
    """How a dangerous text reads back: a `'` first (a CR inside is written as a line break)."""
    return "'" + text.replace("\r", "\n")


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_cells_that_start_a_formula_get_a_quote(tmp_path: Path, text: str) -> None:
    header, first, second = rows(export(store_with(tmp_path, text), "csv"))
    row = dict(zip(header, first, strict=True))
    for column in ("exercise", "note", "session_note"):
        assert row[column] == escaped(text), column
    assert (row["load"], row["reps"], row["rpe"]) == ("60", "10", "8")  # numbers untouched
    assert dict(zip(header, second, strict=True))["note"] == "fine"


@pytest.mark.parametrize("text", DANGEROUS)
def test_strong_cells_that_start_a_formula_get_a_quote(tmp_path: Path, text: str) -> None:
    header, *body = rows(export(store_with(tmp_path, text), "strong"))
    by_column = [dict(zip(header, row, strict=True)) for row in body]
    evil = [r for r in by_column if r["Exercise Name"] == escaped(text)]
    assert [r["Set Order"] for r in evil] == ["Note", "1"]
    assert evil[0]["Notes"] == escaped(text) and evil[1]["Notes"] == escaped(text)
    assert (evil[1]["Weight"], evil[1]["Reps"], evil[1]["RPE"]) == ("60", "10", "8")


def test_json_keeps_the_text_exact_and_reads_back_identically(tmp_path: Path) -> None:
    text = "=HYPERLINK(\"http://x\") @SUM -1 +2"
    source = store_with(tmp_path, text)
    dumped = export(source, "json")
    assert text.replace('"', '\\"') in dumped and "'=" not in dumped
    path = tmp_path / "all.json"
    path.write_text(dumped, encoding="utf-8")
    target = new_store(tmp_path, "target.json")
    run_import(target, "legtui", path, None)
    assert export(target, "json") == dumped


@pytest.mark.parametrize(("value", "written"), [
    ("=1+1", "'=1+1"), ("safe =1", "safe =1"), ("", ""), ("'=x", "'=x"), ("a\rb", "a\nb"),
    (-5, -5), (-2.5, -2.5), (0, 0), (None, None),
])
def test_only_text_is_escaped(value: object, written: object) -> None:
    assert spreadsheet_safe(value) == written


def test_json_escapes_control_characters_and_keeps_their_values(tmp_path: Path) -> None:
    text = "old\x1b]0;t\x07\x9bnote"  # as an older store could hold it
    source = store_with(tmp_path, text)
    dumped = export(source, "json")
    assert "\\u001b]0;t\\u0007\\u009bnote" in dumped
    assert not any((ord(ch) < 0x20 and ch != "\n") or 0x7f <= ord(ch) <= 0x9f for ch in dumped)
    session = source.session("2026-02-02")
    assert session is not None and session.sets[0].note == text
