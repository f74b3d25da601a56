"""The app's own files (journal, logs, profiles, sessions, remembered maps, caches) are private
to the user: folders 0700, files 0600, whatever the umask. A leaf module: it imports nothing of
the app. Never used for the merchant's own workbooks or their folders.

On systems without POSIX permissions (Windows) the modes are a no-op: the user's profile
folders are private there already.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.atomic_files import write_text_atomically

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: str | Path) -> Path:
    """Make ``path`` (and each missing parent) with mode 0700; an existing ``path`` is set to
    0700 (folders made by older versions are mended). Folders that existed above it are left."""
    folder = Path(path)
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            candidate.mkdir(mode=FOLDER_MODE)
        os.chmod(candidate, FOLDER_MODE)  # mkdir's mode is masked by the umask
    os.chmod(folder, FOLDER_MODE)
    return folder


def private_file(path: str | Path) -> Path:
    """Make ``path`` if missing (empty) and set it to 0600; its content is left as it is."""
    target = Path(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
        else:
            os.chmod(target, FILE_MODE)
    finally:
        os.close(fd)
    return target


def write_private_text(path: str | Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step (``atomic_files``), as a private file in a
    private folder: the replacement takes the target's mode, so the target is made 0600 first."""
    target = Path(path)
    private_folder(target.parent)
    if target.exists():
        os.chmod(target, FILE_MODE)
    write_text_atomically(target, text)
    os.chmod(target, FILE_MODE)
