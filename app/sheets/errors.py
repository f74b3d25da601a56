"""The one error every bad file raises: ``SheetError``, with its message in English and Indonesian.

Like the catalog's issues, a SheetError stores a message key and parameters, never a rendered
sentence, so the text follows the language the merchant chose.
"""

from __future__ import annotations

from typing import Any

from app.catalog.messages import Lang, render

# key: (English, Indonesian). Parameters in {braces}.
SHEET_MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": ("The file {name} was not found.", "Berkas {name} tidak ditemukan."),
    "unreadable": (
        "The file {name} cannot be opened: {reason}.",
        "Berkas {name} tidak dapat dibuka: {reason}.",
    ),
    "not_a_spreadsheet": (
        "{name} is not a spreadsheet. Open an Excel workbook (.xlsx, .xlsm, .xls), an .ods or a"
        " .csv file.",
        "{name} bukan lembar kerja. Buka workbook Excel (.xlsx, .xlsm, .xls), .ods atau berkas"
        " .csv.",
    ),
    "corrupt": (
        "{name} is damaged and cannot be read. Open it in Excel and save it again.",
        "{name} rusak dan tidak dapat dibaca. Buka di Excel lalu simpan ulang.",
    ),
    "password_protected": (
        "{name} is protected by a password. Remove the password in Excel (File › Info ›"
        " Protect Workbook) and open it again.",
        "{name} dilindungi kata sandi. Hapus kata sandi di Excel (File › Info › Protect"
        " Workbook) lalu buka lagi.",
    ),
    "empty_workbook": (
        "{name} has no data: every sheet is empty.",
        "{name} tidak berisi data: semua sheet kosong.",
    ),
    "sheet_not_found": (
        "{name} has no sheet called “{sheet}”.",
        "{name} tidak memiliki sheet bernama “{sheet}”.",
    ),
    "no_header": (
        "No header row was found in sheet “{sheet}”: none of its first {rows} rows names the"
        " product columns (such as Nama Produk, SKU, Harga).",
        "Baris judul kolom tidak ditemukan di sheet “{sheet}”: tidak satu pun dari {rows} baris"
        " pertamanya menyebut kolom produk (seperti Nama Produk, SKU, Harga).",
    ),
    "too_large": (
        "{name} is too large to open safely ({size} MB once unpacked; the limit is {limit} MB).",
        "{name} terlalu besar untuk dibuka dengan aman ({size} MB setelah dibuka; batasnya"
        " {limit} MB).",
    ),
    "not_a_file": (
        "{name} is not a regular file (it is {kind}), so it cannot be read as a workbook.",
        "{name} bukan berkas biasa (berkas ini {kind}), jadi tidak dapat dibaca sebagai workbook.",
    ),
    "csv_too_large": (
        "{name} is too large to open safely ({size} MB; a CSV file may be at most {limit} MB)."
        " Split it into smaller files.",
        "{name} terlalu besar untuk dibuka dengan aman ({size} MB; berkas CSV paling besar"
        " {limit} MB). Bagi menjadi beberapa berkas yang lebih kecil.",
    ),
    "too_many_cells": (
        "Sheet “{sheet}” of {name} spans {rows} rows × {columns} columns = {cells} cells; the"
        " limit is {limit}. Delete the far-away cells (press Ctrl+End in Excel to find the last"
        " one) and save again.",
        "Sheet “{sheet}” di {name} mencakup {rows} baris × {columns} kolom = {cells} sel;"
        " batasnya {limit}. Hapus sel yang jauh (tekan Ctrl+End di Excel untuk menemukan sel"
        " terakhir) lalu simpan ulang.",
    ),
    "read_failed": (
        "{name} is too large or damaged to read: {reason}.",
        "{name} terlalu besar atau rusak sehingga tidak dapat dibaca: {reason}.",
    ),
    "cell_too_large": (
        "Cell {cell} of sheet “{sheet}” holds {length} characters; a cell may hold at most"
        " {limit}.",
        "Sel {cell} di sheet “{sheet}” berisi {length} karakter; satu sel paling banyak {limit}.",
    ),
    "cannot_write": (
        "The results could not be saved to {name}: {reason}. Close the file if it is open in"
        " Excel and try again.",
        "Hasil tidak dapat disimpan ke {name}: {reason}. Tutup berkas jika sedang dibuka di"
        " Excel lalu coba lagi.",
    ),
}


#: Why the reading child process gave up, for ``read_failed`` (parameter ``why``).
READ_REASONS: dict[str, tuple[str, str]] = {
    "memory": (
        "reading it needed more than {limit} MB of memory",
        "membacanya memerlukan lebih dari {limit} MB memori",
    ),
    "timeout": (
        "reading it took longer than {seconds} seconds",
        "membacanya memakan waktu lebih dari {seconds} detik",
    ),
    "crashed": (
        "the reader crashed (signal {signal})",
        "pembaca berkas berhenti mendadak (sinyal {signal})",
    ),
    "failed": ("the reader failed ({detail})", "pembaca berkas gagal ({detail})"),
}


class SheetError(Exception):
    """A workbook that cannot be read or written; ``message(lang)`` says why in plain words."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "en") -> str:
        params = dict(self.params)
        if self.key == "too_many_cells":
            for name in ("rows", "columns", "cells", "limit"):
                params[name] = count_words(params[name], lang, large=name in ("cells", "limit"))
        if "why" in params:
            params["reason"] = render(READ_REASONS, str(params["why"]), params, lang)
        return render(SHEET_MESSAGES, self.key, params, lang) or self.key

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled across the reading child process: key and parameters, not the English text
        return (_rebuild, (self.key, self.params))

    def __repr__(self) -> str:
        return f"SheetError({self.key!r}, {self.params!r})"


def _rebuild(key: str, params: dict[str, Any]) -> SheetError:
    return SheetError(key, **params)


def count_words(count: Any, lang: Lang, *, large: bool = False) -> str:
    """``1,048,576`` / ``1.048.576``; with ``large``, ``17 billion`` / ``17 miliar``."""
    if not isinstance(count, int):
        return str(count)
    text = f"{count:,}"
    if large:
        for size, en, id_ in ((10**9, "billion", "miliar"), (10**6, "million", "juta")):
            if count >= size:
                text = f"{round(count / size):,} {id_ if lang == 'id' else en}"
                break
    return text.replace(",", ".") if lang == "id" else text
