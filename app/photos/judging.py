"""Judging one downloaded picture from its bytes, and what the merchant is told about it.

Pillow reads the real format and size from the bytes (never from the name or the server's
``Content-Type``) and draws the 128 px thumbnail. Pillow rather than Qt's image reader: the same
judgement then runs in the command line and in the window, below ``app/gui`` (no Qt there), in
worker threads, and Pillow releases the interpreter lock while it decodes.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, UnidentifiedImageError

from app.catalog.issues import Issue, Level
from app.photos.fetching import Download
from app.photos.rules import (
    ACCEPTED_FORMATS,
    MAX_BYTES,
    MIN_SHORT_SIDE,
    THUMBNAIL_PX,
    is_plain_http,
    share_page,
    sniff_markup,
)

#: Pillow may be asked to open a picture of at most this many pixels (a 10 MB file can hold a
#: decompression bomb of billions)
MAX_PIXELS = 80_000_000
#: a key: a message key of ``app.catalog.messages``; params: its parameters
Finding = tuple[str, Level, dict[str, Any]]


@dataclass(slots=True)
class PhotoCheck:
    """What we know of one photo link: its picture's format and size, or what is wrong.
    ``findings`` are message keys with their level and parameters; ``thumbnail`` a PNG."""

    url: str
    findings: list[Finding] = field(default_factory=list)
    format: str | None = None
    width: int = 0
    height: int = 0
    size: int = 0
    thumbnail: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    #: False when the answer should not be kept (no answer: DNS, time-out, connection)
    keep: bool = True
    from_cache: bool = False

    @property
    def is_bad(self) -> bool:
        return any(level is Level.ERROR for _, level, _ in self.findings)

    def issues(self) -> list[Issue]:
        """The findings as issues of no field yet: ``photo_issues`` puts them on a cell."""
        return [Issue(None, key, level, dict(params)) for key, level, params in self.findings]

    def to_raw(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "findings": [[k, lv.value, p] for k, lv, p in self.findings],
            "format": self.format,
            "width": self.width,
            "height": self.height,
            "size": self.size,
            "etag": self.etag,
            "lastModified": self.last_modified,
        }

    @classmethod
    def from_raw(cls, raw: dict[str, Any], thumbnail: bytes | None) -> PhotoCheck:
        return cls(
            url=str(raw["url"]),
            findings=[(str(k), Level(lv), dict(p)) for k, lv, p in raw["findings"]],
            format=raw.get("format"),
            width=int(raw.get("width") or 0),
            height=int(raw.get("height") or 0),
            size=int(raw.get("size") or 0),
            thumbnail=thumbnail,
            etag=raw.get("etag"),
            last_modified=raw.get("lastModified"),
            from_cache=True,
        )


def before_download(url: str) -> PhotoCheck | None:
    """A link judged by its address alone (a share page): no download needed."""
    found = share_page(url)
    if found is None:
        return None
    key = "photo_share_page" if found.direct else "photo_share_page_no_fix"
    params = {"service": found.service, "direct": found.direct or ""}
    return PhotoCheck(url, [(key, Level.ERROR, params)])


def judge(got: Download) -> PhotoCheck:
    """The check of one finished download (not a 304: the cache answers those)."""
    check = PhotoCheck(got.url, etag=got.etag, last_modified=got.last_modified, size=got.size)
    if is_plain_http(got.url):
        check.findings.append(("photo_plain_http", Level.WARNING, {}))
    if got.failure is not None:
        check.findings.insert(0, (got.failure, Level.ERROR, dict(got.params)))
        check.keep = False
        return check
    if got.too_big:
        megabytes = f"{got.size / 1024 / 1024:.1f}"
        limit = f"{MAX_BYTES / 1024 / 1024:g}"
        check.findings.insert(0, ("photo_too_big", Level.ERROR, {"mb": megabytes, "limit": limit}))
        return check
    _read_picture(got, check)
    return check


def _read_picture(got: Download, check: PhotoCheck) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(got.body)) as img:
                check.format = img.format
                check.width, check.height = img.size
                if img.width * img.height > MAX_PIXELS:
                    raise Image.DecompressionBombError("too many pixels")
                if img.format in ACCEPTED_FORMATS:
                    check.thumbnail = _thumbnail(img)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        check.findings.insert(0, _not_a_picture(got, check))
        return
    except (OSError, ValueError, SyntaxError):  # truncated or damaged inside
        check.findings.insert(0, ("photo_damaged", Level.ERROR, {}))
        return
    if check.format not in ACCEPTED_FORMATS:
        check.findings.insert(0, ("photo_format", Level.ERROR, {"format": check.format or "?"}))
        return
    short = min(check.width, check.height)
    if short < MIN_SHORT_SIDE:
        check.findings.append(
            (
                "photo_small",
                Level.WARNING,
                {"width": check.width, "height": check.height, "min": MIN_SHORT_SIDE},
            )
        )


def _not_a_picture(got: Download, check: PhotoCheck) -> Finding:
    if check.width and check.height:  # opened, but too many pixels to be a photo
        size = {"width": check.width, "height": check.height}
        return ("photo_too_many_pixels", Level.ERROR, size)
    shared = share_page(got.final_url)
    if shared is not None:  # a short link that led to a share page
        key = "photo_share_page" if shared.direct else "photo_share_page_no_fix"
        return (key, Level.ERROR, {"service": shared.service, "direct": shared.direct or ""})
    what = sniff_markup(got.body)
    if what == "html":
        return ("photo_is_web_page", Level.ERROR, {})
    if what == "text":
        return ("photo_is_text", Level.ERROR, {})
    return ("photo_not_a_picture", Level.ERROR, {})


def _thumbnail(img: Image.Image) -> bytes:
    if img.format == "JPEG":
        img.draft("RGB", (THUMBNAIL_PX, THUMBNAIL_PX))  # decoded at 1/2, 1/4 or 1/8: fast
    small = img.copy()
    # reduce by whole factors first, then a bilinear pass: a 128 px preview, not a print
    small.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX), Image.Resampling.BILINEAR, reducing_gap=2.0)
    if small.mode not in ("RGB", "RGBA"):
        alpha = "A" in small.getbands() or "transparency" in small.info
        small = small.convert("RGBA" if alpha else "RGB")
    out = io.BytesIO()
    small.save(out, "PNG", optimize=False, compress_level=1)
    return out.getvalue()
