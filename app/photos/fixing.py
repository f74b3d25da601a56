"""The one-click fix of a share link: the photos (or banners) cell with each Google Drive or
Dropbox share link replaced by its direct link, as the cell holds it — one text, or one part
per column (``Foto 1``, ``Foto 2`` …). No Qt: the window pushes the result as one undo step."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.catalog.issues import Issue
from app.catalog.validation import PHOTO_FIELDS

#: the finding that has a direct link to write instead (``photo_share_page``)
FIXABLE = "photo_share_page"


def share_fixes(issues: Iterable[Issue]) -> list[tuple[str, str]]:
    """(share link, direct link) of every fixable issue of a photos or banners cell."""
    found: dict[str, str] = {}
    for issue in issues:
        if issue.field not in PHOTO_FIELDS or issue.key != FIXABLE:
            continue
        link, direct = issue.params.get("link"), issue.params.get("direct")
        if isinstance(link, str) and isinstance(direct, str) and direct and link != direct:
            found.setdefault(link, direct)
    return list(found.items())


def fixed_cell(raw: Any, fixes: Iterable[tuple[str, str]]) -> Any:
    """``raw`` with each share link replaced by its direct link (the same shape: a text, a
    list, or a dict of parts)."""
    pairs = list(fixes)

    def fix(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        for link, direct in pairs:
            value = value.replace(link, direct)
        return value

    if isinstance(raw, Mapping):
        return {k: fix(v) for k, v in raw.items()}
    if isinstance(raw, list | tuple):
        return [fix(v) for v in raw]
    return fix(raw)
