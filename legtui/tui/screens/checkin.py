"""Check-in: one day's weight, sleep, calories, protein, fiber, stress, water, sodium, the weekly
tape and a note, each with its target and an on / off mark; the coach (the calorie target, its
source and reason, measured expenditure, the goal), the seed's hints and the last 7 days below.
`enter` saves every changed field; `pageup` / `pagedown` move to another day (yesterday's
calories are what people know in the morning); `ctrl+o` marks the day's calories partial;
`ctrl+y` opens the week in review.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.markup import escape
from textual.widgets import Header, Input, Static

from legtui.core.checkin_input import TAPE, checkin_from_raw, parse_value
from legtui.core.checkin_review import mark, week_lines, week_summary
from legtui.core.coach import coach_lines, coached_targets
from legtui.core.hints import hints_for
from legtui.core.inputs import InputError
from legtui.core.model import CM_IN_INCH, CheckIn, Profile, clean_number, convert
from legtui.core.provenance import day_sources, week_sources
from legtui.store import StoreError
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.widgets.field_row import FieldRow
from legtui.tui.widgets.key_bar import KeyBar
from legtui.tui.widgets.status_line import StatusLine

DAILY: tuple[tuple[str, str], ...] = (
    ("weight", "weight {unit}"),
    ("sleep_h", "sleep h"),
    ("calories", "calories"),
    ("protein_g", "protein g"),
    ("fiber_g", "fiber g"),
    ("stress", "stress 1–5"),
    ("water_l", "water L"),
    ("sodium_mg", "sodium mg"),
)
TAPE_LABELS = {"waist": "waist {length}", "hips": "hips {length}", "thigh": "thigh {length}"}
TAPE_EVERY_DAYS = 7
GLYPHS = {"on": " ✓", "off": " ✗"}


def short(field: str) -> str:
    """`protein_g` → `protein`: how messages name a field."""
    return field.split("_")[0]


def shown_value(entry: CheckIn | None, field: str, profile: Profile) -> str:
    """A stored field as the input shows it, in the profile's units."""
    value = None if entry is None else getattr(entry, field)
    if value is None or entry is None:
        return ""
    if field == "note":
        return str(value)
    if field == "weight":  # bodyweight at one decimal (80.5 kg read in lb is 177.5, not 177.47)
        return f"{convert(value, entry.unit, profile.unit):.1f}"
    if field in TAPE and entry.length_unit != profile.length_unit:
        value = value * CM_IN_INCH if entry.length_unit == "in" else value / CM_IN_INCH
    return f"{clean_number(value, 2):g}"


def last_tape(checkins: list[CheckIn], before: str) -> str | None:
    """The latest day before `before` with a girth measured."""
    taken = [c.date for c in checkins
             if c.date < before and any(getattr(c, g) is not None for g in TAPE)]
    return max(taken, default=None)


def day_label(day: date, today: date) -> str:
    name = {0: "today", 1: "yesterday"}.get((today - day).days)
    shown = day.strftime("%a %d %b")
    return f"{shown} ({name})" if name else day.strftime("%a %d %b %Y")


class Review(Vertical, can_focus=True):
    """The hints and the 7-day summary: tab reaches them, so they scroll into view."""


class CheckinScreen(LegtuiScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "save", "Save", id="checkin.save", tooltip="Save every changed field"),
        Binding(
            "pageup", "day(-1)", "Earlier", id="checkin.prev", priority=True,
            tooltip="The day before (yesterday's calories)",
        ),
        Binding(
            "pagedown", "day(1)", "Later", id="checkin.next", priority=True,
            tooltip="The day after, up to today",
        ),
        Binding(
            "ctrl+t", "tape", "Tape", id="checkin.tape",
            tooltip="Show or hide waist, hips and thigh (offered weekly)",
        ),
        Binding(
            "ctrl+o", "partial", "Partial", id="checkin.partial",
            tooltip="Mark the day's calories partial (left out of measured expenditure), or not",
        ),
        Binding("ctrl+y", "week", "Week", id="checkin.week", tooltip="The week in review"),
        Binding("escape", "leave", "Today", id="checkin.leave", tooltip="Back to Today"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.day: date | None = None
        self.tape_shown: bool | None = None  # None: decided by the last measurement

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="checkin-day")
        yield Static(id="checkin-source", markup=False)
        with VerticalScroll(id="checkin-body"):
            for field, label in DAILY:
                yield FieldRow(field, label)
            yield Static(id="checkin-tape-line")
            with Vertical(id="checkin-tape"):
                for field, label in TAPE_LABELS.items():
                    yield FieldRow(field, label)
            yield FieldRow("note", "note", placeholder="how the day went", wide=True)
            with Review(id="checkin-review"):
                yield Static(id="checkin-coach", markup=False)
                yield Static(id="checkin-hints")
                yield Static(id="checkin-week")
        yield StatusLine(id="checkin-message")
        yield KeyBar()

    def rows(self) -> dict[str, FieldRow]:
        return {row.field: row for row in self.query(FieldRow)}

    def on_screen_resume(self) -> None:
        today = self.clock.today()
        if self.day is None or self.day > today:
            self.day = today
        self.refresh_data()
        self.rows()["weight"].input.focus()

    # -- rendering --------------------------------------------------------------------------
    def refresh_data(self, force: bool = False) -> None:
        if self.day is None:
            return
        profile = self.store.profile()
        iso = self.day.isoformat()
        checkins = self.store.checkins(until=iso)
        entry = next((c for c in checkins if c.date == iso), None)
        targets = coached_targets(profile, checkins, self.day)
        judged = entry or CheckIn(date=iso, unit=profile.unit, length_unit=profile.length_unit)
        units = {"unit": profile.unit, "length": profile.length_unit}
        self.query_one("#checkin-day", Static).update(
            f"[b]Check-in[/b] · {day_label(self.day, self.clock.today())} · enter saves"
        )
        for field, row in self.rows().items():
            label = dict(DAILY).get(field) or TAPE_LABELS.get(field) or field
            row.query_one(".field-label", Static).update(label.format(**units))
            row.fill(shown_value(entry, field, profile), force=force)
            row.set_invalid(False)
            found = mark(field, judged, targets)
            glyph = GLYPHS.get(found.status or "", "")
            partial = " partial" if field == "calories" and judged.partial else ""
            row.set_note(f"{found.target or ''}{glyph}{partial}", found.status)
        source = self.query_one("#checkin-source", Static)
        imported_from = day_sources(entry)
        source.update(imported_from)
        source.display = bool(imported_from)
        self._show_tape(entry, checkins, iso)
        self.query_one("#checkin-coach", Static).update("\n".join(coach_lines(targets)))
        hints = hints_for(checkins, targets, self.day)
        hint_box = self.query_one("#checkin-hints", Static)
        hint_box.display = bool(hints)
        hint_box.update("\n".join(f"• {hint.text}" for hint in hints))
        summary = week_summary(checkins, targets, self.day)
        week = week_lines(summary, profile.unit)
        imported = week_sources([c for c in checkins if c.date >= summary.start.isoformat()])
        if imported:
            week.append(f"  {escape(imported)}")  # importer names are text, never markup
        self.query_one("#checkin-week", Static).update("\n".join(week))

    def _show_tape(self, entry: CheckIn | None, checkins: list[CheckIn], iso: str) -> None:
        last = last_tape(checkins, iso)
        measured = entry is not None and any(getattr(entry, g) is not None for g in TAPE)
        assert self.day is not None
        due = last is None or (self.day - date.fromisoformat(last)).days >= TAPE_EVERY_DAYS
        shown = self.tape_shown if self.tape_shown is not None else (measured or due)
        self.query_one("#checkin-tape").display = shown
        line = self.query_one("#checkin-tape-line", Static)
        line.display = not shown
        when = ("not measured yet" if last is None
                else f"last {date.fromisoformat(last):%a %d %b}")
        line.update(f"Tape weekly, {when}: [b]ctrl+t[/b] shows")

    # -- actions ----------------------------------------------------------------------------
    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        if self.day is None:
            return
        profile = self.store.profile()
        rows = self.rows()
        changed = {field: row.value for field, row in rows.items() if row.changed}
        if not changed:
            self.say("Nothing changed to save.")
            return
        for row in rows.values():
            row.set_invalid(False)
        for field, text in changed.items():
            try:
                if not text.strip():
                    raise InputError(f"{short(field)} cannot be cleared here: "
                                     "type a new value (or `legtui checkin` it)")
                parse_value(field, text, profile)
            except InputError as error:
                rows[field].set_invalid(True)
                rows[field].input.focus()
                self.say(f"{error}. Nothing saved.", error=True)
                return
        try:
            self.store.put_checkin(checkin_from_raw(self.day.isoformat(), changed, profile))
        except (InputError, StoreError) as error:
            self.say(f"{error}. Nothing saved.", error=True)
            return
        names = ", ".join(short(field) for field in changed)
        self.say(f"Saved {names} for {day_label(self.day, self.clock.today())}.")
        self.refresh_data(force=True)

    def action_day(self, step: int) -> None:
        if self.day is None:
            return
        today = self.clock.today()
        new = min(self.day + timedelta(days=step), today)
        if new == self.day:
            self.say("This is today: no later day to check in.")
            return
        unsaved = [short(row.field) for row in self.rows().values() if row.changed]
        self.day, self.tape_shown = new, None
        self.refresh_data(force=True)
        calories = self.rows()["calories"]
        if new < today and not calories.value:
            calories.input.focus()  # what people know of yesterday in the morning
        dropped = f" (not saved: {', '.join(unsaved)})" if unsaved else ""
        self.say(f"Showing {day_label(new, today)}{dropped}.", error=bool(unsaved))

    def action_tape(self) -> None:
        self.tape_shown = not self.query_one("#checkin-tape").display
        self.query_one("#checkin-tape").display = self.tape_shown
        self.query_one("#checkin-tape-line").display = not self.tape_shown
        if self.tape_shown:
            self.rows()["waist"].input.focus()

    def action_partial(self) -> None:
        if self.day is None:
            return
        iso = self.day.isoformat()
        entry = self.store.checkin(iso)
        partial = not (entry is not None and entry.partial)
        try:
            self.store.put_checkin(CheckIn(date=iso, partial=partial))
        except StoreError as error:
            self.say(f"{error}. Nothing saved.", error=True)
            return
        self.say("Calories marked partial: left out of measured expenditure." if partial
                  else "Calories marked complete.")
        self.refresh_data()

    def action_week(self) -> None:
        from legtui.tui.screens.week import WeekScreen

        self.app.push_screen(WeekScreen())

    def action_leave(self) -> None:
        self.app.switch_mode("today")
