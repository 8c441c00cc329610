"""TinyDB storage that is crash-safe and safe with several processes.

The parsed file is kept in memory. Every change runs inside `transaction()`: it takes the lock,
reloads the file if another process changed it (size, mtime, inode), lets TinyDB change the data,
then writes the whole file once, atomically (encoding only the documents that changed; the
history's documents stay as their bytes until read, see `layout`). If the write fails the
in-memory copy is dropped, so nothing that was not saved is ever shown as saved. A store whose
file does not exist yet is empty; the file is made at its first write, so reading a new path
leaves nothing behind but the folder and the lock file. A file holding damaged documents (see
`integrity`) is read without them, and every write is refused until it is repaired or restored.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb.storages import Storage

from legtui.paths import lock_path, through_link
from legtui.store import backups, integrity, layout, migrations, saving
from legtui.store.errors import (
    StoreCorruptError,
    StoreDamagedError,
    StoreError,
    StoreTooNewError,
    StoreWriteError,
)
from legtui.store.integrity import Damage
from legtui.store.safefile import (
    Signature,
    atomic_write,
    check_writable,
    ensure_folder,
    exclusive_lock,
    hold,
    read_raw,
    refuse_special,
    signature,
    sweep,
)

if TYPE_CHECKING:  # loaded only when a file is migrated
    from legtui.store.legacy_values import Mended


class SafeStorage(Storage):
    def __init__(self, path: Path | str) -> None:
        self.path = through_link(Path(path))
        refuse_special(self.path)
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
        # (not the reload after a failed save: that is our own data coming back)
        self.backup_error: StoreError | None = None  # set when the last save's backup failed
        self.damage: list[Damage] = []  # documents taken out as damaged: the store is read-only
        self._migrated_from: int | None = None  # the loaded data is migrated, not yet saved
        self._mended: Mended | None = None  # what that migration changed beyond the shape
        self.migration_notice: str | None = None  # what a saved migration changed, in one line
        self._own_reload = False
        ensure_folder(self.path.parent)
        with exclusive_lock(self.lock_file, reading=True):
            sweep(self.path)
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
        check_writable(self.path)
        with exclusive_lock(self.lock_file):
            if self._data is None or self.changed_on_disk():
                self._reload()
            if self.damage:
                raise StoreDamagedError(self.path, [d.line() for d in self.damage])
            if self._migrated_from is not None:  # an older file, opened read-only or put back
                self._save_migration()
            self._in_txn = True
            self._dirty = False
            try:
                yield
                if self._dirty:
                    self._save()
            except BaseException:
                self._data = None  # drop what was not saved; the next read reloads the file
                self._seen = None
                self._own_reload = True  # (which is not another process's change)
                raise
            finally:
                self._in_txn = False
                self._dirty = False

    def _save(self) -> None:
        assert self._data is not None
        saving.refuse_invalid(self._data)
        payload = layout.encode(self._data)
        self._write_file(payload)
        self.generation += 1
        self.backup_error = saving.keep_daily(self.path, payload)

    def _reload(self) -> None:
        if self._seen is None and signature(self.path) is None:
            self._data = migrations.fresh()
            self.damage = []
            self.generation += 1
            return
        fd, seen = hold(self.path)
        try:
            loaded = self._load(read_raw(self.path, fd))
        except BaseException:
            os.close(fd)
            raise
        self._keep(fd, seen)
        self._data, self.damage = loaded.tables, loaded.damage
        self.generation += 1
        self.reads += not self._own_reload
        self._own_reload = False

    def _load(self, raw: bytes) -> integrity.Loaded:
        self._migrated_from, self._mended = None, None
        try:
            return integrity.load(raw, prepare=self._prepare)
        except integrity.Unreadable as error:
            raise StoreCorruptError(self.path, str(error)) from None

    def _prepare(self, data: dict[str, Any]) -> dict[str, Any]:
        """Refuse a newer schema; bring an older one up to date (in memory) before its
        documents are checked."""
        found = self._version(data)
        if found == migrations.SCHEMA_VERSION:
            return data
        try:
            self._mended = migrations.record()
            migrated = migrations.migrate(layout.parse_all(data), self._mended)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise StoreCorruptError(self.path, f"cannot migrate it: {error!r}") from None
        self._migrated_from = found
        return migrated

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
        makes it), or load the file and save an older one migrated, under a backup. An older
        file that is damaged, or that this process may not write, is read migrated in memory
        and saved so by the first write that can (nothing damaged goes into a backup)."""
        self._reload()
        if self._migrated_from is None or self._seen is None or self.damage:
            return
        try:
            check_writable(self.path)
        except StoreWriteError:
            return  # read-only: reads go on; a write says why it cannot
        self._save_migration()

    def _save_migration(self) -> None:
        """Keep the older file as a pre-migration backup, move what the migration set aside
        into the file `store repair` writes, then save the migrated data."""
        found, mended = self._migrated_from, self._mended
        assert found is not None and mended is not None and self._data is not None
        kept = backups.keep_before_migration(self.path, read_raw(self.path), found)
        aside = None
        if mended.aside:
            aside = backups.set_aside_path(self.path)
            atomic_write(aside, integrity.aside(self.path, mended.aside))
        self._write_file(layout.encode(self._data))
        self.generation += 1
        self._migrated_from = None
        where = f" into {aside}" if aside else ""
        self._notice(found, mended, f"{where}; the file as it was is kept as {kept}")

    def _notice(self, found: int, mended: Mended, tail: str = "") -> None:
        """Say in one line what the migration changed (nothing when it only reshaped)."""
        summary = mended.summary()
        if summary is not None:
            self.migration_notice = (f"the store was brought up from version {found}: "
                                     f"{summary}{tail}")

    def repair(self, aside: Path) -> list[Damage]:
        """Write the damaged documents to `aside` and the healthy ones back to the store; the
        caller has backed up the whole file. An older file is saved migrated, and what its
        migration moved aside goes into `aside` too. Returns what was set aside."""
        with self._guard, exclusive_lock(self.lock_file):
            self._reload()
            damage, self.damage = self.damage, []
            if not damage:
                return []
            assert self._data is not None
            found, mended = self._migrated_from, self._mended
            if mended is not None:
                damage += mended.aside
            atomic_write(aside, integrity.aside(self.path, damage))
            self._write_file(layout.encode(self._data))
            self.generation += 1
            self._migrated_from = None
            if found is not None and mended is not None:
                self._notice(found, mended)
            return damage
