"""The one error every bad file raises: ``SheetError``, with its message in English and Indonesian.

Like the catalog's issues, a SheetError stores a message key and parameters, never a rendered
sentence, so the text follows the language the merchant chose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
        "{name} is protected by a password, so it cannot be read. Open it in Excel with its"
        " password, choose File › Info › Protect Workbook › Encrypt with Password, clear the"
        " password, click OK and save; then open it here again.",
        "{name} dilindungi kata sandi sehingga tidak dapat dibaca. Buka di Excel dengan kata"
        " sandinya, pilih File › Info › Protect Workbook › Encrypt with Password, hapus kata"
        " sandinya, klik OK lalu simpan; kemudian buka lagi di sini.",
    ),
    "password_protected_ods": (
        "{name} is protected by a password, so it cannot be read. Open it in LibreOffice Calc"
        " with its password, choose File › Save As…, untick “Save with password” and save; then"
        " open it here again.",
        "{name} dilindungi kata sandi sehingga tidak dapat dibaca. Buka di LibreOffice Calc"
        " dengan kata sandinya, pilih File › Save As… (Simpan Sebagai), hilangkan centang “Save"
        " with password” (Simpan dengan kata sandi) lalu simpan; kemudian buka lagi di sini.",
    ),
    "empty_file": (
        "{name} is empty (0 bytes): it holds no workbook at all. It was probably not saved or"
        " downloaded completely; save or download it again.",
        "{name} kosong (0 byte): sama sekali tidak berisi workbook. Kemungkinan berkas belum"
        " selesai disimpan atau diunduh; simpan atau unduh ulang.",
    ),
    "xlsb": (
        "{name} is an Excel binary workbook (.xlsb), which cannot be read here. In Excel use"
        " File › Save As › Excel Workbook (.xlsx), then open the .xlsx file.",
        "{name} adalah workbook biner Excel (.xlsb) yang tidak dapat dibaca di sini. Di Excel"
        " pilih File › Save As › Excel Workbook (.xlsx), lalu buka berkas .xlsx tersebut.",
    ),
    "numbers": (
        "{name} is an Apple Numbers spreadsheet, which cannot be read here. In Numbers use"
        " File › Export To › Excel…, then open the .xlsx file it makes.",
        "{name} adalah lembar kerja Apple Numbers yang tidak dapat dibaca di sini. Di Numbers"
        " pilih File › Export To › Excel…, lalu buka berkas .xlsx hasilnya.",
    ),
    "spreadsheetml": (
        "{name} is an Excel 2003 XML spreadsheet, which cannot be read here. Open it in Excel,"
        " use File › Save As › Excel Workbook (.xlsx), then open the .xlsx file.",
        "{name} adalah lembar kerja XML Excel 2003 yang tidak dapat dibaca di sini. Buka di"
        " Excel, pilih File › Save As › Excel Workbook (.xlsx), lalu buka berkas .xlsx"
        " tersebut.",
    ),
    "html_table": (
        "{name} is a web page (HTML) under a spreadsheet's name, not a real workbook (many"
        " online shops export this way). Open it in Excel and save it as Excel Workbook"
        " (.xlsx), then open the .xlsx file.",
        "{name} adalah halaman web (HTML) dengan nama lembar kerja, bukan workbook sungguhan"
        " (banyak toko online mengekspor seperti ini). Buka di Excel lalu simpan sebagai Excel"
        " Workbook (.xlsx), kemudian buka berkas .xlsx tersebut.",
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


#: What the reader says about a file it could read, for the merchant to know (not an error).
SHEET_NOTICES: dict[str, tuple[str, str]] = {
    "read_as": (
        "{name} is really {kind}; it was read as such.",
        "{name} sebenarnya {kind}; berkas ini dibaca sesuai isinya.",
    ),
}

#: The formats a file really is, for ``read_as`` (parameter ``format``).
FORMAT_WORDS: dict[str, tuple[str, str]] = {
    "xlsx": ("an Excel workbook (.xlsx)", "workbook Excel (.xlsx)"),
    "xls": ("an .xls workbook (Excel 97–2003)", "workbook .xls (Excel 97–2003)"),
    "ods": ("an OpenDocument spreadsheet (.ods)", "lembar kerja OpenDocument (.ods)"),
    "csv": ("a text file of values (CSV)", "berkas teks berisi nilai (CSV)"),
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


@dataclass(frozen=True, slots=True)
class SheetNotice:
    """Something the merchant should know about a file that was read (``message(lang)``)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: Lang = "en") -> str:
        params = dict(self.params)
        if "format" in params:
            params["kind"] = render(FORMAT_WORDS, str(params["format"]), params, lang)
        return render(SHEET_NOTICES, self.key, params, lang) or self.key


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
