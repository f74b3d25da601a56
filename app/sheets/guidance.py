"""Guidance and example rows of marketplace templates: recognised under the header, never sent.

Templates put a row of guidance under the header ("Masukkan nama produk, maks 255 karakter",
"Pilih: Baru/Bekas") and an example product ("Contoh: Kaos Polos", SKU ``KAOS-001``). Only the
rows directly under the header, before the first real product, are candidates, and the first
row that is neither ends the search.

- **Example**: the first filled cells start with ``Contoh``/``Example``/``e.g.``/``Sample``/
  ``Misal``, or the SKU, name or external id says contoh/example/sample.
- **Guidance**: most filled cells are instructions (prose of four words or more, or words such
  as *masukkan*, *wajib*, *maks*, *pilih*, *enter*, *max*), restate their column's header or
  unit, or list allowed values (``Baru/Bekas``) — and no price or stock cell holds a number. A
  product whose description is long prose still has its price, so it is never guidance.

Cell styles (italic grey, a fill) are not used: templates and merchants' sheets style their
headers and real rows in the same ways, and the fast readers do not report styles.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

from app.catalog.fields import Field, field_by_key
from app.catalog.kinds import Kind
from app.catalog.messages import Lang, render
from app.catalog.parsing import is_blank
from app.sheets.mapping import ColumnMap
from app.sheets.matching import match_header, simplify, strip_required_mark
from app.sheets.raw import RawSheet

Reason = Literal["guidance", "example"]
#: Rows under the header looked at for guidance and examples (blank rows not counted).
MAX_TEMPLATE_ROWS = 6

SKIP_MESSAGES: dict[str, tuple[str, str]] = {
    "guidance": (
        "row {row} skipped: guidance row",
        "baris {row} dilewati: baris petunjuk",
    ),
    "example": (
        "row {row} skipped: example row (“{text}”)",
        "baris {row} dilewati: baris contoh (“{text}”)",
    ),
}

_EXAMPLE_START = re.compile(
    r"^\s*(?:contoh|example|e\.\s?g\.|eg\.|sample|misal(?:nya)?|mis\.)(?:\W|$)", re.IGNORECASE
)
_BARE_MARKER = re.compile(
    r"\s*(?:contoh|example|e\.\s?g\.|eg\.|sample|misal(?:nya)?|mis\.)\s*:?\s*", re.IGNORECASE
)
_EXAMPLE_WORD = re.compile(r"\b(?:contoh|example|sample)\b", re.IGNORECASE)
_INSTRUCTION = re.compile(
    r"\b(?:masukkan|isi|isikan|diisi|pilih|pilihan|wajib|opsional|maks|maksimal|maksimum"
    r"|minimal|minimum|tulis|tuliskan|gunakan|tanpa|format|karakter|enter|fill|choose|select"
    r"|required|optional|max|maximum|characters|leave|kosongkan)\b",
    re.IGNORECASE,
)
_CHOICES = re.compile(r"^[^\d/]{2,}(?:\s*/\s*[^\d/]{2,})+$")
_UNITS = {"gram", "gr", "g", "kg", "cm", "rupiah", "rp", "idr", "pcs", "hari", "days"}
#: Where a word says example: anywhere in a code (SKU, external id: ``CONTOH-001``), at the
#: start of the product's name, its required text (a real "Buku Contoh Soal" is a product).
_CODE_KINDS = frozenset({Kind.CODE})
#: A cell of these kinds that reads as its kind (a price, a stock) says: a product.
_EVIDENCE_KINDS = frozenset({Kind.PRICE, Kind.COUNT})


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A sheet row under the header that is not a product: never sent unless included."""

    sheet_row: int
    reason: Reason
    text: str = ""  # the cell that says it is an example

    def message(self, lang: Lang = "en") -> str:
        return render(SKIP_MESSAGES, self.reason, {"row": self.sheet_row, "text": self.text}, lang)


def find_template_rows(
    raw: RawSheet, header_row: int, colmap: ColumnMap, limit: int = MAX_TEMPLATE_ROWS
) -> list[SkippedRow]:
    """The guidance and example rows directly under the header, in sheet order."""
    found: list[SkippedRow] = []
    looked = 0
    for sheet_row, values in raw.rows:
        if sheet_row <= header_row:
            continue
        filled = [(i, v) for i, v in enumerate(values) if not is_blank(v)]
        if not filled:
            continue
        looked += 1
        if looked > limit:
            break
        skipped = classify_row(sheet_row, filled, colmap)
        if skipped is None:
            break  # the first product: nothing below it is a candidate
        found.append(skipped)
    return found


def classify_row(
    sheet_row: int, filled: list[tuple[int, Any]], colmap: ColumnMap
) -> SkippedRow | None:
    """Example, guidance, or None (a product, or a row we are not sure about)."""
    by_column = dict(filled)
    for _, value in filled[:2]:
        if isinstance(value, str) and _EXAMPLE_START.match(value):
            return SkippedRow(sheet_row, "example", _short(_with_name(value, by_column, colmap)))
    for column, f in _mapped_fields(colmap):
        value = by_column.get(column)
        if not isinstance(value, str):
            continue
        if (f.kind in _CODE_KINDS and _EXAMPLE_WORD.search(value)) or (
            _is_name(f) and _EXAMPLE_START.match(value)
        ):
            return SkippedRow(sheet_row, "example", _short(value))
    if _has_product_values(by_column, colmap):
        return None
    bindings = colmap.bindings
    guiding = sum(
        1
        for column, value in filled
        if _is_guidance_cell(value, bindings[column].header if column < len(bindings) else "")
    )
    if guiding >= 2 and guiding >= math.ceil(0.6 * len(filled)):
        return SkippedRow(sheet_row, "guidance")
    if len(filled) == 1 and guiding == 1 and len(str(filled[0][1]).split()) >= 6:
        return SkippedRow(sheet_row, "guidance")  # one long note under the header
    return None


def skipped_rows(
    raw: RawSheet, header_row: int, colmap: ColumnMap, include: Collection[int] = ()
) -> list[SkippedRow]:
    """The template rows left out of the table: those found, but the ones the merchant included."""
    return [s for s in find_template_rows(raw, header_row, colmap) if s.sheet_row not in include]


def _mapped_fields(colmap: ColumnMap) -> list[tuple[int, Field]]:
    return [(b.index, field_by_key(b.field)) for b in colmap.mapped if b.field is not None]


def _is_name(f: Field) -> bool:
    return f.kind is Kind.TEXT and f.required


def _has_product_values(by_column: dict[int, Any], colmap: ColumnMap) -> bool:
    for column, f in _mapped_fields(colmap):
        value = by_column.get(column)
        if value is not None and f.kind in _EVIDENCE_KINDS and f.parser(value).ok:
            return True
    return False


def _is_guidance_cell(value: Any, header: str) -> bool:
    if not isinstance(value, str):
        return False
    text = " ".join(value.split())
    plain = simplify(text)
    if not plain:
        return False
    words = plain.split()
    if _INSTRUCTION.search(text) or (len(words) >= 4 and len(text) >= 25):
        return True
    if _CHOICES.match(text) or plain in _UNITS:
        return True
    bare = simplify(strip_required_mark(header)[0]) if header else ""
    if bare and (plain == bare or (len(bare) >= 3 and bare in plain)):
        return True
    own = match_header(header, fuzzy=False) if header else None
    said = match_header(text, fuzzy=False)
    return own is not None and said is not None and said.field == own.field


def _with_name(marker: str, by_column: dict[int, Any], colmap: ColumnMap) -> str:
    """A bare ``Contoh`` in a first column is quoted with the example's name beside it."""
    if not _BARE_MARKER.fullmatch(marker):
        return marker
    for column, f in _mapped_fields(colmap):
        name = by_column.get(column) if _is_name(f) else None
        if isinstance(name, str) and name.strip() and name != marker:
            return f"{marker.strip().rstrip(':')}: {name.strip()}"
    return marker


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
