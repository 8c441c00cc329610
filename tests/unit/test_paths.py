"""Where the store lives: --db, else $LEGTUI_DB, else the platformdirs user data dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from legtui.paths import backups_dir, default_store_path, lock_path, resolve_store_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing here may touch the real user dir."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("LEGTUI_DB", raising=False)
    return tmp_path


def test_the_default_is_the_user_data_dir(fake_home: Path) -> None:
    assert default_store_path() == fake_home / "xdg" / "legtui" / "legtui.json"
    assert resolve_store_path(None) == default_store_path()


def test_without_xdg_data_home_it_is_under_home(
    fake_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_DATA_HOME")
    share = fake_home / "home" / ".local" / "share"
    assert default_store_path() == share / "legtui" / "legtui.json"


def test_the_environment_beats_the_default(
    fake_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEGTUI_DB", str(fake_home / "env.json"))
    assert resolve_store_path(None) == fake_home / "env.json"
    assert resolve_store_path("") == fake_home / "env.json"


def test_the_option_beats_the_environment(
    fake_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEGTUI_DB", str(fake_home / "env.json"))
    assert resolve_store_path(str(fake_home / "cli.json")) == fake_home / "cli.json"


def test_a_tilde_is_expanded(fake_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_store_path("~/lifts.json") == fake_home / "home" / "lifts.json"
    monkeypatch.setenv("LEGTUI_DB", "~/env.json")
    assert resolve_store_path(None) == fake_home / "home" / "env.json"


def test_backups_and_lock_sit_beside_the_store(tmp_path: Path) -> None:
    store = tmp_path / "data" / "mine.json"
    assert backups_dir(store) == tmp_path / "data" / "backups" / "mine.json"  # its own
    assert lock_path(store) == tmp_path / "data" / "mine.json.lock"


@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        ("/srv/xdg", "/home/lifter"),  # an absolute XDG data home wins
        ("/srv/xdg/", "/home/lifter"),
        (None, "/home/lifter"),  # none: under HOME
        ("", "/home/lifter/"),  # empty is none
        ("relative/xdg", "/home/lifter"),  # a relative one: left to platformdirs
        (None, "relative-home"),
        (None, "/"),
    ],
)
def test_the_default_is_what_platformdirs_gives(
    xdg: str | None, home: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from platformdirs import user_data_dir

    monkeypatch.delenv("LEGTUI_DB", raising=False)
    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    expected = Path(user_data_dir("legtui", appauthor=False)) / "legtui.json"
    assert default_store_path() == expected


def test_the_plain_default_does_not_load_platformdirs(fake_home: Path) -> None:
    code = ("import sys; from legtui.paths import default_store_path; p = default_store_path(); "
            "print(p, 'platformdirs' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    where, loaded = done.stdout.split()
    assert Path(where) == fake_home / "xdg" / "legtui" / "legtui.json"
    assert loaded == ("True" if sys.platform != "linux" else "False")
