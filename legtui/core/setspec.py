"""The set grammar typed on the command line and in Log sets.

    60x10        60 (profile unit) for 10 reps
    62.5x8@8     with an RPE (6 to 10 in half steps)
    60x10x3      three sets of that
    w40x8        a warm-up (d = drop set, f = to failure)
    bwx12        bodyweight; bw+10x8 is bodyweight plus 10
    135lbx5      a unit after the load overrides the profile's
    20x10/9      a single-leg set: 10 reps left, 9 right (reps = the weaker side)
    x10          (Log sets only) the prefilled load, 10 reps
    60x8 # grip  a note after '#'
"""

from __future__ import annotations

import re

from legtui.core.bounds import LOAD, REPS, RPE, SETS_TYPED
from legtui.core.inputs import InputError, comma_hint, number_problem, quoted
from legtui.core.plain import Value, fmt_load
from legtui.core.text import clean_note

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol

    from legtui.core.model import SetEntry, SetKind, Unit

    class Logged(Protocol):
        """What `entry_text` reads of a logged set (a `SetEntry`, or a stored set's fields)."""

        @property
        def kind(self) -> SetKind: ...
        @property
        def load(self) -> float: ...
        @property
        def unit(self) -> str: ...
        @property
        def reps(self) -> int: ...
        @property
        def rpe(self) -> float | None: ...
        @property
        def sides(self) -> tuple[int, int] | None: ...

MAX_REPS = int(REPS.high)
MAX_SETS = int(SETS_TYPED.high)

_KINDS: dict[str, SetKind] = {"w": "warmup", "d": "drop", "f": "failure"}
_KIND_PREFIX = {v: k for k, v in _KINDS.items()}

# Numbers are ASCII digits of a sane length (longer ones are typos, and int() refuses huge ones).
_PATTERN = re.compile(
    r"""^
    (?P<kind>[wdf])?
    (?P<load>bw(?:\+(?P<added>\d{1,6}(?:\.\d{1,6})?))?|\d{1,6}(?:\.\d{1,6})?)?
    (?P<unit>kg|lbs?)?
    x(?P<reps>\d{1,6})(?:/(?P<right>\d{1,6}))?
    (?:x(?P<sets>\d{1,6}))?
    (?:@(?P<rpe>\d{1,3}(?:\.\d{1,6})?))?
    $""",
    re.VERBOSE | re.ASCII,
)
LOAD_DECIMALS = 2  # what fmt_load shows, so a set reads back as it was typed


class SetSyntaxError(ValueError):
    """A set that cannot be read; the message says how to write it."""


class ParsedSet(Value):
    """What was typed. `load` is None when it was left out (`x10`: same load as before)."""

    __slots__ = ("bodyweight", "kind", "load", "note", "reps", "rpe", "sets", "sides", "unit")

    def __init__(self, reps: int, load: float | None = None, unit: Unit | None = None,
                 sets: int = 1, rpe: float | None = None, kind: SetKind = "working",
                 bodyweight: bool = False, note: str | None = None,
                 sides: tuple[int, int] | None = None) -> None:
        self.reps, self.load, self.unit, self.sets = reps, load, unit, sets
        self.rpe, self.kind, self.bodyweight, self.note = rpe, kind, bodyweight, note
        self.sides = sides  # (left, right); `reps` is then the weaker side

    def text(self) -> str:
        """The canonical spelling; parse(text()) gives this back."""
        out = _KIND_PREFIX.get(self.kind, "")
        if self.bodyweight:
            out += "bw" + (f"+{fmt_load(self.load)}" if self.load else "")
        elif self.load is not None:
            out += fmt_load(self.load)
        if self.unit is not None:
            out += self.unit
        out += reps_text(self.reps, self.sides)
        if self.sets != 1:
            out += f"x{self.sets}"
        if self.rpe is not None:
            out += f"@{self.rpe:g}"
        if self.note:
            out += f" # {self.note}"
        return out


def _number_hint(raw: str) -> str:
    comma = comma_hint(raw)
    if comma:
        return comma
    if raw.lstrip().startswith("-") or "x-" in raw:
        return "loads and reps cannot be negative"
    return "write a set as LOADxREPS, e.g. 60x10, 62.5x8@8, 60x10x3, w40x8, bwx12"


def parse(raw: str, *, allow_missing_load: bool = False) -> ParsedSet:
    """Read one set; raise SetSyntaxError with a clear message on anything else."""
    text, _, note = raw.partition("#")
    compact = re.sub(r"\s+", "", text.lower())
    if not compact:
        raise SetSyntaxError("empty set: write LOADxREPS, e.g. 60x10")
    compact = compact.replace("×", "x").replace("*", "x")
    match = _PATTERN.match(compact)
    if match is None:
        raise SetSyntaxError(f"cannot read {quoted(text)}: {_number_hint(text)}")
    load_txt = match["load"]
    if load_txt is None and not allow_missing_load:
        raise SetSyntaxError(f"{quoted(text)} has no load: write e.g. 60x10 (or bwx10)")
    bodyweight = bool(load_txt and load_txt.startswith("bw"))
    load: float | None
    if bodyweight:
        load = float(match["added"]) if match["added"] else 0.0
    else:
        load = None if load_txt is None else float(load_txt)
    reps = int(match["reps"])
    sides = None if match["right"] is None else (reps, int(match["right"]))
    sets = int(match["sets"]) if match["sets"] else 1
    rpe = float(match["rpe"]) if match["rpe"] else None
    unit_txt = match["unit"]
    unit: Unit | None = None if unit_txt is None else ("kg" if unit_txt == "kg" else "lb")
    typed_load = match["added"] or (None if bodyweight else load_txt)
    if typed_load and len(typed_load.partition(".")[2]) > LOAD_DECIMALS:
        raise SetSyntaxError(f"a load has at most {LOAD_DECIMALS} decimals, not {typed_load}")
    if load is not None and load > (limit := LOAD[unit or "lb"]).high:
        raise SetSyntaxError(f"a load of {fmt_load(load)} is more than {limit.high:g}"
                             f"{' ' + unit if unit else ''}: a typo?")
    for problem in (*(number_problem(n, REPS) for n in sides or (reps,)),
                    number_problem(sets, SETS_TYPED)):
        if problem:
            raise SetSyntaxError(problem)
    if rpe is not None and (number_problem(rpe, RPE) or (rpe * 2) != int(rpe * 2)):
        raise SetSyntaxError(f"RPE is 6 to 10 in half steps, not {rpe:g}")
    kind = _KINDS[match["kind"]] if match["kind"] else "working"
    try:
        cleaned = clean_note(note)
    except InputError as error:
        raise SetSyntaxError(str(error)) from None
    return ParsedSet(
        reps=min(sides) if sides else reps,
        load=load,
        unit=unit,
        sets=sets,
        rpe=rpe,
        kind=kind,
        bodyweight=bodyweight,
        note=cleaned,
        sides=sides,
    )


def reps_text(reps: int, sides: tuple[int, int] | None) -> str:
    """`x10`, or `x10/9` for a set with sides (left/right)."""
    return f"x{sides[0]}/{sides[1]}" if sides else f"x{reps}"


def check_load(load: float, unit: Unit) -> None:
    """SetSyntaxError when a load is past the bound of the unit it is in (1000 kg, 2200 lb)."""
    problem = number_problem(load, LOAD[unit])
    if problem:
        raise SetSyntaxError(problem)


def entry_text(entry: Logged, with_unit: bool = False) -> str:
    """A logged set in the grammar's spelling: `w40x8`, `62.5x8@8`, `bwx12`, `60kgx10`."""
    out = _KIND_PREFIX.get(entry.kind, "")
    out += fmt_load(entry.load) if entry.load else "bw"
    if with_unit and entry.load:
        out += entry.unit
    out += reps_text(entry.reps, entry.sides)
    if entry.rpe is not None:
        out += f"@{entry.rpe:g}"
    return out


def set_label(entry: SetEntry, shown_unit: Unit | None = None) -> str:
    """A logged set for reading, its unit named: `60kg×10`, `w40kg×8`, `20kg×10/9@8`, `bw×12`
    (a load on a bodyweight exercise reads as the load: `10kg×8`). With `shown_unit` (a table
    whose header names the unit), a set in that unit leaves it out: `60×10`, but `135lb×5`."""
    out = _KIND_PREFIX.get(entry.kind, "")
    unit = "" if entry.unit == shown_unit else entry.unit
    out += f"{fmt_load(entry.load)}{unit}" if entry.load else "bw"
    out += reps_text(entry.reps, entry.sides).replace("x", "×", 1)
    if entry.rpe is not None:
        out += f"@{entry.rpe:g}"
    return out
