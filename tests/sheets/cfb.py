"""A minimal OLE compound file (CFB) — the container of a password-protected .xlsx."""

from __future__ import annotations

import struct

FREE, END, FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _entry(
    name: str, kind: int, child: int = FREE, right: int = FREE, start: int = END, size: int = 0
) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", FREE, right, child)
        + b"\0" * 16
        + b"\0" * 4
        + b"\0" * 16
        + struct.pack("<IQ", start, size)
    )


def encrypted_workbook_bytes() -> bytes:
    """Header, one FAT sector, one directory sector, one data sector."""
    difat = [0] + [FREE] * 108
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
        + struct.pack("<109I", *difat)
    )
    fat = struct.pack("<128I", FAT, END, END, *([FREE] * 125))
    directory = (
        _entry("Root Entry", 5, child=1)
        + _entry("EncryptionInfo", 2, right=2, start=2, size=8)
        + _entry("EncryptedPackage", 2, start=2, size=8)
        + b"\0" * 128
    )
    data = b"\x04\x00\x04\x00\x40\x00\x00\x00".ljust(512, b"\0")
    return header + fat + directory + data
