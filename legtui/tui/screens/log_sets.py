"""Log sets: one exercise. `enter` logs the prefilled set; typing replaces it (`65x6`, `65x6@9`,
`x10`, `w60x5`, `# note`). A rest timer runs after each working set; in a superset the screen
moves on to the next member instead, and the timer starts after the round's last member. Undo,
edit or delete today's sets; `escape` goes back to Today.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Header, Input, Static

from legtui.core.loads import loads_for
from legtui.core.model import PlanItem, SetEntry, fmt_load
from legtui.core.plausible import question
from legtui.core.records import Record, RecordBook
from legtui.core.setspec import SetSyntaxError, set_label
from legtui.services.gym import (
    ExerciseDay,
    exercise_day,
    plan_text,
    prefill,
    read_input,
    typed_text,
)
from legtui.services.program import superset_after
from legtui.services.sets import set_doubts
from legtui.store import StoreError
from legtui.tui.plain import cell, plain, styled
from legtui.tui.rest_alert import send_rest_alert
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.screens.confirm import ConfirmScreen
from legtui.tui.screens.set_changes import delete_set, edit_set
from legtui.tui.screens.today import target_text
from legtui.tui.widgets.key_bar import KeyBar
from legtui.tui.widgets.ordered_input import OrderedInput
from legtui.tui.widgets.rest_timer import RestTimer
from legtui.tui.widgets.status_line import StatusLine


class LogSetsScreen(LegtuiScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "back", "Back", id="log.back", tooltip="Back to Today (or cancel an edit)"
        ),
        Binding(
            "ctrl+z", "undo", "Undo", id="log.undo",
            tooltip="Take back the last set this screen logged (never another session's)",
        ),
        Binding(
            "up", "to_sets", "Sets", id="log.sets", tooltip="Move to today's sets to edit or delete"
        ),
        Binding(
            "ctrl+r", "ramp", "Warm-up", id="log.ramp", tooltip="Show or hide the warm-up ramp"
        ),
    ]

    def __init__(self, exercise: str) -> None:
        super().__init__()
        self.exercise = exercise
        self.day: ExerciseDay | None = None
        self.prefilled = ""
        self.editing: SetEntry | None = None
        self.mine: list[str] = []  # ids of the sets this screen logged, oldest first (undo)
        self.records: RecordBook | None = None
        self.records_generation = -1
        self.volume_celebrated = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="log-title")
        yield Static(id="log-next")
        yield Static(id="log-plates")
        yield Static(id="log-ramp")
        yield Static(id="log-last")
        yield SetsTable(id="log-sets", cursor_type="row", zebra_stripes=True)
        yield RestTimer(id="log-rest")
        yield StatusLine(id="log-message")
        yield Static(id="log-plan")
        yield OrderedInput(id="log-entry", placeholder="60x10  62.5x8@8  x10  w40x8  # note")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(SetsTable)
        table.add_columns("#", "set", "kind", "at")
        self.query_one("#log-ramp").display = False
        self.refresh_data(reset_input=True)
        self.call_after_refresh(self._records_ready)  # the screen paints first
        self.query_one(Input).focus()
        self.set_interval(1.0, self._tick)

    # -- rendering --------------------------------------------------------------------------
    def _plan_item(self) -> PlanItem:
        plan = self.store.plan()
        return plan.item(self.exercise) or PlanItem(self.exercise, unit=self.store.profile().unit)

    def refresh_data(self, reset_input: bool = False, keep_row: bool = False) -> None:
        catalog = self.store.catalog()
        day = exercise_day(self.store, catalog, self._plan_item(), self.clock.today_iso())
        self.day = day
        item, sug = day.item, day.suggestion
        self.query_one("#log-title", Static).update(styled(
            (day.exercise.name, "bold"), f" · {item.sets}×{item.rep_low}–{item.rep_high}"
            f" @{item.target_rpe:g} · rest {item.rest_s // 60}:{item.rest_s % 60:02d}"
        ))
        self.query_one("#log-next", Static).update(f"Next [b]{target_text(sug)}[/b] — {sug.reason}")
        plates = self.query_one("#log-plates", Static)
        plate_text = loads_for(item, day.exercise.equipment).plate_text(sug.load)
        plates.display = plate_text is not None
        plates.update(plate_text or "")
        if self.query_one("#log-ramp").display:
            self._show_ramp()
        self.query_one("#log-last", Static).update(plain(self._last_text(day)))
        self._fill_table(day, keep_row or self.query_one(SetsTable).has_focus)
        self.query_one("#log-plan", Static).update(plan_text(day))
        new_prefill = prefill(day) if day.today or sug.sets else ""
        entry = self.query_one(Input)
        if reset_input or entry.value == self.prefilled:
            entry.value = new_prefill
            entry.action_select_all()
        self.prefilled = new_prefill

    def _last_text(self, day: ExerciseDay) -> str:
        if day.last is None:
            return "Last time: none yet"
        sets = " ".join(set_label(s, day.suggestion.unit) for s in day.last.sets_for(self.exercise))
        note = day.last.notes.get(self.exercise)
        return f"Last {day.last.date}: {sets}" + (f" · “{note}”" if note else "")

    def _fill_table(self, day: ExerciseDay, keep_row: bool) -> None:
        """Today's sets; the cursor on the newest (scrolled into view), or kept on its row while
        the lifter works in the table or edits a set."""
        table = self.query_one(SetsTable)
        row = table.cursor_row
        table.clear()
        set_width = max(12, self.app.size.width - 26)  # "#", "kind" and "at" stay in view
        for index, entry in enumerate(day.today, start=1):
            at = datetime.fromisoformat(entry.logged_at.replace("Z", "+00:00"))
            table.add_row(
                str(index),
                cell(set_label(entry), set_width),
                entry.kind,
                self.clock.local(at).strftime("%H:%M"),
                key=entry.id,
            )
        if day.today:
            newest = len(day.today) - 1
            table.move_cursor(row=min(row, newest) if keep_row else newest, scroll=True)

    def _show_ramp(self) -> None:
        assert self.day is not None
        loads = loads_for(self.day.item, self.day.exercise.equipment)
        steps = loads.warmup_ramp(self.day.suggestion.load)
        text = " · ".join(f"{fmt_load(load)}×{reps}" for load, reps in steps) or "no warm-up needed"
        self.query_one("#log-ramp", Static).update(f"Warm-up: {text}")

    # -- records ------------------------------------------------------------------------------
    def _records_ready(self) -> RecordBook:
        """The record book, (re)built when missing or when the store changed since (an undo, an
        edit or another process): the exercise's bests before today, then today's sets so far.
        Built after the first paint, or by the first set logged if that comes sooner."""
        if self.records is None or self.records_generation != self.store.generation:
            self._build_records()
        assert self.records is not None
        return self.records

    def _build_records(self) -> None:
        today = self.clock.today_iso()
        history = [s for s in self.store.sessions(self.exercise) if s.date < today]
        book = RecordBook.from_sessions(history, self.store.profile().unit, self.exercise)
        done = self.day.today if self.day else ()
        self.volume_celebrated = any(
            r.kind == "session_volume" for entry in done for r in book.add(entry)
        )
        self.records, self.records_generation = book, self.store.generation

    def _new_records(self, book: RecordBook, entries: list[SetEntry]) -> list[Record]:
        """Count freshly logged sets; the records they set, session volume once a day."""
        found = [r for entry in entries for r in book.add(entry)]
        if self.volume_celebrated:
            found = [r for r in found if r.kind != "session_volume"]
        self.volume_celebrated |= any(r.kind == "session_volume" for r in found)
        return found

    # -- rest timer -------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.day is not None:
            self.query_one(RestTimer).tick(self.legtui.monotonic(), self.day.item.rest_s,
                                           self._rest_over)

    def _rest_over(self) -> None:
        assert self.day is not None
        done, planned = self.day.working_done, self.day.suggestion.sets
        then = f"set {done + 1}" if done < planned else f"all {planned} sets done"
        body = f"rest over — {self.day.exercise.name}, {then}"
        send_rest_alert(self.app, self.store.profile().rest_alert, body)

    # -- actions ----------------------------------------------------------------------------
    @on(Input.Submitted, "#log-entry")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.editing is not None:
            self._edit(self.editing, event.value)
        else:
            self._log(event.value)

    def _log(self, text: str) -> None:
        # A load typed without a unit is in the unit the screen shows (the plan item's), which
        # is also the prefilled set's: a kg plan under an lb profile must not log 20 kg as 20 lb.
        unit = self.day.suggestion.unit if self.day else self.store.profile().unit
        unilateral = self.day is not None and self.day.exercise.unilateral
        equipment = (self.day.item.equipment or self.day.exercise.equipment) if self.day else None
        try:
            entries = read_input(text, self.prefilled, unit, self.exercise, self.clock.now_iso(),
                                 unilateral=unilateral, equipment=equipment)
        except SetSyntaxError as error:
            self.say(str(error), error=True)
            return
        doubts = set_doubts(self.store, self.exercise, entries, self.clock.today_iso())
        if doubts:
            self._log_if_meant(entries, question(doubts))
        else:
            self._store_sets(entries)

    @work
    async def _log_if_meant(self, entries: list[SetEntry], doubt: str) -> None:
        """A set that looks like a typo is logged only once the lifter says so."""
        if await self.app.push_screen_wait(ConfirmScreen(doubt)):
            self._store_sets(entries)
        else:
            self.say("Not logged: fix the set and press enter.")

    def _store_sets(self, entries: list[SetEntry]) -> None:
        book = self._records_ready()
        try:
            self.store.log_sets(self.clock.today_iso(), entries)
        except StoreError as error:
            self.say(str(error), error=True)
            return
        self.mine += [e.id for e in entries]
        records = self._new_records(book, entries)
        self.records_generation = self.store.generation
        logged = f"Logged {', '.join(set_label(e) for e in entries)}."
        if records:
            texts = ", ".join(r.text for r in records)
            plural = "s" if len(records) > 1 else ""
            logged = f"New record{plural}: {texts}! {logged}"
        working = any(e.kind == "working" for e in entries)
        step = superset_after(self.store, self.clock.today(), self.exercise) if working else None
        if step is not None and step.exercise != self.exercise:
            self._switch(step.exercise)
            logged += f" Superset: {self.store.catalog().name(step.exercise)} next."
        self.refresh_data(reset_input=True)
        timer = self.query_one(RestTimer)
        if working and (step is None or step.rest) and self.day is not None:
            timer.start(self.legtui.monotonic(), self.clock.now(), self.day.item.rest_s)
        elif step is not None:  # on to the superset's next member: no rest yet
            timer.stop()
        self.say(logged)  # after the input is reset: that change is not the lifter's next edit
        self._tick()

    def _switch(self, exercise: str) -> None:
        """Show another exercise (the superset's next member); its records are its own."""
        self.exercise = exercise
        self.records, self.volume_celebrated = None, False

    def action_back(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.say("Edit cancelled.")
            self.refresh_data(reset_input=True)
            return
        self.app.pop_screen()

    def action_undo(self) -> None:
        """Delete the newest set this screen logged that is still there (another session's sets,
        and sets already deleted or undone, are not this screen's to take back)."""
        present = {entry.id: entry for entry in (self.day.today if self.day else ())}
        while self.mine and self.mine[-1] not in present:
            self.mine.pop()
        if not self.mine:
            self.say("Nothing of yours to undo: only sets logged on this screen.", error=True)
            return
        last = present[self.mine[-1]]
        try:
            self.store.delete_set(last.id)
        except StoreError as error:
            self.say(str(error), error=True)
            return
        self.mine.pop()
        self.refresh_data(reset_input=True)
        self.say(f"Undid {set_label(last)}.")

    def action_to_sets(self) -> None:
        """To today's sets, on the newest."""
        if self.day and self.day.today:
            table = self.query_one(SetsTable)
            table.move_cursor(row=len(self.day.today) - 1, scroll=True)
            table.focus()

    def action_ramp(self) -> None:
        ramp = self.query_one("#log-ramp")
        ramp.display = not ramp.display
        if ramp.display:
            self._show_ramp()

    def selected_set(self) -> SetEntry | None:
        table = self.query_one(SetsTable)
        if self.day is None or not self.day.today or table.cursor_row < 0:
            return None
        return self.day.today[min(table.cursor_row, len(self.day.today) - 1)]

    def start_edit(self) -> None:
        chosen = self.selected_set()
        if chosen is None:
            return
        self.editing = chosen
        entry = self.query_one(Input)
        entry.value = typed_text(chosen)
        entry.focus()
        self.say("Editing: change the set, enter saves, escape cancels.")

    @work
    async def _edit(self, old: SetEntry, text: str) -> None:
        if await edit_set(self, old, text, self.say) is not None:
            self.editing = None
            self.refresh_data(reset_input=True, keep_row=True)  # the edited row stays in view
            self.query_one(Input).focus()

    @work
    async def confirm_delete(self) -> None:
        chosen = self.selected_set()
        if chosen is None:
            return
        if await delete_set(self, chosen, "", self.say) is not None:
            self.refresh_data(reset_input=True, keep_row=True)
            if not self.day or not self.day.today:
                self.query_one(Input).focus()


class SetsTable(DataTable[str | Text]):
    """Today's sets of the exercise; edit or delete the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "Edit", id="log.edit", tooltip="Edit the highlighted set"),
        Binding(
            "d,delete",
            "delete",
            "Delete",
            id="log.delete",
            tooltip="Delete the highlighted set (asks first)",
        ),
        Binding("i,tab", "to_input", "Type a set", id="log.input", tooltip="Back to the set input"),
    ]

    @property
    def log_screen(self) -> LogSetsScreen:
        screen = self.screen
        assert isinstance(screen, LogSetsScreen)
        return screen

    def action_edit(self) -> None:
        self.log_screen.start_edit()

    def action_delete(self) -> None:
        self.log_screen.confirm_delete()

    def action_to_input(self) -> None:
        self.log_screen.query_one(Input).focus()
