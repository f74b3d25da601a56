"""Download the store's products into a workbook the merchant can edit and sync back.

``export_products`` = ``download_catalogue`` (every page of the product list, 100 a page, with
progress and cancel) + ``write_export`` (the workbook). The workbook is the app's own template
layout (`app.sheets.template`: headers, widths, drop-downs, the ``Daftar Kategori`` and
``Daftar Gudang`` sheets), one row per product (`app.sync.export_cells`), and the hidden record
of the store's values (`app.sync.exported`). It is written to a temporary file and moved over
``path`` in one step: never half a file; a cancelled download writes nothing.

No Qt, no table: a worker calls these and returns the `ExportReport`; the owner shows it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from app.catalog.category_names import BRAND_KEY, CATEGORY_KEYS, LEVEL_WORDS
from app.catalog.fields import PRODUCT_ID_FIELD
from app.catalog.messages import KIND_WORDS, Lang, render
from app.catalog.store_data import StoreData
from app.partner.catalogue import ListingCancelled
from app.sheets.bulk_rows import BulkRows, splice
from app.sheets.results import save_atomically
from app.sheets.template import (
    FORMATTED_ROWS,
    PRODUCTS_SHEET,
    RowWriter,
    add_store_sheets,
    lay_out_columns,
)
from app.sync.export_cells import (
    SKU_KEY,
    STOCK_KEY,
    WAREHOUSES_KEY,
    Namer,
    export_columns,
    product_cells,
)
from app.sync.exported import add_record_sheet

__all__ = [
    "ExportCancelled",
    "ExportNote",
    "ExportReport",
    "download_catalogue",
    "export_products",
    "write_export",
]

#: Raised when ``cancel()`` says yes: between two pages, or after the last one before writing.
ExportCancelled = ListingCancelled
Progress = Callable[[int, int], None]  # (products fetched, products in the store)
Cancel = Callable[[], bool]


class CatalogueSource(Protocol):
    """The client call an export needs (`app.partner.catalogue.CatalogueCalls`)."""

    def all_products(
        self,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        q: str | None = None,
    ) -> list[dict[str, Any]]: ...


# key: (English, Indonesian). Parameters in {braces}.
NOTES: dict[str, tuple[str, str]] = {
    "exported": (
        "{count} products written to {file}.",
        "{count} produk ditulis ke {file}.",
    ),
    "unnamed": (
        "{products} products keep the {what} id {value}: its name is not in the store's list, so"
        " the id is written instead.",
        "{products} produk tetap memakai ID {what} {value}: namanya tidak ada di daftar toko, jadi"
        " ID-nya yang ditulis.",
    ),
    "unnamed_more": (
        "… and {more} more ids whose names are not in the store's list.",
        "… dan {more} ID lagi yang namanya tidak ada di daftar toko.",
    ),
    "tree_unknown": (
        "The store's category list is not known (not downloaded, offline): categories,"
        " sub-categories and types are written as ids.",
        "Daftar kategori toko belum diketahui (belum diunduh, atau offline): kategori, sub"
        " kategori, dan tipe ditulis sebagai ID.",
    ),
    "brands_unknown": (
        "The store's brands are not known: brands are written as ids.",
        "Merek toko belum diketahui: merek ditulis sebagai ID.",
    ),
    "stock_without_warehouse": (
        "{products} products have a stock but no warehouse stock (e.g. SKU {sku}): the store"
        " has warehouses, so their stock cells are left empty.",
        "{products} produk punya stok tetapi tanpa stok gudang (mis. SKU {sku}): toko memakai"
        " gudang, jadi sel stoknya dikosongkan.",
    ),
    "unknown_warehouse": (
        "Products hold stock in the warehouse {warehouse}, which is not among the store's"
        " warehouses: its column is headed by its id.",
        "Ada produk dengan stok di gudang {warehouse}, yang tidak ada di daftar gudang toko:"
        " kolomnya diberi judul ID-nya.",
    ),
}
#: At most this many ids are named one by one in the notes (the JSON's ``unnamed`` has all).
MAX_UNNAMED_NOTES = 10


@dataclass(frozen=True, slots=True)
class ExportNote:
    """One thing the merchant should know about an export (key and parameters)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: Lang = "en") -> str:
        params = dict(self.params)
        if "field" in params:  # the level's word ("type", "tipe"), as the name issues say it
            params["what"] = KIND_WORDS[LEVEL_WORDS[params["field"]]][lang == "id"]
        return render(NOTES, self.key, params, lang)


@dataclass(frozen=True)
class ExportReport:
    """What an export did: the file, how many products, the ids left as ids, the notes."""

    path: Path
    products: int
    exported_at: datetime
    #: (field, id) → how many products keep that id because its name is not known
    unnamed: dict[tuple[str, str], int] = field(default_factory=dict)
    notes: tuple[ExportNote, ...] = ()
    #: seconds spent downloading and writing
    download_seconds: float = 0.0
    write_seconds: float = 0.0


def download_catalogue(
    calls: CatalogueSource, *, progress: Progress | None = None, cancel: Cancel | None = None
) -> list[dict[str, Any]]:
    """Every product of the store, page by page; ``ExportCancelled`` when ``cancel()`` says
    yes (also after the last page: then nothing is written either)."""
    products = calls.all_products(progress=progress, cancel=cancel)
    if cancel is not None and cancel():
        raise ExportCancelled(len(products), len(products))
    return products


def write_export(
    path: str | Path,
    products: Sequence[Mapping[str, Any]],
    store_data: StoreData | None,
    lang: Lang,
    *,
    exported_at: datetime,
    store_id: str,
    base_url: str,
) -> ExportReport:
    """Write the export workbook of ``products`` at ``path`` in one step."""
    from openpyxl import Workbook

    started = time.perf_counter()
    path = Path(path)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = PRODUCTS_SHEET
    columns = export_columns(products, store_data, lang)
    last_row = max(FORMATTED_ROWS, len(products)) + 1
    letters = lay_out_columns(sheet, columns, lang, last_row)
    namer = Namer(store_data)
    writer = RowWriter([c.field for c in columns], lang)
    rows = BulkRows(sheet, 2)
    for product in products:
        writer.add_to(rows, product_cells(product, columns, namer))
    add_store_sheets(book, sheet, store_data, lang, letters, last_row)
    record = add_record_sheet(
        book, products, store_id=store_id, base_url=base_url, exported_at=exported_at
    )
    book.active = 0
    save_atomically(book, path, after_save=lambda saved: splice(saved, [rows, record]))
    unnamed = dict(namer.unnamed)
    notes = [ExportNote("exported", {"count": len(products), "file": path.name})]
    notes += _notes(products, store_data, columns, unnamed)
    return ExportReport(
        path,
        len(products),
        exported_at,
        unnamed,
        tuple(notes),
        write_seconds=time.perf_counter() - started,
    )


def _notes(
    products: Sequence[Mapping[str, Any]],
    store_data: StoreData | None,
    columns: Sequence[Any],
    unnamed: dict[tuple[str, str], int],
) -> list[ExportNote]:
    tree = store_data.tree if store_data is not None else None
    book = store_data.brands if store_data is not None else None
    notes: list[ExportNote] = []
    if tree is None and any(key in CATEGORY_KEYS for key, _ in unnamed):
        notes.append(ExportNote("tree_unknown"))
    if book is None and any(key == BRAND_KEY for key, _ in unnamed):
        notes.append(ExportNote("brands_unknown"))
    one_by_one = [
        (key, value, count)
        for (key, value), count in sorted(unnamed.items(), key=lambda kv: -kv[1])
        if (tree is not None or key not in CATEGORY_KEYS) and (book is not None or key != BRAND_KEY)
    ]
    for key, value, count in one_by_one[:MAX_UNNAMED_NOTES]:
        notes.append(ExportNote("unnamed", {"field": key, "value": value, "products": count}))
    if len(one_by_one) > MAX_UNNAMED_NOTES:
        notes.append(ExportNote("unnamed_more", {"more": len(one_by_one) - MAX_UNNAMED_NOTES}))
    known = {w.client_id for w in (store_data.warehouses or ())} if store_data else set()
    if known:
        for column in columns:
            if column.part is not None and column.part not in known:
                notes.append(ExportNote("unknown_warehouse", {"warehouse": column.part}))
        lost = [
            p for p in products if not p.get(WAREHOUSES_KEY) and p.get(STOCK_KEY) not in (None, "")
        ]
        if lost:
            notes.append(
                ExportNote(
                    "stock_without_warehouse",
                    {"products": len(lost), "sku": _sku_of(lost[0])},
                )
            )
    return notes


def _sku_of(product: Mapping[str, Any]) -> Any:
    """How a note names a product: its SKU, else its id."""
    return product.get(SKU_KEY) or product.get(PRODUCT_ID_FIELD.key)


def export_products(
    calls: CatalogueSource,
    store_data: StoreData | None,
    path: str | Path,
    lang: Lang = "id",
    *,
    store_id: str,
    base_url: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: Callable[[], datetime] | None = None,
) -> ExportReport:
    """Download every product of the store and write the export workbook at ``path``.

    ``progress(fetched, total)`` after each page; ``cancel()`` before each next page and once
    more before writing: a cancelled export raises ``ExportCancelled`` and writes nothing.
    """
    started = time.perf_counter()
    exported_at = (now or (lambda: datetime.now(UTC)))()
    products = download_catalogue(calls, progress=progress, cancel=cancel)
    downloaded = time.perf_counter() - started
    report = write_export(
        path,
        products,
        store_data,
        lang,
        exported_at=exported_at,
        store_id=store_id,
        base_url=base_url,
    )
    return ExportReport(
        report.path,
        report.products,
        report.exported_at,
        report.unnamed,
        report.notes,
        download_seconds=downloaded,
        write_seconds=report.write_seconds,
    )
