"""Demo mode (``toco-uploader --demo``): a sandbox store inside the app, to try the whole loop.

The sandbox (``app.sandbox.run_in_thread``) listens on 127.0.0.1 on a free port, turns accepted
products live after ``DEMO_LIVE_AFTER`` seconds, and becomes the active store "Demo sandbox".
Its credentials are the sandbox's public demo credentials, held in memory only: never written
to the keyring or the settings. It stops when the app quits.

[demo behaviour] So that a merchant sees what a store-side rejection looks like, the demo store
rejects the photo of one otherwise valid row of the sample workbook (``DEMO_REJECTED_SKU``), the
way a real store refuses a photo it cannot download — until that photo is changed in the grid.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from app.catalog.table import ProductTable
from app.gui.kit.resources import demo_workbook
from app.profiles import CredentialValues
from app.sandbox import DEMO_CREDENTIALS, RowRejection, RunningSandbox, SandboxState, run_in_thread

if TYPE_CHECKING:
    from app.gui.sending.flow import SendFlow
    from app.gui.stores.book import StoreBook
    from app.gui.workbook.opener import Opened, WorkbookOpener

#: [demo behaviour] seconds before an accepted demo product is live.
DEMO_LIVE_AFTER = 2.0
#: [demo behaviour] the sample workbook's row whose photo the demo store cannot download.
DEMO_REJECTED_SKU = "TK-0005"
DEMO_REJECTION = RowRejection(
    code="PRD_021",
    field="photos",
    message="Photo could not be downloaded (HTTP 404). Check that the photo link opens in a"
    " browser, or use another photo.",
)


class DemoStore:
    def __init__(self, running: RunningSandbox) -> None:
        self.running = running
        self._bad_photos: Any = None  # the sample's photo list that the demo store refuses

    @classmethod
    def start(cls, live_after: float = DEMO_LIVE_AFTER) -> DemoStore:
        running = run_in_thread(SandboxState(live_after=live_after), host="127.0.0.1", port=0)
        running.state.set_faults(reject_skus={DEMO_REJECTED_SKU: DEMO_REJECTION})
        return cls(running)

    @property
    def base_url(self) -> str:
        return self.running.base_url

    def values(self) -> CredentialValues:
        c = DEMO_CREDENTIALS
        return CredentialValues(
            self.base_url,
            c.partner_client_id,
            c.partner_secret,
            c.store_client_id,
            c.store_token,
            source="demo",
        )

    def attach(self, stores: StoreBook, opener: WorkbookOpener, flow: SendFlow) -> None:
        """Make the demo the window's active store (in memory only)."""
        stores.set_demo(self.base_url, self.values())
        opener.opened.connect(self._remember)
        flow.before_upload.append(self.prepare)

    def _remember(self, opened: Opened) -> None:
        if opened.loaded.path.resolve() != demo_workbook().resolve():
            return
        for row in opened.loaded.table.rows:
            if row.sku == DEMO_REJECTED_SKU:
                self._bad_photos = copy.deepcopy(row.cells.get("photos"))

    def prepare(self, table: ProductTable) -> None:
        """[demo behaviour] Before each upload: refuse the sample's photo while it is still
        the one in the workbook; accept the row once the merchant changed it."""
        for row in table.rows:
            if row.sku == DEMO_REJECTED_SKU:
                unchanged = (
                    self._bad_photos is not None and row.cells.get("photos") == self._bad_photos
                )
                self.running.state.set_faults(
                    reject_skus={DEMO_REJECTED_SKU: DEMO_REJECTION} if unchanged else {}
                )

    def stop(self) -> None:
        self.running.stop()
