"""Issue 13 point 9: the active store is shown in the main window (a click opens Store →
Stores…), demo mode says when the demo store is active, and a store the merchant chose while
the demo ran stays chosen at the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.gui.window.demo import DemoStore
from app.gui.window.main_window import MainWindow
from app.gui.window.settings import WindowSettings
from app.sandbox import RunningSandbox
from tests.gui.send_helpers import STORE, add_profile

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


@pytest.fixture
def demo() -> Iterator[DemoStore]:
    running = DemoStore.start(live_after=0.1)
    yield running
    running.stop()


def started(qtbot: Any, path: Path, demo: DemoStore) -> MainWindow:
    """A window as ``toco-uploader --demo`` starts it, with these settings."""
    window = MainWindow(settings=WindowSettings(path))
    qtbot.addWidget(window)
    demo.attach(window.stores, window.opener, window.send_flow)
    window.show()
    return window


def test_the_active_store_is_shown_and_opens_the_stores_dialog(
    sandbox_window: MainWindow, qtbot: Any
) -> None:
    window = sandbox_window
    badge = window.store_badge
    assert badge.isVisible()
    assert badge.text() == f"Store: {STORE} (custom address)"
    qtbot.waitUntil(lambda: badge.width() >= badge.sizeHint().width())  # laid out, not cut
    assert window.status.geometry().contains(badge.mapTo(window, badge.rect().center()))
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    dialog = window.store_menu.stores_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    window.set_language("id")
    try:
        qtbot.waitUntil(lambda: badge.text() == f"Toko: {STORE} (alamat khusus)")
    finally:
        window.set_language("en")


def test_demo_mode_remembers_the_merchants_choice(
    qtbot: Any, tmp_path: Path, sandbox: RunningSandbox, demo: DemoStore
) -> None:
    ini = tmp_path / "gui.ini"
    first = started(qtbot, ini, demo)
    assert first.stores.active_name() == "Demo sandbox"
    assert first.store_badge.text() == "Store: Demo store (demo — nothing goes to a real store)"
    add_profile(first, sandbox)  # the merchant sets up their own store and chooses it
    assert first.store_badge.text() == f"Store: {STORE} (custom address)"
    first.close()

    second = started(qtbot, ini, demo)  # the next start in demo mode
    assert second.stores.active_name() == STORE
    assert second.store_badge.text() == f"Store: {STORE} (custom address)"
    second.stores.set_active("Demo sandbox")
    assert second.store_badge.text().startswith("Store: Demo store (demo")
    second.close()

    third = started(qtbot, ini, demo)
    assert third.stores.active_name() == "Demo sandbox"
    third.close()
