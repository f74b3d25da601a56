"""A child process for the crash test: the real window opens a workbook, the merchant's edit
is accepted through the grid's proxy (as a typed cell is), ``EDITED`` is printed, and the event
loop keeps running until the parent kills the process (``kill -9``)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.gui.window.main_window import MainWindow


def main(path: str, sku_text: str) -> None:
    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    loop = QEventLoop()
    window.opener.opened.connect(lambda _: loop.quit())

    def failed(text: str) -> None:
        print("FAILED", text, flush=True)
        loop.quit()

    window.opener.failed.connect(failed)
    window.open_path(path, ask_mapping=False)
    loop.exec()
    index = window.proxy.index(0, window.model.column_of("name"))
    if not window.proxy.setData(index, sku_text):
        print("REFUSED", flush=True)
        return
    print("EDITED", flush=True)
    timer = QTimer()
    timer.start(10)  # the loop keeps turning: autosave timers would fire here
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
