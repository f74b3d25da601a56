"""The template with the store's data: the Kategori sheet holds the whole tree (names, paths and
ids, filterable), the Gudang sheet the store's warehouses, and the category columns of the
product sheet get drop-downs whose lists reference the other sheet (valid in Excel)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.catalog.fields import PRODUCT_FIELDS
from app.catalog.status import Status
from app.catalog.store_data import ReferenceTree, StoreData, Warehouse
from app.sandbox import DEMO_CREDENTIALS
from app.sandbox.reference_tree import sandbox_tree
from app.sandbox.state import demo_warehouses
from app.sheets import open_table, write_template
from tests.gui.category_samples import OBLONG, sample_data, sample_tree
from tests.gui.samples import CATEGORY
from tests.gui.samples import CATEGORY as SEED_CATEGORY
from tests.gui.samples import TYPE as SEED_TYPE


def _letter(sheet: object, label: str) -> str:
    headers = [c.value for c in sheet[1]]  # type: ignore[index]
    return sheet.cell(1, headers.index(label) + 1).column_letter  # type: ignore[attr-defined]


def test_the_kategori_sheet_holds_every_path_with_its_ids(tmp_path: Path) -> None:
    book = load_workbook(write_template(tmp_path / "t.xlsx", lang="id", store_data=sample_data()))
    assert book.sheetnames[:2] == ["Products", "Instructions"]
    assert {"Daftar Kategori", "Daftar Gudang"} <= set(book.sheetnames)
    sheet = book["Daftar Kategori"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == [
        "Kategori",
        "Sub Kategori",
        "Tipe",
        "Jalur (satu kolom)",
        "ID Kategori",
        "ID Sub Kategori",
        "ID Tipe",
    ]
    oblong = next(r for r in rows if r[6] == OBLONG)
    assert oblong[:4] == [
        "Fashion Pria",
        "Kaos",
        "Kaos Oblong",
        "Fashion Pria > Kaos > Kaos Oblong",
    ]
    assert oblong[4] == CATEGORY
    gelang = [r[3] for r in rows if r[2] == "Gelang"]
    assert gelang == ["Fashion Pria > Aksesoris > Gelang", "Fashion Wanita > Aksesoris > Gelang"]
    assert len(rows) == 1 + 7  # one row per type under each of its parents
    assert sheet.auto_filter.ref == "A1:G8"
    assert book["Pilihan"].sheet_state == "hidden"


def test_drop_downs_on_the_category_columns_list_the_names(tmp_path: Path) -> None:
    book = load_workbook(write_template(tmp_path / "t.xlsx", lang="en", store_data=sample_data()))
    products = book["Products"]
    lists = {str(dv.sqref): dv.formula1 for dv in products.data_validations.dataValidation}
    columns = {f.key: _letter(products, f.label("en")) for f in PRODUCT_FIELDS}
    formulas = {
        key: lists[f"{columns[key]}2:{columns[key]}5001"]
        for key in ("categoryId", "subCategoryId", "typeId")
    }
    assert formulas == {
        "categoryId": "'Pilihan'!$A$1:$A$2",
        "subCategoryId": "'Pilihan'!$B$1:$B$4",
        "typeId": "'Pilihan'!$C$1:$C$5",
    }
    daftar = book["Pilihan"]
    assert [c.value for c in daftar["A"] if c.value] == ["Fashion Pria", "Fashion Wanita"]
    assert [c.value for c in daftar["B"] if c.value] == ["Kaos", "Kemeja", "Aksesoris", "Atasan"]
    types = [c.value for c in daftar["C"] if c.value]
    assert types == ["Kaos Oblong", "Kaos Polo", "Kaos Lengan Panjang", "Gelang", "Blus"]
    # the examples name their category; the instructions explain names, paths and ids
    assert products[f"{columns['categoryId']}2"].value == "Fashion Pria"
    assert products[f"{columns['typeId']}2"].value == "Kaos Lengan Panjang"
    rules = {r[4].value: r[2].value for r in book["Instructions"].iter_rows(min_row=2)}
    assert "Fashion Pria > Kaos > Kaos Oblong" in rules["categoryId"]  # the registry's words
    assert "the sheet “Daftar Kategori”" in rules["categoryId"]
    assert "the sheet “Daftar Kategori”" in rules["typeId"]
    assert "the sheet “Daftar Gudang”" in rules["warehouses"]


def test_the_gudang_sheet_lists_the_store_warehouses(tmp_path: Path) -> None:
    book = load_workbook(write_template(tmp_path / "t.xlsx", lang="id", store_data=sample_data()))
    rows = [[c.value for c in r] for r in book["Daftar Gudang"].iter_rows()]
    assert rows == [
        ["Nama gudang", "ID Gudang (clientId)", "Utama", "Judul kolom stok"],
        ["Gudang Jakarta", "WH-1", "Ya", "Stok Gudang Jakarta"],
        ["Gudang Bandung", "WH-2", "Tidak", "Stok Gudang Bandung"],
    ]


def test_without_the_store_data_no_store_sheets(tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx", lang="id", store_data=StoreData(tree=sample_tree()))
    assert load_workbook(path).sheetnames == [
        "Products",
        "Instructions",
        "Daftar Kategori",
        "Pilihan",
    ]
    plain = load_workbook(write_template(tmp_path / "p.xlsx", lang="id"))
    assert plain.sheetnames == ["Products", "Instructions"]


def sandbox_data() -> StoreData:
    """The sandbox's own tree (the one the demo store serves) as the window would hold it."""
    served = sandbox_tree()
    tree = ReferenceTree.from_raw(
        {
            "categories": served.categories,
            "subCategories": served.sub_categories,
            "types": served.types,
        }
    )
    warehouses = demo_warehouses(DEMO_CREDENTIALS.store_client_id)[DEMO_CREDENTIALS.store_client_id]
    return StoreData(tree=tree, warehouses=[Warehouse.from_raw(w) for w in warehouses])


def test_round_trip_names_picked_from_the_drop_downs_upload_with_the_right_ids(
    tmp_path: Path,
) -> None:
    """Template with the tree → fill rows with names taken from the drop-down lists → read
    → validate with the same store data → ready rows whose payload carries the ids."""
    data = sandbox_data()
    path = write_template(tmp_path / "t.xlsx", lang="id", store_data=data)
    book = load_workbook(path)
    products = book["Products"]
    columns = {f.key: _letter(products, f.label("id")) for f in PRODUCT_FIELDS}
    listed = {}
    for dv in products.data_validations.dataValidation:
        for key in ("categoryId", "subCategoryId", "typeId"):
            if str(dv.sqref).startswith(f"{columns[key]}2:"):
                listed[key] = dv.formula1
    assert set(listed) == {"categoryId", "subCategoryId", "typeId"}

    def choices(key: str) -> list[str]:
        """What the drop-down offers: the cells its list formula names."""
        sheet_name, cells = listed[key].split("!")
        return [c.value for (c,) in book[sheet_name.strip("'")][cells.replace("$", "")]]

    picked = [
        ("Fashion Pria", "Kaos", "Kaos Oblong"),
        ("Fashion Pria", "Atasan", "Kaos Oblong"),  # the type listed under two sub-categories
    ]
    for row, names in enumerate(picked, 2):
        for key, name in zip(("categoryId", "subCategoryId", "typeId"), names, strict=True):
            assert name in choices(key)
            products[f"{columns[key]}{row}"] = name
    book.save(path)

    loaded = open_table(path)
    loaded.table.use_store_data(data)
    assert [[i for i in r.issues if i.is_error] for r in loaded.table.rows] == [[], []]
    assert [r.status for r in loaded.table.rows] == [Status.READY, Status.READY]
    kaos, atasan = (
        next(s["id"] for s in sandbox_tree().sub_categories[SEED_CATEGORY] if s["name"] == n)
        for n in ("Kaos", "Atasan")
    )
    for product, sub in zip(loaded.table.rows, (kaos, atasan), strict=True):
        payload = product.payload()
        assert (payload["categoryId"], payload["subCategoryId"], payload["typeId"]) == (
            SEED_CATEGORY,
            sub,
            SEED_TYPE,
        )
        assert product.cells["typeId"] == "Kaos Oblong"  # the sheet keeps the name


def test_a_misspelt_name_in_the_template_is_red_with_the_suggestion(tmp_path: Path) -> None:
    data = sandbox_data()
    path = write_template(tmp_path / "t.xlsx", lang="id", store_data=data)
    book = load_workbook(path)
    products = book["Products"]
    letter = _letter(products, next(f for f in PRODUCT_FIELDS if f.key == "typeId").label("id"))
    products[f"{letter}2"] = "Kaos Oblongg"
    book.save(path)
    loaded = open_table(path)
    loaded.table.use_store_data(data)
    issues = loaded.table.rows[0].issues_for("typeId")
    assert [i.params.get("suggestion") for i in issues] == ["Kaos Oblong"]
    assert loaded.table.rows[0].status is Status.INVALID
