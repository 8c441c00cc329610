"""What an import found and what it added (or, with --dry-run, would add)."""

from __future__ import annotations

from dataclasses import dataclass, field

from legtui.core.bounds import NOTE_MAX
from legtui.core.text import count, shown
from legtui.store import MergeResult

MAX_LISTED = 20


@dataclass(frozen=True, slots=True)
class ImportSummary:
    app: str
    source: str
    workouts: int
    sessions: int
    working_sets: int
    warmups: int
    checkins: int
    first: str | None
    last: str | None
    added: MergeResult
    dry_run: bool = False
    skipped: dict[str, int] = field(default_factory=dict)
    new_exercises: tuple[str, ...] = ()
    suspicious: tuple[tuple[int, str], ...] = ()
    restored: tuple[str, ...] = ()
    notes_cut: tuple[str, ...] = ()  # where a note longer than NOTE_MAX was cut

    def lines(self) -> list[str]:
        span = f", {self.first} to {self.last}" if self.first else ""
        out = [
            f"{self.app} file {self.source}: {count(self.workouts, 'workout')} on "
            f"{count(self.sessions, 'day')}{span}",
            f"  {count(self.working_sets + self.warmups, 'set')}: {self.working_sets} working, "
            f"{count(self.warmups, 'warm-up')}; {count(self.checkins, 'check-in')}",
        ]
        if self.skipped:
            parts = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
            out.append(f"  skipped rows: {parts}")
        if self.new_exercises:
            out.append(f"  new custom exercises ({len(self.new_exercises)}): "
                       + ", ".join(self.new_exercises))
        if self.notes_cut:
            where = ", ".join(self.notes_cut[:MAX_LISTED])
            extra = len(self.notes_cut) - MAX_LISTED
            out.append(f"  {count(len(self.notes_cut), 'note')} cut to {NOTE_MAX} characters: "
                       f"{where}" + (f" and {extra} more" if extra > 0 else ""))
        if self.suspicious:
            out.append(f"  rows to check, imported as written ({len(self.suspicious)}):")
            out += [f"    line {line}: {what}" for line, what in self.suspicious[:MAX_LISTED]]
            if len(self.suspicious) > MAX_LISTED:
                out.append(f"    ... and {len(self.suspicious) - MAX_LISTED} more")
        a = self.added
        verb = "would add" if self.dry_run else "added"
        out.append(
            f"{verb}: {count(a.sessions_added, 'session')}, {count(a.sets_added, 'set')} "
            f"({a.sets_skipped} already present), {count(a.checkins_added, 'check-in')}, "
            f"{count(a.exercises_added, 'exercise')}"
            + (f"; the {' and the '.join(self.restored)}" if self.restored else "")
        )
        if self.dry_run:
            out.append("dry run: nothing was written")
        return out

    def text(self) -> str:
        """The lines, safe for a terminal (control characters in a name shown as `\\xNN`)."""
        return shown("\n".join(self.lines()))
