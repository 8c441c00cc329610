"""The benchmarks still run: quick mode in a subprocess, its JSON checked, never its times."""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"key", "what", "history", "unit", "budget", "budget_kind", "status", "median",
        "reference", "ratio", "within", "samples", "reference_samples", "note"}
EXPECTED = {"startup_empty", "startup_small", "startup_large", "memory_empty", "memory_large",
            "memory_large_used",
            "startup_terminal", "write_500", "write_1000", "progression", "import_strong",
            "cli_log"}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "within?" in done.stdout
    data: dict[str, object] = orjson.loads(out.read_bytes())
    return data


def test_quick_mode_reports_every_budget_line(report: dict[str, object]) -> None:
    assert report["mode"] == "quick"
    assert report["runs"] == 1
    assert report["ok"] is True
    results = report["results"]
    assert isinstance(results, list)
    assert {r["key"] for r in results} == EXPECTED
    for row in results:
        assert set(row) == KEYS
        assert row["status"] in ("measured", "not built")


def test_measured_lines_have_medians_and_ratios(report: dict[str, object]) -> None:
    results = report["results"]
    assert isinstance(results, list)
    for row in results:
        if row["status"] != "measured":
            assert row["median"] is None
            continue
        assert row["median"] > 0 and row["samples"]
        if row["budget_kind"] in ("ratio", "none"):
            assert row["reference"] > 0
            pairs = zip(row["samples"], row["reference_samples"], strict=True)
            assert row["ratio"] == pytest.approx(statistics.median(o / r for o, r in pairs))
            assert isinstance(row["within"], bool) == (row["budget_kind"] == "ratio")


def test_machine_is_noted(report: dict[str, object]) -> None:
    info = report["machine"]
    assert isinstance(info, dict)
    assert info["cpu_count"] and info["python"]
    assert set(info["versions"]) == {"textual", "tinydb", "orjson", "pendulum"}
    assert len(info["load_average"]) == len(info["load_average_end"]) == 3


def test_bad_runs_is_refused() -> None:
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--runs", "0"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "--runs is at least 1" in done.stderr
