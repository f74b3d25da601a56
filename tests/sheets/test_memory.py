"""Remembered column mappings: per header signature, in the user's config directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.sheets import MappingMemory, limits, match_columns, open_table
from app.sheets.mapping import header_signature
from app.sheets.memory import default_path
from tests.sheets.books import ID_HEADERS, product, simple_workbook

HEADERS = [*ID_HEADERS[:16]]


def test_lives_in_the_user_config_dir(_private_user_dirs: Path) -> None:
    path = default_path()
    assert path.is_relative_to(_private_user_dirs)
    assert "toco-uploader" in path.parts


def test_remember_and_recall(tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path / "maps.json")
    assert memory.recall(HEADERS) is None
    colmap = match_columns(HEADERS)
    colmap.override(15, "description")  # "Catatan" holds the description in this shop
    memory.remember(colmap)
    again = MappingMemory(tmp_path / "maps.json").recall([h.upper() for h in HEADERS])
    assert again is not None
    assert again.columns_for("description") == [15]
    assert again.columns_for("photos") == [9, 10]
    assert again.binding(15).how == "remembered"
    assert [p.name for p in tmp_path.iterdir()] == ["maps.json"]  # no temporary file left
    memory.forget(HEADERS)
    assert memory.recall(HEADERS) is None


def test_a_damaged_memory_file_is_an_empty_memory(tmp_path: Path) -> None:
    path = tmp_path / "maps.json"
    path.write_text("{not json", encoding="utf-8")
    memory = MappingMemory(path)
    assert memory.recall(HEADERS) is None
    memory.remember(match_columns(HEADERS))
    assert memory.recall(HEADERS) is not None


def test_next_workbook_with_the_same_headers_needs_no_mapping(tmp_path: Path) -> None:
    first = simple_workbook(tmp_path / "januari.xlsx", [product("A", "Tas", 1000, note="kulit")])
    loaded = open_table(first, overrides={15: "description"})
    assert loaded.table.rows[0].values["description"] == "kulit"
    second = simple_workbook(tmp_path / "februari.xlsx", [product("B", "Topi", 500, note="wol")])
    again = open_table(second)
    assert again.colmap.binding(15).how == "remembered"
    assert again.table.rows[0].values["description"] == "wol"
    other = simple_workbook(tmp_path / "lain.xlsx", [["A", "Tas"]], headers=["SKU", "Nama"])
    assert open_table(other).colmap.binding(0).how == "label"


def test_a_damaged_entry_is_an_empty_memory_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAPPING_MEMORY_SIZE", 2)  # remember() sorts by age

    path = tmp_path / "maps.json"
    signature = header_signature(HEADERS)
    for entry in ({"columns": None}, {"columns": 7}, [1, 2], {"columns": [], "saved": "x"}):
        maps: dict[str, object] = {
            signature: entry,
            "other": {"columns": [], "saved": 1.0},
            "third": {"columns": [], "saved": None},
        }
        path.write_text(json.dumps({"version": 1, "maps": maps}), encoding="utf-8")
        memory = MappingMemory(path)
        recalled = memory.recall(HEADERS)
        assert recalled is None or recalled.mapped == []
        memory.remember(match_columns(HEADERS))  # sorting by age must not trip on it either
        assert memory.recall(HEADERS) is not None
