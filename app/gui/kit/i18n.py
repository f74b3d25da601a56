"""Languages: English (the source strings) and Bahasa Indonesia (``toco_id.qm``).

The `.qm` files are built from ``resources/translations/*.ts`` by
``scripts/build_translations.sh``. When a checkout has not built them yet, the loader compiles
the `.ts` into the user cache dir with ``pyside6-lrelease`` so a fresh clone still speaks
Indonesian. Validation messages take the same language from :func:`current_lang`.

Qt's own words (the Yes/No/Cancel/Close buttons of every message box and button box, the file
dialog) come from Qt's ``qtbase_<lang>.qm`` when PySide6 ships one; it ships none for
Indonesian, so ``toco_id.ts`` also carries those words under Qt's own contexts
(``QPlatformTheme``, ``QFileDialog``, ``QFileSystemModel``), installed with our translator.
"""

from __future__ import annotations

import locale
import shutil
import subprocess
import sys
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from app.catalog.messages import Lang
from app.gui.kit.resources import translations_dir
from app.private_files import private_folder

LANGUAGES: dict[Lang, str] = {"en": "English", "id": "Bahasa Indonesia"}


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def qm_file(lang: str) -> Path | None:
    """The compiled translation for ``lang``, building it from its .ts when needed."""
    built = translations_dir() / f"toco_{lang}.qm"
    source = translations_dir() / f"toco_{lang}.ts"
    if built.exists() and (not source.exists() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.exists():
        return built if built.exists() else None
    tool = _lrelease()
    if tool is None:
        return built if built.exists() else None
    cached = Path(user_cache_dir("toco-uploader", appauthor=False)) / f"toco_{lang}.qm"
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    private_folder(cached.parent)
    done = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(cached)], capture_output=True, check=False
    )
    return cached if done.returncode == 0 and cached.exists() else None


def qt_qm_file(lang: str) -> Path | None:
    """Qt's own translation of its buttons and dialogs, when PySide6 carries one."""
    found = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / (
        f"qtbase_{lang}.qm"
    )
    return found if lang != "en" and found.exists() else None


def system_lang() -> Lang:
    name = QLocale.system().name() or (locale.getlocale()[0] or "")
    return "id" if name.lower().startswith(("id", "in_")) else "en"


class Translations(QObject):
    """Installs the translator of the chosen language.

    Installing a translator makes Qt send ``LanguageChange`` to every widget, which is where
    widgets re-read their ``self.tr()`` texts.
    """

    _current: Lang = "en"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None

    @property
    def lang(self) -> Lang:
        return Translations._current

    def switch(self, lang: Lang) -> bool:
        """Use ``lang``; returns False (and stays in English) when its file is missing."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        if self._qt_translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._qt_translator)
            self._qt_translator = None
        qt_words = qt_qm_file(lang)
        if qt_words is not None:  # installed first: ours, installed after, win
            qt_translator = QTranslator(self)
            if qt_translator.load(str(qt_words)):
                QCoreApplication.installTranslator(qt_translator)
                self._qt_translator = qt_translator
        ok = True
        found = qm_file(lang)  # English has one too: its plural forms ("1 row", "2 rows")
        translator = QTranslator(self)
        if found is not None and translator.load(str(found)):
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        elif lang != "en":
            ok = False
            lang = "en"
        Translations._current = lang
        return ok


def current_lang() -> Lang:
    return Translations._current
