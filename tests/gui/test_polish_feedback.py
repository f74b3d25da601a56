"""Issue 13 point 14: what the window says after the merchant did something — copying the ids
for support, replacing a cell — and no doubled full stops in any text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import open_in
from tests.gui.test_find_replace import open_find, press

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_copy_ids_for_support_says_it_copied(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(2)))
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    panel = flow.panel
    assert panel.copy_ids.isVisible()
    window.status.clearMessage()
    panel.copy_ids.click()
    assert "copied" in window.status.currentMessage()
    assert QGuiApplication.clipboard().text().count("pb_") >= 1


def test_replace_says_replaced_not_not_found(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    dialog = open_find(window, qtbot, "Kaos Katun 3", "Kaos Linen 3")
    press(qtbot, dialog.find_button)
    assert dialog.outcome.text() == ""
    press(qtbot, dialog.replace_button)  # the only match: replaced, nothing further
    assert dialog.outcome.text() == "Replaced. No more matches."
    assert "Not found" not in dialog.outcome.text()
    names = [window.model.row(i).cells.get("name") for i in range(len(window.model.table))]
    assert "Kaos Linen 3" in names


def test_no_doubled_full_stops_in_any_text() -> None:
    doubled = re.compile(r"(?<!\.)(…\.|[^.]\.\.)(?!\.)")
    found = []
    for ts in TRANSLATIONS.glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            texts = [message.findtext("source") or ""]
            texts += [t.text or "" for t in message.iter("translation")]
            texts += [t.text or "" for t in message.iter("numerusform")]
            found += [(ts.name, t) for t in texts if doubled.search(t)]
    assert found == []
