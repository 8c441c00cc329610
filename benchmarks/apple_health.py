"""Import a large generated Apple Health export: time and peak memory, whole process.

    python -m benchmarks.apple_health [--mb 200] [--zip] [--heart-per-day 300]

Generates `export.xml` (see health_export.py) in a temporary folder, then runs
`legtui --db NEW import applehealth FILE` as the console script does and reports its wall time
and peak RSS, next to the peak RSS of the same command on a tiny export (what the process costs
before any file). Not part of `python -m benchmarks`: it writes hundreds of MB.
"""

from __future__ import annotations

import argparse
import tempfile
import zipfile
from pathlib import Path

from benchmarks.health_export import HEART_PER_DAY, write_export
from benchmarks.runner import ChildRun, child_env, legtui_cli, run_child


def _import(workdir: Path, export: Path, name: str) -> ChildRun:
    store = workdir / name / "store.json"
    return run_child(legtui_cli("--db", str(store), "import", "applehealth", str(export)),
                     child_env(workdir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.apple_health")
    parser.add_argument("--mb", type=float, default=200, help="size of export.xml (MB)")
    parser.add_argument("--zip", action="store_true", help="also import it zipped")
    parser.add_argument("--heart-per-day", type=int, default=HEART_PER_DAY,
                        help="heart-rate records a day: more makes the same size fewer days")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="legtui-health-") as folder:
        workdir = Path(folder)
        tiny = write_export(workdir / "tiny.xml", 0.01)
        big = write_export(workdir / "export.xml", args.mb, args.heart_per_day)
        print(f"export.xml: {big.bytes / 1e6:,.1f} MB, {big.days:,} days "
              f"({big.first} to {big.last})")
        base = _import(workdir, workdir / "tiny.xml", "tiny")
        print(f"tiny export ({tiny.days} day): {base.ms:,.0f} ms, "
              f"peak RSS {base.max_rss_kb / 1024:,.1f} MB")
        run = _import(workdir, workdir / "export.xml", "xml")
        print(f"export.xml: {run.ms / 1000:,.1f} s, peak RSS {run.max_rss_kb / 1024:,.1f} MB")
        print("  " + run.lines[-1] if run.lines else "")
        if args.zip:
            archive = workdir / "export.zip"
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
                out.write(workdir / "export.xml", "apple_health_export/export.xml")
            zipped = _import(workdir, archive, "zip")
            print(f"export.zip ({archive.stat().st_size / 1e6:,.1f} MB): "
                  f"{zipped.ms / 1000:,.1f} s, peak RSS {zipped.max_rss_kb / 1024:,.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
