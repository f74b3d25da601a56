"""The ProductTable: every row of the merchant's sheet, its cells, its problems and its status.

Rows hold the raw cell values keyed by field (multi-column fields as a dict of parts), the parsed
values, the issues our checks found, the issues the store reported, and the status word. Edits
go through ``set_cell`` so that the row and the sheet-wide duplicate checks stay current.
"""

from __future__ import annotations

import hashlib
import os
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from app.catalog.column_check import check_rows, quiet_collector
from app.catalog.issues import Issue, Level, Origin
from app.catalog.parsing import is_blank
from app.catalog.row_places import RowPlaces
from app.catalog.same_values import SameValues
from app.catalog.status import Status
from app.catalog.store_changes import rows_to_recheck
from app.catalog.store_data import StoreData
from app.catalog.validation import (
    PHOTO_FIELDS,
    check_delete_row,
    check_row,
    is_photo_issue,
    photo_issues,
)

Purpose = Literal["upload", "delete"]


def new_external_id(_rng: random.Random = random.Random(os.urandom(32))) -> str:  # noqa: B008
    """A random (version 4) UUID for a row without an external id.

    Drawn from a generator seeded once from the OS: ``uuid.uuid4()`` asks the OS for every id,
    and 50,000 such calls in a loading worker starve the window's thread of the interpreter.
    """
    return uuid4_text(_rng.getrandbits(128))


def uuid4_text(bits: int) -> str:
    """``str(uuid.UUID(int=bits, version=4))``, without the UUID object (a sheet of 50,000 rows
    without External IDs makes 50,000 of them)."""
    bits = (bits & _UUID4_CLEAR) | _UUID4_SET
    text = f"{bits:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


#: The variant (RFC 4122) and version (4) bits, as ``uuid.UUID(..., version=4)`` sets them.
_UUID4_CLEAR = ~(0xC000 << 48) & ~(0xF000 << 64) & ((1 << 128) - 1)
_UUID4_SET = (0x8000 << 48) | (4 << 76)


#: From this many rows, one edit's rows are checked column by column (``ProductTable.set_cells``).
#: Measured at 1,000 rows: the checks 35 against 121 ms under cProfile, the whole edit 41–62
#: against 60–87 ms. The bound itself is chosen, not measured: a handful of rows stays on the
#: per-cell path, whose single-cell edit is a met target (0.42 ms).
MANY_ROWS = 32

#: [ours] The namespace of generated externalIds (docs/API.md, "Generated externalIds"). Never
#: change it: every product created from a sheet without an External ID is known by it.
EXTERNAL_ID_NAMESPACE = uuid.UUID("5f0c1e2a-7b3d-5c4e-9a61-0d2b8f3e4c17")


def stable_external_id(store_id: str, sku: str) -> str:
    """The externalId of a row without one: the same for the same store and SKU on every run
    and every machine (a version 5 UUID), so uploading a sheet again never creates a second
    product. ``str(uuid.uuid5(EXTERNAL_ID_NAMESPACE, name))`` made without the ``UUID`` object
    (6× faster: every upload, Compare and Sync derives one per generated row on the GUI thread;
    tests/catalog/test_stable_external_id.py holds it to ``uuid.uuid5``)."""
    digest = bytearray(
        hashlib.sha1(_NAMESPACE_BYTES + f"{store_id}\n{sku.strip()}".encode()).digest()[:16]
    )
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_NAMESPACE_BYTES = EXTERNAL_ID_NAMESPACE.bytes


#: Fields that must be unique inside one sheet [ours].
UNIQUE_FIELDS = ("externalId", "sku")
#: [ours] Texts up to this long are kept once per table when rows arrive from another process
#: (categories, brands, Ya/Tidak, conditions repeat down a sheet; each unpickled cell is its
#: own object otherwise). Longer texts (names, descriptions) are rarely repeated.
SHARED_TEXT_LENGTH = 64
#: Statuses set by the store; an edit does not undo them.
_STORE_STATUSES = frozenset(
    {Status.PENDING, Status.LIVE, Status.EXISTS, Status.DELETED, Status.UNCONFIRMED}
)
#: Statuses of a failed send kept while the store's error stands.
_KEPT_FAILURES = frozenset({Status.REJECTED, Status.FAILED, Status.DELETE_FAILED})


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
    #: hidden in the workbook (by hand or by a filter): warned about, and not sent unless the
    #: merchant chose to include hidden rows (then it is loaded as a plain row)
    hidden: bool = False

    @property
    def issues(self) -> list[Issue]:
        return [*self.local_issues, *self.duplicate_issues, *self.store_issues]

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.local_issues) or any(
            i.is_error for i in self.duplicate_issues
        )

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
        from app.catalog.payload import payload_of  # the model itself only for odd values

        return payload_of(self.values)

    def local_status(self) -> Status:
        return Status.INVALID if self.has_errors else Status.READY


def _shared_issue(issues: dict[object, Issue], issue: Issue) -> Issue:
    """The issue kept for ``issue`` (an equal one seen before, or itself). Keyed with its params
    too: an issue's own hash leaves them out, so the many issues of one kind (a price, a
    category) all collide, and each look-up compared with every one of them (2.1 s of a
    10,000-row opening's 3 s in the reading child). The key is equal exactly when the issues
    are (the issue itself is in it); params that do not hash fall back to the issue alone."""
    try:
        return issues.setdefault((issue, tuple(issue.params.items())), issue)
    except TypeError:
        return issues.setdefault(issue, issue)


class ProductTable:
    """All rows of one sheet, checked for upload (or for deletion)."""

    def __init__(
        self,
        rows: Iterable[ProductRow] = (),
        *,
        purpose: Purpose = "upload",
        id_factory: Callable[[], str] = new_external_id,
        store_id: str | None = None,
        store_data: StoreData | None = None,
    ) -> None:
        with quiet_collector():  # the rows made (a generator) and checked: no garbage
            self.rows: list[ProductRow] = list(rows)
        self.purpose: Purpose = purpose
        self._new_id = id_factory
        #: the store client id the rows are for; generated externalIds derive from it
        self.store_id = store_id
        #: what is known of the store's categories, brands and warehouses (None: nothing)
        self.store_data = store_data
        # Sheet-wide duplicate checks: for each unique field, value → the rows holding it
        # (by identity, so inserting or removing rows does not renumber anything).
        self._index: dict[str, SameValues[ProductRow]] = {k: SameValues() for k in UNIQUE_FIELDS}
        self._positions: RowPlaces | None = None  # None: counted when first asked
        #: what the photo check found, by link (``use_photo_checks``): link → its issues
        self.photo_checks: dict[str, list[Issue]] = {}
        # rows that arrived checked from another process: their repeated short texts and equal
        # issues, kept once (``share``)
        self._texts: dict[str, str] = {}
        self._issues: dict[object, Issue] = {}  # by ``_shared_issue``'s key
        with quiet_collector():
            self.validate_all()

    @classmethod
    def from_cells(
        cls,
        rows: Iterable[tuple[int | None, Mapping[str, Any]]],
        *,
        purpose: Purpose = "upload",
        **kwargs: Any,
    ) -> ProductTable:
        return cls(
            (ProductRow(sheet_row, dict(cells)) for sheet_row, cells in rows),
            purpose=purpose,
            **kwargs,
        )

    def __len__(self) -> int:
        return len(self.rows)

    #: keyed by id(row), so they mean nothing in another process: rebuilt after unpickling
    #: (and the shared texts and issues, which are only about memory)
    _BY_IDENTITY = ("_index", "_positions", "_texts", "_issues")

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in self._BY_IDENTITY}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__.setdefault("photo_checks", {})  # kept by an older version
        self._index = {k: SameValues() for k in UNIQUE_FIELDS}
        self._positions = None
        self._texts, self._issues = {}, {}
        for row in self.rows:
            self._index_row(row)

    def position(self, row: ProductRow) -> int:
        """Where ``row`` is in ``rows`` now."""
        place = self._where().find(self.rows, row)
        if place is None:
            raise KeyError(id(row))
        return place

    def holds(self, row: ProductRow) -> bool:
        """Whether ``row`` (this very object) is in the table."""
        return self._where().find(self.rows, row) is not None

    def _where(self) -> RowPlaces:
        """The rows' positions, kept across inserts and removals (``RowPlaces``)."""
        if self._positions is None:
            self._positions = RowPlaces()
        return self._positions

    # ------------------------------------------------------------ validation

    def validate_all(self) -> None:
        for key in UNIQUE_FIELDS:
            self._index[key].clear()
        self._positions = None
        if self.purpose == "upload":  # the whole sheet at once, column by column
            self._check_all(self.rows)
            self._index_all(self.rows)
            self._refresh_every()
            return
        for row in self.rows:
            self._check(row)
            self._index_row(row)
        for row in self.rows:
            self._refresh(row)

    def _check_all(self, rows: Sequence[ProductRow]) -> None:
        """``_check`` of every upload row, the rows checked column by column (``check_rows``)."""
        for row in rows:
            raw = row.cells.get("externalId")
            if raw is None or is_blank(raw):
                row.cells["externalId"] = self._new_id()
                row.external_id_generated = True
        checked = check_rows([row.cells for row in rows], self.store_data)
        photos, derive = self.photo_checks, self.store_id is not None
        for row, (values, issues) in zip(rows, checked, strict=True):
            row.values, row.local_issues = values, issues
            if row.hidden:
                issues.append(Issue(None, "hidden_row", Level.WARNING))
            if photos:
                issues.extend(photo_issues(values, photos))
            if derive and row.external_id_generated:
                self._derive_external_id(row)

    def _index_all(self, rows: Sequence[ProductRow]) -> None:
        """``_index_row`` of each row, field by field."""
        for key in UNIQUE_FIELDS:
            index = self._index[key]
            fold = key == "sku"
            for row in rows:
                value = row.values.get(key)
                if isinstance(value, str) and value:
                    index.add(_dup_key(key, value) if fold else value.strip(), row)

    def _refresh_every(self) -> None:
        """``_refresh`` of every row: only the rows sharing a unique value get a duplicate
        issue (the same issues, in the same order, naming the same other row)."""
        found: dict[int, list[Issue]] = {}
        for key in UNIQUE_FIELDS:
            for held in self._index[key].groups():
                first = min(held, key=_sheet_order)
                rest = [r for r in held if r is not first]
                second = min(rest, key=_sheet_order)
                for row in held:
                    other = second if row is first else first
                    issue = Issue(
                        key,
                        "duplicate_in_sheet",
                        params={"value": row.values[key], "other": other.sheet_row or "—"},
                    )
                    found.setdefault(id(row), []).append(issue)
        error = Level.ERROR
        for row in self.rows:
            duplicates = row.duplicate_issues = found.get(id(row)) or []
            status = row.status
            if status in _STORE_STATUSES or (
                status in _KEPT_FAILURES and any(i.is_error for i in row.store_issues)
            ):
                continue
            if not row.local_issues and not duplicates:
                row.status = Status.READY
            elif any(i.level is error for i in row.local_issues) or any(
                i.level is error for i in duplicates
            ):
                row.status = Status.INVALID
            else:
                row.status = Status.READY

    def _check(self, row: ProductRow) -> None:
        if self.purpose == "delete":
            row.values, row.local_issues = check_delete_row(row.cells)
            return
        self._give_external_id(row)
        row.values, row.local_issues = check_row(row.cells, self.store_data)
        self._after_check(row)

    def _give_external_id(self, row: ProductRow) -> None:
        if is_blank(row.cells.get("externalId")):
            row.cells["externalId"] = self._new_id()
            row.external_id_generated = True

    def _after_check(self, row: ProductRow) -> None:
        """What an upload row's check adds to ``check_row``'s: hidden, photos, the id."""
        if row.hidden:
            row.local_issues.append(Issue(None, "hidden_row", Level.WARNING))
        if self.photo_checks:
            row.local_issues.extend(photo_issues(row.values, self.photo_checks))
        self._derive_external_id(row)

    def _derive_external_id(self, row: ProductRow) -> bool:
        """A generated externalId follows the store and the SKU (``stable_external_id``); a row
        without a SKU keeps its random one, and so does a row the store already holds."""
        wanted = self._derived_id(row)
        if wanted is None:
            return False
        row.cells["externalId"] = wanted
        row.values["externalId"] = wanted
        return True

    def _derived_id(self, row: ProductRow, store_id: str | None = None) -> str | None:
        """The externalId ``_derive_external_id`` would give ``row`` (None: it keeps its own);
        ``store_id``: for that store instead of the table's."""
        store = self.store_id if store_id is None else store_id
        sku = row.sku
        if (
            not row.external_id_generated
            or store is None
            or not sku
            or row.status in _STORE_STATUSES
        ):
            return None
        wanted = stable_external_id(store, sku)
        return None if row.cells.get("externalId") == wanted else wanted

    def to_derive(self, store_id: str) -> list[ProductRow]:
        """The rows whose generated externalId ``use_store(store_id)`` would change: reads
        only (a worker asks while the table is locked, and hands them to ``use_store``)."""
        if self.purpose != "upload":
            return []
        return [r for r in self.rows if r.external_id_generated and self._derived_id(r, store_id)]

    def use_store(self, store_id: str, rows: Iterable[ProductRow] | None = None) -> set[int]:
        """The rows are about to go to the store ``store_id``: generated externalIds derive
        from it. Returns the positions of the rows whose externalId changed (and their
        neighbours in the duplicate checks). ``rows``: ``to_derive(store_id)`` of the table
        as it is now (the others need nothing: only these are looked at)."""
        self.store_id = store_id
        if self.purpose != "upload":
            return set()
        touched: list[ProductRow] = []
        for row in self.rows if rows is None else rows:
            if not row.external_id_generated or self._derived_id(row) is None:
                continue  # it keeps its externalId: nothing to take out of the index and back
            shared = self._unindex_row(row)
            if self._derive_external_id(row):
                touched.extend([row, *shared])
            self._index_row(row)
        for row in list(touched):
            touched.extend(self._sharing(row))
        return self._refresh_all(touched)

    def use_store_data(self, store_data: StoreData | None) -> set[int]:
        """Check the rows again against what is now known of the store (its categories,
        brands, warehouses): every row, or — when only brands were added to the book — the
        rows whose brand cell now reads differently (``store_changes``). Returns the
        positions of the rows checked again."""
        old, self.store_data = self.store_data, store_data
        if self.purpose == "delete":
            return set()  # a deletion needs only an id or a SKU: the store's lists do not count
        again = rows_to_recheck(self.rows, _cells_of, old, store_data)
        if again is None:
            self.validate_all()
            return set(range(len(self.rows)))
        touched: list[ProductRow] = []
        for row in again:
            touched.extend([row, *self._unindex_row(row)])
            self._check(row)
            self._index_row(row)
            touched.extend(self._sharing(row))
        return self._refresh_all(touched)

    def take_store_data(self, store_data: StoreData | None) -> list[ProductRow]:
        """``use_store_data`` for every row of an upload table, in two halves, the checks made
        elsewhere (``app.catalog.store_recheck``): the table takes ``store_data`` (edits and
        added rows are checked with it from now on) and rows without an external id get one;
        returns the rows, whose results come back through ``take_checked``."""
        self.store_data = store_data
        for row in self.rows:
            self._give_external_id(row)
        return list(self.rows)

    def take_checked(
        self,
        results: Iterable[tuple[ProductRow, Mapping[str, Any], tuple[dict[str, Any], list[Issue]]]],
    ) -> set[int]:
        """The other half: each row, the copy of its cells it was checked from, and what
        ``check_row`` made of them with this table's store data. A row no longer in the table
        is skipped; a row whose cells changed since the copy (an edit, an undo) is checked
        again here instead — its result is stale. Returns the positions of the rows checked
        again and of their neighbours in the duplicate checks."""
        touched: list[ProductRow] = []
        for row, cells, (values, issues) in results:
            if not self.holds(row):
                continue
            touched.extend([row, *self._unindex_row(row)])
            if row.cells == cells:
                row.values, row.local_issues = values, issues
                self._after_check(row)
            else:
                self._check(row)
            self._index_row(row)
            touched.extend(self._sharing(row))
        return self._refresh_all(touched)

    def use_photo_checks(self, checks: Mapping[str, Sequence[Issue]]) -> set[int]:
        """What the photo check found (link → its issues, of no field; ``app.photos``): the
        rows holding one of these links get their photo problems again, on the photos or
        banners cell. Returns the positions of the rows whose problems changed."""
        self.photo_checks.update({link: list(issues) for link, issues in checks.items()})
        if self.purpose != "upload" or not checks:
            return set()
        links = set(checks)
        touched: list[ProductRow] = []
        for row in self.rows:
            if not any(
                isinstance(v := row.values.get(key), list) and not links.isdisjoint(v)
                for key in PHOTO_FIELDS
            ):
                continue
            kept = [i for i in row.local_issues if not is_photo_issue(i)]
            issues = [*kept, *photo_issues(row.values, self.photo_checks)]
            if issues != row.local_issues:
                row.local_issues = issues
                touched.append(row)
        return self._refresh_all(touched)

    def _keys(self, row: ProductRow) -> Iterator[tuple[str, str]]:
        for key in UNIQUE_FIELDS:
            value = row.values.get(key)
            if isinstance(value, str) and value:
                yield key, _dup_key(key, value)

    def _index_row(self, row: ProductRow) -> None:
        for key, value in self._keys(row):
            self._index[key].add(value, row)

    def _unindex_row(self, row: ProductRow) -> list[ProductRow]:
        """Take ``row`` out of the duplicate index; returns the rows that shared a value."""
        touched: list[ProductRow] = []
        for key, value in self._keys(row):
            touched.extend(self._index[key].remove(value, row))
        return touched

    def _sharing(self, row: ProductRow) -> list[ProductRow]:
        """The rows that hold one of ``row``'s unique values (``row`` included)."""
        found: list[ProductRow] = []
        for key, value in self._keys(row):
            found.extend(self._index[key].rows(value))
        return found

    def _refresh(self, row: ProductRow) -> None:
        """Recompute the duplicate issues and the status of one row."""
        found: list[Issue] = []
        if self.purpose == "upload":
            for key, value in self._keys(row):
                others = [r for r in self._index[key].rows(value) if r is not row]
                if others:
                    first = min(others, key=lambda r: r.sheet_row or 0)
                    found.append(
                        Issue(
                            key,
                            "duplicate_in_sheet",
                            params={"value": row.values[key], "other": first.sheet_row or "—"},
                        )
                    )
        row.duplicate_issues = found
        if row.status in _STORE_STATUSES:
            return
        if row.status in _KEPT_FAILURES and any(i.is_error for i in row.store_issues):
            return
        row.status = row.local_status()

    def _refresh_all(self, rows: Iterable[ProductRow]) -> set[int]:
        unique = {id(r): r for r in rows}
        for row in unique.values():
            self._refresh(row)
        return {self.position(r) for r in unique.values()}

    def set_cell(self, index: int, key: str, raw: Any) -> set[int]:
        """Change one cell; returns the indexes of every row whose issues or status changed."""
        row = self.rows[index]
        touched = [row, *self._unindex_row(row)]
        self._put(row, key, raw)
        self._check(row)
        self._index_row(row)
        return self._refresh_all([*touched, *self._sharing(row)])

    def set_cells(self, changes: Iterable[tuple[int, str, Any]]) -> set[int]:
        """``set_cell`` of each (index, key, raw) in turn, with the same outcome when each
        cell is set once (as every edit command does); an upload
        table's edit of ``MANY_ROWS`` rows or more (a paste, a fill, a price raised on a
        thousand rows) has its rows checked once each, column by column (``check_rows``),
        instead of once per cell through ``check_row``. Returns the indexes of every row whose
        issues or status may have changed."""
        changes = list(changes)
        edited = list({id(self.rows[i]): self.rows[i] for i, _, _ in changes}.values())
        if self.purpose != "upload" or len(edited) < MANY_ROWS:
            touched_at: set[int] = set()
            for index, key, raw in changes:
                touched_at |= self.set_cell(index, key, raw)
            return touched_at
        touched = list(edited)
        for row in edited:  # out of the duplicate index by the values they had
            touched.extend(self._unindex_row(row))
        for index, key, raw in changes:
            self._put(self.rows[index], key, raw)
        self._check_all(edited)
        for row in edited:
            self._index_row(row)
        for row in edited:  # and the rows that share the values they have now
            touched.extend(self._sharing(row))
        return self._refresh_all(touched)

    def _put(self, row: ProductRow, key: str, raw: Any) -> None:
        """One cell of ``row`` set, not yet checked: the store's problems with that field go,
        a row the store holds is marked edited since it was sent."""
        row.cells[key] = raw
        if key == "externalId":
            row.external_id_generated = False
        row.store_issues = [i for i in row.store_issues if i.field != key]
        if row.status in _STORE_STATUSES:
            row.edited_since_sent = True

    # ------------------------------------------------------------ rows added or removed

    def insert_row(
        self, index: int, cells: Mapping[str, Any] | None = None, sheet_row: int | None = None
    ) -> ProductRow:
        """A row added in the app, at ``index``."""
        row = ProductRow(sheet_row, dict(cells or {}))
        self.insert_rows(index, [row])
        return row

    def insert_rows(self, index: int, rows: Sequence[ProductRow]) -> set[int]:
        """Put rows (new, or taken out earlier) at ``index``; only they and the rows sharing
        their SKU/externalId are checked again. Returns the positions of those rows."""
        for row in rows:
            self._check(row)
        at = slice(index, index).indices(len(self.rows))[0]  # where they land
        self.rows[at:at] = list(rows)
        self._where().inserted(at, rows)
        sharing: list[ProductRow] = []
        for row in rows:
            self._index_row(row)
        for row in rows:
            sharing.extend(self._sharing(row))
        return self._refresh_all([*rows, *sharing])

    def append_rows(self, rows: Sequence[ProductRow], *, checked: bool = False) -> set[int]:
        """Rows of a sheet arriving in batches, in sheet order, at the end of the table:
        checked here (unless ``checked``: a worker process checked them), then the sheet-wide
        duplicate checks take them in. Returns the positions of the earlier rows whose
        problems changed because of them (the new rows are at ``len(table) - len(rows)``…).
        After the last batch the table is as if it had been built from every row at once."""
        if not checked and self.purpose == "upload":
            self._check_all(rows)  # column by column, as validate_all
        elif not checked:
            for row in rows:
                self._check(row)
        start = len(self.rows)
        self.rows.extend(rows)
        if self._positions is not None:
            self._positions.appended(start, rows)
        for row in rows:
            self._index_row(row)
        new = {id(r) for r in rows}
        earlier = {id(o): o for r in rows for o in self._sharing(r) if id(o) not in new}
        for row in rows:
            self._refresh(row)
        return self._refresh_all(earlier.values())

    def share(self, rows: Sequence[ProductRow]) -> None:
        """Equal short texts and equal issues of these rows kept once (the same values, the
        same issues, in the same order; only the copies go; issues are frozen, texts
        immutable). The window's reading child does it before it sends a batch: one pickled
        batch then carries each shared object once, so the window's rows share them too — and
        the hashing is done in the child, not on the window's thread (≈ 1 s at 10,000 rows)."""
        texts, issues = self._texts, self._issues
        seen: dict[int, Issue] = {}  # the checks hand equal rows one issue object: once each
        for row in rows:
            for held in (row.cells, row.values):
                for key, value in held.items():
                    if type(value) is str and len(value) <= SHARED_TEXT_LENGTH:
                        held[key] = texts.setdefault(value, value)
            if row.local_issues:
                row.local_issues = [
                    seen.get(id(i)) or seen.setdefault(id(i), _shared_issue(issues, i))
                    for i in row.local_issues
                ]

    def share_sheet_texts(self, values: list[Any]) -> None:
        """``share`` for one row of the sheet itself (its values, in place): the sheet's rows
        that travel with their batch then hold the same short texts as the cells."""
        texts = self._texts
        for at, value in enumerate(values):
            if type(value) is str and len(value) <= SHARED_TEXT_LENGTH:
                values[at] = texts.setdefault(value, value)

    def remove_rows(self, indexes: Iterable[int]) -> list[tuple[int, ProductRow]]:
        removed, touched = self.take_rows(indexes)
        self.recheck(touched)
        return removed

    def take_rows(
        self, indexes: Iterable[int]
    ) -> tuple[list[tuple[int, ProductRow]], list[ProductRow]]:
        """Take rows out without checking the others yet: returns the removed (position, row)
        pairs and the remaining rows that shared their SKU/externalId, for ``recheck`` once a
        view has finished removing (no other row changes while rows are being removed)."""
        removed = [(i, self.rows[i]) for i in sorted(set(indexes), reverse=True)]
        touched: list[ProductRow] = []
        for i, row in removed:
            touched.extend(self._unindex_row(row))
            del self.rows[i]
            self._where().removed(i, row)
        gone = {id(row) for _, row in removed}
        return sorted(removed, key=lambda pair: pair[0]), [r for r in touched if id(r) not in gone]

    def recheck(self, rows: Iterable[ProductRow]) -> set[int]:
        """Check again the duplicate problems of rows still in the table (after ``take_rows``)."""
        return self._refresh_all(r for r in rows if self.holds(r))

    # ------------------------------------------------------------ store answers

    def set_store_result(
        self,
        index: int,
        status: Status,
        issues: Iterable[Issue] = (),
        *,
        product_id: str | None = None,
        batch_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
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
        return sum(
            1
            for row in self.rows
            if row.has_errors or any(i.level is Level.ERROR for i in row.store_issues)
        )


def _sheet_order(row: ProductRow) -> int:
    return row.sheet_row or 0


def _cells_of(row: ProductRow) -> Mapping[str, Any]:
    return row.cells


def _dup_key(key: str, value: str) -> str:
    if key != "sku":
        return value.strip()
    folded = value.strip().casefold()
    return value if folded == value else folded  # no second copy of a SKU already folded


def _as_store(issue: Issue) -> Issue:
    return Issue(
        issue.field,
        issue.key,
        issue.level,
        dict(issue.params),
        issue.code,
        Origin.STORE,
        issue.server_message,
        issue.server_hint,
    )
