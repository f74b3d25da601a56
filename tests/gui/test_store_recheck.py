"""The store's brand search comes back after an opening: only the rows naming a brand it found
are checked again; their cells stop being red, and an id the book now names shows its name."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from app.catalog.store_data import Entry, StoreData
from app.gui.grid.model import ERROR_COLOR
from app.gui.window.main_window import MainWindow
from tests.gui.category_samples import sample_data
from tests.gui.drive import color, text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

REXONA = "c0000000-0000-4000-8000-0000000000b7"


def test_a_found_brand_rechecks_only_its_rows(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    before = sample_data()
    window.model.use_store_data(before)
    window.model.edit([(0, "brandId", "Rexona"), (5, "brandId", REXONA)], "typed")
    assert color(window, 0, "brandId") == ERROR_COLOR
    assert text(window, 5, "brandId") == REXONA  # an id the book does not know yet
    book = copy.deepcopy(before.brands)
    assert book is not None
    book.add("rexona", [Entry(REXONA, "Rexona")])
    after = StoreData(tree=copy.deepcopy(before.tree), brands=book, warehouses=before.warehouses)
    told: list[set[int]] = []
    window.model.changed.connect(told.append)
    repainted: list[tuple[int, int, int, int]] = []
    window.model.dataChanged.connect(
        lambda a, b, _roles: repainted.append((a.row(), b.row(), a.column(), b.column()))
    )
    brand = window.model.column_of("brandId")

    touched = window.model.use_store_data(after)

    # row 0 and the row sharing its SKU (the messy sheet's duplicate); not the id row, not the rest
    assert touched == {0, 3} and told == [touched]
    assert color(window, 0, "brandId") != ERROR_COLOR
    assert text(window, 5, "brandId") == "Rexona"
    assert any(
        top <= 5 <= bottom and left <= brand <= right for top, bottom, left, right in repainted
    )
    assert window.model.table.store_data is after
