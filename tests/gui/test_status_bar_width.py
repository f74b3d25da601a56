"""The status bar never makes the window wider than the merchant made it: the store's name,
the notes and the counters together can be wider than a laptop's screen (1,686 px in
Indonesian while the demo workbook opened, before round 7); squeezed, they are clipped."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from app.gui.window.statusbar import LEAST_WIDTH, ProductStatusBar

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_long_status_texts_leave_the_window_as_wide_as_it_was(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = ProductStatusBar(window)
    window.setStatusBar(status)
    window.resize(800, 400)
    window.show()
    QApplication.processEvents()
    for text in (
        "Toko: Toko demo (demo — tidak ada yang terkirim ke toko sungguhan)",
        "Foto tidak diperiksa: tautan foto di buku kerja demo hanya contoh",
        "Membaca baris… 12.000 dari 50.000 · Daftar kategori sudah diunduh (598 tipe)",
    ):
        status.addPermanentWidget(QLabel(text))
    assert status.minimumSizeHint().width() > 800  # together wider than the window
    QApplication.processEvents()
    assert window.width() == 800
    assert window.minimumSizeHint().width() <= 800
    assert status.minimumWidth() == LEAST_WIDTH
