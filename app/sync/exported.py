"""The record an exported workbook keeps of the store's values at export time.

A later sync compares three things per field: what the store holds now, what the sheet holds,
and what the store held when the workbook was exported. The third lives here, in a sheet the
merchant does not see (`RECORD_SHEET`, state ``veryHidden``: Excel lists no way to unhide it;
LibreOffice keeps it as ``hidden`` when it saves, which reads the same). Layout:

    A1 ``Toco Uploader`` | B1 ``export record`` | C1 the format version
    rows 2–6: ``storeClientId``, ``baseUrl``, ``exportedAt`` (ISO 8601, UTC), ``products``
              (how many), ``digest`` (SHA-256 of every product row below, in order)
    row 7: ``productId | updatedAt | product``, then one row per product: its id, its
           ``updatedAt`` and the Product object as JSON (split over the next cells when it is
           longer than a cell holds)

No secret is written (no token, no partner secret; the base URL without any user part or query).
A sheet the merchant deleted, cut or edited does not match its digest: `read_record` then
answers no record and a `RecordNotice` saying so, never a crash and never a record that lies.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import orjson

from app.catalog.messages import Lang, render
from app.sheets.bulk_rows import BulkRows
from app.sheets.errors import SheetError
from app.sheets.reader import read_sheet
from app.sheets.template_sheets import RECORD_SHEET

#: The sheet's state: hidden from the sheet tabs and from Excel's Unhide list.
RECORD_STATE = "veryHidden"
MARKER = ("Toco Uploader", "export record")
VERSION = 1
#: The rows before the products (the header of the product rows is the last of them).
META_KEYS = ("storeClientId", "baseUrl", "exportedAt", "products", "digest")
PRODUCT_HEADER = ("productId", "updatedAt", "product")
FIRST_PRODUCT_ROW = len(META_KEYS) + 3
#: A cell holds at most 32,767 characters (Excel); JSON longer than this goes on in the next cell.
CHUNK_CHARS = 30_000


@dataclass(frozen=True)
class ExportRecord:
    """The store's products as they were at export time: product id → the Product object."""

    products: dict[str, dict[str, Any]]
    store_id: str
    base_url: str
    exported_at: datetime
    #: product id → the store's ``updatedAt`` then
    updated_at: dict[str, str] = field(default_factory=dict)

    def of_store(self, store_id: str, base_url: str | None = None) -> bool:
        """Whether the record was made from this store (and this server, when given)."""
        if self.store_id != store_id:
            return False
        return base_url is None or _plain_url(base_url) == self.base_url


# key: (English, Indonesian). Parameters in {braces}.
NOTICES: dict[str, tuple[str, str]] = {
    "record_missing": (
        "{file} holds no record of the store's values at export time: a product changed on"
        " the store since then cannot be told from a change in the sheet.",
        "{file} tidak menyimpan catatan nilai toko saat diekspor: produk yang berubah di toko"
        " sejak itu tidak bisa dibedakan dari perubahan di sheet.",
    ),
    "record_damaged": (
        "The record of the store's values in {file} was changed or cut ({reason}), so it is not"
        " used: a product changed on the store since the export cannot be told from a change"
        " in the sheet. Download the products again for a fresh record.",
        "Catatan nilai toko di {file} sudah berubah atau terpotong ({reason}), jadi tidak"
        " dipakai: produk yang berubah di toko sejak diekspor tidak bisa dibedakan dari"
        " perubahan di sheet. Unduh ulang produk untuk catatan yang baru.",
    ),
    "record_other_store": (
        "{file} was exported from another store ({store}): its record is not used.",
        "{file} diekspor dari toko lain ({store}): catatannya tidak dipakai.",
    ),
}


@dataclass(frozen=True, slots=True)
class RecordNotice:
    """What the merchant should know about a workbook's record (key and parameters)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: Lang = "en") -> str:
        return render(NOTICES, self.key, self.params, lang)


@dataclass(frozen=True, slots=True)
class RecordReading:
    record: ExportRecord | None
    notice: RecordNotice | None = None


def _plain_url(url: str) -> str:
    """The base URL without a user part, a query or a fragment (nothing secret is kept)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


def _json(product: Mapping[str, Any]) -> str:
    return orjson.dumps(product, option=orjson.OPT_SORT_KEYS).decode()


def _line(product_id: str, updated_at: str, text: str) -> bytes:
    return f"{product_id}\t{updated_at}\t{text}\n".encode()


def add_record_sheet(
    book: Any,
    products: Iterable[Mapping[str, Any]],
    *,
    store_id: str,
    base_url: str,
    exported_at: datetime,
) -> BulkRows:
    """Add the record sheet to an openpyxl workbook; its product rows are returned, to be
    written when the book is saved (`app.sheets.bulk_rows.splice`)."""
    sheet = book.create_sheet(RECORD_SHEET)
    sheet.sheet_state = RECORD_STATE
    digest = hashlib.sha256()
    rows: list[list[str]] = []
    for product in products:
        product_id = str(product["id"])
        updated_at = str(product.get("updatedAt") or "")
        text = _json(product)
        digest.update(_line(product_id, updated_at, text))
        chunks = [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)]
        rows.append([product_id, updated_at, *chunks])
    sheet.append([*MARKER, VERSION])
    meta = (store_id, _plain_url(base_url), _iso(exported_at), len(rows), digest.hexdigest())
    for key, value in zip(META_KEYS, meta, strict=True):
        sheet.append([key, value])
    sheet.append(list(PRODUCT_HEADER))
    for letter in "ABC":
        sheet.column_dimensions[letter].number_format = "@"
    bulk = BulkRows(sheet, FIRST_PRODUCT_ROW)
    for row in rows:
        bulk.add(row)
    return bulk


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


class _Damaged(Exception):
    pass


def read_record(path: str | Path) -> RecordReading:
    """The workbook's record, or None and a notice: no record sheet, or one that was edited,
    cut or cannot be read. Never raises for a bad record."""
    path = Path(path)
    try:
        raw = read_sheet(path, RECORD_SHEET)
    except SheetError as error:
        if error.key == "sheet_not_found":
            return RecordReading(None, RecordNotice("record_missing", {"file": path.name}))
        return _damaged(path, error.key)
    try:
        return RecordReading(_parse([values for _, values in raw.rows]))
    except _Damaged as damage:
        return _damaged(path, str(damage))


def read_exported(path: str | Path) -> ExportRecord | None:
    """The record of the store's values kept in an exported workbook, or None (see
    `read_record` for the notice that says why)."""
    return read_record(path).record


def _damaged(path: Path, reason: str) -> RecordReading:
    return RecordReading(
        None, RecordNotice("record_damaged", {"file": path.name, "reason": reason})
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _parse(rows: list[list[Any]]) -> ExportRecord:
    def cell(row: int, column: int) -> str:
        if row >= len(rows) or column >= len(rows[row]):
            return ""
        return _text(rows[row][column])

    if (cell(0, 0), cell(0, 1)) != MARKER:
        raise _Damaged("not an export record")
    if cell(0, 2) != str(VERSION):
        raise _Damaged(f"format {cell(0, 2) or '?'}")
    meta = {}
    for number, key in enumerate(META_KEYS, 1):
        if cell(number, 0) != key:
            raise _Damaged(f"row {number + 1}")
        meta[key] = cell(number, 1)
    try:
        exported_at = datetime.fromisoformat(meta["exportedAt"].replace("Z", "+00:00"))
        expected = int(meta["products"])
    except ValueError:
        raise _Damaged("exportedAt or products") from None
    digest = hashlib.sha256()
    products: dict[str, dict[str, Any]] = {}
    updated: dict[str, str] = {}
    for values in rows[FIRST_PRODUCT_ROW - 1 :]:
        texts = [_text(v) for v in values]
        if not any(texts):
            continue
        product_id, updated_at = [*texts, "", ""][:2]
        text = "".join(texts[2:])
        digest.update(_line(product_id, updated_at, text))
        try:
            product = orjson.loads(text)
        except orjson.JSONDecodeError:
            raise _Damaged(f"product {product_id}") from None
        if not isinstance(product, dict) or str(product.get("id")) != product_id:
            raise _Damaged(f"product {product_id}")
        products[product_id] = product
        updated[product_id] = updated_at
    if len(products) != expected:
        raise _Damaged(f"{len(products)} of {expected} products")
    if digest.hexdigest() != meta["digest"]:
        raise _Damaged("digest")
    return ExportRecord(products, meta["storeClientId"], meta["baseUrl"], exported_at, updated)
