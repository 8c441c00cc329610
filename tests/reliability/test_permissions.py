"""The store is created 0600 in a 0700 folder whatever the umask, backups included."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from legtui.paths import backups_dir

# Sets the umask, then logs a set (creating the folders, the store, its lock and a backup) and
# restores a backup (keeping the replaced file).
SCRIPT = """
import os, sys
os.umask(int(sys.argv[2], 8))
from legtui.cli.main import main
db = sys.argv[1]
assert main(["--db", db, "log", "rdl", "60x10"]) == 0
assert main(["--db", db, "store", "restore"]) == 0
"""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", ["0", "022", "002"])
def test_file_0600_and_folders_0700_whatever_the_umask(
    tmp_path: Path, env: dict[str, str], umask: str
) -> None:
    base = tmp_path / f"umask-{umask}"
    base.mkdir()
    db = base / "data" / "legtui" / "legtui.json"
    subprocess.run([sys.executable, "-c", SCRIPT, str(db), umask], env=env, check=True,
                   capture_output=True)

    folders = [base / "data", db.parent, db.parent / "backups", backups_dir(db)]
    files = [db, db.with_name("legtui.json.lock"), *sorted(backups_dir(db).iterdir())]
    assert len(files) == 4  # the store, its lock, today's backup and the replaced file
    assert {str(p): oct(mode(p)) for p in folders} == {str(p): "0o700" for p in folders}
    assert {str(p): oct(mode(p)) for p in files} == {str(p): "0o600" for p in files}
