"""The window's uploads give generated externalIds that follow the chosen store and the SKU."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.catalog.table import stable_external_id
from app.gui.window.main_window import MainWindow
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_generated_external_ids_are_the_stores_stable_ones(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "tanpa id.xlsx", big_rows(4)))
    table = window.model.table
    assert all(r.external_id_generated for r in table.rows)
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    store = DEMO_CREDENTIALS.store_client_id
    for row in table.rows:
        assert row.sku is not None
        assert row.external_id == stable_external_id(store, row.sku)
        stored = sandbox.state.by_sku(row.sku)
        assert stored is not None and stored.external_id == row.external_id
