"""Makes the app icon's PNG sizes, ICO (Windows) and ICNS (macOS) from its SVG source.

    .venv/bin/python scripts/make_icons.py [--out resources/icon]

Qt's own SVG renderer (PySide6.QtSvg) draws each PNG size from ``resources/icon/toco-uploader.svg``
on a transparent background; Pillow packs the sizes into ``toco-uploader.ico`` and
``toco-uploader.icns``. Run it again after changing the SVG; the results are committed so a
Windows or macOS build needs nothing but PyInstaller.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icon" / "toco-uploader.svg"
NAME = "toco-uploader"
#: The PNG sizes: the Linux desktop's hicolor sizes and what the ICO and ICNS carry.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(svg: Path, out: Path) -> list[Path]:
    """``toco-uploader-<size>.png`` for every size, drawn by Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can draw")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out / f"{NAME}-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def pack(out: Path) -> tuple[Path, Path]:
    """The ICO and the ICNS, each from the PNG drawn at its own size (not scaled down)."""
    from PIL import Image

    pictures = {size: Image.open(out / f"{NAME}-{size}.png").convert("RGBA") for size in PNG_SIZES}
    ico = out / f"{NAME}.ico"
    largest = pictures[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[pictures[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    icns = out / f"{NAME}.icns"
    pictures[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[pictures[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    return ico, icns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SOURCE, help="the SVG source")
    parser.add_argument("--out", type=Path, default=SOURCE.parent, help="where the icons go")
    args = parser.parse_args(argv)
    pngs = render_pngs(args.svg, args.out)
    ico, icns = pack(args.out)
    for path in [*pngs, ico, icns]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
