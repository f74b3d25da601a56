"""Issue 13, point 7: a workbook that carries our results columns (status, product id, batch
and request ids) gives its rows their state back when it is read again, in either language."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.catalog.issues import store_issue
from app.catalog.messages import Lang
from app.catalog.status import Status
from app.sheets import open_table, write_results
from tests.sheets.books import ID_HEADERS, product

PRODUCT_IDS = ("946b3ffa-5f9e-412e-acf4-eea306736e63", "1b0c0d6e-2f43-4d35-9a43-4c38d7f1e2a1")


def _book(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(ID_HEADERS[:16])
    for n in range(4):
        sheet.append(product(f"A-{n}", f"Kaos {n}", 50000 + n)[:16])
    book.save(path)
    return path


@pytest.mark.parametrize("lang", ["en", "id"])
def test_reading_our_results_back_restores_the_rows_state(tmp_path: Path, lang: Lang) -> None:
    loaded = open_table(_book(tmp_path / "toko.xlsx"))
    table = loaded.table
    table.set_store_result(
        0, Status.LIVE, product_id=PRODUCT_IDS[0], batch_id="pb_1", request_id="req-1"
    )
    table.set_store_result(1, Status.PENDING, batch_id="pb_1", request_id="req-1")
    table.set_store_result(
        2, Status.REJECTED, [store_issue("VAL_001", "Harga terlalu rendah", "price")]
    )
    table.set_store_result(3, Status.DELETED, product_id=PRODUCT_IDS[1])
    again = open_table(write_results(loaded, lang=lang)).table
    rows = again.rows
    assert [r.status for r in rows] == [
        Status.LIVE,
        Status.PENDING,
        Status.READY,  # refused: not on the store, it can be fixed and sent again
        Status.DELETED,
    ]
    assert rows[0].product_id == PRODUCT_IDS[0] and rows[3].product_id == PRODUCT_IDS[1]
    assert (rows[1].batch_id, rows[1].request_id) == ("pb_1", "req-1")
    assert not any(r.edited_since_sent for r in rows)
    assert not rows[2].issues
