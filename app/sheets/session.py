"""The working session on disk: what the merchant changed since opening a workbook. No Qt here.

A session file holds the workbook path, sheet, header row and column map, plus every row that
differs from the workbook (edited cells, rows added in the app, the store's answers: status,
problems, product / batch / request ids). Restoring re-reads the workbook and lays those rows
over it, so the file stays small on a 50,000-row sheet. Files live in the user data dir, one
per workbook path + sheet, and are written atomically (temporary file, fsync, ``os.replace``).

Between two writes of the session, every accepted edit goes at once into an append-only edit
log beside it (``<key>.log``, one JSON line per edit, fsynced before the call returns): a crash
loses nothing. The log's first line names the workbook (the session without rows); then each
line holds the rows an edit touched, by position (``{"rows": ...}``), or after rows were added
or removed the whole session (``{"full": ...}``). Reading a session lays the log over the last
written file (``load``); writing the session compacts the log away (``save``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from app.catalog.issues import Issue, Level, Origin
from app.catalog.parsing import CellError, UncachedFormula
from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable
from app.giving_way import give_way
from app.private_files import private_file, private_folder, write_private_text
from app.sheets.mapping import ColumnMap, match_columns

VERSION = 1


def sessions_dir() -> Path:
    return Path(user_data_dir("toco-uploader", appauthor=False)) / "sessions"


@dataclass(slots=True)
class SessionMeta:
    path: str  # the workbook, absolute
    sheet: str
    header_row: int
    bindings: list[tuple[int, str | None, str | None]] = field(default_factory=list)
    purpose: str = "upload"
    include_hidden: bool = False  # the merchant chose to send the rows hidden in the workbook

    @property
    def key(self) -> str:
        text = f"{Path(self.path).resolve()}\x1f{self.sheet}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


# ---------------------------------------------------------------- values to JSON and back


#: values ``encode`` gives back as they are, looked up by their very type (most cells: a
#: 10,000-row session's 250,000 calls of ``encode`` were two thirds of making its JSON)
_AS_THEY_ARE = frozenset({str, int, bool, type(None)})


def encode(value: Any) -> Any:
    kind = type(value)
    if kind in _AS_THEY_ARE:  # most cells: by their very type, first
        return value
    if kind is float:
        return value if value - value == 0.0 else {"$float": repr(value)}  # not NaN nor ±inf
    if kind is dict:
        return {"$parts": {str(k): encode(v) for k, v in value.items()}}
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else {"$float": repr(value)}
    if isinstance(value, UncachedFormula):
        return {"$formula": value.code}
    if isinstance(value, CellError):
        return {"$error": value.code}
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$timedelta": value.total_seconds()}
    if isinstance(value, Mapping):
        return {"$parts": {str(k): encode(v) for k, v in value.items()}}
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    return str(value)


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    tag, inner = next(iter(value.items())) if len(value) == 1 else ("", {})
    decoders: dict[str, Any] = {
        "$float": float,
        "$error": CellError,
        "$formula": UncachedFormula,
        "$datetime": dt.datetime.fromisoformat,
        "$date": dt.date.fromisoformat,
        "$time": dt.time.fromisoformat,
        "$timedelta": lambda s: dt.timedelta(seconds=s),
    }
    if tag == "$parts":
        return {k: decode(v) for k, v in inner.items()}
    if tag in decoders:
        return decoders[tag](inner)
    return {k: decode(v) for k, v in value.items()}


def _issue_json(issue: Issue) -> dict[str, Any]:
    return {
        "field": issue.field,
        "key": issue.key,
        "level": issue.level.value,
        "params": {k: encode(v) for k, v in issue.params.items()},
        "code": issue.code,
        "origin": issue.origin.value,
        "server_message": issue.server_message,
        "server_hint": issue.server_hint,
    }


def _issue(data: dict[str, Any]) -> Issue:
    return Issue(
        data["field"],
        data["key"],
        Level(data["level"]),
        {k: decode(v) for k, v in data.get("params", {}).items()},
        data.get("code"),
        Origin(data.get("origin", "store")),
        data.get("server_message"),
        data.get("server_hint"),
    )


#: What ``row_json`` reads of a row, copied (``row_state``): sheet row, cells (a copy: an edit
#: replaces a cell's value, never changes it in place), status, the store's issues, the product,
#: batch and request ids, edited since sent, External ID generated, hidden.
RowState = tuple[
    int | None, dict[str, Any], Status, tuple[Issue, ...], str | None, str | None, str | None,
    bool, bool, bool,
]  # fmt: skip


def row_state(row: ProductRow) -> RowState:
    """The row as the session keeps it, copied on the table's thread: ``state_json`` of it
    can then be made in any thread while the row itself changes on."""
    return (
        row.sheet_row, dict(row.cells), row.status, tuple(row.store_issues), row.product_id,
        row.batch_id, row.request_id, row.edited_since_sent, row.external_id_generated,
        row.hidden,
    )  # fmt: skip


def state_json(state: RowState) -> dict[str, Any]:
    give_way()  # a row at a time: the window's thread first
    return {"sheet_row": state[0], "cells": _cells_json(state[1].items()), **_answers_json(state)}


def _cells_json(cells: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """``encode`` of each cell, the plain ones taken as they are without the call."""
    plain = _AS_THEY_ARE
    return {k: v if type(v) in plain else encode(v) for k, v in cells}


def _answers_json(state: RowState) -> dict[str, Any]:
    """The row's status and what the store said of it (all of ``state_json`` but the sheet row
    and the cells)."""
    _, _, status, issues, product_id, batch_id, request_id, edited, made, hidden = state
    return {
        "status": status.value,
        "store_issues": [_issue_json(i) for i in issues],
        "product_id": product_id,
        "batch_id": batch_id,
        "request_id": request_id,
        "edited_since_sent": edited,
        "external_id_generated": made,
        "hidden": hidden,
    }


_NOT_THERE = object()


def change_json(state: RowState, held: Mapping[str, Any]) -> dict[str, Any]:
    """What the edit log's ``changes`` hold for a row whose cells the session holds as
    ``held``: ``state_json`` without the sheet row and the cells, and of the cells only those
    that are not the very values held (``set``) and those gone (``unset``). An edit replaces a
    cell's value, never changes it in place, so a cell that is the same object is the same
    value; a store's answer or a status changes no cell at all (the cells were nine tenths of
    encoding a row)."""
    give_way()  # a row at a time: the window's thread first
    cells = state[1]
    change = _answers_json(state)
    put = _cells_json((k, v) for k, v in cells.items() if held.get(k, _NOT_THERE) is not v)
    if put:
        change["set"] = put
    gone = [k for k in held if k not in cells]
    if gone:
        change["unset"] = gone
    return change


def row_json(row: ProductRow) -> dict[str, Any]:
    return state_json(row_state(row))


def row_from_json(data: dict[str, Any]) -> ProductRow:
    return ProductRow(
        data.get("sheet_row"),
        {k: decode(v) for k, v in data["cells"].items()},
        store_issues=[_issue(i) for i in data.get("store_issues", [])],
        status=Status(data.get("status", "ready")),
        external_id_generated=bool(data.get("external_id_generated")),
        product_id=data.get("product_id"),
        batch_id=data.get("batch_id"),
        request_id=data.get("request_id"),
        edited_since_sent=bool(data.get("edited_since_sent")),
        hidden=bool(data.get("hidden")),
    )


# ---------------------------------------------------------------- snapshot and restore


@dataclass(frozen=True, slots=True)
class Capture:
    """A snapshot's content, copied on the table's thread (``capture``); its JSON (``data``)
    can be made in any thread."""

    meta: SessionMeta
    bindings: list[list[Any]]
    order: list[int | None] | None
    rows: list[tuple[int, RowState]]
    saved_at: float
    closed: bool

    def data(self) -> dict[str, Any]:
        meta = self.meta
        return {
            "version": VERSION,
            "saved_at": self.saved_at,
            "closed": self.closed,
            "workbook": meta.path,
            "sheet": meta.sheet,
            "header_row": meta.header_row,
            "bindings": self.bindings,
            "purpose": meta.purpose,
            "include_hidden": meta.include_hidden,
            "order": self.order,
            "rows": {str(i): state_json(state) for i, state in self.rows},
        }


def capture(
    meta: SessionMeta,
    table: ProductTable,
    changed: Iterable[ProductRow],
    structure_changed: bool,
    *,
    closed: bool = False,
    copied: Mapping[int, tuple[ProductRow, RowState]] | None = None,
) -> Capture:
    """What ``snapshot`` would write, copied now: the changed rows and the rows added in the
    app, the rows' order when rows were added or removed. ``copied``: states already copied
    (row id → the row and its ``row_state``, made when the row was announced): such a row is
    not copied again."""
    wanted = {id(r) for r in changed}
    if copied:
        rows = []
        for i, r in enumerate(table.rows):
            held = copied.get(id(r))
            if held is not None and held[0] is r:
                rows.append((i, held[1]))
            elif id(r) in wanted or r.sheet_row is None:
                rows.append((i, row_state(r)))
    else:
        rows = [
            (i, row_state(r))
            for i, r in enumerate(table.rows)
            if id(r) in wanted or r.sheet_row is None
        ]
    kept = SessionMeta(
        meta.path, meta.sheet, meta.header_row, [], meta.purpose, meta.include_hidden
    )
    return Capture(
        kept,
        [list(b) for b in meta.bindings],
        [r.sheet_row for r in table.rows] if structure_changed else None,
        rows,
        time.time(),
        closed,
    )


def snapshot(
    meta: SessionMeta,
    table: ProductTable,
    changed: Iterable[ProductRow],
    structure_changed: bool,
    *,
    closed: bool = False,
) -> dict[str, Any]:
    return capture(meta, table, changed, structure_changed, closed=closed).data()


def restore(fresh: ProductTable, data: dict[str, Any]) -> ProductTable:
    """The freshly read table with the session's rows laid over it."""
    stored = {int(pos): row_from_json(state) for pos, state in data.get("rows", {}).items()}
    by_sheet_row: dict[int | None, ProductRow] = {r.sheet_row: r for r in fresh.rows}
    order = data.get("order")
    rows: list[ProductRow] = []
    if order is not None:
        for pos, sheet_row in enumerate(order):
            row = stored.get(pos) or by_sheet_row.get(sheet_row)
            if row is not None:
                rows.append(row)
    else:
        replaced: dict[int | None, ProductRow] = {
            r.sheet_row: r for r in stored.values() if r.sheet_row is not None
        }
        rows = [replaced.get(r.sheet_row, r) for r in fresh.rows]
    return ProductTable(
        rows, purpose=fresh.purpose, store_id=fresh.store_id, store_data=fresh.store_data
    )


def colmap_from(headers: list[str], bindings: list[Any]) -> ColumnMap:
    """The column map a session kept: its bindings over a fresh match of the headers."""
    colmap = match_columns(headers)
    chosen = {int(b[0]): (b[1], b[2]) for b in bindings}
    for b in list(colmap.bindings):
        if b.index not in chosen and b.field is not None:
            colmap.override(b.index, None)
    for index, (key, part) in chosen.items():
        if key is not None and index < len(colmap.bindings):
            colmap.override(index, key, part)
    return colmap


def edited_count(data: dict[str, Any]) -> int:
    return len(data.get("rows", {}))


# ---------------------------------------------------------------- the files

#: [ours] a dict or list with more entries than this is encoded an entry at a time
PIECE_ENTRIES = 64
_json_text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _encode(value: Any) -> str:
    """One piece's text: orjson's (several times faster than json's encoder, and shorter in
    the interpreter lock) when it reads back as the very same value; otherwise — a NaN or an
    infinity (orjson writes null), a tuple, a key that is not text, a whole number beyond 64
    bits, a lone surrogate — json's own. Either reads back as ``json.dumps``'s text does."""
    import orjson  # not needed to show the window (the first session is written later)

    give_way()  # a piece (a row) at a time: the window's thread first
    try:
        text = orjson.dumps(value)
        if orjson.loads(text) == value:
            return text.decode("utf-8")
    except orjson.JSONEncodeError:
        pass
    return _json_text(value)


def compact_json(value: Any, depth: int = 3) -> str:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``, the very same text,
    made a piece at a time: one call of the C encoder holds the interpreter lock from start to
    end (a 10,000-row session: 40–100 ms in one piece, while the window's paint waits for the
    lock between its cells). A dict or list of more than ``PIECE_ENTRIES`` entries holding
    dicts or lists (the session's rows) is joined from its entries' texts, each made in one
    call; a smaller one is looked into ``depth`` levels down for such a one."""
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and any(
            isinstance(v, dict | list | tuple) for v in value.values()
        ):
            if len(value) > PIECE_ENTRIES:
                return (
                    "{" + ",".join([f"{_encode(k)}:{_encode(v)}" for k, v in value.items()]) + "}"
                )
            if depth > 0:
                inner = [f"{_encode(k)}:{compact_json(v, depth - 1)}" for k, v in value.items()]
                return "{" + ",".join(inner) + "}"
    elif isinstance(value, list | tuple) and any(isinstance(v, dict | list | tuple) for v in value):
        if len(value) > PIECE_ENTRIES:
            return "[" + ",".join([_encode(v) for v in value]) + "]"
        if depth > 0:
            return "[" + ",".join([compact_json(v, depth - 1) for v in value]) + "]"
    return _encode(value)


class SessionStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or sessions_dir()

    def file_for(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def log_for(self, key: str) -> Path:
        return self.folder / f"{key}.log"

    def save(self, key: str, data: dict[str, Any]) -> Path:
        """Write the whole session; the edit log it now holds is compacted away."""
        target = self.file_for(key)
        write_private_text(target, compact_json(data))
        self.log_for(key).unlink(missing_ok=True)
        return target

    def append(self, key: str, header: Callable[[], dict[str, Any]], entry: dict[str, Any]) -> None:
        """One accepted edit into the edit log, on disk (fsynced) when this returns;
        ``header()`` (the session without rows) starts a new log. Raises OSError."""
        path = self.log_for(key)
        lines = []
        if not path.exists():
            private_folder(self.folder)
            meta = {"meta": header()}
            lines.append(compact_json(meta))
        entry = {"at": time.time(), **entry}
        lines.append(compact_json(entry))
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":  # a line a crash cut short:
                lines.insert(0, "")  # this entry on a line of its own, not glued to it
            os.write(fd, ("\n".join(lines) + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        if lines[0].startswith('{"meta"'):
            private_file(path)

    def load(self, key: str) -> dict[str, Any] | None:
        """The session as last written, with its edit log laid over it."""
        try:
            data = json.loads(self.file_for(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if not (isinstance(data, dict) and data.get("version") == VERSION):
            data = None
        return _replay(data, self.log_for(key))

    def discard(self, key: str) -> None:
        self.file_for(key).unlink(missing_ok=True)
        self.log_for(key).unlink(missing_ok=True)

    def latest_unclosed(self) -> tuple[str, dict[str, Any]] | None:
        """The most recent session of a window that did not close cleanly (a crash)."""
        found: list[tuple[float, str, dict[str, Any]]] = []
        keys = {p.stem for p in self.folder.glob("*.json")} | {
            p.stem for p in self.folder.glob("*.log")
        }
        for key in sorted(keys):
            data = self.load(key)
            if data and not data.get("closed") and edited_count(data):
                found.append((float(data.get("saved_at", 0)), key, data))
        if not found:
            return None
        _, key, data = max(found, key=lambda item: item[0])
        return key, data


def _changed_row(held: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    """A row the session holds with a ``change_json`` laid over it."""
    put, gone = change.get("set"), change.get("unset")
    row = {**held, **{k: v for k, v in change.items() if k not in ("set", "unset")}}
    if isinstance(put, dict) or isinstance(gone, list):
        cells = held.get("cells")
        cells = dict(cells) if isinstance(cells, dict) else {}
        for key in gone if isinstance(gone, list) else ():
            cells.pop(key, None)
        cells.update(put if isinstance(put, dict) else {})
        row["cells"] = cells
    return row


def _replay(data: dict[str, Any] | None, log: Path) -> dict[str, Any] | None:
    """The edit log's lines laid over the last written session (a torn last line, cut by
    the crash, is left out). A line's ``rows`` are whole rows; its ``changes`` are laid over
    rows the session holds already (``change_json``), after its ``rows``."""
    try:
        text = log.read_text(encoding="utf-8")
    except OSError:
        return data
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if not isinstance(entry, dict):
            continue
        if "meta" in entry:
            if data is None and isinstance(entry["meta"], dict):
                data = entry["meta"]
            continue
        if data is None:
            return None
        if isinstance(entry.get("full"), dict):
            data = entry["full"]
        else:
            rows = entry.get("rows")
            changes = entry.get("changes")
            merged = {**data.get("rows", {}), **(rows if isinstance(rows, dict) else {})}
            for key, change in (changes if isinstance(changes, dict) else {}).items():
                held = merged.get(key)
                if isinstance(held, dict) and isinstance(change, dict):
                    merged[key] = _changed_row(held, change)
            data = {**data, "rows": merged}
        data["closed"] = False
        data["saved_at"] = float(entry.get("at", data.get("saved_at", 0)))
    return data
