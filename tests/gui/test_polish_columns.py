"""Issue 13 point 8: the Product ID column shows by itself once a row has a product id; View →
Show all fields is remembered; generated External IDs show only under it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.catalog.status import Status
from app.gui.window.main_window import MainWindow
from app.gui.window.settings import WindowSettings
from app.sandbox import RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import cell, open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def hidden(window: MainWindow, key: str) -> bool:
    return window.grid.isColumnHidden(window.model.column_of(key))


def test_product_ids_show_by_themselves_after_an_upload_and_external_ids_stay_hidden(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 0.2
    open_in(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(3)))
    assert not window.acts.all_columns.isChecked()
    assert hidden(window, "id")  # no row has a product id yet: nothing to show
    assert hidden(window, "externalId")
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    qtbot.waitUntil(
        lambda: all(r.status is Status.LIVE for r in window.model.table.rows), timeout=20_000
    )
    assert not hidden(window, "id")
    stored = sandbox.state.by_sku("SKU-00000")
    assert stored is not None
    assert cell(window, 0, "id").data() == stored.id
    assert window.grid.columnViewportPosition(window.model.column_of("id")) >= 0
    assert hidden(window, "externalId")  # the generated UUIDs stay out of the way


def test_show_all_fields_is_remembered_and_the_only_way_to_external_ids(
    qtbot: Any, tmp_path: Path
) -> None:
    settings = WindowSettings(tmp_path / "gui.ini")
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.acts.all_columns.trigger()  # View → Show all fields
    assert first.acts.all_columns.isChecked()
    first.close()

    second = MainWindow(settings=WindowSettings(tmp_path / "gui.ini"))
    qtbot.addWidget(second)
    assert second.acts.all_columns.isChecked()
    second.show()
    with qtbot.waitSignal(second.opener.opened, timeout=20_000):
        second.open_path(write_workbook(tmp_path / "toko.xlsx", big_rows(2)), ask_mapping=False)
    assert not hidden(second, "externalId") and not hidden(second, "id")
    second.acts.all_columns.trigger()
    assert hidden(second, "externalId") and hidden(second, "id")
    second.close()
    assert not WindowSettings(tmp_path / "gui.ini").show_all_fields
