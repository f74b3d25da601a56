"""The store form refuses ids and tokens that are not printable ASCII (issue 10, point 5): the
message shows beside the field, nothing goes to the keyring or the profiles file."""

from __future__ import annotations

from typing import Any

import pytest

from app.gui.window.main_window import MainWindow
from app.profiles import SecretStore
from app.sandbox import RunningSandbox
from tests.gui.test_stores_history import fill

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_pasted_zero_width_space_is_shown_beside_the_token(
    window: MainWindow, qtbot: Any, sandbox: RunningSandbox
) -> None:
    dialog = window.store_menu.open_stores()
    qtbot.addWidget(dialog)
    fill(dialog, sandbox)
    form = dialog.form
    form.store_token.setText(form.store_token.text() + "\u200b")
    assert not dialog.save_store()
    problem = form.problem_of(form.store_token)
    assert problem.isVisibleTo(form) and "store token" in problem.text()
    assert "U+200B" in problem.text() and "store token" in dialog.feedback.text()
    assert not form.problem_of(form.partner_secret).isVisibleTo(form)
    assert SecretStore().get("Toko Sinar", "store_token") is None
    assert window.stores.profiles.list() == []
    form.store_token.setText(form.store_token.text().replace("\u200b", ""))
    form.partner_client_id.setText("ptnr é")
    assert not dialog.save_store()
    assert "partner client id" in form.problem_of(form.partner_client_id).text()
    assert not form.problem_of(form.store_token).isVisibleTo(form)
    dialog.close()
