"""No collector pass while a workbook's rows come in: the worker receiving the sheet's rows
and its checked batches has the collector paused, and so has the window's thread until every
row is in; a pause of another part of the window (the photo check's imports, a re-check)
that ends meanwhile does not switch it on again. Afterwards it is on, and what came in is
frozen out of later passes. The photo check's imports are made the same way."""

from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path
from typing import Any

import pytest

from app.gui.window.main_window import MainWindow
from app.gui.window.photo_checker import _import_checker
from app.sheets.gc_pause import paused_gc
from app.sheets.reading_child import ReadingChild
from app.sheets.row_batches import BATCH_ROWS, FIRST_BATCH_ROWS
from tests.gui.drive import open_in
from tests.gui.samples import big_rows, write_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ROWS = FIRST_BATCH_ROWS + 2 * BATCH_ROWS + 30


@pytest.mark.parametrize("another_pause", [False, True])
def test_the_rows_come_in_with_the_collector_paused_whatever_other_pauses_do(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    another_pause: bool,
) -> None:
    path = write_workbook(tmp_path / "banyak.xlsx", big_rows(ROWS))
    received: list[tuple[str, bool]] = []  # (what, the collector on) in the receiving worker
    read, build = ReadingChild.read_sheet, ReadingChild.build

    def reading(self: ReadingChild, *args: Any, **kwargs: Any) -> Any:
        received.append(("read starts", gc.isenabled()))
        try:
            return read(self, *args, **kwargs)
        finally:
            received.append(("read ends", gc.isenabled()))

    def building(self: ReadingChild, order: Any, on_batch: Any, *args: Any, **kw: Any) -> Any:
        def batch(got: Any) -> None:
            received.append(("batch", gc.isenabled()))
            on_batch(got)

        return build(self, order, batch, *args, **kw)

    monkeypatch.setattr(ReadingChild, "read_sheet", reading)
    monkeypatch.setattr(ReadingChild, "build", building)
    other = contextlib.ExitStack()  # another part's pause, begun before the opening
    if another_pause:
        other.enter_context(paused_gc())
        window.opener.streaming.connect(lambda _: other.close())  # and ended as rows stream in
    shown: list[bool] = []  # the collector on, on the window's thread, as each slice goes in
    window.opener.rows_arrived.connect(lambda rows, total: shown.append(gc.isenabled()))
    frozen = gc.get_freeze_count()
    try:
        open_in(window, qtbot, path, ask_mapping=False)
        assert gc.isenabled()  # on again once every row is in
        assert gc.get_freeze_count() >= frozen + ROWS  # the rows: out of later passes
    finally:
        other.close()
        gc.enable()
        gc.unfreeze()
    assert window.model.rowCount() == ROWS
    assert [what for what, _ in received].count("batch") >= 3
    assert received[0][0] == "read starts" and ("read ends", False) in received
    assert not any(on for _, on in received)  # paused in the worker throughout
    assert len(shown) >= 3 and not any(shown)  # and on the window's thread until the last


def test_the_photo_check_imports_with_the_collector_paused_then_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "toco_checker_probe.py").write_text(
        "import gc\nCOLLECTING = gc.isenabled()\nMADE = [[n] for n in range(2000)]\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "toco_checker_probe", raising=False)
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        _import_checker("toco_checker_probe")
        probe = sys.modules["toco_checker_probe"]
        assert probe.COLLECTING is False  # no pass while the modules are imported
        assert gc.isenabled()  # on again after
        assert gc.get_freeze_count() >= frozen + 2000  # what the import made: out of passes
    finally:
        gc.unfreeze()
        sys.modules.pop("toco_checker_probe", None)
