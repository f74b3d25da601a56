"""What a photo must be, as named constants [ours], and the share links we know how to mend.

The marketplace downloads every photo itself and rejects a product whose photo it cannot use;
marketplaces publish limits of 5–10 MB, JPEG/PNG/WebP and a short side of 300–500 px, and give
up on a download after a few seconds. We check the same before anything is sent:

- error: the picture cannot be downloaded (HTTP status, DNS, TLS, time-out, too many
  redirects), is not a picture (an HTML page, text, a ``.jpg`` that is something else), is in a
  format the store does not take (GIF, BMP, TIFF …: say so, the merchant converts it), is over
  ``MAX_BYTES``, or is a Google Drive / Dropbox / OneDrive *share page* (a viewer, not the file);
- warning: the short side is under ``MIN_SHORT_SIDE`` px, or the link is ``http://``.

Share pages are known by their address alone, so they are judged without a download.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

#: [ours] a photo larger than this is refused (marketplaces: 5–10 MB)
MAX_BYTES = 10 * 1024 * 1024
#: [ours] a download (every redirect and the whole body) given up after this many seconds
TIMEOUT_SECONDS = 10.0
#: [ours] redirects followed at most
MAX_REDIRECTS = 5
#: [ours] pictures downloaded at once, and at once from one host
CONCURRENCY = 8
PER_HOST = 4
#: [ours] a short side under this many pixels is a warning (marketplaces: 300–500)
MIN_SHORT_SIDE = 500
#: [ours] the formats the store takes (Pillow's names)
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP"})
#: [ours] the thumbnails kept for the grid, in pixels (the longer side)
THUMBNAIL_PX = 128
#: [ours] the user agent of our downloads: plain, nothing of the store or the merchant
USER_AGENT = "TocoUploader-PhotoCheck/1.0"

#: Hosts whose links are share pages, not files
_DRIVE = re.compile(r"(^|\.)drive\.google\.com$|(^|\.)docs\.google\.com$", re.IGNORECASE)
_DROPBOX = re.compile(r"(^|\.)dropbox\.com$", re.IGNORECASE)
_ONEDRIVE = re.compile(r"(^|\.)(1drv\.ms|onedrive\.live\.com|sharepoint\.com)$", re.IGNORECASE)
_DRIVE_FILE = re.compile(r"/file/d/([A-Za-z0-9_-]{10,})")


@dataclass(frozen=True, slots=True)
class SharePage:
    """A link to a cloud drive's viewer: which service, and the direct link (None: we do not
    know one — OneDrive)."""

    service: str  # "Google Drive", "Dropbox", "OneDrive"
    direct: str | None


def share_page(url: str) -> SharePage | None:
    """Whether ``url`` is a share page of Google Drive, Dropbox or OneDrive (None: it is not,
    or it already is the direct link)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = parts.hostname or ""
    query = parse_qs(parts.query)
    if _DRIVE.search(host):
        if parts.path.startswith("/uc") and query.get("export") == ["download"]:
            return None
        found = _DRIVE_FILE.search(parts.path)
        ids = query.get("id") or [""]
        file_id = found.group(1) if found else ids[0]
        direct = f"https://drive.google.com/uc?export=download&id={file_id}" if file_id else None
        return SharePage("Google Drive", direct)
    if _DROPBOX.search(host):
        if host.startswith("dl.") or query.get("dl") == ["1"] or query.get("raw") == ["1"]:
            return None
        query["dl"] = ["1"]
        fixed = parts._replace(
            scheme="https", query=urlencode({k: v[-1] for k, v in query.items()})
        )
        return SharePage("Dropbox", urlunsplit(fixed))
    if _ONEDRIVE.search(host):
        if "/download" in parts.path.lower():
            return None
        return SharePage("OneDrive", None)
    return None


def direct_link(url: str) -> str | None:
    """The link to write instead of a share page's (the one-click fix), or None."""
    found = share_page(url)
    return found.direct if found is not None else None


def is_plain_http(url: str) -> bool:
    return url.strip().lower().startswith("http://")


def sniff_markup(head: bytes) -> str | None:
    """What a body that is no picture is, from its first bytes: "html", "text" or None."""
    start = head.lstrip()[:512].lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in start:
        return "html"
    try:
        start.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "text"
