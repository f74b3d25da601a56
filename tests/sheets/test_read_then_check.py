"""Reading in the child, checking here: the bounded child sends back the sheet's cells and its
header (``read_with_header``), and the table built from them here (``table_from``) is the one
``open_table`` builds; the store's data is gathered for the rows' cells before any row is
checked, so each row is checked once, with the names resolved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.catalog.store_data import StoreData
from app.sheets import MappingMemory, bounded, open_table
from app.sheets.bounded import Bounds
from app.sheets.loading import RowsToCheck, read_with_header, table_from
from tests.catalog.store_trees import KAOS_OBLONG, STORE
from tests.sheets.books import messy_workbook, simple_workbook

SMALL = Bounds(memory_bytes=512 * 2**20, seconds=60)


def shown(loaded: Any) -> list[Any]:
    return [
        (r.sheet_row, r.status, [(i.field, i.key, i.params) for i in r.issues], r.values)
        for r in loaded.table.rows
    ]


def test_the_table_from_the_childs_cells_is_the_table_open_table_builds(tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "m.xlsx")
    memory = MappingMemory(tmp_path / "maps.json")
    read = bounded.read_with_header(path, bounds=SMALL)
    here = open_table(path, memory=memory)
    loaded = table_from(read, memory=memory)
    assert (read.raw.name, read.header_row) == (here.raw.name, here.header_row)
    assert loaded.skipped == here.skipped and loaded.headers == here.headers
    generated = {i for i, r in enumerate(here.table.rows) if r.external_id_generated}
    for i, (a, b) in enumerate(zip(shown(loaded), shown(here), strict=True)):
        if i in generated:  # a random id each time the table is built
            a[3].pop("externalId"), b[3].pop("externalId")
        assert a == b


def test_the_store_data_is_gathered_for_the_rows_cells_before_they_are_checked(
    tmp_path: Path,
) -> None:
    path = simple_workbook(
        tmp_path / "p.xlsx",
        [
            ["KAOS-1", "Kaos", 85000, 5, "Fashion Pria > Kaos > Kaos Oblong"],
            ["KAOS-2", "Kaos Polo", 95000, 5, "Fashion Pria > Kaos > Kaos Oblong"],
        ],
        headers=["SKU", "Nama Produk", "Harga", "Stok", "Kategori"],
    )
    asked: list[list[dict[str, Any]]] = []

    def store_data_for(rows: RowsToCheck) -> StoreData:
        assert [sheet_row for sheet_row, _ in rows.rows] == [2, 3]
        asked.append([dict(c) for c in rows.cells])
        return STORE

    loaded = table_from(read_with_header(path), store_data_for=store_data_for)
    assert len(asked) == 1 and [c["sku"] for c in asked[0]] == ["KAOS-1", "KAOS-2"]
    assert loaded.table.store_data is STORE
    assert [r.values.get("typeId") for r in loaded.table.rows] == [KAOS_OBLONG, KAOS_OBLONG]
    unchecked = table_from(read_with_header(path))  # without the store: the names wait for it
    assert "categories_not_downloaded" in [i.key for i in unchecked.table.rows[0].issues]
