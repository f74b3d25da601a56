"""The OLE compound file (CFB) a file is when it starts with ``D0 CF 11 E0``: what it holds.

Three things hide in this one container: an old Excel workbook (.xls: a ``Workbook`` or ``Book``
stream), a password-protected new one (.xlsx/.xlsm: ``EncryptionInfo`` and ``EncryptedPackage``
streams) and documents that are no spreadsheet at all (Word's ``WordDocument``, PowerPoint's).
An .xls with a password keeps its ``Workbook`` stream but starts it with a FILEPASS record.

Only the directory and the first records of the workbook stream are read, through the
container's sector chains, never more than ``_MAX_SECTORS`` sectors of either: a damaged or
hostile container costs a few kilobytes and gives ``None`` ("damaged"), never a loop.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_REGULAR = 0xFFFFFFFA
_MAX_SECTORS = 4096
_ENTRY = 128
_MINI_CUTOFF = 4096
_MINI_SECTOR = 64
#: BIFF records: BOF, EOF, FILEPASS (the workbook is encrypted).
_BOF, _EOF, _FILEPASS = 0x0809, 0x000A, 0x002F


@dataclass(frozen=True, slots=True)
class Contents:
    streams: frozenset[str]  # every stream and storage name, as written
    workbook_head: bytes  # the first bytes of the Workbook/Book stream (b"" if none)

    @property
    def is_encrypted_package(self) -> bool:
        return {"EncryptionInfo", "EncryptedPackage"} <= self.streams

    @property
    def is_workbook(self) -> bool:
        return bool({"Workbook", "Book"} & self.streams)

    @property
    def is_encrypted_workbook(self) -> bool:
        """A FILEPASS record among the workbook globals (before their EOF)."""
        data, at = self.workbook_head, 0
        while at + 4 <= len(data):
            kind, length = struct.unpack_from("<HH", data, at)
            if kind == _FILEPASS:
                return True
            if kind == _EOF or (at and kind == _BOF):
                return False
            at += 4 + length
        return False


def read_contents(path: Path, head_bytes: int = 1 << 16) -> Contents | None:
    """The container's stream names and the head of its workbook stream; None when damaged."""
    try:
        with path.open("rb") as handle:
            return _Container(handle).contents(head_bytes)
    except (OSError, struct.error, _Damaged):
        return None


class _Damaged(Exception):
    pass


class _Container:
    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        header = handle.read(512)
        if len(header) < 512 or not header.startswith(SIGNATURE):
            raise _Damaged
        shift, mini_shift = struct.unpack_from("<HH", header, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise _Damaged
        self.size = 1 << shift
        (fat_count, self.dir_start, _, self.mini_cutoff, self.minifat_start, _, difat_start,
         difat_count) = struct.unpack_from("<IIIIIIII", header, 0x2C)  # fmt: skip
        fat_sectors = [s for s in struct.unpack_from("<109I", header, 0x4C) if s <= _MAX_REGULAR]
        sector, seen = difat_start, 0
        while sector <= _MAX_REGULAR and seen < min(difat_count, _MAX_SECTORS):
            words = struct.unpack(f"<{self.size // 4}I", self._sector(sector))
            fat_sectors += [s for s in words[:-1] if s <= _MAX_REGULAR]
            sector, seen = words[-1], seen + 1
        if len(fat_sectors) > _MAX_SECTORS or fat_count > _MAX_SECTORS:
            raise _Damaged
        self.fat: list[int] = []
        for fat_sector in fat_sectors[:fat_count]:
            self.fat += struct.unpack(f"<{self.size // 4}I", self._sector(fat_sector))

    def _sector(self, number: int) -> bytes:
        self.handle.seek((number + 1) * self.size)
        data = self.handle.read(self.size)
        if len(data) < self.size:
            raise _Damaged
        return data

    def _chain(self, start: int, limit: int) -> bytes:
        """The bytes of a chain of sectors from ``start``, at most ``limit`` bytes."""
        out = bytearray()
        sector, seen = start, 0
        while sector <= _MAX_REGULAR and len(out) < limit:
            if sector >= len(self.fat) or seen >= _MAX_SECTORS:
                raise _Damaged
            out += self._sector(sector)
            sector, seen = self.fat[sector], seen + 1
        return bytes(out[:limit])

    def contents(self, head_bytes: int) -> Contents:
        directory = self._chain(self.dir_start, _MAX_SECTORS * _ENTRY)
        names: set[str] = set()
        workbook: tuple[int, int] | None = None
        root: tuple[int, int] | None = None
        for at in range(0, len(directory) - _ENTRY + 1, _ENTRY):
            entry = directory[at : at + _ENTRY]
            length, kind = struct.unpack_from("<HB", entry, 64)
            if kind == 0 or not 2 <= length <= 64:
                continue
            name = entry[: length - 2].decode("utf-16-le", errors="replace")
            start, size = struct.unpack_from("<IQ", entry, 116)
            names.add(name)
            if kind == 5:
                root = (start, size)
            elif kind == 2 and name in ("Workbook", "Book") and workbook is None:
                workbook = (start, size)
        head = b""
        if workbook is not None:
            start, size = workbook
            wanted = min(size, head_bytes)
            if size < self.mini_cutoff and root is not None:
                head = self._mini(root[0], start, wanted)
            else:
                head = self._chain(start, wanted)
        return Contents(frozenset(names), head)

    def _mini(self, root_start: int, start: int, limit: int) -> bytes:
        """A small stream lives in 64-byte sectors inside the root entry's own stream."""
        minifat_bytes = self._chain(self.minifat_start, _MAX_SECTORS * self.size)
        minifat = struct.unpack(f"<{len(minifat_bytes) // 4}I", minifat_bytes)
        mini_stream = self._chain(root_start, _MINI_CUTOFF * _MINI_SECTOR)
        out = bytearray()
        sector, seen = start, 0
        while sector <= _MAX_REGULAR and len(out) < limit:
            if sector >= len(minifat) or seen >= _MAX_SECTORS:
                raise _Damaged
            out += mini_stream[sector * _MINI_SECTOR : (sector + 1) * _MINI_SECTOR]
            sector, seen = minifat[sector], seen + 1
        return bytes(out[:limit])
