"""Compare with store in the real window, against the sandbox over real HTTP: a sheet without
External IDs, whose generated ids followed another store, has them follow this store once
compared (the rows to change found by the compare's worker, ``ProductTable.to_derive``; the
window's thread changes only those), and the plan creates them with those ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.catalog.table import stable_external_id
from app.gui.window.main_window import MainWindow
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from app.sync.plan import Action
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_compare_makes_generated_ids_follow_the_store(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    tmp_path: Path,
) -> None:
    window = sandbox_window
    open_in(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(3)))
    table = window.model.table
    table.use_store("toko-lain")  # the ids followed another store
    other = [stable_external_id("toko-lain", f"SKU-{n:05d}") for n in range(3)]
    assert [r.values["externalId"] for r in table.rows] == other
    asked: list[str] = []
    to_derive = type(table).to_derive

    def spied(self: Any, store_id: str) -> Any:
        asked.append(store_id)
        return to_derive(self, store_id)

    announced: list[set[int]] = []
    window.model.changed.connect(lambda rows: announced.append(set(rows)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(table), "to_derive", spied)
        with qtbot.waitSignal(window.sync_menu.compared, timeout=20_000) as done:
            window.acts.compare_store.trigger()
    store = DEMO_CREDENTIALS.store_client_id
    wanted = [stable_external_id(store, f"SKU-{n:05d}") for n in range(3)]
    assert asked and set(asked) == {store}  # asked in the worker, for this store
    assert [r.values["externalId"] for r in table.rows] == wanted
    assert {0, 1, 2} <= set().union(*announced)  # the rows were announced as changed
    plan = done.args[0]
    assert [r.action for r in plan] == [Action.CREATE] * 3
    assert [r.external_id for r in plan] == wanted  # what a sync would create them with
