"""Issue 13 point 11: in Indonesian, Qt's own buttons and the file dialog speak Indonesian, the
store words are translated, no header is cut and, at 1024×600, the toolbar keeps Upload
selected and Retry failed in sight."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from app.gui.stores.words import explain
from app.gui.window.main_window import MainWindow
from app.partner import TransportError
from app.partner.client import UNREACHABLE

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def indonesian(window: MainWindow) -> Iterator[MainWindow]:
    window.set_language("id")
    yield window
    window.set_language("en")


def test_message_box_buttons_are_indonesian(indonesian: MainWindow, qtbot: Any) -> None:
    box = QMessageBox(indonesian)
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Close
    )
    words = [
        box.button(b).text().replace("&", "")
        for b in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Close,
        )
    ]
    assert words == ["Ya", "Tidak", "Batal", "Tutup"]


def test_the_restore_prompt_names_its_own_buttons(indonesian: MainWindow, qtbot: Any) -> None:
    from app.gui.workbook.restore import RestoreDialog

    box = RestoreDialog(indonesian, "produk.xlsx", 3, 1_700_000_000)
    qtbot.addWidget(box)
    no = box.button(QMessageBox.StandardButton.No).text().replace("&", "")
    yes = box.button(QMessageBox.StandardButton.Yes).text().replace("&", "")
    assert (yes, no) == ("Ya", "Tidak")
    assert box.informativeText().startswith(no + ":")


def test_the_file_dialog_is_indonesian(indonesian: MainWindow, qtbot: Any) -> None:
    dialog = QFileDialog(indonesian, "Buka")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    buttons = {button.text().replace("&", "") for button in dialog.findChildren(QPushButton)}
    assert {"Cari di:", "Nama file:", "Jenis file:"} <= labels
    assert {"Buka", "Batal"} <= buttons
    assert "Cancel" not in buttons and "Look in:" not in labels


def test_store_and_connection_words_are_indonesian(indonesian: MainWindow) -> None:
    _title, text = explain(
        TransportError("no answer from the store (ConnectError)", ambiguous=False, code=UNREACHABLE)
    )
    assert "ConnectError" not in text and "Tidak bisa tersambung ke toko." in text
    from app.gui.stores.form import StoreForm

    form = StoreForm()
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert "Rahasia partner" in labels and "Token toko" in labels
    assert "Partner secret" not in labels and "Store token" not in labels


def test_headers_fit_their_text_in_indonesian(indonesian: MainWindow) -> None:
    grid, model = indonesian.grid, indonesian.model
    metrics = grid.horizontalHeader().fontMetrics()
    for key in ("weight", "insuranceRequired", "isArchived", "name", "price"):
        column = model.column_of(key)
        header = str(model.headerData(column, _horizontal()))
        assert grid.columnWidth(column) >= metrics.horizontalAdvance(header) + 20, header


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.mark.parametrize("lang", ["en", "id"])
def test_at_1024_by_600_upload_and_retry_stay_on_the_toolbar(
    window: MainWindow, qtbot: Any, lang: str
) -> None:
    window.set_language(lang)
    try:
        window.resize(1024, 600)
        qtbot.waitUntil(lambda: window.width() <= 1024)
        bar = window.toolbar
        for action in (window.acts.upload, window.acts.retry_failed, window.acts.upload_ready):
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
            assert button.geometry().right() <= bar.width(), action.text()
    finally:
        window.set_language("en")


def test_the_window_size_option_for_small_screen_screenshots() -> None:
    from app.gui.window.launch import parse_args

    assert parse_args(["--demo", "--size", "1024x600"]).size == (1024, 600)
    with pytest.raises(SystemExit):
        parse_args(["--size", "big"])
