"""``toco-uploader [FILE] [--demo] [--screenshot PATH] [--size WxH]``: open the window.

Called by ``app.__main__`` when no subcommand is given (the subcommands never import Qt).
``--demo`` also starts the demo store (``app.gui.window.demo``) and stops it when the window closes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import giving_way
from app.gui.kit.resources import app_version, demo_workbook, resource
from app.gui.window import first_paint

if TYPE_CHECKING:
    from app.gui.window.demo import DemoStore
    from app.gui.window.main_window import MainWindow

SCREENSHOT_DELAY_MS = 400
SCREENSHOT_TIMEOUT_MS = 60_000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="toco-uploader", description="Open the Toco Uploader window."
    )
    parser.add_argument("file", nargs="?", help="a workbook to open (.xlsx, .xls, .ods, .csv)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the bundled sample workbook (with a few mistakes to fix) and"
        " send it to a demo store running inside the app",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="render the window to PATH (PNG) once loaded, then quit",
    )
    parser.add_argument("--lang", choices=("en", "id"), help="the language of the window")
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=window_size,
        help="the window's size in pixels, e.g. 1024x600 (for screenshots of small screens)",
    )
    return parser.parse_args(argv)


def app_icon() -> QIcon:
    """The app's icon at every size made by scripts/make_icons.py (resources/icon/)."""
    icon = QIcon()
    for png in sorted(resource("icon").glob("toco-uploader-*.png")):
        icon.addFile(str(png))
    return icon


def window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, e.g. 1024x600, not {text!r}")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    qapp = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "toco"])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Toco Uploader")
    qapp.setApplicationVersion(app_version())
    qapp.setOrganizationName("toco-uploader")
    _window, demo = start(args)  # the window lives as long as the event loop
    try:
        return qapp.exec()
    finally:
        giving_way.window_idle()  # the loop is over: no worker waits for it any more
        if demo is not None:
            demo.stop()


def start(args: argparse.Namespace) -> tuple[MainWindow, DemoStore | None]:
    """The shown window (and the running demo store with ``--demo``)."""
    from app.gui.window.main_window import MainWindow

    QApplication.setWindowIcon(app_icon())  # every window and dialog of the app
    window = MainWindow()
    demo: DemoStore | None = None
    if args.demo:  # the sandbox server (uvicorn, starlette): imported only for the demo
        from app.gui.window.demo import DemoStore

        demo = DemoStore.start()
        demo.attach(window.stores, window.opener, window.send_flow)
    if args.lang:
        window.set_language(args.lang)
    if args.size:
        window.resize(*args.size)
    first_paint.watch(window)
    window.show()
    target: Path | None = Path(args.file) if args.file else None
    if args.demo:
        target = demo_workbook()
    if args.screenshot:
        _arrange_screenshot(window, Path(args.screenshot), expect_file=target is not None)
    if target is not None:
        window.open_path(
            target, ask_mapping=not args.demo, restore_answer=False if args.screenshot else None
        )
    elif not args.screenshot:
        QTimer.singleShot(0, window.offer_crash_restore)
    return window, demo


def _arrange_screenshot(window: object, path: Path, *, expect_file: bool) -> None:
    from app.gui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)

    def shoot() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        window.grid.setFocus()
        window.grab().save(str(path))
        print(f"screenshot: {path}")
        window.close()
        QApplication.quit()

    def loaded(*_: object) -> None:
        """Once the store's lists asked for after the opening are in (the rows checked against
        them: what the merchant sees a moment later), then the delay, then the picture."""
        if window.category_list.loading or window.category_list.checking.pending:
            QTimer.singleShot(100, loaded)
        else:
            QTimer.singleShot(SCREENSHOT_DELAY_MS, shoot)

    if expect_file:
        window.opener.opened.connect(loaded)
        window.opener.failed.connect(loaded)
    else:
        QTimer.singleShot(SCREENSHOT_DELAY_MS, shoot)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, shoot)
