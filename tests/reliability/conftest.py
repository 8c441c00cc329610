"""Helpers for tests that run legtui in subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CliRunner = Callable[..., subprocess.CompletedProcess[str]]


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment that can import legtui and never sees the user's real data dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEGTUI_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env.update(extra)
    return env


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return child_env(tmp_path)


@pytest.fixture
def cli(env: dict[str, str]) -> CliRunner:
    """Run `python -m legtui ARGS...`; returns the finished process (text mode)."""

    def run(
        *args: str, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "legtui", *args],
            env={**env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    return run
