"""What kind of file this is, and whether it is safe to hand to a reader.

Checks run on the file's own bytes, never on its name alone: a .xlsx that is really a PDF, a
password-protected workbook (an encrypted OLE container), a damaged zip or a decompression bomb
each give one clear ``SheetError`` before any reader sees the file.
"""

from __future__ import annotations

import zipfile
from enum import StrEnum
from pathlib import Path

from app.sheets import limits
from app.sheets.bounds import check_csv_size, check_xlsx_extent, open_regular
from app.sheets.errors import SheetError

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


class Format(StrEnum):
    XLSX = "xlsx"  # also .xlsm
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"


def detect(path: Path) -> Format:
    """The format of ``path``; raises SheetError for anything that cannot or must not be read."""
    name = path.name
    size = open_regular(path)  # a FIFO or a device is refused here, without blocking
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise SheetError("not_found", name=name) from None
    except OSError as exc:
        raise SheetError("unreadable", name=name, reason=exc.strerror or str(exc)) from None
    if size > limits.MAX_FILE_BYTES:
        raise SheetError(
            "too_large", name=name, size=size // 2**20, limit=limits.MAX_FILE_BYTES // 2**20
        )
    if size == 0:
        raise SheetError("empty_workbook", name=name)
    if head.startswith(_ZIP):
        return _check_zip(path)
    if head == _OLE:
        if _is_encrypted_ole(path):
            raise SheetError("password_protected", name=name)
        return Format.XLS
    if path.suffix.lower() in _TEXT_SUFFIXES:
        check_csv_size(name, size)
        return Format.CSV
    raise SheetError("not_a_spreadsheet", name=name)


def _check_zip(path: Path) -> Format:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > limits.MAX_ZIP_MEMBERS:
                raise SheetError(
                    "too_large", name=name, size="?", limit=limits.MAX_UNPACKED_BYTES // 2**20
                )
            check_unpacked_size(name, members)
            names = {m.filename for m in members}
            if any(m.flag_bits & 0x1 for m in members):
                raise SheetError("password_protected", name=name)
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names and "xl/workbook.xml" not in names:
                    raise SheetError("not_a_spreadsheet", name=name)  # .xlsb: not supported
                check_xlsx_extent(path, archive)
                return Format.XLSX
            if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME:
                manifest = "META-INF/manifest.xml"
                if manifest in names and b"encryption-data" in archive.read(manifest):
                    raise SheetError("password_protected", name=name)
                return Format.ODS
    except zipfile.BadZipFile:
        raise SheetError("corrupt", name=name) from None
    except (OSError, EOFError, NotImplementedError, ValueError):
        raise SheetError("corrupt", name=name) from None
    raise SheetError("not_a_spreadsheet", name=name)


def check_unpacked_size(name: str, members: list[zipfile.ZipInfo]) -> None:
    """Refuse decompression bombs from the sizes the archive declares, before anything unpacks."""
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if (
            member.file_size > limits.BOMB_MIN_BYTES
            and member.file_size / packed > limits.MAX_PACK_RATIO
        ):
            raise SheetError(
                "too_large",
                name=name,
                size=member.file_size // 2**20,
                limit=limits.MAX_UNPACKED_BYTES // 2**20,
            )
    if total > limits.MAX_UNPACKED_BYTES:
        raise SheetError(
            "too_large", name=name, size=total // 2**20, limit=limits.MAX_UNPACKED_BYTES // 2**20
        )


_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def _is_encrypted_ole(path: Path) -> bool:
    """An OLE container holding an ``EncryptedPackage`` stream is a password-protected .xlsx.

    The stream name sits in the container's directory, which may be anywhere in the file, so the
    file is scanned in blocks (encrypted workbooks are rarely large; plain .xls is read anyway).
    """
    overlap = len(_ENCRYPTED_STREAM)
    tail = b""
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            if _ENCRYPTED_STREAM in tail + block:
                return True
            tail = block[-overlap:]
    return False
