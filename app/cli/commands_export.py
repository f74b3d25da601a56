"""``toco-uploader export FILE.xlsx``: every product of the store into a workbook to edit and
sync back (`app.sync.export`).

The store's data is gathered first (category tree, warehouses, the brands known), so the sheet
holds names; then every page of the product list, with a progress line on a terminal. The
workbook is written in one step at the end: Ctrl-C or a failure leaves no file behind.

The merchant's data is kept safe: an existing FILE is never replaced without ``--force``, and
with it a backup copy is kept first (``FILE.backup-<stamp>.xlsx``: it may hold edits not yet
synced); a FILE open in Excel or LibreOffice (its lock file beside it) is never replaced.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.catalog.messages import Lang, render
from app.cli.exits import EXIT_OK, UsageError
from app.cli.output import ProgressBar
from app.cli.store_data import configured_store, gather
from app.partner import PartnerClient
from app.sheets.results import backup
from app.sync.export import ExportReport, download_catalogue, write_export

#: What ``export`` writes: the app's own template layout, an Excel workbook.
EXPORT_SUFFIX = ".xlsx"

# key: (English, Indonesian). Parameters in {braces}.
_WORDS: dict[str, tuple[str, str]] = {
    "needs_store": (
        "Which store's products? Give --profile NAME or set the TOCO_* variables.",
        "Produk toko yang mana? Tulis --profile NAMA atau isi variabel TOCO_*.",
    ),
    "not_xlsx": (
        "export writes an Excel workbook: give a file name ending in .xlsx, not {name}.",
        "export menulis workbook Excel: beri nama berkas berakhiran .xlsx, bukan {name}.",
    ),
    "exists": (
        "{name} already exists and may hold edits not yet synced: choose another name, or add"
        " --force to replace it (a backup copy is kept).",
        "{name} sudah ada dan mungkin berisi perubahan yang belum disinkronkan: pilih nama lain,"
        " atau tambahkan --force untuk menggantinya (salinan cadangan disimpan).",
    ),
    "open_elsewhere": (
        "{name} is open in Excel or LibreOffice ({lock} is beside it): close it first.",
        "{name} sedang dibuka di Excel atau LibreOffice (ada {lock} di sebelahnya): tutup dulu.",
    ),
    "progress": ("Download", "Unduh"),
    "backup": (
        "The old {name} was kept as {backup}.",
        "{name} yang lama disimpan sebagai {backup}.",
    ),
    "done": (
        "Done in {seconds:.1f} s, {requests} requests.",
        "Selesai dalam {seconds:.1f} detik, {requests} permintaan.",
    ),
}


class ExportRefused(UsageError):
    """A file ``export`` will not write: exit code 2, worded in the merchant's language."""

    def __init__(self, key: str, **params: Any) -> None:
        self.code, self.params = key, params
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "en") -> str:
        return render(_WORDS, self.code, self.params, lang)


def lock_file(path: Path) -> Path | None:
    """The lock file Excel (``~$name``) or LibreOffice (``.~lock.name#``) keeps beside an
    open workbook, when there is one."""
    for name in (f"~${path.name}", f".~lock.{path.name}#"):
        candidate = path.with_name(name)
        if candidate.exists():
            return candidate
    return None


def check_target(path: Path, force: bool) -> None:
    """Refuse a target that is not .xlsx, is open elsewhere, or exists without ``--force``."""
    if path.suffix.lower() != EXPORT_SUFFIX:
        raise ExportRefused("not_xlsx", name=path.name)
    lock = lock_file(path)
    if lock is not None:
        raise ExportRefused("open_elsewhere", name=path.name, lock=lock.name)
    if path.exists() and not force:
        raise ExportRefused("exists", name=path.name)


def cmd_export(args: argparse.Namespace) -> int:
    lang: Lang = "id" if args.lang == "id" else "en"
    path = Path(args.file)
    check_target(path, args.force)
    values = configured_store(args.profile)
    if values is None:
        raise ExportRefused("needs_store")
    bar = ProgressBar(render(_WORDS, "progress", {}, lang))
    with PartnerClient(values) as client:
        gathered = gather(client, values, lang=lang)
        before = client.attempts
        exported_at = datetime.now(UTC)
        started = time.perf_counter()
        try:
            products = download_catalogue(client, progress=bar.draw)
        finally:
            bar.close()
        requests = client.attempts - before
    downloaded = time.perf_counter() - started
    kept = backup(path) if path.exists() else None  # only now: a failed download kept nothing
    report = write_export(
        path,
        products,
        gathered.data,
        lang,
        exported_at=exported_at,
        store_id=values.store_client_id,
        base_url=values.base_url,
    )
    report = replace(report, download_seconds=downloaded)
    if kept is not None:
        print(
            render(_WORDS, "backup", {"name": path.name, "backup": kept.name}, lang),
            file=sys.stderr,
        )
    _print(report, requests, lang, args.json, kept)
    return EXIT_OK


def report_json(
    report: ExportReport, requests: int, lang: Lang, kept: Path | None
) -> dict[str, Any]:
    return {
        "file": str(report.path),
        "products": report.products,
        "exportedAt": report.exported_at.isoformat(),
        "requests": requests,
        "seconds": round(report.download_seconds + report.write_seconds, 3),
        "backup": str(kept) if kept is not None else None,
        "unnamed": [
            {"field": key, "id": value, "products": count}
            for (key, value), count in report.unnamed.items()
        ],
        "notes": [{"key": n.key, "message": n.message(lang)} for n in report.notes],
    }


def _print(
    report: ExportReport, requests: int, lang: Lang, as_json: bool, kept: Path | None
) -> None:
    if as_json:
        json.dump(
            report_json(report, requests, lang, kept), sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
    else:
        for note in report.notes:
            print(note.message(lang))
    seconds = report.download_seconds + report.write_seconds
    print(render(_WORDS, "done", {"seconds": seconds, "requests": requests}, lang), file=sys.stderr)
