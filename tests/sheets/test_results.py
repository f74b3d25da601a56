"""Results written back: status columns, red/amber cells with comments, generated ids, formulas
and other sheets kept, idempotent on a second write, atomic."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.catalog.issues import store_issue
from app.catalog.parsing import CellError
from app.catalog.status import Status
from app.sheets import RESULT_COLUMNS, SheetError, open_table, read_sheet, write_results
from app.sheets.results_cells import COMMENT_AUTHOR, ERROR_FILL, WARNING_FILL
from tests.sheets.books import MERCHANT_FILL, cache_messy_formulas, messy_workbook

PRODUCT_ID = "946b3ffa-5f9e-412e-acf4-eea306736e63"


def _fill(cell: object) -> str | None:
    fill = cell.fill  # type: ignore[attr-defined]
    return fill.fgColor.rgb if fill.fill_type == "solid" else None


def _headers(sheet: object, row: int = 4) -> list[object]:
    return [c.value for c in sheet[row]]  # type: ignore[index]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = messy_workbook(tmp_path / "Produk Toko.xlsx")
    book = load_workbook(path)
    book["Produk"]["C7"] = "seratus ribu"  # a price the catalog cannot read
    book["Produk"]["M6"] = 0  # dimensions must be positive: error
    book.save(path)
    cache_messy_formulas(path)
    return path


def test_write_results_round_trip(workbook: Path) -> None:
    loaded = open_table(workbook)
    table = loaded.table
    assert [r.status for r in table.rows] == [Status.READY, Status.INVALID, Status.INVALID]
    table.set_store_result(
        0, Status.LIVE, product_id=PRODUCT_ID, batch_id="pb_1", request_id="req-1"
    )
    table.set_store_result(
        1,
        Status.REJECTED,
        [store_issue("VAL_001", "Harga terlalu rendah", "price")],
        batch_id="pb_1",
        request_id="req-1",
    )
    out = write_results(loaded)
    assert out == workbook.with_name("Produk Toko.results.xlsx")
    assert workbook.exists()

    book = load_workbook(out)
    assert book.sheetnames == ["Produk", "Catatan"]  # other sheets kept
    assert book["Catatan"]["A1"].value.startswith("Catatan toko")
    sheet = book["Produk"]
    headers = _headers(sheet)
    assert headers[:17] == _headers(load_workbook(workbook)["Produk"])[:17]
    assert headers[17:] == ["External ID", *RESULT_COLUMNS]
    col = {h: i + 1 for i, h in enumerate(headers)}
    assert sheet.cell(5, 17).value == "=C5*2"  # formulas kept
    raw = read_sheet(out)  # ... with their cached values, as Excel saved them
    assert raw.values_of(6)[16] == 400000
    assert raw.values_of(5)[16] == CellError("#VALUE!")
    assert "A1:F1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.cell(5, col["Upload status"]).value == "live"
    assert sheet.cell(5, col["Product ID"]).value == PRODUCT_ID
    assert sheet.cell(5, col["Batch ID"]).value == "pb_1"
    assert sheet.cell(6, col["Upload status"]).value == "rejected"
    assert sheet.cell(6, col["Error code"]).value == "VAL_001"  # the store's codes, not ours
    assert sheet.cell(7, col["Upload status"]).value == "invalid"
    assert "seratus ribu" in sheet.cell(7, col["Error message"]).value

    rejected = sheet["C6"]
    assert _fill(rejected) == ERROR_FILL
    assert rejected.comment.author == COMMENT_AUTHOR
    assert "Harga terlalu rendah" in rejected.comment.text
    assert _fill(sheet["M6"]) == ERROR_FILL
    assert _fill(sheet["C7"]) == ERROR_FILL
    assert sheet["B7"].comment.author == "Budi"  # the merchant's comment is kept
    assert _fill(sheet["C5"]) is None
    generated = [r.cells["externalId"] for r in table.rows]
    assert [sheet.cell(r, col["External ID"]).value for r in (5, 6, 7)] == generated

    # Fix the cells in the results workbook, read it back, write again.
    sheet["C7"] = 99000
    sheet["M6"] = 12
    book.save(out)
    again = open_table(out)
    assert again.colmap.columns_for("externalId") == [col["External ID"] - 1]
    assert again.colmap.columns_for("id") == [col["Product ID"] - 1]
    assert [r.external_id for r in again.table.rows] == generated  # recognised, not new
    assert not any(r.external_id_generated for r in again.table.rows)
    assert again.table.rows[0].values["id"] == PRODUCT_ID
    # our results columns give the live row its state back; the refused ones start again
    assert [r.status for r in again.table.rows] == [Status.LIVE, Status.READY, Status.READY]
    assert again.table.rows[0].batch_id == "pb_1"
    second = write_results(again)
    assert second == out  # the results workbook is refreshed, after a backup
    assert len(list(out.parent.glob("Produk Toko.results.backup-*.xlsx"))) == 1
    sheet = load_workbook(out)["Produk"]
    assert _headers(sheet) == headers  # writing twice adds no columns twice
    for ref in ("C6", "C7", "M6"):
        assert _fill(sheet[ref]) is None, ref
        assert sheet[ref].comment is None, ref
    assert sheet["B7"].comment.author == "Budi"
    assert sheet.cell(5, col["Upload status"]).value == "live"
    assert sheet.cell(6, col["Upload status"]).value == "ready"
    assert sheet.cell(6, col["Error code"]).value is None
    assert sheet.cell(6, col["Error message"]).value is None


def test_only_our_own_fills_are_cleared(workbook: Path) -> None:
    book = load_workbook(workbook)
    book["Produk"]["C7"] = 100000
    book["Produk"]["M6"] = 12
    book.save(workbook)
    out = write_results(open_table(workbook))
    assert _fill(load_workbook(out)["Produk"]["C6"]) == MERCHANT_FILL


def test_warnings_are_amber(workbook: Path) -> None:
    book = load_workbook(workbook)
    sheet = book["Produk"]
    sheet["C7"], sheet["M6"] = 100000, 12
    sheet["R4"], sheet["R5"] = "Lama Pre-order (hari)", 7  # not on pre-order: a warning
    book.save(workbook)
    loaded = open_table(workbook)
    assert loaded.table.rows[0].status is Status.READY
    sheet = load_workbook(write_results(loaded, lang="id"))["Produk"]
    assert _fill(sheet["R5"]) == WARNING_FILL
    assert "diabaikan" in sheet["R5"].comment.text


def test_in_place_keeps_a_timestamped_backup(workbook: Path) -> None:
    original = workbook.read_bytes()
    out = write_results(open_table(workbook), in_place=True)
    assert out == workbook
    [backup] = list(workbook.parent.glob("Produk Toko.backup-*.xlsx"))
    assert backup.read_bytes() == original
    assert "Upload status" in _headers(load_workbook(workbook)["Produk"])


def test_results_into_the_source_by_another_spelling_keep_a_backup(
    workbook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = workbook.read_bytes()
    monkeypatch.chdir(workbook.parent)
    loaded = open_table(Path(workbook.name))  # read by a relative path ...
    out = write_results(loaded, out_path=workbook)  # ... written by the absolute one
    assert out.samefile(workbook)
    [backup] = list(workbook.parent.glob("Produk Toko.backup-*.xlsx"))
    assert backup.read_bytes() == original


def test_csv_source_gets_a_new_workbook(tmp_path: Path) -> None:
    path = tmp_path / "produk.csv"
    path.write_text("SKU;Nama Produk;Harga\n00123;Tas;Rp 1.000\n=1+1;Topi;x\n", encoding="utf-8")
    out = write_results(open_table(path), in_place=True)
    assert out == tmp_path / "produk.results.xlsx"
    assert path.read_text(encoding="utf-8").startswith("SKU;")
    sheet = load_workbook(out).active
    assert sheet["A2"].value == "00123"
    assert sheet["A3"].value == "=1+1" and sheet["A3"].data_type == "s"  # never a formula
    assert _headers(sheet, 1)[3:] == ["External ID", *RESULT_COLUMNS]
    assert sheet["E3"].value == "invalid"


def test_a_failed_save_leaves_nothing_half_written(
    workbook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl.writer.excel import ExcelWriter

    loaded = open_table(workbook)
    before = sorted(p.name for p in workbook.parent.iterdir())

    def broken_save(self: ExcelWriter) -> None:  # the writer of book.save and of save_book
        self._archive.writestr("xl/half.xml", b"half")
        self._archive.close()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExcelWriter, "save", broken_save)
    with pytest.raises(SheetError) as caught:
        write_results(loaded)
    assert caught.value.key == "cannot_write"
    assert "No space" in caught.value.message("id")
    assert sorted(p.name for p in workbook.parent.iterdir()) == before


def test_rows_added_in_the_app_are_written_below_and_read_back(workbook: Path) -> None:
    from tests.sheets.books import CAT, SUB, TYPE

    loaded = open_table(workbook)
    photos = {
        "1": "https://example.com/t/1.jpg",
        "2": "https://example.com/t/2.jpg",
        "3": "https://example.com/t/3.jpg",
    }  # one more than the sheet has columns
    added = {
        "sku": "00999",
        "name": "Topi Rajut",
        "price": "Rp 75.000",
        "stock": 4,
        "weight": 200,
        "categoryId": CAT,
        "subCategoryId": SUB,
        "typeId": TYPE,
        "condition": "Baru",
        "photos": photos,
        "minOrder": 1,
        "dimensions": "20x15x5",  # typed in one cell; the sheet has three columns
        "hashtags": "topi, rajut",  # the sheet has no column for these
        "isPreorder": False,
    }
    table = loaded.table
    table.insert_row(1, added)  # between sheet rows 5 and 6
    assert table.rows[1].status is Status.READY, table.rows[1].issues
    table.set_store_result(1, Status.PENDING, batch_id="pb_9", request_id="req-9")
    expected = dict(table.rows[1].values)
    out = write_results(loaded, lang="id")

    sheet = load_workbook(out)["Produk"]
    headers = _headers(sheet)
    col = {h: i + 1 for i, h in enumerate(headers)}
    assert headers[17:] == ["External ID", *RESULT_COLUMNS, "Tagar", "Pre-order"]
    assert sheet.cell(8, 1).value == "00999" and sheet.cell(8, 2).value == "Topi Rajut"
    assert [sheet.cell(8, c).value for c in (13, 14, 15)] == [20, 15, 5]
    assert sheet.cell(8, col["Upload status"]).value == "diproses"  # the grid's word (id)
    assert sheet.cell(8, col["Batch ID"]).value == "pb_9"

    again = open_table(out)
    [row] = [r for r in again.table.rows if r.sheet_row == 8]
    assert row.status is Status.PENDING, row.issues  # read back from "diproses"
    assert row.batch_id == "pb_9"
    assert {k: row.values.get(k) for k in expected} == expected
    assert row.values["photos"] == list(photos.values())
    assert row.values["hashtags"] == ["topi", "rajut"]
    assert [r.sheet_row for r in again.table.rows] == [5, 6, 7, 8]

    # in place, twice from the same table: the added row lands in the same place both times
    write_results(loaded, in_place=True, lang="id")
    write_results(loaded, in_place=True, lang="id")
    assert [r.sheet_row for r in open_table(workbook).table.rows] == [5, 6, 7, 8]
    assert _headers(load_workbook(workbook)["Produk"]) == headers


def test_an_added_row_with_a_warehouse_the_sheet_has_no_column_for(tmp_path: Path) -> None:
    from tests.sheets.books import ID_HEADERS, product, simple_workbook

    headers = [("Stok WH-1" if h == "Stok" else h) for h in ID_HEADERS[:16]]
    book = simple_workbook(
        tmp_path / "gudang.xlsx", [product("G-1", "Tas", 100000, 3)], headers=headers
    )
    loaded = open_table(book)
    assert loaded.colmap.columns_for("warehouses") == [3]
    cells = dict(loaded.table.rows[0].cells, sku="G-2", warehouses="WH-1:3; WH-2:5")
    del cells["externalId"]
    loaded.table.insert_row(1, cells)
    assert loaded.table.rows[1].status is Status.READY, loaded.table.rows[1].issues
    out = write_results(loaded)
    assert _headers(load_workbook(out).active, 1)[-1] == "Stok WH-2"
    again = open_table(out)
    assert [r.sheet_row for r in again.table.rows] == [2, 3]
    assert again.table.rows[1].values["warehouses"] == [
        {"clientId": "WH-1", "stock": 3},
        {"clientId": "WH-2", "stock": 5},
    ]
    assert again.table.rows[1].status is Status.READY


def test_fixes_made_in_the_app_go_into_the_workbook(workbook: Path) -> None:
    loaded = open_table(workbook)
    table = loaded.table
    table.set_cell(1, "dimensions", {"length": 12, "width": 5, "height": 4})  # was 0 × …: error
    table.set_cell(2, "price", "seratus ribu")  # still wrong: stays marked
    table.set_cell(2, "price", "Rp 99.000")  # fixed
    table.set_cell(0, "photos", {"1": "https://example.com/p/new.jpg", "2": None})
    table.set_cell(0, "name", "Kaos Polos Hitam Premium")
    assert [r.status for r in table.rows] == [Status.READY] * 3
    out = write_results(loaded)

    sheet = load_workbook(out)["Produk"]
    assert sheet["M6"].value == 12 and _fill(sheet["M6"]) is None
    assert sheet["C7"].value == 99000 and _fill(sheet["C7"]) is None  # a number, not text
    assert sheet["J5"].value == "https://example.com/p/new.jpg"
    assert sheet["K5"].value is None  # the second photo was removed in the app
    assert sheet["B5"].value == "Kaos Polos Hitam Premium"
    assert sheet["A5"].value == "00123"  # untouched cells stay as they were
    assert sheet["C6"].value == "Rp 200.000" and sheet["Q5"].value == "=C5*2"
    again = open_table(out)
    assert [r.status for r in again.table.rows] == [Status.READY] * 3
    assert again.table.rows[2].values["price"] == 99000
    assert again.table.rows[0].values["photos"] == ["https://example.com/p/new.jpg"]
    assert [r.external_id for r in again.table.rows] == [r.external_id for r in table.rows]


def test_a_weight_fixed_in_the_app_goes_back_in_kilograms(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from tests.sheets.books import ID_HEADERS, product

    path = tmp_path / "kg.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([h.replace("Berat (gram)", "Berat (kg)") for h in ID_HEADERS[:16]])
    row = product("K-1", "Beras 5 kg", 75000)
    row[4] = 5  # kilograms
    sheet.append(row)
    book.save(path)
    loaded = open_table(path)
    assert loaded.table.rows[0].values["weight"] == 5000
    loaded.table.set_cell(0, "weight", "1500 gram")
    out = write_results(loaded)
    assert load_workbook(out).active["E2"].value == 1.5
    assert open_table(out).table.rows[0].values["weight"] == 1500
