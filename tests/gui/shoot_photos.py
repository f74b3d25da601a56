"""Test-only: screenshots of the grid with photo thumbnails, a bad photo's red cell and its
tooltip (every picture of the cell and the reason), in English and Indonesian. A local photo
server serves the pictures. Run under Xvfb:

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python -m tests.gui.shoot_photos docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolTip


def wait(condition: object, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.02)


def main(out: Path) -> int:
    home = Path(tempfile.mkdtemp())
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(home / var.lower())
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    from app.gui.window.main_window import MainWindow
    from app.gui.window.photo_checker import in_child_process
    from app.gui.window.settings import WindowSettings
    from tests.cli.workbooks import product_workbook
    from tests.photos.photo_server import PhotoServer

    server = PhotoServer()
    u = server.url
    links = {
        0: f"{u('/pic/kaos-biru.jpg?w=900&h=900')}; {u('/pic/kaos-biru-2.jpg?w=900&h=900')}",
        1: u("/pic/kemeja.png?w=800&h=800"),
        2: f"{u('/pic/celana.jpg?w=1000&h=800')}; {u('/missing')}",
        3: "https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing",
        4: u("/pic/topi.webp?w=300&h=300"),
        5: u("/pic/jaket.jpg?w=1200&h=900"),
        6: u("/page.jpg"),
        7: u("/pic/sepatu.jpg?w=800&h=800"),
    }
    out.mkdir(parents=True, exist_ok=True)
    book = product_workbook(
        home / "produk foto.xlsx",
        8,
        bad={k: ("Foto 1", v) for k, v in links.items()},
        notes_sheet=False,
    )
    for lang in sys.argv[2:] or ("en", "id"):
        settings = WindowSettings()
        settings.check_photos = True
        window = MainWindow(settings=settings)
        window.photo_checks.check_run = in_child_process(home / "photos")
        window.set_language(lang)
        window.move(0, 0)
        window.resize(1280, 800)
        window.show()
        window.open_path(book, ask_mapping=False)
        wait(lambda w=window: w.loaded is not None)
        wait(lambda w=window: len(w.model.table.photo_checks) >= 10)
        wait(lambda: False, 0.8)
        window.problems.refresh()
        window.status.flush()
        column = window.model.column_of("photos")
        window.grid.setCurrentIndex(window.proxy.index(0, 0))
        window.grid.clearSelection()
        bar = window.grid.horizontalScrollBar()
        bar.setValue(bar.maximum())
        wait(lambda: False, 0.3)
        index = window.proxy.index(2, column)
        rect = window.grid.visualRect(index)
        tip = str(index.data(3) or "")  # ToolTipRole
        at = window.grid.viewport().mapToGlobal(QPoint(rect.center().x(), rect.bottom()))
        QToolTip.showText(at, tip, window.grid.viewport())
        wait(lambda: False, 0.8)
        screen = QGuiApplication.primaryScreen()
        path = out / f"photos-{lang}.png"
        screen.grabWindow(0).save(str(path))
        print(path)
        QToolTip.hideText()
        window.close()
    server.close()
    return 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
    sys.stdout.flush()
    os._exit(code)  # see tests/gui/shoot_picker.py: PySide6 6.12's None count at clean-up
