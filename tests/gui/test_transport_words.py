"""The window's words for transport failures (issue 10, point 5): a certificate that cannot be
verified is said as such, in English and Bahasa Indonesia, not "no answer from the store"."""

from __future__ import annotations

from typing import Any

import pytest

from app.gui.stores.words import explain
from app.gui.window.main_window import MainWindow
from app.partner import TransportError
from app.partner.client import CERTIFICATE
from app.partner.errors import CERTIFICATE_MESSAGE

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_certificate_error_is_explained_in_both_languages(window: MainWindow, qtbot: Any) -> None:
    error = TransportError(CERTIFICATE_MESSAGE, ambiguous=False, code=CERTIFICATE)
    title, text = explain(error)
    assert title == "The store's certificate could not be verified"
    assert "No answer" not in text and "certificate" in text
    window.set_language("id")
    try:
        title, text = explain(error)
        assert title == "Sertifikat toko tidak dapat diverifikasi"
        assert text.startswith("Komputer ini tidak dapat memastikan")
    finally:
        window.set_language("en")
    plain = explain(TransportError("no answer from the store", ambiguous=False))
    assert plain[0] == "The store could not be reached"
