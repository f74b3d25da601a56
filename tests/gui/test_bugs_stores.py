"""Issue 13, point 1: a saved store with a custom address shows its address again, and Test
connection and Save work with it (real dialog, real sandbox over HTTP, in-memory keyring)."""

from __future__ import annotations

from typing import Any

import pytest

from app.gui.stores import form
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.test_stores_history import fill

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def reopen(window: MainWindow, qtbot: Any, name: str) -> Any:
    """Store → Stores… again, the store picked in the list as the merchant clicks it."""
    dialog = window.store_menu.open_stores()
    qtbot.addWidget(dialog)
    for row in range(dialog.list.count()):
        if name in dialog.list.item(row).text():
            dialog.list.setCurrentRow(row)
    return dialog


def test_a_saved_custom_store_shows_its_address_and_tests_and_saves_again(
    window: MainWindow, qtbot: Any, sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the merchant's custom address is the one `toco-uploader sandbox` listens on by default
    monkeypatch.setattr(form, "SANDBOX_URL", sandbox.base_url)
    dialog = window.store_menu.open_stores()
    qtbot.addWidget(dialog)
    fill(dialog, sandbox)
    assert dialog.save_store()
    dialog.close()

    again = reopen(window, qtbot, "Toko Sinar")
    assert again.form.environment.currentIndex() == 2  # custom address
    assert again.form.url.text() == sandbox.base_url
    again.test_button.click()
    qtbot.waitUntil(lambda: again.test_button.isEnabled(), timeout=20_000)
    assert again.feedback.text().startswith("Connected"), again.feedback.text()
    assert again.save_store(), again.feedback.text()
    assert window.stores.profiles.get("Toko Sinar").base_url == sandbox.base_url
    assert again.form.url.text() == sandbox.base_url
    again.close()


def test_a_custom_store_without_an_address_is_told_so_in_indonesian(
    window: MainWindow, qtbot: Any, sandbox: RunningSandbox
) -> None:
    window.set_language("id")
    dialog = window.store_menu.open_stores()
    qtbot.addWidget(dialog)
    fill(dialog, sandbox)
    dialog.form.url.clear()
    assert not dialog.save_store()
    assert dialog.feedback.text() == (
        "Toko dengan alamat khusus perlu alamat dasarnya (berakhiran /api/v1)."
    )
    dialog.form.url.setText("ftp://toko.example/api/v1")
    assert not dialog.save_store()
    assert dialog.feedback.text().startswith("Alamat dasar harus diawali https://")
    dialog.test_button.click()  # the connection test says the same, before any request
    assert dialog.feedback.text().startswith("Alamat dasar harus diawali https://")
    dialog.close()
    window.set_language("en")
