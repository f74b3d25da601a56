"""Test-only: screenshots of the demo window once the demo store's category list is applied —
names in the category cells, a misspelt type in red, the Problems list's "Use …" fix — in
English and Indonesian. Run under Xvfb:

    xvfb-run -a .venv/bin/python -m tests.gui.shoot_grid OUT_DIR
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.gui.window import launch


def wait(condition: object, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.02)


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    out.mkdir(parents=True, exist_ok=True)
    for lang in sys.argv[2:] or ("en", "id"):
        window, demo = launch.start(launch.parse_args(["--demo", "--lang", lang]))
        lists = window.category_list
        wait(lambda w=window: w.loaded is not None)
        wait(lambda c=lists: c.data is not None and not c.runner.busy)
        window.resize(1400, 820)
        window.problems.refresh()
        window.status.flush()
        row = next(i for i, r in enumerate(window.model.table.rows) if r.sku == "TK-0009")
        window.grid.select_cell(row, window.model.column_of("typeId"))
        problems = window.problems.model
        fix = next(n for n, (r, issue) in enumerate(problems.problems) if issue.field == "typeId")
        window.problems.view.selectRow(fix)
        window.problems.view.scrollTo(problems.index(fix, 0))
        wait(lambda: False, 0.5)
        path = out / f"grid-categories-{lang}.png"
        window.grab().save(str(path))
        print(path)
        window.close()
        if demo is not None:
            demo.stop()
    return 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
    sys.stdout.flush()
    os._exit(code)  # see tests/gui/shoot_picker.py: PySide6 6.12's None count at clean-up
