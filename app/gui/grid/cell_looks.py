"""How a grid cell looks when it is painted: its paint record poured into Qt's style option.

``QStyledItemDelegate.initStyleOption`` asks the model seven questions per painted cell (font,
alignment, text colour, check mark, decoration, text, background) — seven calls from Qt into
Python, each through the proxy. Here the delegate answers them itself from the cell's paint
record (``ProductModel.paint_record``: the same seven values, worked out together) with one
call per cell, and fills the option exactly as Qt's own ``initStyleOption`` does with those
values (Qt 6's ``qstyleditemdelegate.cpp``), so Qt's style paints the same picture, pixel for
pixel (a test grabs both). The fonts with their metrics, the alignments, the features and the
thumbnails' icons are made once and kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from app.gui.grid.model import PaintRecord

Index = QModelIndex | QPersistentModelIndex
#: a cell's paint record by its (view) index; None when the index is not one of the grid's
RecordOf = Callable[[Index], PaintRecord | None]

_FEATURE = QStyleOptionViewItem.ViewItemFeature
_CHECK, _DECORATION, _DISPLAY = 1, 2, 4  # which features a record adds (bits of our own)
_ADDED = {
    _CHECK: _FEATURE.HasCheckIndicator,
    _DECORATION: _FEATURE.HasDecoration,
    _DISPLAY: _FEATURE.HasDisplay,
}
_NO_BRUSH = QBrush()  # what Qt's qvariant_cast<QBrush> gives for no background
_TEXT = QPalette.ColorRole.Text
_ENABLED = QStyle.StateFlag.State_Enabled
_SELECTED = QStyle.StateFlag.State_Selected
_OPEN = QStyle.StateFlag.State_Open
#: [ours] thumbnails' icons kept at most (the photo check's pictures; then made afresh)
MAX_ICONS = 2048


class CellLooks:
    """``fill(option, index)``: what ``initStyleOption`` puts in the option, from the cell's
    paint record; False when there is no record (the caller asks Qt's own way)."""

    def __init__(self, record_of: RecordOf) -> None:
        self.record_of = record_of
        self._features: dict[tuple[Any, int], Any] = {}  # (the view's features, ours) → both
        #: (the record's font, the view's, the two resolved, its metrics), the last first
        self._fonts: list[tuple[QFont, QFont, QFont, QFontMetrics]] = []
        #: (the view's palette, a text colour, its colour group, the palette painted with it)
        self._palettes: list[tuple[QPalette, QBrush, QPalette.ColorGroup, QPalette]] = []
        self._alignments: dict[int, Qt.AlignmentFlag] = {}
        self._icons: dict[int, tuple[QImage, QIcon]] = {}  # by id(image), the image kept

    def fill(self, option: QStyleOptionViewItem, index: Index) -> bool:
        record = self.record_of(index)
        if record is None:
            return False
        font, alignment, foreground, check, decoration, display, background = record
        if decoration is not None and not isinstance(decoration, QIcon | QImage):
            return False  # a colour or a pixmap: not in our records, Qt's own way paints it
        if display is not None and not isinstance(display, str):
            return False  # numbers are formatted by Qt's locale: its own way
        option.index = index  # type: ignore[assignment]
        added = 0
        if font is not None:
            option.font, option.fontMetrics = self._font(font, option.font)
        if alignment is not None:
            flag = self._alignments.get(alignment)
            if flag is None:
                flag = self._alignments[alignment] = Qt.AlignmentFlag(alignment)
            option.displayAlignment = flag
        if foreground is not None:
            option.palette = self._palette(option.palette, foreground)
        if check is not None:
            added |= _CHECK
            option.checkState = check
        if decoration is not None:
            added |= _DECORATION
            self._decorate(option, decoration)
        if display is not None:
            added |= _DISPLAY
            option.text = display.replace("\n", "\u2028")  # Qt's displayText of a string
        if added:
            features = option.features
            both = self._features.get((features, added))
            if both is None:
                both = features
                for bit, feature in _ADDED.items():
                    if added & bit:
                        both |= feature
                self._features[(features, added)] = both
            option.features = both
        option.backgroundBrush = background if background is not None else _NO_BRUSH
        option.styleObject = None  # type: ignore[assignment]  # as Qt: no style animations
        return True

    def _palette(self, palette: QPalette, foreground: QBrush) -> QPalette:
        """Qt's ``palette.setBrush(QPalette.Text, foreground)``, made once per palette and
        brush: PySide6 6.12 loses a reference to ``None`` on every ``QPalette.setBrush``
        called from Python (CPython 3.11 then frees ``None`` itself and aborts, at the latest
        when the interpreter exits), so it is called only when a new pair comes."""
        group = palette.currentColorGroup()
        for known in self._palettes:
            if known[1] is foreground and known[2] == group and known[0] == palette:
                return known[3]
        painted = QPalette(palette)
        painted.setBrush(_TEXT, foreground)
        self._palettes.insert(0, (QPalette(palette), foreground, group, painted))
        del self._palettes[16:]  # [ours] a few pairs: the grid has a dozen text colours
        return painted

    def _font(self, font: QFont, base: QFont) -> tuple[QFont, QFontMetrics]:
        """Qt's ``font.resolve(option.font)`` and its metrics, made once per pair of fonts."""
        mask = base.resolveMask()
        for known in self._fonts:
            if known[0] is font and known[1] == base and known[1].resolveMask() == mask:
                return known[2], known[3]
        resolved = font.resolve(base)
        self._fonts.insert(0, (font, QFont(base), resolved, QFontMetrics(resolved)))
        del self._fonts[8:]  # [ours] a few pairs: the grid has two fonts of its own
        return resolved, self._fonts[0][3]

    def _decorate(self, option: QStyleOptionViewItem, decoration: QIcon | QImage) -> None:
        if isinstance(decoration, QImage):
            known = self._icons.get(id(decoration))
            if known is None or known[0] is not decoration:
                if len(self._icons) >= MAX_ICONS:
                    self._icons.clear()
                known = (decoration, QIcon(QPixmap.fromImage(decoration)))
                self._icons[id(decoration)] = known
            option.icon = known[1]
            option.decorationSize = decoration.deviceIndependentSize().toSize()
            return
        option.icon = decoration
        state = option.state
        if not state & _ENABLED:
            mode = QIcon.Mode.Disabled
        elif state & _SELECTED:
            mode = QIcon.Mode.Selected
        else:
            mode = QIcon.Mode.Normal
        on = QIcon.State.On if state & _OPEN else QIcon.State.Off
        wanted = option.decorationSize
        actual = decoration.actualSize(wanted, mode, on)
        option.decorationSize = QSize(
            min(wanted.width(), actual.width()), min(wanted.height(), actual.height())
        )
