"""Apple Health: export.xml and export.zip, food summed, sleep by the night's end, iOS 8 files,
broken XML, and files that declare entities (refused, nothing expanded)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from food_support import days, food, sources, store_in

from legtui.transfer import TransferError, run_import

EXPORT = {
    "2024-03-04": {"weight": 80.06, "unit": "kg",  # 176.5 lb at 06:55, before 80.4 kg at 07:10
                   # 350.4 + 620.3 Cal + 1029.4 + 418.4 kJ (100 kcal); the breakfast
                   # Correlation repeats 350.4 kcal and 10 g fiber: not counted again
                   "calories": 2100,
                   "protein_g": 75.5, "fiber_g": 15.5, "water_l": 1.25, "sodium_mg": 1001},
    "2024-03-05": {"weight": 80.1, "unit": "kg",  # 23:30 at +0100: the date as written
                   "sleep_h": 6.75},  # core + deep + REM; in bed, awake, the overlap not counted
    "2024-03-06": {"sleep_h": 7.5},  # the night that ends on the 6th
}


def test_export_xml(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "applehealth", food("apple_export.xml"))
    assert days(store) == EXPORT
    assert set(sources(store)["2024-03-05"].values()) == {"Apple Health"}


def test_the_zip_the_phone_makes(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.write(food("apple_export.xml"), "apple_health_export/export.xml")
        out.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    store = store_in(tmp_path)
    run_import(store, "applehealth", archive)
    assert days(store) == EXPORT


def test_ios8_compact_dates_and_numeric_sleep_values(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    run_import(store, "applehealth", food("apple_ios8.xml"))
    assert days(store) == {"2015-06-03": {"weight": 83.91, "unit": "kg", "sleep_h": 7}}


def test_broken_xml_stops_with_its_line_and_writes_nothing(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    with pytest.raises(TransferError, match=r"line 6: broken XML: mismatched tag"):
        run_import(store, "applehealth", food("apple_malformed.xml"))
    assert store.checkins() == []


@pytest.mark.parametrize("name", ["apple_entity_bomb.xml", "apple_external_entity.xml"])
def test_a_file_declaring_entities_is_refused_unexpanded(tmp_path: Path, name: str) -> None:
    store = store_in(tmp_path)
    with pytest.raises(TransferError, match="declares XML entities") as caught:
        run_import(store, "applehealth", food(name))
    assert "lol" not in str(caught.value) and "root" not in str(caught.value)
    assert store.checkins() == []


def test_a_translated_export_name_in_the_zip(tmp_path: Path) -> None:
    archive = tmp_path / "exportar.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("apple_health_export/exportar_cda.xml", "<ClinicalDocument>" + " " * 9999
                     + "</ClinicalDocument>")
        out.write(food("apple_ios8.xml"), "apple_health_export/exportar.xml")
        out.writestr("apple_health_export/workout-routes/route_1.gpx", "<gpx/>")
    store = store_in(tmp_path)
    run_import(store, "applehealth", archive)
    assert days(store) == {"2015-06-03": {"weight": 83.91, "unit": "kg", "sleep_h": 7}}


def test_a_zip_without_an_export_and_another_xml(tmp_path: Path) -> None:
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("a.txt", "hello")
    with pytest.raises(TransferError, match=r"holds no export\.xml"):
        run_import(store_in(tmp_path), "applehealth", archive)
    other = tmp_path / "feed.xml"
    other.write_text("<?xml version='1.0'?>\n<rss><channel/></rss>\n")
    with pytest.raises(TransferError, match="root element is <rss>"):
        run_import(store_in(tmp_path), "applehealth", other)


def test_an_unknown_encoding_is_a_clear_error(tmp_path: Path) -> None:
    odd = tmp_path / "export.xml"
    odd.write_text('<?xml version="1.0" encoding="UTF-88"?>\n<HealthData locale="en_GB"/>\n')
    with pytest.raises(TransferError, match="line 1: broken XML: unknown encoding"):
        run_import(store_in(tmp_path), "applehealth", odd)
