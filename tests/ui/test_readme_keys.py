"""The README's key table is the one the bindings generate, so it cannot drift."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from legtui.tui import keys_readme
from legtui.tui.keys import all_sections

README = Path(__file__).resolve().parents[2] / "README.md"
REGENERATE = "python -m legtui.tui.keys_readme --write README.md"


def readme_block(text: str) -> str:
    start = text.find("<!-- keys:start")
    end = text.find(keys_readme.END, max(start, 0))
    return text[start:end + len(keys_readme.END)] if start >= 0 and end >= 0 else ""


def test_readme_key_table_matches_the_bindings() -> None:
    text = README.read_text(encoding="utf-8")
    expected = keys_readme.block()
    if expected not in text:
        diff = "\n".join(difflib.unified_diff(
            readme_block(text).splitlines(), expected.splitlines(),
            "README.md", "from the bindings", lineterm="",
        ))
        pytest.fail(f"README.md's key table is out of date. Regenerate it with\n\n"
                    f"    {REGENERATE}\n\n{diff}")


def test_the_table_lists_every_described_binding_once() -> None:
    table = keys_readme.markdown()
    for title, rows in all_sections():
        assert (f"**{title}**" in table) == bool(rows)
        for row in rows:
            assert f"| `{row.keys}` | {row.description} |" in table
    assert table.count("| key | action | what it does |") == sum(
        bool(rows) for _, rows in all_sections())


def test_cells_escape_pipes() -> None:
    assert keys_readme._cell("a|b\nc") == "a\\|b c"


def test_write_replaces_only_the_block(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\nbefore\n{keys_readme.START}\nold table\n{keys_readme.END}\nafter\n")
    assert keys_readme.main(["--write", str(readme)]) == 0
    assert readme.read_text() == f"# x\n\nbefore\n{keys_readme.block()}\nafter\n"


def test_write_without_markers_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# no table here\n")
    assert keys_readme.main(["--write", str(readme)]) == 2
    assert readme.read_text() == "# no table here\n"
    assert "no key table markers" in capsys.readouterr().err
