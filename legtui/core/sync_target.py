"""Where this device syncs to: a shared file, or another legtui reached by a command (ssh)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class SyncTarget:
    """`file`: a legtui JSON export both devices sync against (a Syncthing or Dropbox folder);
    `via`: the command that runs legtui on the other device (`ssh gymbox legtui`); at most one is
    set. `auto`: the app syncs on start and on quit."""

    file: str | None = None
    via: str | None = None
    auto: bool = False

    @property
    def is_set(self) -> bool:
        return bool(self.file or self.via)

    def describe(self) -> str:
        if self.file:
            return f"file {self.file}"
        if self.via:
            return f"via {self.via}"
        return "none"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "via": self.via, "auto": self.auto}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SyncTarget:
        file, via = data.get("file"), data.get("via")
        return cls(file=file if isinstance(file, str) and file else None,
                   via=via if isinstance(via, str) and via else None,
                   auto=data.get("auto") is True)
