"""Files written all at once or not at all: the merchant's workbook, the profiles, remembered
column maps. A crash, a full disk or a closed lid leaves the old file or the new one, never half
of one.

The new content goes to a temporary file in the target's own folder (so the final rename stays
on one file system), is flushed to disk, then replaces the target with ``os.replace`` in one
step; on any failure the temporary file is deleted and the target left as it was. A leaf module:
it imports nothing of the app.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

TEMP_SUFFIX = ".tmp"


@contextlib.contextmanager
def replacing(path: str | Path, suffix: str = TEMP_SUFFIX) -> Iterator[Path]:
    """Yield a fresh temporary path beside ``path`` for the caller to write.

    When the block ends normally the file is synced to disk and replaces ``path``, with the
    permissions ``path`` had (a new file stays private to the user); when it raises, the
    temporary file is deleted and ``path`` is untouched. Missing folders are made.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        _sync(temporary)
        with contextlib.suppress(FileNotFoundError):
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def write_text_atomically(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` in one step (see ``replacing``)."""
    with replacing(path) as temporary:
        temporary.write_text(text, encoding=encoding)


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
