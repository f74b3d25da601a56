"""The store's products for the window, in a worker: the active store's credentials
(keyring), a client, then either every page of the product list and the record the workbook
kept of the store's values when it was downloaded (Compare, Sync), or the whole export written
to a new workbook (Download products). It returns what it found and touches no table and no
widget; the owner compares, paints or opens on the GUI thread.

The workbook's record is read in a bounded child process, as every read of a workbook is
(``app.sheets.bounded``); a record made from another store is not used.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.catalog.messages import Lang
from app.catalog.store_data import StoreData
from app.gui.kit.tasks import Progress
from app.gui.sending.job_spec import ClientFactory
from app.gui.stores.book import StoreBook, StoreChoice
from app.sheets.gc_pause import paused_gc

if TYPE_CHECKING:  # the export and its record (openpyxl, orjson): imported when first used
    from app.sync.export import ExportReport
    from app.sync.exported import RecordNotice, RecordReading


@dataclass(frozen=True, slots=True)
class StoreProducts:
    """Every product of the store (API.md §4.6) and, when the workbook is this store's export,
    the store's values when it was downloaded (``{product id: product}``)."""

    products: list[dict[str, Any]]
    store_id: str  # the store's client id (not a secret): generated externalIds follow it
    exported: dict[str, dict[str, Any]] | None = None
    notice: RecordNotice | None = None  # the record is damaged, or of another store


#: [ours] a record of another store is not used; the merchant is told why (the notice's key)
OTHER_STORE = "record_other_store"


def notice_text(notice: RecordNotice, lang: Lang) -> str:
    if notice.key == OTHER_STORE:
        return QCoreApplication.translate(
            "StoreProducts",
            "This workbook was downloaded from another store, so a change made on the store"
            " since cannot be told from a change in the sheet.",
        )
    return notice.message(lang)


class ProductFetcher:
    """``fetch(...)`` and ``export(...)`` in a worker; the client factory is read when called
    (the send flow's, which tests set)."""

    def __init__(self, stores: StoreBook, client_factory: Callable[[], ClientFactory]) -> None:
        self.stores = stores
        self.client_factory = client_factory

    def fetch(
        self,
        choice: StoreChoice,
        workbook: Path | None,
        progress: Progress,
        cancel: threading.Event,
    ) -> StoreProducts:
        from app.sync.exported import RecordNotice, RecordReading

        # the workbook's record and the pages become thousands of new objects: made with the
        # collector paused (each full pass they started here walked every object holding the
        # interpreter, 0.3-1.1 s at 10,000 products while the window waited), then frozen out
        # of later passes, as the compare freezes its plan (none of them is cyclic; reference
        # counts free them)
        with paused_gc():
            reading = record_of(workbook, cancel) if workbook is not None else RecordReading(None)
            values = self.stores.credentials(choice)
            with self.client_factory()(values) as client:
                products = client.all_products(progress=progress, cancel=cancel.is_set)
            gc.freeze()
        record, notice = reading.record, reading.notice
        if notice is not None and notice.key == "record_missing":
            notice = None  # the merchant's own workbook: nothing to say
        if record is not None and not record.of_store(values.store_client_id, values.base_url):
            record, notice = None, RecordNotice(OTHER_STORE)
        exported = dict(record.products) if record is not None else None
        return StoreProducts(products, values.store_client_id, exported, notice)

    def export(
        self,
        choice: StoreChoice,
        path: Path,
        store_data: StoreData | None,
        lang: Lang,
        progress: Progress,
        cancel: threading.Event,
    ) -> ExportReport:
        """Every product into a new workbook at ``path`` (nothing written when cancelled)."""
        from app.sync.export import export_products

        values = self.stores.credentials(choice)
        with self.client_factory()(values) as client:
            return export_products(
                client,
                store_data,
                path,
                lang,
                store_id=values.store_client_id,
                base_url=values.base_url,
                progress=progress,
                cancel=cancel.is_set,
            )


def record_of(workbook: Path, cancel: threading.Event) -> RecordReading:
    """The workbook's record, read in a bounded child process."""
    from app.sheets.bounded import run_bounded
    from app.sync.exported import read_record

    return run_bounded(read_record, workbook, name=workbook.name, cancel=cancel)
