"""The end of an opening: the rows arrived batch by batch, and what the window shows once the
last is in — the Problems list, the status bar's counts, the photo check's links — is what
a pass over the whole table gives, without that pass (followed as the rows came)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from app.gui.grid.problems import ProblemsModel
from app.gui.window.main_window import MainWindow
from app.gui.window.row_counts import count
from app.gui.window.settings import WindowSettings
from app.photos.links import links_of
from tests.cli.workbooks import product_workbook
from tests.gui.drive import open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen
ROWS = 900  # a first batch of 200 and slices of 250: several batches, many slices
BAD = {
    3: ("Harga", "tanya penjual"),
    250: ("SKU", "SKU-00003"),  # a duplicate across batches
    251: ("Foto 1", None),
    620: ("Kondisi", "Rusak"),
    899: ("SKU", "SKU-00250"),
}


def test_a_streamed_opening_ends_with_the_whole_tables_problems_counts_and_links(
    qtbot: Any, tmp_path: Path
) -> None:
    settings = WindowSettings()
    settings.check_photos = True
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    checks = window.photo_checks
    checks.check_run = lambda links, progress, cancelled, one: None
    asked: list[list[str]] = []  # the links each check was asked for, as it was asked
    check_links = checks.check_links

    def asking(links: Iterable[str]) -> bool:
        asked.append(list(links))
        return check_links(asked[-1])

    checks.check_links = asking  # type: ignore[method-assign]
    at_the_end: list[list[str]] = []
    window.opener.opened.connect(lambda _: at_the_end.extend(asked[-1:]))  # after check_sheet
    path = product_workbook(tmp_path / "besar.xlsx", ROWS, bad=BAD, notes_sheet=False)
    batches: list[int] = []
    window.opener.rows_arrived.connect(lambda rows, _: batches.append(len(rows)))
    resets: list[int] = []
    window.problems.model.modelReset.connect(lambda: resets.append(window.model.rowCount()))
    open_in(window, qtbot, path, ask_mapping=False)
    assert len(batches) > 3 and window.model.rowCount() == ROWS
    window.problems.refresh()
    window.status.flush()

    rows = window.model.table.rows
    whole = ProblemsModel(window.model)
    whole.rebuild()
    assert window.problems.model.problems == whole.problems
    assert resets == [0]  # the new table's reset only: no whole rebuild at the end
    shown = [window.problems.model.data(window.problems.model.index(n, 0)) for n in range(4)]
    assert shown == ["5", "5", "252", "253"]  # price and duplicate SKU, duplicate, no photo
    ready, problems = count(rows)
    assert problems == 4  # products 3 (price, SKU), 250 (its SKU), 251 (photo), 620
    label = window.status.counters_label.text()
    assert f"{ROWS} rows" in label and f"{ready} ready" in label
    assert f"{problems} with problems" in label
    assert window.problems.windowTitle().startswith(f"Problems ({problems})")

    assert at_the_end == [links_of(rows)]  # every link of the sheet, in order, once
    assert len(at_the_end[0]) == ROWS - 1  # one photo each, but product 251's
    assert checks.links.passes == 0  # gathered as the rows came
    window.close()


def test_the_photo_checker_is_imported_while_a_workbook_opens_only_if_photos_are_checked(
    qtbot: Any, tmp_path: Path
) -> None:
    settings = WindowSettings()
    settings.check_photos = False
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    checks = window.photo_checks
    assert checks.warm_up() is None  # photos are not checked: nothing imported for them
    checks.action.setChecked(True)
    started: list[Any] = []
    window.opener.progress.connect(lambda _: started.append(checks._warm))
    path = product_workbook(tmp_path / "kecil.xlsx", 3, notes_sheet=False)
    checks.check_run = lambda links, progress, cancelled, one: None
    open_in(window, qtbot, path, ask_mapping=False)
    assert started and started[0] is True  # from the opening's first word on
    assert checks.warm_up() is None  # once
    window.close()
