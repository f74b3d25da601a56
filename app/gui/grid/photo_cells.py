"""The photos column's pictures: the first photo's thumbnail on the cell (``DecorationRole``)
and every picture of the cell in its tooltip, with what was found about each.

The images are made in the photo check's worker (``cell_image``: a ``QImage`` may be built off
the GUI thread, a ``QPixmap`` may not); the GUI thread only stores them and hands them out, so
``data()`` stays O(1). The tooltip's pictures are the 128 px PNG thumbnails as ``data:`` links,
encoded once per picture on the first hover.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.catalog.messages import KIND_WORDS, Lang
from app.catalog.validation import PHOTO_FIELDS

#: [ours] the thumbnail on a grid cell, in pixels (the grid's rows are 24 px high)
CELL_IMAGE_PX = 20
#: [ours] the pictures in a tooltip, in pixels (the thumbnails are 128 px)
TOOLTIP_IMAGE_PX = 96


@dataclass(frozen=True, slots=True)
class Picture:
    """One checked picture as the grid shows it: the cell's small image, the PNG thumbnail,
    and its format and size ("1200 × 900 JPEG"; empty when it is no picture)."""

    image: QImage | None
    png: bytes | None
    caption: str


def cell_image(png: bytes | None) -> QImage | None:
    """The small image on the cell, from a PNG thumbnail (safe in a worker thread)."""
    if not png:
        return None
    image = QImage.fromData(png)
    if image.isNull():
        return None
    return image.scaled(
        CELL_IMAGE_PX,
        CELL_IMAGE_PX,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class PhotoThumbnails:
    """Pictures by link, for the grid's model."""

    def __init__(self) -> None:
        self.pictures: dict[str, Picture] = {}
        self._encoded: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.pictures)

    def add(self, pictures: Mapping[str, Picture]) -> None:
        self.pictures.update(pictures)
        for link in pictures:
            self._encoded.pop(link, None)

    def decoration(self, links: object) -> QImage | None:
        """The first photo's small image (None when it has none, or is not checked yet)."""
        if not isinstance(links, list) or not links:
            return None
        picture = self.pictures.get(links[0])
        return picture.image if picture is not None else None

    def tooltip(self, key: str, links: object, tips: Iterable[str], lang: Lang) -> str | None:
        """Every picture of a photos or banners cell with its caption, then the problems
        (``tips``); None when no picture of the cell was checked yet."""
        if not isinstance(links, list) or not any(link in self.pictures for link in links):
            return None
        word = KIND_WORDS[PHOTO_FIELDS.get(key, "photo")]
        kind = word[1] if lang == "id" else word[0]
        cells = []
        for n, link in enumerate(links, start=1):
            picture = self.pictures.get(link)
            caption = f"{kind} {n}"
            if picture is not None and picture.caption:
                caption += f" · {picture.caption}"
            image = self._data_link(link)
            shown = (
                f'<img src="{image}" height="{TOOLTIP_IMAGE_PX}"><br>'
                if image
                else f'<div style="width:{TOOLTIP_IMAGE_PX}px;height:{TOOLTIP_IMAGE_PX}px">✖</div>'
            )
            cells.append(f'<td align="center" valign="top">{shown}{html.escape(caption)}</td>')
        text = "".join(f"<p>{html.escape(tip).replace(chr(10), '<br>')}</p>" for tip in tips if tip)
        return f"<table cellspacing='6'><tr>{''.join(cells)}</tr></table>{text}"

    def _data_link(self, link: str) -> str | None:
        if link in self._encoded:
            return self._encoded[link]
        picture = self.pictures.get(link)
        if picture is None or not picture.png:
            return None
        encoded = "data:image/png;base64," + base64.b64encode(picture.png).decode("ascii")
        self._encoded[link] = encoded
        return encoded
