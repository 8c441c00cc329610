"""TinyDB storage that is crash-safe and safe with several processes.

The parsed file is kept in memory. Every change runs inside `transaction()`: it takes the lock,
reloads the file if another process changed it (size, mtime, inode), lets TinyDB change the data,
then writes the whole file once, atomically (encoding only the documents that changed; the
history's documents stay as their bytes until read, see `layout`). If the write fails the
in-memory copy is dropped, so nothing that was not saved is ever shown as saved. A store whose
file does not exist yet is empty; the file is made at its first write, so reading a new path
leaves nothing behind but the folder and the lock file.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from legtui.paths import backups_dir, lock_path
from legtui.store import backups, layout, migrations
from legtui.store.errors import (
    StoreCorruptError,
    StoreError,
    StoreTooNewError,
    StoreWriteError,
)
from legtui.store.safefile import (
    Signature,
    atomic_write,
    ensure_folder,
    exclusive_lock,
    hold,
    read_json,
    remove_stray_temps,
    signature,
    temp_prefix,
)


class SafeStorage(Storage):
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self._data: dict[str, Any] | None = None
        self._seen: Signature | None = None
        self._held: int | None = None  # the file `_seen` describes, kept open (see safefile.hold)
        self._in_txn = False
        self._dirty = False
        # One thread at a time inside this process (an import runs in a worker thread while the
        # app's timer polls the file); the flock orders processes.
        self._guard = threading.RLock()
        self.generation = 0
        self.reads = 0  # times the file was read: at open, then each time it changed under us
        self.backup_error: StoreError | None = None  # set when the last save's backup failed
        ensure_folder(self.path.parent)
        with exclusive_lock(self.lock_file):
            remove_stray_temps(self.path.parent, temp_prefix(self.path) + "*")
            remove_stray_temps(backups_dir(self.path))
            self._load_or_create()

    # -- TinyDB's interface -------------------------------------------------------------
    def read(self) -> dict[str, Any]:
        with self._guard:
            if self._data is None or (not self._in_txn and self.changed_on_disk()):
                self._reload()
            assert self._data is not None
            return self._data

    def write(self, data: dict[str, Any]) -> None:
        if not self._in_txn:
            raise RuntimeError("store writes must run inside SafeStorage.transaction()")
        self._data = data
        self._dirty = True

    def close(self) -> None:
        held, self._held = getattr(self, "_held", None), None
        if held is not None:
            os.close(held)

    def __del__(self) -> None:
        self.close()

    # -- ours ---------------------------------------------------------------------------
    def changed_on_disk(self) -> bool:
        return signature(self.path) != self._seen

    def refresh(self) -> bool:
        """Reload if another process wrote; True when it did."""
        with self._guard:
            if self._in_txn or not self.changed_on_disk():
                return False
            self._reload()
            return True

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock across a read-modify-write and save once at the end."""
        with self._guard:
            if self._in_txn:  # nested, in this same thread (the guard is held)
                yield
                return
            with self._locked_transaction():
                yield

    @contextlib.contextmanager
    def _locked_transaction(self) -> Iterator[None]:
        with exclusive_lock(self.lock_file):
            if self._data is None or self.changed_on_disk():
                self._reload()
            self._in_txn = True
            self._dirty = False
            try:
                yield
                if self._dirty:
                    self._save()
            except BaseException:
                self._data = None  # drop what was not saved; the next read reloads the file
                self._seen = None
                raise
            finally:
                self._in_txn = False
                self._dirty = False

    def _save(self) -> None:
        assert self._data is not None
        payload = layout.encode(self._data)
        self._write_file(payload)
        self.generation += 1
        try:
            backups.keep_daily(self.path, payload, backups.backup_day())
        except (OSError, StoreWriteError) as error:
            # The data is saved; only today's copy is missing. Say so, but do not report the
            # write as failed (the lifter would log the set twice).
            reason = error.reason if isinstance(error, StoreWriteError) else error.strerror
            self.backup_error = StoreError(
                f"saved, but today's backup in {backups_dir(self.path)} could not be written "
                f"({reason})"
            )
        else:
            self.backup_error = None

    def _reload(self) -> None:
        if self._seen is None and signature(self.path) is None:
            self._data = migrations.fresh()
            self.generation += 1
            return
        fd, seen = hold(self.path)
        try:
            data = read_json(self.path, fd)
            self._version(data)
        except BaseException:
            os.close(fd)
            raise
        self._keep(fd, seen)
        self._data = data
        self.generation += 1
        self.reads += 1

    def _keep(self, fd: int, seen: Signature) -> None:
        self.close()
        self._held, self._seen = fd, seen

    def _write_file(self, payload: bytes) -> None:
        """Write under the lock and hold the new file (no one can replace it before we open it)."""
        atomic_write(self.path, payload)
        self._keep(*hold(self.path))

    def _version(self, data: dict[str, Any]) -> int:
        """The file's schema version; a newer one than this legtui knows is refused."""
        try:
            found = migrations.version_of(data)
        except ValueError as error:
            raise StoreCorruptError(self.path, str(error)) from None
        if found > migrations.SCHEMA_VERSION:
            raise StoreTooNewError(self.path, found, migrations.SCHEMA_VERSION)
        return found

    def _load_or_create(self) -> None:
        """At open, under the lock: an empty store while there is no file (the first write
        makes it), or load the file and migrate an older one under a backup."""
        self._reload()
        if self._seen is None:
            return
        assert self._data is not None
        found = self._version(self._data)
        if found < migrations.SCHEMA_VERSION:
            backups.keep_before_migration(self.path, self.path.read_bytes(), found)
            try:
                self._data = migrations.migrate(layout.parse_all(self._data))
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                self._data = None
                raise StoreCorruptError(self.path, f"cannot migrate it: {error!r}") from None
            self._write_file(layout.encode(self._data))
            self.generation += 1
