"""Finding the files in ``resources/`` from a source checkout, an installed package or a bundle.

``resources/`` sits at the repository root next to ``app/``. An installed or frozen copy may
carry it inside the package, next to the executable (PyInstaller's ``_MEIPASS``) or under
``<prefix>/share/toco-uploader``; ``TOCO_RESOURCES`` overrides them all.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # the app package


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get("TOCO_RESOURCES")
    if override:
        found.append(Path(override))
    found += [_PACKAGE.parent / "resources", _PACKAGE / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / "resources")
    found.append(Path(sys.prefix) / "share" / "toco-uploader" / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The first existing resources folder (the source checkout's when nothing exists)."""
    for candidate in _candidates():
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("demo", "contoh-produk.xlsx")``."""
    return resources_dir().joinpath(*parts)


def demo_workbook() -> Path:
    return resource("demo", "contoh-produk.xlsx")


def is_demo_workbook(path: Path | None) -> bool:
    """The app's own demo workbook (its photo links are made-up examples)."""
    if path is None:
        return False
    try:
        return path.resolve() == demo_workbook().resolve()
    except OSError:
        return False


def translations_dir() -> Path:
    return resource("translations")


def app_version() -> str:
    """The version, also when ``app`` is imported as a namespace (an editable install made
    before ``app/__init__.py`` existed)."""
    try:
        from app import __version__

        return str(__version__)
    except ImportError:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("toco-uploader")
        except PackageNotFoundError:
            return "0"
