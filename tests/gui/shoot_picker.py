"""Test-only: screenshots of the category picker and the brand list over the sandbox's tree,
in English and Indonesian, for looking at (cut-off texts, layout). Run under Xvfb:

    xvfb-run -a .venv/bin/python -m tests.gui.shoot_picker OUT_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.catalog.store_data import Entry, ReferenceTree
from app.gui.grid.brand_picker import BrandPicker
from app.gui.grid.category_picker import CategoryPicker
from app.gui.kit.i18n import Translations
from app.sandbox.reference_tree import sandbox_tree


def sandbox_reference() -> tuple[ReferenceTree, list[Entry]]:
    served = sandbox_tree()
    raw = {
        "categories": served.categories,
        "subCategories": served.sub_categories,
        "types": served.types,
    }
    return ReferenceTree.from_raw(raw), [Entry.from_raw(b) for b in served.brands]


def shoot(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(20):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    out.mkdir(parents=True, exist_ok=True)
    tree, brands = sandbox_reference()
    translations = Translations(app)
    for lang in ("en", "id"):
        translations.switch(lang)
        browse = CategoryPicker(tree)
        shoot(browse, out / f"picker-browse-{lang}.png")
        picker = CategoryPicker(tree)
        picker.show()
        QTest.keyClicks(picker.search, "kaos ob")
        shoot(picker, out / f"picker-kaos-ob-{lang}.png")
        many = CategoryPicker(tree)
        many.show()
        QTest.keyClicks(many.search, "sepatu")
        QTest.keyClick(many.search, Qt.Key.Key_Down)
        shoot(many, out / f"picker-sepatu-{lang}.png")
        brand = BrandPicker(brands)
        brand.show()
        QTest.keyClicks(brand.line, "ei")
        shoot(brand, out / f"brands-{lang}.png")
    return 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
    sys.stdout.flush()
    # PySide6 6.12.0 on Python 3.11 drops one reference of None too many on calls that return
    # nothing (QLabel.setText, QStandardItem.setData: seen with sys.getrefcount), and the
    # interpreter's own clean-up then aborts ("none_dealloc"); the screenshots are saved.
    os._exit(code)
