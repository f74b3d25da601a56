"""What kind of file this is, and whether it is safe to hand to a reader.

Checks run on the file's own bytes, never on its name: a ZIP package is an .xlsx/.xlsm when its
table of contents names a workbook part (``app.sheets.package``), an .ods by its ``mimetype``; an
OLE container is an .xls when it holds a ``Workbook`` stream (``app.sheets.compound_file``); text
is read as CSV. A file whose content is not what its name says is read as what it is, with a
``SheetNotice`` ("this file is really an .xls workbook; it was read as such"). Each file that must
not or cannot be read gives one clear ``SheetError`` before any reader sees it: a PDF, a
password-protected workbook of any format (each with its own fix), .xlsb, Apple Numbers, Excel
2003 XML, a web page saved as .xls, an empty file, a damaged zip, a decompression bomb.
"""

from __future__ import annotations

import codecs
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.sheets import limits
from app.sheets.bounds import check_csv_size, check_xlsx_extent, open_regular
from app.sheets.compound_file import SIGNATURE as _OLE
from app.sheets.compound_file import read_contents
from app.sheets.errors import SheetError, SheetNotice
from app.sheets.package import PackageKind, inspect, readable_copy

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
_SNIFF_BYTES = 1 << 16
#: Bytes that plain text does not hold (all C0 controls but tab, line feed, form feed, return).
_BINARY = bytes(set(range(32)) - {9, 10, 12, 13})
_SPREADSHEETML = (b"urn:schemas-microsoft-com:office:spreadsheet", b'progid="excel.sheet"')
#: Files of other kinds that can pass for text in their first bytes.
_OTHER_FILES = (b"%PDF", b"{\\rtf", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"Rar!")
_HTML_STARTS = (b"<!doctype html", b"<html", b"<table", b"<head", b"<body", b"<meta")


class Format(StrEnum):
    XLSX = "xlsx"  # also .xlsm
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"


#: What a file's name promises; a file whose content differs is read as its content, with a notice.
_NAMED = {
    ".xlsx": Format.XLSX,
    ".xlsm": Format.XLSX,
    ".xltx": Format.XLSX,
    ".xltm": Format.XLSX,
    ".xls": Format.XLS,
    ".ods": Format.ODS,
    ".csv": Format.CSV,
    ".tsv": Format.CSV,
    ".txt": Format.CSV,
}


@dataclass(frozen=True, slots=True)
class Detected:
    format: Format
    notices: tuple[SheetNotice, ...] = ()
    package: PackageKind | None = None  # .xlsx: where its workbook part is


def detect(path: Path) -> Format:
    """The format of ``path``; raises SheetError for anything that cannot or must not be read."""
    return examine(path).format


def examine(path: Path) -> Detected:
    """The format of ``path`` by its content, what to tell the merchant about it, and for an
    .xlsx its package layout; raises SheetError for anything that cannot or must not be read."""
    name = path.name
    if path.is_dir() and path.suffix.lower() == ".numbers":  # a Numbers document is a folder
        raise SheetError("numbers", name=name)
    size = open_regular(path)  # a FIFO or a device is refused here, without blocking
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise SheetError("not_found", name=name) from None
    except OSError as exc:
        raise SheetError("unreadable", name=name, reason=exc.strerror or str(exc)) from None
    if size > limits.MAX_FILE_BYTES:
        raise SheetError(
            "too_large", name=name, size=size // 2**20, limit=limits.MAX_FILE_BYTES // 2**20
        )
    if size == 0:
        raise SheetError("empty_file", name=name)
    package: PackageKind | None = None
    if head.startswith(_ZIP):
        package = _check_zip(path)
        fmt = Format.ODS if package.kind == "ods" else Format.XLSX
    elif head.startswith(_OLE):
        fmt = _check_ole(path)
    else:
        fmt = _check_text(path, head, size)
    notices: tuple[SheetNotice, ...] = ()
    if _NAMED.get(path.suffix.lower()) is not fmt:
        notices = (SheetNotice("read_as", {"name": name, "format": fmt.value}),)
    return Detected(fmt, notices, package)


@contextmanager
def readable(path: Path) -> Iterator[tuple[Detected, Path]]:
    """``examine(path)`` and the file the readers should open: ``path`` itself, or for a
    package whose workbook is not where readers look, a normalised temporary copy (its sheets
    checked against the size limits like any other)."""
    found = examine(path)
    if found.package is None or not found.package.needs_copy:
        yield found, path
        return
    try:
        with readable_copy(path, found.package) as copy:
            with zipfile.ZipFile(copy) as archive:
                check_xlsx_extent(copy, archive)
            yield found, copy
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError):
        raise SheetError("corrupt", name=path.name) from None


def _check_zip(path: Path) -> PackageKind:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > limits.MAX_ZIP_MEMBERS:
                raise SheetError(
                    "too_large", name=name, size="?", limit=limits.MAX_UNPACKED_BYTES // 2**20
                )
            check_unpacked_size(name, members)
            if any(m.flag_bits & 0x1 for m in members):
                raise SheetError("password_protected", name=name)
            found = inspect(archive)
            if found.kind == "xlsx":
                if found.canonical:
                    check_xlsx_extent(path, archive)
                return found
            if found.kind == "ods":
                return found
    except zipfile.BadZipFile:
        raise SheetError("corrupt", name=name) from None
    except (OSError, EOFError, NotImplementedError, ValueError):
        raise SheetError("corrupt", name=name) from None
    if found.kind == "ods-encrypted":
        raise SheetError("password_protected_ods", name=name)
    if found.kind in ("xlsb", "numbers"):
        raise SheetError(found.kind, name=name)
    raise SheetError("not_a_spreadsheet", name=name)


def _check_ole(path: Path) -> Format:
    contents = read_contents(path)
    if contents is None:
        raise SheetError("corrupt", name=path.name)
    if contents.is_encrypted_package or contents.is_encrypted_workbook:
        raise SheetError("password_protected", name=path.name)
    if contents.is_workbook:
        return Format.XLS
    raise SheetError("not_a_spreadsheet", name=path.name)  # a Word or PowerPoint file


def _check_text(path: Path, head: bytes, size: int) -> Format:
    """Text is read as CSV — unless it is a web page or Excel 2003 XML under a workbook's name,
    which get their own message; bytes that are not text are not a spreadsheet."""
    name = path.name
    sample = _ascii_sample(head)
    start = sample.lstrip()
    if start.startswith((b"<?xml", b"<workbook")) and any(m in sample for m in _SPREADSHEETML):
        raise SheetError("spreadsheetml", name=name)
    if start.startswith(_HTML_STARTS) or b"<html" in sample[:4096] or b"<table" in sample[:4096]:
        raise SheetError("html_table", name=name)
    if path.suffix.lower() not in _TEXT_SUFFIXES and not _looks_like_text(head):
        raise SheetError("not_a_spreadsheet", name=name)
    check_csv_size(name, size)
    return Format.CSV


def _ascii_sample(head: bytes) -> bytes:
    """The sniffed bytes lower-cased, UTF-16 and BOMs undone, for looking for markup."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="replace").encode("ascii", errors="replace")
    return head.removeprefix(codecs.BOM_UTF8).lower()


def _looks_like_text(head: bytes) -> bool:
    """Text as a CSV export writes it: UTF-16 with its BOM, or bytes without control codes that
    are UTF-8 or mostly ASCII (cp1252 has a few accented letters, not a page of them)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if head.startswith(_OTHER_FILES) or len(head.translate(None, _BINARY)) != len(head):
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut by the sniffed length
            return True
    return sum(byte >= 0x80 for byte in head) <= len(head) // 20


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
