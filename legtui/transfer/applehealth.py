"""Apple Health's export (Health → profile → Export All Health Data): `export.zip` or the
`export.xml` inside it.

`Record` elements carry `type`, `unit`, `value`, `startDate`, `endDate`. Body mass, dietary
energy, protein, sodium, water and fiber are read (food summed per day, then rounded), and sleep:
the asleep time of a night (overlapping records from several devices counted once), on the date
the night ends. A `Correlation` (a food entry, a blood pressure) repeats records that the export
also lists at the top level: those inside it are not counted again. iOS 8 wrote sleep values as
numbers: 0 in bed, 1 asleep.

Dates carry the phone's offset at export time (`2015-06-03 05:02:00 +0100`, or compact
`20150603050200+0100`), not the measurement's, so the wall-clock date as written is the day.

Exports run to hundreds of MB: the file is read in chunks by expat, element by element, keeping
only the day totals. It is never given a DTD to load, and a file that declares an entity (the
"billion laughs" bomb) is refused before anything is expanded.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO
from xml.parsers import expat

from legtui.core.model import Unit
from legtui.transfer.csvread import number
from legtui.transfer.daybook import KCAL_PER_KJ, DayBook
from legtui.transfer.errors import TransferError
from legtui.transfer.sleep import Nights

APP = "Apple Health"
CHUNK = 1 << 20
ROOT = "HealthData"
PREFIX = "HKQuantityTypeIdentifier"
WEIGHT = PREFIX + "BodyMass"
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
# the food records: field and the factor from each unit to kcal, g, mg or L
FOOD: dict[str, tuple[str, dict[str, float]]] = {
    PREFIX + "DietaryEnergyConsumed": ("calories", {"kcal": 1.0, "Cal": 1.0, "kJ": KCAL_PER_KJ}),
    PREFIX + "DietaryProtein": ("protein_g", {"g": 1.0, "mg": 0.001}),
    PREFIX + "DietaryFiber": ("fiber_g", {"g": 1.0, "mg": 0.001}),
    PREFIX + "DietarySodium": ("sodium_mg", {"mg": 1.0, "g": 1000.0, "mcg": 0.001}),
    PREFIX + "DietaryWater": ("water_l", {"mL": 0.001, "L": 1.0, "cL": 0.01, "dL": 0.1,
                                          "fl_oz_us": 0.0295735295625,
                                          "fl_oz_imp": 0.0284130625, "cup_us": 0.2365882365}),
}
WEIGHT_UNITS: dict[str, tuple[float, Unit]] = {"kg": (1.0, "kg"), "g": (0.001, "kg"),
                                               "lb": (1.0, "lb"), "lbs": (1.0, "lb")}
_SLEEP_VALUE = "HKCategoryValueSleepAnalysis"
ASLEEP = {"1", *(_SLEEP_VALUE + s for s in
                 ("Asleep", "AsleepUnspecified", "AsleepCore", "AsleepDeep", "AsleepREM"))}
MOMENT = re.compile(r"(\d{4})-?(\d\d)-?(\d\d)[ T]?(\d\d):?(\d\d):?(\d\d)")
CORRELATION = "Correlation"  # a meal's records again, also listed at the top level
ENTITIES = "the file declares XML entities, which an Apple Health export never does; refused"


def _moment(text: str, what: str, line: int) -> datetime:
    """The wall-clock time as written, its offset ignored."""
    match = MOMENT.match(text.strip())
    if match is None:
        raise TransferError(f"Record {what}: {text!r} is not a date and time", line)
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise TransferError(f"Record {what}: {text!r} is not a date and time", line) from None


class _Reader:
    """The expat callbacks: each `Record` of a kind that matters goes into the day book."""

    def __init__(self, parser: expat.XMLParserType) -> None:
        self.parser = parser
        self.book = DayBook(APP)
        self.nights = Nights()
        self.root_seen = False
        self.correlations = 0  # how deep inside <Correlation> elements the parser is

    def end(self, name: str) -> None:
        if name == CORRELATION:
            self.correlations -= 1

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if not self.root_seen:
            if name != ROOT:
                raise TransferError(f"not an {APP} export: the root element is <{name}>, "
                                    f"not <{ROOT}>", self.parser.CurrentLineNumber)
            self.root_seen = True
        if name == CORRELATION:
            self.correlations += 1
        if name != "Record" or self.correlations:
            return
        kind = attrs.get("type", "")
        if kind == WEIGHT:
            self._weight(attrs)
        elif kind in FOOD:
            self._food(kind, attrs)
        elif kind == SLEEP:
            line = self.parser.CurrentLineNumber
            if attrs.get("value", "") in ASLEEP:
                start = _moment(attrs.get("startDate", ""), "startDate", line)
                end = _moment(attrs.get("endDate", ""), "endDate", line)
                self.nights.add(start, end, f"line {line}")

    def _value(self, attrs: dict[str, str], line: int) -> float:
        value = number(attrs.get("value", ""), f"Record {attrs.get('type')} value", line)
        if value is None:
            raise TransferError(f"Record {attrs.get('type')} has no value", line)
        return value

    def _unit(self, attrs: dict[str, str], units: dict[str, float] | dict[str, tuple[float, Unit]],
              line: int) -> str:
        unit = attrs.get("unit", "")
        if unit not in units:
            raise TransferError(f"Record {attrs.get('type')}: unit {unit!r} is not one of "
                                f"{', '.join(units)}", line)
        return unit

    def _weight(self, attrs: dict[str, str]) -> None:
        line = self.parser.CurrentLineNumber
        factor, unit = WEIGHT_UNITS[self._unit(attrs, WEIGHT_UNITS, line)]
        start = _moment(attrs.get("startDate", ""), "startDate", line)
        self.book.weight(start.date().isoformat(), start.time().isoformat(),
                         self._value(attrs, line) * factor, unit, f"line {line}")

    def _food(self, kind: str, attrs: dict[str, str]) -> None:
        line = self.parser.CurrentLineNumber
        name, factors = FOOD[kind]
        factor = factors[self._unit(attrs, factors, line)]
        start = _moment(attrs.get("startDate", ""), "startDate", line)
        self.book.food(start.date().isoformat(), name, self._value(attrs, line) * factor,
                       f"line {line}")


def _refuse_entity(*_: object) -> None:
    raise TransferError(ENTITIES)


def _refuse_reference(*_: object) -> int:
    raise TransferError(ENTITIES)


def parse_stream(stream: IO[bytes]) -> DayBook:
    """Read an export.xml stream chunk by chunk; the day book of what it holds."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_reference
    reader = _Reader(parser)
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    try:
        for chunk in _chunks(stream):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        reason = expat.ErrorString(error.code) or "broken XML"
        raise TransferError(f"broken XML: {reason}; export the data again", error.lineno) from None
    except LookupError as error:  # an encoding declared in the XML that Python does not know
        raise TransferError(f"broken XML: {error}; export the data again", 1) from None
    if not reader.root_seen:
        raise TransferError(f"not an {APP} export: no <{ROOT}> element")
    reader.nights.into(reader.book)
    return reader.book


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(CHUNK):
        yield chunk


def read(path: Path, unit: Unit | None) -> DayBook:
    """`export.zip` (the `export.xml` inside is streamed from it) or `export.xml`."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                member = _export_member(archive)
                with archive.open(member) as stream:
                    return parse_stream(stream)
        with path.open("rb") as stream:
            return parse_stream(stream)
    except (OSError, zipfile.BadZipFile) as error:
        raise TransferError(f"cannot read {path.name}: {error}") from None


def _export_member(archive: zipfile.ZipFile) -> str:
    """`export.xml`; in a phone set to another language the name may be translated
    (`exportar.xml`): then the largest XML file beside it that is not the clinical `_cda` one."""
    xml = [i for i in archive.infolist() if i.filename.lower().endswith(".xml")
           and i.filename.count("/") <= 1 and "cda" not in i.filename.rsplit("/", 1)[-1]]
    exact = [i for i in xml if i.filename.rsplit("/", 1)[-1] == "export.xml"]
    if not xml:
        raise TransferError(f"not an {APP} export: the zip holds no export.xml")
    return (exact or sorted(xml, key=lambda i: i.file_size))[-1].filename
