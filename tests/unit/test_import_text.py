"""Imported text is cleaned like typed text, and a note longer than 500 characters is cut to 500
and listed in the summary (the import goes on)."""

from __future__ import annotations

from pathlib import Path

import orjson
from transfer_support import all_sets, new_store

from legtui.core.bounds import NOTE_MAX
from legtui.transfer import export, run_import

TITLE = "\x1b]0;pwned\x07"
LONG = "n" * 449 + " " + "m" * 200  # 650 characters


def strong_csv(tmp_path: Path) -> Path:
    path = tmp_path / "strong.csv"
    path.write_text(
        "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes\n"
        f'2026-02-02 17:00:00,W,"Nordic{TITLE} curl",1,0,5,0,0,"{LONG}"\n'
        f'2026-02-02 17:00:00,W,"Nordic{TITLE} curl",2,0,5,0,0,"knee{TITLE} [sore]"\n'
        f'2026-02-02 17:00:00,W,"Nordic{TITLE} curl",Note,,,,,"{LONG}"\n',
        encoding="utf-8")
    return path


def test_long_notes_are_cut_and_listed_and_controls_dropped(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    summary = run_import(store, "strong", strong_csv(tmp_path), "kg")
    assert f"  2 notes cut to {NOTE_MAX} characters: line 2, line 4" in summary.lines()
    first, second = all_sets(store)
    assert first.note is not None and len(first.note) == NOTE_MAX and first.note.endswith("…")
    assert second.note == "knee [sore]"
    assert [e.name for e in store.custom_exercises()] == ["Nordic curl"]
    session = store.session("2026-02-02")
    assert session is not None and len(session.notes["nordic-curl"]) == NOTE_MAX


def test_a_legtui_export_with_a_long_note_is_cut_too(tmp_path: Path) -> None:
    source = new_store(tmp_path, "source.json")
    run_import(source, "strong", strong_csv(tmp_path), "kg")
    data = orjson.loads(export(source, "json"))
    data["sessions"][0]["sets"][1]["note"] = LONG + TITLE
    path = tmp_path / "all.json"
    path.write_bytes(orjson.dumps(data))
    target = new_store(tmp_path, "target.json")
    summary = run_import(target, "legtui", path, None)
    set_id = data["sessions"][0]["sets"][1]["id"]
    assert f"  1 note cut to {NOTE_MAX} characters: set {set_id}" in summary.lines()
    assert [len(s.note or "") for s in all_sets(target)] == [NOTE_MAX, NOTE_MAX]
