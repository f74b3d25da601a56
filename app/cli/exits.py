"""How a command ends: the exit codes, bad input (``UsageError``, ``Refusal``) and the words for
a store error.

Exit codes: 0 every chosen row ended ready, pending, live, exists or deleted; 1 some rows are
invalid, skipped, rejected or failed; 2 bad input (file, arguments); 3 authentication, store
access or connection failure. With ``--json`` a refused command also prints
``{"error": {"code": "...", "message": "..."}}`` on stdout (the message in the chosen language),
so a script reading stdout learns why as well as the person reading stderr.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import TYPE_CHECKING, Any

from app.catalog.messages import Lang, render
from app.partner import AuthError, PartnerError, StoreAccessError, TransportError

if TYPE_CHECKING:
    from app.jobs import JobReport

APP_NAME = "toco-uploader"
EXIT_OK, EXIT_ROWS, EXIT_INPUT, EXIT_STORE = 0, 1, 2, 3
log = logging.getLogger("app.cli")


class UsageError(Exception):
    """Bad input from the user: exit code 2 with this message."""

    code = "usage"

    def message(self, lang: Lang = "en") -> str:
        return str(self)


#: The command line's own refusals, worded in English and Indonesian. Parameters in {braces}.
REFUSALS: dict[str, tuple[str, str]] = {
    "file_not_found": ("There is no file {path}.", "Tidak ada berkas {path}."),
    "rows_not_found": (
        "--rows {rows}: none of those rows holds a product (products are in rows {span}).",
        "--rows {rows}: tidak satu pun baris itu berisi produk (produk ada di baris {span}).",
    ),
    "bad_rows": (
        "--rows: {part} is not a row number or a range like 2-40.",
        "--rows: {part} bukan nomor baris atau rentang seperti 2-40.",
    ),
    "no_rows_given": (
        "--rows: give row numbers like 2-40,45.",
        "--rows: tulis nomor baris seperti 2-40,45.",
    ),
    "only_hidden_rows": (
        "Every chosen row is hidden in the workbook; nothing to do (--include-hidden-rows"
        " sends hidden rows).",
        "Semua baris yang dipilih tersembunyi di workbook; tidak ada yang dikerjakan"
        " (--include-hidden-rows mengirim baris tersembunyi).",
    ),
    "no_product_rows": (
        "The sheet “{sheet}” has no product rows under its header.{skipped}",
        "Sheet “{sheet}” tidak berisi baris produk di bawah baris judulnya.{skipped}",
    ),
    "map_needs_field": (
        "--map needs HEADER=field, got {item}.",
        "--map perlu JUDUL=kolom, bukan {item}.",
    ),
    "map_no_column": (
        "--map: no column headed {header}; the headers are: {headers}.",
        "--map: tidak ada kolom berjudul {header}; judul kolomnya: {headers}.",
    ),
    "map_no_field": (
        "--map: {field} is not a field name (e.g. price, sku, photos.1).",
        "--map: {field} bukan nama kolom produk (misalnya price, sku, photos.1).",
    ),
    "needs_confirmation": (
        "Refusing to delete {count} products without confirmation: there is no terminal to ask."
        " Run again with --yes.",
        "Penghapusan {count} produk ditolak tanpa konfirmasi: tidak ada terminal untuk"
        " bertanya. Jalankan lagi dengan --yes.",
    ),
    "nothing_deleted": (
        "Nothing deleted: the deletion was not confirmed.",
        "Tidak ada yang dihapus: penghapusan tidak dikonfirmasi.",
    ),
    "sync_not_confirmed": (
        "Nothing sent: the deletions were not confirmed (run again with --yes, or mark those"
        " rows lewati/skip in the Aksi column).",
        "Tidak ada yang dikirim: penghapusan tidak dikonfirmasi (jalankan lagi dengan --yes,"
        " atau tandai baris itu lewati di kolom Aksi).",
    ),
}


class Refusal(UsageError):
    """A refusal from ``REFUSALS``: its key is its ``--json`` error code, its words follow the
    language the merchant chose."""

    def __init__(self, key: str, **params: Any) -> None:
        self.code, self.params = key, params
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "en") -> str:
        return render(REFUSALS, self.code, self.params, lang) or self.code


def exit_code(report: JobReport) -> int:
    if isinstance(report.fatal, AuthError | StoreAccessError | TransportError):
        return EXIT_STORE
    if report.cancelled:  # rows not sent are "ready", but the job did not do what was asked
        return EXIT_ROWS
    return EXIT_OK if report.all_good else EXIT_ROWS


def store_words(exc: PartnerError) -> str:
    """A store error in one line: message, code, hint and request id."""
    text = exc.store_said()
    if exc.request_id:
        text += f" (request id {exc.request_id})"
    return text


def fail(message: str, code: int, *, error: str = "failed", as_json: bool = False) -> int:
    """Say what went wrong on stderr (no traceback) and return ``code``; with ``as_json`` also
    ``{"error": {"code": error, "message": message}}`` on stdout."""
    log.debug("exit %d (%s): %s", code, error, message, exc_info=True)
    if as_json:
        json.dump({"error": {"code": error, "message": message}}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        sys.stdout.flush()
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    return code
