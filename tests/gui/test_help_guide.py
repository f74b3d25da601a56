"""Help → Spreadsheet format / Store errors / Your secrets: built from the registry and the error
table, in the window's language."""

from __future__ import annotations

from typing import Any

import pytest

from app.catalog.codes import DOCUMENTED_CODES
from app.catalog.fields import FIELDS
from app.gui.help.guide_dialog import GuideDialog
from app.gui.window.main_window import MainWindow
from app.profiles.secrets import SERVICE

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


def _open(window: MainWindow, qtbot: Any, page: str) -> GuideDialog:
    window.acts.guides[page].trigger()
    dialog = window.findChild(GuideDialog, "guide-dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_help_menu_lists_the_three_pages_before_about(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.acts.help_menu.actions() if a.text()]
    assert texts == [
        "Spreadsheet format",
        "Store errors",
        "Where your secrets are kept",
        "About Toco Uploader",
    ]


def test_the_format_page_names_every_field_with_its_headers_and_forms(
    window: MainWindow, qtbot: Any
) -> None:
    dialog = _open(window, qtbot, "format")
    assert dialog.tabs.currentIndex() == 0
    text = dialog.pages["format"].toPlainText()
    folded = text.casefold()
    for field in FIELDS:
        assert field.label_en in text, field.key
        for synonym in field.synonyms:
            assert synonym.casefold() in folded, (field.key, synonym)
    assert "Rp 79.000" in text  # how a price may be written
    assert "Required" in text and "Optional" in text


def test_the_errors_page_explains_every_documented_code_and_connection_problems(
    window: MainWindow, qtbot: Any
) -> None:
    dialog = _open(window, qtbot, "errors")
    assert dialog.tabs.currentIndex() == 1
    text = dialog.pages["errors"].toPlainText()
    for code in DOCUMENTED_CODES:
        assert code in text
    assert "more than 5 minutes" in text  # AUTH_003's meaning
    assert "Check this computer's clock" in text  # and what to do
    assert "Connection problems" in text


def test_the_secrets_page_names_the_keyring_entries(window: MainWindow, qtbot: Any) -> None:
    dialog = _open(window, qtbot, "secrets")
    text = dialog.pages["secrets"].toPlainText()
    assert SERVICE in text
    assert "<store>:partner_secret" in text and "<store>:store_token" in text
    assert "never in a file" in text


def test_the_pages_follow_the_window_into_indonesian(window: MainWindow, qtbot: Any) -> None:
    dialog = _open(window, qtbot, "format")
    window.set_language("id")
    try:
        qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == "Format lembar kerja")
        text = dialog.pages["format"].toPlainText()
        assert "Wajib" in text and "Rupiah bulat" in text
        for field in FIELDS:
            assert field.label_id in text, field.key
        assert dialog.close_button.text() == "Tutup"
        errors = dialog.pages["errors"].toPlainText()
        assert "Periksa jam dan zona waktu komputer ini" in errors
        assert "Masalah koneksi" in errors
    finally:
        window.set_language("en")
