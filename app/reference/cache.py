"""The store's data kept in the user cache directory, so it works offline and starts fast.

One file per kind and store (API.md §4.4 [ours]): the reference tree and the brands found so far
per base URL, the warehouses per base URL and store client id. File names carry a hash of those,
never the values; the files hold only what the store answered (ids and names) and the fetch date:
no token, no secret. Every write is private (0600) and atomic. A file that cannot be read — not
JSON, the wrong shape, another base URL — is deleted and treated as missing, never a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from app.catalog.store_data import BrandBook, ReferenceTree, Warehouse
from app.private_files import write_private_text

log = logging.getLogger(__name__)

APP_NAME = "toco-uploader"
#: bump when a file's shape changes: older files are then discarded, not misread
VERSION = 1
#: the tree (and the brands) are downloaded again when older than this (API.md §4.4 [ours])
MAX_AGE = timedelta(days=7)


def cache_dir() -> Path:
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "reference"


def _key(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:24]


def tree_path(base_url: str, folder: Path | None = None) -> Path:
    return (folder or cache_dir()) / f"tree-{_key(_base(base_url))}.json"


def brands_path(base_url: str, folder: Path | None = None) -> Path:
    return (folder or cache_dir()) / f"brands-{_key(_base(base_url))}.json"


def warehouses_path(base_url: str, store_client_id: str, folder: Path | None = None) -> Path:
    return (folder or cache_dir()) / f"warehouses-{_key(_base(base_url), store_client_id)}.json"


def _base(base_url: str) -> str:
    return str(base_url).rstrip("/")


def is_stale(tree: ReferenceTree | None, now: datetime, max_age: timedelta = MAX_AGE) -> bool:
    """Whether ``tree`` should be downloaded again (no date counts as stale)."""
    return tree is None or tree.fetched_at is None or now - tree.fetched_at > max_age


def age_days(fetched_at: datetime | None, now: datetime) -> int:
    """Whole days since ``fetched_at`` (0 for today or a date in the future)."""
    if fetched_at is None:
        return 0
    return max(0, (now - fetched_at).days)


# -- the tree --------------------------------------------------------------------------------
def save_tree(base_url: str, tree: ReferenceTree, *, folder: Path | None = None) -> Path:
    fetched = tree.fetched_at or datetime.now(UTC)
    return _write(tree_path(base_url, folder), base_url, fetched, {"tree": tree.to_raw()})


def load_tree(base_url: str, *, folder: Path | None = None) -> ReferenceTree | None:
    """The cached tree with its fetch date, or None (none yet, or damaged and now deleted)."""
    path = tree_path(base_url, folder)
    content = _read(path, base_url)
    if content is None:
        return None
    try:
        return ReferenceTree.from_raw(content["tree"], fetched_at=_date(content))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        _discard(path, exc)
        return None


# -- the brands ------------------------------------------------------------------------------
def save_brands(
    base_url: str, book: BrandBook, fetched_at: datetime, *, folder: Path | None = None
) -> Path:
    """``fetched_at``: when the oldest search in ``book`` was made (the book ages as a whole)."""
    return _write(brands_path(base_url, folder), base_url, fetched_at, {"brands": book.to_raw()})


def load_brands(
    base_url: str, *, folder: Path | None = None
) -> tuple[BrandBook, datetime | None] | None:
    path = brands_path(base_url, folder)
    content = _read(path, base_url)
    if content is None:
        return None
    try:
        return BrandBook.from_raw(content["brands"]), _date(content)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        _discard(path, exc)
        return None


# -- the warehouses --------------------------------------------------------------------------
def save_warehouses(
    base_url: str,
    store_client_id: str,
    warehouses: Sequence[Warehouse],
    fetched_at: datetime,
    *,
    folder: Path | None = None,
) -> Path:
    path = warehouses_path(base_url, store_client_id, folder)
    raw = [w.to_raw() for w in warehouses]
    return _write(path, base_url, fetched_at, {"items": raw})


def load_warehouses(
    base_url: str, store_client_id: str, *, folder: Path | None = None
) -> tuple[list[Warehouse], datetime | None] | None:
    path = warehouses_path(base_url, store_client_id, folder)
    content = _read(path, base_url)
    if content is None:
        return None
    try:
        return [Warehouse.from_raw(w) for w in content["items"]], _date(content)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        _discard(path, exc)
        return None


# -- files -----------------------------------------------------------------------------------
def _write(path: Path, base_url: str, fetched_at: datetime, body: dict[str, Any]) -> Path:
    content = {
        "version": VERSION,
        "baseUrl": _base(base_url),
        "fetchedAt": fetched_at.astimezone(UTC).isoformat(),
        **body,
    }
    write_private_text(path, json.dumps(content, ensure_ascii=False, separators=(",", ":")))
    return path


def _read(path: Path, base_url: str) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        _discard(path, exc)
        return None
    try:
        content = json.loads(text)
    except ValueError as exc:
        _discard(path, exc)
        return None
    if not isinstance(content, dict) or content.get("version") != VERSION:
        _discard(path, ValueError("not a cache file of this version"))
        return None
    if content.get("baseUrl") != _base(base_url):
        _discard(path, ValueError("a cache file of another store address"))
        return None
    return content


def _date(content: dict[str, Any]) -> datetime | None:
    value = content.get("fetchedAt")
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value))  # ValueError: damaged
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _discard(path: Path, reason: BaseException) -> None:
    log.warning("discarding the damaged cache file %s (%s)", path.name, reason)
    with contextlib.suppress(OSError):
        path.unlink()
