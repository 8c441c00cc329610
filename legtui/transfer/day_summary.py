"""What a food or scale import found and what it wrote (or, with --dry-run, would write)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from legtui.core.text import count
from legtui.transfer.daybook import SHOWN
from legtui.transfer.summary import MAX_LISTED


def _listed(title: str, items: tuple[tuple[str, str], ...]) -> list[str]:
    if not items:
        return []
    out = [f"  {title} ({len(items)}):"]
    out += [f"    {where}: {what}" for where, what in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        out.append(f"    ... and {len(items) - MAX_LISTED} more")
    return out


@dataclass(frozen=True, slots=True)
class DaySummary:
    app: str
    source: str
    days: int
    first: str | None
    last: str | None
    values: Mapping[str, int]  # field -> days that have it
    decisions: Mapping[str, int]  # filled, replaced, unchanged, kept-typed, kept-imported
    days_written: int
    new_days: int
    dry_run: bool = False
    skipped: Mapping[str, int] = field(default_factory=dict)
    out_of_bounds: tuple[tuple[str, str], ...] = ()
    implausible: tuple[tuple[str, str], ...] = ()

    def lines(self) -> list[str]:
        span = f", {self.first} to {self.last}" if self.first else ""
        out = [f"{self.app} file {self.source}: {count(self.days, 'day')}{span}"]
        if self.values:
            out.append("  " + ", ".join(
                f"{count(n, 'day')} marked partial" if name == "partial"
                else f"{SHOWN[name]} on {count(n, 'day')}" for name, n in self.values.items()
            ))
        if self.skipped:
            parts = ", ".join(f"{reason} ({n})" for reason, n in sorted(self.skipped.items()))
            out.append(f"  skipped: {parts}")
        out += _listed("skipped, outside the store's bounds", self.out_of_bounds)
        out += _listed("to check, imported as written", self.implausible)
        d = self.decisions
        verb = "would write" if self.dry_run else "wrote"
        out.append(
            f"{verb}: {count(self.days_written, 'day')} ({self.new_days} new), "
            f"{count(d.get('filled', 0), 'field')} filled, {d.get('replaced', 0)} replaced"
        )
        kept = [f"{d[k]} {what}" for k, what in (
            ("kept-typed", "typed by hand"),
            ("kept-imported", "from an earlier import (--replace overwrites them)"),
        ) if d.get(k)]
        if kept:
            out.append(f"  kept: {'; '.join(kept)}")
        if self.dry_run:
            out.append("dry run: nothing was written")
        return out

    def text(self) -> str:
        return "\n".join(self.lines())
