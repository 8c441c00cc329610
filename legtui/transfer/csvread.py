"""Reading exported CSV files: delimiter sniffing, header lookup by name, numbers and dates.

Columns are always found by their header name, never by position. A field that cannot be read
raises TransferError with the file's line number (the line the row starts on, so rows holding
multi-line quoted notes are still reported where a person would look).
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from legtui.core.bounds import TEXT_MAX
from legtui.core.model import Unit, clean_number
from legtui.transfer.errors import TransferError

UNIT_WORDS: dict[str, Unit] = {"kg": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb"}
_CLOCK_PART = re.compile(r"\d+(?:\.\d+)?")
_MOMENT_FORMATS = ("%d %b %Y, %H:%M", "%d %B %Y, %H:%M")  # ISO forms go to fromisoformat


LINE_MAX = 1 << 20  # a longer line is refused after this much of it is read, never read whole
FIELD_MAX = TEXT_MAX  # a longer field stops the import at its line


@contextlib.contextmanager
def text_lines(path: Path) -> Iterator[Iterator[str]]:
    """The file's lines as text (UTF-8, with or without a byte order mark), read as they are
    needed: memory stays bounded whatever the file's size."""
    try:
        source = path.open("rb")
    except OSError as error:
        raise TransferError(f"cannot read {path}: {error.strerror or error}") from None
    with source:
        yield lines_of(source)


def lines_of(source: BinaryIO) -> Iterator[str]:
    """A binary stream's lines as text (a file's, standard input's), each checked: UTF-8, at most
    LINE_MAX."""
    number = 0
    while raw := source.readline(LINE_MAX):
        number += 1
        if len(raw) >= LINE_MAX and not raw.endswith(b"\n"):
            raise TransferError(f"the line is longer than {LINE_MAX >> 20} MB (a field is at "
                                f"most {FIELD_MAX >> 10} KB)", number)
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise TransferError("the file is not UTF-8 text; export it again as UTF-8",
                                number) from None


WHOLE_MAX = 256 << 20  # a file read whole (a legtui JSON export: 10 years are about 10 MB)


def read_text(path: Path) -> str:
    """The whole file as text, its lines checked as `text_lines` does (a JSON export, parsed
    whole: one larger than WHOLE_MAX is refused before it is read, so memory stays bounded)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise TransferError(f"cannot read {path}: {error.strerror or error}") from None
    if size > WHOLE_MAX:
        raise TransferError(f"the file is {size >> 20} MB; a legtui export is read whole, up to "
                            f"{WHOLE_MAX >> 20} MB")
    with text_lines(path) as lines:
        return "".join(lines)


def read_stream(source: BinaryIO) -> str:
    """A whole stream (standard input) as text, as `read_text` reads a file, up to WHOLE_MAX."""
    out: list[str] = []
    size = 0
    for line in lines_of(source):
        size += len(line)
        if size > WHOLE_MAX:
            raise TransferError(f"the input is over {WHOLE_MAX >> 20} MB; a legtui export is read "
                                f"whole, up to {WHOLE_MAX >> 20} MB")
        out.append(line)
    return "".join(out)


def sniff_delimiter(header: str) -> str:
    """`;` when the header line holds more semicolons than commas outside quotes, else `,`."""
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

    def __init__(self, lines: Iterator[str]) -> None:
        first = next(lines, "")
        if not first.strip():
            raise TransferError("the file is empty", 1)
        self.delimiter = sniff_delimiter(first)
        csv.field_size_limit(FIELD_MAX)
        reader = csv.reader(itertools.chain([first], lines), delimiter=self.delimiter)
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
                if "field limit" in str(error):
                    raise TransferError(f"a field is longer than {FIELD_MAX >> 10} KB",
                                        reader.line_num) from None
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


def field(row: Row, index: int | None) -> str:
    """The stripped text of a column, "" when the column is absent or the row is short."""
    if index is None or index >= len(row.fields):
        return ""
    return row.fields[index].strip()


def number(text: str, what: str, line: int, decimal_comma: bool = False) -> float | None:
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
