"""Autosave: every accepted change is on disk before the next event is handled, and the
working session is written a moment later, and on close.

Edits arrive by the model's ``changed`` signal (rows touched) and its row insert/remove
signals. Each goes at once into the session's append-only edit log (fsynced, in the slot that
hears of it: a crash right after loses nothing); a short single-shot timer gathers bursts into
one write of the whole session, which compacts the log. The files are small (only the rows
that differ from the workbook), so writing on the GUI thread costs little.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.catalog.table import ProductRow
from app.gui.grid.model import ProductModel
from app.sheets.session import SessionMeta, SessionStore, row_json, snapshot

DELAY_MS = 300


class Autosave(QObject):
    saved = Signal(str)  # the session file
    failed = Signal(str)  # why it could not be written

    def __init__(self, store: SessionStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store or SessionStore()
        self.meta: SessionMeta | None = None
        self.model: ProductModel | None = None
        self._changed: dict[int, ProductRow] = {}
        self._structure = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def attach(
        self,
        model: ProductModel,
        meta: SessionMeta,
        changed: list[ProductRow] | None = None,
        structure: bool = False,
    ) -> None:
        """Watch ``model`` for the workbook ``meta``; ``changed`` rows came from a restore."""
        self.detach()
        self.model, self.meta = model, meta
        self._changed = {id(r): r for r in changed or []}
        self._structure = structure
        model.changed.connect(self._on_changed)
        model.rowsInserted.connect(self._on_structure)
        model.rowsRemoved.connect(self._on_structure)
        if self._changed or structure:
            self._timer.start()

    def detach(self) -> None:
        if self.model is not None:
            if self._timer.isActive():
                self.flush()
            for signal, slot in (
                (self.model.changed, self._on_changed),
                (self.model.rowsInserted, self._on_structure),
                (self.model.rowsRemoved, self._on_structure),
            ):
                signal.disconnect(slot)
        self.model = self.meta = None
        self._changed, self._structure = {}, False

    def _on_changed(self, touched: set[int]) -> None:
        if self.model is None or not touched:
            return
        rows = self.model.table.rows
        logged: dict[str, object] = {}
        for i in touched:
            if 0 <= i < len(rows):
                self._changed[id(rows[i])] = rows[i]
                logged[str(i)] = row_json(rows[i])
        if logged:
            self._log({"rows": logged})
        self._timer.start()

    def _on_structure(self, *_: object) -> None:
        self._structure = True
        if self.model is not None and self.meta is not None:
            self._log({"full": snapshot(self.meta, self.model.table, self._changed.values(), True)})
        self._timer.start()

    def _log(self, entry: dict[str, object]) -> None:
        """On disk before this returns: the edit log beside the session."""
        if self.model is None or self.meta is None:
            return
        meta, table = self.meta, self.model.table
        try:
            self.store.append(meta.key, lambda: snapshot(meta, table, (), False), entry)
        except OSError as error:
            self.failed.emit(str(error))

    def flush(self, *, closed: bool = False) -> bool:
        """Write now if anything changed; True when a file was written."""
        self._timer.stop()
        if self.model is None or self.meta is None:
            return False
        if not self._changed and not self._structure and not closed:
            return False
        if not self._changed and not self._structure:
            data = self.store.load(self.meta.key)
            if data is None:
                return False
        data = snapshot(
            self.meta, self.model.table, self._changed.values(), self._structure, closed=closed
        )
        try:
            path = self.store.save(self.meta.key, data)
        except OSError as error:
            self.failed.emit(str(error))
            return False
        self.saved.emit(str(path))
        return True

    def close(self) -> None:
        """The window closes cleanly: write the last state and mark it so."""
        self.flush(closed=True)
        self.detach()
