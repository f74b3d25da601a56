"""Functions the bounded-child tests run in the child (importable by name, as ``spawn`` needs)."""

from __future__ import annotations

import os
import time


def aborts() -> None:
    os.abort()


def allocates(megabytes: int) -> int:
    hog = bytearray(megabytes * 2**20)
    return len(hog)


def sleeps(seconds: float) -> str:
    time.sleep(seconds)
    return "woke up"


def exits(code: int) -> None:
    os._exit(code)


def raises_a_bug() -> None:
    raise KeyError("column 7")


def echoes(value: object) -> object:
    return value


def reads_without_extent_check(path: str) -> object:
    """The real reader on a hostile file, as if the extent check were not there."""
    from app.sheets import filetype, read_sheet

    filetype.check_xlsx_extent = lambda *_: None
    return read_sheet(path)
