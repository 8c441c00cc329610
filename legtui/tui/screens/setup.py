"""Setup: units, body data, deficit, training days, time zone, day start, water, rest alert; and
the plan's workouts and their exercises (see setup_workouts.py; open an exercise to change its
sets, reps, scheme, loads, equipment, rest). Every change is checked by legtui.core.settings and
saved at once (`enter` or leaving the field); a bad value is one message and changes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Input, OptionList, Static

from legtui.core.catalog import MUSCLES
from legtui.core.inputs import InputError, Rule
from legtui.core.model import Plan, PlanItem, Profile, clean_number, fmt_load, from_kg
from legtui.core.settings import (
    CHOICES,
    PLAN_RULES,
    PROFILE_RULES,
    add_to_plan,
    parse_days,
    parse_muscles,
    set_profile_field,
    update_plan_item,
)
from legtui.store import StoreError
from legtui.tui.plain import styled
from legtui.tui.screens.ask import AskScreen
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.screens.confirm import ConfirmScreen
from legtui.tui.screens.setup_workouts import PlanList, option_id
from legtui.tui.widgets.field_row import FieldRow
from legtui.tui.widgets.key_bar import KeyBar
from legtui.tui.widgets.status_line import StatusLine

PROFILE_ROWS: tuple[tuple[str, str], ...] = (
    ("unit", "weight unit"),
    ("length_unit", "tape unit"),
    ("sex", "sex"),
    ("birth_year", "birth year"),
    ("height_cm", "height cm"),
    ("activity", "activity"),
    ("deficit", "deficit"),
    ("days", "train days"),
    ("timezone", "time zone"),
    ("day_start_hour", "day starts"),
    ("water_target_l", "water L"),
    ("rest_alert", "rest alert"),
    ("goal_weight", "goal weight"),
    ("checkin_day", "coach day"),
)
PLAN_ROWS: tuple[tuple[str, str], ...] = (
    ("sets", "sets"),
    ("reps", "reps"),
    ("scheme", "scheme"),
    ("start_load", "start load"),
    ("increment", "increment"),
    ("max_load", "max load"),
    ("equipment", "equipment"),
    ("rest_s", "rest s"),
    ("bar", "bar"),
    ("plates", "plates"),
    ("step", "db step"),
    ("target_rpe", "target RPE"),
)
NOTES = {
    "birth_year": "age 13–100",
    "days": "e.g. mon,wed,fri",
    "timezone": "IANA, e.g. Europe/Berlin",
    "goal_weight": "in the weight unit; empty: none",
    "checkin_day": "calorie target moves; mon…sun",
    "reps": "e.g. 8-12",
    "plates": "e.g. 20,10,5,2.5",
}


def rule_note(rule: Rule) -> str:
    return f"{rule.low:g}–{rule.high:g} {rule.unit}".strip()


def field_note(field: str, rules: dict[str, Rule]) -> str:
    """What a field accepts, from the same rules and choices that check it."""
    if field in CHOICES:
        *first, last = CHOICES[field]
        return f"{', '.join(first)} or {last}"
    if field in rules:
        return rule_note(rules[field])
    return NOTES.get(field, "")


def profile_text(profile: Profile, plan: Plan, field: str) -> str:
    """A profile (or training days) value as its input shows it."""
    if field == "days":
        return ",".join(plan.days)
    if field == "goal_weight" and profile.goal_weight is not None:
        return f"{clean_number(from_kg(profile.goal_weight, profile.unit), 1):g}"
    value = getattr(profile, field)
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def plan_text(item: PlanItem, field: str) -> str:
    """A plan item's value as its input shows it; empty for a default."""
    if field == "reps":
        return f"{item.rep_low}-{item.rep_high}"
    value = getattr(item, field)
    if value is None:
        return ""
    if field == "plates":
        return ",".join(fmt_load(p) for p in value)
    return fmt_load(value) if isinstance(value, float) else str(value)


class SettingsForm(LegtuiScreen):
    """A screen of FieldRows that save one by one: on `enter` or when focus leaves the field."""

    def _row(self, event: Input.Submitted | Input.Blurred) -> FieldRow | None:
        row = event.input.parent
        return row if isinstance(row, FieldRow) else None

    @on(Input.Submitted)
    @on(Input.Blurred)
    def _commit(self, event: Input.Submitted | Input.Blurred) -> None:
        event.stop()
        row = self._row(event)
        if row is None or not row.changed or row.field == "add":
            return
        try:
            saved = self.save_field(row.field, row.value)
        except (InputError, StoreError) as error:
            row.set_invalid(True)
            self.say(f"{error}. Not saved.", error=True)
            return
        row.set_invalid(False)
        self.refresh_data()
        row.fill(row.shown)
        self.say(f"Saved {row.label}: {saved or 'default'}.")

    def save_field(self, field: str, raw: str) -> str:
        """Check and store one field; the text it now shows. Raises InputError."""
        raise NotImplementedError


class SetupScreen(SettingsForm):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Today", id="setup.leave", tooltip="Back to Today"),
        Binding(
            "ctrl+o", "to_plan", "Workouts", id="setup.plan",
            tooltip="Jump to the workouts and their exercises",
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="setup-body"):
            yield Static("[b]You[/b] · enter or tab saves a field", classes="setup-title")
            for field, label in PROFILE_ROWS:
                yield FieldRow(field, label, note=field_note(field, PROFILE_RULES))
            yield Static(
                "[b]Workouts[/b] · enter opens, ? lists the keys",
                classes="setup-title",
            )
            yield PlanList(id="setup-plan")
            yield FieldRow("add", "add", placeholder="exercise name, enter adds", wide=True)
        yield StatusLine(classes="setup-message")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_data(force=True)
        self.query_one(FieldRow).input.focus()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def refresh_data(self, force: bool = False) -> None:
        profile, plan = self.store.profile(), self.store.plan()
        for row in self.query(FieldRow):
            if row.field == "timezone":
                row.input.placeholder = self.clock.zone_name
            if row.field != "add":
                row.fill(profile_text(profile, plan, row.field), force=force)
        self.query_one(PlanList).show(plan, self.store.catalog())

    def save_field(self, field: str, raw: str) -> str:
        if field == "days":
            plan = replace(self.store.plan(), days=parse_days(raw))
            self.store.set_plan(plan)
            return ",".join(plan.days)
        this_year = self.clock.today().year
        profile = set_profile_field(self.store.profile(), field, raw, this_year)
        self.store.set_profile(profile)
        return profile_text(profile, self.store.plan(), field)

    def action_leave(self) -> None:
        self.app.switch_mode("today")

    def action_to_plan(self) -> None:
        self.query_one(PlanList).focus()

    def open_exercise(self, exercise: str) -> None:
        self.app.push_screen(ExerciseScreen(exercise))

    @on(OptionList.OptionSelected, "#setup-plan")
    def _open(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.query_one(PlanList).open(event.option.id)

    @on(Input.Submitted, "#field-add")
    def _add(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip()
        if not name:
            self.say("Type an exercise's name, then enter.", error=True)
            return
        self._add_named(name)

    @work
    async def _add_named(self, name: str) -> None:
        """Add an exercise to the highlighted workout. A new name close to a catalog one asks
        "did you mean"; a new exercise of the user's own asks which muscles it trains (for
        weekly volume)."""
        catalog = self.store.catalog()
        muscles: tuple[str, ...] = ()
        near = None if catalog.resolve(name) else catalog.near(name)
        if near is not None and await self.app.push_screen_wait(ConfirmScreen(
                f"Did you mean {near.name}? (n adds {name} as an exercise of your own)")):
            name = near.id
        if catalog.resolve(name) is None:
            answer = await self.app.push_screen_wait(AskScreen(
                f"Which muscles does {name} train? {', '.join(MUSCLES)} (they count in "
                "weekly volume; empty for none)", placeholder="glutes,hamstrings"))
            try:
                if answer is None:
                    raise InputError("cancelled")
                muscles = parse_muscles(answer)
            except InputError as error:
                self.say(f"{error}. Not added.", error=True)
                return
        plan_list = self.query_one(PlanList)
        chosen = plan_list.selected()
        at = chosen[0] if chosen else 0  # the highlighted workout
        try:
            plan, custom = add_to_plan(
                self.store.plan(), catalog, name, self.store.profile().unit,
                workout=at, muscles=muscles, new=True,
            )
            if custom is not None:
                self.store.add_exercise(custom)
            self.store.set_plan(plan)
        except (InputError, StoreError) as error:
            self.say(f"{error}. Not added.", error=True)
            return
        added = plan.workouts[at].items[-1]
        self.query_one("#field-add", Input).value = ""
        self.refresh_data()
        plan_list.show(self.store.plan(), self.store.catalog(), option_id(at, added.exercise))
        plan_list.focus()
        kind = " (a new exercise of your own)" if custom else ""
        self.say(f"Added {self.store.catalog().name(added.exercise)}{kind}: enter to set it up.")

    def start_add(self) -> None:
        """Focus the add field (it adds to the workout highlighted in the list)."""
        self.query_one("#field-add", Input).focus()


class ExerciseScreen(SettingsForm):
    """One plan exercise's settings; loads are in the exercise's own unit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Back", id="exercise.back", tooltip="Back to Setup"),
    ]

    def __init__(self, exercise: str) -> None:
        super().__init__()
        self.exercise = exercise

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(classes="setup-title", id="exercise-title")
        with VerticalScroll(id="setup-body"):
            for field, label in PLAN_ROWS:
                yield FieldRow(field, label, note=field_note(field, PLAN_RULES))
        yield StatusLine(classes="setup-message")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_data(force=True)
        self.query_one(FieldRow).input.focus()

    def _item(self) -> PlanItem:
        item = self.store.plan().item(self.exercise)
        if item is None:
            raise InputError(f"{self.exercise} is no longer in the plan")
        return item

    def refresh_data(self, force: bool = False) -> None:
        plan = self.store.plan()
        item = plan.item(self.exercise)
        if item is None:
            self.say(f"{self.exercise} is no longer in the plan: escape goes back.", error=True)
            return
        exercise = self.store.catalog().get(self.exercise)
        holding = [w.name for w in plan.workouts
                   if any(i.exercise == self.exercise for i in w.items)]
        where = f" · in {', '.join(holding)}" if len(plan.workouts) > 1 else ""
        self.query_one("#exercise-title", Static).update(
            styled((exercise.name, "bold"), f" · loads in {item.unit}{where}")
        )
        defaults = {"equipment": exercise.equipment, "max_load": "no limit"}
        for row in self.query(FieldRow):
            row.input.placeholder = defaults.get(row.field, "default")
            row.fill(plan_text(item, row.field), force=force)

    def save_field(self, field: str, raw: str) -> str:
        item = update_plan_item(self._item(), {field: raw})
        self.store.set_plan(self.store.plan().with_item(item))
        return plan_text(item, field)

    def action_leave(self) -> None:
        self.app.pop_screen()
