"""A table of valid rows, its model and an autosave watching it (the autosave tests' start)."""

from __future__ import annotations

from pathlib import Path

from app.catalog.table import ProductTable
from app.gui.grid.model import ProductModel
from app.gui.workbook.autosave import Autosave
from app.sheets.session import SessionMeta, SessionStore
from tests.jobs.rows import product_cells


def watched(
    folder: Path, rows: int
) -> tuple[ProductTable, ProductModel, SessionStore, SessionMeta, Autosave]:
    """``rows`` valid rows at sheet rows 2, 3, ..., their model, and an autosave attached."""
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(rows))])
    model = ProductModel(table)
    store = SessionStore(folder / "sessions")
    meta = SessionMeta(str(folder / "toko.xlsx"), "Produk", 1, [(0, "name", None)])
    autosave = Autosave(store)
    autosave.attach(model, meta)
    return table, model, store, meta, autosave
