"""The questions of routine sync, worked through their own widgets: the conflict chooser (per
row, all at once, cancel keeps the choices) and the sync confirmation's counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox

from app.catalog.table import ProductTable
from app.gui.grid.compare_conflicts import ConflictDialog, conflict_items
from app.gui.grid.compare_marks import CompareMarks
from app.gui.grid.reference_names import NameBook
from app.gui.kit.i18n import Translations
from app.gui.sending.sync_dialogs import SyncConfirmDialog, SyncQuestion
from app.sync.plan import Action, Change, RowPlan, SyncPlan, Winner
from tests.gui.drive import answering
from tests.gui.samples import big_rows, cells_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def marks(qapp: Any) -> tuple[CompareMarks, ProductTable]:
    table = ProductTable.from_cells((4 + i, cells_of(r)) for i, r in enumerate(big_rows(3)))
    plan = SyncPlan(
        [
            RowPlan(
                0,
                4,
                Action.CONFLICT,
                "p0",
                "SKU-00000",
                changes=(Change("price", 90_000, 80_000, exported=100_000),),
            ),
            RowPlan(1, 5, Action.UNCHANGED, "p1", "SKU-00001"),
            RowPlan(
                2,
                6,
                Action.CONFLICT,
                "p2",
                "SKU-00002",
                changes=(Change("stock", 4, 7, exported=5),),
            ),
        ]
    )
    found = CompareMarks()
    found.show(plan, table, "Toko Uji")
    return found, table


def test_conflict_items_list_the_three_values_in_the_merchants_words(
    marks: tuple[CompareMarks, ProductTable],
) -> None:
    found, table = marks
    items = conflict_items(found, table, NameBook(), "en", "Row")
    assert [i.title for i in items] == [
        "Row 4 · SKU-00000 · Kaos Katun 0",
        "Row 6 · SKU-00002 · Kaos Katun 2",
    ]
    assert items[0].lines == (("Price", "Rp 100.000", "Rp 90.000", "Rp 80.000"),)
    assert items[1].lines == (("Stock", "5", "4", "7"),)


def test_choosing_in_the_dialog_per_row_and_for_all(
    marks: tuple[CompareMarks, ProductTable], qtbot: Any
) -> None:
    found, table = marks
    items = conflict_items(found, table, NameBook(), "en", "Row")
    dialog = ConflictDialog(items)
    qtbot.addWidget(dialog)
    assert dialog.answer() == {0: None, 2: None}
    dialog.all_sheet.click()
    assert dialog.answer() == {0: Winner.SHEET, 2: Winner.SHEET}
    box = dialog.choices[2]
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(2)  # the store wins for the second row
    assert dialog.answer() == {0: Winner.SHEET, 2: Winner.STORE}


def test_the_dialog_answers_through_ask_and_cancel_returns_none(
    marks: tuple[CompareMarks, ProductTable],
) -> None:
    found, table = marks
    items = conflict_items(found, table, NameBook(), "en", "Row")

    def pick(dialog: ConflictDialog) -> None:
        dialog.all_store.click()
        dialog.accept()

    with answering(ConflictDialog, pick):
        assert ConflictDialog.ask(None, items) == {0: Winner.STORE, 2: Winner.STORE}
    with answering(ConflictDialog, lambda d: d.reject()):
        assert ConflictDialog.ask(None, items) is None


@pytest.fixture
def words(qapp: Any) -> Iterator[Translations]:
    """English with its plural forms (as the window installs it); back to English after."""
    translations = Translations()
    assert translations.switch("en")
    yield translations
    translations.switch("en")


def a_plan() -> SyncPlan:
    return SyncPlan(
        [
            RowPlan(0, 4, Action.CREATE),
            RowPlan(1, 5, Action.UPDATE, changes=(Change("price", 1, 2),)),
            RowPlan(2, 6, Action.UPDATE, changes=(Change("stock", 1, 2),)),
            RowPlan(3, 7, Action.CONFLICT),
            RowPlan(4, 8, Action.UNCHANGED),
        ]
    )


def test_the_sync_question_counts_and_warns_about_conflicts_left_out(
    qtbot: Any, words: Translations
) -> None:
    question = SyncQuestion.of(a_plan(), "Toko Uji", "http://127.0.0.1:1/api/v1")
    assert (question.create, question.update, question.conflicts, question.sends) == (1, 2, 1, 3)
    dialog = SyncConfirmDialog(None, question)
    qtbot.addWidget(dialog)
    assert dialog.text() == "Send the changes to Toko Uji?"
    details = dialog.informativeText()
    assert "1 product to create" in details
    assert "2 products to update (only the changed fields are sent)" in details
    assert "1 conflict left out" in details
    assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.Ok)


def test_the_sync_question_in_indonesian(qtbot: Any, words: Translations) -> None:
    assert words.switch("id")
    dialog = SyncConfirmDialog(None, SyncQuestion.of(a_plan(), "Toko Uji", "http://x"))
    qtbot.addWidget(dialog)
    assert dialog.text() == "Kirim perubahan ke Toko Uji?"
    details = dialog.informativeText()
    assert "1 produk akan dibuat" in details
    assert (
        "1 konflik tidak dikirim: pilih nilai yang dipakai di Toko → Selesaikan konflik…" in details
    )
    assert dialog.button(QMessageBox.StandardButton.Ok).text() == "Sinkronkan"
