"""The app icon is made from its SVG at every size, the window wears it, and the Linux desktop
entry that ``install.sh`` writes starts the unpacked bundle."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icon"
LINUX = ROOT / "packaging" / "linux"
#: The app's colours the icon is drawn in (the grid's "live" green and "pending" blue).
GREEN, BLUE = "#0b7a3b", "#1f5fa8"


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, Path]:
    """The script run as a developer runs it (its own process: it starts a QGuiApplication)."""
    out = tmp_path_factory.mktemp("icons")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_icons.py"), "--out", str(out)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return _make_icons(), out


def test_the_script_draws_every_png_size_from_the_svg(made: tuple[ModuleType, Path]) -> None:
    from PySide6.QtGui import QColor, QImage

    script, out = made
    for size in script.PNG_SIZES:
        image = QImage(str(out / f"toco-uploader-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    big = QImage(str(out / "toco-uploader-512.png"))
    # The drawing itself: transparent corner, the green header row, the blue badge with its
    # white arrow.
    assert big.pixelColor(2, 2).alpha() == 0
    assert big.pixelColor(200, 90).name() == GREEN
    assert big.pixelColor(460, 440).name() == BLUE
    assert big.pixelColor(376, 400) == QColor("#ffffff")


def test_the_ico_and_icns_carry_the_sizes_each_os_asks_for(made: tuple[ModuleType, Path]) -> None:
    from PIL import Image

    script, out = made
    with Image.open(out / "toco-uploader.ico") as ico:
        assert ico.format == "ICO"
        assert {(s, s) for s in script.ICO_SIZES} <= set(ico.info["sizes"])
    with Image.open(out / "toco-uploader.icns") as icns:
        assert icns.format == "ICNS"
        assert {s for s, *_ in icns.info["sizes"]} >= {16, 128, 256, 512}


def test_the_committed_icons_are_the_scripts_sizes() -> None:
    from PySide6.QtGui import QImage

    script = _make_icons()
    for size in script.PNG_SIZES:
        image = QImage(str(ICONS / f"toco-uploader-{size}.png"))
        assert image.width() == size, f"run scripts/make_icons.py: {size} px is missing"
    assert (ICONS / "toco-uploader.ico").is_file() and (ICONS / "toco-uploader.icns").is_file()


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_window_wears_the_icon(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from app.gui.window import launch

    window, demo = launch.start(launch.parse_args([]))
    qtbot.addWidget(window)
    assert demo is None
    sizes = {s.width() for s in QApplication.windowIcon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
    assert not window.windowIcon().isNull()
    window.close()


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_names_the_program_and_its_icon() -> None:
    entry = _desktop_entry(LINUX / "toco-uploader.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Toco Uploader"
    assert entry["Exec"].split()[0] == "toco-uploader"
    assert entry["Icon"] == "toco-uploader"
    assert "Comment[id]" in entry and "GenericName[id]" in entry
    assert "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" in entry["MimeType"]
    validate = shutil.which("desktop-file-validate")
    if validate:
        done = subprocess.run([validate, str(LINUX / "toco-uploader.desktop")], capture_output=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_install_sh_points_the_menu_entry_at_the_unpacked_folder(tmp_path: Path) -> None:
    """As a merchant runs it from the unpacked tar.gz: no root, the user's own folders."""
    folder = tmp_path / "Unduhan" / "toco uploader & co"  # a space and an ampersand
    folder.mkdir(parents=True)
    for name in ("toco-uploader.desktop", "install.sh"):
        shutil.copy2(LINUX / name, folder / name)
    shutil.copy2(ICONS / "toco-uploader-256.png", folder / "toco-uploader.png")
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    done = subprocess.run(
        ["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    written = data / "applications" / "toco-uploader.desktop"
    entry = _desktop_entry(written)
    assert entry["Exec"] == f'"{folder}/toco-uploader" %f'
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "toco-uploader.png").is_file()

    removed = subprocess.run(
        ["sh", str(folder / "install.sh"), "--remove"], env=env, capture_output=True, check=False
    )
    assert removed.returncode == 0
    assert not written.exists()
