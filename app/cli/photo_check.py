"""``--check-photos`` of ``validate`` and ``upload``: every photo and banner link of the chosen
rows downloaded once and judged (``app.photos``), before anything is sent; rows with a bad photo
are then held back like any other error. Off unless asked: it downloads every picture.

Progress goes to stderr on a terminal only (``ProgressBar``), so ``--json`` stdout holds only
its JSON; the photo problems are in it like every other issue.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.catalog.fields import label_of
from app.catalog.messages import Lang, render
from app.cli.output import ProgressBar

if TYPE_CHECKING:  # the photo checker (httpx, Pillow) only when --check-photos asks for it
    from app.photos import PhotoChecker
    from app.sheets import LoadedSheet

_WORDS: dict[str, tuple[str, str]] = {
    "checked": (
        "{n} photo links checked ({cached} from the cache), {bad} with problems.",
        "{n} tautan foto diperiksa ({cached} dari cache), {bad} bermasalah.",
    ),
}


def check_photos_if_asked(
    args: argparse.Namespace,
    loaded: LoadedSheet,
    indexes: list[int],
    checker: PhotoChecker | None = None,
) -> None:
    """With ``--check-photos``: check the photos of the rows at ``indexes`` and put what was
    found on their cells."""
    if not getattr(args, "check_photos", False):
        return
    from app.catalog.validation import MAIN_PHOTO_FIELD
    from app.photos import PhotoCache, PhotoChecker, issues_by_link, links_of

    table = loaded.table
    links = links_of(table.rows[i] for i in indexes)
    lang: Lang = args.lang
    bar = ProgressBar(label_of(MAIN_PHOTO_FIELD, lang))
    own = checker is None
    checker = checker or PhotoChecker(PhotoCache())
    try:
        found = checker.check(links, progress=bar.draw)
    finally:
        bar.close()
        if own:
            checker.close()
    table.use_photo_checks(issues_by_link(found))
    cached = sum(1 for c in found.values() if c.from_cache)
    bad = sum(1 for c in found.values() if c.is_bad)
    print(
        render(_WORDS, "checked", {"n": len(found), "cached": cached, "bad": bad}, lang),
        file=sys.stderr,
    )
