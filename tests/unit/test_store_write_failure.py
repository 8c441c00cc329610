"""Safety point 6: disk full or a read-only folder (simulated; the tests run as root, so chmod
would not stop them): a clear error, the old file intact, no temp file left, nothing unsaved
shown, and the set can be logged again once the fault is gone."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from store_factory import a_set, set_ids, stray_temps

from legtui.cli.main import main
from legtui.paths import backups_dir
from legtui.store import Store, StoreWriteError, safefile
from legtui.store import backups as backups_module


def failing(code: int) -> Callable[..., Any]:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


# (what to break, the errno, the words the message must carry)
FAULTS = {
    "disk full while writing": (safefile, "_write_all", errno.ENOSPC, "No space left on device"),
    "disk full at fsync": (safefile.os, "fsync", errno.ENOSPC, "No space left on device"),
    "read-only folder": (safefile, "new_temp", errno.EROFS, "Read-only file system"),
    "rename refused": (safefile.os, "replace", errno.EACCES, "Permission denied"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_failing_write_keeps_the_old_file_and_can_be_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    target, name, code, words = FAULTS[fault]
    db = tmp_path / "legtui.json"
    store = Store(db)
    first, second = a_set(60), a_set(65)
    store.log_set("2024-05-01", first)
    before = db.read_bytes()

    with monkeypatch.context() as broken:
        broken.setattr(target, name, failing(code))
        with pytest.raises(StoreWriteError) as info:
            store.log_set("2024-05-01", second)

    message = str(info.value)
    assert words in message and "\n" not in message
    assert info.value.errno == code
    assert db.read_bytes() == before
    assert stray_temps(tmp_path) == []
    assert set_ids(store) == [first.id]
    assert store.find_set(second.id) is None

    store.log_set("2024-05-01", second)  # the fault is gone: the same set saves
    assert set_ids(store) == [first.id, second.id]
    assert set_ids(Store(db)) == [first.id, second.id]


def test_the_cli_reports_a_full_disk_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legtui.json"
    assert main(["--db", str(db), "log", "rdl", "60x10", "--date", "2024-05-01"]) == 0
    before = db.read_bytes()
    capsys.readouterr()

    monkeypatch.setattr(safefile, "_write_all", failing(errno.ENOSPC))
    assert main(["--db", str(db), "log", "rdl", "70x5", "--date", "2024-05-01"]) == 1

    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "No space left on device" in err
    assert db.read_bytes() == before
    assert stray_temps(tmp_path) == []


def test_a_failed_daily_backup_does_not_fail_a_saved_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)

    def no_room(path: Path, payload: bytes) -> None:
        raise StoreWriteError(path, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))

    monkeypatch.setattr(backups_module, "atomic_write", no_room)
    entry = a_set()
    store.log_set("2024-05-01", entry)  # saved: no exception

    assert set_ids(Store(db)) == [entry.id]
    assert store.backup_error is not None
    assert "backup" in str(store.backup_error) and "No space left" in str(store.backup_error)

    assert main(["--db", str(db), "log", "rdl", "60x10"]) == 0
    _, err = capsys.readouterr()
    assert err.startswith("legtui: warning:") and err.count("\n") == 1

    monkeypatch.undo()
    store.log_set("2024-05-01", a_set())
    assert store.backup_error is None
    assert list(backups_dir(db).glob("daily-*.json"))


def test_a_failing_first_write_leaves_no_file_and_can_be_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    entry = a_set()
    with monkeypatch.context() as broken:
        broken.setattr(safefile, "_write_all", failing(errno.ENOSPC))
        with pytest.raises(StoreWriteError):
            store.log_set("2024-05-01", entry)
    assert not db.exists() and stray_temps(tmp_path) == []
    assert store.sessions() == []  # nothing unsaved is shown

    store.log_set("2024-05-01", entry)
    assert set_ids(Store(db)) == [entry.id]
