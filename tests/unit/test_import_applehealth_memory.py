"""A large Apple Health export is read streaming: memory stays bounded, whatever its size."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from food_support import store_in

from benchmarks.health_export import write_export
from legtui.transfer import run_import
from legtui.transfer.applehealth import read

MB = 1_000_000


def test_a_12_mb_export_is_read_in_a_few_mb(tmp_path: Path) -> None:
    export = tmp_path / "export.xml"
    made = write_export(export, 12)
    assert made.bytes >= 12 * MB
    tracemalloc.start()
    try:
        book = read(export, None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 6 * MB  # a tree of the file would hold many times its 12 MB
    days = book.result("kg").checkins
    assert len(days) == made.days
    assert {(d.calories, d.protein_g, d.sleep_h) for d in days} == {(2101, 121, 7.5)}
    assert (days[0].date, days[-1].date) == (made.first, made.last)


def test_the_generated_export_imports_whole(tmp_path: Path) -> None:
    export = tmp_path / "export.xml"
    made = write_export(export, 1)
    store = store_in(tmp_path)
    summary = run_import(store, "applehealth", export)
    assert len(store.checkins()) == made.days
    assert f"wrote: {made.days} days ({made.days} new), {4 * made.days} fields filled" \
        in summary.text()
