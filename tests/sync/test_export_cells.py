"""A store product as the export's cells: warehouse columns that read back as their warehouse,
names that resolve back to the same ids (else the id, counted), text kept as text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.catalog.store_data import BrandBook, Entry, ReferenceTree, StoreData, Warehouse
from app.sheets import open_table
from app.sheets.mapping import match_columns
from app.sync.export import write_export
from app.sync.export_cells import Namer, export_columns, product_cells, warehouse_header

CAT, SUB, TYPE = (f"{n}0000000-0000-4000-8000-000000000000" for n in "123")
OTHER_SUB, OTHER_TYPE = (f"{n}0000000-0000-4000-8000-000000000000" for n in "45")
BRAND = "90000000-0000-4000-8000-000000000000"
TREE = ReferenceTree(
    categories=(Entry(CAT, "Fashion Pria"),),
    sub_categories={CAT: (Entry(SUB, "Kaos"), Entry(OTHER_SUB, "Aksesoris / Topi"))},
    types={SUB: (Entry(TYPE, "Kaos Oblong"),), OTHER_SUB: (Entry(OTHER_TYPE, "Topi"),)},
)
WAREHOUSES = [
    Warehouse("wh_jkt-01", "Gudang Jakarta", True),
    Warehouse("2026012714314318226016", "Gudang Jakarta Pusat"),
    Warehouse("wh-3", "Toko (Depan)"),
]
DATA = StoreData(TREE, BrandBook({BRAND: Entry(BRAND, "Uniqlo")}, {"uniqlo"}), WAREHOUSES)


def product(**extra: Any) -> dict[str, Any]:
    return {
        "id": "a0000000-0000-4000-8000-000000000001",
        "externalId": "ext-1",
        "sku": "007",
        "name": "Kaos",
        "price": 85000,
        "weight": 250,
        "categoryId": CAT,
        "subCategoryId": SUB,
        "typeId": TYPE,
        "brandId": BRAND,
        "warehouses": [{"clientId": "wh_jkt-01", "stock": 4}],
        "stock": 4,
        "photos": ["https://a.example/1.jpg"],
        "condition": "NEW",
        **extra,
    }


def test_each_warehouse_column_reads_back_as_its_warehouse_alone() -> None:
    headers = [warehouse_header(w, WAREHOUSES) for w in WAREHOUSES]
    assert headers[:2] == ["Stok Gudang Jakarta", "Stok Gudang Jakarta Pusat"]
    assert headers[2] == "Stok wh-3"  # "Toko (Depan)" would not read back: by its clientId
    colmap = match_columns(headers)
    parts = [b.part for b in colmap.bindings]
    assert all(b.field == "warehouses" for b in colmap.bindings)
    from app.catalog.warehouse_names import find_warehouse

    assert [find_warehouse(p or "", WAREHOUSES) for p in parts] == WAREHOUSES


def test_a_store_with_warehouses_gets_no_plain_stock_column() -> None:
    columns = export_columns([product()], DATA, "id")
    headers = [c.header for c in columns]
    assert headers[:3] == ["ID Produk", "External ID", "SKU"]
    assert "Stok" not in headers and "Gudang" not in headers
    assert [c.part for c in columns if c.part] == [w.client_id for w in WAREHOUSES]


def test_a_store_without_warehouses_gets_the_plain_stock_column_only() -> None:
    data = StoreData(TREE, None, [])
    columns = export_columns([product(warehouses=[])], data, "en")
    headers = [c.header for c in columns]
    assert "Stock" in headers and not any(c.part for c in columns)
    assert "Warehouses" not in headers


def test_a_warehouse_the_store_does_not_list_keeps_its_id_as_header() -> None:
    odd = product(warehouses=[{"clientId": "wh_old-9", "stock": 2}])
    columns = export_columns([odd], DATA, "id")
    assert "Stok wh_old-9" in [c.header for c in columns]


def test_names_read_back_to_the_same_ids() -> None:
    namer = Namer(DATA)
    assert namer.categories(product()) == ("Fashion Pria", "Kaos", "Kaos Oblong")
    topi = product(subCategoryId=OTHER_SUB, typeId=OTHER_TYPE)
    assert namer.categories(topi) == ("Fashion Pria", "Aksesoris / Topi", "Topi")
    assert namer.brand(product()) == "Uniqlo"
    assert not namer.unnamed


def test_an_id_the_store_s_data_does_not_know_stays_an_id_and_is_counted() -> None:
    namer = Namer(DATA)
    stranger = "b0000000-0000-4000-8000-00000000000b"
    assert namer.categories(product(typeId=stranger)) == ("Fashion Pria", "Kaos", stranger)
    assert namer.brand(product(brandId=stranger)) == stranger
    namer.brand(product(brandId=stranger))
    assert namer.unnamed == {("typeId", stranger): 1, ("brandId", stranger): 2}
    assert Namer(None).categories(product()) == (CAT, SUB, TYPE)


def test_a_name_that_would_not_resolve_back_keeps_its_id() -> None:
    """Two brands of one name in the book: the name alone would not say which."""
    twin = "c0000000-0000-4000-8000-00000000000c"
    book = BrandBook({BRAND: Entry(BRAND, "Uniqlo"), twin: Entry(twin, "uniqlo")}, {"uniqlo"})
    namer = Namer(StoreData(TREE, book, WAREHOUSES))
    cells = {namer.brand(product()), namer.brand(product(brandId=twin))}
    assert cells <= {"Uniqlo", f"Uniqlo ({BRAND})", f"uniqlo ({twin})"}
    assert len(cells) == 2 and any("(" in c for c in cells)


def test_plain_stock_is_never_written_beside_warehouse_stock() -> None:
    columns = export_columns([product(), product(warehouses=[], stock=3)], None, "id")
    headers = [c.header for c in columns]
    assert "Stok" in headers and "Stok wh_jkt-01" in headers
    cells = dict(zip(headers, product_cells(product(), columns, Namer(None)), strict=True))
    assert cells["Stok"] is None and cells["Stok wh_jkt-01"] == 4


@pytest.mark.parametrize(
    "name",
    ['=HYPERLINK("http://evil")', "+62 812", "-diskon", "@kaos", "  spasi  ", "a\x07b & <c>"],
)
def test_text_is_written_as_text(tmp_path: Path, name: str) -> None:
    path = write_export(
        tmp_path / "t.xlsx",
        [product(name=name, description="baris satu\r\nbaris dua")],
        DATA,
        "id",
        exported_at=datetime(2026, 1, 1, tzinfo=UTC),
        store_id="s",
        base_url="http://x",
    ).path
    sheet = load_workbook(path)["Products"]
    headers = [c.value for c in sheet[1]]
    cell = sheet.cell(2, headers.index("Nama Produk") + 1)
    assert cell.data_type == "s"
    assert cell.value == name.replace("\x07", "")
    description = sheet.cell(2, headers.index("Deskripsi") + 1)
    assert description.value == "baris satu\r\nbaris dua"
    assert description.alignment.wrap_text
    sku = sheet.cell(2, headers.index("SKU") + 1)
    assert sku.value == "007" and sku.number_format == "@"
    loaded = open_table(path)
    loaded.table.use_store_data(DATA)
    assert loaded.table.rows[0].payload()["sku"] == "007"


def notes_of(tmp_path: Path, products: list[dict[str, Any]], data: StoreData | None) -> list[Any]:
    report = write_export(
        tmp_path / "n.xlsx",
        products,
        data,
        "id",
        exported_at=datetime(2026, 1, 1, tzinfo=UTC),
        store_id="s",
        base_url="http://x",
    )
    return list(report.notes)


def test_without_the_store_s_data_the_notes_say_ids_are_written(tmp_path: Path) -> None:
    notes = notes_of(tmp_path, [product(), product(id="b", sku="8")], None)
    assert [n.key for n in notes] == ["exported", "tree_unknown", "brands_unknown"]
    assert notes[0].message("id") == "2 produk ditulis ke n.xlsx."
    assert "written as ids" in notes[1].message("en")
    assert "ditulis sebagai ID" in notes[2].message("id")


def test_unnamed_ids_are_named_in_the_notes_ten_at_most(tmp_path: Path) -> None:
    strangers = [f"d0000000-0000-4000-8000-{k:012d}" for k in range(12)]
    products = [product(id=str(k), sku=str(k), typeId=t) for k, t in enumerate(strangers)]
    products.append(product(id="x", sku="x", typeId=strangers[0]))
    notes = notes_of(tmp_path, products, DATA)
    unnamed = [n for n in notes if n.key == "unnamed"]
    assert len(unnamed) == 10
    assert unnamed[0].message("en") == (
        f"2 products keep the type id {strangers[0]}: its name is not in the store's list, so"
        " the id is written instead."
    )
    assert unnamed[0].message("id").startswith(f"2 produk tetap memakai ID tipe {strangers[0]}")
    (more,) = [n for n in notes if n.key == "unnamed_more"]
    assert more.message("en") == "… and 2 more ids whose names are not in the store's list."


def test_a_stock_outside_the_warehouses_of_a_warehouse_store_is_said(tmp_path: Path) -> None:
    notes = notes_of(tmp_path, [product(warehouses=[], stock=7, sku="LAMA")], DATA)
    (lost,) = [n for n in notes if n.key == "stock_without_warehouse"]
    assert "SKU LAMA" in lost.message("en")


def test_a_store_without_warehouses_shows_a_product_s_total_stock() -> None:
    """The store says it has no warehouses, the product still lists one: its total stock is
    in the plain stock column, not lost."""
    data = StoreData(TREE, None, [])
    odd = product(warehouses=[{"clientId": "wh_jkt-01", "stock": 4}], stock=4)
    columns = export_columns([odd], data, "id")
    cells = dict(
        zip([c.header for c in columns], product_cells(odd, columns, Namer(data)), strict=True)
    )
    assert cells["Stok"] == 4
