"""Building a sheet's table pauses the garbage collector and gives it back as it was."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

import pytest

from app.sheets import loading, open_table
from app.sheets.gc_pause import paused_gc
from tests.cli.workbooks import product_workbook


def test_collection_is_off_inside_and_back_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_back_on_after_an_error() -> None:
    try:
        with paused_gc():
            raise ValueError("a damaged sheet")
    except ValueError:
        pass
    assert gc.isenabled()


def test_two_threads_keep_it_off_until_both_end() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def other() -> None:
        with paused_gc():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(10)
    with paused_gc():
        pass
    assert not gc.isenabled()  # the other thread's build is still running
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_the_table_is_built_with_collection_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = loading.ProductTable

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(loading, "ProductTable", spy)
    loaded = open_table(product_workbook(tmp_path / "produk.xlsx", 3))
    assert len(loaded.table) == 3 and loaded.table.rows[0].sku == "SKU-00000"
    assert seen == [False]
    assert gc.isenabled()
