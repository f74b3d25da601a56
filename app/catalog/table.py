"""The ProductTable: every row of the merchant's sheet, its cells, its problems and its status.

Rows hold the raw cell values keyed by field (multi-column fields as a dict of parts), the parsed
values, the issues our checks found, the issues the store reported, and the status word. Edits
go through ``set_cell`` so that the row and the sheet-wide duplicate checks stay current.
"""

from __future__ import annotations

import os
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.catalog.issues import Issue, Level, Origin
from app.catalog.parsing import is_blank
from app.catalog.product import Product
from app.catalog.status import Status
from app.catalog.validation import check_delete_row, check_row

Purpose = Literal["upload", "delete"]


def new_external_id(_rng: random.Random = random.Random(os.urandom(32))) -> str:  # noqa: B008
    """A random (version 4) UUID for a row without an external id.

    Drawn from a generator seeded once from the OS: ``uuid.uuid4()`` asks the OS for every id,
    and 50,000 such calls in a loading worker starve the window's thread of the interpreter.
    """
    return str(uuid.UUID(int=_rng.getrandbits(128), version=4))


#: Fields that must be unique inside one sheet [ours].
UNIQUE_FIELDS = ("externalId", "sku")
#: Statuses set by the store; an edit does not undo them.
_STORE_STATUSES = frozenset({Status.PENDING, Status.LIVE, Status.EXISTS, Status.DELETED})


@dataclass(slots=True)
class ProductRow:
    sheet_row: int | None  # the row number Excel shows; None for a row added in the app
    cells: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)
    local_issues: list[Issue] = field(default_factory=list)
    duplicate_issues: list[Issue] = field(default_factory=list)
    store_issues: list[Issue] = field(default_factory=list)
    status: Status = Status.READY
    external_id_generated: bool = False
    product_id: str | None = None
    batch_id: str | None = None
    request_id: str | None = None
    edited_since_sent: bool = False

    @property
    def issues(self) -> list[Issue]:
        return [*self.local_issues, *self.duplicate_issues, *self.store_issues]

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.local_issues) or any(
            i.is_error for i in self.duplicate_issues)

    def issues_for(self, key: str | None) -> list[Issue]:
        return [i for i in self.issues if i.field == key]

    @property
    def external_id(self) -> str | None:
        value = self.values.get("externalId")
        return value if isinstance(value, str) else None

    @property
    def sku(self) -> str | None:
        value = self.values.get("sku")
        return value if isinstance(value, str) else None

    def payload(self) -> dict[str, Any]:
        """The JSON object to send; only for rows without errors."""
        return Product.from_values(self.values).payload()

    def local_status(self) -> Status:
        return Status.INVALID if self.has_errors else Status.READY


class ProductTable:
    """All rows of one sheet, checked for upload (or for deletion)."""

    def __init__(self, rows: Iterable[ProductRow] = (), *, purpose: Purpose = "upload",
                 id_factory: Callable[[], str] = new_external_id) -> None:
        self.rows: list[ProductRow] = list(rows)
        self.purpose: Purpose = purpose
        self._new_id = id_factory
        self._index: dict[str, dict[str, set[int]]] = {k: defaultdict(set) for k in UNIQUE_FIELDS}
        self.validate_all()

    @classmethod
    def from_cells(cls, rows: Iterable[tuple[int | None, Mapping[str, Any]]], *,
                   purpose: Purpose = "upload", **kwargs: Any) -> ProductTable:
        return cls((ProductRow(sheet_row, dict(cells)) for sheet_row, cells in rows),
                   purpose=purpose, **kwargs)

    def __len__(self) -> int:
        return len(self.rows)

    # ------------------------------------------------------------ validation

    def validate_all(self) -> None:
        for key in UNIQUE_FIELDS:
            self._index[key].clear()
        for row in self.rows:
            self._check(row)
        for i, row in enumerate(self.rows):
            self._index_row(i, row)
        for row in self.rows:
            self._refresh_duplicates(row)
            self._refresh_status(row)

    def _check(self, row: ProductRow) -> None:
        if self.purpose == "delete":
            row.values, row.local_issues = check_delete_row(row.cells)
            return
        if is_blank(row.cells.get("externalId")):
            row.cells["externalId"] = self._new_id()
            row.external_id_generated = True
        row.values, row.local_issues = check_row(row.cells)

    def _index_row(self, i: int, row: ProductRow) -> None:
        for key in UNIQUE_FIELDS:
            value = row.values.get(key)
            if isinstance(value, str) and value:
                self._index[key][_dup_key(key, value)].add(i)

    def _unindex_row(self, i: int, row: ProductRow) -> set[int]:
        touched: set[int] = set()
        for key in UNIQUE_FIELDS:
            value = row.values.get(key)
            if isinstance(value, str) and value:
                bucket = self._index[key].get(_dup_key(key, value))
                if bucket is not None:
                    bucket.discard(i)
                    touched |= bucket
                    if not bucket:
                        del self._index[key][_dup_key(key, value)]
        return touched

    def _refresh_duplicates(self, row: ProductRow) -> None:
        found: list[Issue] = []
        if self.purpose == "upload":
            for key in UNIQUE_FIELDS:
                value = row.values.get(key)
                if not isinstance(value, str) or not value:
                    continue
                others = [j for j in sorted(self._index[key].get(_dup_key(key, value), ()))
                          if self.rows[j] is not row]
                if others:
                    other = self.rows[others[0]]
                    found.append(Issue(key, "duplicate_in_sheet", params={
                        "value": value, "other": other.sheet_row or "—"}))
        row.duplicate_issues = found

    def _refresh_status(self, row: ProductRow) -> None:
        if row.status in _STORE_STATUSES:
            return
        if row.status in (Status.REJECTED, Status.FAILED, Status.DELETE_FAILED) and any(
                i.is_error for i in row.store_issues):
            return
        row.status = row.local_status()

    def set_cell(self, index: int, key: str, raw: Any) -> set[int]:
        """Change one cell; returns the indexes of every row whose issues or status changed."""
        row = self.rows[index]
        touched = self._unindex_row(index, row) | {index}
        row.cells[key] = raw
        if key == "externalId":
            row.external_id_generated = False
        row.store_issues = [i for i in row.store_issues if i.field != key]
        if row.status in _STORE_STATUSES:
            row.edited_since_sent = True
        self._check(row)
        self._index_row(index, row)
        touched |= self._duplicates_of(row)
        for j in touched:
            self._refresh_duplicates(self.rows[j])
            self._refresh_status(self.rows[j])
        return touched

    def _duplicates_of(self, row: ProductRow) -> set[int]:
        found: set[int] = set()
        for key in UNIQUE_FIELDS:
            value = row.values.get(key)
            if isinstance(value, str) and value:
                found |= self._index[key].get(_dup_key(key, value), set())
        return found

    # ------------------------------------------------------------ rows added or removed

    def insert_row(self, index: int, cells: Mapping[str, Any] | None = None,
                   sheet_row: int | None = None) -> ProductRow:
        row = ProductRow(sheet_row, dict(cells or {}))
        self.rows.insert(index, row)
        self.validate_all()
        return row

    def remove_rows(self, indexes: Iterable[int]) -> list[tuple[int, ProductRow]]:
        removed = [(i, self.rows[i]) for i in sorted(set(indexes), reverse=True)]
        for i, _ in removed:
            del self.rows[i]
        self.validate_all()
        return sorted(removed)

    # ------------------------------------------------------------ store answers

    def set_store_result(self, index: int, status: Status, issues: Iterable[Issue] = (), *,
                         product_id: str | None = None, batch_id: str | None = None,
                         request_id: str | None = None) -> None:
        row = self.rows[index]
        row.status = status
        row.store_issues = [i if i.origin is Origin.STORE else _as_store(i) for i in issues]
        row.edited_since_sent = False
        if product_id:
            row.product_id = product_id
            row.cells["id"] = product_id
        row.batch_id = batch_id or row.batch_id
        row.request_id = request_id or row.request_id

    # ------------------------------------------------------------ summaries

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for row in self.rows:
            counts[row.status.value] += 1
        return dict(counts)

    def rows_with_problems(self) -> int:
        return sum(1 for row in self.rows if row.has_errors or any(
            i.level is Level.ERROR for i in row.store_issues))


def _dup_key(key: str, value: str) -> str:
    return value.strip().casefold() if key == "sku" else value.strip()


def _as_store(issue: Issue) -> Issue:
    return Issue(issue.field, issue.key, issue.level, dict(issue.params), issue.code,
                 Origin.STORE, issue.server_message, issue.server_hint)
