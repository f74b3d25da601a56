"""The README's spreadsheet format and store-error tables are what the registry says today.

``scripts/spreadsheet_format.py`` writes them from ``app.catalog.guide``; these tests run it on
the README as it is and fail when anything would change, so a field added, renamed or described
differently in ``app/catalog/fields.py`` (or a new error code) cannot leave the README behind.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.catalog.codes import DOCUMENTED_CODES
from app.catalog.fields import FIELDS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "spreadsheet_format", ROOT / "scripts" / "spreadsheet_format.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _section(text: str, name: str) -> str:
    found = re.search(
        rf"<!-- BEGIN GENERATED: {re.escape(name)} .*?-->\n(.*?)<!-- END GENERATED: {name} -->",
        text,
        re.DOTALL,
    )
    assert found, f"README.md has no generated section {name}"
    return found.group(1)


def test_the_readme_holds_what_the_registry_generates(generator: ModuleType) -> None:
    current = README.read_text(encoding="utf-8")
    fresh = generator.regenerate(current)
    if fresh != current:
        changed = [
            name for name in generator.SECTIONS if _section(fresh, name) != _section(current, name)
        ]
        pytest.fail(
            f"README.md's generated sections {changed} are stale:"
            " run .venv/bin/python scripts/spreadsheet_format.py"
        )


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_field_is_a_row_with_both_headers(lang: str) -> None:
    table = _section(README.read_text(encoding="utf-8"), f"spreadsheet-format-{lang}")
    rows = [line for line in table.splitlines() if line.startswith("| **")]
    assert len(rows) == len(FIELDS)
    for field, row in zip(FIELDS, rows, strict=True):
        own, other = (
            (field.label_id, field.label_en) if lang == "id" else (field.label_en, field.label_id)
        )
        assert row.startswith(f"| **{own}** (`{field.key}`)"), row
        if other != own:
            assert f"`{other}`" in row, f"{field.key}: the other language's header is missing"
        assert ("wajib" if lang == "id" else "required") in row.split("|")[3] or not field.required


def test_the_category_columns_say_names_or_ids() -> None:
    table = _section(README.read_text(encoding="utf-8"), "spreadsheet-format-en")
    row = next(line for line in table.splitlines() if "(`categoryId`)" in line)
    assert "name" in row and "id" in row and "Fashion Pria &gt; Kaos &gt; Kaos Oblong" in row


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_store_error_code_is_explained(lang: str) -> None:
    table = _section(README.read_text(encoding="utf-8"), f"store-errors-{lang}")
    for code in DOCUMENTED_CODES:
        assert f"| `{code}` |" in table, code


def test_a_field_changed_in_the_registry_makes_the_readme_stale(
    generator: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check can fail: a description changed in the registry no longer matches."""
    import dataclasses

    from app.catalog import guide

    first = FIELDS[0]
    changed = (dataclasses.replace(first, description_en="Changed."), *FIELDS[1:])
    monkeypatch.setattr(guide, "FIELDS", changed)
    current = README.read_text(encoding="utf-8")
    assert generator.regenerate(current) != current


def test_the_script_checks_from_the_command_line(tmp_path: Path) -> None:
    stale = tmp_path / "README.md"
    stale.write_text(
        README.read_text(encoding="utf-8").replace("| **SKU** (`sku`)", "| **Kode** (`sku`)"),
        encoding="utf-8",
    )
    script = ROOT / "scripts" / "spreadsheet_format.py"
    run = [sys.executable, str(script), "--readme", str(stale)]
    checked = subprocess.run([*run, "--check"], capture_output=True, text=True, check=False)
    assert checked.returncode == 1
    assert "stale" in checked.stderr
    assert subprocess.run(run, capture_output=True, check=False).returncode == 0
    assert stale.read_text(encoding="utf-8") == README.read_text(encoding="utf-8")
