"""Window settings (geometry, recent files, language, the active store's name) in an INI file
in the user config dir.

The path comes from platformdirs, so ``XDG_CONFIG_HOME`` is honoured (tests point it at a
temporary folder). Settings hold no secrets.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from app.private_files import FILE_MODE, private_file, private_folder

APP_NAME = "toco-uploader"
MAX_RECENT = 8


def settings_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "gui.ini"


class WindowSettings:
    """Typed access to the few values the window remembers."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        private_file(private_folder(self.path.parent) / self.path.name)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()
        if self.path.exists():  # Qt writes a new file beside the old one and renames it
            os.chmod(self.path, FILE_MODE)

    # ---------------------------------------------------------------- language

    @property
    def language(self) -> str | None:
        value = self._qs.value("language")
        return value if value in ("en", "id") else None

    @language.setter
    def language(self, lang: str) -> None:
        self._qs.setValue("language", lang)

    # ---------------------------------------------------------------- the active store

    @property
    def active_store(self) -> str | None:
        """The chosen store profile, by name only (its ids and secrets live elsewhere)."""
        value = self._qs.value("active_store")
        return str(value) if value else None

    @active_store.setter
    def active_store(self, name: str | None) -> None:
        if name:
            self._qs.setValue("active_store", name)
        else:
            self._qs.remove("active_store")

    @property
    def demo_store_chosen(self) -> bool | None:
        """In demo mode: True when the merchant chose the demo store, False when they chose
        one of their own instead, None before any choice (the demo store then)."""
        value = str(self._qs.value("demo_store_chosen", "")).lower()
        return True if value == "true" else False if value == "false" else None

    @demo_store_chosen.setter
    def demo_store_chosen(self, chosen: bool) -> None:
        self._qs.setValue("demo_store_chosen", "true" if chosen else "false")

    # ---------------------------------------------------------------- view

    @property
    def show_all_fields(self) -> bool:
        """View → Show all fields, as the merchant left it."""
        return str(self._qs.value("view/show_all_fields", "false")).lower() == "true"

    @show_all_fields.setter
    def show_all_fields(self, shown: bool) -> None:
        self._qs.setValue("view/show_all_fields", "true" if shown else "false")

    @property
    def check_photos(self) -> bool:
        """View → Check photos: every photo of an opened sheet checked in the background
        (on unless the merchant turned it off)."""
        return str(self._qs.value("view/check_photos", "true")).lower() != "false"

    @check_photos.setter
    def check_photos(self, on: bool) -> None:
        self._qs.setValue("view/check_photos", "true" if on else "false")

    # ---------------------------------------------------------------- recent files

    def recent_files(self) -> list[str]:
        value = self._qs.value("recent_files") or []
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value if v][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> list[str]:
        text = str(Path(path).resolve())
        files = [text, *(f for f in self.recent_files() if f != text)][:MAX_RECENT]
        self._qs.setValue("recent_files", files)
        return files

    def clear_recent(self) -> None:
        self._qs.setValue("recent_files", [])

    # ---------------------------------------------------------------- window state

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def restore_window(self, window: QMainWindow) -> bool:
        """The window's size and docks of last time; False when there are none to restore."""
        geometry, state = self.geometry(), self.state()
        if geometry is not None:
            window.restoreGeometry(geometry)
        return state is not None and window.restoreState(state)

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
