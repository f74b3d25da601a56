"""The photo checks kept on disk, by link: a second check of the same sheet downloads nothing.

One JSON file per link (what was found, and the server's ``ETag`` / ``Last-Modified``) and its
128 px thumbnail as a PNG beside it, in the user cache directory. File names are a hash of the
link, never the link; files are private (0600) and written atomically. A fresh entry
(``FRESH_FOR``) is used as it is; an older one is asked again with a conditional request, and a
``304 Not Modified`` keeps it. A file that cannot be read is deleted and counts as missing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from platformdirs import user_cache_dir

from app.photos.judging import PhotoCheck
from app.private_files import private_folder

APP_NAME = "toco-uploader"
#: bump when a file's shape changes: older files are then discarded, not misread
VERSION = 1
#: [ours] a check younger than this is used without asking the server again
FRESH_FOR_SECONDS = 24 * 3600


def cache_dir() -> Path:
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "photos"


def _name(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


class PhotoCache:
    """Checks by link in ``folder`` (default: the user cache directory)."""

    def __init__(self, folder: Path | None = None, fresh_for: float = FRESH_FOR_SECONDS) -> None:
        self.folder = folder or cache_dir()
        self.fresh_for = fresh_for
        self._made = False

    def thumbnail_path(self, url: str) -> Path:
        return self.folder / f"{_name(url)}.png"

    def _json_path(self, url: str) -> Path:
        return self.folder / f"{_name(url)}.json"

    def load(self, url: str) -> tuple[PhotoCheck, bool] | None:
        """The kept check of ``url`` and whether it is still fresh; None when there is none."""
        path = self._json_path(url)
        try:
            raw = json.loads(path.read_text("utf-8"))
            if raw.get("version") != VERSION or raw["check"]["url"] != url:
                raise ValueError("another version or another link")
            thumb_path = self.thumbnail_path(url)
            thumbnail = thumb_path.read_bytes() if raw.get("thumbnail") else None
            check = PhotoCheck.from_raw(raw["check"], thumbnail)
            fresh = time.time() - float(raw["checkedAt"]) < self.fresh_for
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            self.forget(url)
            return None
        return check, fresh

    def save(self, check: PhotoCheck) -> None:
        if not check.keep:
            return
        if not self._made:
            private_folder(self.folder)
            self._made = True
        if check.thumbnail is not None:
            _replace(self.thumbnail_path(check.url), check.thumbnail)
        content = {
            "version": VERSION,
            "checkedAt": time.time(),
            "thumbnail": check.thumbnail is not None,
            "check": check.to_raw(),
        }
        _replace(self._json_path(check.url), json.dumps(content, ensure_ascii=False).encode())

    def touch(self, check: PhotoCheck) -> None:
        """The server said "not modified": the kept check is fresh again."""
        self.save(check)

    def forget(self, url: str) -> None:
        for path in (self._json_path(url), self.thumbnail_path(url)):
            with contextlib.suppress(OSError):
                path.unlink()


def _replace(target: Path, data: bytes) -> None:
    """Write ``data`` to a private temporary file beside ``target`` (``mkstemp``: 0600), then
    rename it over ``target`` in one step: a reader sees the old file or the new, never half.
    Not synced to disk: a cache lost in a power cut is only checked again."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
