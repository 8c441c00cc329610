"""Setup's list of workouts: each workout's line, then its exercises. On a workout: rename,
reorder, delete; on an exercise: open its settings, reorder, move to the previous or next
workout, group with its neighbour into a superset (or ungroup), swap for another, remove. `n`
adds a workout, `a` an exercise to the highlighted one (docs/programs.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Protocol, cast

from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from legtui.core.catalog import Catalog
from legtui.core.inputs import InputError
from legtui.core.model import Plan, PlanItem, Workout, fmt_load
from legtui.core.plan_edit import (
    add_workout,
    delete_workout,
    move_item,
    move_to_workout,
    move_workout,
    position,
    remove_item,
    rename_workout,
    toggle_group,
)
from legtui.services.plan import swap_exercise
from legtui.store import Store, StoreError
from legtui.tui.screens.ask import AskScreen
from legtui.tui.screens.confirm import ConfirmScreen


class PlanHost(Protocol):
    """What the list needs from the screen it sits on (Setup)."""

    @property
    def store(self) -> Store: ...

    def say(self, text: str, error: bool = False) -> None: ...

    def start_add(self) -> None: ...

    def open_exercise(self, exercise: str) -> None: ...


def item_prompt(item: PlanItem, catalog: Catalog) -> Text:
    """Two lines: the name (after its superset's mark) and sets × reps, then scheme, loads and
    rest."""
    text = Text(overflow="ellipsis", no_wrap=True)
    text.append(f" ⇄{item.group} " if item.group else " ")
    text.append(catalog.name(item.exercise), style="bold")
    text.append(f"  {item.sets}×{item.rep_low}–{item.rep_high}")
    details = [item.scheme, f"start {fmt_load(item.start_load)} {item.unit}"]
    if item.max_load is not None:
        details.append(f"max {fmt_load(item.max_load)}")
    details.append(f"rest {item.rest_s} s")
    text.append(f"\n   {' · '.join(details)}", style="dim")
    return text


def workout_prompt(workout: Workout) -> Text:
    count = len(workout.items)
    text = Text(overflow="ellipsis", no_wrap=True)
    text.append(f"Workout {workout.name}", style="bold underline")
    text.append(f" · {count} exercise{'s' * (count != 1)}" if count else " · empty: a adds",
                style="dim")
    return text


def option_id(workout: int, exercise: str | None = None) -> str:
    return f"w{workout}" if exercise is None else f"e{workout}:{exercise}"


def parse_id(option: str) -> tuple[int, str | None]:
    """An option's workout index and exercise (None on a workout's own line)."""
    head, _, exercise = option.partition(":")
    return int(head[1:]), (exercise or None)


def plan_options(plan: Plan, catalog: Catalog) -> list[Option]:
    options = []
    for index, workout in enumerate(plan.workouts):
        options.append(Option(workout_prompt(workout), id=option_id(index)))
        options += [Option(item_prompt(item, catalog), id=option_id(index, item.exercise))
                    for item in workout.items]
    return options


class PlanList(OptionList):
    """The plan's workouts and their exercises in training order."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="setup.add",
                tooltip="Add an exercise to the highlighted workout"),
        Binding("n", "new_workout", "New day", id="setup.new_workout",
                tooltip="Add a workout (a day: A, B, ...)"),
        Binding("r", "rename", "Rename", id="setup.rename", tooltip="Rename the workout"),
        Binding("g", "group", "Superset", id="setup.group",
                tooltip="Group the exercise with the next one into a superset, or ungroup it"),
        Binding("s", "swap", "Swap", id="setup.swap",
                tooltip="Swap the exercise for another in every workout (histories stay)"),
        Binding(
            "d,delete", "remove", "Remove", id="setup.remove",
            tooltip="Take the exercise out of its workout, or delete the workout (asks first)",
        ),
        Binding(
            "K,shift+up", "move(-1)", "Move up", id="setup.up",
            tooltip="Move the exercise (or the workout) earlier",
        ),
        Binding(
            "J,shift+down", "move(1)", "Move down", id="setup.down",
            tooltip="Move the exercise (or the workout) later",
        ),
        Binding("less_than_sign", "to_workout(-1)", "To previous day", id="setup.to_previous",
                show=False, tooltip="Move the exercise to the previous workout"),
        Binding("greater_than_sign", "to_workout(1)", "To next day", id="setup.to_next",
                show=False, tooltip="Move the exercise to the next workout"),
    ]

    @property
    def host(self) -> PlanHost:
        return cast(PlanHost, self.screen)

    def show(self, plan: Plan, catalog: Catalog, select: str | None = None) -> None:
        """Fill the list; keep the highlight on `select` (an option id) or where it was."""
        keep = self.highlighted or 0
        self.clear_options()
        options = plan_options(plan, catalog)
        self.add_options(options)
        ids = [o.id for o in options]
        self.highlighted = ids.index(select) if select in ids else min(keep, len(ids) - 1)

    def selected(self) -> tuple[int, str | None] | None:
        if self.highlighted is None:
            return None
        found = self.get_option_at_index(self.highlighted).id
        return None if found is None else parse_id(found)

    def _exercise(self, doing: str) -> tuple[int, str] | None:
        """The highlighted exercise and its workout's index; None (and why) on a workout."""
        chosen = self.selected()
        if chosen is None or chosen[1] is None:
            self.host.say(f"Highlight an exercise to {doing}.", error=True)
            return None
        return chosen[0], chosen[1]

    def _change(self, change: Callable[[Plan], Plan], done: str,
                select: Callable[[Plan], str | None]) -> Plan | None:
        """Apply a change, save it, show the plan with `select`'s row highlighted (None: the
        row where the highlight was), say `done`. A refused change is one message."""
        store = self.host.store
        try:
            store.set_plan(change(store.plan()))
        except (InputError, StoreError) as error:
            self.host.say(f"{error}. Nothing changed.", error=True)
            return None
        plan = store.plan()
        self.show(plan, store.catalog(), select(plan))
        self.host.say(done)
        return plan

    def action_add(self) -> None:
        self.host.start_add()

    def action_move(self, step: int) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        index, exercise = chosen
        if exercise is None:
            self._change(lambda p: move_workout(p, index, step), "Moved the workout.",
                         lambda p: option_id(max(0, min(index + step, len(p.workouts) - 1))))
        else:
            self._change(lambda p: move_item(p, index, exercise, step), "Moved.",
                         lambda _: option_id(index, exercise))

    def action_to_workout(self, step: int) -> None:
        found = self._exercise("move it to another workout")
        if found is not None:
            index, exercise = found
            self._change(lambda p: move_to_workout(p, index, exercise, step),
                         "Moved to the other workout.",
                         lambda _: option_id(index + step, exercise))

    def action_group(self) -> None:
        found = self._exercise("group it into a superset")
        if found is None:
            return
        index, exercise = found
        plan = self._change(lambda p: toggle_group(p, index, exercise), "",
                            lambda _: option_id(index, exercise))
        if plan is not None:
            workout = plan.workouts[index]
            group = workout.items[position(workout, exercise)].group
            name = self.host.store.catalog().name(exercise)
            self.host.say(f"{name} is in superset {group}: Log sets takes its members in turn."
                          if group else f"{name} is out of its superset.")

    @work
    async def action_new_workout(self) -> None:
        store = self.host.store
        plan = store.plan()
        name = await self.app.push_screen_wait(AskScreen(
            "Name of the new workout:", placeholder=chr(ord("A") + len(plan.workouts))))
        if name is None:
            return
        try:
            plan = add_workout(plan, name)
            store.set_plan(plan)
        except (InputError, StoreError) as error:
            self.host.say(f"{error}. Not added.", error=True)
            return
        self.show(store.plan(), store.catalog(), option_id(len(plan.workouts) - 1))
        self.host.say(f"Added workout {plan.workouts[-1].name}: a adds exercises to it.")

    @work
    async def action_rename(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        index, exercise = chosen
        workout = self.host.store.plan().workouts[index]
        name = await self.app.push_screen_wait(
            AskScreen(f"Rename workout {workout.name} to:", workout.name))
        if name is not None:
            self._change(lambda p: rename_workout(p, index, name), "Renamed.",
                         lambda _: option_id(index, exercise))

    @work
    async def action_swap(self) -> None:
        found = self._exercise("swap it")
        if found is None:
            return
        index, old = found
        store = self.host.store
        name = store.catalog().name(old)
        new = await self.app.push_screen_wait(AskScreen(
            f"Swap {name} (every workout) for:", placeholder="exercise name, e.g. good morning"))
        if not new:
            return
        try:
            gone, came = swap_exercise(store, old, new)
        except (InputError, StoreError) as error:
            self.host.say(f"{error}. Nothing changed.", error=True)
            return
        self.show(store.plan(), store.catalog(), option_id(index, came.id))
        self.host.say(f"Swapped {gone.name} for {came.name}; each keeps its own history.")

    @work
    async def action_remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        index, exercise = chosen
        store = self.host.store
        workout = store.plan().workouts[index]
        if exercise is None:
            question = f"Delete workout {workout.name}?"
            done = f"Deleted workout {workout.name}; the history stays."
        else:
            name = store.catalog().name(exercise)
            question = f"Take {name} out of workout {workout.name}?"
            done = f"Removed {name}; its history stays."

        def change(plan: Plan) -> Plan:
            if exercise is None:
                return delete_workout(plan, index)
            return remove_item(plan, index, exercise)

        try:
            change(store.plan())  # refused before asking
        except InputError as error:
            self.host.say(f"{error}. Not removed.", error=True)
            return
        if not await self.app.push_screen_wait(ConfirmScreen(question)):
            self.host.say("Kept.")
            return
        self._change(change, done, lambda p: None if exercise else
                     option_id(min(index, len(p.workouts) - 1)))

    def open(self, option: str) -> None:
        """`enter` on a row: an exercise's settings, or rename a workout."""
        exercise = parse_id(option)[1]
        if exercise is None:
            self.action_rename()
        else:
            self.host.open_exercise(exercise)
