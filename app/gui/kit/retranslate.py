"""Widgets that re-read their texts after a language switch.

Installing a translator makes Qt send ``LanguageChange`` to every widget. A widget that mixes
in :class:`Retranslating` (before its Qt class: ``class Panel(Retranslating, QFrame)``) has its
``retranslate()`` called then; it calls it once itself after building its parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object  # a plain mixin at run time: the Qt class comes after it


class Retranslating(_Widget):
    def retranslate(self) -> None:
        """Set every visible text again with ``self.tr()``."""
        raise NotImplementedError

    def language_changed(self) -> None:
        """What a language switch redoes: the texts (a widget may repaint more)."""
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed()
        super().changeEvent(event)
