"""Results written back keep the merchant's names in the category, brand and warehouse cells;
the ids only go into the payload (issue 11, point 7). A real workbook, read and written."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from app.catalog.store_data import StoreData
from app.sheets import RESULT_COLUMNS, open_table, write_results
from tests.catalog.store_trees import (
    BANDUNG,
    FASHION_PRIA,
    JAKARTA,
    KAOS,
    KAOS_OBLONG,
    KAOS_POLO,
    TREE,
    UNIQLO,
    brand_book,
)

HEADERS = [
    "Nama Produk",
    "SKU",
    "Harga",
    "Berat (gram)",
    "Min. Pembelian",
    "Kategori",
    "Sub Kategori",
    "Tipe",
    "Merek",
    "Kondisi",
    "Foto",
    "Stok Gudang Jakarta",
    "Stok Gudang Bandung",
]
STORE = StoreData(tree=TREE, brands=brand_book(), warehouses=(JAKARTA, BANDUNG))


def workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Produk"
    sheet.append(HEADERS)
    sheet.append(
        [
            "Kaos Polos",
            "K-1",
            "Rp 50.000",
            200,
            1,
            "Fashion Pria",
            "Kaos",
            "kaos oblong",
            "Uniqlo",
            "Baru",
            "https://example.com/k1.jpg",
            4,
            6,
        ]
    )
    sheet.append(
        [
            "Kaos Salah",
            "K-2",
            "Rp 50.000",
            200,
            1,
            "Fashion Pria",
            "Kaos",
            "Kaos Oblongg",
            None,
            "Baru",
            "https://example.com/k2.jpg",
            1,
            None,
        ]
    )
    book.save(path)
    return path


def test_written_back_cells_keep_names_while_the_payload_sends_ids(tmp_path: Path) -> None:
    loaded = open_table(workbook(tmp_path / "Produk.xlsx"))
    table = loaded.table
    table.use_store_data(STORE)
    good, bad = table.rows
    assert good.issues == []
    payload = good.payload()
    assert (payload["categoryId"], payload["subCategoryId"], payload["typeId"]) == (
        FASHION_PRIA,
        KAOS,
        KAOS_OBLONG,
    )
    assert payload["brandId"] == UNIQLO
    assert payload["warehouses"] == [
        {"clientId": JAKARTA.client_id, "stock": 4},
        {"clientId": BANDUNG.client_id, "stock": 6},
    ]
    assert [i.field for i in bad.issues] == ["typeId"]
    table.set_cell(1, "typeId", bad.issues[0].params["suggestion"])  # the one-click fix
    table.set_cell(0, "typeId", "Kaos Polo")
    assert table.rows[0].payload()["typeId"] == KAOS_POLO

    sheet = load_workbook(write_results(loaded))["Produk"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2, max_col=len(HEADERS))]
    at = {h: i for i, h in enumerate(HEADERS)}
    assert [r[at["Kategori"]] for r in rows] == ["Fashion Pria", "Fashion Pria"]
    assert [r[at["Tipe"]] for r in rows] == ["Kaos Polo", "Kaos Oblong"]
    assert rows[0][at["Merek"]] == "Uniqlo"
    assert rows[0][at["Stok Gudang Jakarta"]] == 4
    status = [c.value for c in sheet[1]].index(RESULT_COLUMNS[0]) + 1
    assert [sheet.cell(r, status).value for r in (2, 3)] == ["ready", "ready"]
