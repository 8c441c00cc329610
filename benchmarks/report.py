"""Results: one row per budget line; the table, the JSON and the machine they were measured on."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from typing import Any, Literal

from benchmarks.runner import ROOT

Status = Literal["measured", "not built", "failed"]
BudgetKind = Literal["ratio", "absolute", "none"]  # "none": a row that explains the others


@dataclass
class Result:
    key: str
    what: str
    history: str
    unit: str  # "ms" or "MB"
    budget: float  # a ratio to the reference, or an absolute figure in `unit`
    budget_kind: BudgetKind
    status: Status = "measured"
    median: float | None = None
    reference: float | None = None
    samples: list[float] = field(default_factory=list)
    reference_samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """The median of the paired ratios when every run had its reference run beside it
        (the children are interleaved), else the ratio of the medians."""
        if self.median is None or not self.reference:
            return None
        pairs = zip(self.samples, self.reference_samples, strict=False)
        if len(self.samples) == len(self.reference_samples) and all(ref for _, ref in pairs):
            return statistics.median(o / r for o, r in zip(self.samples,
                                                           self.reference_samples, strict=True))
        return self.median / self.reference

    @property
    def within(self) -> bool | None:
        if self.status != "measured" or self.median is None or self.budget_kind == "none":
            return None
        if self.budget_kind == "absolute":
            return self.median <= self.budget
        ratio = self.ratio
        return None if ratio is None else ratio <= self.budget

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "within": self.within}


def _num(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{value:,.1f} {unit}"


def budget_text(result: Result) -> str:
    if result.budget_kind == "none":
        return "(no budget)"
    if result.budget_kind == "absolute":
        return f"≤ {result.budget:g} {result.unit}"
    return f"≤ {result.budget:g} ×"


def within_text(result: Result) -> str:
    if result.status != "measured":
        return result.status
    return {True: "yes", False: "NO", None: "—"}[result.within]


HEADERS = ("what", "history", "median", "reference", "ratio", "budget", "within?")


def rows(results: list[Result]) -> list[tuple[str, ...]]:
    return [
        (r.what, r.history, _num(r.median, r.unit), _num(r.reference, r.unit),
         "—" if r.ratio is None else f"{r.ratio:.2f} ×", budget_text(r), within_text(r))
        for r in results
    ]


def text_table(results: list[Result]) -> str:
    body = rows(results)
    widths = [max(len(row[i]) for row in [HEADERS, *body]) for i in range(len(HEADERS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in [HEADERS, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {r.what} [{r.history}]: {r.note}" for r in results if r.note]
    return "\n".join(lines + (["notes:", *notes] if notes else []))


def markdown_table(results: list[Result]) -> str:
    """The same table in Markdown, for docs/benchmarks.md."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(row) + " |" for row in rows(results)]
    return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                             capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def machine() -> dict[str, Any]:
    return {
        "cpu_count": os.cpu_count(),
        "cpu": _cpu_model(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "versions": {p: _version(p) for p in ("textual", "tinydb", "orjson", "pendulum")},
        "commit": _commit(),
        "load_average": load_average(),  # other work skews every ratio
    }


def machine_text(info: dict[str, Any]) -> str:
    versions = ", ".join(f"{k} {v}" for k, v in info["versions"].items())
    return (f"{info['cpu']} ({info['cpu_count']} CPUs), {info['platform']}, "
            f"Python {info['python']}, {versions}, commit {info['commit']}, "
            f"load average {' '.join(map(str, info['load_average']))} at the start"
            + (f", {' '.join(map(str, info['load_average_end']))} at the end"
               if "load_average_end" in info else ""))
