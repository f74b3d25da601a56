"""The window's rooms wired together: every widget re-reads its texts after a language switch
(the Retranslating mixin), and the grid's lock keeps the table as it is while results are
written (no edits, no added rows, no undo under the worker)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.gui.window.main_window import MainWindow
from app.gui.workbook.import_dialog import ImportAnswer, ImportDialog
from tests.gui.samples import write_workbook
from tests.gui.send_helpers import open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXTS: dict[str, Callable[[MainWindow], str]] = {
    "welcome page": lambda w: w.welcome.demo_button.text(),
    "filter bar": lambda w: w.filter_bar.buttons[w.proxy.mode.ALL].text(),
    "status bar": lambda w: w.status.counters_label.text(),
    "problems dock": lambda w: w.problems.windowTitle(),
    "send panel": lambda w: w.send_flow.panel.rejected.text(),
}


@pytest.mark.parametrize("part", sorted(TEXTS))
def test_every_part_of_the_window_reads_its_texts_again_in_another_language(
    window: MainWindow, qtbot: Any, part: str
) -> None:
    text = TEXTS[part]
    english = text(window)
    window.set_language("id")
    qtbot.waitUntil(lambda: text(window) != english, timeout=5_000)
    indonesian = text(window)
    window.set_language("en")
    qtbot.waitUntil(lambda: text(window) == english, timeout=5_000)
    assert indonesian and indonesian != english


def test_while_results_are_written_the_edit_commands_are_off(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    open_in(window, qtbot, write_workbook(tmp_path / "produk.xlsx"))
    acts = window.acts
    window.editing.add_row()  # something to undo
    assert acts.undo.isEnabled() and acts.add_row.isEnabled()
    window.save_results()
    assert window.saver.saving and window.model.read_only
    for action in (acts.undo, acts.paste, acts.fill_down, acts.add_row, acts.remove_rows):
        assert not action.isEnabled(), action.text()
    qtbot.waitUntil(lambda: not window.saver.saving, timeout=20_000)
    assert not window.model.read_only
    assert acts.undo.isEnabled() and acts.add_row.isEnabled() and acts.paste.isEnabled()


def drop(window: MainWindow, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(window.rect().center())
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted() == path.suffix.endswith(("xlsx", "csv"))
    dropped = QDropEvent(where, actions, mime, buttons, keys)
    QApplication.sendEvent(window, dropped)
    return dropped


def test_a_workbook_dropped_on_the_window_opens_and_other_files_are_refused(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []

    def ask(_: Any, __: Any, ___: Any, header_row: int, colmap: Any, **___kw: Any) -> Any:
        asked.append(header_row)  # a dropped workbook shows the import dialog: answer OK
        return ImportAnswer(header_row, colmap)

    monkeypatch.setattr(ImportDialog, "ask", classmethod(ask))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a workbook")
    assert not drop(window, notes).isAccepted()
    assert not window.runner.busy and window.loaded is None
    book = write_workbook(tmp_path / "produk.xlsx")
    with qtbot.waitSignal(window.opener.opened, timeout=20_000):
        assert drop(window, book).isAccepted()
    assert window.loaded is not None and window.loaded.path == book.resolve()
    assert len(asked) == 1
