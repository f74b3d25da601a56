"""Reading in a bounded child process: an abort, an allocation past the limit, a timeout, a
cancel, a bug — each one clear, translated SheetError (or ReadCancelled), and this process lives.
"""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest

from app.sheets import MappingMemory, SheetError, bounded
from app.sheets import open_table as open_here
from app.sheets.bounded import Bounds, ReadCancelled, run_bounded
from tests.sheets import child_work
from tests.sheets.books import messy_workbook, rewrite_sheet, simple_workbook

SMALL = Bounds(memory_bytes=512 * 2**20, seconds=60)


def _read_failed(error: SheetError, *words: str) -> None:
    assert error.key == "read_failed", error
    en, id_ = error.message("en"), error.message("id")
    assert "too large or damaged to read" in en and "terlalu besar atau rusak" in id_
    for word in words:
        assert word in en, en


def test_an_abort_in_the_child_is_a_clear_error() -> None:
    with pytest.raises(SheetError) as caught:
        run_bounded(child_work.aborts, name="produk.xlsx", bounds=SMALL)
    _read_failed(caught.value, "produk.xlsx", "the reader crashed (signal 6)")
    assert "sinyal 6" in caught.value.message("id")


def test_an_allocation_past_the_memory_limit_is_out_of_memory() -> None:
    with pytest.raises(SheetError) as caught:
        run_bounded(child_work.allocates, 1024, name="besar.xlsx", bounds=SMALL)
    _read_failed(caught.value, "needed more than 512 MB of memory")
    assert run_bounded(child_work.allocates, 16, name="kecil.xlsx", bounds=SMALL) == 16 * 2**20


def test_a_child_past_its_time_is_killed() -> None:
    with pytest.raises(SheetError) as caught:
        run_bounded(
            child_work.sleeps, 600, name="lambat.xlsx", bounds=Bounds(memory_bytes=None, seconds=1)
        )
    _read_failed(caught.value, "took longer than 1 seconds")
    assert "lebih dari 1 detik" in caught.value.message("id")


def test_cancel_kills_the_child() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ReadCancelled):
        run_bounded(child_work.sleeps, 600, name="batal.xlsx", bounds=SMALL, cancel=cancel)


def test_a_bug_or_an_exit_in_the_child_is_one_line() -> None:
    with pytest.raises(SheetError) as caught:
        run_bounded(child_work.raises_a_bug, name="a.xlsx", bounds=SMALL)
    _read_failed(caught.value, "KeyError")
    with pytest.raises(SheetError) as caught:
        run_bounded(child_work.exits, 3, name="a.xlsx", bounds=SMALL)
    _read_failed(caught.value, "exit code 3")


def test_limits_from_the_environment() -> None:
    env = {"TOCO_READ_MEMORY_MB": "300", "TOCO_READ_SECONDS": "7.5"}
    assert Bounds.from_env(env) == Bounds(300 * 2**20, 7.5)
    assert Bounds.from_env({}) == Bounds(2 * 2**30, 120.0)
    assert (
        Bounds.from_env({"TOCO_READ_MEMORY_MB": "0", "TOCO_READ_SECONDS": "x"}).memory_bytes is None
    )


def test_a_sheet_error_keeps_its_key_and_parameters_across_the_process() -> None:
    error = SheetError("sheet_not_found", name="a.xlsx", sheet="Harga")
    again = pickle.loads(pickle.dumps(error))
    assert (again.key, again.params) == ("sheet_not_found", {"name": "a.xlsx", "sheet": "Harga"})
    assert again.message("id") == error.message("id")


def test_a_loaded_sheet_survives_pickling_and_stays_editable(tmp_path: Path) -> None:
    """The duplicate index is keyed by row identity: it must be rebuilt after unpickling."""
    loaded = open_here(messy_workbook(tmp_path / "m.xlsx"), memory=MappingMemory(tmp_path / "m"))
    loaded.table.position(loaded.table.rows[0])
    table = pickle.loads(pickle.dumps(loaded)).table
    old = table.rows[0].values["sku"]
    table.set_cell(0, "sku", "SKU-BARU")
    table.set_cell(2, "sku", old)  # row 0 no longer holds it: no duplicate
    assert not table.rows[2].duplicate_issues
    table.set_cell(1, "sku", old)
    assert table.rows[1].duplicate_issues


def test_a_table_keeps_its_store_and_purpose_through_pickling(tmp_path: Path) -> None:
    loaded = open_here(messy_workbook(tmp_path / "m.xlsx"), memory=MappingMemory(tmp_path / "m"))
    loaded.table.use_store("638765489981529612855")
    table = pickle.loads(pickle.dumps(loaded.table))
    assert (table.store_id, table.purpose) == ("638765489981529612855", loaded.table.purpose)
    assert [r.external_id for r in table.rows] == [r.external_id for r in loaded.table.rows]


def test_open_table_in_the_child_gives_the_same_table(tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "m.xlsx")
    memory = MappingMemory(tmp_path / "maps.json")
    here = open_here(path, memory=memory)
    there = bounded.open_table(path, memory=memory, bounds=SMALL)
    assert there.raw.rows == here.raw.rows and there.header_row == here.header_row
    assert [r.sheet_row for r in there.table.rows] == [r.sheet_row for r in here.table.rows]
    assert [r.status for r in there.table.rows] == [r.status for r in here.table.rows]
    assert [s.name for s in bounded.list_sheets(path, bounds=SMALL)] == ["Produk", "Catatan"]
    assert bounded.read_sheet(path, "Produk", bounds=SMALL).rows == here.raw.rows


def test_a_refusal_in_the_child_comes_back_as_itself(tmp_path: Path) -> None:
    with pytest.raises(SheetError) as caught:
        bounded.read_sheet(simple_workbook(tmp_path / "s.xlsx", []), "Nope", bounds=SMALL)
    assert caught.value.key == "sheet_not_found"


def test_the_real_far_cell_workbook_cannot_take_this_process_down(tmp_path: Path) -> None:
    """Even with the extent check turned off, the reader's abort is only the child's."""
    path = simple_workbook(tmp_path / "jauh.xlsx", [["SKU-1", "Kaos", 50_000]])
    rewrite_sheet(
        path,
        "Products",
        lambda xml: xml.replace(
            "</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
        ),
    )
    with pytest.raises(SheetError) as caught:
        bounded.read_sheet(path, bounds=SMALL)
    assert caught.value.key == "too_many_cells"  # refused before parsing, in the child
    with pytest.raises(SheetError) as caught:
        run_bounded(child_work.reads_without_extent_check, path, name=path.name, bounds=SMALL)
    _read_failed(caught.value, "needed more than 512 MB of memory")


def test_a_fifo_is_refused_in_the_parent(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "produk.csv"
    os.mkfifo(fifo)
    with pytest.raises(SheetError) as caught:
        bounded.open_table(fifo, bounds=SMALL)
    assert caught.value.key == "not_a_file"
