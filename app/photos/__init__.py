"""Photos: every picture of a sheet fetched once, judged from its bytes, its thumbnail kept.

No Qt and no store credentials here: the checker has its own HTTP client. See ``rules`` for
what is checked, ``checking`` for how, ``cache`` for what is kept on disk.

The names below are imported when first asked for (PEP 562), so that a light part such as
``app.photos.fixing`` (needed to show the window) does not bring in Pillow and httpx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_package import lazy_names

if TYPE_CHECKING:
    from app.photos.cache import PhotoCache
    from app.photos.checking import PhotoChecker, issues_by_link
    from app.photos.judging import PhotoCheck
    from app.photos.links import links_of
    from app.photos.rules import direct_link, share_page

_HOMES = {
    "PhotoCache": "app.photos.cache",
    "PhotoChecker": "app.photos.checking",
    "issues_by_link": "app.photos.checking",
    "links_of": "app.photos.links",
    "PhotoCheck": "app.photos.judging",
    "direct_link": "app.photos.rules",
    "share_page": "app.photos.rules",
}

__all__ = [
    "PhotoCache",
    "PhotoCheck",
    "PhotoChecker",
    "direct_link",
    "issues_by_link",
    "links_of",
    "share_page",
]


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
