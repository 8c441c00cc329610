"""legtui as a user installs it: a normal, non-editable `pip install .` into a venv of its own.

The whole-process lines run its console script, `<venv>/bin/legtui`, as a shell does. The venv is
made without the network: pip installs this checkout with `--no-deps --no-build-isolation`, and
the dependencies (and the build backend) are found in the environment running the benchmarks,
through a `.pth` line naming its site-packages. That directory is only added to `sys.path`, not
processed as a site directory, so an editable install of legtui there is not seen: the venv's
own, installed copy is the one that runs.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from benchmarks.runner import ROOT, CaseError


@dataclass(frozen=True, slots=True)
class Installed:
    python: Path  # the venv's interpreter (the reference scripts run on it too)
    legtui: Path  # the console script


def install(folder: Path) -> Installed:
    """A venv in `folder` with this checkout installed as a wheel would be."""
    venv = folder / "venv"
    _run(sys.executable, "-m", "venv", str(venv))
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "legtui_bench_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    _run(str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", str(ROOT))
    legtui = venv / "bin" / "legtui"
    if not legtui.exists():
        raise CaseError(f"pip made no console script at {legtui}")
    return Installed(python, legtui)


def _run(*argv: str) -> None:
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        tail = " / ".join(done.stderr.strip().splitlines()[-3:])
        raise CaseError(f"{' '.join(argv[:4])}... exited {done.returncode}: {tail}")
