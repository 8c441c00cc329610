"""One function per line of the performance budget (docs/design.md); each returns its Results."""

from __future__ import annotations

import gc
import importlib.util
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import data, installed, minimal_app, refs, terminal
from benchmarks.report import BudgetKind, Result
from benchmarks.runner import (
    NOW,
    ROOT,
    CaseError,
    ChildRun,
    child_env,
    installed_env,
    legtui_cli,
    median,
    python,
    run_child,
)
from legtui.core.model import SetEntry
from legtui.store import Store, new_set_id

PROGRESSION_MODULE = "legtui.tui.screens.progression"
MINIMAL_SCRIPT = str(Path(minimal_app.__file__).resolve())
TRANSFER_MODULE = "legtui.transfer.strong"


@dataclass(frozen=True, slots=True)
class Sizes:
    years: tuple[float, float]  # the two demo stores (5 and 10 years)
    store_sets: tuple[int, int]  # the two write lines (15,000 and 50,000 sets)
    csv_rows: int
    installed: bool  # the whole-process `legtui log` runs a non-editable install's script

    @property
    def label(self) -> str:
        return f"{self.years[0]:g} years"


FULL = Sizes(years=(5, 10), store_sets=(15_000, 50_000), csv_rows=10_000, installed=True)
QUICK = Sizes(years=(0.2, 0.4), store_sets=(500, 1_000), csv_rows=300, installed=False)


def built(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


class Bench:
    """The sizes, the number of runs and a scratch folder, with the demo stores made once."""

    def __init__(self, sizes: Sizes, runs: int, workdir: Path) -> None:
        self.sizes = sizes
        self.runs = runs
        self.workdir = workdir
        self._demo: dict[float, Path] = {}
        self._installed: installed.Installed | None = None

    def demo(self, years: float) -> Path:
        if years not in self._demo:
            self._demo[years] = data.demo_store(self.workdir, years)
        return self._demo[years]

    def installed(self) -> installed.Installed:
        """legtui installed from this checkout into a venv of its own (made once)."""
        if self._installed is None:
            folder = self.workdir / "installed"
            folder.mkdir()
            self._installed = installed.install(folder)
        return self._installed

    def history(self, years: float) -> str:
        return f"{years:g} years: {data.counts(self.demo(years)).label()}"

    def repeat(self, *children: Callable[[], ChildRun]) -> list[list[ChildRun]]:
        """Run the children interleaved `runs` times, after one untimed warm-up when runs > 1."""
        if self.runs > 1:
            for child in children:
                child()
        timed: list[list[ChildRun]] = [[] for _ in children]
        for _ in range(self.runs):
            for out, child in zip(timed, children, strict=True):
                out.append(child())
        return timed

    def app_child(self, store: Path, *extra: str) -> Callable[[], ChildRun]:
        env = child_env(self.workdir, LEGTUI_DB=str(store))
        return lambda: run_child(python(refs.PROBE, "app", *extra), env, marker="painted")


def _ms(runs: list[ChildRun]) -> list[float]:
    return [r.ms for r in runs]


def _mb(runs: list[ChildRun]) -> list[float]:
    return [r.max_rss_kb / 1024 for r in runs]


def ratio_result(key: str, what: str, history: str, unit: str, budget: float,
                 samples: list[float], reference: list[float], note: str = "",
                 kind: BudgetKind = "ratio") -> Result:
    return Result(key, what, history, unit, budget, kind, median=median(samples),
                  reference=median(reference), samples=samples, reference_samples=reference,
                  note=note)


def startup(bench: Bench) -> list[Result]:
    """Start to first paint of Today (5 and 10 years) and peak memory (10 years); and the app on
    an empty store (no budget: it parts the app's own cost from the history's)."""
    small, large = bench.sizes.years
    minimal_env = child_env(bench.workdir)

    def minimal() -> ChildRun:
        return run_child(refs.minimal_app(), minimal_env, marker="painted")

    empty_store = bench.workdir / "empty" / "never-written.json"  # opening it makes no file
    children = [minimal, bench.app_child(empty_store), bench.app_child(bench.demo(small)),
                bench.app_child(bench.demo(large))]
    if built(PROGRESSION_MODULE):  # the memory after use: Progression reads the whole history
        children.append(bench.app_child(bench.demo(large), "progression"))
    ref, empty, at_small, at_large, *used = bench.repeat(*children)
    what = "start to first paint of Today, headless 80×24"
    memory = "peak memory (max RSS of the process)"
    return [
        ratio_result("startup_empty", what, "empty store (the app alone)", "ms", 0,
                     _ms(empty), _ms(ref), kind="none"),
        ratio_result("startup_small", what, bench.history(small), "ms", 1.3, _ms(at_small),
                     _ms(ref)),
        ratio_result("startup_large", what, bench.history(large), "ms", 1.5, _ms(at_large),
                     _ms(ref)),
        ratio_result("memory_empty", memory, "empty store (the app alone)", "MB", 0,
                     _mb(empty), _mb(ref), kind="none"),
        ratio_result("memory_large", memory, bench.history(large), "MB", 1.5, _mb(at_large),
                     _mb(ref)),
        *(ratio_result("memory_large_used", memory,
                       f"{bench.history(large)}, after opening Progression", "MB", 1.5,
                       _mb(runs), _mb(ref)) for runs in used),
    ]


def store_write(bench: Bench) -> list[Result]:
    """One set logged durably through Store.log_set, against sqlite3 insert + commit."""
    out = []
    writes = max(3, 5 * bench.runs)
    for n_sets in bench.sizes.store_sets:
        folder = bench.workdir / f"write-{n_sets}"
        folder.mkdir()
        sessions = data.sessions_with(n_sets)
        store = Store(data.store_with(folder / "store.json", sessions))
        sqlite = refs.SqliteInsert(data.sqlite_with(folder / "ref.sqlite", sessions))
        del sessions
        day = data.END.isoformat()
        store.log_set(day, _entry())  # the day's first write also leaves the daily backup
        sqlite.timed_insert()
        gc.collect()
        ours, theirs = [], []
        for _ in range(writes):
            ours.append(_timed_log_set(store, day))
            theirs.append(sqlite.timed_insert())
        sqlite.close()
        out.append(ratio_result(
            f"write_{n_sets}", "one set logged durably (Store.log_set)", f"{n_sets:,} sets",
            "ms", 10, ours, theirs, note=f"{writes} writes each, interleaved"))
    return out


def _entry() -> SetEntry:
    return SetEntry(new_set_id(), "rdl", 60.0, "kg", 10, "2026-03-02T18:00:00.000000Z")


def _timed_log_set(store: Store, day: str) -> float:
    entry = _entry()
    start = time.perf_counter()
    store.log_set(day, entry)
    return (time.perf_counter() - start) * 1000


def progression(bench: Bench) -> list[Result]:
    """Key `p` on Today to the Progression screen painted, inside the app."""
    small = bench.sizes.years[0]
    result = Result("progression", "open Progression for one exercise (key to painted)",
                    bench.history(small) if built(PROGRESSION_MODULE) else bench.sizes.label,
                    "ms", 100, "absolute")
    if not built(PROGRESSION_MODULE):
        result.status = "not built"
        result.note = f"{PROGRESSION_MODULE} does not exist yet"
        return [result]
    (runs,) = bench.repeat(bench.app_child(bench.demo(small), "progression"))
    result.samples = [_progression_ms(r) for r in runs]
    result.median = median(result.samples)
    return [result]


def _progression_ms(run: ChildRun) -> float:
    for line in run.lines:
        if line.startswith("progression_ms "):
            return float(line.split()[1])
    raise CaseError("the probe did not report the Progression time")


def strong_import(bench: Bench) -> list[Result]:
    """`legtui import strong FILE --unit kg` into a new store, whole process."""
    rows = bench.sizes.csv_rows
    result = Result("import_strong", f"import a {rows:,}-row Strong CSV (whole process)",
                    "new store", "ms", 1000, "absolute")
    from legtui.cli.main import COMMANDS

    if not built(TRANSFER_MODULE) or "import" not in COMMANDS:
        result.status = "not built"
        result.note = f"{TRANSFER_MODULE} or the `import` command does not exist yet"
        return [result]
    csv_path = data.strong_csv(bench.workdir / f"strong-{rows}.csv", rows)
    counter = iter(range(1_000_000))

    def one() -> ChildRun:
        store = bench.workdir / f"import-{next(counter)}" / "store.json"
        return run_child(legtui_cli("--db", str(store), "import", "strong", str(csv_path),
                                    "--unit", "kg"), child_env(bench.workdir))

    (runs,) = bench.repeat(one)
    result.samples = _ms(runs)
    result.median = median(result.samples)
    return [result]


def cli_log(bench: Bench) -> list[Result]:
    """`legtui log rdl 60x10` on the 5-year store against a stdlib sqlite3 script, whole process:
    the console script of a non-editable install in its own venv (quick mode: the checkout)."""
    small = bench.sizes.years[0]
    folder = bench.workdir / "cli-log"
    folder.mkdir()
    store = Path(shutil.copy2(bench.demo(small), folder / "store.json"))
    sqlite = data.sqlite_like_store(folder / "ref.sqlite", store)
    if bench.sizes.installed:
        venv = bench.installed()
        ours_argv = [str(venv.legtui), "log", "rdl", "60x10"]
        ref_argv = refs.sqlite_script(sqlite, str(venv.python))
        env = installed_env(bench.workdir, LEGTUI_DB=str(store))
        how = "the console script of `pip install .` (non-editable) in its own venv"
    else:
        ours_argv, ref_argv = legtui_cli("log", "rdl", "60x10"), refs.sqlite_script(sqlite)
        env = child_env(bench.workdir, LEGTUI_DB=str(store))
        how = "quick: the checkout, as the console script runs it"
    ours, ref = bench.repeat(lambda: run_child(ours_argv, env), lambda: run_child(ref_argv, env))
    cpu = median([o.cpu_ms / r.cpu_ms for o, r in zip(ours, ref, strict=True) if r.cpu_ms])
    cpu_ours, cpu_ref = median([o.cpu_ms for o in ours]), median([r.cpu_ms for r in ref])
    return [ratio_result("cli_log", "`legtui log` from the shell, whole process",
                         bench.history(small), "ms", 3, _ms(ours), _ms(ref),
                         note=f"{how}; the median of the paired ratios; in CPU time (user + "
                              f"system) {cpu:.2f} x, {cpu_ours:.1f} against {cpu_ref:.1f} ms")]


TERMINAL_ENV = {"LEGTUI_NOW": NOW, "TERM": "xterm-256color", "COLORTERM": "truecolor"}


def startup_terminal(bench: Bench) -> list[Result]:
    """Start to first paint of Today on the 5-year store in a real terminal (tmux, 80×24), the
    installed console script (quick mode: the checkout) against the minimal app."""
    small = bench.sizes.years[0]
    result = Result("startup_terminal", "start to first paint of Today, tmux 80×24",
                    bench.history(small), "ms", 1.25, "ratio")
    if not terminal.available():
        result.status = "not built"
        result.note = "tmux is not installed"
        return [result]
    store = str(bench.demo(small))
    env: dict[str, str | None] = {**TERMINAL_ENV, "XDG_DATA_HOME": str(bench.workdir / "xdg")}
    if bench.sizes.installed:
        venv = bench.installed()
        ours = [str(venv.legtui), "--db", store]
        ref = [str(venv.python), MINIMAL_SCRIPT]
        env["PYTHONPATH"] = None
    else:
        ours, ref = legtui_cli("--db", store), python(MINIMAL_SCRIPT)
        env["PYTHONPATH"] = str(ROOT)
    with terminal.terminal(f"legtui-bench-{os.getpid()}") as term:
        samples, refs_ms = [], []
        for _ in range(bench.runs + (bench.runs > 1)):  # the first pair is a warm-up
            refs_ms.append(term.first_paint_ms(ref, env, [minimal_app.TEXT]))
            samples.append(term.first_paint_ms(ours, env, ["Romanian deadlift", "q Quit"]))
    if bench.runs > 1:
        samples, refs_ms = samples[1:], refs_ms[1:]
    return [ratio_result(result.key, result.what, result.history, "ms", 1.25, samples,
                         refs_ms, note="until the screen shows Today's first exercise and the "
                         "key bar (the minimal app: its text, before its Footer's keys); median "
                         "of the paired ratios")]


CASES: tuple[tuple[str, Callable[[Bench], list[Result]]], ...] = (
    ("startup", startup),
    ("startup_terminal", startup_terminal),
    ("store_write", store_write),
    ("progression", progression),
    ("strong_import", strong_import),
    ("cli_log", cli_log),
)
