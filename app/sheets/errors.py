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


class SheetError(Exception):
    """A workbook that cannot be read or written; ``message(lang)`` says why in plain words."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "en") -> str:
        return render(SHEET_MESSAGES, self.key, dict(self.params), lang) or self.key

    def __repr__(self) -> str:
        return f"SheetError({self.key!r}, {self.params!r})"
