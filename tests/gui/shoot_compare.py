"""Test-only: screenshots of the compare view against the demo store — the demo workbook
uploaded, the store's products downloaded into a new workbook and opened, a few cells edited
(prices, a name, a stock the store changed too: a conflict), a new row, then Store → Compare
with store — in English and Indonesian. Run under Xvfb:

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m tests.gui.shoot_compare docs/screenshots
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from app.catalog.fields import EXTERNAL_ID_FIELD, PRODUCT_ID_FIELD
from app.catalog.table import ProductRow
from app.gui.sending.dialogs import UploadConfirmDialog
from app.gui.window import launch
from app.gui.window.sync_download import ProductDownload


def wait(condition: Any, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(lang: str, out: Path, folder: Path) -> Path:
    window, demo = launch.start(launch.parse_args(["--demo", "--lang", lang]))
    assert demo is not None
    wait(lambda: window.loaded is not None)
    wait(lambda: window.category_list.data is not None and not window.category_list.runner.busy)
    window.acts.upload_ready.trigger()
    wait(lambda: not window.send_flow.busy and not window.send_flow.runs)
    target = folder / f"toko-demo-{lang}.xlsx"
    ProductDownload.ask_path = lambda self, store: target  # type: ignore[method-assign]
    before = window.loaded
    window.acts.download_products.trigger()
    wait(lambda: window.loaded is not before and not window.runner.busy)
    model, rows = window.model, window.model.table.rows
    # the store changes a price after the download, and the sheet changes it too: a conflict
    stored = demo.running.state.by_id(rows[2].cells.get(PRODUCT_ID_FIELD.key) or "")
    assert stored is not None
    stored.payload["price"] = int(stored.payload["price"]) + 10_000
    model.edit([(2, "price", "Rp 139.000")], "price")
    model.edit([(0, "price", "Rp 79.500"), (5, "price", "Rp 115.000")], "prices")
    model.edit([(4, "name", f"{rows[4].cells.get('name')} (baru)")], "name")
    cells = copy.deepcopy(rows[1].cells)
    for key in (PRODUCT_ID_FIELD.key, EXTERNAL_ID_FIELD.key):
        cells.pop(key, None)
    cells.update(sku="TK-BARU-1", name="Kaos Polos Hitam XL")
    model.insert_rows(len(rows), [ProductRow(None, cells)])
    window.sync_menu.compare()
    wait(lambda: bool(model.compare) and not window.runner.busy)
    window.resize(1280, 760)
    window.grid.clearSelection()
    window.status.flush()
    wait(lambda: False, 0.8)
    path = out / f"compare-{lang}.png"
    window.grab().save(str(path))
    window.close()
    demo.stop()
    return path


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    out.mkdir(parents=True, exist_ok=True)
    UploadConfirmDialog.ask = classmethod(lambda cls, parent, q: True)  # type: ignore[assignment,method-assign]
    with tempfile.TemporaryDirectory() as folder:
        for lang in sys.argv[2:] or ("en", "id"):
            print(shoot(lang, out, Path(folder)))
    return 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
    sys.stdout.flush()
    os._exit(code)  # see tests/gui/shoot_picker.py: PySide6 6.12's None count at clean-up
