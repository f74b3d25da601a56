"""Photos: every picture of a sheet fetched once, judged from its bytes, its thumbnail kept.

No Qt and no store credentials here: the checker has its own HTTP client. See ``rules`` for
what is checked, ``checking`` for how, ``cache`` for what is kept on disk.
"""

from app.photos.cache import PhotoCache
from app.photos.checking import PhotoChecker, issues_by_link, links_of
from app.photos.judging import PhotoCheck
from app.photos.rules import direct_link, share_page

__all__ = [
    "PhotoCache",
    "PhotoCheck",
    "PhotoChecker",
    "direct_link",
    "issues_by_link",
    "links_of",
    "share_page",
]
