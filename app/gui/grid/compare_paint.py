"""How the grid paints a comparison with the store: a changed cell in a third colour (blue,
apart from the red of errors and the amber of warnings), a conflict in a deeper blue with a
warning mark, and the tooltip ``store: Rp 79.000 → sheet: Rp 75.000`` — money as Rupiah,
categories and brands by name, warehouses by name.

The mark (a blue dot, or the warning sign for a conflict) is the cell's decoration, so it stays
visible when the cell is selected and the selection colour covers the background. Brushes and
icons are made once; every function here is O(1) per cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from app.catalog.fields import Field, Kind
from app.catalog.messages import Lang
from app.catalog.table import ProductRow
from app.gui.grid.compare_marks import CompareMarks
from app.gui.grid.reference_names import NAMED_KEYS, NameBook
from app.sync.plan import MISSING, Action, Change, Winner
from app.sync.shown import shown

translate = QCoreApplication.translate

CHANGE_COLOR = QColor("#c4dcff")  # blue: the sheet would change this on the store
CONFLICT_COLOR = QColor("#8fb4f0")  # deeper blue (+ a warning mark): both sides changed it
CREATE_COLOR = QColor("#dce9fc")  # the status cell of a row that would be created
MARK_COLOR = QColor("#1f5fa8")
CHANGE_BRUSH = QBrush(CHANGE_COLOR)
CONFLICT_BRUSH = QBrush(CONFLICT_COLOR)
CREATE_BRUSH = QBrush(CREATE_COLOR)
#: [ours] longest text of one value in a tooltip
MAX_VALUE_CHARS = 60

_icons: dict[str, QIcon] = {}


def _dot() -> QIcon:
    """A small blue dot: the changed cell's mark."""
    if "dot" not in _icons:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("white"))
        painter.setBrush(MARK_COLOR)
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9))
        painter.end()
        _icons["dot"] = QIcon(pixmap)
    return _icons["dot"]


def _warning() -> QIcon:
    if "warning" not in _icons:
        style = QApplication.style()
        _icons["warning"] = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _icons["warning"]


# ---------------------------------------------------------------- cells


def cell_background(marks: CompareMarks, row: ProductRow, key: str) -> QBrush | None:
    change = marks.change(row, key)
    if change is None:
        return None
    return CONFLICT_BRUSH if change.conflict else CHANGE_BRUSH


def cell_decoration(marks: CompareMarks, row: ProductRow, key: str) -> QIcon | None:
    change = marks.change(row, key)
    if change is None:
        return None
    return _warning() if change.conflict else _dot()


def cell_tip(
    marks: CompareMarks, row: ProductRow, field: Field, names: NameBook, lang: Lang = "en"
) -> str | None:
    """``store: Rp 79.000 → sheet: Rp 75.000``; a conflict also says what was exported and who
    wins (or that the merchant must choose)."""
    change = marks.change(row, field.key)
    if change is None:
        return None
    store = value_text(field, change.store, names, lang)
    sheet = value_text(field, change.sheet, names, lang)
    tip = translate("Compare", "store: %1 → sheet: %2").replace("%1", store).replace("%2", sheet)
    if not change.conflict:
        return tip
    exported = value_text(field, change.exported, names, lang)
    lines = [
        translate(
            "Compare", "Conflict: the store changed this since the export (it was %1)"
        ).replace("%1", exported),
        tip,
        winner_text(marks.winner(row)),
    ]
    return "\n".join(lines)


def winner_text(winner: Winner | None) -> str:
    if winner is Winner.SHEET:
        return translate("Compare", "You chose: the sheet's value is sent.")
    if winner is Winner.STORE:
        return translate("Compare", "You chose: the store keeps its value.")
    return translate(
        "Compare", "Nothing is sent for this row until you choose: Store → Resolve conflicts…"
    )


# ---------------------------------------------------------------- the status cell


def status_background(marks: CompareMarks, row: ProductRow) -> QBrush | None:
    plan = marks.plan_of(row)
    if plan is None:
        return None
    if plan.action is Action.CREATE:
        return CREATE_BRUSH
    if plan.action is Action.CONFLICT:
        return CONFLICT_BRUSH if marks.winner(row) is None else CHANGE_BRUSH
    return CHANGE_BRUSH if plan.changes else None


def status_tip(marks: CompareMarks, row: ProductRow, labels: Mapping[str, str]) -> str | None:
    """What the comparison found for the row: new, which fields change, a conflict."""
    plan = marks.plan_of(row)
    if plan is None:
        return None
    fields = ", ".join(labels.get(c.field, c.field) for c in plan.changes)
    if plan.action is Action.CREATE:
        return translate("Compare", "Not on the store yet: it will be created.")
    if plan.action is Action.UPDATE:
        return translate("Compare", "Changes on the store: %1").replace("%1", fields)
    if plan.action is Action.UNCHANGED:
        return translate("Compare", "The same as on the store: nothing to send.")
    if plan.action is Action.CONFLICT:
        return "\n".join(
            (
                translate("Compare", "Conflict in: %1").replace("%1", fields),
                winner_text(marks.winner(row)),
            )
        )
    if plan.action is Action.DELETE:
        return translate("Compare", "To be deleted from the store (you will be asked first).")
    if plan.action is Action.SKIP:
        return translate("Compare", "Skipped: the action column says so.")
    return translate("Compare", "Not compared: the row has problems.")


# ---------------------------------------------------------------- values as the merchant reads


def value_text(field: Field, value: Any, names: NameBook, lang: Lang = "en") -> str:
    """A store-form value as text: ``Rp 79.000``, a category's or a warehouse's name, ``Ya``
    (everything but names as the dry run shows it: ``app.sync.shown``)."""
    if value is MISSING:
        return translate("Compare", "(not recorded)")
    if value is None or value == "" or value == []:
        return translate("Compare", "(empty)")
    if field.key in NAMED_KEYS:
        return names.name_of(field.key, value) or str(value)
    if field.kind is Kind.WAREHOUSES and isinstance(value, list):
        return ", ".join(_warehouse_stock(item, names) for item in value)
    if field.kind is Kind.URLS and isinstance(value, list):
        return _short(", ".join(_short_item(str(v)) for v in value))
    return _short(shown(field.key, value, lang))


def _warehouse_stock(item: Any, names: NameBook) -> str:
    if not isinstance(item, dict):
        return str(item)
    client_id = str(item.get("clientId", "?"))
    known = names.data.warehouses if names.data is not None else None
    name = next((w.name for w in known or () if w.client_id == client_id), client_id)
    return f"{name}: {item.get('stock', '?')}"


def _short_item(text: str) -> str:
    """A link by its last part (``…/kaos-merah.jpg``)."""
    if "://" in text and "/" in text.split("://", 1)[1]:
        return "…/" + text.rstrip("/").rsplit("/", 1)[-1]
    return text


def _short(text: str) -> str:
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def change_line(field: Field, change: Change, names: NameBook, lang: Lang) -> str:
    """``Price: Rp 79.000 → Rp 75.000`` (the conflict list and the confirmation use it)."""
    return (
        f"{field.label(lang)}: {value_text(field, change.store, names, lang)}"
        f" → {value_text(field, change.sheet, names, lang)}"
    )


def repaint_rows(model: QAbstractItemModel, touched: set[int]) -> None:
    """The rows whose marks changed are repainted (one rectangle) and filtered again
    (``marked``): a comparison is not an edit, so the autosave does not log those rows, and it
    changes no status or problem, so nothing is checked or counted again (at 50,000 rows that
    recount was a quarter of a second of the window's thread)."""
    if not touched:
        return
    last = model.columnCount() - 1
    model.dataChanged.emit(model.index(min(touched), 0), model.index(max(touched), last), [])
    marked = getattr(model, "marked", None)
    if marked is not None:
        marked.emit(touched)
