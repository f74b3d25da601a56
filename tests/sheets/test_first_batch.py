"""The reading child's proof of the first rows shown (``first_batch.verified``): the full
path's rows equal to them are not sent again, and where any differs the first batch replaces
everything shown. Real rows, checked from real sheets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.catalog.table import ProductRow
from app.sheets import MappingMemory, RawSheet
from app.sheets.first_batch import same_row, verified
from app.sheets.header_rows import headers_for
from app.sheets.loading import map_columns
from app.sheets.row_batches import BuildOrder, Built, RowBatch, build_in_batches
from tests.gui.samples import HEADERS, good_row

ROWS = 500


def sheet(change: dict[int, tuple[int, Any]] | None = None) -> RawSheet:
    rows: list[tuple[int, list[Any]]] = [(1, list(HEADERS))]
    for n in range(2, ROWS + 2):
        values = list(good_row(n))
        if change and n in change:
            column, value = change[n]
            values[column] = value
        rows.append((n, values))
    return RawSheet("Produk", Path("produk.xlsx"), rows)


def order_for(raw: RawSheet, tmp_path: Path) -> BuildOrder:
    colmap = map_columns(headers_for(raw, 0, 1), MappingMemory(tmp_path / "memory.json"))
    return BuildOrder(1, colmap)


def first_rows(raw: RawSheet, order: BuildOrder) -> list[ProductRow]:
    return next(build_in_batches(raw, order)).rows


def run(batches: Any) -> tuple[list[RowBatch], Built]:
    sent: list[RowBatch] = []
    while True:
        try:
            sent.append(next(batches))
        except StopIteration as end:
            return sent, end.value


def test_rows_proved_equal_are_not_sent_again(tmp_path: Path) -> None:
    raw = sheet()
    order = order_for(raw, tmp_path)
    shown = first_rows(raw, order)
    sent, built = run(verified(build_in_batches(raw, order), shown))
    rows = [r for batch in sent for r in batch.rows]
    assert not any(batch.restart for batch in sent)
    assert [r.sheet_row for r in shown + rows] == list(range(2, ROWS + 2))
    assert isinstance(built, Built)


def test_a_row_that_differs_restarts_with_the_full_paths_rows(tmp_path: Path) -> None:
    raw = sheet()
    order = order_for(raw, tmp_path)
    shown = first_rows(sheet({40: (2, "tanya penjual")}), order)  # a price shown otherwise
    sent, _ = run(verified(build_in_batches(raw, order), shown))
    assert sent[0].restart and not any(batch.restart for batch in sent[1:])
    rows = [r for batch in sent for r in batch.rows]
    assert [r.sheet_row for r in rows] == list(range(2, ROWS + 2))  # everything, once
    assert not rows[38].issues and shown[38].issues  # the full path's row replaces it


def test_a_full_path_shorter_than_the_rows_shown_restarts(tmp_path: Path) -> None:
    raw = sheet()
    order = order_for(raw, tmp_path)
    shown = first_rows(raw, order)
    short = RawSheet("Produk", raw.path, raw.rows[:51])
    sent, _ = run(verified(build_in_batches(short, order), shown))
    assert len(sent) == 1 and sent[0].restart and len(sent[0].rows) == 50


def test_generated_external_ids_count_as_the_same_and_nothing_else_does(tmp_path: Path) -> None:
    raw = sheet()
    order = order_for(raw, tmp_path)
    one, other = first_rows(raw, order)[0], first_rows(raw, order)[0]
    assert one.external_id_generated and one.external_id != other.external_id
    assert same_row(one, other)
    other.cells = {**other.cells, "name": "Kaos lain"}
    assert not same_row(one, other)
