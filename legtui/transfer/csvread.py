"""Reading exported CSV files: delimiter sniffing, header lookup by name, numbers and dates.

Columns are always found by their header name, never by position. A field that cannot be read
raises TransferError with the file's line number (the line the row starts on, so rows holding
multi-line quoted notes are still reported where a person would look).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from legtui.core.model import Unit, clean_number
from legtui.transfer.errors import TransferError

UNIT_WORDS: dict[str, Unit] = {"kg": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb"}
_CLOCK_PART = re.compile(r"\d+(?:\.\d+)?")
_MOMENT_FORMATS = ("%d %b %Y, %H:%M", "%d %B %Y, %H:%M")  # ISO forms go to fromisoformat


def read_text(path: Path) -> str:
    """The file as text (UTF-8, with or without a byte order mark)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise TransferError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise TransferError("the file is not UTF-8 text; export it again as UTF-8", line) from None


def sniff_delimiter(text: str) -> str:
    """`;` when the header line holds more semicolons than commas outside quotes, else `,`."""
    header = text.split("\n", 1)[0]
    counts = {",": 0, ";": 0}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return ";" if counts[";"] > counts[","] else ","


@dataclass(frozen=True, slots=True)
class Row:
    """One record: its fields and the line it starts on."""

    line: int
    fields: list[str]


class Table:
    """A CSV file's header and rows; `col()` finds a column by any of its known names."""

    def __init__(self, text: str) -> None:
        self.delimiter = sniff_delimiter(text)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter)
        try:
            self.header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise TransferError("the file is empty", 1) from None
        except csv.Error as error:
            raise TransferError(f"the header does not read as CSV: {error}", 1) from None
        self._names = {name.lower(): index for index, name in enumerate(self.header)}
        self._reader = reader

    def rows(self) -> Iterator[Row]:
        """Every non-blank record after the header, with the line it starts on."""
        reader = self._reader
        end = reader.line_num
        while True:
            start = end + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise TransferError(f"broken CSV: {error}", start) from None
            end = reader.line_num
            if fields and any(f.strip() for f in fields):
                yield Row(start, fields)

    def col(self, *names: str) -> int | None:
        """The index of the first of `names` (any case) present in the header."""
        for name in names:
            index = self._names.get(name.lower())
            if index is not None:
                return index
        return None

    def need(self, app: str, *names: str) -> int:
        """Like col(), but a missing column means this is not the file it claims to be."""
        index = self.col(*names)
        if index is None:
            raise TransferError(
                f"not a {app} export: no {names[0]!r} column (the header is "
                f"{self.delimiter.join(self.header)!r})", 1,
            )
        return index


def scaled_columns(
    table: Table, options: Mapping[str, Sequence[tuple[str, float]]]
) -> list[tuple[str, int, float]]:
    """For each field, the first of its (header, factor) options in the file: (field, index,
    factor); a field with none of them is left out."""
    found = []
    for name, choices in options.items():
        for header, factor in choices:
            index = table.col(header)
            if index is not None:
                found.append((name, index, factor))
                break
    return found


def field(row: Row, index: int | None) -> str:
    """The stripped text of a column, "" when the column is absent or the row is short."""
    if index is None or index >= len(row.fields):
        return ""
    return row.fields[index].strip()


def number(text: str, what: str, line: int | None, decimal_comma: bool = False) -> float | None:
    """A number as written (`55`, `55.0`, `"55.0"`, `55,5` in `;` files); "" means none."""
    if not text:
        return None
    if decimal_comma and "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise TransferError(f"{what}: {text!r} is not a number", line) from None
    if not math.isfinite(value):
        raise TransferError(f"{what}: {text!r} is not a number", line)
    return float(clean_number(value))


def positive(text: str, what: str, line: int, decimal_comma: bool = False) -> float | None:
    """A number where 0 means none too (distance, seconds, RPE)."""
    value = number(text, what, line, decimal_comma)
    return value or None


def whole(text: str, what: str, line: int, decimal_comma: bool = False) -> int | None:
    """A count written `10` or `10.0`; "" and 0 mean none; `10.5` is an error."""
    value = number(text, what, line, decimal_comma)
    if value is None or value == 0:
        return None
    if value != int(value):
        raise TransferError(f"{what}: {text!r} is not a whole number", line)
    return int(value)


def moment(text: str, what: str, line: int) -> datetime:
    """`2025-02-24 15:10:32`, `2025-02-24T15:10`, or Hevy's `7 Apr 2026, 10:14`.

    Naive (the lifter's local time) unless the text carries an offset.
    """
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
    if parsed is None:
        for fmt in _MOMENT_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise TransferError(f"{what}: {text!r} is not a date and time", line)
    return parsed


def unit_word(text: str, what: str, line: int) -> Unit:
    """`kg`, `kgs`, `lb`, `lbs` (any case)."""
    found = UNIT_WORDS.get(text.strip().lower())
    if found is None:
        raise TransferError(f"{what}: {text!r} is not a weight unit (kg or lb)", line)
    return found


def seconds(text: str, what: str, line: int) -> float | None:
    """Seconds written `90`, `90.0` or as a clock, `0:01:30` / `1:30`; empty and 0 mean none."""
    if ":" not in text:
        return positive(text, what, line)
    parts = [part.strip() for part in text.split(":")]
    if len(parts) > 3 or not all(_CLOCK_PART.fullmatch(part) for part in parts):
        raise TransferError(f"{what}: {text!r} is not a duration", line)
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total or None


def write_rows(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """CSV text with a header, `\\n` line ends, every field that needs quotes quoted."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
