"""Opening a one-sheet .xlsx without a question: the first rows come from the first pass
(``app.sheets.first_batch``), before the whole sheet is read, and the grid then ends exactly as
the plain path builds it — the rows shown are not sent twice when the full path proves them
equal, and are replaced when they were checked otherwise (the store's lists arrived meanwhile)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.catalog.store_data import StoreData
from app.gui.window.main_window import MainWindow
from app.sheets.loading import load_rows, open_table
from app.sheets.reading_child import ReadingChild
from app.sheets.row_batches import FIRST_BATCH_ROWS
from tests.gui.category_samples import sample_data
from tests.gui.drive import open_in
from tests.gui.samples import big_rows, messy_rows, write_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ROWS = 700


def facts(rows: list[Any]) -> list[tuple[Any, ...]]:
    """What the merchant sees of each row (an external id the app generated left out: random)."""
    return [
        (
            r.sheet_row,
            {k: v for k, v in r.cells.items() if k != "externalId" or not r.external_id_generated},
            r.status,
            r.hidden,
            sorted((i.field or "", i.key, i.message("en")) for i in r.issues),
        )
        for r in rows
    ]


def record(window: MainWindow) -> dict[str, list[Any]]:
    seen: dict[str, list[Any]] = {"events": [], "batches": [], "tables": []}
    opener = window.opener
    # (runs after the opener's own handler, which shows the rows at once)
    opener._first.connect(lambda got: seen["events"].append(("first", got[0].batch.rows)))
    opener.streaming.connect(lambda opened: seen["tables"].append(opened.loaded.table))
    opener.rows_arrived.connect(lambda rows, _: seen["batches"].append(list(rows)))
    opener.rows_arrived.connect(lambda rows, _: seen["events"].append(("rows", len(rows))))
    return seen


def workbook(tmp_path: Path) -> Path:
    rows = messy_rows() + big_rows(ROWS)[10:]
    rows[-1][1] = rows[0][1]  # the last row's SKU is the first row's: a duplicate
    return write_workbook(tmp_path / "produk.xlsx", rows)


def test_the_first_rows_come_from_the_first_pass_and_the_grid_ends_as_the_plain_path(
    qtbot: Any, tmp_path: Path
) -> None:
    path = workbook(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    seen = record(window)
    open_in(window, qtbot, path, ask_mapping=False)

    # the first pass's rows were the first shown, the full path's only after them
    (_, first), *_ = (event for event in seen["events"] if event[0] == "first")
    assert len(first) == FIRST_BATCH_ROWS
    assert all(a is b for a, b in zip(seen["batches"][0], first, strict=True))
    assert len(seen["tables"]) == 1  # one table filled: nothing was replaced
    shown = [row for batch in seen["batches"] for row in batch]
    assert [r.sheet_row for r in shown] == sorted({r.sheet_row for r in shown})  # none twice
    plain = open_table(path, sheet=None)
    assert facts(window.model.table.rows) == facts(plain.table.rows)
    assert window.loaded is not None and window.loaded.raw.rows == plain.raw.rows  # the whole


def test_rows_shown_first_but_checked_without_the_stores_lists_are_replaced(
    qtbot: Any, tmp_path: Path
) -> None:
    path = workbook(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    seen = record(window)
    arrived: list[StoreData | None] = [None, sample_data()]  # they arrive during the opening
    window.opener.store_data = lambda: arrived.pop(0) if len(arrived) > 1 else arrived[0]
    open_in(window, qtbot, path, ask_mapping=False)

    (_, shown), *_ = (event for event in seen["events"] if event[0] == "first")
    assert all(a is b for a, b in zip(seen["batches"][0], shown, strict=True))
    first, final = seen["tables"]  # the grid started over with a new table
    assert window.model.table is final is not first
    loaded = open_table(path, sheet=None)
    plain = load_rows(
        loaded.raw,
        loaded.header_row,
        loaded.colmap,
        header_top=loaded.header_top,
        store_data=arrived[0],
    ).table
    assert facts(plain.rows) != facts(loaded.table.rows)  # the store's lists change the rows
    assert facts(window.model.table.rows) == facts(plain.rows)
    assert window.model.rowCount() == len(plain.rows)


def test_a_cancel_after_the_first_rows_brings_the_previous_workbook_back(
    qtbot: Any, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    before = write_workbook(tmp_path / "lama.xlsx", big_rows(5))
    open_in(window, qtbot, before, ask_mapping=False)
    previous = window.model.table
    window.opener._first.connect(lambda _: window.opener.cancel())  # as the first rows show
    with qtbot.waitSignal(window.opener.cancelled, timeout=20_000):
        window.open_path(workbook(tmp_path), ask_mapping=False)
    assert window.model.table is previous and window.model.rowCount() == 5
    assert not window.lock.locked


def test_first_rows_of_an_earlier_opening_arriving_late_are_not_shown(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    earlier = write_workbook(tmp_path / "lama.xlsx", big_rows(300))
    late: list[Any] = []
    window.opener._first.connect(lambda got: late.append(got))
    open_in(window, qtbot, earlier, ask_mapping=False)
    assert late  # the earlier opening's first rows, as its worker sent them
    plain_read = ReadingChild.read_sheet

    def read_sheet(child: ReadingChild, *args: Any, **kwargs: Any) -> Any:
        window.opener._first.emit(late[0])  # delivered while this opening reads
        return plain_read(child, *args, **kwargs)

    monkeypatch.setattr(ReadingChild, "read_sheet", read_sheet)
    seen = record(window)
    path = workbook(tmp_path)
    open_in(window, qtbot, path, ask_mapping=False)
    assert len(seen["tables"]) == 1
    assert facts(window.model.table.rows) == facts(open_table(path, sheet=None).table.rows)


@pytest.mark.parametrize(
    ("lang", "so_far", "of"),
    [
        ("en", "200 so far, reading the rest of the sheet", "of 700"),
        ("id", "200 baris sudah tampil, sisa sheet masih dibaca", "dari 700"),
    ],
)
def test_while_only_the_first_rows_are_in_the_status_bar_gives_no_total(
    qtbot: Any, tmp_path: Path, lang: str, so_far: str, of: str
) -> None:
    """The first pass does not know how many rows the sheet holds: the note says how many are
    in so far, not "200 of 200", until the full path's first batch brings the real total."""
    path = workbook(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_language(lang, remember=False)
    notes: list[tuple[int, str]] = []  # after the row stream took each slice in
    window.opener.rows_arrived.connect(
        lambda rows, _: notes.append((window.model.rowCount(), window.row_stream.label.text()))
    )
    seen = record(window)
    open_in(window, qtbot, path, ask_mapping=False)

    assert any(event[0] == "first" for event in seen["events"])  # the first pass was used
    total = len(open_table(path, sheet=None).table.rows)
    assert total == 700 == window.model.rowCount()
    first_count, first_note = notes[0]
    assert first_count == FIRST_BATCH_ROWS
    assert so_far in first_note and f"{FIRST_BATCH_ROWS} of" not in first_note
    assert "dari 200" not in first_note and str(total) not in first_note
    # the full path's batches bring the real total
    later = [note for count, note in notes if count > FIRST_BATCH_ROWS]
    assert later and all(of in note for note in later)
