"""`python -m benchmarks [--quick] [--json FILE] [--runs N] [--only CASE]`.

Prints the table of the performance budget in docs/design.md (median, reference, ratio, budget,
within?) and the machine, and writes it all as JSON. Exits 0 whatever the ratios; 1 only when
a case crashed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

import orjson

from benchmarks.cases import CASES, FULL, QUICK, Bench
from benchmarks.report import (
    Result,
    load_average,
    machine,
    machine_text,
    markdown_table,
    text_table,
)

DEFAULT_RUNS = 5


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes and one run each (CI: checks the suite still works)")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the results here")
    parser.add_argument("--runs", type=int, help=f"runs per figure (default {DEFAULT_RUNS}, "
                        "1 with --quick)")
    parser.add_argument("--only", action="append", choices=[name for name, _ in CASES],
                        help="run only this case (repeatable)")
    parser.add_argument("--markdown", action="store_true",
                        help="print the table in Markdown too (for docs/benchmarks.md)")
    args = parser.parse_args(argv)
    if args.runs is not None and args.runs < 1:
        parser.error("--runs is at least 1")
    return args


def run_cases(bench: Bench, only: list[str] | None) -> list[Result]:
    results: list[Result] = []
    for name, case in CASES:
        if only and name not in only:
            continue
        started = time.perf_counter()
        print(f"running {name}...", file=sys.stderr, flush=True)
        try:
            results += case(bench)
        except Exception as error:  # one crashed case is reported; the others still run
            traceback.print_exc(file=sys.stderr)
            results.append(Result(name, name, bench.sizes.label, "ms", 0, "absolute",
                                  status="failed", note=f"{type(error).__name__}: {error}"))
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = QUICK if args.quick else FULL
    runs = args.runs or (1 if args.quick else DEFAULT_RUNS)
    info = machine()
    with tempfile.TemporaryDirectory(prefix="legtui-bench-") as scratch:
        results = run_cases(Bench(sizes, runs, Path(scratch)), args.only)
    info["load_average_end"] = load_average()
    print(f"\nmachine: {machine_text(info)}")
    print(f"mode: {'quick' if args.quick else 'full'}, {runs} run(s) per figure, medians\n")
    print(text_table(results))
    if args.markdown:
        print("\n" + markdown_table(results))
    failed = [r for r in results if r.status == "failed"]
    if args.json:
        report: dict[str, Any] = {
            "mode": "quick" if args.quick else "full",
            "runs": runs,
            "sizes": {"years": sizes.years, "store_sets": sizes.store_sets,
                      "csv_rows": sizes.csv_rows},
            "machine": info,
            "results": [r.to_json() for r in results],
            "ok": not failed,
        }
        args.json.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
